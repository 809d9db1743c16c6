"""Every reflection question of the book has a model answer, kept for the teacher edition only."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BOOK = ROOT / "book"
ANSWERS = sorted((ROOT / "solutions").glob("*.md"))  # reponses_reflexion.md, corriges_entretien.md
_NUMBERED = re.compile(r"^(\d+)\. ", re.MULTILINE)
_ANSWER = re.compile(r"^(?:\*\*)?(\d+)\. ", re.MULTILINE)
_TITLE = re.compile(r"^(?:\*\*Questions de réflexion\*\*|### Questions de réflexion)$", re.MULTILINE)
_CHAPTER = re.compile(r"<!-- chapitre : ([a-z_/]+) -->")


def questions(chapter: Path) -> list[int]:
    """Numbers of the reflection questions of a chapter (the list after « Questions de réflexion »)."""
    text = chapter.read_text(encoding="utf-8")
    found = _TITLE.search(text)
    if not found:
        return []
    block = re.split(r"\n#{2,3} ", text[found.end() :], maxsplit=1)[0]
    return [int(n) for n in _NUMBERED.findall(block)]


def answers() -> dict[str, list[int]]:
    """Chapter → numbers of its model answers, from the teacher's page."""
    found: dict[str, list[int]] = {}
    for page in ANSWERS:
        parts = _CHAPTER.split(page.read_text(encoding="utf-8"))
        for i in range(1, len(parts), 2):
            found[parts[i]] = [int(n) for n in _ANSWER.findall(parts[i + 1].split("\n## ", 1)[0])]
    return found


CHAPTERS = sorted(
    str(p.relative_to(BOOK).with_suffix("")) for p in BOOK.rglob("*.md") if "_build" not in p.parts and questions(p)
)


def test_the_book_has_reflection_questions() -> None:
    assert len(CHAPTERS) >= 15


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_reflection_question_has_a_model_answer(chapter: str) -> None:
    assert answers().get(chapter) == questions(BOOK / f"{chapter}.md")


def test_no_answer_for_a_missing_chapter() -> None:
    assert set(answers()) <= set(CHAPTERS)
