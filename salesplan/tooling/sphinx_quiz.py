"""Sphinx extension: no-kernel quizzes from the question banks (``{quiz} <chapter>``).

A chapter writes, in its « Entraînement » section::

    ```{quiz} negociation/montant_commande
    ```

The directive emits a container and the chapter's quiz as JSON (no answer in
clear, see :mod:`salesplan.exercises.serialise`); ``quiz.js`` and ``quiz.css``
come from ``salesplan/exercises/static/`` (added to ``html_static_path``, not
``book/_static``) and are linked only from pages that hold a quiz. The bank's
branching scenarios go to their own container, played by ``scenario.js``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from docutils import nodes  # type: ignore[import-untyped, unused-ignore]
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util.docutils import SphinxDirective

import salesplan.exercises
from salesplan.errors import SalesplanError
from salesplan.exercises.banks import get_bank
from salesplan.exercises.serialise import CACHE_ENV, chapter_data, save_cache

PACKAGE = Path(salesplan.exercises.__file__).parent
STATIC = PACKAGE / "static"
NOSCRIPT = (
    "<noscript><p>Ces exercices s'affichent avec JavaScript ; ils sont aussi dans le notebook du chapitre "
    "(menu « télécharger »).</p></noscript>"
)


def _script_json(data: object) -> str:
    """JSON safe inside a <script> element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


class Quiz(SphinxDirective):
    """``quiz <chapter>``: the chapter's question bank as a no-kernel quiz."""

    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        chapter = self.arguments[0].strip()
        try:
            bank = get_bank(chapter)
        except SalesplanError as exc:
            return [self.state.document.reporter.error(f"quiz: {exc}", line=self.lineno)]
        for path in sorted(PACKAGE.rglob("*.py")):  # rebuild the page when a bank changes
            self.env.note_dependency(str(path))
        data = chapter_data(bank)
        save_cache()  # stretched number keys, for the next build (each reading process adds its own)
        builder = self.env.app.builder
        for entry in data["questions"]:
            for variant in entry["variants"]:
                link = variant["link"]
                uri = builder.get_relative_uri(self.env.docname, link["page"]) if link["page"] else ""
                variant["link"]["href"] = uri + (f"#{link['anchor']}" if link["anchor"] else "")
        for scenario in data["scenarios"]:  # branching scenarios: played by scenario.js
            link = scenario["link"]
            uri = builder.get_relative_uri(self.env.docname, link["page"]) if link["page"] else ""
            link["href"] = uri + (f"#{link['anchor']}" if link["anchor"] else "")
        source_id = "sp-quiz-data-" + chapter.replace("/", "-")
        html = f'<div class="sp-quiz" data-source="{source_id}">{NOSCRIPT}</div>\n' if data["questions"] else ""
        classes = ["sp-quiz-node"] if data["questions"] else []
        if data["scenarios"]:
            html += f'<div class="sp-scenarios" data-source="{source_id}">{NOSCRIPT}</div>\n'
            classes.append("sp-scenario-node")
        html += f'<script type="application/json" id="{source_id}">{_script_json(data)}</script>\n'
        return [nodes.raw("", html, format="html", classes=classes)]


def _add_static_path(app: Sphinx, config: Config) -> None:
    config.html_static_path = [*config.html_static_path, str(STATIC)]
    # PBKDF2 keys of number answers are slow on purpose: keep them next to the doctrees, out of the site
    os.environ.setdefault(CACHE_ENV, str(Path(app.doctreedir).parent / "quiz-keys.json"))


def _has_quiz(doctree: Any, kind: str = "sp-quiz-node") -> bool:
    return doctree is not None and any(kind in node.get("classes", []) for node in doctree.findall(nodes.raw))


def _add_assets(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    """Link quiz.js and quiz.css from the pages that hold a quiz (and only from them)."""
    scenarios = _has_quiz(doctree, "sp-scenario-node")
    if scenarios or _has_quiz(doctree):
        app.add_css_file("quiz.css")
        app.add_js_file("quiz.js", defer="defer")
    if scenarios:  # scenario.js uses quiz.js's SHA-256 and unseal (window.SalesplanQuiz): deferred after it
        app.add_css_file("scenario.css")
        app.add_js_file("scenario.js", defer="defer")


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("quiz", Quiz)
    app.connect("config-inited", _add_static_path)
    app.connect("html-page-context", _add_assets, priority=500)
    return {"parallel_read_safe": True, "parallel_write_safe": True}


__all__ = ["NOSCRIPT", "PACKAGE", "STATIC", "Quiz", "setup"]
