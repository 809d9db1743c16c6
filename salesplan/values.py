"""Turning user input into exact values: amounts, rates, counts and dates.

Amounts accept ``int``, ``Decimal``, text as a French user types it
("1 234,56 €", "1234.56") and ``float`` (through its shortest text form,
never its binary value). Booleans, NaN and infinities are refused with a
French message that names the value.
"""

from __future__ import annotations

import datetime as dt
import numbers
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from salesplan.errors import SalesplanTypeError, SalesplanValueError, show

CENT = Decimal("0.01")
NBSP = "\u00a0"
NARROW_NBSP = "\u202f"
HUNDRED = Decimal(100)

Number = int | float | str | Decimal

_SPACES = re.compile(r"[\s\u00a0\u202f_]")
_UNITS = ("€", "eur", "euros", "euro", "%", "ht", "ttc", "jours", "jour", "j")


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


def parse_number(text: str, *, name: str = "valeur") -> Decimal:
    """Read a number written the French or the English way.

    >>> parse_number("1 234,56 €")
    Decimal('1234.56')
    >>> parse_number("12,5 %")
    Decimal('12.5')
    """
    if not isinstance(text, str):
        raise SalesplanTypeError(
            f"{name} : {show(text)} n'est pas un texte ; un nombre écrit comme « 1 234,56 » est attendu."
        )
    raw = _SPACES.sub("", _strip_units(text))
    if raw.count(",") == 1 and "." in raw:
        # "1.234,56" (dots as thousands) or "1,234.56" (commas as thousands)
        raw = raw.replace(".", "").replace(",", ".") if raw.rfind(",") > raw.rfind(".") else raw.replace(",", "")
    elif raw.count(",") == 1:
        raw = raw.replace(",", ".")
    elif raw.count(",") > 1:
        raw = raw.replace(",", "")
    if raw.count(".") > 1:
        raw = raw.replace(".", "")
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", raw):
        raise SalesplanValueError(f"{name} : {show(text)} n'est pas un nombre lisible (exemple attendu : 1 234,56).")
    return Decimal(raw)


def to_decimal(value: object, *, name: str = "valeur") -> Decimal:
    """Convert any accepted input to a finite ``Decimal`` (no rounding)."""
    if isinstance(value, bool):
        raise SalesplanTypeError(f"{name} : {value} est un booléen, un nombre est attendu.")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, numbers.Integral):  # int, and numpy integers read by pandas
        result = Decimal(int(value))
    elif isinstance(value, float):
        result = Decimal(repr(float(value)))  # float() first: numpy floats print as np.float64(...)
    elif isinstance(value, str):
        result = parse_number(value, name=name)
    else:
        raise SalesplanTypeError(
            f"{name} : {show(value)} ({type(value).__name__}) n'est pas un nombre ; "
            "donnez un entier, un décimal ou un texte comme « 1 234,56 »."
        )
    if not result.is_finite():
        raise SalesplanValueError(f"{name} : {show(value)} n'est pas un nombre fini.")
    return result


def to_amount(value: object, *, name: str = "montant", allow_negative: bool = False) -> Decimal:
    """An amount in euros, exact, not rounded; negative refused unless allowed."""
    result = to_decimal(value, name=name)
    if result < 0 and not allow_negative:
        raise SalesplanValueError(f"{name} : {show(value)} est négatif ; un montant positif ou nul est attendu.")
    return result


def to_rate(value: object, *, name: str = "taux", maximum: Decimal | int = 100) -> Decimal:
    """A rate in percent (5.5 means 5,5 %), between 0 and ``maximum``."""
    result = to_decimal(value, name=name)
    if result < 0 or result > maximum:
        raise SalesplanValueError(
            f"{name} : {show(value)} % est hors de l'intervalle [0 ; {maximum}] ; "
            "un taux s'écrit en pourcentage (5,5 pour 5,5 %)."
        )
    return result


def to_count(value: object, *, name: str = "nombre", minimum: int = 0) -> int:
    """A whole number (quantity, days, years) at least ``minimum``."""
    if isinstance(value, bool):
        raise SalesplanTypeError(f"{name} : {value} est un booléen, un nombre entier est attendu.")
    number = to_decimal(value, name=name)
    if number != number.to_integral_value():
        raise SalesplanValueError(f"{name} : {show(value)} n'est pas un nombre entier.")
    if number < minimum:
        raise SalesplanValueError(f"{name} : {show(value)} est inférieur au minimum ({minimum}).")
    return int(number)


def to_quantity(value: object, *, name: str = "quantité") -> Decimal:
    """A quantity: non-negative, decimals allowed (kg, hours...)."""
    result = to_decimal(value, name=name)
    if result < 0:
        raise SalesplanValueError(f"{name} : {show(value)} est négative ; une quantité positive est attendue.")
    return result


def to_bool(value: object, *, name: str = "valeur") -> bool:
    """A yes/no answer: only ``True`` or ``False`` (no 0/1, no "oui")."""
    if not isinstance(value, bool):
        raise SalesplanTypeError(f"{name} : {show(value)} n'est pas un booléen ; répondez True (oui) ou False (non).")
    return value


_DATE_FR = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


def to_date(value: object, *, name: str = "date") -> dt.date:
    """A calendar date: ``datetime.date``, "17/03/2027" or "2027-03-17"."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            match = _DATE_FR.fullmatch(text)
            if match:
                day, month, year = (int(part) for part in match.groups())
                return dt.date(year, month, day)
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
        raise SalesplanValueError(f"{name} : {show(value)} n'est pas une date valide (exemple attendu : 17/03/2027).")
    raise SalesplanTypeError(f"{name} : {show(value)} n'est pas une date ; donnez une date comme « 17/03/2027 ».")


def round_cent(amount: Decimal) -> Decimal:
    """Round half-up to the cent, as an invoice does (0,005 → 0,01)."""
    try:
        return amount.quantize(CENT, rounding=ROUND_HALF_UP)
    except InvalidOperation as exc:  # pragma: no cover - finite inputs never fail
        raise SalesplanValueError(f"montant : {show(amount)} ne peut pas être arrondi au centime.") from exc


def percent(rate: Decimal) -> Decimal:
    """A rate in percent as a fraction (5.5 → 0.055), exact."""
    return rate / HUNDRED


def _grouped(digits: str) -> str:
    """``1234567`` → ``1 234 567`` (narrow no-break spaces between thousands)."""
    groups: list[str] = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return NARROW_NBSP.join(groups) or "0"


def format_number(value: object, *, decimals: int | None = None) -> str:
    """French display of a number: ``1 234,5`` (thousands grouped, trailing zeros dropped).

    With ``decimals``, the value is first rounded half-up to that many places.

    >>> format_number(1234.5), format_number(Decimal("0.125"), decimals=2), format_number(-3)
    ('1\u202f234,5', '0,13', '\u22123')
    """
    number = to_decimal(value, name="nombre")
    if decimals is not None:
        number = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    whole, _, fraction = format(abs(number), "f").partition(".")
    fraction = fraction.rstrip("0")
    sign = "\u2212" if number < 0 and (whole.strip("0") or fraction) else ""  # typographic minus
    return sign + _grouped(whole) + ("," + fraction if fraction else "")


def format_euros(amount: Decimal | int) -> str:
    """French display of an amount: ``1 234,56 €`` (narrow no-break space)."""
    cents = round_cent(to_decimal(amount, name="montant"))
    whole, _, decimals = f"{abs(cents):.2f}".partition(".")
    sign = "\u2212" if cents < 0 else ""  # typographic minus
    return sign + _grouped(whole) + "," + decimals + NBSP + "€"


def format_percent(rate: Decimal, *, decimals: int = 2) -> str:
    """French display of a rate, rounded half-up to ``decimals`` places: ``5,5 %``, ``5,37 %``."""
    rounded = rate.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = format(rounded, "f").rstrip("0").rstrip(".") if "." in format(rounded, "f") else format(rounded, "f")
    return text.replace("-", "\u2212").replace(".", ",") + NBSP + "%"


def format_date(day: dt.date) -> str:
    """French display of a date: ``17/03/2027``."""
    return day.strftime("%d/%m/%Y")


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """``3 ans``, ``1 an`` (French: 0 and 1 take the singular)."""
    word = singular if abs(count) < 2 else (plural_form or singular + "s")
    return f"{count} {word}"
