"""What the banks of the sales interview chapters share: sort or match situations by a catalogue.

Each situation is ``(text, code)``: the text the student reads, the code of the right concept of ``catalogue``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypedDict, Unpack

from salesplan.concepts import Catalogue, Concept
from salesplan.exercises.builders import (
    Row,
    categories_question,
    concept_recall,
    glossary,
    labels,
    matching_question,
    which_concept,
)
from salesplan.exercises.questions import CategoriesQuestion, MatchingQuestion, NotionLink, SingleChoice

OUTLINE_NEGOCIATION = ("2 - Négociation",)
"""The seed outline line every interview chapter practises."""

Situation = tuple[str, str]
"""(text the student reads, code of the right concept)."""


class SituationsFields(TypedDict):
    """The keywords of :func:`classer` and :func:`associer`: the question's id, prompt, link, item prefix, outline."""

    id: str
    prompt: str
    link: NotionLink
    prefix: str
    practises: tuple[str, ...]


def _rows(catalogue: Catalogue[Any], situations: Sequence[Situation], why: Callable[[Concept], str]) -> list[Row]:
    return [(texte, code, why(catalogue.get(code))) for texte, code in situations]


def classer(
    catalogue: Catalogue[Any],
    situations: Sequence[Situation],
    *,
    short: bool = False,
    explanation: str | None = None,
    **fields: Unpack[SituationsFields],
) -> CategoriesQuestion:
    """Sort each situation into a concept of ``catalogue``; a wrong pick recalls the right concept.

    The explanation, when not given, is the catalogue's glossary (``short``: first sentences).
    """
    return categories_question(
        **fields,
        explanation=glossary(catalogue, short=short) if explanation is None else explanation,
        rows=_rows(catalogue, situations, concept_recall),
        categories=labels(catalogue),
    )


def associer(
    catalogue: Catalogue[Any], situations: Sequence[Situation], *, sorte: str, **fields: Unpack[SituationsFields]
) -> MatchingQuestion:
    """Match each situation with a concept of ``catalogue`` (« Non : c'est <sorte> « Libellé ». »)."""
    return matching_question(
        **fields,
        explanation=glossary(catalogue, short=True),
        rows=_rows(catalogue, situations, lambda c: f"Non : c'est {sorte} « {c.libelle} »."),
        options=labels(catalogue),
    )


def technique_en_situation(
    techniques: Catalogue[Any],
    code: str,
    *,
    shown: Iterable[Concept],
    id: str,
    situation: str,
    question: str,
    link: NotionLink,
    practises: tuple[str, ...],
    nuance: str = "",
) -> SingleChoice:
    """Which technique fits this situation? The ``shown`` techniques are the choices; a wrong pick recalls its
    definition, the explanation gives the right one's definition and example (then the ``nuance``, if any)."""
    technique = techniques.get(code)
    return which_concept(
        shown,
        code,
        id=id,
        prompt=f"{situation}\n{question}",
        explanation=f"{technique.libelle} : {technique.definition} Exemple : {technique.exemple} {nuance}".strip(),
        link=link,
        practises=practises,
    )


__all__ = ["OUTLINE_NEGOCIATION", "Situation", "SituationsFields", "associer", "classer", "technique_en_situation"]
