"""nbgrader out of the box: a real round trip with nbgrader 0.9 on every assignment, the course's nbgrader_config.py.

generate_assignment → student copies (right, wrong, blank) → autograde → generate_feedback → export;
the student keeps the template, the feedback shows no hidden check, nbgrader and ``salesplan grade`` agree.
"""

from __future__ import annotations

import copy
import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from salesplan.tooling.assignments import EXERCISES, answer_names, read_notebook, solution_fingerprints, solution_paths
from salesplan.tooling.build import ROOT
from salesplan.tooling.grading import Assignment, grade

ASSIGNMENTS = [p.stem for p in solution_paths()]
WRONG_FIRST_ANSWER = {"montant_commande": 'montant_brut = "1,00"', "retards_paiement": 'echeance = "01/01/2027"'}
WRONG_FIRST_ANSWER.update(
    {
        "lead_scoring": "points_profil = -1",
        "objectifs_quantitatifs": 'objectif_ca = "1,00"',
        "fidelite_mesures": 'taux_retention = "1"\ntaux_attrition = "99"',
        "retractation_professionnels": 'retractation_boulangerie = "peut-être"',
        "cgv_conformite": 'delai_legal = "peut-être"',
    }
)
STUDENTS = ("bon", "faux", "vide")

pytestmark = pytest.mark.kernel


def nbgrader(course: Path, *args: str) -> str:
    bin_dir = str(Path(sys.executable).parent)  # nbgrader runs alembic from PATH
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    command = [str(Path(bin_dir) / "nbgrader"), *args]
    result = subprocess.run(command, cwd=course, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout + result.stderr


def joined(nb: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [("".join(c["source"]), c["metadata"]) for c in nb["cells"]]


def copies(released: dict[str, Any], solution: dict[str, Any], name: str) -> dict[str, dict[str, Any]]:
    right = copy.deepcopy(released)
    for cell, teacher in zip(right["cells"], solution["cells"], strict=True):
        if cell["metadata"].get("nbgrader", {}).get("solution"):
            cell["source"] = teacher["source"]
    wrong = copy.deepcopy(right)
    first = next(c for c in wrong["cells"] if c["metadata"].get("nbgrader", {}).get("solution"))
    default = "\n".join(f'{answer} = "0,01"' for answer in answer_names(first["source"]))
    first["source"] = WRONG_FIRST_ANSWER.get(name, default)
    return {"bon": right, "faux": wrong, "vide": copy.deepcopy(released)}


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cours")
    shutil.copy2(ROOT / "nbgrader_config.py", root / "nbgrader_config.py")
    for name in ASSIGNMENTS:
        (root / "source" / name).mkdir(parents=True)
        shutil.copy2(ROOT / "solutions" / f"{name}.ipynb", root / "source" / name)
        nbgrader(root, "generate_assignment", name)
        released = json.loads((root / "release" / name / f"{name}.ipynb").read_text(encoding="utf-8"))
        for student, nb in copies(released, read_notebook(ROOT / "solutions" / f"{name}.ipynb"), name).items():
            folder = root / "submitted" / student / name
            folder.mkdir(parents=True)
            (folder / f"{name}.ipynb").write_text(json.dumps(nb, ensure_ascii=False), encoding="utf-8")
        nbgrader(root, "autograde", name)
        nbgrader(root, "generate_feedback", name)
    nbgrader(root, "export")
    return root


@pytest.mark.parametrize("name", ASSIGNMENTS)
def test_generate_assignment_gives_exactly_the_exercise(course: Path, name: str) -> None:
    released = json.loads((course / "release" / name / f"{name}.ipynb").read_text(encoding="utf-8"))
    assert joined(released) == joined(json.loads((EXERCISES / f"{name}.ipynb").read_text(encoding="utf-8")))
    text = json.dumps(released, ensure_ascii=False)
    assert "NotImplementedError" not in text and "BEGIN SOLUTION" not in text and "HIDDEN" not in text
    answers = [c for c in released["cells"] if c["metadata"].get("nbgrader", {}).get("solution")]
    assert all(answer_names("".join(c["source"])) for c in answers)  # the template keeps its variable names


@pytest.mark.parametrize("name", ASSIGNMENTS)
def test_feedback_shows_no_hidden_check(course: Path, name: str) -> None:
    hidden = [line for line in solution_fingerprints(ROOT / "solutions" / f"{name}.ipynb") if "attendu" in line]
    assert hidden
    for student in STUDENTS:
        html = (course / "feedback" / student / name / f"{name}.html").read_text(encoding="utf-8")
        assert "attendu" not in html  # every hidden check names the expected value « attendu »
        assert "most recent call last" not in html and "AssertionError" not in html
    wrong = (course / "feedback" / "faux" / name / f"{name}.html").read_text(encoding="utf-8")
    assert "Vérification non réussie : " in wrong


@pytest.mark.parametrize("name", ASSIGNMENTS)
def test_nbgrader_and_salesplan_give_the_same_scores(course: Path, name: str, tmp_path: Path) -> None:
    with (course / "grades.csv").open(encoding="utf-8") as stream:
        exported = {r["student_id"]: float(r["score"]) for r in csv.DictReader(stream) if r["assignment"] == name}
    ours = grade(name, course / "submitted", out=tmp_path / "out", timeout=20, progress=lambda _: None)
    assert {r.student: float(r.total) for r in ours} == exported
    assert exported["vide"] == 0 and 0 < exported["faux"] < exported["bon"]
    assert exported["bon"] == float(Assignment(ROOT / "solutions" / f"{name}.ipynb").total)
