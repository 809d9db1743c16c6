"""nbgrader settings of the salesplan course: run nbgrader from this folder (or copy this file to your course root).

Answer cells keep the student's template (``montant_brut = ...``), and the
feedback shows neither the hidden checks nor tracebacks. The settings live in
:func:`salesplan.tooling.assignments.nbgrader_settings`, shared with ``salesplan generate``.
"""

from salesplan.tooling.assignments import nbgrader_settings

c = get_config()  # type: ignore[name-defined]  # noqa: F821 - provided by nbgrader when it reads this file
nbgrader_settings(c)
