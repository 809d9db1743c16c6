"""The shape shared by every concept of the course: a code, a French label,
a definition, a B2B example and where it comes from; and a catalogue that
lists them and finds one by code, suggesting the nearest code on a typo.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

from salesplan.errors import SalesplanTypeError, SalesplanValueError, UnknownCodeError, show
from salesplan.optional import frame

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


@dataclass(frozen=True)
class Concept:
    """One notion of the course.

    ``code`` is ASCII snake_case (used in code and URLs); ``libelle`` is the
    French label shown to people; ``source`` names the law article, official
    page or classic reference the definition rests on ("" when it is common
    usage of the trade).
    """

    code: str
    libelle: str
    definition: str
    exemple: str
    source: str = ""
    details: tuple[str, ...] = field(default=())


C = TypeVar("C", bound=Concept)
LONGUEUR_MAX_CODE = 200


def sans_accents(text: str) -> str:
    """``text`` in lower case without accents: how free answers are compared.

    >>> sans_accents("Délai de Paiement")
    'delai de paiement'
    """
    if not isinstance(text, str):
        raise SalesplanTypeError(f"texte : {show(text)} doit être un texte.")
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _fold(text: str) -> str:
    """Lower case without accents, spaces or hyphens: how users mistype codes."""
    return sans_accents(text.strip()).replace(" ", "_").replace("-", "_").replace("'", "_")


class Catalogue(Generic[C]):
    """An ordered, read-only list of concepts of one kind, found by code."""

    def __init__(self, nom: str, concepts: tuple[C, ...]) -> None:
        if not isinstance(nom, str) or not isinstance(concepts, tuple | list):
            raise SalesplanTypeError(f"catalogue : {show(nom)} doit être un nom (texte) et {show(concepts)} un tuple.")
        if not all(isinstance(item, Concept) for item in concepts):
            raise SalesplanTypeError(f"catalogue {nom} : {show(concepts)} doit ne contenir que des concepts.")
        self.nom = nom
        self._items = tuple(concepts)
        self._by_code = {item.code: item for item in concepts}
        if len(self._by_code) != len(concepts):
            raise SalesplanValueError(f"codes en double dans le catalogue {nom}")

    def __iter__(self) -> Iterator[C]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._by_code

    def __repr__(self) -> str:
        return f"Catalogue({self.nom!r}, {len(self)} concepts)"

    def codes(self) -> tuple[str, ...]:
        """The codes, in teaching order."""
        return tuple(self._by_code)

    def get(self, code: str) -> C:
        """The concept with this code; a typo gets the nearest code suggested.

        The code is matched exactly first, then without accents, case or
        spaces ("Décideur" finds ``decideur``).
        """
        if not isinstance(code, str):
            raise SalesplanTypeError(f"{self.nom} : le code {show(code)} doit être un texte.")
        if len(code) > LONGUEUR_MAX_CODE:
            raise UnknownCodeError(f"{self.nom} : {show(code)} est trop long pour un code ({len(code)} caractères).")
        if code in self._by_code:
            return self._by_code[code]
        folded = _fold(code)
        for item in self._items:
            if _fold(item.code) == folded or _fold(item.libelle) == folded:
                return item
        raise UnknownCodeError(self._unknown_message(code))

    def __getitem__(self, code: str) -> C:
        return self.get(code)

    def _unknown_message(self, code: str) -> str:
        folded = {_fold(c): c for c in self._by_code}
        near = difflib.get_close_matches(_fold(code), list(folded), n=1, cutoff=0.6)
        hint = f" Vouliez-vous dire {folded[near[0]]!r} ?" if near else ""
        return f"{self.nom} : code inconnu {show(code)}.{hint} Codes valides : {', '.join(self._by_code)}."

    def to_frame(self) -> pd.DataFrame:
        """The catalogue as a pandas table (imported only when called)."""
        rows = [
            {"code": c.code, "libellé": c.libelle, "définition": c.definition, "exemple": c.exemple, "source": c.source}
            for c in self._items
        ]
        return frame(rows, index="code")


def choose(nom: str, code: str, options: tuple[str, ...]) -> str:
    """The option code ``code`` if it is one of ``options``, else a French error.

    Calculators use it for their option arguments (``mode="annuites_constantes"``...):
    the code is matched without case or accents, and a typo gets the nearest
    code suggested. ``nom`` names the argument in the message.

    >>> choose("mode", "Annuités constantes", ("annuites_constantes", "amortissement_constant"))
    'annuites_constantes'
    >>> choose("mode", "lineair", ("lineaire", "degressif"))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    salesplan.errors.UnknownCodeError: mode : code inconnu 'lineair'. Vouliez-vous dire 'lineaire' ? ...
    """
    if not isinstance(options, tuple | list) or not all(isinstance(option, str) for option in options):
        raise SalesplanTypeError(f"options : {show(options)} doit être un tuple de codes (textes).")
    catalogue = Catalogue(nom, tuple(Concept(o, o, "", "") for o in options))
    return catalogue.get(code).code


__all__ = ["LONGUEUR_MAX_CODE", "Catalogue", "Concept", "choose", "sans_accents"]
