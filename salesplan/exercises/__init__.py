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
   ``Parametrised("id", make)`` where ``make`` is written
   ``@variante(CHAPTER, "id") def make(rng: random.Random) -> Question`` (from
   ``banks._tirage``): it draws its numbers from ``rng``, and the decorator
   salts the generator with the id, sets the seed and draws again while the
   answer can be read in the page (:mod:`~salesplan.exercises.visibility`).
2. Write every text in French. Take concept texts from ``salesplan.concepts``
   (never retype a definition) and compute every answer and every wrong value
   with the library (``calculer_commande``, ``date_echeance``...). Build a
   numeric question or an invoice box with
   :mod:`~salesplan.exercises.numeric_builders` (``numeric_question``,
   ``amount_field``, ``count_field``): give the answer and the likely mistakes
   as (value, message) pairs, e.g. the net obtained by adding successive
   discounts, with « Vous avez additionné les remises... » (a wrong value equal
   to the answer is dropped). Write every figure with ``values.format_*``.
3. Keys must be ASCII snake_case and must not give the answer away: for a
   matching, key the items ``d1, d2...`` (:func:`~salesplan.exercises.bank.opaque_items`);
   show items in a drawn order (:func:`~salesplan.exercises.bank.shuffled`).
   Messages are encrypted on the site, so they may name the right answer.
4. Nothing to register: ``banks/__init__.py`` finds every module of the
   package that defines ``BANK`` (``BANKS``, keyed by chapter; two banks for one
   chapter are refused). Write ```` ```{quiz} <chapter> ``` ```` in the
   chapter's « Entraînement » section, and name in each question's
   ``practises`` the lines of ``book/_data/outline_seed.md`` it trains.
5. Run ``pytest tests/test_exercises_engine.py tests/test_exercise_coverage.py``:
   every bank is checked (right answers accepted, no answer in clear in the page
   data, every leaf of the outline practised, five questions a chapter);
   ``tests/test_quiz_links.py`` checks on the built site that each ``link``
   (page and heading anchor) exists.

How to write a branching scenario (a role play without a partner)
-----------------------------------------------------------------
A :class:`~salesplan.exercises.scenario.ScenarioQuestion` is an entry of the
bank like any question. ``prompt`` sets the scene (who, where, what was said
before); ``lines`` is the conversation, the first line opening it::

    ScenarioQuestion(
        id="signaux_achat_copieurs", prompt="...", explanation="La leçon du scénario.",
        link=NotionLink(CHAPTER, "reconnaitre-les-signaux-d-achat"),
        lines=(
            Line("ouverture", "acheteur", "« Et la formation, elle est comprise ? »", (
                Reply("« Oui, une demi-journée. On planifie l'installation ? »", "accord", 2,
                      "Signal d'achat saisi : réponse courte, puis conclusion alternative."),
                Reply("« Je vous montre d'abord nos autres modèles. »", "objection", 0,
                      "Signal manqué : en relançant l'argumentation, vous réveillez les objections."),
            )),
            Line("accord", "acheteur", "« Mardi matin. »", outcome="Le bon de commande est signé."),
            ...
        ),
    )

* ``speaker`` is a code of ``salesplan.concepts.ROLES`` (acheteur,
  prescripteur, utilisateur, decideur, conseiller, filtre, initiateur).
* Two to four replies per line, each with ``next`` (the id of the line it
  leads to), ``points`` (0: it hurts, 1: acceptable, 2: the right move) and a
  ``debrief`` saying why, with the notion of the course (SONCAS motive missed,
  objection technique, price given too early, buying signal missed...).
  Write the replies in any order: they are shown in a drawn order.
* A line without replies ends the scenario; its ``outcome`` says how the
  meeting ends. Lines may be shared by several paths, but no loop.
* The construction refuses a broken graph (unknown speaker or line, a line
  never reached, a loop, an empty debrief...) with a message naming the line.
* The student's answer is the path of reply keys; ``check`` gives the score
  out of the best total, the debrief of each step and the outcome. On the site,
  the graph is sealed (:mod:`~salesplan.exercises.serialise_scenario`) and
  ``static/scenario.js`` plays it; in Jupyter, ``quiz(chapter)`` shows it as a
  widget.
"""

from __future__ import annotations

from salesplan.exercises import questions
from salesplan.exercises.bank import VARIANT_SEEDS, Bank, Parametrised
from salesplan.exercises.banks import BANKS, get_bank
from salesplan.exercises.checking import Feedback, FieldFeedback, check
from salesplan.exercises.questions import *  # noqa: F403 (the kinds of questions, listed once in questions.__all__)
from salesplan.exercises.scenario import Line, Reply, ScenarioQuestion

__all__ = [
    "BANKS",
    "VARIANT_SEEDS",
    "Bank",
    "Feedback",
    "FieldFeedback",
    "Line",
    "Parametrised",
    "Reply",
    "ScenarioQuestion",
    "check",
    "get_bank",
]
__all__ += questions.__all__
