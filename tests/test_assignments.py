"""Student notebooks generated from solutions/, and the student packages (salesplan generate / release)."""

from __future__ import annotations

import contextlib
import io
import json
import random
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from salesplan.cli import main
from salesplan.errors import SalesplanValueError
from salesplan.tooling.assignments import (
    EXERCISES,
    SOLUTIONS,
    MarkerError,
    Where,
    answer_names,
    dumps_notebook,
    generate,
    hidden_source,
    read_notebook,
    solution_fingerprints,
    solution_paths,
    student_notebook,
    student_source,
)
from salesplan.tooling.grading_subjects import draw_figures, draw_value, read_class_list, with_figures
from salesplan.tooling.release import release

HERE = Where("essai.ipynb", 3, "q1-reponse")


def solution_cell(source: str, grade_id: str = "q1", **meta: Any) -> dict[str, Any]:
    nbgrader = {"grade_id": grade_id, "schema_version": 3, "solution": True, "grade": False, "locked": False}
    nbgrader.update(meta)
    return {"cell_type": "code", "metadata": {"nbgrader": nbgrader}, "source": source, "outputs": [], "id": grade_id}


def notebook(*cells: dict[str, Any]) -> dict[str, Any]:
    return {"cells": list(cells), "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}


# ---------------------------------------------------------------- markers

ANSWER = (
    "montant_brut = ...  # À compléter : montant brut HT\n### BEGIN SOLUTION\nmontant_brut = 3970\n### END SOLUTION"
)


def test_the_student_keeps_the_template_written_above_the_solution_block() -> None:
    assert student_source(ANSWER, HERE) == "montant_brut = ...  # À compléter : montant brut HT"
    assert answer_names(student_source(ANSWER, HERE)) == ("montant_brut",)
    assert answer_names("a = ...\nb, c = 1, 2\nd = e = ...\nif x:\n    f = ...") == ("a", "d", "e", "f")


def test_hidden_tests_are_removed_and_extracted() -> None:
    source = "assert ok\n### BEGIN HIDDEN TESTS\nassert secret == 1\n### END HIDDEN TESTS"
    assert student_source(source, HERE) == "assert ok"
    assert hidden_source(source, HERE) == "assert secret == 1"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("### BEGIN SOLUTION\nx = 1", r"« BEGIN SOLUTION » ligne 1 n'est jamais fermé"),
        ("### BEGIN HIDDEN TESTS\nx = 1", r"« BEGIN HIDDEN TESTS » ligne 1 n'est jamais fermé"),
        ("### BEGIN SOLUTION\n### BEGIN SOLUTION\n", r"« BEGIN SOLUTION » ligne 2 dans une zone ouverte ligne 1"),
        ("### BEGIN SOLUTION\n### BEGIN HIDDEN TESTS\n", r"« BEGIN HIDDEN TESTS » ligne 2 dans une zone ouverte"),
        ("x = 1\n### END SOLUTION", r"« END SOLUTION » ligne 2 ne ferme aucune zone"),
        ("### BEGIN SOLUTION\n### END HIDDEN TESTS", r"« END HIDDEN TESTS » ligne 2 ne ferme aucune zone"),
        ("x = 1  # BEGIN SOLUTION", r"ligne 1, marqueur mal écrit"),
    ],
)
def test_bad_markers_name_the_notebook_and_the_cell(source: str, message: str) -> None:
    with pytest.raises(MarkerError, match=r"carnet essai\.ipynb, cellule 3 \(q1-reponse\) : " + message):
        student_source(source, HERE)


def test_bad_markers_in_a_notebook_name_the_cell_number_and_grade_id() -> None:
    nb = notebook({"cell_type": "markdown", "metadata": {}, "source": "# Titre"}, solution_cell("### BEGIN SOLUTION"))
    with pytest.raises(MarkerError, match=r"carnet devoir\.ipynb, cellule 2 \(q1\) : « BEGIN SOLUTION »"):
        student_notebook(nb, name="devoir.ipynb")


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        (solution_cell("x = 1"), "cellule de réponse sans bloc"),
        (solution_cell("### BEGIN SOLUTION\nx = 1\n### END SOLUTION"), "aucune réponse « nom = ... »"),
        (solution_cell(ANSWER, solution=False), "sans « nbgrader.solution: true »"),
        (
            solution_cell("### BEGIN HIDDEN TESTS\n### END HIDDEN TESTS", solution=False),
            "sans « nbgrader.grade: true »",
        ),
        (solution_cell("assert True", solution=False, grade=True), "cellule notée sans « points »"),
        (solution_cell(ANSWER, grade=True, points=1), "soit une réponse, soit une vérification"),
        (solution_cell(ANSWER, grade_id=""), "sans « grade_id »"),
    ],
)
def test_markers_need_nbgrader_metadata(cell: dict[str, Any], message: str) -> None:
    with pytest.raises(MarkerError, match=message):
        student_notebook(notebook(cell), name="devoir.ipynb")


def test_duplicate_grade_ids_are_refused() -> None:
    with pytest.raises(MarkerError, match=r"cellule 2 \(q1\) : grade_id déjà utilisé par la cellule 1"):
        student_notebook(notebook(solution_cell(ANSWER), solution_cell(ANSWER)), name="devoir.ipynb")


def test_student_notebook_clears_outputs_locks_checks_and_adds_checksums() -> None:
    check = solution_cell("assert x\n### BEGIN HIDDEN TESTS\nassert x == 1\n### END HIDDEN TESTS", "t1")
    check["metadata"]["nbgrader"].update(solution=False, grade=True, locked=True, points=1)
    answer = solution_cell(ANSWER)
    answer.update(outputs=[{"output_type": "stream", "name": "stdout", "text": "1"}], execution_count=4)
    answer["metadata"]["execution"] = {"iopub.status.busy": "2026-11-26T10:00:00"}
    out = student_notebook(notebook(answer, check), name="devoir.ipynb")
    first, second = out["cells"]
    assert first["outputs"] == [] and first["execution_count"] is None
    assert first["source"] == "montant_brut = ...  # À compléter : montant brut HT\n"
    assert "execution" not in first["metadata"] and first["metadata"]["deletable"] is False
    assert second["source"] == "assert x" and second["metadata"]["editable"] is False
    assert len(second["metadata"]["nbgrader"]["checksum"]) == 32


# ---------------------------------------------------------------- the real assignments


def test_there_are_real_assignments() -> None:
    names = {p.stem for p in solution_paths()}
    assert {"montant_commande", "retards_paiement"} <= names
    assert {  # prospection, objectives, loyalty, withdrawal right, CGV (issue #12)
        "lead_scoring",
        "objectifs_quantitatifs",
        "fidelite_mesures",
        "retractation_professionnels",
        "cgv_conformite",
    } <= names
    assert {"marges_prix_plancher", "tva_facture", "financement_achat", "grille_marche_public"} <= names
    assert {"synthese_plan_de_vente"} <= names
    assert names == {p.stem for p in EXERCISES.glob("*.ipynb")}  # one student version per solution


def test_exercises_are_up_to_date() -> None:
    stale = generate(check=True)
    assert stale == [], f"exercises/ n'est pas à jour : lancez « salesplan generate » ({stale})"


def test_generation_is_deterministic(tmp_path: Path) -> None:
    generate(exercises=tmp_path / "a")
    generate(exercises=tmp_path / "b")
    for path in solution_paths():
        first = (tmp_path / "a" / path.name).read_bytes()
        assert first == (tmp_path / "b" / path.name).read_bytes() == (EXERCISES / path.name).read_bytes()
    assert generate(exercises=tmp_path / "a") == []


def test_generate_removes_a_student_version_whose_solution_is_gone(tmp_path: Path) -> None:
    generate(exercises=tmp_path)
    (tmp_path / "ancien.ipynb").write_text("{}", encoding="utf-8")
    assert generate(exercises=tmp_path, check=True) == [tmp_path / "ancien.ipynb"]
    generate(exercises=tmp_path)
    assert not (tmp_path / "ancien.ipynb").exists()


def test_cli_generate_check(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", "--check"]) == 0
    assert "Sujets à jour." in capsys.readouterr().out


def test_generate_names_the_broken_notebook(tmp_path: Path) -> None:
    solutions = tmp_path / "solutions"
    shutil.copytree(SOLUTIONS, solutions)
    broken = notebook(solution_cell("### BEGIN SOLUTION"))
    (solutions / "casse.ipynb").write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(MarkerError, match=r"carnet casse\.ipynb, cellule 1 \(q1\)"):
        generate(solutions=solutions, exercises=tmp_path / "ex")


@pytest.mark.parametrize("path", solution_paths(), ids=lambda p: p.stem)
def test_student_versions_hold_no_solution_and_no_hidden_check(path: Path) -> None:
    student = (EXERCISES / path.name).read_text(encoding="utf-8")
    found = solution_fingerprints(path)
    assert len(found) > 10
    for secret in found:
        assert json.dumps(secret, ensure_ascii=False)[1:-1] not in student, secret
    assert "À compléter" in student and '"outputs": []' in student
    assert "NotImplementedError" not in student


@pytest.mark.parametrize("path", solution_paths(), ids=lambda p: p.stem)
def test_solution_notebooks_are_stored_deterministically(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert dumps_notebook(read_notebook(path)) == text
    assert "execution" not in {k for c in json.loads(text)["cells"] for k in c["metadata"]}


# ---------------------------------------------------------------- release


def test_release_writes_deterministic_zips_without_solutions(tmp_path: Path) -> None:
    first = release(out=tmp_path / "a")
    second = release(out=tmp_path / "b")
    assert [p.name for p in first] == [f"{p.stem}.zip" for p in solution_paths()]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes()
    with zipfile.ZipFile(next(p for p in first if p.stem == "montant_commande")) as archive:
        assert archive.namelist() == ["montant_commande/montant_commande.ipynb"]
        assert archive.getinfo("montant_commande/montant_commande.ipynb").date_time == (1980, 1, 1, 0, 0, 0)
        content = archive.read("montant_commande/montant_commande.ipynb").decode()
    assert content == (EXERCISES / "montant_commande.ipynb").read_text(encoding="utf-8")
    assert "BEGIN HIDDEN TESTS" not in content and "calculer_commande" not in content
    assert "montant_brut = ...  # À compléter" in content


def test_release_refuses_out_of_date_exercises(tmp_path: Path) -> None:
    exercises = tmp_path / "ex"
    shutil.copytree(EXERCISES, exercises)
    (exercises / "montant_commande.ipynb").write_text("{}", encoding="utf-8")
    with pytest.raises(SalesplanValueError, match=r"sujets non à jour \(montant_commande\.ipynb\)"):
        release(out=tmp_path / "out", exercises=exercises)


def test_release_lists_its_data_files(tmp_path: Path) -> None:
    solutions, exercises = tmp_path / "solutions", tmp_path / "ex"
    nb = notebook(solution_cell(ANSWER))
    nb["metadata"]["salesplan"] = {"fichiers": ["donnees/clients.csv"]}
    solutions.mkdir()
    (solutions / "devoir.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    generate(solutions=solutions, exercises=exercises)
    with pytest.raises(SalesplanValueError, match=r"« donnees/clients\.csv » manque"):
        release(out=tmp_path / "out", solutions=solutions, exercises=exercises)
    (exercises / "donnees").mkdir()
    (exercises / "donnees" / "clients.csv").write_text("nom;ca\n", encoding="utf-8")
    (zipped,) = release(out=tmp_path / "out", solutions=solutions, exercises=exercises)
    with zipfile.ZipFile(zipped) as archive:
        assert archive.namelist() == ["devoir/devoir.ipynb", "devoir/donnees/clients.csv"]


# ---------------------------------------------------------------- one subject per student


def test_release_per_student_gives_each_their_own_figures(tmp_path: Path) -> None:
    (tmp_path / "classe.csv").write_text("\ufeffidentifiant,nom\nalice,Alice A.\nbob,Bob B.\n", encoding="utf-8")
    written = release(out=tmp_path / "out", class_list=tmp_path / "classe.csv")
    assert sorted(p.relative_to(tmp_path / "out").as_posix() for p in written) == sorted(
        f"{p.stem}/{who}.zip" for p in solution_paths() for who in ("alice", "bob")
    )
    notebooks = {}
    for who in ("alice", "bob"):
        with zipfile.ZipFile(tmp_path / "out" / "montant_commande" / f"{who}.zip") as archive:
            notebooks[who] = json.loads(archive.read("montant_commande/montant_commande.ipynb"))
    sujets = {who: "".join(nb["cells"][2]["source"]) for who, nb in notebooks.items()}
    assert sujets["alice"] != sujets["bob"] and "quantite_fauteuils = " in sujets["alice"]
    text = json.dumps(notebooks, ensure_ascii=False)
    assert "BEGIN HIDDEN TESTS" not in text and "BEGIN SOLUTION" not in text
    table = (tmp_path / "out" / "montant_commande" / "sujets.csv").read_text(encoding="utf-8-sig").splitlines()
    assert table[0].startswith("identifiant;frais_de_port;prix_bureau") and table[1].startswith("alice;")
    again = release(out=tmp_path / "encore", class_list=tmp_path / "classe.csv")
    assert [p.read_bytes() for p in written] == [p.read_bytes() for p in again]


def test_draw_rules() -> None:
    rng = random.Random(1)
    assert {draw_value({"parmi": [5, 8]}, rng, "x") for _ in range(50)} == {5, 8}
    assert all(6 <= draw_value({"de": 6, "a": 9}, rng, "x") <= 9 for _ in range(50))
    prices = {draw_value({"de": "1,00", "a": "2,00", "pas": "0,50"}, rng, "x") for _ in range(50)}
    assert prices == {"1,00", "1,50", "2,00"}
    for rule, message in [
        ({}, "règle de tirage inconnue"),
        ({"parmi": []}, "liste non vide"),
        ({"de": 3, "a": 1}, "plus grand"),
    ]:
        with pytest.raises(MarkerError, match=message):
            draw_value(rule, rng, "x")


def test_figures_need_their_line_in_the_subject_cell() -> None:
    nb = read_notebook(SOLUTIONS / "montant_commande.ipynb")
    with pytest.raises(MarkerError, match=r"« absent = \.\.\. » doit figurer une fois"):
        with_figures(nb, {"absent": 1}, assignment="montant_commande")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("nom\nAlice\n", "il faut une colonne « identifiant »"),
        ("identifiant\n../alice\n", r"ligne 2 : identifiant « \.\./alice » invalide"),
        ("identifiant\nalice\nalice\n", "ligne 3 : « alice » en double"),
    ],
)
def test_bad_class_lists_are_refused_in_french(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "classe.csv").write_text(text, encoding="utf-8")
    with pytest.raises(SalesplanValueError, match=message):
        read_class_list(tmp_path / "classe.csv")


def test_cli_release_per_student(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "classe.csv").write_text("identifiant\nalice\n", encoding="utf-8")
    assert main(["release", "--out", str(tmp_path / "out"), "--classe", str(tmp_path / "classe.csv")]) == 0
    assert f"{len(solution_paths())} archives, une par étudiant et par devoir" in capsys.readouterr().out
    assert main(["release", "--out", str(tmp_path / "out"), "--classe", str(tmp_path / "absente.csv")]) == 2
    assert "liste de classe « " in capsys.readouterr().err


@pytest.mark.parametrize("path", solution_paths(), ids=lambda p: p.stem)
def test_every_drawn_subject_passes_its_own_checks(path: Path) -> None:
    """The teacher's answers pass every check (visible and hidden) on a dozen students' figures."""
    nb = read_notebook(path)
    for seed in range(12):
        subject = with_figures(nb, draw_figures(nb, assignment=path.stem, seed=f"graine-{seed}"), assignment=path.stem)
        namespace: dict[str, Any] = {}
        with contextlib.redirect_stdout(io.StringIO()):
            for cell in subject["cells"]:
                if cell["cell_type"] == "code":
                    exec(cell["source"], namespace)
