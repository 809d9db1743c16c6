"""Question banks: the questions of one chapter, fixed or drawn from a seed."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from salesplan.exercises.answers import steps
from salesplan.exercises.questions import Item, Mistake, Question

VARIANT_SEEDS = (1, 2, 3, 4, 5)
"""Seeds of the variants pre-generated for the static site (« Nouvel énoncé » cycles them)."""

_KEY = re.compile(r"[a-z0-9_]+")
T = TypeVar("T")


@dataclass(frozen=True)
class Parametrised:
    """A question drawn from a seed: ``make(seed)`` builds the variant ``seed``.

    Same seed, same question. The built question's ``id`` must be ``id`` and
    its ``seed`` the seed. Banks write ``make`` with the
    :func:`~salesplan.exercises.banks._tirage.variante` decorator, which draws
    the numbers and redraws while the answer can be read in the page.
    """

    id: str
    make: Callable[[int], Question]

    def build(self, seed: int) -> Question:
        """The variant for ``seed``."""
        question = self.make(seed)
        if question.id != self.id or question.seed != seed:
            raise ValueError(f"{self.id}: the generator must return id={self.id!r} and seed={seed}")
        return question


Entry = Question | Parametrised


@dataclass(frozen=True)
class Bank:
    """The questions of one chapter (``chapter`` is the book page path) in the order shown."""

    chapter: str
    title: str
    entries: tuple[Entry, ...]

    def __post_init__(self) -> None:
        ids = [e.id for e in self.entries]
        if len(set(ids)) != len(ids):
            raise ValueError(f"{self.chapter}: duplicate question ids {ids}")
        for question_id in ids:
            if not _KEY.fullmatch(question_id):
                raise ValueError(f"{self.chapter}: question id {question_id!r} must be ASCII snake_case")

    def questions(self, *, seed: int = VARIANT_SEEDS[0]) -> tuple[Question, ...]:
        """One question per entry; parameterised entries drawn with ``seed``."""
        return tuple(e.build(seed) if isinstance(e, Parametrised) else e for e in self.entries)

    def variants(self, entry: Entry, seeds: Sequence[int] = VARIANT_SEEDS) -> tuple[Question, ...]:
        """Every variant of an entry: one per seed, or the fixed question alone."""
        return tuple(entry.build(s) for s in seeds) if isinstance(entry, Parametrised) else (entry,)


# ---------------------------------------------------------------- helpers for bank writers


def shuffled(items: Sequence[T], key: str) -> tuple[T, ...]:
    """A display order drawn from ``key`` (stable), never the given order when there are 2+ items."""
    order = list(items)
    rng = random.Random(key)
    for _ in range(20):
        rng.shuffle(order)
        if len(order) < 2 or order != list(items):
            break
    return tuple(order)


def mistakes(answer: Decimal, step: Decimal, *candidates: tuple[Decimal, str]) -> tuple[Mistake, ...]:
    """Keep the (value, message) pairs whose value differs from the answer and from earlier ones at ``step``."""
    seen = {steps(answer, step)}
    kept: list[Mistake] = []
    for value, message in candidates:
        n = steps(value, step)
        if n not in seen:
            seen.add(n)
            kept.append(Mistake(value, message))
    return tuple(kept)


def date_mistakes(answer: dt.date, *candidates: tuple[dt.date, str]) -> tuple[Mistake, ...]:
    """Keep the (date, message) pairs whose date differs from the answer and from earlier ones."""
    kept: list[Mistake] = []
    for day, message in candidates:
        if day != answer and all(m.value != day for m in kept):
            kept.append(Mistake(day, message))
    return tuple(kept)


def opaque_items(texts: Sequence[str], prefix: str) -> tuple[Item, ...]:
    """Items keyed ``prefix1``, ``prefix2``... (keys that reveal nothing of the answer)."""
    return tuple(Item(f"{prefix}{n}", text) for n, text in enumerate(texts, start=1))


def first_sentence(text: str) -> str:
    """The first sentence of a definition (up to the first « . » or « : »)."""
    match = re.match(r"(.+?[.:])(\s|$)", text.strip())
    return (match.group(1) if match else text.strip()).rstrip(" :.") + "."


__all__ = [
    "VARIANT_SEEDS",
    "Bank",
    "Entry",
    "Parametrised",
    "date_mistakes",
    "first_sentence",
    "mistakes",
    "opaque_items",
    "shuffled",
]
