"""Reading a typed answer and writing it in canonical form: the rule shared with quiz.js.

The static site compares hashes of these canonical strings, so Python and
JavaScript must produce exactly the same text. The rule:

* **Numbers.** The text is read by :func:`salesplan.values.parse_number`
  ("1 234,56", "1234.56 €", "12,5 %": spaces and units dropped, comma or dot
  as the decimal mark). It is refused (unreadable) when longer than
  40 characters, when it holds a control character or a digit other than
  0-9. The value is then counted in *steps* of the question (0,01 for money):
  ``n = value ÷ step``, computed exactly, rounded half away from zero
  (``ROUND_HALF_UP``); the canonical text is ``n`` as a plain integer
  (``"85500"`` for 855,00 € with a 0,01 step, ``"0"`` never ``"-0"``).
  Two numbers are equal when their ``n`` are equal. Edges: with a 0,01 step,
  855,004 and 854,995 count as 855,00 (right) and 855,005 as 855,01; the
  answer itself is counted the same way, so it must be a whole number of
  steps for the window to be centred (the banks make sure of it).
* **Dates.** ``JJ/MM/AAAA`` (separator ``/``, ``.`` or ``-``, day and month on
  one or two digits) or ``AAAA-MM-JJ``; an impossible date (31/02/2027) is
  unreadable. Canonical text: ISO ``2027-03-17``.
* **Keys** (choices, items, options, categories): the canonical text of a
  whole answer is, for a set ``a,b`` (keys sorted by code point), for an
  order ``a>b>c``, for a mapping ``item=option`` pairs sorted and joined by
  ``;``. Per-item tokens: ``key=1`` / ``key=0`` (checked or not), ``key@0``
  (position from 0), ``item=option``.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, localcontext

from salesplan.errors import SalesplanError
from salesplan.values import parse_number, to_date, to_decimal

MAX_LENGTH = 40
_BAD_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\x85\ufeff]")
_DATE_FR = re.compile(r"([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})")
_DATE_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

NUMBER_HINT = "Écrivez un nombre, par exemple 1 234,56 (les espaces et l'unité sont acceptés)."
DATE_HINT = "Écrivez une date au format JJ/MM/AAAA, par exemple 17/03/2027."


def _acceptable_text(text: str) -> bool:
    if len(text) > MAX_LENGTH or _BAD_CHARS.search(text):
        return False
    return not any(ch.isdigit() and ch not in "0123456789" for ch in text)


def read_number(raw: object) -> Decimal | None:
    """The number a student typed, or ``None`` when it cannot be read (never raises).

    >>> read_number("1 234,56 €"), read_number("12,5 %"), read_number("douze")
    (Decimal('1234.56'), Decimal('12.5'), None)
    """
    if isinstance(raw, bool):
        return None
    try:
        if isinstance(raw, str):
            return parse_number(raw) if _acceptable_text(raw) else None
        value = to_decimal(raw)
    except (SalesplanError, ValueError, TypeError, ArithmeticError):
        return None
    return value if len(format(value, "f")) <= MAX_LENGTH else None


def steps(value: Decimal, step: Decimal) -> int:
    """Number of ``step`` in ``value``, rounded half away from zero (the shared tolerance rule).

    >>> steps(Decimal("855.005"), Decimal("0.01")), steps(Decimal("14.45"), Decimal("0.1"))
    (85501, 145)
    """
    with localcontext() as context:
        context.prec = 200
        return int((value / step).to_integral_value(rounding=ROUND_HALF_UP))


def number_token(value: Decimal, step: Decimal) -> str:
    """Canonical text of a number: its count of steps (``"85500"``)."""
    return str(steps(value, step))


def read_date(raw: object) -> dt.date | None:
    """The date a student typed (17/03/2027 or 2027-03-17), or ``None`` (never raises)."""
    if isinstance(raw, dt.date):
        return raw
    if not isinstance(raw, str) or not _acceptable_text(raw):
        return None
    text = raw.strip()
    if not (_DATE_FR.fullmatch(text) or _DATE_ISO.fullmatch(text)):
        return None
    try:
        day = to_date(text)
    except (SalesplanError, ValueError):
        return None
    return day if day.year >= 1 else None


def date_token(day: dt.date) -> str:
    """Canonical text of a date: ``2027-03-17``."""
    return day.isoformat()


def set_token(keys: frozenset[str] | set[str]) -> str:
    """Canonical text of a set of keys."""
    return ",".join(sorted(keys))


def order_token(keys: tuple[str, ...]) -> str:
    """Canonical text of an order of keys."""
    return ">".join(keys)


def mapping_token(pairs: dict[str, str]) -> str:
    """Canonical text of a mapping item → option."""
    return ";".join(sorted(f"{item}={option}" for item, option in pairs.items()))
