"""The optional dependencies of the library, imported only when a table or chart is asked for.

The calculators need only the standard library (``dependencies = []`` in
pyproject.toml). pandas, numpy, matplotlib and ipywidgets come with the
``views`` extra (``pip install "salesplan[views]"``); a method that needs one
of them calls :func:`require` at the moment it runs, so ``import salesplan``
stays light (in a Pyodide worker too) and a missing package gets a French
message instead of a bare ``ModuleNotFoundError``.

>>> require("decimal").__name__
'decimal'
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Iterable, Mapping, Sequence
from types import ModuleType
from typing import Any

from salesplan.errors import MissingDependencyError, SalesplanTypeError, SalesplanValueError, show

# Which extra of pyproject.toml brings each optional package, and what a person gets from it.
EXTRAS: dict[str, tuple[str, str]] = {
    "pandas": ("views", "produire les tableaux (to_frame, scorer_fichier, classer_vectorise)"),
    "numpy": ("views", "faire les calculs vectorisés (scorer_fichier, classer_vectorise)"),
    "matplotlib": ("views", "tracer les graphiques"),
    "ipywidgets": ("views", "afficher les formulaires interactifs"),
}


def require(module: str) -> ModuleType:
    """Import ``module`` now; if it is missing, say in French which extra to install.

    Standard-library modules are accepted too (they are always there).
    """
    if not isinstance(module, str):
        raise SalesplanTypeError(f"module : {show(module)} doit être un nom de module (texte).")
    if not module.replace(".", "").replace("_", "").isalnum() or module.startswith("."):
        raise SalesplanValueError(f"module : {show(module)} n'est pas un nom de module.")
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        package = module.split(".")[0]
        extra, usage = EXTRAS.get(package, ("views", "faire fonctionner cette fonction"))
        raise MissingDependencyError(
            f"{package} n'est pas installé ; il sert à {usage}. Les calculs n'en ont pas besoin. "
            f'Pour l\'ajouter : pip install "salesplan[{extra}]".'
        ) from exc


def frame(rows: Iterable[Mapping[str, object]], *, index: str | None = None) -> Any:
    """The pandas DataFrame of ``rows`` (one mapping a row, column → value), indexed by the column ``index``.

    What every ``to_frame()`` of the library returns; pandas is imported now, through :func:`require`.
    """
    if isinstance(rows, str | bytes | Mapping) or not isinstance(rows, Iterable):
        raise SalesplanTypeError(f"lignes : {show(rows)} doit être une suite de lignes (colonne → valeur).")
    if index is not None and not isinstance(index, str):
        raise SalesplanTypeError(f"index : {show(index)} doit être un nom de colonne (texte).")
    lignes = list(rows)
    for ligne in lignes:
        if not isinstance(ligne, Mapping):
            raise SalesplanTypeError(f"ligne : {show(ligne)} doit associer une colonne à une valeur.")
        if index is not None and index not in ligne:
            raise SalesplanValueError(f"index : la ligne {show(ligne)} n'a pas de colonne {show(index)}.")
    pd = require("pandas")
    table = pd.DataFrame(lignes, columns=None if lignes or index is None else [index])
    return table if index is None else table.set_index(index)


def row(record: object, columns: Sequence[str]) -> dict[str, object]:
    """A dataclass instance as a table row: its fields, in order, under the French ``columns``.

    >>> from salesplan.financement import LigneAmortissement
    >>> row(LigneAmortissement(1, 100, 5, 20, 25, 80), ("période", "début", "intérêt", "amort.", "annuité", "fin"))
    {'période': 1, 'début': 100, 'intérêt': 5, 'amort.': 20, 'annuité': 25, 'fin': 80}
    """
    if not dataclasses.is_dataclass(record) or isinstance(record, type):
        raise SalesplanTypeError(f"ligne : {show(record)} n'est pas une ligne de résultat (dataclass).")
    values = [getattr(record, f.name) for f in dataclasses.fields(record)]
    if isinstance(columns, str) or not isinstance(columns, Sequence):
        raise SalesplanTypeError(f"colonnes : {show(columns)} doit être une suite de noms de colonnes.")
    if len(values) != len(columns):
        raise SalesplanValueError(f"colonnes : {len(columns)} noms pour {len(values)} valeurs ({show(columns)}).")
    return dict(zip(columns, values, strict=True))


__all__ = ["EXTRAS", "frame", "require", "row"]
