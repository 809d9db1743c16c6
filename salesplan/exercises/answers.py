"""Reading a typed answer and writing it in canonical form: the one rule, also handed to quiz.js.

The static site compares hashes of these canonical strings, so Python and
JavaScript must produce exactly the same text. The rule is written here *as
data* (:data:`NUMBER`, :data:`DATE`, :data:`TOKENS`, see :func:`rules`): this
module reads answers with it, and the page carries the same tables to quiz.js,
which keeps only the mechanics (apply a table, count steps, hash).

* **Numbers.** Text longer than 40 characters, or holding a control
  character, is refused (unreadable). Units at the end are dropped
  (``€``, ``%``, ``HT``, ``jours``...); each space (ordinary, no-break,
  narrow) or ``_`` becomes one plain space, the typographic minus a ``-``.
  What is left must match one of the :data:`NUMBER` forms, tried in order:
  ``855``, ``1 234`` / ``1 234,5`` (spaces grouping thousands by three),
  ``855,5`` or ``855.5`` (one mark: the decimal
  mark), ``1.234,56`` / ``1.234.567`` (dots grouping thousands, comma
  decimal), ``1,234.56`` / ``1,234,567`` (commas grouping thousands, dot
  decimal). Anything else is refused as ambiguous: ``1.2.3``, ``12 34``, ``12,5,3``,
  ``1,5.3``, digits other than 0-9 (``٨٥٥``), exponents (``1e3``).
  The value is then counted in *steps* of the question (0,01 for money):
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
* **Keys** (choices, items, options, categories): :data:`TOKENS`. The whole
  answer is, for a set ``a,b`` (keys sorted by code point), for an order
  ``a>b>c``, for a mapping ``item=option`` pairs sorted and joined by ``;``.
  Per-item tokens: ``item|key=1`` / ``item|key=0`` (checked or not),
  ``item|key@0`` (position from 0), ``item|item=option``, and for an invoice
  box ``field|key|n``.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Any

from salesplan.errors import SalesplanError
from salesplan.values import to_decimal

MAX_LENGTH = 40

# Regular expressions below use only the syntax Python and JavaScript read alike
# (character classes, [0-9] never \d, \uXXXX escapes, groups, quantifiers).
_DIGITS = "[0-9]"
NUMBER: dict[str, Any] = {
    "max_length": MAX_LENGTH,
    "refused": r"[\x00-\x08\x0e-\x1f\x7f\x85\ufeff]",
    "units": ["€", "eur", "euros", "euro", "%", "ht", "ttc", "jours", "jour", "j"],
    "minus": "\u2212",  # the typographic minus format_number writes, read as "-"
    "spaces": r"[\t\n\x0b\x0c\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000_]",
    # (full-match pattern, thousands separator, decimal mark), first match wins; each space is one " "
    "forms": [
        [rf"[+-]?{_DIGITS}+", "", ""],
        [rf"[+-]?{_DIGITS}{{1,3}}( {_DIGITS}{{3}})+(,{_DIGITS}*)?", " ", ","],
        [rf"[+-]?{_DIGITS}{{1,3}}( {_DIGITS}{{3}})+(\.{_DIGITS}*)?", " ", "."],
        [rf"[+-]?({_DIGITS}+,{_DIGITS}*|,{_DIGITS}+)", "", ","],
        [rf"[+-]?({_DIGITS}+\.{_DIGITS}*|\.{_DIGITS}+)", "", "."],
        [rf"[+-]?{_DIGITS}{{1,3}}(\.{_DIGITS}{{3}})+(,{_DIGITS}*)?", ".", ","],
        [rf"[+-]?{_DIGITS}{{1,3}}(,{_DIGITS}{{3}})+(\.{_DIGITS}*)?", ",", "."],
    ],
    "rounding": "half-up",
}
DATE: dict[str, Any] = {
    "max_length": MAX_LENGTH,
    "refused": NUMBER["refused"],
    # (full-match pattern with three groups, their order), first match wins
    "forms": [
        [r"([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{4})", "dmy"],
        [r"([0-9]{4})-([0-9]{2})-([0-9]{2})", "ymd"],
    ],
}
TOKENS: dict[str, str] = {
    "set": ",",
    "order": ">",
    "pairs": ";",
    "pair": "{item}={option}",
    "ticked": "item|{key}={state}",
    "position": "item|{key}@{index}",
    "placed": "item|{item}={option}",
    "field": "field|{key}|{value}",
}

_REFUSED = re.compile(NUMBER["refused"])
_SPACES = re.compile(NUMBER["spaces"])
_FORMS = [(re.compile(pattern), group, mark) for pattern, group, mark in NUMBER["forms"]]
_DATE_FORMS = [(re.compile(pattern), order) for pattern, order in DATE["forms"]]

NUMBER_HINT = "Écrivez un nombre, par exemple 1 234,56 (les espaces et l'unité sont acceptés)."
DATE_HINT = "Écrivez une date au format JJ/MM/AAAA, par exemple 17/03/2027."


def token(name: str, **parts: object) -> str:
    """A per-item token from :data:`TOKENS` (``token("position", key="a", index=0)`` → ``item|a@0``)."""
    return TOKENS[name].format(**parts)


def rules() -> dict[str, Any]:
    """The reading rules as JSON-ready data, for quiz.js."""
    return {"number": NUMBER, "date": DATE, "tokens": TOKENS}


def _acceptable_text(text: str) -> bool:
    return len(text) <= MAX_LENGTH and not _REFUSED.search(text)


def _strip_units(text: str) -> str:
    low = text.strip().lower()
    changed = True
    while changed:
        changed = False
        for unit in NUMBER["units"]:
            if low.endswith(unit):
                low = low[: -len(unit)].strip()
                changed = True
    return low


def _number_text(text: str) -> str | None:
    """The text of a number as Decimal reads it ("-1234.5"), or None: the :data:`NUMBER` table applied."""
    if not _acceptable_text(text):
        return None
    raw = _SPACES.sub(" ", _strip_units(text)).replace(NUMBER["minus"], "-")
    for pattern, group, mark in _FORMS:
        if pattern.fullmatch(raw):
            if group:
                raw = raw.replace(group, "")
            return raw.replace(mark, ".") if mark else raw
    return None


def read_number(raw: object) -> Decimal | None:
    """The number a student typed, or ``None`` when it cannot be read (never raises).

    >>> read_number("1 234,56 €"), read_number("12,5 %"), read_number("douze"), read_number("1.2.3")
    (Decimal('1234.56'), Decimal('12.5'), None, None)
    """
    if isinstance(raw, bool):
        return None
    if isinstance(raw, str):
        text = _number_text(raw)
        return None if text is None else Decimal(text)
    try:
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
    """The date a student typed (17/03/2027 or 2027-03-17), or ``None`` (never raises): the :data:`DATE` table."""
    if isinstance(raw, dt.date):
        return raw
    if not isinstance(raw, str) or not _acceptable_text(raw):
        return None
    text = raw.strip()
    for pattern, order in _DATE_FORMS:
        match = pattern.fullmatch(text)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
            try:
                return dt.date(parts["y"], parts["m"], parts["d"])
            except ValueError:
                return None
    return None


def date_token(day: dt.date) -> str:
    """Canonical text of a date: ``2027-03-17``."""
    return day.isoformat()


def set_token(keys: frozenset[str] | set[str]) -> str:
    """Canonical text of a set of keys."""
    return TOKENS["set"].join(sorted(keys))


def order_token(keys: tuple[str, ...]) -> str:
    """Canonical text of an order of keys."""
    return TOKENS["order"].join(keys)


def mapping_token(pairs: dict[str, str]) -> str:
    """Canonical text of a mapping item → option."""
    return TOKENS["pairs"].join(sorted(token("pair", item=item, option=option) for item, option in pairs.items()))


__all__ = [
    "DATE",
    "DATE_HINT",
    "MAX_LENGTH",
    "NUMBER",
    "NUMBER_HINT",
    "TOKENS",
    "date_token",
    "mapping_token",
    "number_token",
    "order_token",
    "read_date",
    "read_number",
    "rules",
    "set_token",
    "steps",
    "token",
]
