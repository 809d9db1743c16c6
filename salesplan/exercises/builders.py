"""Builders for the question shapes the banks repeat: sort rows into categories, match a catalogue, pick a concept.

Every builder draws its display order with :func:`~salesplan.exercises.bank.shuffled` (stable, keyed by
the question id unless ``order`` says otherwise) and keys the items with
:func:`~salesplan.exercises.bank.opaque_items`, so that keys reveal nothing of the answer.

>>> from salesplan.exercises.questions import Item, NotionLink
>>> q = categories_question(
...     id="exemple", prompt="Classez.", explanation="", link=NotionLink("x"), prefix="t",
...     rows=[("Un devis", "btob", "Achat pro."), ("Un coup de cœur", "btoc", "Achat perso.")],
...     categories=(Item("btob", "BtoB"), Item("btoc", "BtoC")),
... )
>>> sorted(q.answer)
[('t1', 'btoc'), ('t2', 'btob')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from salesplan.concepts import Concept
from salesplan.exercises.bank import first_sentence, opaque_items, shuffled
from salesplan.exercises.questions import CategoriesQuestion, Choice, Item, MatchingQuestion, NotionLink

C = TypeVar("C", bound=Concept)
Row = tuple[str, str, str]
"""A thing to place: (text shown, key of the right category or option, message when placed elsewhere)."""


@dataclass(frozen=True)
class Placement:
    """The items shown, the right (item, target) pairs and the (item, wrong target, message) feedback."""

    items: tuple[Item, ...]
    answer: tuple[tuple[str, str], ...]
    feedback: tuple[tuple[str, str, str], ...]


def place(
    rows: Sequence[Row], targets: Sequence[Item], *, prefix: str, order: str | None, keys_first: bool = False
) -> Placement:
    """Rows shown in the order drawn from ``order`` (``None``: as given), keyed ``prefix1``, ``prefix2``...

    Keys follow the display order, or the given order when ``keys_first``. Each row's message is the
    feedback for every wrong target, in the order of ``targets``.
    """
    if keys_first:
        keyed = tuple(zip(opaque_items([text for text, _, _ in rows], prefix), rows, strict=True))
        shown = shuffled(keyed, order) if order is not None else keyed
    else:
        drawn = shuffled(rows, order) if order is not None else tuple(rows)
        shown = tuple(zip(opaque_items([text for text, _, _ in drawn], prefix), drawn, strict=True))
    return Placement(
        items=tuple(item for item, _ in shown),
        answer=tuple((item.key, right) for item, (_, right, _) in shown),
        feedback=tuple(
            (item.key, target.key, why) for item, (_, right, why) in shown for target in targets if target.key != right
        ),
    )


def categories_question(
    *,
    id: str,
    prompt: str,
    explanation: str,
    link: NotionLink,
    rows: Sequence[Row],
    categories: tuple[Item, ...],
    prefix: str,
    order: str | None = None,
    keys_first: bool = False,
    practises: tuple[str, ...] = (),
    seed: int | None = None,
) -> CategoriesQuestion:
    """Sort each row into its category; the order is drawn from ``order`` (default: the id), see :func:`place`."""
    placed = place(rows, categories, prefix=prefix, order=order or id, keys_first=keys_first)
    return CategoriesQuestion(
        id=id,
        seed=seed,
        prompt=prompt,
        explanation=explanation,
        link=link,
        items=placed.items,
        categories=categories,
        answer=placed.answer,
        feedback=placed.feedback,
        practises=practises,
    )


def matching_question(
    *,
    id: str,
    prompt: str,
    explanation: str,
    link: NotionLink,
    rows: Sequence[Row],
    options: tuple[Item, ...],
    prefix: str,
    order: str | None = None,
    shuffle: bool = True,
    keys_first: bool = False,
    practises: tuple[str, ...] = (),
    seed: int | None = None,
) -> MatchingQuestion:
    """Match each row with its option; shown in the order drawn from ``order`` (default: the id) or as given."""
    placed = place(rows, options, prefix=prefix, order=(order or id) if shuffle else None, keys_first=keys_first)
    return MatchingQuestion(
        id=id,
        seed=seed,
        prompt=prompt,
        explanation=explanation,
        link=link,
        items=placed.items,
        options=options,
        answer=placed.answer,
        feedback=placed.feedback,
        practises=practises,
    )


def concept_matching(
    concepts: Iterable[C],
    *,
    id: str,
    prompt: str,
    explanation: str,
    link: NotionLink,
    shown: Callable[[C], str],
    prefix: str,
    wrong: Callable[[C, C], str],
    practises: tuple[str, ...] = (),
) -> MatchingQuestion:
    """Each concept's text ``shown(concept)`` (its definition, example...) ↔ the concept's label.

    Texts are shown in an order drawn from the id; options are the labels in catalogue order. Picking
    ``other`` for the text of ``right`` gives ``wrong(right, other)``.
    """
    catalogue = list(concepts)
    drawn = shuffled(catalogue, id)
    items = opaque_items([shown(c) for c in drawn], prefix)
    return MatchingQuestion(
        id=id,
        prompt=prompt,
        explanation=explanation,
        link=link,
        items=items,
        options=tuple(Item(c.code, c.libelle) for c in catalogue),
        answer=tuple((item.key, c.code) for item, c in zip(items, drawn, strict=True)),
        feedback=tuple(
            (item.key, other.code, wrong(c, other))
            for item, c in zip(items, drawn, strict=True)
            for other in catalogue
            if other.code != c.code
        ),
        practises=practises,
    )


def non_recall(right: Concept, picked: Concept) -> str:
    """« Non : Libellé — première phrase de sa définition. » (the concept wrongly picked)."""
    return f"Non : {picked.libelle} — {first_sentence(picked.definition)}"


def pas_recall(right: Concept, picked: Concept) -> str:
    """« Pas « Libellé » : première phrase de sa définition. » (the concept wrongly picked)."""
    return f"Pas « {picked.libelle} » : {first_sentence(picked.definition)}"


def concept_choices(concepts: Iterable[Concept], right: str | frozenset[str]) -> tuple[Choice, ...]:
    """The concepts as choices, in the order given; a wrong one recalls « Libellé : première phrase ».

    ``right`` is the right code (single choice) or the set of right codes (multiple choice).
    """
    return tuple(
        Choice(c.code, c.libelle, "" if _is_right(c.code, right) else f"{c.libelle} : {first_sentence(c.definition)}")
        for c in concepts
    )


def _is_right(code: str, right: str | frozenset[str]) -> bool:
    return code in right if isinstance(right, frozenset) else code == right


def glossary(concepts: Iterable[Concept], *, short: bool = False) -> str:
    """One line « **Libellé** : définition » per concept (``short``: the first sentence only)."""
    return "\n".join(f"**{c.libelle}** : {first_sentence(c.definition) if short else c.definition}" for c in concepts)


def capitalised(text: str) -> str:
    """The text with an upper-case first letter (« fonction du contact » → « Fonction du contact »)."""
    return text[:1].upper() + text[1:]
