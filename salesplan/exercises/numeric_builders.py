"""Builders for numeric questions and invoice boxes: the bank states the answer and the likely mistakes, once.

A numeric question of a bank is always built the same way: compute the answer with the library,
compute the values the likely mistakes produce, keep those that differ from the answer at the
question's precision (:func:`~salesplan.exercises.bank.mistakes`) and wrap it all. These builders
do the wrapping, so a bank writes each value once:

>>> from salesplan.exercises.questions import NotionLink
>>> box = count_field("frequence", "Nombre de commandes", 5, (12, "Vous avez compté les mois."), (5, "Doublon."))
>>> box.step, box.unit, [(m.value, m.message) for m in box.mistakes]
(Decimal('1'), '', [(Decimal('12'), 'Vous avez compté les mois.')])
>>> question = numeric_question(
...     id="exemple", prompt="Net ?", explanation="855 €.", link=NotionLink("x"), answer=Decimal("855"),
...     wrong=[(Decimal("900"), "C'est le brut.")],
... )
>>> question.mistakes[0].value
Decimal('900')
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Unpack

from salesplan.exercises.bank import mistakes
from salesplan.exercises.builders import QuestionFields
from salesplan.exercises.questions import NumericField, NumericQuestion
from salesplan.values import CENT, ONE

ERREUR_REPORTEE = "Erreur reportée : la case précédente est fausse, mais ce calcul-ci est bien enchaîné."
"""The message of a box computed right from a wrong earlier box (the value that mistake carries over)."""

Wrong = tuple[Decimal | int, str]
"""A likely mistake: the value it produces (computed by the library) and what the mistake was."""


def _exact(value: Decimal | int) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(value)


def _kept(answer: Decimal | int, wrong: Iterable[Wrong]) -> tuple[Decimal, tuple[tuple[Decimal, str], ...]]:
    return _exact(answer), tuple((_exact(value), message) for value, message in wrong)


def numeric_field(
    key: str, label: str, answer: Decimal | int, *wrong: Wrong, unit: str = "€", step: Decimal = CENT
) -> NumericField:
    """One box of an invoice question; ``wrong`` values equal to the answer or to each other at ``step`` dropped."""
    exact, candidates = _kept(answer, wrong)
    return NumericField(
        key=key, label=label, answer=exact, unit=unit, step=step, mistakes=mistakes(exact, step, *candidates)
    )


def amount_field(key: str, label: str, answer: Decimal, *wrong: Wrong) -> NumericField:
    """A box in euros, to the cent."""
    return numeric_field(key, label, answer, *wrong)


def count_field(key: str, label: str, answer: Decimal | int, *wrong: Wrong, unit: str = "") -> NumericField:
    """A box holding a whole number (points, orders, days): checked to the unit."""
    return numeric_field(key, label, answer, *wrong, unit=unit, step=ONE)


def numeric_question(
    *,
    answer: Decimal | int,
    wrong: Iterable[Wrong] = (),
    unit: str = "€",
    step: Decimal = CENT,
    **texts: Unpack[QuestionFields],
) -> NumericQuestion:
    """A numeric question whose likely mistakes are ``wrong`` (those equal to the answer at ``step`` dropped)."""
    exact, candidates = _kept(answer, wrong)
    return NumericQuestion(answer=exact, unit=unit, step=step, mistakes=mistakes(exact, step, *candidates), **texts)


__all__ = [
    "ERREUR_REPORTEE",
    "Wrong",
    "amount_field",
    "count_field",
    "numeric_field",
    "numeric_question",
]
