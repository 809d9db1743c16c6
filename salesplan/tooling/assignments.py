"""Graded assignments: the teacher's solution notebooks and the student versions made from them.

``solutions/*.ipynb`` is the only source; ``salesplan generate`` writes
``exercises/`` from it with nbgrader's own preprocessors (the same ones
``nbgrader generate_assignment`` runs), so a school on nbgrader can use the
same files. How to write an assignment:

* **Notebook metadata** ``salesplan.fichiers``: data files to ship with it
  (paths relative to ``exercises/``), optional.
* **Locked cells** (``nbgrader: {locked: true, grade_id: ...}``): the teacher's
  code students run but may not change (imports, data of the statement).
* **The subject cell** (optional, locked, ``grade_id: "sujet"``): one
  assignment per figure of the statement (``quantite = 12``,
  ``prix = "189,00"``) and, in the cell's metadata, the rule that draws each
  student's own figure (:mod:`salesplan.tooling.grading_subjects`)::

      "salesplan": {"tirage": {"quantite": {"de": 8, "a": 20},
                               "prix": {"de": "150,00", "a": "250,00", "pas": "0,50"},
                               "taux": {"parmi": ["5", "8", "10"]}}}

  Answers and hidden checks compute from these names, never from literals.
* **Answer cells** (``nbgrader: {solution: true, grade_id: ...}``): the student's
  template, then the answer between nbgrader's block markers::

      montant_brut = ...  # À compléter : montant brut HT, en euros
      ### BEGIN SOLUTION
      montant_brut = quantite * to_amount(prix)
      ### END SOLUTION

  The student gets the template only (``ClearSolutions.code_stub`` is empty,
  see :func:`nbgrader_settings` and the course's ``nbgrader_config.py``). Each
  name assigned ``...`` in the template is an *answer*: the grader reads its
  value back as plain data (text, number, Decimal, date, lists of them).
* **Check cells** (``nbgrader: {grade: true, locked: true, points: N, grade_id: ...}``):
  visible checks the student can run (``if x is ...: print("Réponse non encore
  donnée")`` then ``assert`` coherence), then hidden checks between
  ``### BEGIN HIDDEN TESTS`` and ``### END HIDDEN TESTS``. A check cell earns
  its points when the whole cell runs without error on the student's answers
  given by the answer cells since the previous check cell. ``assert`` messages
  are what the student reads: French, never the expected value.

Output is deterministic: no outputs, no execution counts, sorted JSON keys,
one-space indent, a final newline.
"""

from __future__ import annotations

import ast
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
SUBJECT_CELL = "sujet"
CODE_STUB = ""  # the student keeps the template written above the solution block
MAX_NOTEBOOK_BYTES = 5_000_000

_BEGIN_SOLUTION = re.compile(r"^\s*#+\s*BEGIN SOLUTION\s*$")
_END_SOLUTION = re.compile(r"^\s*#+\s*END SOLUTION\s*$")
_BEGIN_HIDDEN = re.compile(r"^\s*#+\s*BEGIN HIDDEN TESTS\s*$")
_END_HIDDEN = re.compile(r"^\s*#+\s*END HIDDEN TESTS\s*$")
_ANY_MARKER = re.compile(r"(BEGIN|END) (SOLUTION|HIDDEN TESTS)")
_KEPT_CELL_METADATA = ("nbgrader", "tags", "salesplan")
_KEPT_NOTEBOOK_METADATA = ("kernelspec", "language_info", "salesplan")

Notebook = dict[str, Any]


class MarkerError(SalesplanValueError):
    """A solution notebook whose markers or nbgrader metadata are inconsistent."""


class NotebookError(SalesplanValueError):
    """A file that is not a readable notebook (bad JSON, wrong structure, too big)."""


# ---------------------------------------------------------------- reading and writing


def read_notebook(path: Path, *, max_bytes: int = MAX_NOTEBOOK_BYTES) -> Notebook:
    """Read an .ipynb file as plain JSON, checked and normalised (sources joined, metadata dicts).

    Raises :class:`NotebookError` (French message) for anything that is not a notebook:
    a link, a file too big, bad JSON, JSON nested too deep, cells that are not cells.
    """
    try:
        if path.is_symlink():
            raise NotebookError(f"carnet {path.name} : lien symbolique refusé.")
        if path.stat().st_size > max_bytes:
            raise NotebookError(f"carnet {path.name} : fichier trop gros (plus de {max_bytes // 1_000_000} Mo).")
        data = json.loads(path.read_text(encoding="utf-8"))
    except NotebookError:
        raise
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise NotebookError(f"carnet {path.name} : illisible (ce n'est pas un carnet JSON valide).") from exc
    except RecursionError as exc:
        raise NotebookError(f"carnet {path.name} : illisible (JSON trop imbriqué).") from exc
    return normalise_notebook(data, name=path.name)


def normalise_notebook(data: Any, *, name: str) -> Notebook:
    """Check the structure of a decoded notebook and normalise it (raises :class:`NotebookError`)."""
    if not isinstance(data, dict):
        raise NotebookError(f"carnet {name} : illisible (le fichier ne décrit pas un carnet).")
    cells = data.get("cells", [])
    if not isinstance(cells, list):
        raise NotebookError(f"carnet {name} : illisible (« cells » n'est pas une liste de cellules).")
    for number, cell in enumerate(cells, start=1):
        if not isinstance(cell, dict) or cell.get("cell_type") not in ("code", "markdown", "raw"):
            raise NotebookError(f"carnet {name} : illisible (la cellule {number} n'est pas une cellule).")
        source = cell.get("source", "")
        if isinstance(source, list) and all(isinstance(line, str) for line in source):
            cell["source"] = "".join(source)
        elif not isinstance(source, str):
            raise NotebookError(f"carnet {name} : illisible (le texte de la cellule {number} n'est pas du texte).")
        if not isinstance(cell.get("metadata", {}), dict):
            cell["metadata"] = {}
        if not isinstance(nbgrader_meta(cell), dict):
            cell["metadata"]["nbgrader"] = {}
    if not isinstance(data.get("metadata", {}), dict):
        data["metadata"] = {}
    return data


def dumps_notebook(nb: Notebook) -> str:
    """Deterministic JSON, as Jupyter writes it (sources as lists of lines)."""
    out = json.loads(json.dumps(nb))
    for cell in out.get("cells", []):
        source = cell.get("source", "")
        cell["source"] = ("".join(source) if isinstance(source, list) else source).splitlines(keepends=True)
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


def _scan(source: str, where: Where) -> Iterator[tuple[str, str]]:
    """Yield (state, line): state is code, solution, hidden or marker; bad nesting raises MarkerError."""
    state, opened = "code", 0
    for number, line in enumerate(source.split("\n"), start=1):
        begin = "solution" if _BEGIN_SOLUTION.match(line) else "hidden" if _BEGIN_HIDDEN.match(line) else ""
        end = "solution" if _END_SOLUTION.match(line) else "hidden" if _END_HIDDEN.match(line) else ""
        name = {"solution": "SOLUTION", "hidden": "HIDDEN TESTS"}
        if begin:
            if state != "code":
                raise MarkerError(
                    f"{where} : « BEGIN {name[begin]} » ligne {number} dans une zone ouverte ligne {opened}."
                )
            state, opened = begin, number
            yield "marker", line
        elif end:
            if state != end:
                raise MarkerError(f"{where} : « END {name[end]} » ligne {number} ne ferme aucune zone ouverte.")
            state = "code"
            yield "marker", line
        elif _ANY_MARKER.search(line):
            raise MarkerError(f"{where} : ligne {number}, marqueur mal écrit (attendu : « ### BEGIN SOLUTION » seul).")
        else:
            yield state, line
    if state != "code":
        raise MarkerError(f"{where} : « BEGIN {name[state]} » ligne {opened} n'est jamais fermé.")


def hidden_source(source: str, where: Where) -> str:
    """The hidden checks of one cell (the lines between the HIDDEN TESTS markers)."""
    return "\n".join(line for state, line in _scan(source, where) if state == "hidden")


def student_source(source: str, where: Where) -> str:
    """What nbgrader leaves of one code cell: no solution block, no hidden checks."""
    return "\n".join(line for state, line in _scan(source, where) if state == "code")


def answer_names(source: str) -> tuple[str, ...]:
    """The answers of a student template: the names assigned ``...`` (``montant_brut = ...``)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return ()
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and node.value.value is ...:
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
    return tuple(dict.fromkeys(names))


# ---------------------------------------------------------------- notebooks


def nbgrader_meta(cell: dict[str, Any]) -> dict[str, Any]:
    meta = cell.get("metadata", {})
    grader = meta.get("nbgrader", {}) if isinstance(meta, dict) else {}
    return grader if isinstance(grader, dict) else {}


def cell_where(notebook: str, number: int, cell: dict[str, Any]) -> Where:
    return Where(notebook, number, str(nbgrader_meta(cell).get("grade_id", "")))


def _check_cell(cell: dict[str, Any], where: Where) -> None:
    meta = nbgrader_meta(cell)
    states = {state for state, _ in _scan(cell["source"], where)}
    lines = cell["source"].split("\n")
    states |= {"solution"} if any(_BEGIN_SOLUTION.match(line) for line in lines) else set()
    states |= {"hidden"} if any(_BEGIN_HIDDEN.match(line) for line in lines) else set()
    if cell.get("cell_type") != "code":
        if "marker" in states:
            raise MarkerError(f"{where} : marqueur dans une cellule de texte (non pris en charge).")
        return
    if meta.get("solution") and "solution" not in states:
        raise MarkerError(f"{where} : cellule de réponse sans bloc « ### BEGIN SOLUTION » … « ### END SOLUTION ».")
    if meta.get("solution") and not answer_names(student_source(cell["source"], where)):
        raise MarkerError(f"{where} : le modèle de l'étudiant n'a aucune réponse « nom = ... ».")
    if "solution" in states and not meta.get("solution"):
        raise MarkerError(f"{where} : zone de solution dans une cellule sans « nbgrader.solution: true ».")
    if "hidden" in states and not meta.get("grade"):
        raise MarkerError(f"{where} : tests cachés dans une cellule sans « nbgrader.grade: true ».")
    if meta.get("grade") and "points" not in meta:
        raise MarkerError(f"{where} : cellule notée sans « points ».")
    if meta.get("grade") and meta.get("solution"):
        raise MarkerError(f"{where} : une cellule est soit une réponse, soit une vérification, pas les deux.")
    if (meta.get("solution") or meta.get("grade") or meta.get("locked")) and not meta.get("grade_id"):
        raise MarkerError(f"{where} : cellule nbgrader sans « grade_id ».")


def check_solution(nb: Notebook, *, name: str) -> None:
    """Refuse a solution notebook with bad markers, missing metadata or duplicate grade ids."""
    seen: dict[str, int] = {}
    for number, cell in enumerate(nb.get("cells", []), start=1):
        where = cell_where(name, number, cell)
        _check_cell(cell, where)
        if where.grade_id in seen:
            raise MarkerError(f"{where} : grade_id déjà utilisé par la cellule {seen[where.grade_id]}.")
        if where.grade_id:
            seen[where.grade_id] = number


def nbgrader_settings(config: Any) -> Any:
    """The course's nbgrader settings (used by ``nbgrader_config.py`` and by :func:`student_notebook`)."""
    config.ClearSolutions.code_stub = {"python": CODE_STUB}
    config.ClearSolutions.enforce_metadata = True
    config.GenerateFeedback.preprocessors = [
        "nbgrader.preprocessors.GetGrades",
        "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
        "nbgrader.preprocessors.ClearHiddenTests",
        "salesplan.tooling.grading_nbgrader.HideCheckDetails",
    ]
    return config


def student_notebook(nb: Notebook, *, name: str) -> Notebook:
    """The student version of a solution notebook, made by nbgrader's preprocessors (nothing executed).

    The same preprocessors, in the same order, as ``nbgrader generate_assignment``
    (less the database and header): lock cells, clear solutions and outputs,
    checksums, clear hidden tests.
    """
    import nbformat
    from nbgrader.preprocessors import (
        CheckCellMetadata,
        ClearHiddenTests,
        ClearOutput,
        ComputeChecksums,
        LockCells,
    )
    from nbgrader.preprocessors import ClearSolutions as _ClearSolutions
    from traitlets.config import Config

    check_solution(nb, name=name)
    cells: list[dict[str, Any]] = []
    for cell in nb.get("cells", []):
        meta = {k: cell["metadata"][k] for k in _KEPT_CELL_METADATA if k in cell.get("metadata", {})}
        new: dict[str, Any] = {"cell_type": cell["cell_type"], "metadata": meta, "source": cell["source"]}
        if "id" in cell:
            new["id"] = cell["id"]
        if cell["cell_type"] == "code":
            new.update(outputs=[], execution_count=None)
        elif "attachments" in cell:
            new["attachments"] = cell["attachments"]
        cells.append(new)
    metadata = {k: v for k, v in nb.get("metadata", {}).items() if k in _KEPT_NOTEBOOK_METADATA}
    node = nbformat.from_dict(  # type: ignore[no-untyped-call]
        {"cells": cells, "metadata": metadata, "nbformat": nb["nbformat"], "nbformat_minor": nb["nbformat_minor"]}
    )
    config = nbgrader_settings(Config())
    resources: dict[str, Any] = {}
    steps = (LockCells, _ClearSolutions, ClearOutput, CheckCellMetadata, ComputeChecksums, ClearHiddenTests)
    for step in (*steps, ComputeChecksums, CheckCellMetadata):
        try:
            node, resources = step(config=config).preprocess(node, resources)
        except RuntimeError as exc:  # nbgrader's own refusals, kept for the teacher in French
            raise MarkerError(f"carnet {name} : nbgrader refuse le carnet ({step.__name__}).") from exc
    out: Notebook = json.loads(json.dumps(node))
    for cell in out["cells"]:
        cell["source"] = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
    return out


def solution_paths(solutions: Path = SOLUTIONS) -> list[Path]:
    return sorted(p for p in solutions.glob("*.ipynb") if not p.name.startswith("."))


def find_solution(name: str, solutions: Path = SOLUTIONS) -> Path:
    """The solution notebook of assignment ``name`` (``montant_commande`` or ``montant_commande.ipynb``)."""
    stem = Path(name).stem
    for path in solution_paths(solutions):
        if path.stem == stem:
            return path
    known = ", ".join(p.stem for p in solution_paths(solutions)) or "aucun"
    raise SalesplanValueError(f"devoir « {name} » inconnu (devoirs : {known}).")


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
    """Texts that must never reach a student: each answer line and each hidden-check line (over 8 characters).

    Used to grep the student versions, the student zips, nbgrader's feedback and the student edition of the site.
    """
    found: list[str] = []
    nb = read_notebook(path)
    for number, cell in enumerate(nb.get("cells", []), start=1):
        if cell.get("cell_type") != "code":
            continue
        for state, line in _scan(cell["source"], cell_where(path.name, number, cell)):
            if state in {"solution", "hidden"} and len(line.strip()) > 8:
                found.append(line.strip())
    return found


__all__ = [
    "CODE_STUB",
    "EXERCISES",
    "MAX_NOTEBOOK_BYTES",
    "SOLUTIONS",
    "SUBJECT_CELL",
    "MarkerError",
    "NotebookError",
    "Where",
    "answer_names",
    "cell_where",
    "check_solution",
    "dumps_notebook",
    "find_solution",
    "generate",
    "hidden_source",
    "nbgrader_meta",
    "nbgrader_settings",
    "normalise_notebook",
    "read_notebook",
    "solution_fingerprints",
    "solution_paths",
    "student_notebook",
    "student_source",
]
