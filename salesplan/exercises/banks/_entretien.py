"""Shapes shared by the banks of the sales interview chapters: sort situations by a catalogue, match them to it.

Each situation is ``(text, code)``: the text the student reads, the code of the right concept of ``catalogue``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from salesplan.concepts import Catalogue
from salesplan.exercises.bank import first_sentence
from salesplan.exercises.builders import categories_question, glossary, matching_question
from salesplan.exercises.questions import CategoriesQuestion, Item, MatchingQuestion, NotionLink


def classer(
    catalogue: Catalogue[Any],
    situations: Sequence[tuple[str, str]],
    *,
    id: str,
    prompt: str,
    link: NotionLink,
    prefix: str,
    practises: tuple[str, ...],
    short: bool = False,
) -> CategoriesQuestion:
    """Sort each situation into a concept of ``catalogue``; a wrong pick recalls the right concept."""
    return categories_question(
        id=id,
        prompt=prompt,
        explanation=glossary(catalogue, short=short),
        link=link,
        rows=[
            (texte, c.code, f"Non : {c.libelle} — {first_sentence(c.definition)}")
            for texte, c in ((texte, catalogue.get(code)) for texte, code in situations)
        ],
        categories=tuple(Item(c.code, c.libelle) for c in catalogue),
        prefix=prefix,
        practises=practises,
    )


def associer(
    catalogue: Catalogue[Any],
    situations: Sequence[tuple[str, str]],
    *,
    id: str,
    prompt: str,
    link: NotionLink,
    prefix: str,
    practises: tuple[str, ...],
    sorte: str,
) -> MatchingQuestion:
    """Match each situation with a concept of ``catalogue`` (« Non : c'est la <sorte> « Libellé ». »)."""
    return matching_question(
        id=id,
        prompt=prompt,
        explanation=glossary(catalogue, short=True),
        link=link,
        rows=[(texte, code, f"Non : c'est {sorte} « {catalogue.get(code).libelle} ».") for texte, code in situations],
        options=tuple(Item(c.code, c.libelle) for c in catalogue),
        prefix=prefix,
        practises=practises,
    )
