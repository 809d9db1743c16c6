"""A chapter's quiz as JSON for the static site, with no answer in clear.

The page holds, per question, a ``salt`` and ``SHA-256(salt + "|" + token)``
of the right answer's canonical token (see :mod:`salesplan.exercises.answers`);
quiz.js hashes the student's token the same way and compares. Per-item
questions (multiple choice, ordering, matching, categories) also hold one
hash per right item (``item|key=1``, ``item|key@0``, ``item|d1=acheteur``)
so the page can say how many items are right without saying which answer is.

Every message that could give the answer away (explanation, wrong-answer
feedback) is *sealed*: XOR-ed with a SHA-256 key stream derived from the salt
and the token that unlocks it (the right answer for the explanation, the
wrong answer for its feedback), then base64-encoded. A message is readable
only once a student has typed the answer that unlocks it.

This keeps answers out of sight, not out of reach: the answer space of a
choice is small and anyone can hash each option. It is a revision aid, not
an exam.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from typing import Any

from salesplan.exercises import answers as A
from salesplan.exercises.bank import VARIANT_SEEDS, Bank
from salesplan.exercises.checking import messages
from salesplan.exercises.markup import to_html
from salesplan.exercises.questions import (
    CategoriesQuestion,
    Choice,
    DateQuestion,
    InvoiceQuestion,
    MatchingQuestion,
    Mistake,
    MultipleChoice,
    NumericQuestion,
    OrderingQuestion,
    Question,
    SingleChoice,
)
from salesplan.exercises.scenario import ScenarioQuestion

FORMAT = 1


def salt_for(chapter: str, question: Question) -> str:
    """A per-question salt, stable from build to build (the site is reproducible)."""
    text = f"salesplan-quiz|{chapter}|{question.id}|{question.seed}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def digest(salt: str, token: str) -> str:
    """``SHA-256(salt|token)`` in hex: what the page stores for an answer token."""
    return hashlib.sha256(f"{salt}|{token}".encode()).hexdigest()


def seal(text: str, salt: str, token: str) -> str:
    """Encrypt ``text`` with a key stream only ``token`` unlocks (see :func:`unseal`)."""
    data = text.encode()
    return base64.b64encode(bytes(b ^ k for b, k in zip(data, _stream(salt, token, len(data)), strict=True))).decode()


def unseal(sealed: str, salt: str, token: str) -> str:
    """Decrypt a :func:`seal`-ed text (used by the tests; quiz.js does the same)."""
    data = base64.b64decode(sealed)
    return bytes(b ^ k for b, k in zip(data, _stream(salt, token, len(data)), strict=True)).decode()


def _stream(salt: str, token: str, size: int) -> bytes:
    blocks = (hashlib.sha256(f"{salt}|key|{token}|{i}".encode()).digest() for i in range((size + 31) // 32))
    return b"".join(blocks)[:size]


def answer_token(question: Question) -> str:
    """The canonical token of the right answer (the key of the explanation)."""
    if isinstance(question, NumericQuestion):
        return A.number_token(question.answer, question.step)
    if isinstance(question, DateQuestion):
        return A.date_token(question.answer)
    if isinstance(question, SingleChoice):
        return question.answer
    if isinstance(question, MultipleChoice):
        return A.set_token(set(question.answers))
    if isinstance(question, OrderingQuestion):
        return A.order_token(question.answer)
    if isinstance(question, MatchingQuestion | CategoriesQuestion):
        return A.mapping_token(dict(question.answer))
    if isinstance(question, InvoiceQuestion):
        return ";".join(f"{f.key}={A.number_token(f.answer, f.step)}" for f in question.fields)
    raise TypeError(f"unknown question type {type(question).__name__}")


def _sealed(salt: str, pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """{digest(token): seal(message, token)} for each (token, message) with a message."""
    return {digest(salt, token): seal(to_html(message), salt, token) for token, message in pairs if message}


def _number_mistakes(salt: str, mistakes: tuple[Mistake, ...], step: Any, prefix: str = "") -> dict[str, str]:
    return _sealed(salt, ((prefix + A.number_token(m.value, step), m.message) for m in mistakes))  # type: ignore[arg-type]


def _items(items: Iterable[Any]) -> list[dict[str, str]]:
    return [{"key": i.key, "text": to_html(i.text)} for i in items]


def _choices(choices: tuple[Choice, ...]) -> list[dict[str, str]]:
    return _items(choices)


def question_data(chapter: str, question: Question) -> dict[str, Any]:
    """The JSON-ready data of one question (one variant)."""
    salt = salt_for(chapter, question)
    token = answer_token(question)
    data: dict[str, Any] = {
        "id": question.id,
        "kind": question.kind,
        "seed": question.seed,
        "prompt": to_html(question.prompt),
        "salt": salt,
        "answer": digest(salt, token),
        "explanation": seal(to_html(question.explanation), salt, token),
        "link": {"page": question.link.page, "anchor": question.link.anchor, "label": question.link.label},
    }
    if isinstance(question, NumericQuestion):
        data |= {"unit": question.unit, "step": format(question.step, "f")}
        data["mistakes"] = _number_mistakes(salt, question.mistakes, question.step)
    elif isinstance(question, DateQuestion):
        data["mistakes"] = _sealed(salt, ((A.date_token(m.value), m.message) for m in question.mistakes))  # type: ignore[arg-type]
    elif isinstance(question, SingleChoice):
        data["choices"] = _choices(question.choices)
        data["mistakes"] = _sealed(salt, ((c.key, c.feedback) for c in question.choices if c.key != question.answer))
    elif isinstance(question, MultipleChoice):
        data["choices"] = _choices(question.choices)
        states = [f"item|{c.key}={int(c.key in question.answers)}" for c in question.choices]
        data["items_right"] = sorted(digest(salt, s) for s in states)
        wrong = ((f"item|{c.key}=1", c.feedback) for c in question.choices if c.key not in question.answers)
        data["mistakes"] = _sealed(salt, wrong)
    elif isinstance(question, OrderingQuestion):
        data["items"] = _items(question.items)
        data["items_right"] = sorted(digest(salt, f"item|{k}@{i}") for i, k in enumerate(question.answer))
    elif isinstance(question, MatchingQuestion | CategoriesQuestion):
        data["items"] = _items(question.items)
        targets = question.options if isinstance(question, MatchingQuestion) else question.categories
        data["options"] = _items(targets)
        data["items_right"] = sorted(digest(salt, f"item|{i}={o}") for i, o in question.answer)
        data["mistakes"] = _sealed(salt, ((f"item|{i}={o}", m) for i, o, m in question.feedback))
    elif isinstance(question, InvoiceQuestion):
        data["fields"] = [
            {
                "key": f.key,
                "label": to_html(f.label),
                "unit": f.unit,
                "step": format(f.step, "f"),
                "answer": digest(salt, f"field|{f.key}|{A.number_token(f.answer, f.step)}"),
                "mistakes": _number_mistakes(salt, f.mistakes, f.step, prefix=f"field|{f.key}|"),
            }
            for f in question.fields
        ]
    return data


def chapter_data(bank: Bank, *, seeds: tuple[int, ...] = VARIANT_SEEDS) -> dict[str, Any]:
    """The JSON-ready quiz of a chapter: each entry with its variants (one, or one per seed).

    Branching scenarios are not quiz questions on the page: they go to ``scenarios`` (scenario.js),
    sealed by :func:`~salesplan.exercises.serialise_scenario.scenario_data`.
    """
    from salesplan.exercises.serialise_scenario import scenario_data  # imports this module

    return {
        "format": FORMAT,
        "chapter": bank.chapter,
        "title": bank.title,
        "messages": messages(),
        "questions": [
            {"id": entry.id, "variants": [question_data(bank.chapter, q) for q in bank.variants(entry, seeds)]}
            for entry in bank.entries
            if not isinstance(entry, ScenarioQuestion)
        ],
        "scenarios": [scenario_data(bank.chapter, e) for e in bank.entries if isinstance(e, ScenarioQuestion)],
    }
