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

import importlib
from types import ModuleType

from salesplan.errors import MissingDependencyError, SalesplanTypeError, SalesplanValueError, show

# Which extra of pyproject.toml brings each optional package, and what a person gets from it.
EXTRAS: dict[str, tuple[str, str]] = {
    "pandas": ("views", "les tableaux (to_frame, scorer_fichier, classer_vectorise)"),
    "numpy": ("views", "les calculs vectorisés (scorer_fichier, classer_vectorise)"),
    "matplotlib": ("views", "les graphiques"),
    "ipywidgets": ("views", "les formulaires interactifs"),
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
        extra, usage = EXTRAS.get(module.split(".")[0], ("views", "cette fonction"))
        raise MissingDependencyError(
            f"{module} n'est pas installé ; il sert à {usage}. Les calculs n'en ont pas besoin. "
            f'Pour l\'ajouter : pip install "salesplan[{extra}]".'
        ) from exc


__all__ = ["EXTRAS", "require"]
