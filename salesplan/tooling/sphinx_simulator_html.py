"""The HTML of a simulator on the course site: its form (from ``describe()``) and its result (from ``run``).

Built at build time. ``simulator.js`` (``site_static/``) renders later results
with the same markup, element by element with ``textContent``; the build-time
result is the one the page shows before anything loads (and without JavaScript).

The SVG chart of a result comes from ``salesplan.simulators.svg`` (our code),
but its text includes what a student typed (an article's name). It is never
inserted as markup as it is: :func:`clean_svg` here and ``cleanSvg`` in
``simulator.js`` rebuild it from an allow-list of SVG elements and attributes
(no script, no event handler, no link, no ``url(...)``), so a typed
``<script>`` or ``onload=`` can only ever be text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from html import escape
from typing import Any
from xml.etree import ElementTree

SVG_NS = "http://www.w3.org/2000/svg"
SVG_ELEMENTS = frozenset(
    {"svg", "g", "title", "desc", "rect", "line", "polyline", "polygon", "path", "circle", "text", "tspan"}
)
SVG_ATTRIBUTES = frozenset(
    {
        "role", "aria-label", "viewBox", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "dx", "dy",
        "cx", "cy", "r", "d", "points", "fill", "stroke", "stroke-width", "stroke-dasharray", "opacity",
        "text-anchor", "dominant-baseline", "font-size", "font-weight", "font-family", "transform", "style",
    }
)  # fmt: skip
UNSAFE_STYLE = re.compile(r"url\s*\(|expression|javascript:|@import|\\", re.IGNORECASE)
START = "Lancer le simulateur"
NUMBER_KINDS = {"amount": "decimal", "rate": "decimal", "integer": "numeric"}


def _e(text: object) -> str:
    return escape(str(text), quote=True)


# ------------------------------------------------------------------ SVG


def clean_svg(markup: str) -> str:
    """``markup`` rebuilt from the allow-list (see the module doc); "" when it is not one SVG element."""
    try:
        root = ElementTree.fromstring(markup)
    except ElementTree.ParseError:
        return ""
    if root.tag != f"{{{SVG_NS}}}svg":
        return ""
    return _svg_element(root)


def _svg_element(element: ElementTree.Element) -> str:
    tag = element.tag.removeprefix(f"{{{SVG_NS}}}")
    if tag not in SVG_ELEMENTS:
        return ""
    attributes = [
        (name, value)
        for name, value in element.attrib.items()
        if name in SVG_ATTRIBUTES and not (name == "style" and UNSAFE_STYLE.search(value))
    ]
    if tag == "svg":
        attributes.insert(0, ("xmlns", SVG_NS))
    head = "".join(f' {name}="{_e(value)}"' for name, value in attributes)
    body = escape(element.text or "", quote=False)
    for child in element:
        body += _svg_element(child) + escape(child.tail or "", quote=False)
    return f"<{tag}{head}>{body}</{tag}>"


# ------------------------------------------------------------------ result


def _num_class(table: Mapping[str, Any], index: int) -> str:
    numeric: Sequence[bool] = table.get("numeric") or ()
    return ' class="sp-num"' if index < len(numeric) and numeric[index] else ""


def result_html(answer: Mapping[str, Any]) -> str:
    """The inside of the live region for one answer of ``run`` (a result, or the French message)."""
    if not answer.get("ok"):
        return f'<p class="sp-sim-error">{_e(answer.get("message", ""))}</p>'
    result: Mapping[str, Any] = answer["result"]
    parts = ['<dl class="sp-sim-summary">']
    parts += [f"<div><dt>{_e(label)}</dt><dd>{_e(value)}</dd></div>" for label, value in result["summary"]]
    parts.append("</dl>")
    for warning in result.get("warnings") or ():
        parts.append(f'<p class="sp-sim-warning">{_e(warning)}</p>')
    if result.get("svg"):
        parts.append(f'<div class="sp-sim-figure">{clean_svg(result["svg"])}</div>')
    for table in result.get("tables") or ():
        caption = _e(table["caption"])
        head = "".join(f'<th{_num_class(table, i)} scope="col">{_e(c)}</th>' for i, c in enumerate(table["columns"]))
        rows = "".join(
            "<tr>" + "".join(f"<td{_num_class(table, i)}>{_e(c)}</td>" for i, c in enumerate(row)) + "</tr>"
            for row in table["rows"]
        )
        parts.append(
            f'<div class="sp-sim-table" role="region" tabindex="0" aria-label="{caption}">'
            f"<table><caption>{caption}</caption><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>"
        )
    if result.get("explanation"):
        parts.append(
            '<details class="sp-sim-steps"><summary>Le calcul pas à pas</summary>'
            f'<pre class="sp-sim-explanation">{_e(result["explanation"])}</pre></details>'
        )
    return "".join(parts)


# ------------------------------------------------------------------ form


def _help(field: Mapping[str, Any], ident: str) -> tuple[str, str]:
    """(the help paragraph, its aria-describedby attribute)."""
    if not field.get("help"):
        return "", ""
    return f'<p class="sp-sim-help" id="{ident}-aide">{_e(field["help"])}</p>', f' aria-describedby="{ident}-aide"'


def control_html(field: Mapping[str, Any], value: Any, ident: str, attributes: str = "") -> str:
    """The input (or select) of one field, without its label; ``attributes`` go on the control."""
    kind, name = field["kind"], _e(field["name"])
    common = f'id="{ident}" name="{name}" data-kind="{_e(kind)}"{attributes}'
    if kind == "choice":
        options = "".join(
            f'<option value="{_e(v)}"{" selected" if v == value else ""}>{_e(label)}</option>'
            for v, label in field["choices"]
        )
        return f"<select {common}>{options}</select>"
    if kind == "boolean":
        checked = " checked" if str(value).strip().lower() in {"oui", "true", "vrai", "1"} else ""
        return f'<input type="checkbox" {common}{checked}>'
    mode = NUMBER_KINDS.get(kind)
    extra = f' inputmode="{mode}"' if mode else ""
    if kind == "date":
        extra += ' placeholder="jj/mm/aaaa"'
    control = f'<input type="text" {common} value="{_e(value)}"{extra} autocomplete="off" spellcheck="false">'
    if field.get("unit"):
        control = f'<span class="sp-sim-with-unit">{control}<span class="sp-sim-unit">{_e(field["unit"])}</span></span>'
    return control


def _label(field: Mapping[str, Any]) -> str:
    optional = "" if field.get("required", True) else " (facultatif)"
    return _e(field["label"] + optional)


def _scalar_field(field: Mapping[str, Any], prefix: str) -> str:
    ident = f"{prefix}-{field['name']}"
    help_html, described = _help(field, ident)
    control = control_html(field, field["default"], ident, described)
    if field["kind"] == "boolean":
        label = f'<label for="{ident}">{_label(field)}</label>'
        return f'<div class="sp-sim-field sp-sim-check">{control}{label}{help_html}</div>'
    return f'<div class="sp-sim-field"><label for="{ident}">{_label(field)}</label>{control}{help_html}</div>'


def _heading(column: Mapping[str, Any]) -> str:
    """A column's heading, unit included: the table's header, and each cell's caption on a narrow screen."""
    return _e(column["label"] + (f" ({column['unit']})" if column.get("unit") else ""))


def row_html(field: Mapping[str, Any], row: Mapping[str, Any], prefix: str, number: int) -> str:
    """One row of a ``lines`` table (``simulator.js`` renumbers labels and ids when rows move).

    Each cell carries its column's heading (``data-heading``): below 40rem the stylesheet shows
    every row as a card, each field under its heading, the header row hidden.
    """
    cells = []
    for column in field["columns"]:
        ident = f"{prefix}-{field['name']}-{number}-{column['name']}"
        label = f' aria-label="{_e(column["label"])}, ligne {number}" data-label="{_e(column["label"])}"'
        value = row.get(column["name"], column["default"])
        control = control_html({**column, "unit": ""}, value, ident, label)  # the unit is in the heading
        cells.append(f'<td data-heading="{_heading(column)}">{control}</td>')
    remove = (
        '<button type="button" class="sp-sim-remove">Supprimer'
        f'<span class="sp-visually-hidden"> la ligne {number}</span></button>'
    )
    return f'<tr>{"".join(cells)}<td class="sp-sim-action">{remove}</td></tr>'


def _lines_field(field: Mapping[str, Any], prefix: str) -> str:
    ident = f"{prefix}-{field['name']}"
    help_html, described = _help(field, ident)
    head = "".join(f'<th scope="col" title="{_e(c.get("help", ""))}">{_heading(c)}</th>' for c in field["columns"])
    rows = "".join(row_html(field, row, prefix, n) for n, row in enumerate(field["default"], start=1))
    blank = {c["name"]: c["default"] for c in field["columns"]}
    return (
        f'<fieldset class="sp-sim-lines" id="{ident}" data-name="{_e(field["name"])}" '
        f'data-min="{int(field["min_rows"])}" data-max="{int(field["max_rows"])}"{described}>'
        f"<legend>{_label(field)}</legend>{help_html}"
        f'<div class="sp-sim-lines-scroll"><table><thead><tr>{head}'
        '<th scope="col"><span class="sp-visually-hidden">Action</span></th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
        f"<template>{row_html(field, blank, prefix, 0)}</template>"
        '<button type="button" class="sp-sim-add">Ajouter une ligne</button></fieldset>'
    )


def form_html(description: Mapping[str, Any], answer: Mapping[str, Any], *, prefix: str, level: int = 3) -> str:
    """The whole simulator: heading, intro, form, start button, status, and the build-time result."""
    level = min(max(level, 2), 6)
    fields = "".join(
        _lines_field(f, prefix) if f["kind"] == "lines" else _scalar_field(f, prefix) for f in description["fields"]
    )
    preset = _e(description.get("preset") or "")
    return (
        f'<section class="sp-sim" id="{prefix}" data-code="{_e(description["code"])}" data-preset="{preset}" '
        f'aria-labelledby="{prefix}-titre">'
        f'<h{level} class="sp-sim-title" id="{prefix}-titre">Simulateur : {_e(description["title"])}</h{level}>'
        f'<p class="sp-sim-intro">{_e(description["intro"])}</p>'
        '<div class="sp-sim-bar">'
        f'<button type="button" class="sp-sim-start" hidden>{START}</button>'
        '<p class="sp-sim-status" role="status"></p>'
        '<span class="sp-sim-progress" hidden><progress max="100" value="0" '
        f'aria-label="Chargement du calculateur"></progress> <span class="sp-sim-percent"></span></span></div>'
        f'<form class="sp-sim-form" novalidate aria-labelledby="{prefix}-titre">{fields}</form>'
        f'<div class="sp-sim-result" id="{prefix}-resultat" role="region" aria-live="polite" '
        f'aria-label="Résultat : {_e(description["title"])}">{result_html(answer)}</div>'
        "<noscript><p>Le calcul en direct demande JavaScript ; le résultat ci-dessus correspond aux valeurs par "
        "défaut. Le même simulateur est dans le notebook « Simulateurs ».</p></noscript>"
        "</section>"
    )


__all__ = [
    "NUMBER_KINDS",
    "START",
    "SVG_ATTRIBUTES",
    "SVG_ELEMENTS",
    "SVG_NS",
    "UNSAFE_STYLE",
    "clean_svg",
    "control_html",
    "form_html",
    "result_html",
    "row_html",
]
