"""Builders for the question shapes the banks repeat, so that a bank states only its data.

Every builder takes the fields every question has (:class:`QuestionFields`: ``id``, ``prompt``,
``explanation``, ``link``, and optionally ``practises`` and ``seed``) as keywords, plus the data of
its shape:

- :func:`categories_question`, :func:`matching_question`: sort rows into categories, match rows with options
  (:func:`sort_by_reason`: one message a category);
- :func:`concept_matching`: each concept's text ↔ the concept's label (:func:`definitions_matching`: its
  definition);
- :func:`ordering_question`: put steps back in order;
- :func:`single_choice`, :func:`multiple_choice`: choices shown in an order drawn from the id;
- :func:`statements_question`: tick the true statements;
- :func:`which_concept`, :func:`which_concepts`, :func:`situation_question`: « which concept (which
  concepts) is at work in this situation? », the concepts of a catalogue as choices (for
  :func:`situation_question`, the situation is drawn by the seed).

The builders that draw a display order do it with :func:`~salesplan.exercises.bank.shuffled` (stable,
keyed by the question id unless ``order`` says otherwise) and key the items with
:func:`~salesplan.exercises.bank.opaque_items`, so that keys reveal nothing of the answer; statements
and concepts are shown in the order given (draw it with ``shuffled`` where it should vary).

>>> from salesplan.exercises.questions import Item, NotionLink
>>> q = categories_question(
...     id="exemple", prompt="Classez.", explanation="", link=NotionLink("x"), prefix="t",
...     rows=[("Un devis", "btob", "Achat pro."), ("Un coup de cœur", "btoc", "Achat perso.")],
...     categories=(Item("btob", "BtoB"), Item("btoc", "BtoC")),
... )
>>> sorted(q.answer)
[('t1', 'btoc'), ('t2', 'btob')]
>>> [target.key for target in q.targets]
['btob', 'btoc']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NotRequired, Required, TypedDict, TypeVar, Unpack

from salesplan.concepts import Concept
from salesplan.exercises.bank import Parametrised, first_sentence, opaque_items, shuffled
from salesplan.exercises.questions import (
    CategoriesQuestion,
    Choice,
    Item,
    MatchingQuestion,
    MultipleChoice,
    NotionLink,
    OrderingQuestion,
    SingleChoice,
)

ConceptT = TypeVar("ConceptT", bound=Concept)
Row = tuple[str, str, str]
"""A thing to place: (text shown, key of the right category or option, message when placed elsewhere)."""
Category = tuple[str, str, str]
"""A category of :func:`sort_by_reason`: (key, label, why its rows belong to it: the message of a misplaced row)."""
Statement = tuple[str, str, bool, str]
"""A statement to tick or not: (key, text shown, whether it is true, message when ticked wrongly).

With ``explain_left_out`` (:func:`statements_question`) a true statement's message is shown when left out.
"""


class QuestionFields(TypedDict, total=False):
    """What every question has (see :class:`~salesplan.exercises.questions.Question`), as builder keywords."""

    id: Required[str]
    prompt: Required[str]
    explanation: Required[str]
    link: Required[NotionLink]
    practises: NotRequired[tuple[str, ...]]
    seed: NotRequired[int | None]


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
    rows: Sequence[Row],
    categories: tuple[Item, ...],
    prefix: str,
    order: str | None = None,
    keys_first: bool = False,
    **fields: Unpack[QuestionFields],
) -> CategoriesQuestion:
    """Sort each row into its category; the order is drawn from ``order`` (default: the id), see :func:`place`."""
    placed = place(rows, categories, prefix=prefix, order=order or fields["id"], keys_first=keys_first)
    return CategoriesQuestion(
        **fields, categories=categories, items=placed.items, answer=placed.answer, feedback=placed.feedback
    )


def sort_by_reason(
    rows: Iterable[tuple[str, str]],
    categories: Sequence[Category],
    *,
    prefix: str,
    order: str | None = None,
    **fields: Unpack[QuestionFields],
) -> CategoriesQuestion:
    """:func:`categories_question` where each (text, category key) row, misplaced, gets its category's reason.

    >>> q = sort_by_reason(
    ...     [("Un devis", "btob"), ("Un coup de cœur", "btoc")],
    ...     [("btob", "BtoB", "Achat pro."), ("btoc", "BtoC", "Achat perso.")],
    ...     id="exemple", prompt="Classez.", explanation="", link=NotionLink("x"), prefix="t",
    ... )
    >>> sorted(q.feedback)
    [('t1', 'btob', 'Achat perso.'), ('t2', 'btoc', 'Achat pro.')]
    """
    reasons = {key: reason for key, _, reason in categories}
    return categories_question(
        rows=[(text, key, reasons[key]) for text, key in rows],
        categories=tuple(Item(key, label) for key, label, _ in categories),
        prefix=prefix,
        order=order,
        **fields,
    )


def matching_question(
    *,
    rows: Sequence[Row],
    options: tuple[Item, ...],
    prefix: str,
    order: str | None = None,
    shuffle: bool = True,
    keys_first: bool = False,
    **fields: Unpack[QuestionFields],
) -> MatchingQuestion:
    """Match each row with its option; shown in the order drawn from ``order`` (default: the id) or as given."""
    drawn_from = (order or fields["id"]) if shuffle else None
    placed = place(rows, options, prefix=prefix, order=drawn_from, keys_first=keys_first)
    return MatchingQuestion(
        **fields, options=options, items=placed.items, answer=placed.answer, feedback=placed.feedback
    )


def concept_matching(
    concepts: Iterable[ConceptT],
    *,
    shown: Callable[[ConceptT], str],
    prefix: str,
    wrong: Callable[[ConceptT, ConceptT], str],
    shuffle: bool = True,
    **fields: Unpack[QuestionFields],
) -> MatchingQuestion:
    """Each concept's text ``shown(concept)`` (its definition, example...) ↔ the concept's label.

    Texts are shown in an order drawn from the id (or, without ``shuffle``, in the order given); options are
    the labels in the order given. Picking ``other`` for the text of ``right`` gives ``wrong(right, other)``.
    """
    catalogue = list(concepts)
    drawn = shuffled(catalogue, fields["id"]) if shuffle else tuple(catalogue)
    items = opaque_items([shown(c) for c in drawn], prefix)
    return MatchingQuestion(
        **fields,
        items=items,
        options=labels(catalogue),
        answer=tuple((item.key, c.code) for item, c in zip(items, drawn, strict=True)),
        feedback=tuple(
            (item.key, other.code, wrong(c, other))
            for item, c in zip(items, drawn, strict=True)
            for other in catalogue
            if other.code != c.code
        ),
    )


def definitions_matching(
    concepts: Iterable[Concept],
    *,
    id: str,
    prompt: str,
    link: NotionLink,
    practises: tuple[str, ...] = (),
    short: bool = False,
) -> MatchingQuestion:
    """The first sentence of each concept's definition ↔ its label (:func:`concept_matching`, texts keyed ``d1``...).

    The explanation is the :func:`glossary` of the concepts (``short``: first sentences only); a wrong
    pick recalls the concept picked (:func:`recall_picked_non`).
    """
    catalogue = list(concepts)
    return concept_matching(
        catalogue,
        id=id,
        prompt=prompt,
        explanation=glossary(catalogue, short=short),
        link=link,
        shown=lambda c: first_sentence(c.definition),
        prefix="d",
        wrong=recall_picked_non,
        practises=practises,
    )


def ordering_question(
    steps: Sequence[tuple[str, str]], *, order: str | None = None, **fields: Unpack[QuestionFields]
) -> OrderingQuestion:
    """Put the ``(key, text)`` steps, given in the right order, back in order; shown as drawn from ``order``/the id.

    >>> q = ordering_question(
    ...     [("a", "D'abord"), ("b", "Ensuite")], id="o", prompt="", explanation="", link=NotionLink("x")
    ... )
    >>> q.answer, sorted(item.key for item in q.items)
    (('a', 'b'), ['a', 'b'])
    """
    return OrderingQuestion(
        **fields,
        items=shuffled([Item(key, text) for key, text in steps], order or fields["id"]),
        answer=tuple(key for key, _ in steps),
    )


def single_choice(
    choices: Sequence[Choice], *, answer: str, order: str | None = None, **fields: Unpack[QuestionFields]
) -> SingleChoice:
    """One right choice (``answer``); the choices are shown in an order drawn from ``order`` (default: the id)."""
    return SingleChoice(**fields, choices=shuffled(choices, order or fields["id"]), answer=answer)


def multiple_choice(
    choices: Sequence[Choice], *, answers: Iterable[str], order: str | None = None, **fields: Unpack[QuestionFields]
) -> MultipleChoice:
    """Any number of right choices (``answers``); shown in an order drawn from ``order`` (default: the id)."""
    return MultipleChoice(**fields, choices=shuffled(choices, order or fields["id"]), answers=frozenset(answers))


def statements_question(
    statements: Sequence[Statement], *, explain_left_out: bool = False, **fields: Unpack[QuestionFields]
) -> MultipleChoice:
    """Tick the true statements, shown in the order given; a false one ticked gets its message.

    With ``explain_left_out``, a true statement left unticked gets its message too.

    >>> q = statements_question(
    ...     [("vrai", "Vrai", True, "Oui."), ("faux", "Faux", False, "Non.")],
    ...     id="s", prompt="", explanation="", link=NotionLink("x"),
    ... )
    >>> sorted(q.answers), [c.feedback for c in q.choices]
    (['vrai'], ['', 'Non.'])
    """
    return MultipleChoice(
        **fields,
        choices=tuple(
            Choice(key, text, why if explain_left_out or not true else "") for key, text, true, why in statements
        ),
        answers=frozenset(key for key, _, true, _ in statements if true),
    )


def which_concept(shown: Iterable[Concept], right: str, **fields: Unpack[QuestionFields]) -> SingleChoice:
    """Which concept is at work? The ``shown`` concepts, in that order, are the choices (:func:`concept_choices`)."""
    return SingleChoice(**fields, choices=concept_choices(shown, right), answer=right)


def which_concepts(shown: Iterable[Concept], right: Iterable[str], **fields: Unpack[QuestionFields]) -> MultipleChoice:
    """Which concepts are at work? The ``shown`` concepts, in that order, are the check boxes; ``right`` are ticked."""
    answers = frozenset(right)
    return MultipleChoice(**fields, choices=concept_choices(shown, answers), answers=answers)


def situation_question(
    question_id: str,
    *,
    situations: Sequence[str],
    right: Concept,
    family: Iterable[Concept],
    prompt: str,
    link: NotionLink,
    practises: tuple[str, ...] = (),
    explanation: str | None = None,
) -> Parametrised:
    """Which concept does this (new) situation show? « ``prompt`` *situation* », ``right`` among ``family``.

    A bank lists, for each concept to recognise, a few situations written for the quiz (never the
    lesson's example); variant ``seed`` shows situation ``seed mod n``, so that the five variants of the
    site cycle through them. The choices (:func:`which_concept`) are the ``family`` in an order drawn
    from the question id; the explanation is ``right``'s definition unless ``explanation`` is given.
    """
    choices = shuffled(list(family), question_id)

    def make(seed: int) -> SingleChoice:
        return which_concept(
            choices,
            right.code,
            id=question_id,
            seed=seed,
            prompt=f"{prompt}\n*{situations[seed % len(situations)]}*",
            explanation=definition_text(right) if explanation is None else explanation,
            link=link,
            practises=practises,
        )

    return Parametrised(question_id, make)


def concept_recall(concept: Concept) -> str:
    """« Non : Libellé — première phrase de sa définition. »"""
    return f"Non : {concept.libelle} — {first_sentence(concept.definition)}"


def recall_picked_non(right: Concept, picked: Concept) -> str:
    """The concept wrongly picked, after a « Non » (:func:`concept_recall`); a ``wrong`` of :func:`concept_matching`."""
    return concept_recall(picked)


def recall_picked_quoted(right: Concept, picked: Concept) -> str:
    """The concept wrongly picked, its label quoted: « Pas « Libellé » : première phrase de sa définition. »"""
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


def labels(concepts: Iterable[Concept]) -> tuple[Item, ...]:
    """The concepts as options or categories: « code → libellé », in the order given."""
    return tuple(Item(c.code, c.libelle) for c in concepts)


def definition_text(concept: Concept) -> str:
    """« Libellé : définition », the explanation of a question on one concept (:func:`glossary` for several)."""
    return f"{concept.libelle} : {concept.definition}"


def glossary(concepts: Iterable[Concept], *, short: bool = False) -> str:
    """One line « **Libellé** : définition » per concept (``short``: the first sentence only)."""
    return "\n".join(f"**{c.libelle}** : {first_sentence(c.definition) if short else c.definition}" for c in concepts)


def capitalised(text: str) -> str:
    """The text with an upper-case first letter (« fonction du contact » → « Fonction du contact »)."""
    return text[:1].upper() + text[1:]


__all__ = [
    "Category",
    "Placement",
    "QuestionFields",
    "Row",
    "Statement",
    "capitalised",
    "categories_question",
    "concept_choices",
    "concept_matching",
    "concept_recall",
    "definition_text",
    "definitions_matching",
    "glossary",
    "labels",
    "matching_question",
    "multiple_choice",
    "ordering_question",
    "place",
    "recall_picked_non",
    "recall_picked_quoted",
    "single_choice",
    "situation_question",
    "sort_by_reason",
    "statements_question",
    "which_concept",
    "which_concepts",
]
