"""Turning user input into exact values: amounts, rates, counts and dates.

Amounts accept ``int``, ``Decimal``, text as a French user types it
("1 234,56 €", "1234.56") and ``float`` (through its shortest text form,
never its binary value). Booleans, NaN and infinities are refused with a
French message that names the value.
"""

from __future__ import annotations

import datetime as dt
import itertools
import numbers
import re
from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal

from salesplan.errors import SalesplanError, SalesplanTypeError, SalesplanValueError, show

CENT = Decimal("0.01")
ONE = Decimal(1)
"""A step of one unit: a count of days, of points, of orders."""
NBSP = "\u00a0"
NARROW_NBSP = "\u202f"
HUNDRED = Decimal(100)

Number = int | float | str | Decimal

LONGUEUR_MAX_NOMBRE = 40
"""Longest text read as a number (the quiz has the same limit): longer is refused at once."""
LONGUEUR_MAX_TEXTE = 200
"""Longest text read as a date, a payment term or an option code."""
MAXIMUM_ABSOLU = Decimal(10) ** 15
"""Largest accepted magnitude (a million billion): beyond, a figure is a typing error."""
DECIMALES_MAX = 30
"""Most decimal places accepted (a float's shortest form has at most 17 significant digits)."""
ELEMENTS_MAX = 10_000
"""Most items read from a list (order lines, reductions, fields to ignore...)."""
ANNEE_MIN, ANNEE_MAX = 1900, 2199
"""Dates are accepted from 1 January 1900 to 31 December 2199."""

_UNITS = ("€", "eur", "euros", "euro", "%", "ht", "ttc", "jours", "jour", "j")
_MINUS = "\u2212"  # typographic minus, as format_number writes it
_BLANKS = " \u00a0\u202f\u2009_"  # thousands separators of the space kind
_TOKENS = re.compile(r"([0-9]*)([ \u00a0\u202f\u2009_.,]?)", re.ASCII)


def _strip_units(text: str) -> str:
    low = text.strip().lower()
    changed = True
    while changed:
        changed = False
        for unit in _UNITS:
            if low.endswith(unit):
                low = low[: -len(unit)].strip()
                changed = True
    return low


def _nom(name: object) -> str:
    """The label of a value in messages: a text, or a short rendering of whatever was passed."""
    return name if isinstance(name, str) and len(name) <= LONGUEUR_MAX_TEXTE else show(name)


def _kind(separator: str) -> str:
    return " " if separator in _BLANKS else separator


def _plain_digits(body: str) -> str | None:
    """``1 234,56`` → ``1234.56``; None when the writing is ambiguous or not a number.

    Rules (shared with the quiz, which reads answers with the same grammar):

    * digits are ASCII 0-9 only;
    * a decimal separator (``,`` or ``.``) appears at most once, after every
      thousands separator: in ``1.234,5`` and ``1,234.5`` the last one is the
      decimal separator; ``1,5`` and ``1.5`` are both 1,5;
    * thousands separators are all of one kind (spaces, ``.`` or ``,``) and
      split the integer part into groups of exactly three digits after the
      first group of one to three: ``1 234 567`` and ``1.234.567`` are read,
      ``1.2.3``, ``12 34`` and ``1,2,3`` are refused.
    """
    groups: list[str] = []
    seps: list[str] = []
    position = 0
    while position < len(body):
        match = _TOKENS.match(body, position)
        if match is None or match.end() == position:
            return None  # a character that is neither a digit nor a separator
        groups.append(match.group(1))
        if match.group(2):
            seps.append(match.group(2))
        position = match.end()
    if len(groups) == len(seps):
        groups.append("")
    if not seps:
        return groups[0] or None
    decimal = seps[-1] if seps[-1] in ",." and seps.count(seps[-1]) == 1 else None
    thousands = seps[:-1] if decimal else seps
    whole = groups[: len(thousands) + 1]
    fraction = groups[len(thousands) + 1] if decimal else ""
    if len({_kind(sep) for sep in thousands}) > 1 or (decimal and any(_kind(sep) == decimal for sep in thousands)):
        return None
    if thousands and not (1 <= len(whole[0]) <= 3 and all(len(group) == 3 for group in whole[1:])):
        return None
    if not whole[0] and not fraction:
        return None
    return "".join(whole) + ("." + fraction if decimal else "")


def parse_number(text: str, *, name: str = "valeur") -> Decimal:
    """Read a number written the French or the English way.

    >>> parse_number("1 234,56 €")
    Decimal('1234.56')
    >>> parse_number("12,5 %")
    Decimal('12.5')

    Ambiguous writings (``1.2.3``, ``12 34``), digits other than 0-9 and texts
    longer than :data:`LONGUEUR_MAX_NOMBRE` characters are refused.
    """
    name = _nom(name)
    if not isinstance(text, str):
        raise SalesplanTypeError(
            f"{name} : {show(text)} n'est pas un texte ; un nombre écrit comme « 1 234,56 » est attendu."
        )
    if len(text) > LONGUEUR_MAX_NOMBRE:
        raise SalesplanValueError(
            f"{name} : {show(text)} est trop long pour un nombre ({len(text)} caractères, "
            f"au plus {LONGUEUR_MAX_NOMBRE})."
        )
    raw = _strip_units(text)
    sign = ""
    if raw[:1] in ("+", "-", _MINUS):
        sign, raw = ("-" if raw[0] != "+" else ""), raw[1:]
    digits = _plain_digits(raw)
    if digits is None:
        raise SalesplanValueError(
            f"{name} : {show(text)} n'est pas un nombre lisible sans ambiguïté "
            "(exemples attendus : 1 234,56 ou 1234.56 ; chiffres de 0 à 9, milliers par groupes de trois)."
        )
    return Decimal(sign + digits)


def _bounded(result: Decimal, value: object, name: str, *, exact: bool = True) -> Decimal:
    if not result.is_finite():
        raise SalesplanValueError(f"{name} : {show(value)} n'est pas un nombre fini.")
    if abs(result) >= MAXIMUM_ABSOLU:
        raise SalesplanValueError(
            f"{name} : {show(value)} est hors des valeurs traitées (au plus 999 999 999 999 999 en valeur absolue)."
        )
    if exact and result.as_tuple().exponent < -DECIMALES_MAX:  # type: ignore[operator]
        raise SalesplanValueError(f"{name} : {show(value)} a plus de {DECIMALES_MAX} décimales.")
    return result


def to_decimal(value: object, *, name: str = "valeur") -> Decimal:
    """Convert any accepted input to a finite ``Decimal`` (no rounding), of a realistic size.

    Refused: booleans, NaN, infinities, magnitudes from 10**15 on, more than
    :data:`DECIMALES_MAX` decimal places.
    """
    name = _nom(name)
    if isinstance(value, bool):
        raise SalesplanTypeError(f"{name} : {value} est un booléen, un nombre est attendu.")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, numbers.Integral):  # int, and numpy integers read by pandas
        whole = int(value)
        if abs(whole) >= 10**15:  # an int compared before any conversion: 10**1_000_000 costs nothing
            return _bounded(MAXIMUM_ABSOLU, value, name)
        result = Decimal(whole)
    elif isinstance(value, numbers.Real) and not isinstance(value, numbers.Rational):
        number = float(value)  # float() first: numpy floats print as np.float64(...)
        if number != number or number in (float("inf"), float("-inf")):
            raise SalesplanValueError(f"{name} : {show(value)} n'est pas un nombre fini.")
        result = Decimal(repr(number))
    elif isinstance(value, str):
        result = parse_number(value, name=name)
    else:
        raise SalesplanTypeError(
            f"{name} : {show(value)} ({type(value).__name__}) n'est pas un nombre ; "
            "donnez un entier, un décimal ou un texte comme « 1 234,56 »."
        )
    return _bounded(result, value, name)


def _option_entiere(value: object, name: str) -> int:
    """A whole-number option of a helper (``minimum``, ``decimals``...): a small int."""
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 10**15:
        raise SalesplanTypeError(f"{name} : {show(value)} doit être un nombre entier.")
    return value


def to_amount(value: object, *, name: str = "montant", allow_negative: bool = False) -> Decimal:
    """An amount in euros, exact, not rounded; negative refused unless allowed."""
    name = _nom(name)
    result = to_decimal(value, name=name)
    if result < 0 and not to_bool(allow_negative, name="allow_negative"):
        raise SalesplanValueError(f"{name} : {show(value)} est négatif ; un montant positif ou nul est attendu.")
    return result


def to_rate(value: object, *, name: str = "taux", maximum: Decimal | int = 100) -> Decimal:
    """A rate in percent (5.5 means 5,5 %), between 0 and ``maximum``."""
    name = _nom(name)
    plafond = to_decimal(maximum, name="maximum")
    result = to_decimal(value, name=name)
    if result < 0 or result > plafond:
        raise SalesplanValueError(
            f"{name} : {show(value)} % est hors de l'intervalle [0 ; {plafond}] ; "
            "un taux s'écrit en pourcentage (5,5 pour 5,5 %)."
        )
    return result


def to_count(value: object, *, name: str = "nombre", minimum: int = 0, maximum: int | None = None) -> int:
    """A whole number (quantity, days, years) at least ``minimum`` and at most ``maximum``."""
    name = _nom(name)
    bas = _option_entiere(minimum, "minimum")
    haut = None if maximum is None else _option_entiere(maximum, "maximum")
    if isinstance(value, bool):
        raise SalesplanTypeError(f"{name} : {value} est un booléen, un nombre entier est attendu.")
    number = to_decimal(value, name=name)
    if number != number.to_integral_value():
        raise SalesplanValueError(f"{name} : {show(value)} n'est pas un nombre entier.")
    if number < bas:
        raise SalesplanValueError(f"{name} : {show(value)} est inférieur au minimum ({bas}).")
    if haut is not None and number > haut:
        raise SalesplanValueError(f"{name} : {show(value)} dépasse le maximum traité ({format_number(haut)}).")
    return int(number)


def to_quantity(value: object, *, name: str = "quantité") -> Decimal:
    """A quantity: non-negative, decimals allowed (kg, hours...)."""
    name = _nom(name)
    result = to_decimal(value, name=name)
    if result < 0:
        raise SalesplanValueError(f"{name} : {show(value)} est négative ; une quantité positive est attendue.")
    return result


def to_bool(value: object, *, name: str = "valeur") -> bool:
    """A yes/no answer: only ``True`` or ``False`` (no 0/1, no "oui")."""
    name = _nom(name)
    if not isinstance(value, bool):
        raise SalesplanTypeError(f"{name} : {show(value)} n'est pas un booléen ; répondez True (oui) ou False (non).")
    return value


def to_text(value: object, *, name: str = "texte", maximum: int = LONGUEUR_MAX_TEXTE) -> str:
    """A text of at most ``maximum`` characters (a code, a payment term, a date)."""
    name = _nom(name)
    longueur = _option_entiere(maximum, "maximum")
    if not isinstance(value, str):
        raise SalesplanTypeError(f"{name} : {show(value)} doit être un texte.")
    if len(value) > longueur:
        raise SalesplanValueError(
            f"{name} : {show(value)} est trop long ({len(value)} caractères, au plus {longueur})."
        )
    return value


def to_items(value: object, *, name: str = "liste", maximum: int = ELEMENTS_MAX) -> list[object]:
    """The items of a list, tuple or other finite iterable (a text or a dict is not a list).

    At most ``maximum`` items are read: an endless iterator is refused, not followed.
    """
    name = _nom(name)
    plafond = _option_entiere(maximum, "maximum")
    if not 0 <= plafond <= 10**7:
        raise SalesplanValueError(f"maximum : {show(maximum)} doit être compris entre 0 et 10 000 000.")
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise SalesplanTypeError(f"{name} : {show(value)} doit être une liste.")
    try:
        items = list(itertools.islice(value, plafond + 1))
    except SalesplanError:
        raise
    except Exception as exc:  # a generator that fails while it is read
        raise SalesplanTypeError(f"{name} : {show(value)} n'a pas pu être lu comme une liste ({exc}).") from exc
    if len(items) > plafond:
        raise SalesplanValueError(f"{name} : plus de {format_number(plafond)} éléments ; ce n'est pas traité.")
    return items


_DATE_FR = re.compile(r"([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})", re.ASCII)
_DATE_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", re.ASCII)


def to_date(value: object, *, name: str = "date") -> dt.date:
    """A calendar date: ``datetime.date``, "17/03/2027" or "2027-03-17", from 1900 to 2199.

    Only these two writings are read (as in the quiz): digits 0-9, the year in
    four digits; other ISO 8601 forms ("20270317", "2027-W11-3") are refused.
    """
    name = _nom(name)
    if isinstance(value, dt.date) and value != value:  # pandas NaT: a missing date
        raise SalesplanValueError(
            f"{name} : {show(value)} est une date manquante ; donnez une date comme « 17/03/2027 »."
        )
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        text = to_text(value, name=name, maximum=LONGUEUR_MAX_NOMBRE).strip()
        day_month_year = None
        if match := _DATE_FR.fullmatch(text):
            day_month_year = tuple(int(part) for part in match.groups())
        elif match := _DATE_ISO.fullmatch(text):
            year, month, mday = (int(part) for part in match.groups())
            day_month_year = (mday, month, year)
        try:
            if day_month_year is None:
                raise ValueError(text)
            day = dt.date(day_month_year[2], day_month_year[1], day_month_year[0])
        except ValueError:
            raise SalesplanValueError(
                f"{name} : {show(value)} n'est pas une date valide (exemple attendu : 17/03/2027)."
            ) from None
    else:
        raise SalesplanTypeError(f"{name} : {show(value)} n'est pas une date ; donnez une date comme « 17/03/2027 ».")
    if not ANNEE_MIN <= day.year <= ANNEE_MAX:
        raise SalesplanValueError(
            f"{name} : {show(value)} est hors des dates traitées (du 01/01/{ANNEE_MIN} au 31/12/{ANNEE_MAX})."
        )
    return day


def _computed(value: object, name: str) -> Decimal:
    """A number handed to a helper: a ``Decimal`` of any precision (a result of a computation), or user input."""
    if isinstance(value, Decimal):
        return _bounded(value, value, name, exact=False)
    return to_decimal(value, name=name)


def round_cent(amount: Decimal | Number) -> Decimal:
    """Round half-up to the cent, as an invoice does (0,005 → 0,01)."""
    return _computed(amount, "montant").quantize(CENT, rounding=ROUND_HALF_UP)


def percent(rate: Decimal | Number) -> Decimal:
    """A rate in percent as a fraction (5.5 → 0.055), exact."""
    return _computed(rate, "taux") / HUNDRED


def _grouped(digits: str) -> str:
    """``1234567`` → ``1 234 567`` (narrow no-break spaces between thousands)."""
    groups: list[str] = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return NARROW_NBSP.join(groups) or "0"


def _places(decimals: object) -> Decimal:
    places = _option_entiere(decimals, "decimals")
    if not 0 <= places <= DECIMALES_MAX:
        raise SalesplanValueError(f"decimals : {show(decimals)} doit être compris entre 0 et {DECIMALES_MAX}.")
    return Decimal(1).scaleb(-places)


def format_number(value: object, *, decimals: int | None = None) -> str:
    """French display of a number: ``1 234,5`` (thousands grouped, trailing zeros dropped).

    With ``decimals``, the value is first rounded half-up to that many places.

    >>> format_number(1234.5), format_number(Decimal("0.125"), decimals=2), format_number(-3)
    ('1\u202f234,5', '0,13', '\u22123')
    """
    number = _computed(value, "nombre")
    if decimals is not None:
        number = number.quantize(_places(decimals), rounding=ROUND_HALF_UP)
    whole, _, fraction = format(abs(number), "f").partition(".")
    fraction = fraction.rstrip("0")
    sign = "\u2212" if number < 0 and (whole.strip("0") or fraction) else ""  # typographic minus
    return sign + _grouped(whole) + ("," + fraction if fraction else "")


def format_decimal(value: object) -> str:
    """French writing of a decimal with the digits it holds (trailing zeros kept, thousands not grouped).

    For figures whose written precision matters, such as a coefficient (« 1,20 ») or a mark on 20
    (« 16,50 »); amounts, rates and counts go through :func:`format_euros`, :func:`format_percent`
    and :func:`format_number`.

    >>> format_decimal(Decimal("1.20")), format_decimal(Decimal("1729.10")), format_decimal(-3)
    ('1,20', '1729,10', '\u22123')
    """
    number = _computed(value, "nombre")
    whole, _, fraction = format(abs(number), "f").partition(".")
    sign = "\u2212" if number < 0 and (whole.strip("0") or fraction.strip("0")) else ""  # typographic minus
    return sign + whole + ("," + fraction if fraction else "")


def format_euros(amount: Decimal | Number) -> str:
    """French display of an amount: ``1 234,56 €`` (narrow no-break space)."""
    cents = round_cent(amount)
    whole, _, decimals = f"{abs(cents):.2f}".partition(".")
    sign = "\u2212" if cents < 0 else ""  # typographic minus
    return sign + _grouped(whole) + "," + decimals + NBSP + "€"


def format_percent(rate: Decimal | Number, *, decimals: int = 2) -> str:
    """French display of a rate, rounded half-up to ``decimals`` places: ``5,5 %``, ``5,37 %``."""
    return format_number(rate, decimals=decimals) + NBSP + "%"


def format_date(day: dt.date | str) -> str:
    """French display of a date: ``17/03/2027``."""
    return to_date(day, name="date").strftime("%d/%m/%Y")


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """``3 ans``, ``1 an`` (French: 0 and 1 take the singular)."""
    nombre = _option_entiere(count, "nombre")
    mot = to_text(singular, name="mot")
    pluriel = None if plural_form is None else to_text(plural_form, name="pluriel")
    word = mot if abs(nombre) < 2 else (pluriel or mot + "s")
    return f"{format_number(nombre)} {word}"


__all__ = [
    "ANNEE_MAX",
    "ANNEE_MIN",
    "CENT",
    "DECIMALES_MAX",
    "ELEMENTS_MAX",
    "HUNDRED",
    "LONGUEUR_MAX_NOMBRE",
    "LONGUEUR_MAX_TEXTE",
    "MAXIMUM_ABSOLU",
    "NARROW_NBSP",
    "NBSP",
    "ONE",
    "Number",
    "format_date",
    "format_decimal",
    "format_euros",
    "format_number",
    "format_percent",
    "parse_number",
    "percent",
    "plural",
    "round_cent",
    "to_amount",
    "to_bool",
    "to_count",
    "to_date",
    "to_decimal",
    "to_items",
    "to_quantity",
    "to_rate",
    "to_text",
]
