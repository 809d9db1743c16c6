"""Two editions of the site: the student edition carries no solution anywhere; the teacher edition has them."""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

import pytest

from salesplan.marges import prix_plancher
from salesplan.tooling.assignments import solution_fingerprints, solution_paths
from salesplan.tooling.build import ROOT, TEACHER, TEACHER_OUTPUT, build_command, teacher_source
from salesplan.values import format_euros

pytestmark = pytest.mark.build


def code_fingerprints() -> dict[str, list[str]]:
    """Per solution notebook, its answer and hidden-check lines (whole lines: no chance match with a page)."""
    return {
        path.name: [f for f in solution_fingerprints(path) if " = " in f or f.startswith("assert")]
        for path in solution_paths()
    }


def built_texts(folder: Path) -> dict[Path, str]:
    """Every text file of a build: pages, sources, notebooks offered for download, search index."""
    texts = {}
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".ipynb", ".md", ".txt", ".js", ".json"}:
            texts[path] = path.read_text(encoding="utf-8", errors="replace")
    return texts


def test_there_are_solutions_to_hide() -> None:
    assert all(len(lines) >= 5 for lines in code_fingerprints().values())
    assert len(code_fingerprints()) >= 2


def test_the_student_edition_carries_no_solution(site: Path) -> None:
    texts = built_texts(site)
    assert not (site / "corriges").exists()
    model_answer = "Elle est à l'étape de **comparaison des solutions**"  # solutions/reponses_reflexion.md
    assert model_answer in (ROOT / "solutions" / "reponses_reflexion.md").read_text(encoding="utf-8")
    assert not [p for p, text in texts.items() if "comparaison des solutions</strong> : elle a déjà" in text]
    for notebook, lines in code_fingerprints().items():
        for line in lines:
            leaks = [str(path.relative_to(site)) for path, text in texts.items() if line in text]
            assert not leaks, f"{notebook}: « {line} » se trouve dans {leaks}"


@pytest.fixture(scope="module")
def teacher_site() -> Path:
    result = subprocess.run(
        build_command(source=teacher_source(), output=TEACHER), cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"teacher build failed:\n{result.stdout[-6000:]}\n{result.stderr[-6000:]}"
    return TEACHER_OUTPUT


def test_the_teacher_edition_has_every_solution(teacher_site: Path) -> None:
    for path in solution_paths():
        page = teacher_site / "corriges" / f"{path.stem}.html"
        assert page.is_file(), page
        text = page.read_text(encoding="utf-8")
        assert "Corrigés (enseignants)" in (teacher_site / "index.html").read_text(encoding="utf-8")
        first_answer = next(f for f in solution_fingerprints(path) if " = " in f)
        assert "BEGIN SOLUTION" in text  # code is highlighted: check the answer's words, not its line
        assert all(word in text for word in re.findall(r"\w+", first_answer)), first_answer
    answers = (teacher_site / "corriges" / "reponses_reflexion.html").read_text(encoding="utf-8")
    assert "Questions de réflexion : éléments de réponse" in answers


def test_teacher_pages_are_only_in_the_teacher_edition(site: Path, teacher_site: Path) -> None:
    """solutions/*.md (model answers of the interview chapters) are teacher pages: built and listed there only."""
    pages = sorted(p.stem for p in (ROOT / "solutions").glob("*.md"))
    assert "corriges_entretien" in pages
    student = built_texts(site)
    for name in pages:
        assert not list(site.rglob(f"{name}.*")), name
        built = teacher_site / "corriges" / f"{name}.html"
        assert built.is_file(), built
    text = (teacher_site / "corriges" / "corriges_entretien.html").read_text(encoding="utf-8")
    plancher = format_euros(prix_plancher(3150, taux_de_marque_minimal=25))  # the figure glued by the page
    assert "Prix plancher" in text and plancher in html.unescape(text)
    assert not [path for path, t in student.items() if "Cinq questions pour le Cabinet Morel" in t]
