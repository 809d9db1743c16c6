"""Small kinds of concepts that need one field more than :class:`Concept`."""

from __future__ import annotations

from dataclasses import dataclass

from salesplan.concepts._catalogue import Concept

CODES_CIBLES = ("btob", "btog", "cse")


@dataclass(frozen=True)
class Etape(Concept):
    """A stage of an ordered process; ``ordre`` starts at 1."""

    ordre: int = 0


@dataclass(frozen=True)
class Role(Concept):
    """A member of the buying centre and what the seller should do with them."""

    conduite: str = ""


@dataclass(frozen=True)
class TraitCible(Concept):
    """A trait of one target (``cible`` is ``btob``, ``btog`` or ``cse``)."""

    cible: str = ""

    def __post_init__(self) -> None:
        if self.cible not in CODES_CIBLES:
            raise ValueError(f"cible inconnue {self.cible!r} pour {self.code!r}")


@dataclass(frozen=True)
class TechniqueConclusion(Concept):
    """A closing technique with a short B2B exchange, one reply per line."""

    exemple_dialogue: tuple[str, ...] = ()


@dataclass(frozen=True)
class Indicateur(Concept):
    """A loyalty indicator with its formula written for people."""

    formule: str = ""


__all__ = ["CODES_CIBLES", "Etape", "Indicateur", "Role", "TechniqueConclusion", "TraitCible"]
