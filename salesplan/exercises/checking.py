"""Checking an answer: ``check(question, raw_answer) -> Feedback``, never an exception.

The raw answer is what a widget or a test hands over: text for numbers, dates
and single choices; a list of keys for multiple choices and orderings; a
mapping for matchings, categories and invoices (field key → text). Anything
else, or text that cannot be read, gives ``Feedback(unreadable=True)`` with a
French hint. quiz.js applies the same rules to hashes (see
:mod:`salesplan.exercises.answers`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from salesplan.exercises import answers
from salesplan.exercises.questions import (
    CategoriesQuestion,
    DateQuestion,
    InvoiceQuestion,
    MatchingQuestion,
    Mistake,
    MultipleChoice,
    NumericField,
    NumericQuestion,
    OrderingQuestion,
    Question,
    SingleChoice,
)

RIGHT = "Bravo, c'est juste !"
WRONG_NUMBER = "Ce n'est pas le résultat attendu : reprenez le calcul étape par étape."
WRONG_DATE = "Ce n'est pas la date attendue : recomptez à partir de la date de départ."
WRONG_CHOICE = "Ce n'est pas la bonne réponse."
CHOICE_HINT = "Choisissez une des réponses proposées."
ORDER_HINT = "Classez chaque élément une fois et une seule."
MAPPING_HINT = "Choisissez une réponse pour chaque élément."
SCORES = {
    "multiple": "Pas encore : cases justes (cochées ou laissées vides à raison) : {score} sur {total}.",
    "ordering": "Pas encore : éléments à la bonne place : {score} sur {total}.",
    "matching": "Pas encore : associations justes : {score} sur {total}.",
    "categories": "Pas encore : éléments bien classés : {score} sur {total}.",
    "invoice": "Pas encore : cases justes : {score} sur {total}.",
}
FIELD_RIGHT = "Juste."
INVOICE_HINT = "Remplissez chaque case avec un nombre, par exemple 1 234,56."


@dataclass(frozen=True)
class FieldFeedback:
    """The verdict on one box of a multi-field question."""

    key: str
    correct: bool
    message: str
    unreadable: bool = False


@dataclass(frozen=True)
class Feedback:
    """The verdict: ``correct``, a French ``message``, and more detail for the renderers.

    ``mistake`` is the wrong-answer message found (also in ``message``);
    ``score``/``total`` count right items for per-item questions; ``details``
    lists per-item messages (wrongly placed choices...); ``fields`` gives the
    per-box verdicts of an invoice. ``explanation`` is the question's, set only
    when the answer is right.
    """

    correct: bool
    message: str
    unreadable: bool = False
    mistake: str = ""
    score: int | None = None
    total: int | None = None
    details: tuple[str, ...] = ()
    fields: tuple[FieldFeedback, ...] = ()
    explanation: str = ""


def _unreadable(hint: str) -> Feedback:
    return Feedback(False, hint, unreadable=True)


def _right(
    question: Question, *, score: int | None = None, total: int | None = None, fields: tuple[FieldFeedback, ...] = ()
) -> Feedback:
    return Feedback(True, RIGHT, score=score, total=total, fields=fields, explanation=question.explanation)


def _number_verdict(raw: object, answer: Decimal, step: Decimal, mistakes: Iterable[Mistake]) -> tuple[bool, bool, str]:
    """(readable, correct, mistake message) for one number."""
    value = answers.read_number(raw)
    if value is None:
        return False, False, ""
    given = answers.steps(value, step)
    if given == answers.steps(answer, step):
        return True, True, ""
    for mistake in mistakes:
        if isinstance(mistake.value, Decimal) and answers.steps(mistake.value, step) == given:
            return True, False, mistake.message
    return True, False, ""


def _numeric(question: NumericQuestion, raw: object) -> Feedback:
    readable, correct, mistake = _number_verdict(raw, question.answer, question.step, question.mistakes)
    if not readable:
        return _unreadable(answers.NUMBER_HINT)
    if correct:
        return _right(question)
    return Feedback(False, mistake or WRONG_NUMBER, mistake=mistake)


def _date(question: DateQuestion, raw: object) -> Feedback:
    day = answers.read_date(raw)
    if day is None:
        return _unreadable(answers.DATE_HINT)
    if day == question.answer:
        return _right(question)
    mistake = next((m.message for m in question.mistakes if m.value == day), "")
    return Feedback(False, mistake or WRONG_DATE, mistake=mistake)


def _single(question: SingleChoice, raw: object) -> Feedback:
    choices = {c.key: c for c in question.choices}
    if not isinstance(raw, str) or raw not in choices:
        return _unreadable(CHOICE_HINT)
    if raw == question.answer:
        return _right(question)
    mistake = choices[raw].feedback
    return Feedback(False, mistake or WRONG_CHOICE, mistake=mistake)


def _keys(raw: object) -> list[str] | None:
    if isinstance(raw, str):
        return [part.strip() for part in raw.split(",") if part.strip()]
    if isinstance(raw, Mapping) or not isinstance(raw, Iterable):
        return None
    keys = list(raw)
    return keys if all(isinstance(k, str) for k in keys) else None


def _scored(question: Question, score: int, total: int, details: list[str]) -> Feedback:
    if score == total:
        return _right(question, score=score, total=total)
    message = SCORES[question.kind].format(score=score, total=total)
    return Feedback(False, message, score=score, total=total, details=tuple(details), mistake=" ".join(details))


def _multiple(question: MultipleChoice, raw: object) -> Feedback:
    keys = _keys(raw)
    known = {c.key for c in question.choices}
    if keys is None or not set(keys) <= known or len(set(keys)) != len(keys):
        return _unreadable(CHOICE_HINT)
    ticked = set(keys)
    score = sum((c.key in ticked) == (c.key in question.answers) for c in question.choices)
    details = [c.feedback for c in question.choices if c.key in ticked and c.key not in question.answers and c.feedback]
    return _scored(question, score, len(question.choices), details)


def _ordering(question: OrderingQuestion, raw: object) -> Feedback:
    keys = _keys(raw)
    if isinstance(raw, str):
        keys = [part.strip() for part in raw.split(">")] if ">" in raw else keys
    if keys is None or sorted(keys) != sorted(question.answer):
        return _unreadable(ORDER_HINT)
    score = sum(given == right for given, right in zip(keys, question.answer, strict=True))
    return _scored(question, score, len(question.answer), [])


def _mapping(question: MatchingQuestion | CategoriesQuestion, raw: object) -> Feedback:
    allowed = {t.key for t in question.targets}
    right = dict(question.answer)
    if (
        not isinstance(raw, Mapping)
        or set(raw) != set(right)
        or not all(isinstance(raw[k], str) and raw[k] in allowed for k in right)
    ):
        return _unreadable(MAPPING_HINT)
    score = sum(raw[k] == v for k, v in right.items())
    messages = {(item, wrong): message for item, wrong, message in question.feedback}
    details = [messages[(i.key, raw[i.key])] for i in question.items if (i.key, raw[i.key]) in messages]
    return _scored(question, score, len(right), details)


def _field(spec: NumericField, raw: object) -> FieldFeedback:
    readable, correct, mistake = _number_verdict(raw, spec.answer, spec.step, spec.mistakes)
    if not readable:
        return FieldFeedback(spec.key, False, answers.NUMBER_HINT, unreadable=True)
    return FieldFeedback(spec.key, correct, FIELD_RIGHT if correct else (mistake or WRONG_NUMBER))


def _invoice(question: InvoiceQuestion, raw: object) -> Feedback:
    if not isinstance(raw, Mapping):
        return _unreadable(INVOICE_HINT)
    fields = tuple(_field(spec, raw.get(spec.key, "")) for spec in question.fields)
    score = sum(f.correct for f in fields)
    if any(f.unreadable for f in fields):
        return Feedback(False, INVOICE_HINT, unreadable=True, score=score, total=len(fields), fields=fields)
    if score == len(fields):
        return _right(question, score=score, total=score, fields=fields)
    message = SCORES["invoice"].format(score=score, total=len(fields))
    mistakes = tuple(f.message for f in fields if not f.correct and f.message != WRONG_NUMBER)
    return Feedback(False, message, score=score, total=len(fields), fields=fields, mistake=" ".join(mistakes))


def check(question: Question, raw_answer: object) -> Feedback:
    """Check a student's answer; never raises, whatever ``raw_answer`` is.

    >>> from salesplan.exercises.questions import NumericQuestion, NotionLink
    >>> q = NumericQuestion(id="q", prompt="2 × 3 ?", explanation="6.", link=NotionLink("index"), answer=Decimal(6))
    >>> check(q, "6,00 €").correct, check(q, "six").unreadable
    (True, True)
    """
    if isinstance(question, NumericQuestion):
        return _numeric(question, raw_answer)
    if isinstance(question, DateQuestion):
        return _date(question, raw_answer)
    if isinstance(question, SingleChoice):
        return _single(question, raw_answer)
    if isinstance(question, MultipleChoice):
        return _multiple(question, raw_answer)
    if isinstance(question, OrderingQuestion):
        return _ordering(question, raw_answer)
    if isinstance(question, MatchingQuestion | CategoriesQuestion):
        return _mapping(question, raw_answer)
    if isinstance(question, InvoiceQuestion):
        return _invoice(question, raw_answer)
    if question.kind == "scenario":  # a branching scenario: the answer is the path (see exercises.scenario)
        from salesplan.exercises.scenario import ScenarioQuestion, check_path

        if isinstance(question, ScenarioQuestion):
            return check_path(question, raw_answer)
    return _unreadable("Type de question inconnu.")


def messages() -> dict[str, str]:
    """The fixed French messages, handed to quiz.js so that both say exactly the same."""
    return {
        "right": RIGHT,
        "wrong_number": WRONG_NUMBER,
        "wrong_date": WRONG_DATE,
        "wrong_choice": WRONG_CHOICE,
        "number_hint": answers.NUMBER_HINT,
        "date_hint": answers.DATE_HINT,
        "choice_hint": CHOICE_HINT,
        "order_hint": ORDER_HINT,
        "mapping_hint": MAPPING_HINT,
        "invoice_hint": INVOICE_HINT,
        "field_right": FIELD_RIGHT,
        **{f"score_{kind}": text for kind, text in SCORES.items()},
    }


__all__ = [
    "CHOICE_HINT",
    "FIELD_RIGHT",
    "INVOICE_HINT",
    "MAPPING_HINT",
    "ORDER_HINT",
    "RIGHT",
    "SCORES",
    "WRONG_CHOICE",
    "WRONG_DATE",
    "WRONG_NUMBER",
    "Feedback",
    "FieldFeedback",
    "check",
    "messages",
]
