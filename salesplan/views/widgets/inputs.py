"""One input widget per question type; each hands ``check`` the raw answer it expects.

* single choice → radio buttons; multiple choice → check boxes;
* number, date → a text box (French input « 1 234,56 », « 17/03/2027 ») and its unit;
* ordering → a numbered list with « monter » / « descendre » buttons;
* matching, categories → a list box per item; invoice → a text box per field,
  each with its own verdict after « Vérifier ».
"""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial
from typing import Any

from salesplan.errors import SalesplanTypeError, show
from salesplan.exercises import (
    CategoriesQuestion,
    DateQuestion,
    Feedback,
    InvoiceQuestion,
    MatchingQuestion,
    MultipleChoice,
    NumericQuestion,
    OrderingQuestion,
    Question,
    SingleChoice,
)
from salesplan.exercises.markup import to_html, to_text
from salesplan.views.widgets._base import box, ipywidgets

Guard = Callable[[Callable[[], object]], Callable[..., None]]
NO_CHOICE = "— choisir —"
_WIDE = {"description_width": "initial"}


class AnswerInput:
    """The input part of a question: ``widget``, ``answer()`` for ``check``, ``clear()``, ``show(feedback)``."""

    widget: Any

    def answer(self) -> object:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def show(self, feedback: Feedback | None) -> None:
        """Per-part verdicts (only invoices have some); ``None`` removes them."""


class ChoiceInput(AnswerInput):
    def __init__(self, question: SingleChoice) -> None:
        w = ipywidgets()
        options = [(to_text(c.text), c.key) for c in question.choices]
        self.widget = w.RadioButtons(options=options, value=None, description="Réponse", layout=w.Layout(width="auto"))

    def answer(self) -> object:
        return self.widget.value if self.widget.value is not None else ""

    def clear(self) -> None:
        self.widget.value = None


class TickInput(AnswerInput):
    def __init__(self, question: MultipleChoice) -> None:
        w = ipywidgets()
        self.boxes = {
            c.key: w.Checkbox(value=False, description=to_text(c.text), indent=False, layout=w.Layout(width="auto"))
            for c in question.choices
        }
        self.widget = w.VBox(list(self.boxes.values()))

    def answer(self) -> object:
        return [key for key, tick in self.boxes.items() if tick.value]

    def clear(self) -> None:
        for tick in self.boxes.values():
            tick.value = False


class TextInput(AnswerInput):
    """A number (with its unit) or a date."""

    def __init__(self, question: NumericQuestion | DateQuestion) -> None:
        w = ipywidgets()
        is_date = isinstance(question, DateQuestion)
        placeholder = "JJ/MM/AAAA" if is_date else "ex. 1 234,56"
        self.text = w.Text(value="", placeholder=placeholder, description="Réponse", continuous_update=False)
        unit = question.unit if isinstance(question, NumericQuestion) else ""
        self.widget = w.HBox([self.text, w.Label(unit)]) if unit else self.text

    def answer(self) -> object:
        return self.text.value

    def clear(self) -> None:
        self.text.value = ""


class OrderInput(AnswerInput):
    """Rows stay in place; their labels follow the current order; « monter » / « descendre » move an item."""

    def __init__(self, question: OrderingQuestion, guard: Guard) -> None:
        w = ipywidgets()
        self.texts = {item.key: to_text(item.text) for item in question.items}
        self.start = [item.key for item in question.items]
        self.order = list(self.start)
        self.labels: list[Any] = []
        self.ups: list[Any] = []
        self.downs: list[Any] = []
        rows = []
        for position in range(len(self.order)):
            label = w.Label(layout=w.Layout(min_width="22em"))
            up = w.Button(description="monter", icon="arrow-up", layout=w.Layout(width="auto"))
            down = w.Button(description="descendre", icon="arrow-down", layout=w.Layout(width="auto"))
            up.on_click(guard(partial(self.move, position, -1)))
            down.on_click(guard(partial(self.move, position, +1)))
            self.labels.append(label)
            self.ups.append(up)
            self.downs.append(down)
            rows.append(w.HBox([label, up, down]))
        self.widget = w.VBox(rows)
        self._refresh()

    def move(self, position: int, step: int) -> None:
        """Swap the item at ``position`` with its neighbour above (-1) or below (+1)."""
        other = position + step
        if 0 <= other < len(self.order):
            self.order[position], self.order[other] = self.order[other], self.order[position]
            self._refresh()

    def _refresh(self) -> None:
        last = len(self.order) - 1
        for position, key in enumerate(self.order):
            text = self.texts[key]
            self.labels[position].value = f"{position + 1}. {text}"
            self.ups[position].disabled = position == 0
            self.downs[position].disabled = position == last
            self.ups[position].tooltip = f"Monter « {text} »"
            self.downs[position].tooltip = f"Descendre « {text} »"

    def answer(self) -> object:
        return list(self.order)

    def clear(self) -> None:
        self.order = list(self.start)
        self._refresh()


class KeyedInput(AnswerInput):
    """One control per part of the answer (an item, an invoice field): the answer maps each key to its text."""

    controls: dict[str, Any]

    def answer(self) -> object:
        return {key: control.value for key, control in self.controls.items()}

    def clear(self) -> None:
        for control in self.controls.values():
            control.value = ""


class MappingInput(KeyedInput):
    """A list box per item: an option (matching) or a category."""

    def __init__(self, question: MatchingQuestion | CategoriesQuestion) -> None:
        w = ipywidgets()
        options = [(NO_CHOICE, ""), *((to_text(t.text), t.key) for t in question.targets)]
        self.controls = {}
        rows = []
        for number, item in enumerate(question.items, start=1):
            choice = w.Dropdown(options=options, value="", description=f"Réponse {number}", style=_WIDE)
            self.controls[item.key] = choice
            rows.append(w.VBox([w.HTML(f"<strong>{number}.</strong> {to_html(item.text)}"), choice]))
        self.widget = w.VBox(rows)


class InvoiceInput(KeyedInput):
    """A text box per field, and next to it that field's verdict."""

    def __init__(self, question: InvoiceQuestion) -> None:
        w = ipywidgets()
        self.controls = {}
        self.marks: dict[str, Any] = {}
        rows = []
        for spec in question.fields:
            text = w.Text(value="", placeholder="ex. 1 234,56", description=spec.label, style=_WIDE)
            mark = w.HTML()
            self.controls[spec.key] = text
            self.marks[spec.key] = mark
            rows.append(w.HBox([text, w.Label(spec.unit), mark]))
        self.widget = w.VBox(rows)

    def clear(self) -> None:
        super().clear()
        self.show(None)

    def show(self, feedback: Feedback | None) -> None:
        verdicts = {f.key: f for f in feedback.fields} if feedback else {}
        for key, mark in self.marks.items():
            verdict = verdicts.get(key)
            if verdict is None:
                mark.value = ""
            else:
                kind = "right" if verdict.correct else "hint" if verdict.unreadable else "wrong"
                mark.value = box(kind, html.escape(verdict.message, quote=False))


def answer_input(question: Question, guard: Guard) -> AnswerInput:
    """The input widget for a question of any type of the engine."""
    if isinstance(question, SingleChoice):
        return ChoiceInput(question)
    if isinstance(question, MultipleChoice):
        return TickInput(question)
    if isinstance(question, NumericQuestion | DateQuestion):
        return TextInput(question)
    if isinstance(question, OrderingQuestion):
        return OrderInput(question, guard)
    if isinstance(question, MatchingQuestion | CategoriesQuestion):
        return MappingInput(question)
    if isinstance(question, InvoiceQuestion):
        return InvoiceInput(question)
    raise SalesplanTypeError(f"question : {show(question)} n'est pas une question du moteur d'exercices.")


__all__ = [
    "NO_CHOICE",
    "AnswerInput",
    "ChoiceInput",
    "Guard",
    "InvoiceInput",
    "KeyedInput",
    "MappingInput",
    "OrderInput",
    "TextInput",
    "TickInput",
    "answer_input",
]
