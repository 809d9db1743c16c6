"""The kinds of questions: frozen dataclasses holding the prompt, the answer and the feedback.

Every question has a stable ``id``, a French ``prompt`` (simple inline markup,
see :mod:`salesplan.exercises.markup`), an ``explanation`` shown once answered
correctly, and a ``link`` to the notion in the book. Wrong answers a student
is likely to give carry a message saying what the mistake probably was: for
numbers and dates, a :class:`Mistake` holds the value the mistake produces
(computed by the library) and the message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import ClassVar

from salesplan.values import CENT

UNITS = ("", "€", "%", "jours")


@dataclass(frozen=True)
class NotionLink:
    """Where the notion is taught: a book page path (``negociation/montant_commande``) and an optional anchor."""

    page: str
    anchor: str = ""
    label: str = "Revoir la notion"


def notion_links(page: str) -> Callable[[str], NotionLink]:
    """The links to one chapter's notions, by anchor: ``link = notion_links("negociation/decouverte")``.

    >>> notion_links("negociation/decouverte")("les-types-de-questions").anchor
    'les-types-de-questions'
    """
    return partial(NotionLink, page)


@dataclass(frozen=True)
class Item:
    """Something to choose, order, match or sort: an opaque ``key`` and a French ``text``."""

    key: str
    text: str


@dataclass(frozen=True)
class Choice(Item):
    """A choice; ``feedback`` is shown when it is picked wrongly (or, for a right choice, left out)."""

    feedback: str = ""


@dataclass(frozen=True)
class Mistake:
    """A wrong value a likely mistake produces (a ``Decimal`` or a ``date``) and what the mistake was."""

    value: Decimal | dt.date
    message: str


@dataclass(frozen=True, kw_only=True)
class Question:
    """What every question has; use one of the subclasses."""

    kind: ClassVar[str] = ""
    id: str
    prompt: str
    explanation: str
    link: NotionLink
    seed: int | None = None  # set by parameterised questions (the variant drawn)
    practises: tuple[str, ...] = ()  # seed outline lines it trains, as written in book/_data/outline_seed.md


@dataclass(frozen=True, kw_only=True)
class SingleChoice(Question):
    """One right choice among several (radio buttons)."""

    kind: ClassVar[str] = "single"
    choices: tuple[Choice, ...]
    answer: str


@dataclass(frozen=True, kw_only=True)
class MultipleChoice(Question):
    """Any number of right choices (check boxes); a ``Choice.feedback`` explains a wrong state."""

    kind: ClassVar[str] = "multiple"
    choices: tuple[Choice, ...]
    answers: frozenset[str]


@dataclass(frozen=True, kw_only=True)
class NumericAnswer:
    """A number to find: exact value, unit, the ``step`` it is rounded to, and what likely mistakes give.

    A typed number is right when it rounds to the same number of ``step`` as ``answer``.
    """

    answer: Decimal
    unit: str = "€"
    step: Decimal = CENT
    mistakes: tuple[Mistake, ...] = ()


@dataclass(frozen=True, kw_only=True)
class NumericQuestion(Question, NumericAnswer):
    """A number with a unit (one box)."""

    kind: ClassVar[str] = "numeric"


@dataclass(frozen=True, kw_only=True)
class DateQuestion(Question):
    """A calendar date, typed as 17/03/2027."""

    kind: ClassVar[str] = "date"
    answer: dt.date
    mistakes: tuple[Mistake, ...] = ()


@dataclass(frozen=True, kw_only=True)
class OrderingQuestion(Question):
    """Put ``items`` in order; ``items`` are stored in the order shown, ``answer`` is the right order of keys."""

    kind: ClassVar[str] = "ordering"
    items: tuple[Item, ...]
    answer: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class PlacingQuestion(Question):
    """Put each of ``items`` on one of the ``targets``: what matching and categories questions share."""

    items: tuple[Item, ...]
    answer: tuple[tuple[str, str], ...]  # (item key, target key)
    feedback: tuple[tuple[str, str, str], ...] = ()  # (item key, wrong target key, message)

    @property
    def targets(self) -> tuple[Item, ...]:
        """The options or categories an item may be put on."""
        raise NotImplementedError


@dataclass(frozen=True, kw_only=True)
class MatchingQuestion(PlacingQuestion):
    """Match each of ``items`` with one of ``options`` (a list box per item)."""

    kind: ClassVar[str] = "matching"
    options: tuple[Item, ...]

    @property
    def targets(self) -> tuple[Item, ...]:
        return self.options


@dataclass(frozen=True, kw_only=True)
class CategoriesQuestion(PlacingQuestion):
    """Sort each of ``items`` into one of ``categories``."""

    kind: ClassVar[str] = "categories"
    categories: tuple[Item, ...]

    @property
    def targets(self) -> tuple[Item, ...]:
        return self.categories


@dataclass(frozen=True, kw_only=True)
class NumericField(NumericAnswer):
    """One numeric box of a multi-field question (a line of an invoice)."""

    key: str
    label: str


@dataclass(frozen=True, kw_only=True)
class InvoiceQuestion(Question):
    """Several numeric boxes checked one by one (net commercial, escompte, TVA, net à payer...)."""

    kind: ClassVar[str] = "invoice"
    fields: tuple[NumericField, ...] = field(default=())


QUESTION_TYPES: tuple[type[Question], ...] = (
    SingleChoice,
    MultipleChoice,
    NumericQuestion,
    DateQuestion,
    OrderingQuestion,
    MatchingQuestion,
    CategoriesQuestion,
    InvoiceQuestion,
)

__all__ = [
    "QUESTION_TYPES",
    "UNITS",
    "CategoriesQuestion",
    "Choice",
    "DateQuestion",
    "InvoiceQuestion",
    "Item",
    "MatchingQuestion",
    "Mistake",
    "MultipleChoice",
    "NotionLink",
    "NumericAnswer",
    "NumericField",
    "NumericQuestion",
    "OrderingQuestion",
    "PlacingQuestion",
    "Question",
    "SingleChoice",
    "notion_links",
]
