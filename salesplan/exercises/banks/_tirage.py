"""Drawing parameterised questions whose numbers never show the answer in clear on the page.

A numeric answer such as 45 points would be given away by a prompt that says
« 45 salariés » (or by the variant's seed, 1 to 5, printed in the page data):
:func:`tirer` draws again until no readable text of the page holds the answer.
The rule is the one ``tests/test_exercises_engine.py`` applies to every bank.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from typing import Any, TypeVar

from salesplan.exercises import answers as A
from salesplan.exercises.questions import InvoiceQuestion, NumericQuestion, Question, SingleChoice
from salesplan.values import format_euros

Q = TypeVar("Q", bound=Question)
ESSAIS = 200
_CACHES = frozenset({"salt", "answer", "explanation", "mistakes", "items_right"})


def _texte_lisible(data: object) -> str:
    """Every readable string of a question's page data (hashes, salts and sealed texts left out)."""
    if isinstance(data, dict):
        return " ".join(_texte_lisible(v) for k, v in data.items() if k not in _CACHES)
    if isinstance(data, list):
        return " ".join(_texte_lisible(v) for v in data)
    return str(data)


def _secrets(question: Question) -> set[str]:
    fields: tuple[Any, ...] = ()
    if isinstance(question, InvoiceQuestion):
        fields = question.fields
    elif isinstance(question, NumericQuestion):
        fields = (question,)
    out: set[str] = set()
    for f in fields:
        text = format(f.answer, "f")
        out |= {text, text.replace(".", ","), format_euros(f.answer)[:-2], A.number_token(f.answer, f.step)}
    return out


def montre_la_reponse(chapter: str, question: Question) -> bool:
    """True when a numeric answer can be read in the page data of ``question``."""
    from salesplan.exercises.serialise import answer_token, question_data  # serialise imports the banks' package

    data = question_data(chapter, question)
    texte = _texte_lisible(data)
    if any(re.search(rf"(?<![\w,.]){re.escape(s)}(?![\w]|,\d)", texte) for s in _secrets(question)):
        return True
    # nor anywhere in the page data, sealed texts included (hashes left out)
    entier = re.sub(r"[0-9a-f]{64}", "", json.dumps(data, ensure_ascii=False))
    return not isinstance(question, SingleChoice) and answer_token(question) in entier


def generateur(seed: int, sel: str) -> random.Random:
    """The random generator of a variant: ``seed`` salted with the question id, so that two questions of a
    bank drawn with the same seed do not get the same numbers."""
    return random.Random(f"{sel}|{seed}")


def tirer(chapter: str, seed: int, construire: Callable[[random.Random], Q], *, sel: str = "") -> Q:
    """``construire(rng)`` with ``rng = generateur(seed, sel)``, called again until the answer stays hidden."""
    rng = generateur(seed, sel)
    for _ in range(ESSAIS):
        question = construire(rng)
        if not montre_la_reponse(chapter, question):
            return question
    raise ValueError(f"{chapter}: no variant for seed {seed} hides its answer")  # pragma: no cover
