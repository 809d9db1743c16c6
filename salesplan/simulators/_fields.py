"""A simulator's input field: what a person types, and how it is read and checked.

Every value arrives as the text a French user typed (``"1 234,56"``, ``"12,5"``,
``"17/03/2027"``, a choice value, ``"oui"``) or, for a ``lines`` field, as a list
of rows (dicts of such texts). :meth:`Field.read` turns it into an exact value
(``Decimal``, ``int``, ``date``, ``str``, ``bool``, list of dicts) or raises a
:class:`~salesplan.errors.SalesplanError` whose French message starts with the
field's label. Sizes are bounded (text length, number of rows), so no input can
make a computation hang.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from salesplan.errors import SalesplanTypeError, SalesplanValueError, UnknownCodeError, show
from salesplan.values import CENT, NBSP, format_date, format_number, parse_number, to_date

KINDS = ("amount", "rate", "integer", "date", "choice", "boolean", "text", "lines")
"""Field kinds. ``amount`` is any decimal number (money in €, or a quantity: see ``unit``)."""

MAX_TEXT = 120
"""Longest text accepted in one field (characters)."""
MAX_ROWS = 50
"""Most rows a ``lines`` field may ever hold."""
FIRST_DAY = dt.date(2000, 1, 1)
LAST_DAY = dt.date(2100, 12, 31)
YES = ("oui", "true", "vrai", "1")
NO = ("non", "false", "faux", "0")

Default = str | tuple[Mapping[str, str], ...]


@dataclass(frozen=True)
class Field:
    """One input of a simulator (machinery in English, every text in French).

    * ``name``: ASCII identifier, the key of the value in ``compute(values)``;
    * ``label``: French label shown above the field (and in error messages);
    * ``kind``: one of :data:`KINDS`;
    * ``default``: the text a French user would type (``"1 234,56"``, ``"12,5"``,
      ``"17/03/2027"``, a choice value, ``"oui"``/``"non"``); for ``lines``, a tuple of rows
      (dicts column name → text);
    * ``minimum``/``maximum``/``step``: bounds as French text (numbers or dates), ``None`` when free;
    * ``help``: one short French sentence under the field;
    * ``choices``: (value, French label) pairs of a ``choice`` field;
    * ``columns``/``min_rows``/``max_rows``: the columns (fields) and row bounds of a ``lines`` field;
    * ``unit``: shown after the field (``"€"``, ``"%"``, ``"jours"``...);
    * ``required``: ``False`` when an empty field means "not used" (read as ``None``).
    """

    name: str
    label: str
    kind: str
    default: Default = ""
    minimum: str | None = None
    maximum: str | None = None
    step: str | None = None
    help: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    columns: tuple[Field, ...] = ()
    min_rows: int = 0
    max_rows: int = 0
    unit: str = ""
    required: bool = True

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise UnknownCodeError(f"type de champ : {show(self.kind)} inconnu (types : {', '.join(KINDS)}).")
        if not self.name.isascii() or not self.name.isidentifier():
            raise SalesplanValueError(f"nom de champ : {show(self.name)} doit être un identifiant ASCII.")
        if self.kind == "lines" and not (0 <= self.min_rows <= self.max_rows <= MAX_ROWS and self.columns):
            raise SalesplanValueError(f"{self.label} : colonnes et nombre de lignes (au plus {MAX_ROWS}) à préciser.")
        if self.kind == "choice" and not self.choices:
            raise SalesplanValueError(f"{self.label} : un choix sans options.")

    # ------------------------------------------------------------------ description

    def describe(self, default: Default | None = None) -> dict[str, Any]:
        """The field as JSON-ready data (a renderer builds its form from this)."""
        value = self.default if default is None else default
        return {
            "name": self.name,
            "label": self.label,
            "kind": self.kind,
            "default": (
                [{c.name: row.get(c.name, c.default) for c in self.columns} for row in value]  # every cell filled
                if isinstance(value, tuple)
                else value
            ),
            "minimum": self.minimum,
            "maximum": self.maximum,
            "step": self.step,
            "help": self.help,
            "choices": [[v, label] for v, label in self.choices],
            "columns": [column.describe() for column in self.columns],
            "min_rows": self.min_rows,
            "max_rows": self.max_rows,
            "unit": self.unit,
            "required": self.required,
        }

    def choice_label(self, value: str) -> str:
        """The French label of a choice value."""
        return dict(self.choices).get(value, value)

    # ------------------------------------------------------------------ reading a value

    def read(self, raw: object, *, where: str | None = None) -> Any:
        """The exact value of ``raw`` (see the module doc), or a French error naming the field."""
        label = where or self.label
        if self.kind == "lines":
            return self._read_lines(raw, label)
        if raw is None:
            raw = ""
        if isinstance(raw, bool) and self.kind == "boolean":
            return raw
        if isinstance(raw, int | float | Decimal) and not isinstance(raw, bool) and self.kind != "boolean":
            raw = format(raw, "f") if isinstance(raw, Decimal) else repr(raw)
        if not isinstance(raw, str):
            raise SalesplanTypeError(f"{label} : {show(raw)} n'est pas un texte ; saisissez une valeur dans le champ.")
        if len(raw) > MAX_TEXT:
            raise SalesplanValueError(
                f"{label} : la saisie est trop longue ({len(raw)} caractères, {MAX_TEXT} au plus)."
            )
        text = raw.strip()
        if not text:
            if not self.required:
                return None
            raise SalesplanValueError(f"{label} : le champ est vide ; {self._expected()}.")
        return _READERS[self.kind](self, text, label)

    def _expected(self) -> str:
        return {
            "amount": "saisissez un nombre (exemple : 1 234,56)",
            "rate": "saisissez un pourcentage (exemple : 12,5)",
            "integer": "saisissez un nombre entier",
            "date": "saisissez une date (exemple : 17/03/2027)",
            "choice": "choisissez une option",
            "boolean": "répondez oui ou non",
            "text": "saisissez un texte",
        }[self.kind]

    def _shown(self, value: Decimal) -> str:
        return format_number(value) + (NBSP + self.unit if self.unit else "")

    def _number(self, text: str, label: str) -> Decimal:
        number = parse_number(text, name=label)
        low = None if self.minimum is None else parse_number(self.minimum)
        high = None if self.maximum is None else parse_number(self.maximum)
        if low is not None and number < low:
            raise SalesplanValueError(
                f"{label} : {self._shown(number)} est inférieur au minimum de {self._shown(low)}."
            )
        if high is not None and number > high:
            raise SalesplanValueError(f"{label} : {self._shown(number)} dépasse le maximum de {self._shown(high)}.")
        return number

    def _read_amount(self, text: str, label: str) -> Decimal:
        number = self._number(text, label)
        if self.unit == "€" and number != number.quantize(CENT):
            raise SalesplanValueError(
                f"{label} : {show(text)} a plus de deux décimales ; un montant s'écrit au centime."
            )
        return number

    def _read_integer(self, text: str, label: str) -> int:
        number = self._number(text, label)
        if number != number.to_integral_value():
            raise SalesplanValueError(f"{label} : {show(text)} n'est pas un nombre entier.")
        return int(number)

    def _read_date(self, text: str, label: str) -> dt.date:
        day = to_date(text, name=label)
        first = to_date(self.minimum) if self.minimum else FIRST_DAY
        last = to_date(self.maximum) if self.maximum else LAST_DAY
        if not first <= day <= last:
            raise SalesplanValueError(
                f"{label} : {format_date(day)} est hors de la période acceptée "
                f"(du {format_date(first)} au {format_date(last)})."
            )
        return day

    def _read_choice(self, text: str, label: str) -> str:
        values = [value for value, _ in self.choices]
        if text not in values:
            options = " ; ".join(f"« {name} »" for _, name in self.choices)
            raise UnknownCodeError(f"{label} : {show(text)} n'est pas une option proposée (options : {options}).")
        return text

    def _read_boolean(self, text: str, label: str) -> bool:
        low = text.lower()
        if low in YES:
            return True
        if low in NO:
            return False
        raise SalesplanValueError(f"{label} : {show(text)} n'est pas une réponse ; répondez « oui » ou « non ».")

    def _read_text(self, text: str, label: str) -> str:
        if any(ord(char) < 32 for char in text):
            raise SalesplanValueError(f"{label} : {show(text)} contient un caractère de contrôle.")
        return text

    def _read_lines(self, raw: object, label: str) -> list[dict[str, Any]]:
        if raw is None or raw == "":
            raw = [dict(row) for row in self.default] if isinstance(self.default, tuple) else []
        if isinstance(raw, str | bytes | Mapping) or not isinstance(raw, list | tuple):
            raise SalesplanTypeError(f"{label} : {show(raw)} n'est pas un tableau de lignes.")
        if len(raw) > self.max_rows:
            raise SalesplanValueError(f"{label} : {len(raw)} lignes, {self.max_rows} au plus.")
        if len(raw) < self.min_rows:
            raise SalesplanValueError(f"{label} : {len(raw)} ligne(s), il en faut au moins {self.min_rows}.")
        rows = []
        for number, row in enumerate(raw, start=1):
            if not isinstance(row, Mapping):
                raise SalesplanTypeError(f"{label}, ligne {number} : {show(row)} n'est pas une ligne du tableau.")
            rows.append(
                {
                    column.name: column.read(
                        row.get(column.name, column.default), where=f"{label}, ligne {number}, {column.label}"
                    )
                    for column in self.columns
                }
            )
        return rows


_READERS = {
    "amount": Field._read_amount,
    "rate": Field._number,
    "integer": Field._read_integer,
    "date": Field._read_date,
    "choice": Field._read_choice,
    "boolean": Field._read_boolean,
    "text": Field._read_text,
}


# ------------------------------------------------------------------ declaring a field, one maker per kind
# A kind's usual bounds and unit are written once, here; a simulator states only what differs:
# ``money("prix_ht", "Prix HT", "1 000", minimum="0,01", help="...")``.

MONEY_MAX = "100000000"
"""Largest amount in euros a money field accepts unless it says otherwise (100 million €)."""

PEOPLE_MAX = "10000000"
"""Largest count of people (clients, employees) a field accepts."""

FieldMaker = Callable[..., Field]
"""``maker(name, label, default, **options)``: a :class:`Field` of one kind, ``options`` as in :class:`Field`."""


def maker(kind: str, **usual: Any) -> FieldMaker:
    """The maker of ``kind`` fields whose options default to ``usual`` (a field's own options win)."""

    def make(name: str, label: str, default: Default, **options: Any) -> Field:
        return Field(name, label, kind, default, **(usual | options))

    make.__name__ = make.__qualname__ = f"{kind}_field"
    make.__doc__ = f"A ``{kind}`` field" + (f" (by default {usual})." if usual else ".")
    return make


money = maker("amount", minimum="0", maximum=MONEY_MAX, unit="€")
"""An amount in euros, to the cent."""
amount = maker("amount", minimum="0")
"""A decimal number that is not money (a quantity, a mark, points): give its ``maximum``."""
rate = maker("rate", minimum="0", maximum="100", unit="%")
"""A percentage (« 12,5 » for 12,5 %): give its ``step``."""
integer = maker("integer", minimum="0")
"""A whole number (people, days, points, years): give its ``maximum``."""
choice = maker("choice")
"""One option among ``choices`` ((value, French label) pairs)."""
date = maker("date")
"""A day typed « jj/mm/aaaa »."""
text = maker("text")
"""A free text (a name, a designation)."""
lines = maker("lines")
"""An editable table: ``columns`` (fields), ``min_rows`` and ``max_rows``."""

__all__ = [
    "KINDS",
    "MAX_ROWS",
    "MAX_TEXT",
    "MONEY_MAX",
    "PEOPLE_MAX",
    "Default",
    "Field",
    "FieldMaker",
    "amount",
    "choice",
    "date",
    "integer",
    "lines",
    "maker",
    "money",
    "rate",
    "text",
]
