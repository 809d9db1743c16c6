"""Simulators declared once, rendered twice: in Jupyter (ipywidgets) and on the course site (Pyodide).

A simulator is plain data plus one function, in a module that needs only the
standard library and the core of ``salesplan`` (never pandas, matplotlib,
ipywidgets, ``salesplan.views`` or ``salesplan.tooling``): it runs in the browser.

* :class:`Field` — one input: ``name`` (ASCII), French ``label`` and ``help``,
  ``kind`` (``amount`` — any decimal number, money or quantity, see ``unit`` —,
  ``rate``, ``integer``, ``date``, ``choice``, ``boolean``, ``text``, ``lines``),
  ``default`` typed as a French user types it (``"1 234,56"``, ``"12,5"``,
  ``"17/03/2027"``, a choice value, ``"oui"``/``"non"``; for ``lines``, a tuple of
  row dicts), bounds, ``choices``, ``columns`` and row bounds of a ``lines`` table.
* :class:`Simulator` — ``code``, ``title``, ``intro``, ``fields``, ``pages`` (chapter
  pages), ``compute(values) -> Result`` and ``describe(preset=None) -> dict`` (JSON
  ready); ``presets`` holds case-study defaults, read from ``notebooks/data`` only when asked.
* :class:`Result` — ``summary``, ``tables``, ``explanation`` (the library's
  ``expliquer()``), ``warnings``, ``svg``; ``to_dict()`` for JSON. Every string French-formatted.
* :data:`REGISTRY` and :func:`run` — ``run(code, values_json)`` returns
  ``{"ok": true, "result": ...}`` or ``{"ok": false, "message": "<français>"}`` and never raises.

Add a simulator:

1. write ``salesplan/simulators/<code>.py`` with its ``FIELDS`` (a tuple of
   :class:`Field`, each made by the maker of its kind in ``_fields`` — ``money``,
   ``amount``, ``rate``, ``integer``, ``choice``, ``date``, ``text``, ``lines`` —, which
   holds the kind's usual bounds and unit; shared fields such as the VAT rate are in
   ``_common``), a ``calculate(v)`` that calls the library on the values already
   read (``Decimal``, ``int``, ``date``, ``str``, ``bool``, ``None`` for an empty
   optional field, lists of row dicts) and returns a :class:`Result` whose strings are
   formatted with ``salesplan.values.format_*``, and ``SIMULATOR = Simulator(...)``;
   impossible input raises a ``SalesplanError`` whose message names the field;
2. add the module to :data:`MODULES` below;
3. add literal worked examples to ``tests/test_simulators.py`` (the shared tests
   already check labels, help, bad input and the fuzzing of :func:`run`);
4. add a cell ``simulator("<code>")`` to ``notebooks/simulateurs.ipynb``
   (``salesplan.views.widgets.simulator``) and, through the site's ``{simulateur}``
   directive, put it on its chapter page (``pages``).

Presets (``preset_loaders``) give a case study's own figures as defaults, read
from ``notebooks/data/*.csv`` by :mod:`salesplan.simulators.presets` only when
``describe(preset)`` asks for them.
"""

from __future__ import annotations

import importlib

from salesplan.simulators._base import Preset, Result, Simulator, Table, table
from salesplan.simulators._fields import KINDS, MAX_ROWS, MAX_TEXT, Field
from salesplan.simulators._run import INTERNAL_ERROR, MAX_JSON, message_of, run_in

MODULES = (
    "commande",
    "tarif_degressif",
    "marges",
    "echeance",
    "financement",
    "grille",
    "note_prix",
    "lead_scoring",
    "fidelite",
    "retractation",
)
"""Simulator modules, in the order of the course."""

REGISTRY: dict[str, Simulator] = {}
for _module in MODULES:
    _simulator = importlib.import_module(f"salesplan.simulators.{_module}").SIMULATOR
    REGISTRY[_simulator.code] = _simulator


def run(code: str, values_json: str) -> str:
    """Compute simulator ``code`` for ``values_json`` (a JSON object of raw texts); JSON answer, never raises."""
    return run_in(REGISTRY, code, values_json)


def get(code: str) -> Simulator:
    """The simulator called ``code`` (French error listing the codes otherwise)."""
    from salesplan.errors import UnknownCodeError, show

    if code not in REGISTRY:
        raise UnknownCodeError(f"simulateur : {show(code)} n'existe pas (simulateurs : {', '.join(REGISTRY)}).")
    return REGISTRY[code]


__all__ = [
    "INTERNAL_ERROR",
    "KINDS",
    "MAX_JSON",
    "MAX_ROWS",
    "MAX_TEXT",
    "MODULES",
    "REGISTRY",
    "Field",
    "Preset",
    "Result",
    "Simulator",
    "Table",
    "get",
    "message_of",
    "run",
    "table",
]
