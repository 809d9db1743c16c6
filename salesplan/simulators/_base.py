"""A simulator: its fields, its computation (by the library) and its French result, declared once."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from salesplan.errors import SalesplanTypeError, SalesplanValueError, UnknownCodeError, show
from salesplan.simulators._fields import Default, Field

MAX_VALUES = 60
"""Most keys a ``values`` mapping may hold."""


@dataclass(frozen=True)
class Table:
    """A result table: every cell already French text; ``numeric`` marks right-aligned columns."""

    caption: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...]

    def __post_init__(self) -> None:
        width = len(self.columns)
        if len(self.numeric) != width or any(len(row) != width for row in self.rows):
            raise SalesplanValueError(f"tableau « {self.caption} » : chaque ligne doit avoir {width} cellules.")

    def to_dict(self) -> dict[str, Any]:
        """The table as JSON-ready data."""
        return {
            "caption": self.caption,
            "columns": list(self.columns),
            "rows": [list(row) for row in self.rows],
            "numeric": list(self.numeric),
        }


def table(caption: str, columns: Sequence[str], rows: Sequence[Sequence[str]], numeric: Sequence[bool]) -> Table:
    """A :class:`Table` from lists."""
    return Table(caption, tuple(columns), tuple(tuple(row) for row in rows), tuple(numeric))


@dataclass(frozen=True)
class Result:
    """What a simulator shows: key figures, tables, the calculation step by step, warnings, a chart."""

    summary: tuple[tuple[str, str], ...]
    tables: tuple[Table, ...] = ()
    explanation: str = ""
    warnings: tuple[str, ...] = ()
    svg: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The result as JSON-ready data (every string French-formatted)."""
        return {
            "summary": [[label, value] for label, value in self.summary],
            "tables": [t.to_dict() for t in self.tables],
            "explanation": self.explanation,
            "warnings": list(self.warnings),
            "svg": self.svg,
        }


@dataclass(frozen=True)
class Preset:
    """Named default values (a case study's own figures), loaded only when asked."""

    title: str
    load: Callable[[], Mapping[str, Default]]


Values = dict[str, Any]


@dataclass(frozen=True)
class Simulator:
    """One simulator, declared once; the Jupyter widgets and the site form both render it.

    ``calculate`` receives the values already read and checked (``Decimal``, ``int``,
    ``date``, ``str``, ``bool``, lists of row dicts; ``None`` for an empty optional
    field) and returns a :class:`Result` built with the library. ``pages`` are the
    chapter pages it belongs to (``"negociation/montant_commande"``).
    """

    code: str
    title: str
    intro: str
    fields: tuple[Field, ...]
    calculate: Callable[[Values], Result]
    pages: tuple[str, ...] = ()
    preset_loaders: Mapping[str, Preset] = field(default_factory=dict)

    def field(self, name: str) -> Field:
        """The field called ``name``."""
        for item in self.fields:
            if item.name == name:
                return item
        raise UnknownCodeError(f"champ : {show(name)} n'existe pas dans le simulateur « {self.title} ».")

    def read(self, values: Mapping[str, Any]) -> Values:
        """Every field's exact value (missing keys take the default); French error naming the bad field."""
        if not isinstance(values, Mapping):
            raise SalesplanTypeError(f"valeurs : {show(values)} n'est pas un ensemble de champs nommés.")
        if len(values) > MAX_VALUES:
            raise SalesplanValueError(f"valeurs : {len(values)} champs envoyés, {MAX_VALUES} au plus.")
        return {f.name: f.read(values.get(f.name, f.default)) for f in self.fields}

    def compute(self, values: Mapping[str, Any]) -> Result:
        """The French result for the raw values a user typed."""
        return self.calculate(self.read(values))

    @property
    def presets(self) -> dict[str, dict[str, Default]]:
        """Named default overrides (case studies), read from their data files now."""
        return {name: dict(preset.load()) for name, preset in self.preset_loaders.items()}

    def defaults(self, preset: str | None = None) -> dict[str, Default]:
        """The default value of every field, with ``preset``'s overrides."""
        values = {f.name: f.default for f in self.fields}
        if preset is not None:
            if preset not in self.preset_loaders:
                known = ", ".join(self.preset_loaders) or "aucun"
                raise UnknownCodeError(f"préréglage : {show(preset)} inconnu pour « {self.title} » ({known}).")
            overrides = dict(self.preset_loaders[preset].load())
            for name in overrides:
                self.field(name)  # an unknown field name is a mistake in the preset
            values.update(overrides)
        return values

    def describe(self, preset: str | None = None) -> dict[str, Any]:
        """The simulator as JSON-ready data, defaults taken from ``preset`` when given."""
        defaults = self.defaults(preset)
        return {
            "code": self.code,
            "title": self.title,
            "intro": self.intro,
            "pages": list(self.pages),
            "preset": preset,
            "presets": [[name, p.title] for name, p in self.preset_loaders.items()],
            "fields": [f.describe(defaults[f.name]) for f in self.fields],
        }


__all__ = ["MAX_VALUES", "Preset", "Result", "Simulator", "Table", "Values", "table"]
