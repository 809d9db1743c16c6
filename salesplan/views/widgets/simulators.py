"""The simulators in Jupyter: a thin ipywidgets renderer of the definitions in :mod:`salesplan.simulators`.

One widget per field kind, label above its field and full width (nothing is
squeezed), a distinct accessible name for every control (cells of a table say
their row: « Quantité (ligne 2) »), ``lines`` fields as a small editable table
with add/remove buttons. Each change recomputes the result with the very
definition the course site runs: same fields, same figures, same French
messages. A bad input shows the French message in the output, never a traceback.

``simulator("commande")`` or ``simulator("grille", preset="alpinor")``; the old
helpers (``order_simulator()``...) remain for the case-study notebooks.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from salesplan import lead_scoring
from salesplan.errors import SalesplanError, SalesplanTypeError, SalesplanValueError, show
from salesplan.simulators import REGISTRY, Field, Result, get, message_of
from salesplan.simulators import Simulator as Definition
from salesplan.simulators._fields import Default
from salesplan.values import format_number
from salesplan.views.widgets._base import HINT_TITLE, Panel, box, ipywidgets

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

CSS_CLASS = "salesplan-simulator"
STYLE = f"""<style>
.{CSS_CLASS} .widget-inline-hbox {{ flex-direction: column; align-items: stretch; height: auto; }}
.{CSS_CLASS} .widget-inline-hbox .widget-label {{
  width: auto; max-width: none; white-space: normal; overflow: visible; text-align: left;
  line-height: 1.3; margin: 0 0 2px 0; font-weight: 600; }}
.{CSS_CLASS} .widget-text input, .{CSS_CLASS} .widget-dropdown select {{ min-width: 12em; width: 100%; }}
.{CSS_CLASS} .salesplan-help {{ color: #3d4349; font-size: 0.9em; margin: 0 0 0.6em 0; }}
.{CSS_CLASS} .salesplan-row {{ border: 1px solid #c8ccd0; border-radius: 4px; padding: 4px 6px; margin: 4px 0; }}
.{CSS_CLASS} .salesplan-cell {{ width: 14em; margin-right: 0.6em; }}
.{CSS_CLASS} button.jupyter-button {{ width: auto; min-width: 12em; }}
.{CSS_CLASS} table {{ border-collapse: collapse; margin: 0.4em 0; }}
.{CSS_CLASS} th, .{CSS_CLASS} td {{ border-bottom: 1px solid #d6d9dc; padding: 2px 0.6em; }}
</style>"""
EXAMPLES = {
    "amount": "ex. 1 234,56",
    "rate": "ex. 12,5",
    "integer": "ex. 12",
    "date": "JJ/MM/AAAA",
    "text": "",
    "choice": "",
    "boolean": "",
}
YES_NO = (("Oui", "oui"), ("Non", "non"))


def _label(field: Field, suffix: str = "") -> str:
    unit = f" ({field.unit})" if field.unit else ""
    return f"{field.label}{unit}{suffix}"


def _control(field: Field, value: object, suffix: str = "") -> Any:
    """The ipywidget for one scalar field (its label is its accessible name)."""
    w = ipywidgets()
    layout = w.Layout(width="100%")
    style = {"description_width": "initial"}
    description = _label(field, suffix)
    if field.kind in ("choice", "boolean"):
        options = [(label, v) for v, label in field.choices] if field.kind == "choice" else list(YES_NO)
        if not field.required:
            options.insert(0, ("(aucun)", ""))
        known = [v for _, v in options]
        return w.Dropdown(
            options=options,
            value=value if value in known else None,
            description=description,
            tooltip=field.help,
            style=style,
            layout=layout,
        )
    return w.Text(
        value="" if value is None else str(value),
        description=description,
        placeholder=EXAMPLES[field.kind],
        tooltip=field.help,
        continuous_update=False,
        style=style,
        layout=layout,
    )


def _help(field: Field) -> Any:
    w = ipywidgets()
    return w.HTML(f'<div class="salesplan-help">{html.escape(field.help, quote=False)}</div>')


class LinesInput:
    """A ``lines`` field: one bordered row of cells per line, « Supprimer » per row, « Ajouter une ligne »."""

    def __init__(self, field: Field, rows: Any, on_change: Any) -> None:
        w = ipywidgets()
        self.field = field
        self._on_change = on_change
        self.rows: list[dict[str, Any]] = []
        self.box = w.VBox(layout=w.Layout(width="100%"))
        self.add_button = w.Button(
            description=f"Ajouter une ligne à « {field.label} »", icon="plus", layout=w.Layout(width="auto")
        )
        self.add_button.on_click(lambda _b: self.add())
        heading = w.HTML(f"<strong>{html.escape(field.label, quote=False)}</strong>")
        self.widget = w.VBox([heading, _help(field), self.box, self.add_button], layout=w.Layout(width="100%"))
        for row in rows:
            self._append(row)
        self._redraw()

    def _append(self, row: Mapping[str, Any]) -> None:
        cells = {c.name: _control(c, row.get(c.name, c.default)) for c in self.field.columns}
        for cell in cells.values():
            cell.observe(lambda _change: self._on_change(), names="value")
        self.rows.append(cells)

    def _redraw(self) -> None:
        w = ipywidgets()
        children = []
        for number, cells in enumerate(self.rows, start=1):
            for column in self.field.columns:
                cell = cells[column.name]
                cell.description = _label(column, f" (ligne {number})")
                cell.add_class("salesplan-cell")
                cell.layout.width = "14em"
            remove = w.Button(
                description=f"Supprimer la ligne {number} de « {self.field.label} »",
                icon="trash",
                layout=w.Layout(width="auto"),
                disabled=len(self.rows) <= self.field.min_rows,
            )
            remove.on_click(lambda _b, index=number - 1: self.remove(index))
            line = w.HBox(list(cells.values()), layout=w.Layout(flex_flow="row wrap", width="100%"))
            row_box = w.VBox([line, remove], layout=w.Layout(width="100%"))
            row_box.add_class("salesplan-row")
            children.append(row_box)
        self.box.children = children
        self.add_button.disabled = len(self.rows) >= self.field.max_rows

    def add(self) -> None:
        """Add a row of default cells (up to ``max_rows``)."""
        if len(self.rows) < self.field.max_rows:
            self._append({})
            self._redraw()
            self._on_change()

    def remove(self, index: int) -> None:
        """Remove row ``index`` (never below ``min_rows``)."""
        if len(self.rows) > self.field.min_rows:
            del self.rows[index]
            self._redraw()
            self._on_change()

    @property
    def value(self) -> list[dict[str, Any]]:
        """The rows as the definition reads them (dicts of raw texts)."""
        return [{name: cell.value for name, cell in cells.items()} for cells in self.rows]


def result_html(result: Result) -> str:
    """A result as HTML: key figures, tables, warnings, the calculation step by step, the chart."""
    e = html.escape
    data = result.to_dict()
    parts = ["<table><caption>Résultats</caption><tbody>"]
    parts += [
        f'<tr><th scope="row" style="text-align:left">{e(label)}</th><td style="text-align:right">{e(value)}</td></tr>'
        for label, value in data["summary"]
    ]
    parts.append("</tbody></table>")
    parts += [box("hint", e(warning)) for warning in data["warnings"]]
    for t in data["tables"]:
        align = ["right" if n else "left" for n in t["numeric"]]
        head = "".join(
            f'<th scope="col" style="text-align:{a}">{e(c)}</th>' for c, a in zip(t["columns"], align, strict=True)
        )
        body = "".join(
            "<tr>"
            + "".join(f'<td style="text-align:{a}">{e(cell)}</td>' for cell, a in zip(row, align, strict=True))
            + "</tr>"
            for row in t["rows"]
        )
        parts.append(
            f"<table><caption>{e(t['caption'])}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        )
    if data["explanation"]:
        lines = "<br>".join(e(line) for line in data["explanation"].splitlines())
        parts.append(f"<details open><summary>Le calcul pas à pas</summary><div>{lines}</div></details>")
    if data["svg"]:
        parts.append(f'<figure style="margin:0.5em 0">{data["svg"]}</figure>')
    return "".join(parts)


class SimulatorPanel(Panel):
    """One simulator in a notebook: its fields (from the definition) and a result recomputed on every change."""

    def __init__(self, definition: Definition, defaults: Mapping[str, Default]) -> None:
        w = ipywidgets()
        self.definition = definition
        self.output = w.HTML()
        self.controls: dict[str, Any] = {}
        self.tables: dict[str, LinesInput] = {}
        items: list[Any] = [
            w.HTML(
                STYLE + f"<h3>Simulateur : {html.escape(definition.title, quote=False)}</h3>"
                f"<p>{html.escape(definition.intro, quote=False)}</p>"
            )
        ]
        for field in definition.fields:
            value = defaults.get(field.name, field.default)
            if field.kind == "lines":
                lines = LinesInput(field, value, self.update)
                self.tables[field.name] = lines
                items.append(lines.widget)
            else:
                control = _control(field, value)
                control.observe(lambda _change: self.update(), names="value")
                self.controls[field.name] = control
                items += [control, _help(field)]
        self.widget = w.VBox([*items, self.output], layout=w.Layout(width="100%", max_width="62em"))
        self.widget.add_class(CSS_CLASS)
        self.update()

    def values(self) -> dict[str, Any]:
        """The raw values of every field, as ``compute`` reads them."""
        values: dict[str, Any] = {name: c.value for name, c in self.controls.items()}
        values.update({name: t.value for name, t in self.tables.items()})
        return values

    def update(self) -> None:
        """Recompute the result; a French message instead of a traceback when something is wrong."""
        try:
            self.output.value = result_html(self.definition.compute(self.values()))
        except Exception as error:  # shown to the student in French, never a traceback
            known = isinstance(error, SalesplanError)
            text = (HINT_TITLE if known else "") + message_of(error)
            self.output.value = box("hint" if known else "error", html.escape(text, quote=False))


def simulator(code: str, *, preset: str | None = None, defaults: Mapping[str, Default] | None = None) -> SimulatorPanel:
    """The simulator ``code`` (see ``salesplan.simulators.REGISTRY``), with a case study's ``preset`` if given."""
    definition = get(code)
    values = definition.defaults(preset)
    values.update(defaults or {})
    return SimulatorPanel(definition, values)


def show_all() -> list[SimulatorPanel]:
    """Every simulator, in the order of the course."""
    return [simulator(code) for code in REGISTRY]


# ------------------------------------------------------------------ the former helpers, kept for the case studies


def order_simulator(*, preset: str | None = None) -> SimulatorPanel:
    """Montant d'une commande (``commande``)."""
    return simulator("commande", preset=preset)


def margin_simulator(*, preset: str | None = None) -> SimulatorPanel:
    """Marges et prix plancher (``marges``)."""
    return simulator("marges", preset=preset)


def payment_simulator(*, preset: str | None = None) -> SimulatorPanel:
    """Échéance et pénalités de retard (``echeance``)."""
    return simulator("echeance", preset=preset)


def financing_simulator(*, preset: str | None = None) -> SimulatorPanel:
    """Emprunt, crédit-bail ou escompte (``financement``)."""
    return simulator("financement", preset=preset)


def grid_simulator(
    criteria: Mapping[str, object] | None = None,
    marks: Mapping[str, Mapping[str, object]] | None = None,
    *,
    preset: str | None = None,
) -> SimulatorPanel:
    """Grille de comparaison (``grille``); ``criteria``/``marks`` (marks on 20, price included) fill its tables."""
    if criteria is None and marks is None:
        return simulator("grille", preset=preset)
    if not isinstance(criteria, Mapping) or not isinstance(marks, Mapping) or not criteria:
        raise SalesplanTypeError(
            f"critères et notes : {show(criteria)} et {show(marks)} doivent être des dictionnaires."
        )
    names = list(criteria)
    offres = []
    for offre, notes in marks.items():
        if not isinstance(notes, Mapping):
            raise SalesplanTypeError(f"notes de « {offre} » : {show(notes)} doit être un dictionnaire critère → note.")
        offres.append(
            {
                "offre": str(offre),
                "prix_ht": "",
                **{f"note_{k}": _text(notes.get(c, "")) for k, c in enumerate(names, 1)},
            }
        )
    table: dict[str, Default] = {
        "poids_prix": "0",
        "criteres": tuple({"critere": str(c), "poids": _text(criteria[c])} for c in names),
        "offres": tuple(offres),
    }
    return simulator("grille", defaults=table)


def lead_scoring_simulator(
    prospects: pd.DataFrame | None = None,
    rules: lead_scoring.ReglesScoring | None = None,
    *,
    name_column: str = "prospect",
) -> SimulatorPanel:
    """Lead scoring (``lead_scoring``); a pandas file of prospects fills its table."""
    from salesplan.simulators.lead_scoring import REGLES

    if rules is not None and rules not in (REGLES, lead_scoring.REGLES_BUREAUTIK_PRO):
        raise SalesplanValueError("règles : le simulateur utilise la grille de Bureautik Pro (REGLES_BUREAUTIK_PRO).")
    if prospects is None:
        return simulator("lead_scoring")
    import pandas as pd

    if not isinstance(prospects, pd.DataFrame):
        raise SalesplanTypeError(f"fichier de prospects : {show(prospects)} doit être un DataFrame pandas.")
    field = get("lead_scoring").field("prospects")
    rows: tuple[dict[str, str], ...] = tuple(
        {"prospect": _text(record.get(name_column, f"Prospect {n}"))}
        | {c.name: _text(record.get(c.name)) or (str(c.default) if c.required else "") for c in field.columns[1:]}
        for n, record in enumerate(prospects.to_dict("records"), start=1)
    )
    field.read(list(rows))  # a value the grid does not know is a French error now, not an empty cell
    return simulator("lead_scoring", defaults={"prospects": rows})


def _text(value: object) -> str:
    """A cell as a French user would type it (numbers French-formatted, missing values empty)."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, str):
        return value
    return format_number(value)


Simulator = SimulatorPanel
"""Former name of :class:`SimulatorPanel`."""

__all__ = [
    "LinesInput",
    "Simulator",
    "SimulatorPanel",
    "financing_simulator",
    "grid_simulator",
    "lead_scoring_simulator",
    "margin_simulator",
    "order_simulator",
    "payment_simulator",
    "result_html",
    "show_all",
    "simulator",
]
