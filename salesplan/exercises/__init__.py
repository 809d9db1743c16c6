"""Exercises with instant feedback: one question bank, checked the same way everywhere.

A question is written once (:mod:`~salesplan.exercises.questions`), checked by
:func:`check` (Python, for widgets and tests) and serialised for the static
site by :mod:`~salesplan.exercises.serialise`, where ``static/quiz.js`` checks
it against hashes, with the same rules (:mod:`~salesplan.exercises.answers`).

>>> from salesplan.exercises import check, get_bank
>>> question = get_bank("processus_achat/etapes_achat").questions()[0]
>>> check(question, list(question.answer)).correct
True

A renderer (widgets, site) needs only the question's data and ``check``:
``check(question, raw) -> Feedback(correct, message, unreadable, mistake,
score, total, details, fields, explanation)``.

How to add a bank for a chapter
-------------------------------
1. Create ``salesplan/exercises/banks/<name>.py`` with ``CHAPTER`` = the book
   page path (``"negociation/conditions_paiement"``) and ``BANK = Bank(CHAPTER,
   "titre", (entries...))``. An entry is a question, or
   ``Parametrised("id", make)`` where ``make(seed: int)`` draws its numbers with
   ``random.Random(seed)`` and returns the question with ``id`` and ``seed=seed``.
2. Write every text in French. Take concept texts from ``salesplan.concepts``
   (never retype a definition) and compute every answer and every wrong value
   with the library (``calculer_commande``, ``date_echeance``...). Attach the
   likely mistakes with :func:`~salesplan.exercises.bank.mistakes` (it drops a
   wrong value equal to the answer), e.g. the net obtained by adding successive
   discounts, with « Vous avez additionné les remises... ».
3. Keys must be ASCII snake_case and must not give the answer away: for a
   matching, key the items ``d1, d2...`` (:func:`~salesplan.exercises.bank.opaque_items`);
   show items in a drawn order (:func:`~salesplan.exercises.bank.shuffled`).
   Messages are encrypted on the site, so they may name the right answer.
4. Register the bank in ``banks/__init__.py`` (``BANKS``) and write
   ```` ```{quiz} <chapter> ``` ```` in the chapter's « Entraînement » section.
5. Run ``pytest tests/test_exercises_engine.py``: every bank is checked (right
   answers accepted, no answer in clear in the page data).
"""

from __future__ import annotations

from salesplan.exercises.bank import VARIANT_SEEDS, Bank, Parametrised
from salesplan.exercises.banks import BANKS, get_bank
from salesplan.exercises.checking import Feedback, FieldFeedback, check
from salesplan.exercises.questions import (
    CategoriesQuestion,
    Choice,
    DateQuestion,
    InvoiceQuestion,
    Item,
    MatchingQuestion,
    Mistake,
    MultipleChoice,
    NotionLink,
    NumericField,
    NumericQuestion,
    OrderingQuestion,
    Question,
    SingleChoice,
)

__all__ = [
    "BANKS",
    "VARIANT_SEEDS",
    "Bank",
    "CategoriesQuestion",
    "Choice",
    "DateQuestion",
    "Feedback",
    "FieldFeedback",
    "InvoiceQuestion",
    "Item",
    "MatchingQuestion",
    "Mistake",
    "MultipleChoice",
    "NotionLink",
    "NumericField",
    "NumericQuestion",
    "OrderingQuestion",
    "Parametrised",
    "Question",
    "SingleChoice",
    "check",
    "get_bank",
]
