"""Sphinx extension: the course's own directives and the notebook downloads.

- ``concept-glossary``: a Sphinx glossary built from the library's concept
  catalogues (``concept_catalogues``, default ``salesplan.concepts:CATALOGUES``),
  so chapters link a term with ``{term}`Décideur```. Terms with the same label
  in several catalogues become one entry with one definition per catalogue.
- ``course-plan``: the table "line of the seed mind map -> pages teaching it",
  from a plan file (see :mod:`salesplan.tooling.course_plan`).
- Every MyST notebook page gets a ``.ipynb`` in the theme's download menu,
  written by jupytext from the page source into ``_sources/``.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.util.docutils import SphinxDirective

from salesplan.tooling.course_plan import PlanLine, read_plan

NBSP = "\u00a0"


def load_catalogues(spec: str) -> tuple[Any, ...]:
    """Import ``module:attribute`` and return the catalogues it names."""
    module_name, _, attribute = spec.partition(":")
    module = importlib.import_module(module_name)
    try:
        catalogues = getattr(module, attribute or "CATALOGUES")
    except AttributeError as exc:
        raise ExtensionError(f"{spec}: {module_name} has no {attribute!r} (the glossary's catalogues)") from exc
    return tuple(catalogues)


def _indent(text: str) -> list[str]:
    return ["   " + line if line.strip() else "" for line in text.strip().splitlines()]


def _definition(concept: Any) -> str:
    parts = [concept.definition.strip()]
    if concept.exemple.strip():
        parts.append(f"*Exemple* : {concept.exemple.strip()}")
    if concept.source.strip():
        parts.append(f"*Source* : {concept.source.strip()}")
    return "\n\n".join(parts)


def glossary_markdown(catalogues: Iterable[Any]) -> str:
    """MyST text of a sorted glossary of every concept; one entry per label (case-insensitive)."""
    entries: dict[str, tuple[str, list[tuple[str, Any]]]] = {}
    for catalogue in catalogues:
        for concept in catalogue:
            label = " ".join(concept.libelle.split())
            entries.setdefault(label.lower(), (label, []))[1].append((catalogue.nom, concept))
    lines = ["```{glossary}", ":sorted:", ""]
    for label, found in entries.values():
        lines.append(label)
        if len(found) == 1:
            nom, concept = found[0]
            lines += _indent(f"{_definition(concept)}\n\n*Catalogue* : {nom}")
        else:
            for nom, concept in found:
                lines += _indent(f"**{nom}** — {_definition(concept)}")
                lines.append("")
        lines.append("")
    lines.append("```")
    return "\n".join(lines) + "\n"


class ConceptGlossary(SphinxDirective):
    """``concept-glossary``: the glossary of the library's concepts."""

    has_content = False

    def run(self) -> list[Any]:
        spec: str = self.config.concept_catalogues
        catalogues = load_catalogues(spec)
        module = importlib.import_module(spec.partition(":")[0])
        folder = Path(module.__file__ or "").parent
        for path in sorted(folder.glob("*.py")):  # rebuild the page when a catalogue changes
            self.env.note_dependency(str(path))
        return self.parse_text_to_nodes(glossary_markdown(catalogues))


def plan_markdown(plan: Iterable[PlanLine]) -> str:
    """MyST table of the plan: indented mind-map line, links to the pages."""
    rows = ["| Élément de la carte mentale | Où c'est enseigné |", "|---|---|"]
    for line in plan:
        text = f"**{line.text}**" if line.depth == 0 else line.text
        links = ", ".join(f"{{doc}}`/{page}`" for page in line.pages)
        rows.append(f"| {NBSP * 4 * line.depth}{text} | {links} |")
    return "\n".join(rows) + "\n"


class CoursePlan(SphinxDirective):
    """``course-plan <path>``: the table of a plan file (path relative to the page, or to the book with /)."""

    required_arguments = 1

    def run(self) -> list[Any]:
        relative, absolute = self.env.relfn2path(self.arguments[0])
        self.env.note_dependency(relative)
        return self.parse_text_to_nodes(plan_markdown(read_plan(Path(absolute))))


def _add_notebook_download(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Write ``_sources/<page>.ipynb`` from a MyST notebook page; the theme then offers it."""
    if "kernelspec" not in app.env.metadata.get(pagename, {}):
        return
    source = Path(app.env.doc2path(pagename))
    if source.suffix != ".md":
        return
    import jupytext  # type: ignore[import-untyped]

    target = Path(app.outdir, "_sources", pagename).with_suffix(".ipynb")
    target.parent.mkdir(parents=True, exist_ok=True)
    jupytext.write(jupytext.read(source), target, fmt="ipynb")
    context["ipynb_source"] = f"{pagename}.ipynb"


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("concept_catalogues", "salesplan.concepts:CATALOGUES", "env", types=[str])
    app.add_directive("concept-glossary", ConceptGlossary)
    app.add_directive("course-plan", CoursePlan)
    app.connect("html-page-context", _add_notebook_download, priority=450)
    return {"parallel_read_safe": True, "parallel_write_safe": True}


__all__ = ["NBSP", "ConceptGlossary", "CoursePlan", "glossary_markdown", "load_catalogues", "plan_markdown", "setup"]
