"""What every widget here shares: the lazy ipywidgets import, safe callbacks, French message boxes.

A callback must never leave a traceback in a notebook: :func:`guarded` turns a
``SalesplanError`` into a hint (its French message names the bad value) and any
other exception into a short French notice, shown in the widget itself.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from salesplan.errors import SalesplanError

UNEXPECTED = (
    "Une erreur inattendue est survenue ({name}). Vérifiez vos saisies et recommencez ; "
    "si elle se reproduit, signalez-la à l'enseignant."
)
HINT_TITLE = "Saisie à corriger : "

# kind → (background, border, symbol); the text says the verdict too, colour is never the only cue
_BOXES = {
    "right": ("#e8f5e9", "#2e7d32", "✔"),
    "wrong": ("#fdecea", "#b3261e", "✘"),
    "hint": ("#fff8e1", "#8a6d00", "ⓘ"),
    "info": ("#f1f5f9", "#1f4e79", ""),
    "error": ("#fdecea", "#b3261e", "⚠"),
}


def ipywidgets() -> Any:
    """The ipywidgets module, imported on first use (views only; the core never calls this)."""
    import ipywidgets as w

    return w


def box(kind: str, body: str) -> str:
    """A message box (``body`` is HTML) announced to screen readers (``role="status"``)."""
    background, border, symbol = _BOXES[kind]
    mark = f'<span aria-hidden="true">{symbol}</span> ' if symbol else ""
    style = f"background:{background};border-left:4px solid {border};padding:0.4em 0.7em;margin:0.3em 0;color:#1b1b1b"
    return f'<div class="salesplan-{kind}" role="status" aria-live="polite" style="{style}">{mark}{body}</div>'


def problem_html(error: BaseException) -> str:
    """The French box for an exception: the library's own message, or a short notice (never a traceback)."""
    if isinstance(error, SalesplanError):
        return box("hint", HINT_TITLE + html.escape(str(error), quote=False))
    return box("error", html.escape(UNEXPECTED.format(name=type(error).__name__), quote=False))


def guarded(action: Callable[[], object], show: Callable[[str], None]) -> Callable[..., None]:
    """A callback for ipywidgets running ``action``; an exception becomes a French box passed to ``show``.

    The callback accepts and ignores whatever ipywidgets hands over (the button, the change).
    """

    def callback(*_args: object) -> None:
        try:
            action()
        except Exception as error:  # shown to the student in French instead of a traceback
            show(problem_html(error))

    return callback


class Panel:
    """An object holding an ipywidgets ``widget``; a notebook displays it as that widget."""

    widget: Any

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)


__all__ = ["HINT_TITLE", "UNEXPECTED", "Panel", "box", "guarded", "ipywidgets", "problem_html"]
