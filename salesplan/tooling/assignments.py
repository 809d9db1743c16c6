"""Student notebooks generated from the teacher's solution notebooks (``salesplan generate``).

``solutions/*.ipynb`` is the only source. In its code cells:

* ``# BEGIN SOLUTION [: consigne]`` … ``# END SOLUTION``: the region becomes
  ``# À compléter : consigne`` then ``...`` (same indentation);
* ``valeur = 1000  # SOLUTION [: consigne]``: the value becomes ``...``,
  ``valeur = ...  # À compléter : consigne``;
* ``# BEGIN HIDDEN TESTS`` … ``# END HIDDEN TESTS``: removed (the grader injects them).

Cells carry nbgrader metadata (``metadata.nbgrader``: solution / grade / locked,
grade_id, points, schema_version 3), so ``nbgrader generate_assignment`` accepts
the same files. Output is deterministic: no outputs, no execution counts,
sorted JSON keys, one-space indent, a final newline.

Only the standard library is used here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from salesplan.errors import SalesplanValueError
from salesplan.tooling.build import ROOT

SOLUTIONS = ROOT / "solutions"
EXERCISES = ROOT / "exercises"
PROMPT = "# À compléter"
NOT_ANSWERED = "Réponse non encore donnée"

_BEGIN_SOLUTION = re.compile(r"^\s*#+\s*BEGIN SOLUTION\b\s*:?\s*(.*)$")
_END_SOLUTION = re.compile(r"^\s*#+\s*END SOLUTION\b")
_BEGIN_HIDDEN = re.compile(r"^\s*#+\s*BEGIN HIDDEN TESTS\b")
_END_HIDDEN = re.compile(r"^\s*#+\s*END HIDDEN TESTS\b")
_ONE_LINE = re.compile(r"#\s*SOLUTION\b\s*:?\s*(.*)$")
_ASSIGNMENT = re.compile(r"^(\s*)([A-Za-z_][\w.\[\]\"', ]*?)\s*=(?!=)\s*\S")
_KEPT_CELL_METADATA = ("nbgrader", "tags")
_KEPT_NOTEBOOK_METADATA = ("kernelspec", "language_info", "salesplan")

Notebook = dict[str, Any]


class MarkerError(SalesplanValueError):
    """A solution notebook whose markers or nbgrader metadata are inconsistent."""


# ---------------------------------------------------------------- reading and writing


def read_notebook(path: Path) -> Notebook:
    """Read an .ipynb file as plain JSON (sources joined into one string per cell)."""
    try:
        nb: Notebook = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SalesplanValueError(f"carnet {path.name} : illisible ({exc}).") from exc
    for cell in nb.get("cells", []):
        cell["source"] = source_text(cell)
    return nb


def source_text(cell: dict[str, Any]) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def dumps_notebook(nb: Notebook) -> str:
    """Deterministic JSON, as Jupyter writes it (sources as lists of lines)."""
    out = json.loads(json.dumps(nb))
    for cell in out.get("cells", []):
        cell["source"] = source_text(cell).splitlines(keepends=True)
    return json.dumps(out, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------- markers


@dataclass(frozen=True)
class Where:
    """A cell named for error messages: notebook, 1-based number, grade_id."""

    notebook: str
    number: int
    grade_id: str

    def __str__(self) -> str:
        name = f" ({self.grade_id})" if self.grade_id else ""
        return f"carnet {self.notebook}, cellule {self.number}{name}"


def _prompt(indent: str, consigne: str) -> str:
    return f"{indent}{PROMPT} : {consigne.strip()}" if consigne.strip() else f"{indent}{PROMPT}"


def _one_line(line: str, consigne: str) -> str:
    code = _ONE_LINE.sub("", line).rstrip()
    if match := _ASSIGNMENT.match(code):
        indent, target = match.group(1), match.group(2).strip()
        return f"{indent}{target} = ...  {_prompt('', consigne)}"
    indent = re.match(r"\s*", line).group(0)  # type: ignore[union-attr]
    return f"{indent}...  {_prompt('', consigne)}"


def _scan(source: str, where: Where) -> Iterator[tuple[str, int, str, str]]:
    """Yield (state, line number, line, consigne); state names the kind of line (code, solution, hidden...)."""
    state, opened = "code", 0
    for number, line in enumerate(source.split("\n"), start=1):
        if begin := _BEGIN_SOLUTION.match(line):
            if state != "code":
                raise MarkerError(f"{where} : « BEGIN SOLUTION » ligne {number} dans une zone ouverte ligne {opened}.")
            state, opened = "solution", number
            yield "begin", number, line, begin.group(1)
        elif _BEGIN_HIDDEN.match(line):
            if state != "code":
                raise MarkerError(
                    f"{where} : « BEGIN HIDDEN TESTS » ligne {number} dans une zone ouverte ligne {opened}."
                )
            state, opened = "hidden", number
            yield "begin_hidden", number, line, ""
        elif _END_SOLUTION.match(line) or _END_HIDDEN.match(line):
            expected = "solution" if _END_SOLUTION.match(line) else "hidden"
            if state != expected:
                label = "END SOLUTION" if expected == "solution" else "END HIDDEN TESTS"
                raise MarkerError(f"{where} : « {label} » ligne {number} ne ferme aucune zone ouverte.")
            state = "code"
            yield "marker", number, line, ""
        elif one := _ONE_LINE.search(line):
            if state != "code":
                raise MarkerError(f"{where} : « # SOLUTION » ligne {number} dans une zone ouverte ligne {opened}.")
            yield "one_line", number, line, one.group(1)
        else:
            yield state, number, line, ""
    if state != "code":
        label = "BEGIN SOLUTION" if state == "solution" else "BEGIN HIDDEN TESTS"
        raise MarkerError(f"{where} : « {label} » ligne {opened} n'est jamais fermé.")


def student_source(source: str, where: Where) -> str:
    """The student version of one code cell's source."""
    out: list[str] = []
    for state, _, line, consigne in _scan(source, where):
        if state == "begin":
            indent = re.match(r"\s*", line).group(0)  # type: ignore[union-attr]
            out += [_prompt(indent, consigne), f"{indent}..."]
        elif state == "one_line":
            out.append(_one_line(line, consigne))
        elif state == "code":
            out.append(line)
    return "\n".join(out).strip("\n")


def hidden_source(source: str, where: Where) -> str:
    """The hidden checks of one cell (the lines between the HIDDEN TESTS markers)."""
    return "\n".join(line for state, _, line, _ in _scan(source, where) if state == "hidden")


def has_markers(source: str, where: Where) -> tuple[bool, bool]:
    """(has solution markers, has hidden tests) for one cell's source."""
    states = {state for state, *_ in _scan(source, where)}
    return bool(states & {"begin", "one_line"}), "begin_hidden" in states


# ---------------------------------------------------------------- notebooks


def nbgrader_meta(cell: dict[str, Any]) -> dict[str, Any]:
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return meta if isinstance(meta, dict) else {}


def cell_where(notebook: str, number: int, cell: dict[str, Any]) -> Where:
    return Where(notebook, number, str(nbgrader_meta(cell).get("grade_id", "")))


def _check_cell(cell: dict[str, Any], where: Where) -> None:
    meta = nbgrader_meta(cell)
    if cell.get("cell_type") != "code":
        if _BEGIN_SOLUTION.search(cell["source"]) or _ONE_LINE.search(cell["source"]):
            raise MarkerError(f"{where} : marqueur de solution dans une cellule de texte (non pris en charge).")
        return
    solution, hidden = has_markers(cell["source"], where)
    if solution and not meta.get("solution"):
        raise MarkerError(f"{where} : zone de solution dans une cellule sans « nbgrader.solution: true ».")
    if hidden and not meta.get("grade"):
        raise MarkerError(f"{where} : tests cachés dans une cellule sans « nbgrader.grade: true ».")
    if meta.get("grade") and "points" not in meta:
        raise MarkerError(f"{where} : cellule notée sans « points ».")
    if (meta.get("solution") or meta.get("grade") or meta.get("locked")) and not meta.get("grade_id"):
        raise MarkerError(f"{where} : cellule nbgrader sans « grade_id ».")


def student_notebook(nb: Notebook, *, name: str) -> Notebook:
    """The student version of a solution notebook (plain JSON, nothing executed)."""
    cells: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for number, cell in enumerate(nb.get("cells", []), start=1):
        where = cell_where(name, number, cell)
        _check_cell(cell, where)
        if where.grade_id in seen:
            raise MarkerError(f"{where} : grade_id déjà utilisé par la cellule {seen[where.grade_id]}.")
        if where.grade_id:
            seen[where.grade_id] = number
        meta = {k: cell["metadata"][k] for k in _KEPT_CELL_METADATA if k in cell.get("metadata", {})}
        grader = nbgrader_meta(cell)
        if grader.get("locked") or grader.get("grade"):
            meta.update(deletable=False, editable=False)
        elif grader.get("solution"):
            meta["deletable"] = False
        new: dict[str, Any] = {"cell_type": cell["cell_type"], "metadata": meta, "source": cell["source"]}
        if "id" in cell:
            new["id"] = cell["id"]
        if cell["cell_type"] == "code":
            new.update(source=student_source(cell["source"], where), outputs=[], execution_count=None)
        elif "attachments" in cell:
            new["attachments"] = cell["attachments"]
        cells.append(new)
    metadata = {k: v for k, v in nb.get("metadata", {}).items() if k in _KEPT_NOTEBOOK_METADATA}
    return {"cells": cells, "metadata": metadata, "nbformat": nb["nbformat"], "nbformat_minor": nb["nbformat_minor"]}


def solution_paths(solutions: Path = SOLUTIONS) -> list[Path]:
    return sorted(p for p in solutions.glob("*.ipynb") if not p.name.startswith("."))


def generate(*, solutions: Path = SOLUTIONS, exercises: Path = EXERCISES, check: bool = False) -> list[Path]:
    """Regenerate ``exercises/`` from ``solutions/``; return the files that were (or would be) changed.

    With ``check=True`` nothing is written: the list names the out-of-date files
    (stale, missing, or left over from a deleted solution).
    """
    changed: list[Path] = []
    wanted: set[str] = set()
    for path in solution_paths(solutions):
        target = exercises / path.name
        wanted.add(path.name)
        text = dumps_notebook(student_notebook(read_notebook(path), name=path.name))
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            changed.append(target)
            if not check:
                exercises.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
    for extra in sorted(exercises.glob("*.ipynb")) if exercises.exists() else []:
        if extra.name not in wanted:
            changed.append(extra)
            if not check:
                extra.unlink()
    return changed


def solution_fingerprints(path: Path) -> list[str]:
    """Texts that must never reach a student: each answer line and value, each hidden-check line.

    Used to grep the student versions, the student zips and the student edition of the site.
    Short values (under 5 characters, like ``"non"`` or ``40``) are left out: they occur everywhere.
    """
    found: list[str] = []
    nb = read_notebook(path)
    for number, cell in enumerate(nb.get("cells", []), start=1):
        if cell.get("cell_type") != "code":
            continue
        where = cell_where(path.name, number, cell)
        for state, _, line, _ in _scan(cell["source"], where):
            text = _ONE_LINE.sub("", line).strip()
            if state in {"solution", "hidden"} and len(text) > 8:
                found.append(text)
            elif state == "one_line" and (match := _ASSIGNMENT.match(text)):
                found.append(text)
                value = text[match.end() - 1 :].strip().strip("\"'")
                found += [value] if len(value) >= 5 else []
    return found
