"""The teacher's grading: fake submissions made from the solution, each gets the right score and message."""

from __future__ import annotations

import copy
import csv
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from salesplan.errors import SalesplanValueError
from salesplan.tooling.assignments import SOLUTIONS, dumps_notebook, read_notebook, student_notebook
from salesplan.tooling.grading import Result, cells_to_run, grade_all, label, load_assignment
from salesplan.tooling.sandbox import MARKER, guard_code

SOLUTION = SOLUTIONS / "montant_commande.ipynb"
TIMEOUT = 5


def answered(**sources: str) -> dict[str, Any]:
    """The solution notebook with some cells' sources replaced (by cell id)."""
    nb = copy.deepcopy(read_notebook(SOLUTION))
    for cell in nb["cells"]:
        if cell.get("id") in sources:
            cell["source"] = sources[cell["id"]]
    return nb


def extra(nb: dict[str, Any], source: str, *, after: str) -> dict[str, Any]:
    """Insert a cell the student wrote (no nbgrader metadata) after the cell of id ``after``."""
    index = next(i for i, c in enumerate(nb["cells"]) if c.get("id") == after)
    nb["cells"].insert(index + 1, {"cell_type": "code", "metadata": {}, "source": source, "outputs": []})
    return nb


READ_SOLUTION = f"""
try:
    secret = open({str(SOLUTION)!r}).read()
except Exception:
    secret = ""
"""
LIST_AND_SHELL = f"""
import os, subprocess
for attempt in (lambda: os.listdir({str(SOLUTIONS)!r}), lambda: subprocess.run(["cat", {str(SOLUTION)!r}])):
    try:
        attempt()
    except Exception:
        pass
"""


def submissions() -> dict[str, dict[str, Any] | str]:
    q2_wrong = (
        'montant_remise = 317.6\nnet_apres_remise = "3 652,40"\nmontant_ristourne = "109,56"\nnet_commercial = 3542.84'
    )
    tampered = answered(**{"q1-reponse": "montant_brut = 1", "q1-verification": "pass"})
    return {
        "correct": answered(),
        "partiel": answered(**{"q2-reponse": q2_wrong, "q5-reponse": 'reponse_11_pourcent = "oui"\ntaux_global = 11'}),
        "plantage": answered(**{"q1-reponse": "montant_brut = 1 / 0"}),
        "boucle": answered(**{"q3-reponse": "while True:\n    pass"}),
        "lecteur": extra(answered(), READ_SOLUTION, after="q1-reponse"),
        "fouineur": extra(answered(), LIST_AND_SHELL, after="q5-reponse"),
        "modifie": tampered,
        "vide": student_notebook(read_notebook(SOLUTION), name=SOLUTION.name),
        "illisible": "{ pas du json",
    }


@pytest.fixture(scope="module")
def graded(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Result], Path]:
    root = tmp_path_factory.mktemp("correction")
    for student, nb in submissions().items():
        (root / "rendus" / student).mkdir(parents=True)
        text = nb if isinstance(nb, str) else dumps_notebook(nb)
        (root / "rendus" / student / "montant_commande.ipynb").write_text(text, encoding="utf-8")
    results = grade_all(root / "rendus", out=root / "out", timeout=TIMEOUT)
    return {r.student: r for r in results if r.assignment == "montant_commande"}, root / "out"


def points(result: Result) -> list[Decimal]:
    return list(result.scores.values())


def test_correct_submission_gets_every_point(graded: tuple[dict[str, Result], Path]) -> None:
    result = graded[0]["correct"]
    assert result.total == 10 and result.status == "corrigé" and result.messages == []


def test_partly_wrong_submission_loses_the_wrong_questions(graded: tuple[dict[str, Result], Path]) -> None:
    result = graded[0]["partiel"]
    assert points(result) == [1, 0, 0, 3, 0]  # question 3's check uses the wrong net commercial
    assert "Question 2 (vérification) : réponse inexacte" in " ".join(result.messages)
    assert any("des taux successifs ne s'additionnent pas" in m for m in result.messages)


def test_crashing_cell_costs_its_question_only(graded: tuple[dict[str, Result], Path]) -> None:
    result = graded[0]["plantage"]
    assert points(result) == [0, 0, 2, 3, 2]  # question 2's check needs the montant brut
    assert any("Question 1 (réponse)" in m and "ZeroDivisionError" in m for m in result.messages)


def test_infinite_loop_is_stopped_and_the_run_goes_on(graded: tuple[dict[str, Result], Path]) -> None:
    result = graded[0]["boucle"]
    assert result.status == "temps dépassé"
    assert points(result) == [1, 2, 0, 3, 2]
    assert any(f"plus de {TIMEOUT} s" in m for m in result.messages)


@pytest.mark.parametrize("student", ["lecteur", "fouineur"])
def test_reading_the_solutions_gives_zero(graded: tuple[dict[str, Result], Path], student: str) -> None:
    result = graded[0][student]
    assert result.total == 0 and result.status == "accès interdit"
    assert "tenté de lire les corrigés" in result.messages[0]


def test_locked_cells_are_restored_from_the_solution(graded: tuple[dict[str, Result], Path]) -> None:
    result = graded[0]["modifie"]
    assert points(result) == [0, 0, 2, 3, 2]
    assert any("Question 1 (vérification)" in m and "inexact" in m for m in result.messages)


def test_unanswered_and_unreadable_submissions(graded: tuple[dict[str, Result], Path]) -> None:
    empty, broken = graded[0]["vide"], graded[0]["illisible"]
    assert empty.total == 0 and "Question 1 (vérification) : réponse non donnée." in empty.messages
    assert broken.total == 0 and broken.status == "illisible"


def test_gradebook_and_feedback_files(graded: tuple[dict[str, Result], Path]) -> None:
    out = graded[1]
    with (out / "notes.csv").open(encoding="utf-8-sig") as stream:
        rows = list(csv.DictReader(stream, delimiter=";"))
    assert len(rows) == 2 * 9  # every student × both assignments (the second one not handed in)
    row = next(r for r in rows if r["étudiant"] == "partiel" and r["devoir"] == "montant_commande")
    assert (row["q1-verification"], row["q2-verification"], row["total"], row["sur"]) == ("1", "0", "4", "10")
    missing = next(r for r in rows if r["étudiant"] == "correct" and r["devoir"] == "retards_paiement")
    assert (missing["total"], missing["statut"]) == ("0", "non rendu")
    feedback = (out / "retours" / "boucle.md").read_text(encoding="utf-8")
    assert "## montant_commande : 8 / 10" in feedback and "Question 3 (vérification) : 0 / 2" in feedback


# ---------------------------------------------------------------- pieces


def test_extra_student_cells_run_where_the_student_put_them() -> None:
    assignment = load_assignment(SOLUTION)
    nb = extra(answered(), "brouillon = 1", after="q1-reponse")
    run = cells_to_run(assignment, nb)
    index = next(i for i, c in enumerate(run) if c["source"] == "brouillon = 1")
    assert run[index - 1]["grade_id"] == "q1-reponse" and run[index + 1]["grade_id"] == "q1-verification"
    assert "BEGIN HIDDEN TESTS" not in "".join(c["source"] for c in run)


def test_hidden_checks_are_read_from_the_solution() -> None:
    questions = load_assignment(SOLUTION).questions
    assert [q.points for q in questions] == [1, 2, 2, 3, 2]
    assert all("assert" in q.hidden and "BEGIN" not in q.hidden for q in questions)


def test_guard_code_names_what_it_denies(tmp_path: Path) -> None:
    code = guard_code(denied=[tmp_path], allowed=[])
    assert str(tmp_path.resolve()) in code and MARKER in code
    compile(code, "garde", "exec")


def test_label() -> None:
    assert label("q12-verification") == "Question 12 (vérification)"
    assert label("donnees") == "Cellule « donnees »"


def test_missing_submissions_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SalesplanValueError, match=r"rendus : « .*absent » n'existe pas"):
        grade_all(tmp_path / "absent", out=tmp_path / "out")
