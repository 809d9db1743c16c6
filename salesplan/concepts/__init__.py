"""The course's concepts as data: every notion of the seed, defined once.

Each kind of concept is a :class:`Catalogue`; :data:`CATALOGUES` lists them
all in teaching order (the glossary is generated from it) and
:func:`trouver` finds a concept by code or label in any of them.

The rest of the library builds on the public names of this package, never on
its private modules: :class:`Concept` and :class:`Catalogue` for new kinds of
concepts, :func:`choose` to check an option code given to a calculator,
:func:`sans_accents` to compare free French text.

>>> trouver("Décideur").libelle
'Décideur'
>>> [e.ordre for e in ETAPES_ACHAT]
[1, 2, 3, 4, 5]
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Any

from salesplan.concepts._catalogue import LONGUEUR_MAX_CODE, Catalogue, Concept, _fold, choose, sans_accents
from salesplan.concepts._types import CODES_CIBLES, Etape, Indicateur, Role, TechniqueConclusion, TraitCible
from salesplan.concepts.argumentation import ELEMENTS_ARGUMENT, METHODES_ARGUMENTATION, PREUVES
from salesplan.concepts.centre_achat import ROLES
from salesplan.concepts.cibles import CIBLES, TRAITS_CIBLES
from salesplan.concepts.clients import TYPES_CLIENTS
from salesplan.concepts.conclusion import ETAPES_CONCLUSION, TECHNIQUES_CONCLUSION, VENTES_ADDITIONNELLES
from salesplan.concepts.decouverte import MOBILES_ACHAT, OUTILS_DECOUVERTE, TYPES_QUESTIONS
from salesplan.concepts.fidelisation import (
    CAS_PARTICULIERS,
    INDICATEURS,
    LEVIERS_FIDELISATION,
    NOTIONS_FIDELISATION,
    QUALITES_PROGRAMME,
)
from salesplan.concepts.negociation import FINANCEMENTS, FISCALITE, MODES_PAIEMENT, NEGOCIATION
from salesplan.concepts.notions import NOTIONS
from salesplan.concepts.objections import NATURES_OBJECTIONS, OBJETS_OBJECTIONS, TECHNIQUES_OBJECTIONS
from salesplan.concepts.outils_achat import ETAPES_APPEL_OFFRES, OUTILS_ACHAT
from salesplan.concepts.partenariat import OBJECTIFS_PARTENARIAT
from salesplan.concepts.preparation import (
    CONNAISSANCE_CLIENT,
    ETAPES_ENTRETIEN,
    ETAPES_PLAN_DE_VENTE,
    ETAPES_PREPARATION,
    OBJECTIFS,
    OUTILS_AIDE_VENTE,
    OUTILS_PROSPECTION,
    STRATEGIE,
    STRATEGIES_APPROCHE,
)
from salesplan.concepts.prix import NOTIONS_PRIX, TECHNIQUES_PRIX
from salesplan.concepts.processus_achat import ETAPES_ACHAT
from salesplan.concepts.reperes import REPERES
from salesplan.errors import SalesplanTypeError, UnknownCodeError, show

CATALOGUES: tuple[Catalogue[Any], ...] = (
    # A - Processus d'achat des entreprises
    NOTIONS,
    TYPES_CLIENTS,
    OUTILS_ACHAT,
    ETAPES_APPEL_OFFRES,
    ETAPES_ACHAT,
    ROLES,
    CIBLES,
    TRAITS_CIBLES,
    OBJECTIFS_PARTENARIAT,
    # B - Spécificité du plan de vente
    ETAPES_PLAN_DE_VENTE,
    ETAPES_PREPARATION,
    OUTILS_PROSPECTION,
    CONNAISSANCE_CLIENT,
    OBJECTIFS,
    STRATEGIE,
    STRATEGIES_APPROCHE,
    OUTILS_AIDE_VENTE,
    ETAPES_ENTRETIEN,
    NEGOCIATION,
    # l'entretien de vente : découverte, argumentation, objections, prix
    OUTILS_DECOUVERTE,
    TYPES_QUESTIONS,
    MOBILES_ACHAT,
    ELEMENTS_ARGUMENT,
    METHODES_ARGUMENTATION,
    PREUVES,
    NATURES_OBJECTIONS,
    OBJETS_OBJECTIONS,
    TECHNIQUES_OBJECTIONS,
    TECHNIQUES_PRIX,
    NOTIONS_PRIX,
    MODES_PAIEMENT,
    FINANCEMENTS,
    FISCALITE,
    ETAPES_CONCLUSION,
    TECHNIQUES_CONCLUSION,
    VENTES_ADDITIONNELLES,
    NOTIONS_FIDELISATION,
    LEVIERS_FIDELISATION,
    QUALITES_PROGRAMME,
    CAS_PARTICULIERS,
    INDICATEURS,
    # Remarques
    REPERES,
)

# Usual words students type for a concept whose code differs.
_SYNONYMES: dict[str, tuple[Catalogue[Any], str]] = {
    "tpe": (TYPES_CLIENTS, "micro"),
    "micro_entreprise": (TYPES_CLIENTS, "micro"),
    "microentreprise": (TYPES_CLIENTS, "micro"),
    "ge": (TYPES_CLIENTS, "grande_entreprise"),
    "ce": (TYPES_CLIENTS, "cse"),
    "comite_d_entreprise": (TYPES_CLIENTS, "cse"),
    "comite_social_et_economique": (TYPES_CLIENTS, "cse"),
    "cross_selling": (VENTES_ADDITIONNELLES, "vente_complementaire"),
    "vente_croisee": (VENTES_ADDITIONNELLES, "vente_complementaire"),
    "up_selling": (VENTES_ADDITIONNELLES, "montee_en_gamme"),
    "upselling": (VENTES_ADDITIONNELLES, "montee_en_gamme"),
    "gatekeeper": (ROLES, "filtre"),
    "influenceur": (ROLES, "prescripteur"),
    "churn": (INDICATEURS, "taux_attrition"),
    "clv": (INDICATEURS, "valeur_vie_client"),
}


def tous_les_concepts() -> Iterator[tuple[Catalogue[Any], Concept]]:
    """Every (catalogue, concept) pair, in teaching order.

    >>> catalogue, concept = next(tous_les_concepts())
    >>> catalogue.nom, concept.code
    ('notion générale', 'processus_achat')
    """
    for catalogue in CATALOGUES:
        for concept in catalogue:
            yield catalogue, concept


def _catalogue_nomme(nom: object) -> Catalogue[Any]:
    if isinstance(nom, Catalogue):
        return nom
    if not isinstance(nom, str):
        raise SalesplanTypeError(f"catalogue : {show(nom)} doit être le nom d'un catalogue (texte).")
    if len(nom) > LONGUEUR_MAX_CODE:
        raise UnknownCodeError(f"catalogue : {show(nom)} est trop long pour un nom de catalogue.")
    for catalogue in CATALOGUES:
        if _fold(catalogue.nom) == _fold(nom):
            return catalogue
    noms = {_fold(c.nom): c.nom for c in CATALOGUES}
    near = difflib.get_close_matches(_fold(nom), list(noms), n=1, cutoff=0.6)
    hint = f" Vouliez-vous dire {noms[near[0]]!r} ?" if near else ""
    raise UnknownCodeError(f"catalogue inconnu {show(nom)}.{hint} Catalogues : {', '.join(noms.values())}.")


def trouver(code: str, *, catalogue: str | Catalogue[Any] | None = None) -> Concept:
    """The concept whose code (or label, or usual synonym) is ``code``, in every catalogue.

    Matching ignores case, accents and spaces ("Décideur" finds ``decideur``,
    "TPE" finds ``micro``). A code used in several catalogues is ambiguous:
    the error lists them; pass ``catalogue=`` (its name, e.g. ``"cible"``)
    to choose. An unknown code gets the nearest code suggested.

    >>> trouver("cse", catalogue="cible").libelle
    'CSE (comité social et économique)'
    >>> trouver("cross-selling").code
    'vente_complementaire'
    """
    if not isinstance(code, str):
        raise SalesplanTypeError(f"code : {show(code)} doit être un texte (par exemple 'decideur').")
    if len(code) > LONGUEUR_MAX_CODE:
        raise UnknownCodeError(f"concept : {show(code)} est trop long pour un code ({len(code)} caractères).")
    where = CATALOGUES if catalogue is None else (_catalogue_nomme(catalogue),)
    hits: list[tuple[Catalogue[Any], Concept]] = [(cat, cat.get(code)) for cat in where if code in cat]
    if not hits:
        folded = _fold(code)
        hits = [(cat, item) for cat in where for item in cat if folded in (_fold(item.code), _fold(item.libelle))]
    if not hits and _fold(code) in _SYNONYMES:
        cat, target = _SYNONYMES[_fold(code)]
        if cat in where:
            hits = [(cat, cat.get(target))]
    if len(hits) == 1:
        return hits[0][1]
    if hits:
        noms = ", ".join(repr(cat.nom) for cat, _ in hits)
        raise UnknownCodeError(
            f"code ambigu {show(code)} : il existe dans plusieurs catalogues ({noms}). "
            f"Précisez le catalogue, par exemple trouver({code!r}, catalogue={hits[0][0].nom!r})."
        )
    raise UnknownCodeError(_inconnu(code, where))


def _inconnu(code: str, where: tuple[Catalogue[Any], ...]) -> str:
    codes = {_fold(item.code): item.code for cat in where for item in cat}
    near = difflib.get_close_matches(_fold(code), list(codes), n=1, cutoff=0.6)
    hint = f" Vouliez-vous dire {codes[near[0]]!r} ?" if near else ""
    return f"concept inconnu {show(code)}.{hint} Les codes sont listés par salesplan.concepts.CATALOGUES."


__all__ = [
    "CAS_PARTICULIERS",
    "CATALOGUES",
    "CIBLES",
    "CODES_CIBLES",
    "CONNAISSANCE_CLIENT",
    "ELEMENTS_ARGUMENT",
    "ETAPES_ACHAT",
    "ETAPES_APPEL_OFFRES",
    "ETAPES_CONCLUSION",
    "ETAPES_ENTRETIEN",
    "ETAPES_PLAN_DE_VENTE",
    "ETAPES_PREPARATION",
    "FINANCEMENTS",
    "FISCALITE",
    "INDICATEURS",
    "LEVIERS_FIDELISATION",
    "METHODES_ARGUMENTATION",
    "MOBILES_ACHAT",
    "MODES_PAIEMENT",
    "NATURES_OBJECTIONS",
    "NEGOCIATION",
    "NOTIONS",
    "NOTIONS_FIDELISATION",
    "NOTIONS_PRIX",
    "OBJECTIFS",
    "OBJECTIFS_PARTENARIAT",
    "OBJETS_OBJECTIONS",
    "OUTILS_ACHAT",
    "OUTILS_AIDE_VENTE",
    "OUTILS_DECOUVERTE",
    "OUTILS_PROSPECTION",
    "PREUVES",
    "QUALITES_PROGRAMME",
    "REPERES",
    "ROLES",
    "STRATEGIE",
    "STRATEGIES_APPROCHE",
    "TECHNIQUES_CONCLUSION",
    "TECHNIQUES_OBJECTIONS",
    "TECHNIQUES_PRIX",
    "TRAITS_CIBLES",
    "TYPES_CLIENTS",
    "TYPES_QUESTIONS",
    "VENTES_ADDITIONNELLES",
    "Catalogue",
    "Concept",
    "Etape",
    "Indicateur",
    "Role",
    "TechniqueConclusion",
    "TraitCible",
    "choose",
    "sans_accents",
    "tous_les_concepts",
    "trouver",
]
