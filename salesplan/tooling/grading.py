"""The teacher's grading (``salesplan grade``): run each submission, apply visible and hidden checks.

``SUBMISSIONS/<student>/<assignment>.ipynb``. Each notebook runs in its own
kernel (nbclient), in an empty temporary directory, with a time limit per cell
and the guard of :mod:`salesplan.tooling.sandbox`. The cells run are those of
the generated student version, in which each answer cell (nbgrader
``solution``) takes the student's text and every locked cell keeps the
teacher's text; cells the student added run where the student put them. Once
the student's cells have run, the hidden checks of each graded cell are sent
to the kernel as code, one by one (they are never written to disk). A graded
cell earns its points when its visible check ran without error and its hidden
checks pass. Results: ``notes.csv`` (one row per student and assignment) and
one French feedback file per student in ``retours/``.
"""

from __future__ import annotations

import csv
import re
import shutil
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from salesplan.errors import SalesplanValueError
from salesplan.tooling.assignments import (
    EXERCISES,
    NOT_ANSWERED,
    SOLUTIONS,
    Notebook,
    cell_where,
    hidden_source,
    nbgrader_meta,
    read_notebook,
    solution_paths,
    student_notebook,
)
from salesplan.tooling.build import ROOT
from salesplan.tooling.sandbox import MARKER, RESET_CODE, guard_code, kernel_env

_ERRORS = {
    "AssertionError": "réponse inexacte",
    "NameError": "variable non définie",
    "SyntaxError": "erreur de syntaxe",
    "TypeError": "valeur d'un type inattendu",
    "SalesplanTypeError": "valeur d'un type inattendu",
    "SalesplanValueError": "valeur illisible",
    "PermissionError": "accès interdit",
}


@dataclass(frozen=True)
class Question:
    """A graded cell: its id, its points and its hidden checks."""

    grade_id: str
    points: Decimal
    hidden: str


@dataclass(frozen=True)
class Assignment:
    """A solution notebook read for grading."""

    name: str
    student_version: Notebook
    questions: tuple[Question, ...]
    data_files: tuple[str, ...]

    @property
    def total(self) -> Decimal:
        return sum((q.points for q in self.questions), Decimal(0))


@dataclass
class Result:
    """The grade of one student for one assignment."""

    student: str
    assignment: str
    scores: dict[str, Decimal] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    status: str = "corrigé"

    @property
    def total(self) -> Decimal:
        return sum(self.scores.values(), Decimal(0))


def load_assignment(path: Path) -> Assignment:
    """Read a solution notebook: its student version, its graded cells and their hidden checks."""
    nb = read_notebook(path)
    questions = []
    for number, cell in enumerate(nb["cells"], start=1):
        meta = nbgrader_meta(cell)
        if cell["cell_type"] == "code" and meta.get("grade"):
            where = cell_where(path.name, number, cell)
            questions.append(
                Question(where.grade_id, Decimal(str(meta["points"])), hidden_source(cell["source"], where))
            )
    files = nb.get("metadata", {}).get("salesplan", {}).get("fichiers", [])
    return Assignment(path.stem, student_notebook(nb, name=path.name), tuple(questions), tuple(files))


# ---------------------------------------------------------------- the cells to run


def cells_to_run(assignment: Assignment, submitted: Notebook) -> list[dict[str, Any]]:
    """The reference code cells, answers taken from the student, the student's own extra cells in place."""
    reference = [c for c in assignment.student_version["cells"] if c["cell_type"] == "code"]
    known = {str(nbgrader_meta(c).get("grade_id", "")): c for c in reference}
    answers: dict[str, str] = {}
    extras: dict[str | None, list[str]] = {}
    previous: str | None = None
    for cell in submitted.get("cells", []):
        if cell.get("cell_type") != "code":
            continue
        grade_id = str(nbgrader_meta(cell).get("grade_id", ""))
        if grade_id and grade_id in known:
            if nbgrader_meta(known[grade_id]).get("solution"):
                answers[grade_id] = cell["source"]
            previous = grade_id
        else:
            extras.setdefault(previous, []).append(cell["source"])
    run: list[dict[str, Any]] = [{"source": s, "grade_id": None} for s in extras.get(None, [])]
    for cell in reference:
        grade_id = str(nbgrader_meta(cell).get("grade_id", ""))
        run.append({"source": answers.get(grade_id, cell["source"]), "grade_id": grade_id})
        run += [{"source": s, "grade_id": None} for s in extras.get(grade_id, [])]
    return run


# ---------------------------------------------------------------- running one notebook


def label(grade_id: str) -> str:
    """A cell named for a student: ``q2-verification`` → « Question 2 (vérification) »."""
    if match := re.fullmatch(r"q(\d+)-(\w+)", grade_id):
        kind = {"reponse": "réponse", "verification": "vérification"}.get(match.group(2), match.group(2))
        return f"Question {match.group(1)} ({kind})"
    return f"Cellule « {grade_id} »"


def _explain(reply: dict[str, Any]) -> str:
    ename, evalue = reply.get("ename", "Erreur"), reply.get("evalue", "")
    label = _ERRORS.get(ename, ename)
    return f"{label} ({ename} : {evalue})" if evalue else label


class _Kernel:
    """One kernel in a temporary directory, cells sent as code, with a per-cell time limit."""

    def __init__(self, workdir: Path, timeout: float) -> None:
        import nbformat
        from nbclient import NotebookClient

        self.nb = nbformat.v4.new_notebook()  # type: ignore[no-untyped-call]
        self.client = NotebookClient(
            self.nb,
            timeout=int(timeout),
            kernel_name="python3",
            allow_errors=True,
            interrupt_on_timeout=True,
            error_on_timeout={"ename": "Timeout", "evalue": f"plus de {int(timeout)} s"},
            record_timing=False,
            iopub_timeout=2,
        )
        self.workdir = workdir
        self.timeout = int(timeout)
        self.stuck = False

    def run(self, source: str) -> tuple[dict[str, Any], str]:
        """Execute code; return (reply content, everything printed)."""
        import nbformat
        from nbclient.exceptions import DeadKernelError

        if self.stuck:
            return {"status": "error", "ename": "Timeout", "evalue": "noyau bloqué"}, ""
        cell = nbformat.v4.new_code_cell(source)  # type: ignore[no-untyped-call]
        self.nb.cells.append(cell)
        start = time.monotonic()
        try:
            self.client.execute_cell(cell, len(self.nb.cells) - 1)
        except DeadKernelError:
            self.stuck = True
            return {"status": "error", "ename": "Erreur", "evalue": "le noyau s'est arrêté"}, ""
        errors = [o for o in cell.outputs if o.get("output_type") == "error"]
        text = "".join(str(o.get("text", "")) + str(o.get("evalue", "")) for o in cell.outputs)
        if errors:
            content = {"status": "error", "ename": errors[-1]["ename"], "evalue": errors[-1]["evalue"]}
        else:
            content = {"status": "ok"}
        if errors and time.monotonic() - start >= self.timeout:
            content = {"status": "error", "ename": "Timeout", "evalue": f"plus de {self.timeout} s"}
            probe = nbformat.v4.new_code_cell("pass")  # type: ignore[no-untyped-call]
            self.nb.cells.append(probe)
            self.client.execute_cell(probe, len(self.nb.cells) - 1)
            self.stuck = any(o.get("ename") == "Timeout" for o in probe.outputs)
        return content, text


def grade_notebook(
    assignment: Assignment,
    submission: Path,
    *,
    student: str,
    timeout: float = 30,
    denied: Sequence[Path] = (),
    exercises: Path = EXERCISES,
) -> Result:
    """Run one submitted notebook and grade it (never raises for a bad submission)."""
    result = Result(student, assignment.name, {q.grade_id: Decimal(0) for q in assignment.questions})
    try:
        submitted = read_notebook(submission)
    except SalesplanValueError as exc:
        result.status, result.messages = "illisible", [f"Carnet illisible : {exc}"]
        return result
    graded = {q.grade_id for q in assignment.questions}
    visible_ok: dict[str, bool] = {}
    unanswered: set[str] = set()
    forbidden = False
    with tempfile.TemporaryDirectory(prefix="salesplan-correction-") as tmp:
        workdir = Path(tmp)
        for name in assignment.data_files:
            (workdir / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(exercises / name, workdir / name)
        kernel = _Kernel(workdir, timeout)
        allowed = [ROOT / "salesplan", Path(__import__("sys").prefix), workdir]
        with kernel.client.setup_kernel(cwd=str(workdir), env=kernel_env(workdir)):
            kernel.run(guard_code(denied=[*denied, ROOT], allowed=allowed))
            for number, cell in enumerate(cells_to_run(assignment, submitted), start=1):
                reply, text = kernel.run(cell["source"])
                forbidden = forbidden or MARKER in text
                if cell["grade_id"] in graded:
                    visible_ok[cell["grade_id"]] = reply["status"] == "ok"
                    unanswered |= {cell["grade_id"]} if NOT_ANSWERED in text else set()
                if reply["status"] != "ok":
                    where = label(cell["grade_id"]) if cell["grade_id"] else f"cellule ajoutée n° {number}"
                    result.messages.append(f"{where} : {_explain(reply)}.")
                    if reply["ename"] == "Timeout":
                        result.status = "temps dépassé"
            kernel.run(RESET_CODE)
            for question in assignment.questions:
                reply, text = kernel.run(question.hidden) if question.hidden.strip() else ({"status": "ok"}, "")
                forbidden = forbidden or MARKER in text
                if visible_ok.get(question.grade_id) and reply["status"] == "ok":
                    result.scores[question.grade_id] = question.points
                elif question.grade_id in unanswered:
                    result.messages.append(f"{label(question.grade_id)} : réponse non donnée.")
                elif visible_ok.get(question.grade_id):
                    result.messages.append(f"{label(question.grade_id)} : {_explain(reply)}.")
    if forbidden:
        result.scores = dict.fromkeys(result.scores, Decimal(0))
        result.status = "accès interdit"
        result.messages.insert(0, "Le carnet a tenté de lire les corrigés ou un fichier interdit : note 0.")
    return result


# ---------------------------------------------------------------- the whole class


def _number(value: Decimal) -> str:
    return format(value.normalize(), "f").replace(".", ",")


def write_gradebook(results: Sequence[Result], assignments: Sequence[Assignment], path: Path) -> None:
    """``notes.csv``: étudiant ; devoir ; one column per graded cell ; total ; sur ; statut (Excel français)."""
    columns = [q.grade_id for a in assignments for q in a.questions]
    columns = list(dict.fromkeys(columns))
    totals = {a.name: a.total for a in assignments}
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", lineterminator="\n")
        writer.writerow(["étudiant", "devoir", *columns, "total", "sur", "statut"])
        for r in results:
            cells = [_number(r.scores[c]) if c in r.scores else "" for c in columns]
            total = [_number(r.total), _number(totals[r.assignment])]
            writer.writerow([r.student, r.assignment, *cells, *total, r.status])


def feedback_text(student: str, results: Sequence[Result], assignments: Sequence[Assignment]) -> str:
    """The French feedback of one student, in Markdown."""
    points = {a.name: {q.grade_id: q.points for q in a.questions} for a in assignments}
    totals = {a.name: a.total for a in assignments}
    lines = [f"# Retour de correction — {student}", ""]
    for r in results:
        lines += [f"## {r.assignment} : {_number(r.total)} / {_number(totals[r.assignment])}", ""]
        scale = points[r.assignment]
        lines += [f"- {label(gid)} : {_number(s)} / {_number(scale[gid])}" for gid, s in r.scores.items()]
        lines += ["", f"Statut : {r.status}."]
        lines += [f"- {m}" for m in r.messages] if r.messages else ["- Aucune remarque."]
        lines.append("")
    return "\n".join(lines)


def grade_all(
    submissions: Path,
    *,
    out: Path,
    timeout: float = 30,
    solutions: Path = SOLUTIONS,
    exercises: Path = EXERCISES,
) -> list[Result]:
    """Grade every ``<student>/<assignment>.ipynb``; write ``notes.csv`` and ``retours/<student>.md``."""
    if not submissions.is_dir():
        raise SalesplanValueError(f"dossier des rendus : « {submissions} » n'existe pas.")
    assignments = [load_assignment(p) for p in solution_paths(solutions)]
    denied = [solutions.resolve(), submissions.resolve(), out.resolve()]
    results: list[Result] = []
    for folder in sorted(p for p in submissions.iterdir() if p.is_dir()):
        mine = []
        for assignment in assignments:
            path = folder / f"{assignment.name}.ipynb"
            if path.exists():
                result = grade_notebook(
                    assignment, path, student=folder.name, timeout=timeout, denied=denied, exercises=exercises
                )
            else:
                scores = {q.grade_id: Decimal(0) for q in assignment.questions}
                result = Result(folder.name, assignment.name, scores, ["Aucun rendu."], "non rendu")
            mine.append(result)
            print(f"{folder.name} — {assignment.name} : {_number(result.total)} / {_number(assignment.total)}")
        results += mine
        (out / "retours").mkdir(parents=True, exist_ok=True)
        (out / "retours" / f"{folder.name}.md").write_text(
            feedback_text(folder.name, mine, assignments), encoding="utf-8"
        )
    out.mkdir(parents=True, exist_ok=True)
    write_gradebook(results, assignments, out / "notes.csv")
    print(f"Carnet de notes : {out / 'notes.csv'}")
    return results
