"""The downloaded notebook uses no code the student never saw: each chapter's import cell is on the page.

A chapter's first code cell holds its imports (and the computations its prose glues). Tagged
``remove-input`` or ``remove-cell``, it vanished from the site but came back in the ``.ipynb`` a
student downloads; ``hide-input`` folds it under « Afficher le code » instead.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("processus_achat", "preparation", "negociation", "apres_vente")
BOOK = ROOT / "book"
CHAPTERS = [*sorted(p for folder in FOLDERS for p in (BOOK / folder).glob("*.md")), BOOK / "reperes.md"]
CELL = re.compile(r"^```\{code-cell\}[^\n]*\n((?::[^\n]*\n)*)", re.MULTILINE)


def first_code_cell_options(page: Path) -> str:
    found = CELL.search(page.read_text(encoding="utf-8"))
    assert found, f"{page.name}: no code cell"
    return found.group(1)


@pytest.mark.parametrize("page", CHAPTERS, ids=lambda p: str(p.relative_to(ROOT / "book")))
def test_the_import_cell_is_shown(page: Path) -> None:
    options = first_code_cell_options(page)
    assert "remove-input" not in options and "remove-cell" not in options, options


def test_every_chapter_is_checked() -> None:
    assert len(CHAPTERS) >= 25
