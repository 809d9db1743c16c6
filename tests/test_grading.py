"""The grader's pieces: reading copies, answers as data, the cells to run, subjects per student, the command."""

from __future__ import annotations

import copy
import csv
import datetime
import json
import os
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hostile_class import ASSIGNMENT, SOLUTION, answered, blank, extra, solution

from salesplan.cli import main
from salesplan.errors import SalesplanValueError
from salesplan.tooling import grading
from salesplan.tooling.assignments import NotebookError, dumps_notebook, read_notebook, student_notebook
from salesplan.tooling.grading import Assignment, cells_to_run, grade, label
from salesplan.tooling.grading_checks import FRENCH_ERRORS, Unsupported, decode, french_error
from salesplan.tooling.grading_nbgrader import HideCheckDetails, french_failure
from salesplan.tooling.grading_runner import encode
from salesplan.tooling.grading_subjects import Student, student_subject
from salesplan.tooling.sandbox import sandbox_argv, seccomp_program

TIMEOUT = 10


def write(root: Path, copies: dict[str, dict[str, Any]]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for student, nb in copies.items():
        (root / student).mkdir(parents=True)
        (root / student / f"{ASSIGNMENT}.ipynb").write_text(dumps_notebook(nb), encoding="utf-8")
    return root


# ---------------------------------------------------------------- reading copies


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[1, 2, 3]", "ne décrit pas un carnet"),
        ('{"cells": [1, 2]}', "la cellule 1 n'est pas une cellule"),
        ('{"cells": "du texte"}', "« cells » n'est pas une liste"),
        ('{"cells": [{"cell_type": "code", "source": 3}]}', "le texte de la cellule 1 n'est pas du texte"),
        ("[" * 100_000 + "]" * 100_000, "JSON trop imbriqué"),
        ("{ pas du json", "ce n'est pas un carnet JSON valide"),
    ],
)
def test_malformed_copies_are_refused_in_french(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "copie.ipynb"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(NotebookError, match=message):
        read_notebook(path)


def test_links_and_huge_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "lien.ipynb").symlink_to(SOLUTION)
    with pytest.raises(NotebookError, match="lien symbolique refusé"):
        read_notebook(tmp_path / "lien.ipynb")
    (tmp_path / "gros.ipynb").write_text(" " * 2000, encoding="utf-8")
    with pytest.raises(NotebookError, match="trop gros"):
        read_notebook(tmp_path / "gros.ipynb", max_bytes=1000)


def test_bad_metadata_is_normalised(tmp_path: Path) -> None:
    nb = {"cells": [{"cell_type": "code", "metadata": [], "source": ["x = 1\n", "y = 2"]}], "metadata": []}
    (tmp_path / "copie.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    read = read_notebook(tmp_path / "copie.ipynb")
    assert read["cells"][0] == {"cell_type": "code", "metadata": {}, "source": "x = 1\ny = 2"}
    assert read["metadata"] == {}


# ---------------------------------------------------------------- answers as data


class Sneaky(str):
    def __eq__(self, other: object) -> bool:
        return True

    __hash__ = str.__hash__


@pytest.mark.parametrize(
    "value",
    [
        "3 970,00",
        12,
        3.5,
        True,
        None,
        ...,
        Decimal("3970.00"),
        datetime.date(2027, 3, 31),
        [1, ("a", Decimal("2"))],
        {"a": [1, 2]},
    ],
)
def test_answers_travel_as_plain_data(value: object) -> None:
    assert decode(json.loads(json.dumps(encode(value)))) == value


@pytest.mark.parametrize("value", [Sneaky("oui"), object(), float("nan"), 10**200, "x" * 20_000, print])
def test_other_values_are_not_answers(value: object) -> None:
    decoded = decode(json.loads(json.dumps(encode(value))))
    assert isinstance(decoded, Unsupported)


def test_the_seccomp_filter_is_a_bpf_program() -> None:
    program = seccomp_program("x86_64")
    assert program is not None and len(program) % 8 == 0 and len(program) // 8 < 30
    assert seccomp_program("sparc") is None


# ---------------------------------------------------------------- the cells to run


def test_extra_cells_run_where_the_student_put_them_and_locked_cells_come_from_the_subject() -> None:
    subject = Assignment(SOLUTION).default
    nb = extra(answered(blank(), q1_reponse="montant_brut = 1"), "brouillon = 1", after="q1-reponse")
    for cell in nb["cells"]:
        if cell.get("id") == "sujet":
            cell["source"] = "quantite_fauteuils = 0"  # the student's own figures are ignored
    run = cells_to_run(subject, nb)
    index = next(i for i, c in enumerate(run) if c["source"] == "brouillon = 1")
    assert run[index - 1]["grade_id"] == "q1-reponse" and run[index + 1]["grade_id"] == "q1-verification"
    assert run[index - 1]["source"] == "montant_brut = 1"
    assert next(c for c in run if c["grade_id"] == "sujet")["source"].count("quantite_fauteuils = 12") == 1
    assert "HIDDEN" not in "".join(c["source"] for c in run if c["kind"] != "check")


def test_questions_know_their_answers_and_points() -> None:
    questions = Assignment(SOLUTION).questions
    assert [q.points for q in questions] == [1, 2, 2, 3, 2]
    assert questions[0].answers == ("montant_brut",)
    assert questions[1].answers == ("montant_remise", "net_apres_remise", "montant_ristourne", "net_commercial")
    assert all("### BEGIN HIDDEN TESTS" in q.source for q in questions)


def test_label() -> None:
    assert label("q12-verification") == "Question 12 (vérification)"
    assert label("donnees") == "Cellule « donnees »"


def test_french_errors_never_name_the_exception() -> None:
    assert french_error("NotImplementedError") == "réponse non donnée"
    assert french_error("ZeroDivisionError") == "division par zéro"
    assert french_error("SomeLibraryError") == "erreur à l'exécution"
    assert all("Error" not in text for text in FRENCH_ERRORS.values())


def test_nbgrader_feedback_errors_become_one_french_sentence() -> None:
    cell = {
        "cell_type": "code",
        "metadata": {"nbgrader": {"grade": True}},
        "outputs": [
            {"output_type": "stream", "name": "stdout", "text": "Montant brut HT : 1 €\n"},
            {"output_type": "error", "ename": "AssertionError", "evalue": "Question 1 : inexact.", "traceback": ["x"]},
        ],
    }
    out, _ = HideCheckDetails().preprocess_cell(cell, {}, 0)
    assert out["outputs"][1] == {
        "output_type": "stream",
        "name": "stderr",
        "text": "Vérification non réussie : Question 1 : inexact.\n",
    }
    assert french_failure({"ename": "NotImplementedError"}) == "Vérification non réussie : réponse non donnée."


# ---------------------------------------------------------------- grading a class


def test_grading_without_bubblewrap_is_refused_unless_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rendus = write(tmp_path / "rendus", {"bon": solution()})
    monkeypatch.setattr(grading, "sandbox_works", lambda: False)
    with pytest.raises(SalesplanValueError, match=r"bubblewrap.*--sans-bac-a-sable"):
        grade(ASSIGNMENT, rendus, out=tmp_path / "out", progress=lambda _: None)
    (result,) = grade(ASSIGNMENT, rendus, out=tmp_path / "out", isolate=False, timeout=TIMEOUT, progress=lambda _: None)
    assert (result.total, result.status) == (10, "corrigé")


def test_the_gradebook_may_not_live_among_the_copies(tmp_path: Path) -> None:
    rendus = write(tmp_path / "rendus", {"bon": solution()})
    with pytest.raises(SalesplanValueError, match="ne doit pas être dans le dossier des rendus"):
        grade(ASSIGNMENT, rendus, out=rendus, progress=lambda _: None)


@pytest.mark.parametrize(
    ("options", "message"),
    [({"timeout": 0}, "temps par cellule : 0 s"), ({"workers": 0}, "en parallèle : 0 n'est pas un entier positif")],
)
def test_bad_options_are_refused_in_french(tmp_path: Path, options: dict[str, Any], message: str) -> None:
    with pytest.raises(SalesplanValueError, match=message):
        grade(ASSIGNMENT, write(tmp_path / "rendus", {}), out=tmp_path / "out", **options)


def test_unknown_assignment_and_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(SalesplanValueError, match=r"devoir « inconnu » inconnu \(devoirs : .*montant_commande"):
        grade("inconnu", write(tmp_path / "rendus", {}), out=tmp_path / "out")
    with pytest.raises(SalesplanValueError, match=r"rendus : « .*absent » n'existe pas"):
        grade(ASSIGNMENT, tmp_path / "absent", out=tmp_path / "out")


def test_cli_grades_one_assignment(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rendus = write(tmp_path / "rendus", {"bon": solution(), "vide": blank()})
    assert main(["grade", ASSIGNMENT, str(rendus), "--out", str(tmp_path / "out"), "--timeout", str(TIMEOUT)]) == 0
    out = capsys.readouterr().out
    assert "bon — montant_commande : 10 / 10 (corrigé)" in out
    assert "2 copies de montant_commande : 2 corrigé. Moyenne des rendus : 5 / 10." in out
    feedback = (tmp_path / "out" / ASSIGNMENT / "retours" / "vide.md").read_text(encoding="utf-8")
    assert "## montant_commande : 0 / 10" in feedback and "Question 1 : réponse non donnée." in feedback
    report = (tmp_path / "out" / ASSIGNMENT / "rapport.html").read_text(encoding="utf-8")
    assert "Rapport de correction — montant_commande" in report and "Question 1 : réponse non donnée." in report
    assert main(["grade", "inconnu", str(rendus)]) == 2
    assert "salesplan : devoir « inconnu » inconnu" in capsys.readouterr().err


# ---------------------------------------------------------------- one subject per student


def literal_copy(subject_solution: dict[str, Any]) -> dict[str, Any]:
    """A student's copy with the right answers of this subject typed as literal values (what a student writes)."""
    namespace: dict[str, Any] = {}
    for cell in subject_solution["cells"]:
        if cell["cell_type"] == "code":
            exec(cell["source"], namespace)
    student = student_notebook(copy.deepcopy(subject_solution), name=SOLUTION.name)
    for cell in student["cells"]:
        if cell["cell_type"] == "code" and cell["metadata"]["nbgrader"].get("solution"):
            lines = []
            for line in cell["source"].splitlines():
                name = line.split(" = ")[0]
                value = namespace[name]
                text = str(value).replace(".", ",") if isinstance(value, Decimal) else value
                lines.append(f"{name} = {text!r}")
            cell["source"] = "\n".join(lines)
    return student


STUDENTS = [Student("alice"), Student("bob", graine="graine-de-bob")]


def test_each_student_is_graded_against_their_own_figures(tmp_path: Path) -> None:
    nb = read_notebook(SOLUTION)
    alice, bob = (student_subject(nb, assignment=ASSIGNMENT, seed=s.seed) for s in STUDENTS)
    sujet = {s: next(c["source"] for c in n["cells"] if c.get("id") == "sujet") for s, n in (("a", alice), ("b", bob))}
    assert sujet["a"] != sujet["b"]
    (tmp_path / "classe.csv").write_text(
        "identifiant;nom;graine\nalice;Alice A.;\nbob;Bob B.;graine-de-bob\ncarla;Carla C.;\n", encoding="utf-8"
    )
    copies = {"alice": literal_copy(alice), "bob": literal_copy(bob), "zoe": literal_copy(bob)}
    rendus = write(tmp_path / "rendus", copies)

    def graded(class_list: Path) -> dict[str, tuple[Decimal, str]]:
        out = tmp_path / class_list.stem
        results = grade(ASSIGNMENT, rendus, out=out, class_list=class_list, timeout=TIMEOUT, progress=lambda _: None)
        return {r.student: (r.total, r.status) for r in results}

    got = graded(tmp_path / "classe.csv")
    assert got["alice"] == got["bob"] == (10, "corrigé")  # each on their own figures
    assert got["carla"] == (0, "non rendu") and got["zoe"] == (0, "hors liste")
    with (tmp_path / "classe" / ASSIGNMENT / "notes.csv").open(encoding="utf-8-sig") as stream:
        rows = list(csv.DictReader(stream, delimiter=";"))
    assert [r["étudiant"] for r in rows] == ["alice", "bob", "carla", "zoe"]
    (tmp_path / "echange.csv").write_text("identifiant;graine\nalice;graine-de-bob\nbob;alice\n", encoding="utf-8")
    swapped = graded(tmp_path / "echange.csv")
    assert swapped["alice"][0] < 10 and swapped["bob"][0] < 10  # each on the other's figures


def test_parallel_workers_are_the_cores_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int | None] = []
    real = grading.ThreadPoolExecutor

    class Spy(real):  # type: ignore[misc, valid-type]
        def __init__(self, max_workers: int | None = None) -> None:
            seen.append(max_workers)
            super().__init__(max_workers=max_workers)

    monkeypatch.setattr(grading, "ThreadPoolExecutor", Spy)
    grade(ASSIGNMENT, write(tmp_path / "r", {}), out=tmp_path / "out", isolate=False, progress=lambda _: None)
    assert seen == [os.cpu_count()]


def test_a_python_installed_under_tmp_stays_visible_in_the_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sandbox's private /tmp is mounted before the Python is bound: a course cloned under /tmp
    (/tmp/cours/.venv) is bound over it instead of hidden by it."""
    monkeypatch.setattr(sys, "prefix", "/tmp/cours/.venv")
    argv = sandbox_argv(seccomp_fd=None)
    tmpfs = argv.index("/tmp", argv.index("--tmpfs"))
    assert argv.index("/tmp/cours/.venv") > tmpfs
