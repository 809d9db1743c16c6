"""Student notebooks generated from solutions/, and the student packages (salesplan generate / release)."""

from __future__ import annotations

import json
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
    dumps_notebook,
    generate,
    hidden_source,
    read_notebook,
    solution_fingerprints,
    solution_paths,
    student_notebook,
    student_source,
)
from salesplan.tooling.release import release

HERE = Where("essai.ipynb", 3, "q1-reponse")


def solution_cell(source: str, grade_id: str = "q1", **meta: Any) -> dict[str, Any]:
    nbgrader = {"grade_id": grade_id, "schema_version": 3, "solution": True, "grade": False, "locked": False}
    nbgrader.update(meta)
    return {"cell_type": "code", "metadata": {"nbgrader": nbgrader}, "source": source, "outputs": [], "id": grade_id}


def notebook(*cells: dict[str, Any]) -> dict[str, Any]:
    return {"cells": list(cells), "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}


# ---------------------------------------------------------------- markers


def test_one_line_marker_keeps_the_name_and_replaces_the_value() -> None:
    source = 'montant_brut = "3 970,00"  # SOLUTION : montant brut HT\nremise = 317.6  # SOLUTION'
    assert student_source(source, HERE) == (
        "montant_brut = ...  # À compléter : montant brut HT\nremise = ...  # À compléter"
    )


def test_one_line_marker_on_a_line_that_is_not_an_assignment() -> None:
    assert student_source("    print(total)  # SOLUTION", HERE) == "    ...  # À compléter"


def test_region_becomes_a_prompt_and_dots_with_its_indentation() -> None:
    source = "for x in xs:\n    # BEGIN SOLUTION : additionnez\n    total += x\n    # END SOLUTION\nprint(total)"
    assert student_source(source, HERE) == "for x in xs:\n    # À compléter : additionnez\n    ...\nprint(total)"


def test_hidden_tests_are_removed_and_extracted() -> None:
    source = "assert ok\n# BEGIN HIDDEN TESTS\nassert secret == 1\n# END HIDDEN TESTS"
    assert student_source(source, HERE) == "assert ok"
    assert hidden_source(source, HERE) == "assert secret == 1"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("# BEGIN SOLUTION\nx = 1", r"« BEGIN SOLUTION » ligne 1 n'est jamais fermé"),
        ("# BEGIN HIDDEN TESTS\nx = 1", r"« BEGIN HIDDEN TESTS » ligne 1 n'est jamais fermé"),
        ("# BEGIN SOLUTION\n# BEGIN SOLUTION\n", r"« BEGIN SOLUTION » ligne 2 dans une zone ouverte ligne 1"),
        ("# BEGIN SOLUTION\n# BEGIN HIDDEN TESTS\n", r"« BEGIN HIDDEN TESTS » ligne 2 dans une zone ouverte"),
        ("# BEGIN SOLUTION\nx = 1  # SOLUTION\n# END SOLUTION", r"« # SOLUTION » ligne 2 dans une zone ouverte"),
        ("x = 1\n# END SOLUTION", r"« END SOLUTION » ligne 2 ne ferme aucune zone"),
        ("# BEGIN SOLUTION\n# END HIDDEN TESTS", r"« END HIDDEN TESTS » ligne 2 ne ferme aucune zone"),
    ],
)
def test_bad_markers_name_the_notebook_and_the_cell(source: str, message: str) -> None:
    with pytest.raises(MarkerError, match=r"carnet essai\.ipynb, cellule 3 \(q1-reponse\) : " + message):
        student_source(source, HERE)


def test_bad_markers_in_a_notebook_name_the_cell_number_and_grade_id() -> None:
    nb = notebook({"cell_type": "markdown", "metadata": {}, "source": "# Titre"}, solution_cell("# BEGIN SOLUTION"))
    with pytest.raises(MarkerError, match=r"carnet devoir\.ipynb, cellule 2 \(q1\) : « BEGIN SOLUTION »"):
        student_notebook(nb, name="devoir.ipynb")


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        (solution_cell("x = 1  # SOLUTION", solution=False), "sans « nbgrader.solution: true »"),
        (solution_cell("# BEGIN HIDDEN TESTS\n# END HIDDEN TESTS"), "sans « nbgrader.grade: true »"),
        (solution_cell("assert True", solution=False, grade=True), "cellule notée sans « points »"),
        (solution_cell("x = 1  # SOLUTION", grade_id=""), "sans « grade_id »"),
    ],
)
def test_markers_need_nbgrader_metadata(cell: dict[str, Any], message: str) -> None:
    with pytest.raises(MarkerError, match=message):
        student_notebook(notebook(cell), name="devoir.ipynb")


def test_duplicate_grade_ids_are_refused() -> None:
    with pytest.raises(MarkerError, match=r"cellule 2 \(q1\) : grade_id déjà utilisé par la cellule 1"):
        student_notebook(notebook(solution_cell("x = 1"), solution_cell("y = 2")), name="devoir.ipynb")


def test_student_notebook_clears_outputs_and_locks_checks() -> None:
    check = solution_cell("assert x\n# BEGIN HIDDEN TESTS\nassert x == 1\n# END HIDDEN TESTS", "t1")
    check["metadata"]["nbgrader"].update(solution=False, grade=True, locked=True, points=1)
    answer = solution_cell("x = 1  # SOLUTION")
    answer.update(outputs=[{"output_type": "stream", "name": "stdout", "text": "1"}], execution_count=4)
    answer["metadata"]["execution"] = {"iopub.status.busy": "2026-11-26T10:00:00"}
    out = student_notebook(notebook(answer, check), name="devoir.ipynb")
    first, second = out["cells"]
    assert first["outputs"] == [] and first["execution_count"] is None
    assert "execution" not in first["metadata"] and first["metadata"]["deletable"] is False
    assert second["source"] == "assert x" and second["metadata"]["editable"] is False


# ---------------------------------------------------------------- the real assignments


def test_there_are_real_assignments() -> None:
    assert [p.name for p in solution_paths()] == ["montant_commande.ipynb", "retards_paiement.ipynb"]


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
    broken = notebook(solution_cell("# BEGIN SOLUTION"))
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


@pytest.mark.parametrize("path", solution_paths(), ids=lambda p: p.stem)
def test_solution_notebooks_are_stored_deterministically(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert dumps_notebook(read_notebook(path)) == text
    assert "execution" not in {k for c in json.loads(text)["cells"] for k in c["metadata"]}


# ---------------------------------------------------------------- release


def test_release_writes_deterministic_zips_without_solutions(tmp_path: Path) -> None:
    first = release(out=tmp_path / "a")
    second = release(out=tmp_path / "b")
    assert [p.name for p in first] == ["montant_commande.zip", "retards_paiement.zip"]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes()
    with zipfile.ZipFile(first[0]) as archive:
        assert archive.namelist() == ["montant_commande/montant_commande.ipynb"]
        assert archive.getinfo("montant_commande/montant_commande.ipynb").date_time == (1980, 1, 1, 0, 0, 0)
        content = archive.read("montant_commande/montant_commande.ipynb").decode()
    assert content == (EXERCISES / "montant_commande.ipynb").read_text(encoding="utf-8")
    assert "BEGIN HIDDEN TESTS" not in content and "calculer_commande" not in content


def test_release_refuses_out_of_date_exercises(tmp_path: Path) -> None:
    exercises = tmp_path / "ex"
    shutil.copytree(EXERCISES, exercises)
    (exercises / "montant_commande.ipynb").write_text("{}", encoding="utf-8")
    with pytest.raises(SalesplanValueError, match=r"sujets non à jour \(montant_commande\.ipynb\)"):
        release(out=tmp_path / "out", exercises=exercises)


def test_release_lists_its_data_files(tmp_path: Path) -> None:
    solutions, exercises = tmp_path / "solutions", tmp_path / "ex"
    nb = notebook(solution_cell("x = 1  # SOLUTION"))
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
