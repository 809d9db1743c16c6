"""Quizzes test understanding, not recognition: a question's situation is not a sentence of the lesson.

Every sentence of 8 words or more of a question's text (prompt, items, choices; scenario lines and
replies), normalised, must differ from every sentence of its chapter's Markdown and of the examples the
course shows from ``salesplan.concepts`` (``exemple``, ``exemple_dialogue``): a student who recognises a
sentence of the lesson has not shown that they understood it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from salesplan.concepts import CATALOGUES
from salesplan.exercises import BANKS, Question
from salesplan.exercises.markup import to_text
from salesplan.exercises.scenario import ScenarioQuestion

BOOK = Path(__file__).resolve().parents[1] / "book"
MIN_WORDS = 8
_ROLE = re.compile(r"\{[a-z-]+\}`([^`<]*?)(?:\s*<[^>]*>)?`")  # {term}`Texte <cible>` → Texte
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def normalise(sentence: str) -> str:
    """Lower case, without accents, markup, quotes or punctuation; single spaces."""
    text = unicodedata.normalize("NFKD", to_text(sentence).lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace("œ", "oe")
    text = re.sub(r"[^\w']+", " ", text)
    return " ".join(text.split())


def sentences(text: str) -> Iterator[str]:
    """The sentences of a text of at least MIN_WORDS words, normalised."""
    text = _LINK.sub(r"\1", _ROLE.sub(r"\1", text)).replace("**", "").replace("`", "")
    for part in re.split(r"(?<=[.!?…;])\s+|\n+|\s/\s|«|»", text):
        normal = normalise(part)
        if len(normal.split()) >= MIN_WORDS:
            yield normal


@cache
def course_examples() -> frozenset[str]:
    found: set[str] = set()
    for catalogue in CATALOGUES:
        for concept in catalogue:
            for text in (concept.exemple, *getattr(concept, "exemple_dialogue", ())):
                found.update(sentences(text))
    return frozenset(found)


def lesson(chapter: str) -> frozenset[str]:
    return frozenset(sentences((BOOK / f"{chapter}.md").read_text(encoding="utf-8"))) | course_examples()


def shown_texts(question: Question) -> Iterator[str]:
    """The texts a question shows before it is answered."""
    yield question.prompt
    for name in ("items", "choices", "options", "categories"):
        for item in getattr(question, name, ()):
            yield item.text
    if isinstance(question, ScenarioQuestion):
        for line in question.lines:
            yield line.text
            yield from (reply.text for reply in line.replies)


def variants(chapter: str) -> Iterator[Question]:
    bank = BANKS[chapter]
    for entry in bank.entries:
        yield from bank.variants(entry)


@pytest.mark.parametrize("chapter", sorted(BANKS))
def test_no_question_repeats_a_sentence_of_its_lesson(chapter: str) -> None:
    taught = lesson(chapter)
    copied = sorted(
        {f"{q.id}: {s}" for q in variants(chapter) for text in shown_texts(q) for s in sentences(text) if s in taught}
    )
    assert not copied, "\n".join(copied)


def test_the_check_catches_a_copy() -> None:
    example = next(iter(CATALOGUES[0])).exemple
    assert set(sentences(f"Que fait ce client ?\n*{example}*")) & course_examples()
