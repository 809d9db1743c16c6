"""Drawing parameterised questions: one generator per question and seed, and no answer readable in the page.

Every drawn question of the banks goes through :func:`tirer` (or the :func:`variante` decorator): the
random generator is salted with the question id, so that two questions of a bank drawn with the same
seed do not get the same numbers, and the question is drawn again while its page data shows its
answer (:func:`salesplan.exercises.visibility.leaks`: a numeric answer such as 45 points would be
given away by a prompt that says « 45 salariés »).
"""

from __future__ import annotations

import dataclasses
import functools
import random
from collections.abc import Callable
from typing import TypeVar

from salesplan.exercises.questions import Question
from salesplan.exercises.visibility import shows_answer

Q = TypeVar("Q", bound=Question)
ESSAIS = 200
"""Draws tried before giving up (a bank whose answer always shows is a bug of the bank)."""


def generateur(seed: int, sel: str | None) -> random.Random:
    """The random generator of a variant: ``seed`` salted with the question id ``sel``.

    ``sel=None`` keeps the unsalted stream ``random.Random(seed)``: the questions of
    « Le montant de la commande » keep it, because their variants are the shared cases of
    ``tests/data/quiz_cases.json`` (also run by quiz.js).
    """
    return random.Random(seed if sel is None else f"{sel}|{seed}")


def tirer(chapter: str, seed: int, construire: Callable[[random.Random], Q | None], *, sel: str | None) -> Q:
    """``construire(rng)`` with ``rng = generateur(seed, sel)``, called again until the answer stays hidden.

    ``construire`` returns ``None`` when the numbers it drew do not make a good question (the cheapest
    offer wins, a tie...): it is then called again, on the same generator. The question returned
    carries ``seed`` (the builder need not set it).
    """
    rng = generateur(seed, sel)
    for _ in range(ESSAIS):
        drawn = construire(rng)
        if drawn is None:
            continue
        question = dataclasses.replace(drawn, seed=seed)
        if not shows_answer(chapter, question):
            return question
    raise ValueError(f"{chapter}: no fitting variant for seed {seed} hides its answer")  # pragma: no cover


def variante(chapter: str, sel: str | None) -> Callable[[Callable[[random.Random], Q | None]], Callable[[int], Q]]:
    """Decorator: ``construire(rng)`` becomes ``question(seed)``, drawn by :func:`tirer` (``sel``: usually the id).

    >>> from salesplan.exercises.questions import NotionLink, NumericQuestion
    >>> from decimal import Decimal
    >>> @variante("x", "double")
    ... def double(rng: random.Random) -> NumericQuestion:
    ...     n = rng.randint(2, 9)
    ...     return NumericQuestion(id="double", prompt=f"Le double de {n} ?", explanation="2 × n.",
    ...                            link=NotionLink("x"), answer=Decimal(2 * n), unit="")
    >>> double(3) == double(3) and double(3).seed == 3
    True
    """

    def decorate(construire: Callable[[random.Random], Q | None]) -> Callable[[int], Q]:
        @functools.wraps(construire)
        def question(seed: int) -> Q:
            return tirer(chapter, seed, construire, sel=sel)

        return question

    return decorate


__all__ = ["ESSAIS", "generateur", "tirer", "variante"]
