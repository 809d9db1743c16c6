"""A chapter's quiz as JSON for the static site, with no answer in clear.

The page holds, per question, a ``salt`` and ``SHA-256(salt + "|" + token)``
of the right answer's canonical token (see :mod:`salesplan.exercises.answers`);
quiz.js hashes the student's token the same way and compares. Per-item
questions (multiple choice, ordering, matching, categories) also hold one
hash per right item (``item|key=1``, ``item|key@0``, ``item|d1=acheteur``)
so the page can say how many items are right without saying which answer is.

**Numbers are stretched.** The token of a number (a count of cents, of
tenths of a percent...) has few possible values: with one SHA-256 a script
tries every amount up to 100 000 € in seconds. So a number token is first
replaced by its *key*, ``PBKDF2-HMAC-SHA256(token, salt, ITERATIONS)`` in
hex (:func:`stretch`), and the key is what is hashed and what seals the
messages. One check in the browser costs one PBKDF2 per number (Web Crypto, tens
of milliseconds); trying every amount costs hours (benchmarks/RESULTS.md).
Keys are cached (memory, and a file when :envvar:`SALESPLAN_QUIZ_CACHE` names
one: the build sets it) so that the build does not stretch a token twice.

Every message that could give the answer away (explanation, wrong-answer
feedback) is *sealed*: XOR-ed with a SHA-256 key stream derived from the salt
and the token that unlocks it (the right answer for the explanation, the
wrong answer for its feedback), then base64-encoded. A message is readable
only once a student has typed the answer that unlocks it.

This keeps answers out of sight, not out of reach: the answer space of a
choice or a date is small and anyone can hash each option; a GPU shortens
the search of amounts too. It is a revision aid, not an exam.
"""

from __future__ import annotations

import base64
import contextvars
import functools
import hashlib
import json
import os
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from salesplan.exercises import answers
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

FORMAT = 2
ITERATIONS = 30_000
"""PBKDF2 rounds per number token: one check well under 100 ms in the browser, every amount in hours."""
CACHE_ENV = "SALESPLAN_QUIZ_CACHE"


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


_lock = threading.Lock()
_disk: dict[str, str] = {}
_disk_read: set[str] = set()


def _disk_cache() -> dict[str, str]:
    """The keys stretched so far, with those of the cache file (read once per file named)."""
    path = os.environ.get(CACHE_ENV)
    if path and path not in _disk_read:
        _disk_read.add(path)
        try:
            loaded = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            loaded = {}
        if isinstance(loaded, dict):
            _disk.update((k, v) for k, v in loaded.items() if isinstance(k, str) and isinstance(v, str))
    return _disk


_recording: contextvars.ContextVar[list[tuple[str, str]] | None] = contextvars.ContextVar("_recording", default=None)


def stretch(salt: str, token: str, *, iterations: int = ITERATIONS) -> str:
    """The key of a number token: ``PBKDF2-HMAC-SHA256(token, salt, iterations)`` in hex (quiz.js the same)."""
    pending = _recording.get()
    if pending is not None and iterations == ITERATIONS:  # a dry run of chapter_data: note it, stretch later
        pending.append((salt, token))
        return "0" * 64
    return _stretched(salt, token, iterations)


def _stretch_all(pairs: Iterable[tuple[str, str]]) -> None:
    """Stretch keys on every core (hashlib's PBKDF2 releases the GIL)."""
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(lambda pair: _stretched(*pair, ITERATIONS), dict.fromkeys(pairs)))


@functools.cache
def _stretched(salt: str, token: str, iterations: int) -> str:
    name = hashlib.sha256(f"{iterations}|{salt}|{token}".encode()).hexdigest()
    with _lock:
        cached = _disk_cache().get(name)
    if isinstance(cached, str):
        return cached
    key = hashlib.pbkdf2_hmac("sha256", token.encode(), salt.encode(), iterations).hex()
    with _lock:
        _disk_cache()[name] = key
    return key


def save_cache() -> None:
    """Write the keys stretched so far to the file named by ``SALESPLAN_QUIZ_CACHE`` (if any)."""
    path = os.environ.get(CACHE_ENV)
    if path and _disk:
        with _lock:
            text = json.dumps(_disk, sort_keys=True)
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        temporary = Path(f"{path}.{os.getpid()}.tmp")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)


def number_key(salt: str, value: Any, step: Any, prefix: str = "") -> str:
    """The stretched token of a number (``prefix`` + its count of steps)."""
    return stretch(salt, prefix + answers.number_token(value, step))


def rules() -> dict[str, Any]:
    """What quiz.js needs to read and check answers: the reading tables, the messages, the hashing."""
    return {
        **answers.rules(),
        "messages": messages(),
        "hashing": {"digest": "{salt}|{token}", "stream": "{salt}|key|{token}|{block}", "iterations": ITERATIONS},
    }


def answer_token(question: Question) -> str:
    """The canonical token of the right answer (before stretching, see :func:`answer_key`)."""
    if isinstance(question, NumericQuestion):
        return answers.number_token(question.answer, question.step)
    if isinstance(question, DateQuestion):
        return answers.date_token(question.answer)
    if isinstance(question, SingleChoice):
        return question.answer
    if isinstance(question, MultipleChoice):
        return answers.set_token(set(question.answers))
    if isinstance(question, OrderingQuestion):
        return answers.order_token(question.answer)
    if isinstance(question, MatchingQuestion | CategoriesQuestion):
        return answers.mapping_token(dict(question.answer))
    if isinstance(question, InvoiceQuestion):
        return ";".join(f"{f.key}={answers.number_token(f.answer, f.step)}" for f in question.fields)
    raise TypeError(f"unknown question type {type(question).__name__}")


def answer_key(salt: str, question: Question) -> str:
    """What the right answer's hash and the explanation's seal are made from: the token, numbers stretched.

    An invoice's key is its boxes' keys joined by ``;`` (quiz.js has them once every box is checked).
    """
    if isinstance(question, NumericQuestion):
        return number_key(salt, question.answer, question.step)
    if isinstance(question, InvoiceQuestion):
        return answers.TOKENS["pairs"].join(_field_key(salt, f.key, f.answer, f.step) for f in question.fields)
    return answer_token(question)


def _field_key(salt: str, key: str, value: Any, step: Any) -> str:
    return stretch(salt, answers.token("field", key=key, value=answers.number_token(value, step)))


def _sealed(salt: str, pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """{digest(token): seal(message, token)} for each (token, message) with a message."""
    return {digest(salt, token): seal(to_html(message), salt, token) for token, message in pairs if message}


def _number_mistakes(salt: str, mistakes: tuple[Mistake, ...], step: Any) -> dict[str, str]:
    return _sealed(salt, ((number_key(salt, m.value, step), m.message) for m in mistakes))


def _field_mistakes(salt: str, key: str, mistakes: tuple[Mistake, ...], step: Any) -> dict[str, str]:
    return _sealed(salt, ((_field_key(salt, key, m.value, step), m.message) for m in mistakes))


def _items(items: Iterable[Any]) -> list[dict[str, str]]:
    return [{"key": i.key, "text": to_html(i.text)} for i in items]


def _choices(choices: tuple[Choice, ...]) -> list[dict[str, str]]:
    return _items(choices)


def _placed(item: str, option: str) -> str:
    """The token of one item placed on one option (or category)."""
    return answers.token("placed", item=item, option=option)


def question_data(chapter: str, question: Question) -> dict[str, Any]:
    """The JSON-ready data of one question (one variant)."""
    salt = salt_for(chapter, question)
    token = answer_key(salt, question)
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
        data["mistakes"] = _sealed(salt, ((answers.date_token(m.value), m.message) for m in question.mistakes))  # type: ignore[arg-type]
    elif isinstance(question, SingleChoice):
        data["choices"] = _choices(question.choices)
        data["mistakes"] = _sealed(salt, ((c.key, c.feedback) for c in question.choices if c.key != question.answer))
    elif isinstance(question, MultipleChoice):
        data["choices"] = _choices(question.choices)
        states = [answers.token("ticked", key=c.key, state=int(c.key in question.answers)) for c in question.choices]
        data["items_right"] = sorted(digest(salt, s) for s in states)
        wrong = (
            (answers.token("ticked", key=c.key, state=1), c.feedback)
            for c in question.choices
            if c.key not in question.answers
        )
        data["mistakes"] = _sealed(salt, wrong)
    elif isinstance(question, OrderingQuestion):
        data["items"] = _items(question.items)
        data["items_right"] = sorted(
            digest(salt, answers.token("position", key=k, index=i)) for i, k in enumerate(question.answer)
        )
    elif isinstance(question, MatchingQuestion | CategoriesQuestion):
        data["items"] = _items(question.items)
        data["options"] = _items(question.targets)
        data["items_right"] = sorted(
            digest(salt, answers.token("placed", item=i, option=o)) for i, o in question.answer
        )
        data["mistakes"] = _sealed(
            salt, ((answers.token("placed", item=i, option=o), m) for i, o, m in question.feedback)
        )
    elif isinstance(question, InvoiceQuestion):
        data["fields"] = [
            {
                "key": f.key,
                "label": to_html(f.label),
                "unit": f.unit,
                "step": format(f.step, "f"),
                "answer": digest(salt, _field_key(salt, f.key, f.answer, f.step)),
                "mistakes": _field_mistakes(salt, f.key, f.mistakes, f.step),
            }
            for f in question.fields
        ]
    return data


def unkeyed_question_data(chapter: str, question: Question) -> dict[str, Any]:
    """:func:`question_data` with the number keys left unstretched: the same readable content (prompt, units,
    choices, items, field labels), but hashes and sealed texts hold no real key. Costs no PBKDF2: for
    checking what a page shows (:mod:`~salesplan.exercises.visibility`), never for the site."""
    marker = _recording.set([])
    try:
        return question_data(chapter, question)
    finally:
        _recording.reset(marker)


def chapter_data(bank: Bank, *, seeds: tuple[int, ...] = VARIANT_SEEDS) -> dict[str, Any]:
    """The JSON-ready quiz of a chapter: each entry with its variants (one, or one per seed).

    Branching scenarios are not quiz questions on the page: they go to ``scenarios`` (scenario.js),
    sealed by :func:`~salesplan.exercises.serialise_scenario.scenario_data`.
    """
    from salesplan.exercises.serialise_scenario import scenario_data  # imports this module

    def questions() -> list[dict[str, Any]]:
        return [
            {"id": entry.id, "variants": [question_data(bank.chapter, q) for q in bank.variants(entry, seeds)]}
            for entry in bank.entries
            if not isinstance(entry, ScenarioQuestion)
        ]

    _prestretched(questions)
    return {
        "format": FORMAT,
        "chapter": bank.chapter,
        "title": bank.title,
        "rules": rules(),
        "questions": questions(),
        "scenarios": [scenario_data(bank.chapter, e) for e in bank.entries if isinstance(e, ScenarioQuestion)],
    }


def _prestretched(work: Callable[[], object]) -> None:
    """Run ``work`` dry, noting the number keys it needs, and stretch them all in parallel (the build's cost)."""
    pending: list[tuple[str, str]] = []
    marker = _recording.set(pending)
    try:
        work()
    finally:
        _recording.reset(marker)
    _stretch_all(pending)


__all__ = [
    "CACHE_ENV",
    "FORMAT",
    "ITERATIONS",
    "answer_key",
    "answer_token",
    "chapter_data",
    "digest",
    "number_key",
    "question_data",
    "rules",
    "salt_for",
    "save_cache",
    "seal",
    "stretch",
    "unkeyed_question_data",
    "unseal",
]
