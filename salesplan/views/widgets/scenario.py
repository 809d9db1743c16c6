"""A branching scenario as a live widget: the conversation so far, the seller's possible replies, the debriefs.

>>> from salesplan.exercises import get_bank
>>> from salesplan.views.widgets.scenario import ScenarioWidget
>>> jeu = ScenarioWidget(get_bank("negociation/conclusion_vente").entries[-1])  # doctest: +SKIP

The replies are listed with their letter (A, B...) and one button per letter
(« Réponse A »); choosing shows the debrief and the next line. At the end:
the outcome, the score out of the best total (:func:`~salesplan.exercises.check`
on the path), the path taken and the lesson. « Annuler le dernier choix » and
« Rejouer le scénario » let the student explore the other branches.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial

from salesplan.concepts import ROLES
from salesplan.exercises import check
from salesplan.exercises.markup import to_html
from salesplan.exercises.scenario import Line, ScenarioQuestion, shown_replies, walk
from salesplan.values import plural
from salesplan.views.widgets._base import Panel, box, guarded, ipywidgets


def _speech(line: Line) -> str:
    return f"<p><strong>{html.escape(ROLES.get(line.speaker).libelle)} :</strong> {to_html(line.text)}</p>"


def _points(n: int) -> str:
    return plural(n, "point", "points")


class ScenarioWidget(Panel):
    """A scenario played in a kernel; ``path`` holds the keys chosen, ``status`` the verdict once at an end.

    ``status``: ``None`` while playing, ``True`` at an end with the best total, ``False`` at another end.
    """

    def __init__(
        self, question: ScenarioQuestion, *, heading: str = "", on_change: Callable[[], None] | None = None
    ) -> None:
        w = ipywidgets()
        self.question = question
        self.path: list[str] = []
        self.status: bool | None = None
        self._on_change = on_change
        title = heading or "Mise en situation : jeu de rôle"
        self.heading = w.HTML(f"<h4>{html.escape(title, quote=False)}</h4>")
        self.prompt = w.HTML(f"<div>{to_html(question.prompt)}</div>")
        self.transcript = w.HTML()
        self.current = w.HTML()
        self.reply_buttons = w.HBox()
        self.feedback = w.HTML()
        self.back_button = w.Button(description="Annuler le dernier choix", icon="undo")
        self.restart_button = w.Button(description="Rejouer le scénario", icon="refresh")
        self.back_button.on_click(self.guard(self.back))
        self.restart_button.on_click(self.guard(self.restart))
        self.widget = w.VBox(
            [
                self.heading,
                self.prompt,
                self.transcript,
                self.current,
                self.reply_buttons,
                self.feedback,
                w.HBox([self.back_button, self.restart_button]),
            ]
        )
        self._draw()

    def guard(self, action: Callable[[], object]) -> Callable[..., None]:
        """A callback whose errors end up, in French, in the feedback area."""
        return guarded(action, self._show)

    def _show(self, text: str) -> None:
        self.feedback.value = text

    def choose(self, key: str) -> None:
        """Choose the reply shown with letter ``key`` (``"a"``...) on the current line."""
        if walk(self.question, [*self.path, key]) is None:
            self._show(box("hint", html.escape(f"Choisissez une des réponses proposées (pas « {key} »).")))
            return
        self.path.append(key)
        self._draw()

    def back(self) -> None:
        """« Annuler le dernier choix »."""
        if self.path:
            self.path.pop()
        self._draw()

    def restart(self) -> None:
        """« Rejouer le scénario »."""
        self.path = []
        self._draw()

    def _draw(self) -> None:
        w = ipywidgets()
        walked = walk(self.question, self.path)
        assert walked is not None  # choose() only keeps offered keys
        steps, line = walked
        turns = "".join(
            f"<li>{_speech(s.line)}<p><strong>Vous :</strong> {to_html(s.reply.text)}</p>"
            + box(
                "info",
                f"<strong>Débriefing ({'+' if s.reply.points else ''}{_points(s.reply.points)}) :</strong> "
                f"{to_html(s.reply.debrief)}",
            )
            + "</li>"
            for s in steps
        )
        self.transcript.value = f'<ol aria-label="Déroulé de l\'entretien">{turns}</ol>' if steps else ""
        self.back_button.disabled = self.restart_button.disabled = not steps
        if line.is_end:
            feedback = check(self.question, self.path)
            path = " → ".join(k.upper() for k in self.path)
            body = (
                f"{_speech(line)}<p><strong>Issue :</strong> {to_html(line.outcome)}</p>"
                f"<p>{html.escape(feedback.message, quote=False)}</p><p>Chemin suivi : {path}.</p>"
                f"<p><strong>Ce qu'il faut retenir :</strong> {to_html(feedback.explanation)}</p>"
            )
            self.current.value = box("right" if feedback.correct else "wrong", body)
            self.reply_buttons.children = ()
            self.status = feedback.correct
        else:
            items = "".join(
                f"<li><strong>{key.upper()}.</strong> {to_html(reply.text)}</li>"
                for key, reply in shown_replies(self.question, line)
            )
            self.current.value = f'{_speech(line)}<p>Votre réponse :</p><ul style="list-style:none">{items}</ul>'
            buttons = []
            for key, _ in shown_replies(self.question, line):
                button = w.Button(description=f"Réponse {key.upper()}", tooltip=f"Répondre {key.upper()}")
                button.on_click(self.guard(partial(self.choose, key)))
                buttons.append(button)
            self.reply_buttons.children = tuple(buttons)
            self.status = None
        self.feedback.value = ""
        if self._on_change is not None:
            self._on_change()


__all__ = ["ScenarioWidget"]
