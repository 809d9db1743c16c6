"""Whether the page data of a question lets a reader see its answer without solving it.

The static site ships each question as JSON (:func:`~salesplan.exercises.serialise.question_data`):
the answer is only hashed, the explanation and the feedback are sealed. A drawn question can
still give its answer away through its own figures: a prompt that says « 45 salariés » when
the answer is 45 points, a date written in the prompt, a choice key named ``correct``. This
module is the one rule for that: :func:`~salesplan.exercises.banks._tirage.tirer` draws again
while it finds a leak, and the tests run it over every variant of every bank.

>>> from salesplan.exercises.questions import NotionLink, NumericQuestion
>>> from decimal import Decimal
>>> question = NumericQuestion(
...     id="exemple", prompt="Le net commercial est de 855,00 € : que vaut-il ?", explanation="855 €.",
...     link=NotionLink("x"), answer=Decimal("855.00"),
... )
>>> leaks("x", question)
('la réponse 855,00 se lit dans la page',)
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

from salesplan.exercises import answers
from salesplan.exercises.questions import DateQuestion, InvoiceQuestion, NumericQuestion, Question, SingleChoice
from salesplan.exercises.serialise import answer_token, unkeyed_question_data
from salesplan.values import format_decimal, format_euros, format_number

SEALED_KEYS = frozenset({"salt", "answer", "explanation", "mistakes", "items_right"})
"""Keys of the page data whose values are hashes, salts or sealed texts: not readable."""
REVEALING_KEYS = frozenset({"correct", "answers", "solution", "right", "category", "option"})
"""Key names that would say which answer is right."""
CIPHER = re.compile(r"[0-9a-f]{16,}|[A-Za-z0-9+/]{16,}={0,2}")
"""A hash, a salt or a sealed text (hex or base64)."""
_SPACES = re.compile(r"[ \u00a0\u202f\u2009]")


def readable_text(data: object) -> str:
    """Every readable string of a question's page data (hashes, salts and sealed texts left out)."""
    if isinstance(data, dict):
        return " ".join(readable_text(v) for k, v in data.items() if k not in SEALED_KEYS)
    if isinstance(data, list):
        return " ".join(readable_text(v) for v in data)
    return str(data)


def without_ciphers(data: object) -> object:
    """The page data with hashes, salts and sealed texts blanked (keys and values): what a reader sees."""
    if isinstance(data, dict):
        return {("" if CIPHER.fullmatch(k) else k): without_ciphers(v) for k, v in data.items()}
    if isinstance(data, list):
        return [without_ciphers(v) for v in data]
    return "" if isinstance(data, str) and CIPHER.fullmatch(data) else data


def all_keys(data: object) -> set[str]:
    """Every key of nested dicts and lists."""
    if isinstance(data, dict):
        return set(data) | {k for v in data.values() for k in all_keys(v)}
    if isinstance(data, list):
        return {k for v in data for k in all_keys(v)}
    return set()


def _number_writings(value: Decimal, step: Decimal) -> set[str]:
    return {
        format(value, "f"),
        format_decimal(value),
        format_number(value),
        format_euros(value)[:-2],
        answers.number_token(value, step),
    }


def answer_writings(question: Question) -> set[str]:
    """The ways the right answer of ``question`` could be written in clear (1729.15, 1729,15, 1 729,15...)."""
    if isinstance(question, NumericQuestion):
        return _number_writings(question.answer, question.step)
    if isinstance(question, InvoiceQuestion):
        return {text for f in question.fields for text in _number_writings(f.answer, f.step)}
    if isinstance(question, DateQuestion):
        return {question.answer.isoformat(), question.answer.strftime("%d/%m/%Y")}
    if isinstance(question, SingleChoice):
        return set()  # every choice key is shown; which one is right is only hashed
    return {answer_token(question)}


def written(text: str, writing: str) -> bool:
    """True when ``writing`` stands alone in ``text`` (not inside a longer number: 45 is not in 145 or 45,5).

    Every kind of space counts as one (1 729,15 is found whatever space groups the thousands).
    """
    text, writing = _SPACES.sub(" ", text), _SPACES.sub(" ", writing)
    return re.search(rf"(?<![\w,.]){re.escape(writing)}(?![\w]|,\d)", text) is not None


def leaks(chapter: str | dict[str, Any], question: Question) -> tuple[str, ...]:
    """What gives the answer of ``question`` away in its page data (empty: nothing).

    ``chapter`` is the chapter id (the page data is then built, without stretching its number keys: what a
    reader sees does not depend on them) or the page data itself.
    """
    data = unkeyed_question_data(chapter, question) if isinstance(chapter, str) else chapter
    text = readable_text(data)
    found = [f"la réponse {w} se lit dans la page" for w in sorted(answer_writings(question)) if written(text, w)]
    whole = json.dumps(without_ciphers(data), ensure_ascii=False)
    if question.explanation and (question.explanation in text or question.explanation in whole):
        found.append("l'explication se lit dans la page")
    revealing = all_keys(data) & REVEALING_KEYS
    if revealing:
        found.append(f"une clé dit la réponse : {', '.join(sorted(revealing))}")
    if not isinstance(question, SingleChoice) and answer_token(question) in whole:
        found.append("le jeton de la réponse se lit dans la page")
    return tuple(found)


def shows_answer(chapter: str, question: Question) -> bool:
    """True when the page data of ``question`` in ``chapter`` lets a reader see its answer."""
    return bool(leaks(chapter, question))


__all__ = [
    "CIPHER",
    "REVEALING_KEYS",
    "SEALED_KEYS",
    "all_keys",
    "answer_writings",
    "leaks",
    "readable_text",
    "shows_answer",
    "without_ciphers",
    "written",
]
