"""Live widgets (ipywidgets) for a running kernel: exercises with instant feedback, and simulators.

ipywidgets is imported only when a widget is built. Nothing here belongs on
the static site (no Python runs there): exercises reach the site through the
static renderer (:mod:`salesplan.exercises.serialise`); the simulators are
declared once in :mod:`salesplan.simulators` and rendered here for Jupyter
(``notebooks/simulateurs.ipynb``) and by the site for the browser.

Every callback is guarded: a bad input shows the library's French message in
the widget, any other error a short French notice, never a traceback.
"""

from __future__ import annotations

from salesplan.views.widgets.exercise import QuestionWidget, QuizWidget, feedback_html, quiz
from salesplan.views.widgets.simulators import (
    Simulator,
    SimulatorPanel,
    financing_simulator,
    grid_simulator,
    lead_scoring_simulator,
    margin_simulator,
    order_simulator,
    payment_simulator,
    show_all,
    simulator,
)

__all__ = [
    "QuestionWidget",
    "QuizWidget",
    "Simulator",
    "SimulatorPanel",
    "feedback_html",
    "financing_simulator",
    "grid_simulator",
    "lead_scoring_simulator",
    "margin_simulator",
    "order_simulator",
    "payment_simulator",
    "quiz",
    "show_all",
    "simulator",
]
