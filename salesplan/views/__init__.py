"""Views of the library's results: charts (matplotlib) and live widgets (ipywidgets).

Nothing here is imported by the core. Each view module imports its plotting
or widget library inside the functions that need it, so ``import
salesplan.views.charts`` or ``salesplan.views.widgets`` stays cheap.

- :mod:`salesplan.views.charts`: the book's figures, each with its French alt text.
- :mod:`salesplan.views.widgets`: the exercises as ipywidgets (``quiz(chapter)``)
  and the simulators of ``notebooks/simulateurs.ipynb``.
"""

__all__: list[str] = []
