"""The teacher's grading (``salesplan grade DEVOIR RENDUS``): one assignment, one class, copies in parallel.

Copies are ``RENDUS/<étudiant>/<devoir>.ipynb`` (or nbgrader's
``RENDUS/<étudiant>/<devoir>/<devoir>.ipynb``). For each copy:

1. **The cells to run** are those of the student version of the student's own
   subject (recomputed from the solution and the class list, never read from
   the copy): each answer cell takes the student's text, every locked cell
   keeps the teacher's text, cells the student added run where they are.
   Check cells are not run there.
2. **The sandbox** (:mod:`salesplan.tooling.sandbox`) runs them with a clock
   per cell and reads back, after each cell, the answers' values as plain
   data. The copy's process is trusted for nothing else.
3. **The checks** (:mod:`salesplan.tooling.grading_checks`) run in a clean
   process: the teacher's locked cells, then each check cell (visible and
   hidden checks) on the answers as they stood at that point. A check cell
   earns its points only when it ran and passed; when the cells before it did
   not run, it scores 0 « non exécuté »; an answer left ``...`` scores 0
   « réponse non donnée ».

Every copy gets one line in the gradebook with a French status, whatever it
did (« corrigé », « illisible », « temps dépassé », « mémoire dépassée »,
« sortie trop longue », « arrêt du noyau », « non exécuté », « non rendu »,
« hors liste »...). The gradebook (``notes.csv``) and the feedback files are
written by the grader only, after every copy is graded, each through a
temporary file and ``os.replace``, in a folder no copy can see.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any

from salesplan.errors import SalesplanValueError
from salesplan.tooling.assignments import (
    EXERCISES,
    SOLUTIONS,
    Notebook,
    NotebookError,
    answer_names,
    find_solution,
    nbgrader_meta,
    read_notebook,
    student_notebook,
)
from salesplan.tooling.grading_checks import french_error
from salesplan.tooling.grading_subjects import Student, draw_figures, read_class_list, with_figures
from salesplan.tooling.sandbox import DEFAULT_LIMITS, PACKAGE, Limits, Run, run_cells, sandbox_works
from salesplan.values import format_number, plural

CHECKS_SECONDS = 180
NO_SANDBOX = (
    "bubblewrap (commande « bwrap ») est absent ou ne peut pas créer de bac à sable sur cette machine : "
    "les copies ne sont pas corrigées, car le code d'une copie pourrait lire vos corrigés ou modifier vos "
    "fichiers. Installez le paquet Debian « bubblewrap » ; si vous faites confiance à toutes les copies, "
    "relancez avec l'option --sans-bac-a-sable."
)


# ---------------------------------------------------------------- the assignment and its subjects


@dataclass(frozen=True)
class CheckCell:
    """A check cell: its id, its points, its whole source (visible and hidden checks), the answers it judges."""

    grade_id: str
    points: Decimal
    source: str
    answers: tuple[str, ...]


@dataclass(frozen=True)
class Subject:
    """One subject of an assignment: its student version and the cells the grader needs."""

    figures: dict[str, Any]
    reference: Notebook
    cells: tuple[dict[str, Any], ...]  # code cells: kind (locked, answer, check, free), grade_id, source, teacher
    questions: tuple[CheckCell, ...]


class Assignment:
    """A solution notebook read for grading; its subjects (one per set of figures) are computed on demand."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.stem
        self.solution = read_notebook(path)
        self.data_files: tuple[str, ...] = tuple(
            self.solution.get("metadata", {}).get("salesplan", {}).get("fichiers", [])
        )
        self._subjects: dict[str, Subject] = {}

    @cached_property
    def default(self) -> Subject:
        return self.subject({})

    @property
    def questions(self) -> tuple[CheckCell, ...]:
        return self.default.questions

    @property
    def total(self) -> Decimal:
        return sum((q.points for q in self.questions), Decimal(0))

    def figures(self, student: Student | None) -> dict[str, Any]:
        return {} if student is None else draw_figures(self.solution, assignment=self.name, seed=student.seed)

    def subject(self, figures: dict[str, Any]) -> Subject:
        key = json.dumps(figures, sort_keys=True)
        if key not in self._subjects:
            self._subjects[key] = self._make_subject(figures)
        return self._subjects[key]

    def _make_subject(self, figures: dict[str, Any]) -> Subject:
        solution = with_figures(self.solution, figures, assignment=self.name)
        reference = student_notebook(solution, name=self.path.name)
        cells: list[dict[str, Any]] = []
        questions: list[CheckCell] = []
        pending: list[str] = []
        for teacher, student in zip(solution["cells"], reference["cells"], strict=True):
            if teacher["cell_type"] != "code":
                continue
            meta = nbgrader_meta(teacher)
            grade_id = str(meta.get("grade_id", ""))
            kind = "check" if meta.get("grade") else "answer" if meta.get("solution") else "locked"
            kind = kind if kind != "locked" or meta.get("locked") else "free"
            cells.append(
                {"kind": kind, "grade_id": grade_id, "source": student["source"], "teacher": teacher["source"]}
            )
            if kind == "answer":
                pending += answer_names(student["source"])
            elif kind == "check":
                points = Decimal(str(meta["points"]))
                questions.append(CheckCell(grade_id, points, teacher["source"], tuple(dict.fromkeys(pending))))
                pending = []
        return Subject(figures, reference, tuple(cells), tuple(questions))

    @property
    def answers(self) -> list[str]:
        return list(dict.fromkeys(name for q in self.questions for name in q.answers))


def load_assignment(path: Path) -> Assignment:
    return Assignment(path)


# ---------------------------------------------------------------- results


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


def label(grade_id: str) -> str:
    """A cell named for a student: ``q2-verification`` → « Question 2 (vérification) »."""
    if match := re.fullmatch(r"q(\d+)-(\w+)", grade_id):
        kind = {"reponse": "réponse", "verification": "vérification"}.get(match.group(2), match.group(2))
        return f"Question {match.group(1)} ({kind})"
    return f"Cellule « {grade_id} »"


def question_label(grade_id: str) -> str:
    """How a student reads a check cell's id: ``q2-verification`` → « Question 2 »."""
    match = re.fullmatch(r"q(\d+)-\w+", grade_id)
    return f"Question {match.group(1)}" if match else label(grade_id)


# ---------------------------------------------------------------- one copy


def cells_to_run(subject: Subject, submitted: Notebook) -> list[dict[str, Any]]:
    """The subject's code cells, answers taken from the student, the student's own extra cells in place."""
    known = {c["grade_id"]: c for c in subject.cells if c["grade_id"]}
    answers: dict[str, str] = {}
    extras: dict[str | None, list[str]] = {}
    previous: str | None = None
    for cell in submitted.get("cells", []):
        if cell.get("cell_type") != "code":
            continue
        grade_id = str(nbgrader_meta(cell).get("grade_id", ""))
        if grade_id in known and grade_id not in answers:
            if known[grade_id]["kind"] == "answer":
                answers[grade_id] = cell["source"]
            previous = grade_id
        elif not grade_id or grade_id not in known:
            extras.setdefault(previous, []).append(cell["source"])
    run: list[dict[str, Any]] = [{"kind": "free", "grade_id": "", "source": s} for s in extras.get(None, [])]
    for cell in subject.cells:
        source = answers.get(cell["grade_id"], cell["source"]) if cell["kind"] == "answer" else cell["source"]
        run.append({**cell, "source": source})
        run += [{"kind": "free", "grade_id": "", "source": s} for s in extras.get(cell["grade_id"] or None, [])]
    return run


def _where(cell: dict[str, Any]) -> str:
    return label(cell["grade_id"]) if cell["grade_id"] else "Une cellule que vous avez ajoutée"


def _cell_message(cell: dict[str, Any], report: dict[str, Any]) -> str:
    where = _where(cell)
    if report.get("etat") == "temps":
        return f"{where} : temps dépassé, la cellule a été arrêtée."
    if report.get("etat") == "memoire":
        return f"{where} : mémoire dépassée."
    line = f", ligne {report['ligne']}" if isinstance(report.get("ligne"), int) else ""
    reason = french_error(str(report.get("erreur", "")))
    if str(report.get("erreur", "")).startswith("Salesplan"):
        reason = f"{reason} — {str(report.get('message', ''))[:200]}"
    return f"{where} : erreur à l'exécution ({reason}{line})."


def _status(run: Run) -> tuple[str, list[str]]:
    states = {str(c.get("etat")) for c in run.cells.values()}
    if run.ended == "temps" or "temps" in states:
        return "temps dépassé", []
    if "memoire" in states:
        return "mémoire dépassée", []
    if run.ended == "sortie":
        return "sortie trop longue", ["La copie a écrit plus que permis : ses écritures suivantes ont échoué."]
    if run.ended == "arret":
        return "arrêt du noyau", ["L'exécution de la copie s'est arrêtée avant la fin (arrêt du programme)."]
    if run.ended == "demarrage":
        return "non exécuté", ["La copie n'a pas pu démarrer dans le bac à sable."]
    return "corrigé", []


@dataclass(frozen=True)
class Options:
    timeout: float = 30
    isolate: bool = True
    limits: Limits = DEFAULT_LIMITS
    exercises: Path = EXERCISES


def grade_copy(assignment: Assignment, subject: Subject, path: Path, *, student: str, options: Options) -> Result:
    """Run one copy in the sandbox and check its answers in a clean process (never raises for a bad copy)."""
    result = Result(student, assignment.name, {q.grade_id: Decimal(0) for q in subject.questions})
    try:
        submitted = read_notebook(path)
    except NotebookError as exc:
        result.status, result.messages = "illisible", [f"Carnet illisible : {exc}"]
        return result
    run_list = cells_to_run(subject, submitted)
    to_run = [i for i, c in enumerate(run_list) if c["kind"] != "check"]
    run = run_cells(
        [run_list[i]["source"] for i in to_run],
        assignment.answers,
        files=[(options.exercises / name, name) for name in assignment.data_files],
        timeout=options.timeout,
        limits=options.limits,
        isolate=options.isolate,
    )
    result.status, result.messages = _status(run)
    reports = {to_run[k]: report for k, report in run.cells.items()}
    for index, report in sorted(reports.items()):
        if report.get("etat") != "ok":
            result.messages.append(_cell_message(run_list[index], report))
    for index in sorted(to_run[k] for k in run.started - set(run.cells)):
        stopped = "la copie a été stoppée" if run.ended == "temps" else "l'exécution s'est arrêtée"
        message = f"ne s'est pas terminée ({stopped}) ; la suite n'a pas été exécutée"
        result.messages.append(f"{_where(run_list[index])} : {message}.")
    steps: list[dict[str, Any]] = []
    verdicts: dict[str, str] = {}
    answers: dict[str, Any] = {}
    reached, failed = True, False
    for index, cell in enumerate(run_list):
        if cell["kind"] != "check":
            if index in reports:
                given_here = reports[index].get("reponses")
                answers = given_here if isinstance(given_here, dict) else {}
                failed = failed or reports[index].get("etat") != "ok"
            else:
                reached = False
            if cell["kind"] == "locked":
                steps.append({"kind": "setup", "source": cell["teacher"]})
            continue
        question = next(q for q in subject.questions if q.grade_id == cell["grade_id"])
        given = {name: answers[name] for name in question.answers if name in answers}
        if not reached:
            verdicts[question.grade_id] = "non exécuté"
        elif len(given) < len(question.answers):
            verdicts[question.grade_id] = (
                "réponse absente (une cellule s'est arrêtée sur une erreur)" if failed else "réponse absente"
            )
        elif any(value == {"$": "..."} for value in given.values()):
            verdicts[question.grade_id] = "réponse non donnée"
        else:
            steps.append({"kind": "check", "id": question.grade_id, "source": question.source, "answers": answers})
        failed = False  # errors are counted per question
    checked = _run_checks(steps, assignment, options) if any(s["kind"] == "check" for s in steps) else {}
    for question in subject.questions:
        verdict = checked.get(question.grade_id, {"ok": False, "message": verdicts.get(question.grade_id, "")})
        if verdict.get("ok") is True:
            result.scores[question.grade_id] = question.points
        else:
            message = str(verdict.get("message") or "non vérifié").rstrip(".")
            prefix = f"{question_label(question.grade_id)} : "
            result.messages.append(f"{'' if message.startswith(prefix) else prefix}{message}.")
    if result.status == "corrigé" and not run.cells:
        result.status = "non exécuté"
    return result


def _run_checks(steps: list[dict[str, Any]], assignment: Assignment, options: Options) -> dict[str, Any]:
    """Run the checks in a fresh Python that never saw the copy (its own folder holds the teacher's data files)."""
    with tempfile.TemporaryDirectory(prefix="salesplan-verif-") as tmp:
        for name in assignment.data_files:
            (Path(tmp) / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(options.exercises / name, Path(tmp) / name)
        env = {**os.environ, "PYTHONPATH": str(PACKAGE.parent), "MPLBACKEND": "Agg"}
        try:
            done = subprocess.run(
                [sys.executable, "-P", "-m", "salesplan.tooling.grading_checks"],
                input=json.dumps({"steps": steps}),
                capture_output=True,
                text=True,
                cwd=tmp,
                env=env,
                timeout=CHECKS_SECONDS,
                check=False,
            )
            results: dict[str, Any] = json.loads(done.stdout)
        except (subprocess.TimeoutExpired, ValueError):
            return {s["id"]: {"ok": False, "message": "vérification impossible"} for s in steps if s["kind"] == "check"}
    return results


# ---------------------------------------------------------------- the class


def write_atomically(path: Path, text: str, *, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` through a temporary file, so that a reader never sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding=encoding, newline="") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def gradebook_text(results: Sequence[Result], assignment: Assignment) -> str:
    """``notes.csv``: étudiant ; devoir ; one column per check cell ; total ; sur ; statut (Excel français)."""
    columns = [q.grade_id for q in assignment.questions]
    lines = [";".join(["étudiant", "devoir", *columns, "total", "sur", "statut"])]
    for r in results:
        cells = [format_number(r.scores[c]) if c in r.scores else "" for c in columns]
        row = [r.student, r.assignment, *cells, format_number(r.total), format_number(assignment.total), r.status]
        lines.append(";".join(f'"{v}"' if any(ch in v for ch in ';"\n') else v for v in row))
    return "\ufeff" + "\n".join(lines) + "\n"


def feedback_text(result: Result, assignment: Assignment) -> str:
    """The French feedback of one student, in Markdown."""
    scale = {q.grade_id: q.points for q in assignment.questions}
    lines = [f"# Retour de correction — {result.student}", ""]
    lines += [f"## {result.assignment} : {format_number(result.total)} / {format_number(assignment.total)}", ""]
    lines += [f"- {label(gid)} : {format_number(s)} / {format_number(scale[gid])}" for gid, s in result.scores.items()]
    lines += ["", f"Statut : {result.status}."]
    lines += [f"- {m}" for m in result.messages] if result.messages else ["- Aucune remarque."]
    return "\n".join(lines) + "\n"


def _copy_path(folder: Path, name: str) -> Path | None:
    for path in (folder / f"{name}.ipynb", folder / name / f"{name}.ipynb"):
        if path.exists() or path.is_symlink():
            return path
    return None


def summary(results: Sequence[Result], assignment: Assignment) -> str:
    """One French paragraph: how many copies, statuses, the class average."""
    counts = Counter(r.status for r in results)
    parts = ", ".join(f"{n} {status}" for status, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    handed = [r for r in results if r.status not in ("non rendu", "hors liste")]
    average = sum((r.total for r in handed), Decimal(0)) / len(handed) if handed else Decimal(0)
    mean = format_number(average.quantize(Decimal("0.01")))
    on = format_number(assignment.total)
    return f"{plural(len(results), 'copie')} de {assignment.name} : {parts}. Moyenne des rendus : {mean} / {on}."


def grade(
    assignment_name: str,
    submissions: Path,
    *,
    out: Path,
    timeout: float = 30,
    class_list: Path | None = None,
    isolate: bool = True,
    workers: int | None = None,
    solutions: Path = SOLUTIONS,
    exercises: Path = EXERCISES,
    limits: Limits = DEFAULT_LIMITS,
    progress: Callable[[str], None] = print,
) -> list[Result]:
    """Grade every copy of one assignment; write ``OUT/<devoir>/notes.csv``, ``retours/`` and ``rapport.html``."""
    from salesplan.tooling.grading_report import write_report

    if not submissions.is_dir():
        raise SalesplanValueError(f"dossier des rendus : « {submissions} » n'existe pas.")
    if not 0 < timeout <= 3600:
        raise SalesplanValueError(f"temps par cellule : {timeout} s n'est pas entre 0 et 3 600 secondes.")
    if workers is not None and workers < 1:
        raise SalesplanValueError(f"nombre de copies en parallèle : {workers} n'est pas un entier positif.")
    target = out.resolve() / Path(assignment_name).stem
    if target == submissions.resolve() or submissions.resolve() in target.parents:
        raise SalesplanValueError("le dossier de correction (--out) ne doit pas être dans le dossier des rendus.")
    assignment = Assignment(find_solution(assignment_name, solutions))
    if isolate and not sandbox_works():
        raise SalesplanValueError(NO_SANDBOX)
    students = read_class_list(class_list) if class_list is not None else None
    listed = {s.identifiant: s for s in students or []}
    folders = {p.name: p for p in submissions.iterdir() if not p.name.startswith(".") and p.is_dir()}
    names = sorted(set(folders) | set(listed))
    options = Options(timeout=timeout, isolate=isolate, limits=limits, exercises=exercises)

    def one(name: str) -> Result:
        empty = {q.grade_id: Decimal(0) for q in assignment.questions}
        try:
            if students is not None and name not in listed:
                return Result(name, assignment.name, empty, ["Étudiant absent de la liste de classe."], "hors liste")
            folder = folders.get(name)
            if folder is not None and folder.is_symlink():
                return Result(name, assignment.name, empty, ["Dossier remplacé par un lien : refusé."], "illisible")
            path = _copy_path(folder, assignment.name) if folder is not None else None
            if path is not None and not path.resolve().is_relative_to(folder.resolve()):  # type: ignore[union-attr]
                return Result(name, assignment.name, empty, ["Rendu hors de son dossier (lien) : refusé."], "illisible")
            if path is None:
                return Result(name, assignment.name, empty, ["Aucun rendu."], "non rendu")
            subject = assignment.subject(assignment.figures(listed.get(name)))
            result = grade_copy(assignment, subject, path, student=name, options=options)
        except Exception as exc:
            message = str(exc) if isinstance(exc, SalesplanValueError) else french_error(type(exc).__name__)
            return Result(name, assignment.name, empty, [f"Correction impossible : {message}."], "erreur de correction")
        return result

    for name in names:  # subjects are made here, once, before the threads start
        if name in listed or students is None:
            assignment.subject(assignment.figures(listed.get(name)))
    workers = workers or os.cpu_count() or 1
    progress(f"Correction de {plural(len(names), 'copie')} de {assignment.name}, {workers} à la fois…")
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(one, names))
    for result in results:
        progress(
            f"{result.student} — {result.assignment} : {format_number(result.total)} / "
            f"{format_number(assignment.total)} ({result.status})"
        )
    write_atomically(target / "notes.csv", gradebook_text(results, assignment))
    for result in results:
        write_atomically(target / "retours" / f"{result.student}.md", feedback_text(result, assignment))
    report = write_report(results, assignment, target)
    progress(summary(results, assignment))
    progress(f"Carnet de notes : {target / 'notes.csv'}")
    progress(f"Rapport de la classe : {report}")
    return results


__all__ = [
    "CHECKS_SECONDS",
    "NO_SANDBOX",
    "Assignment",
    "CheckCell",
    "Options",
    "Result",
    "Subject",
    "cells_to_run",
    "feedback_text",
    "grade",
    "grade_copy",
    "gradebook_text",
    "label",
    "load_assignment",
    "question_label",
    "summary",
    "write_atomically",
]
