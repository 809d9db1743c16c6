"""The registry of question banks: chapter id (book page path) → :class:`~salesplan.exercises.bank.Bank`."""

from __future__ import annotations

import importlib
import pkgutil

from salesplan.concepts import choose
from salesplan.errors import SalesplanTypeError, show
from salesplan.exercises.bank import Bank


def _discover() -> dict[str, Bank]:
    """Every module of this package that defines ``BANK``, keyed by chapter, in page order of the names."""
    found: dict[str, Bank] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        bank = getattr(importlib.import_module(f"{__name__}.{info.name}"), "BANK", None)
        if isinstance(bank, Bank):
            if bank.chapter in found:
                raise ValueError(f"two banks for chapter {bank.chapter!r}")
            found[bank.chapter] = bank
    return found


BANKS: dict[str, Bank] = _discover()


def get_bank(chapter: str) -> Bank:
    """The bank of a chapter; an unknown id gets the nearest one suggested.

    >>> get_bank("processus_achat/etapes_achat").title
    "Les étapes du processus d'achat"
    """
    if not isinstance(chapter, str):
        raise SalesplanTypeError(
            f"chapitre : {show(chapter)} doit être un texte comme « negociation/montant_commande »."
        )
    return BANKS[choose("chapitre d'exercices", chapter, tuple(BANKS))]


__all__ = ["BANKS", "get_bank"]
