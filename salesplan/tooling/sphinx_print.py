"""Printing a page of the site from the browser: a print stylesheet with the PDF editions' convention.

``.no-print`` is left out on paper and ``[data-print-note="…"]`` is replaced by
its note (see :mod:`salesplan.tooling.pdf_book`); the quizzes point to their
worksheet in ``cours.pdf``; the theme's buttons and side bars are not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config

STATIC = Path(__file__).with_name("print_static")


def _add_static_path(app: Sphinx, config: Config) -> None:
    config.html_static_path = [*config.html_static_path, str(STATIC)]


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("config-inited", _add_static_path)
    app.add_css_file("print.css", media="print")
    return {"parallel_read_safe": True, "parallel_write_safe": True}


__all__ = ["STATIC", "setup"]
