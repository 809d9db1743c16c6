"""Small accessible SVG charts made with the standard library (no matplotlib: it runs in the browser too).

Each chart is one ``<svg role="img">`` with a ``<title>`` and an ``aria-label``
giving the whole text alternative (every figure, in French), scales with its
container (``viewBox``) and never uses colour as the only cue: values are
written on the bars, with their sign.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from html import escape

from salesplan.values import format_euros

TOTAL = "#1f4e79"
DOWN = "#b3261e"
UP = "#2e7d32"
INK = "#1b1b1b"
GRID = "#c8ccd0"
FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif"


@dataclass(frozen=True)
class Step:
    """A bar of a waterfall: a total (drawn from zero) or a signed change (drawn from the running total)."""

    label: str
    amount: Decimal
    total: bool


def _attr(text: str) -> str:
    return escape(text, quote=True)


def _wrap(label: str, width: int = 14) -> list[str]:
    """Split a label into at most three short lines at spaces."""
    lines: list[str] = []
    for word in label.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > 3:
        lines = [*lines[:2], " ".join(lines[2:])]
    return lines or [""]


def waterfall(title: str, steps: Sequence[Step], *, unit_label: str = "Montant (€)") -> str:
    """A waterfall chart of amounts in euros: totals from zero, changes from the running total."""
    bars: list[tuple[Step, Decimal, Decimal]] = []  # step, bottom, top
    running = Decimal(0)
    for step in steps:
        if step.total:
            running = step.amount
            bars.append((step, Decimal(0), step.amount))
        else:
            start = running
            running += step.amount
            bars.append((step, min(start, running), max(start, running)))
    highest = max([top for _, _, top in bars] + [Decimal(1)])
    slot, left, top_margin, plot_h, label_h = 96, 16, 40, 220, 60
    width = left * 2 + slot * len(bars)
    height = top_margin + plot_h + label_h
    baseline = top_margin + plot_h

    def y(value: Decimal) -> float:
        return baseline - float(value / highest) * plot_h

    parts = [
        f'<text x="{width / 2:.0f}" y="22" text-anchor="middle" font-size="15" font-weight="600" '
        f'fill="{INK}">{escape(title)}</text>',
        f'<line x1="{left}" y1="{baseline}" x2="{width - left}" y2="{baseline}" stroke="{GRID}"/>',
    ]
    for index, (step, bottom, top) in enumerate(bars):
        x = left + index * slot + 12
        colour = TOTAL if step.total else (DOWN if step.amount < 0 else UP)
        bar_h = max(y(bottom) - y(top), 1.0)
        parts.append(
            f'<rect x="{x}" y="{y(top):.1f}" width="{slot - 24}" height="{bar_h:.1f}" fill="{colour}">'
            f"<title>{escape(step.label)} : {escape(_signed(step))}</title></rect>"
        )
        parts.append(
            f'<text x="{x + (slot - 24) / 2:.1f}" y="{y(top) - 5:.1f}" text-anchor="middle" font-size="11" '
            f'fill="{INK}">{escape(_signed(step))}</text>'
        )
        tspans = "".join(
            f'<tspan x="{x + (slot - 24) / 2:.1f}" dy="{0 if n == 0 else 13}">{escape(line)}</tspan>'
            for n, line in enumerate(_wrap(step.label))
        )
        parts.append(f'<text y="{baseline + 16}" text-anchor="middle" font-size="11" fill="{INK}">{tspans}</text>')
    detail = " ; ".join(f"{step.label} {_signed(step)}" for step in steps)
    alt = f"{title}. Graphique en cascade ({unit_label}), étape par étape : {detail}."
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{_attr(alt)}" '
        f'viewBox="0 0 {width} {height}" width="100%" style="max-width:{width}px;height:auto;{FONT}">'
        f"<title>{escape(alt)}</title>" + "".join(parts) + "</svg>"
    )


def _signed(step: Step) -> str:
    if step.total or step.amount < 0:
        return format_euros(step.amount)
    return "+" + format_euros(step.amount)


def bars(title: str, items: Sequence[tuple[str, Decimal, str]], *, unit_label: str) -> str:
    """Horizontal bars: (label, value ≥ 0, value as French text), longest first as given."""
    label_w, bar_w, row_h, top_margin = 210, 320, 28, 36
    width = label_w + bar_w + 110
    height = top_margin + row_h * len(items) + 10
    highest = max([value for _, value, _ in items] + [Decimal(1)])
    parts = [
        f'<text x="{width / 2:.0f}" y="22" text-anchor="middle" font-size="15" font-weight="600" '
        f'fill="{INK}">{escape(title)}</text>'
    ]
    for index, (label, value, text) in enumerate(items):
        y = top_margin + index * row_h
        length = max(float(value / highest) * bar_w, 1.0)
        short = label if len(label) <= 30 else label[:29] + "…"
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end" font-size="12" fill="{INK}">{escape(short)}</text>'
            f'<rect x="{label_w}" y="{y + 4}" width="{length:.1f}" height="{row_h - 8}" fill="{TOTAL}">'
            f"<title>{escape(label)} : {escape(text)}</title></rect>"
            f'<text x="{label_w + length + 6:.1f}" y="{y + 17}" font-size="12" fill="{INK}">{escape(text)}</text>'
        )
    detail = " ; ".join(f"{label} {text}" for label, _, text in items)
    alt = f"{title}. Diagramme en barres ({unit_label}) : {detail}."
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{_attr(alt)}" '
        f'viewBox="0 0 {width} {height}" width="100%" style="max-width:{width}px;height:auto;{FONT}">'
        f"<title>{escape(alt)}</title>" + "".join(parts) + "</svg>"
    )


__all__ = ["Step", "bars", "waterfall"]
