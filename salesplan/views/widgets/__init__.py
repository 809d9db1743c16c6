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

from salesplan.views.widgets import exercise, scenario, simulators
from salesplan.views.widgets.exercise import *  # noqa: F403 (the names of exercise.__all__)
from salesplan.views.widgets.scenario import *  # noqa: F403
from salesplan.views.widgets.simulators import *  # noqa: F403

__all__ = [*exercise.__all__, *scenario.__all__, *simulators.__all__]
"""What each module declares public, listed once in that module."""
