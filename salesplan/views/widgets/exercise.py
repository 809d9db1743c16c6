"""Exercises as live widgets: a question, or a chapter's whole bank with its score.

>>> from salesplan.views.widgets import quiz
>>> exercices = quiz("negociation/montant_commande")  # doctest: +SKIP
>>> exercices  # doctest: +SKIP

Each question shows its prompt, its input, « Vérifier » (feedback in place:
the verdict of :func:`~salesplan.exercises.check`, the likely mistake, the
explanation once right), « Réessayer » (clears the answer) and, for a
question drawn from a seed, « Nouvel énoncé » (the next seed).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from salesplan.exercises import VARIANT_SEEDS, Bank, Feedback, Parametrised, Question, check, get_bank
from salesplan.exercises.bank import Entry
from salesplan.exercises.markup import to_html
from salesplan.exercises.scenario import ScenarioQuestion
from salesplan.values import plural
from salesplan.views.widgets._base import Panel, box, guarded, ipywidgets
from salesplan.views.widgets.inputs import AnswerInput, answer_input
from salesplan.views.widgets.scenario import ScenarioWidget


def feedback_html(feedback: Feedback) -> str:
    """The verdict as HTML: message, per-item details, explanation when right, score of the items."""
    if feedback.unreadable:
        return box("hint", html.escape(feedback.message, quote=False))
    parts = [html.escape(feedback.message, quote=False)]
    details = [d for d in feedback.details if d != feedback.message]
    if details:
        parts.append("<ul>" + "".join(f"<li>{html.escape(d, quote=False)}</li>" for d in details) + "</ul>")
    if feedback.correct and feedback.explanation:
        parts.append(f"<div>{to_html(feedback.explanation)}</div>")
    return box("right" if feedback.correct else "wrong", "".join(parts))


class QuestionWidget(Panel):
    """One question (fixed, or parameterised: drawn from ``seed``) with its buttons and feedback.

    ``status`` is the verdict of the last « Vérifier » (``None``: not checked
    since the last retry or new statement). ``on_change`` is called after each
    change of status (the quiz updates its score).
    """

    def __init__(
        self,
        entry: Entry,
        *,
        seed: int = VARIANT_SEEDS[0],
        heading: str = "",
        on_change: Callable[[], None] | None = None,
    ) -> None:
        w = ipywidgets()
        self.entry = entry
        self.seed = seed
        self.status: bool | None = None
        self.last: Feedback | None = None
        self._on_change = on_change
        self.heading = w.HTML(f"<h4>{html.escape(heading, quote=False)}</h4>" if heading else "")
        self.prompt = w.HTML()
        self.body = w.Box()
        self.feedback = w.HTML()
        self.check_button = w.Button(description="Vérifier", button_style="primary", icon="check")
        self.retry_button = w.Button(description="Réessayer", icon="undo")
        self.check_button.on_click(self.guard(self.verify))
        self.retry_button.on_click(self.guard(self.retry))
        buttons = [self.check_button, self.retry_button]
        self.new_button = None
        if isinstance(entry, Parametrised):
            self.new_button = w.Button(description="Nouvel énoncé", icon="refresh")
            self.new_button.on_click(self.guard(self.new_statement))
            buttons.append(self.new_button)
        self.input: AnswerInput
        self.question: Question
        self.widget = w.VBox([self.heading, self.prompt, self.body, w.HBox(buttons), self.feedback])
        self._load(entry.build(seed) if isinstance(entry, Parametrised) else entry)

    def guard(self, action: Callable[[], object]) -> Callable[..., None]:
        """A callback running ``action`` whose errors end up, in French, in the feedback area."""
        return guarded(action, self._show)

    def _show(self, text: str) -> None:
        self.feedback.value = text

    def _load(self, question: Question) -> None:
        self.question = question
        self.prompt.value = f"<div>{to_html(question.prompt)}</div>"
        self.input = answer_input(question, self.guard)
        self.body.children = (self.input.widget,)
        self._set_status(None, None)

    def _set_status(self, status: bool | None, feedback: Feedback | None) -> None:
        self.status = status
        self.last = feedback
        self.feedback.value = feedback_html(feedback) if feedback else ""
        self.input.show(feedback)
        if self._on_change is not None:
            self._on_change()

    def verify(self) -> Feedback:
        """« Vérifier »: check the answer and show the verdict (an unreadable answer leaves the status unset)."""
        feedback = check(self.question, self.input.answer())
        self._set_status(None if feedback.unreadable else feedback.correct, feedback)
        return feedback

    def retry(self) -> None:
        """« Réessayer »: clear the answer and the feedback."""
        self.input.clear()
        self._set_status(None, None)

    def new_statement(self) -> None:
        """« Nouvel énoncé »: the next variant of a parameterised question (next seed)."""
        if not isinstance(self.entry, Parametrised):
            return
        self.seed += 1
        self._load(self.entry.build(self.seed))


class QuizWidget(Panel):
    """The exercises of a chapter's bank, one under the other, with the score of the set.

    A branching scenario of the bank is played with a :class:`ScenarioWidget`; it counts as right when
    its path reaches the best total.
    """

    def __init__(self, bank: Bank, *, seed: int = VARIANT_SEEDS[0]) -> None:
        w = ipywidgets()
        self.bank = bank
        self.score_label = w.HTML()
        count = len(bank.entries)
        self.questions: list[QuestionWidget | ScenarioWidget] = [
            ScenarioWidget(entry, heading=f"Question {n} sur {count} : mise en situation", on_change=self._update_score)
            if isinstance(entry, ScenarioQuestion)
            else QuestionWidget(entry, seed=seed, heading=f"Question {n} sur {count}", on_change=self._update_score)
            for n, entry in enumerate(bank.entries, start=1)
        ]
        title = w.HTML(f"<h3>Entraînement : {html.escape(bank.title, quote=False)}</h3>")
        self.widget = w.VBox([title, *(q.widget for q in self.questions), self.score_label])
        self._update_score()

    @property
    def score(self) -> tuple[int, int]:
        """(questions answered right at their last check, questions of the set)."""
        return sum(q.status is True for q in self.questions), len(self.questions)

    def _update_score(self) -> None:
        if not hasattr(self, "questions"):
            return  # still building
        right, total = self.score
        checked = sum(q.status is not None for q in self.questions)
        text = f"Score : {right} sur {total} ({plural(checked, 'question vérifiée', 'questions vérifiées')})."
        self.score_label.value = box("info", f"<strong>{html.escape(text, quote=False)}</strong>")


def quiz(chapter: str, *, seed: int = VARIANT_SEEDS[0]) -> QuizWidget:
    """The exercises of a chapter (book page path such as ``"negociation/montant_commande"``) as widgets.

    An unknown chapter raises ``UnknownCodeError`` with the nearest one suggested.
    """
    return QuizWidget(get_bank(chapter), seed=seed)


__all__ = ["QuestionWidget", "QuizWidget", "feedback_html", "quiz"]
