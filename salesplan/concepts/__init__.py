"""The course's concepts as data: every notion of the seed, defined once."""

from salesplan.concepts._catalogue import Catalogue, Concept

__all__ = ["Catalogue", "Concept"]
