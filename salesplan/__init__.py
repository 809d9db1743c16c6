"""salesplan — le processus d'achat en milieu professionnel et le plan de vente.

The course's concepts as data and exact calculators for every figure it
teaches. The core needs only the standard library; tables and charts import
pandas and matplotlib when they are asked for (the ``views`` extra), through
:func:`salesplan.optional.require`, which names the extra to install when one
is missing.

Submodules load on first use, so ``import salesplan as sp`` then
``sp.commande.calculer_commande(...)`` works without importing them all.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from salesplan import errors
from salesplan.errors import *  # noqa: F403  (the error family, listed once in errors.__all__)

__version__ = "0.1.0"

SUBMODULES = (
    "concepts",
    "parametres",
    "values",
    "commande",
    "marges",
    "paiement",
    "financement",
    "marches_publics",
    "grille",
    "lead_scoring",
    "fidelite",
    "retractation",
    "facture",
    "entreprises",
    "optional",
)


def __getattr__(name: str) -> ModuleType:
    if name in SUBMODULES:
        return importlib.import_module(f"salesplan.{name}")
    raise AttributeError(f"module 'salesplan' has no attribute {name!r}")


__all__ = [*(name for name in errors.__all__ if name.endswith("Error")), "__version__", *SUBMODULES]
