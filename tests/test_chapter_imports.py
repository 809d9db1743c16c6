"""The downloaded notebook uses no code the student never saw: each chapter's import cell is on the page.

A chapter's first code cell holds its imports (and the computations its prose glues). Tagged
``remove-input`` or ``remove-cell``, it vanished from the site but came back in the ``.ipynb`` a
student downloads; ``hide-input`` folds it under « Afficher le code » instead.
"""

from __future__ import annotations

import ast
import json
import os
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


# The body of a MyST code cell: the fence's line, its ``:option:`` lines, the code, the closing fence.
CODE_CELL = re.compile(r"^```\{code-cell\}[^\n]*\n(?::[^\n]*\n)*(.*?)^```$", re.MULTILINE | re.DOTALL)
# os.walk follows book/etudes_de_cas, a link to notebooks/ (Path.rglob does not, before Python 3.13).
PAGES = sorted(
    Path(folder, name)
    for folder, dirs, names in os.walk(BOOK, followlinks=True)
    if "_build" not in Path(folder).parts
    for name in names
    if name.endswith((".md", ".ipynb"))
)


def code_cells(page: Path) -> list[str]:
    """The sources of the code cells of a MyST page or a notebook of the book."""
    text = page.read_text(encoding="utf-8")
    if page.suffix == ".ipynb":
        cells = json.loads(text)["cells"]
        return ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
    return CODE_CELL.findall(text)


def definitions(source: str) -> list[str]:
    """The functions and classes a cell defines (IPython magics and shell lines left out)."""
    code = "\n".join("" if line.lstrip().startswith(("%", "!")) else line for line in source.splitlines())
    return [
        f"{type(node).__name__} {node.name} (ligne {node.lineno})"
        for node in ast.walk(ast.parse(code))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
    ]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(BOOK)))
def test_no_helper_is_defined_in_a_chapter(page: Path) -> None:
    """A page calls the library (``salesplan.views.pages`` for display): its cells define no function or class."""
    found = [d for cell in code_cells(page) for d in definitions(cell)]
    assert not found, f"{page.relative_to(BOOK)} : à déplacer dans la bibliothèque : {found}"


def test_code_cells_are_found() -> None:
    """The cell pattern reads the pages: a helper written in a cell would be caught."""
    cells = code_cells(BOOK / "negociation" / "conclusion_vente.md")
    assert any("dialogues_markdown(TECHNIQUES_CONCLUSION)" in cell for cell in cells)
    sample = "```{code-cell} ipython3\n:tags: [remove-input]\n\ndef aide(x):\n    return x\n```\n"
    assert definitions(CODE_CELL.findall(sample)[0]) == ["FunctionDef aide (ligne 2)"]
    assert sum(len(code_cells(page)) for page in PAGES) > 100
    assert BOOK / "etudes_de_cas" / "cas_cse_billetterie.ipynb" in PAGES
