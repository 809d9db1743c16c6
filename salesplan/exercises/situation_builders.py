"""Which concept does this situation show? One question per concept, its situations cycled by the seed.

A bank lists, for each concept to recognise, a few new situations (never the lesson's example);
variant ``seed`` shows situation ``seed mod n``, so the five variants of the site cycle through them
all. The choices are the concepts of the same family, in an order drawn from the question id.
"""

from __future__ import annotations

from collections.abc import Sequence

from salesplan.concepts import Concept
from salesplan.exercises.bank import Parametrised, shuffled
from salesplan.exercises.builders import concept_choices
from salesplan.exercises.questions import NotionLink, SingleChoice


def situation_question(
    question_id: str,
    *,
    situations: Sequence[str],
    right: Concept,
    family: Sequence[Concept],
    prompt: str,
    link: NotionLink,
    practises: tuple[str, ...],
) -> Parametrised:
    """« ``prompt`` *situation* »: pick ``right`` among ``family``; the explanation is its definition."""

    def make(seed: int) -> SingleChoice:
        return SingleChoice(
            id=question_id,
            seed=seed,
            prompt=f"{prompt}\n*{situations[seed % len(situations)]}*",
            explanation=f"{right.libelle} : {right.definition}",
            link=link,
            practises=practises,
            choices=concept_choices(shuffled(list(family), question_id), right.code),
            answer=right.code,
        )

    return Parametrised(question_id, make)


__all__ = ["situation_question"]
