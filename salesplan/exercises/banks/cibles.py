"""Exercices : ce qui distingue les achats BtoB, BtoG et CSE (textes tirés de ``salesplan.concepts``)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from decimal import Decimal

from salesplan.commande import prix_degressif
from salesplan.concepts import CIBLES, TRAITS_CIBLES, TraitCible
from salesplan.exercises.bank import Bank, Parametrised, first_sentence, shuffled
from salesplan.exercises.banks._tirage import variante
from salesplan.exercises.builders import situation_question
from salesplan.exercises.numeric_builders import numeric_question
from salesplan.exercises.questions import (
    CategoriesQuestion,
    Choice,
    Item,
    MultipleChoice,
    NumericQuestion,
    notion_links,
)
from salesplan.values import format_euros

CHAPTER = "processus_achat/cibles_btob_btog_cse"
_link = notion_links(CHAPTER)
_TRAITS = shuffled(list(TRAITS_CIBLES), "traits_cibles")
CIBLES_LIGNE = "Différentes cibles"
# Seed outline line of each target and of each trait.
LIGNE_CIBLE = {"btob": "BtoB", "cse": "Comité d'entreprise", "btog": "BtoG"}
LIGNE_TRAIT = {
    "processus_long": "Processus long",
    "solution_complete": "Porte sur une solution complète",
    "comparaison_fournisseurs": "Comparaison des fournisseurs",
    "interlocuteurs_nombreux": "Interlocuteurs nombreux : analyse de l'organigramme et du sociogramme",
    "mission_entreprise": "Mission d'entreprise",
    "solutions_concretes": "Veulent des solutions concrètes",
    "achat_grande_quantite": "Achat en grande quantité mais pas n'importe quoi",
    "budget_limite": "Budget limité",
    "tarifs_degressifs": "Apprécie les tarifs référentiels dégressifs",
    "interlocuteurs_changeants": "Interlocuteurs pouvant changer",
    "interet_general": "Doit satisfaire l'intérêt général",
    "besoins_fonctionnement": "Besoins liés à son fonctionnement propre et à son activité d'intérêt général",
    "intervention_utilisateur": "Acheter peut faire intervenir l'utilisateur",
}


def _lignes(cible: str | None = None) -> tuple[str, ...]:
    """The seed lines of every trait (of one target, or of all)."""
    cibles = [c.code for c in CIBLES] if cible is None else [cible]
    traits = [LIGNE_TRAIT[t.code] for t in TRAITS_CIBLES if t.cible in cibles]
    return (CIBLES_LIGNE, *(LIGNE_CIBLE[c] for c in cibles), *traits)


CLASSEMENT = CategoriesQuestion(
    id="classer_traits",
    prompt="Classez chaque caractéristique dans la cible qu'elle décrit le mieux.",
    explanation="\n".join(
        f"**{c.libelle}** : " + ", ".join(t.libelle for t in TRAITS_CIBLES if t.cible == c.code) + "." for c in CIBLES
    ),
    link=_link("notions"),
    items=tuple(Item(t.code, t.libelle) for t in _TRAITS),
    categories=tuple(Item(c.code, c.libelle) for c in CIBLES),
    answer=tuple((t.code, t.cible) for t in _TRAITS),
    feedback=tuple(
        (t.code, c.code, f"« {t.libelle} » : relisez la définition. {first_sentence(t.definition)}")
        for t in _TRAITS
        for c in CIBLES
        if c.code != t.cible
    ),
    practises=_lignes(),
)


def _traits_de(cible: str, *, acheteur: str, nom: str, ordre: Sequence[TraitCible]) -> MultipleChoice:
    """Tick every trait of one target (``acheteur``: how the prompt names it; ``nom``: how the explanation does)."""
    return MultipleChoice(
        id=f"traits_{cible}",
        prompt=f"Cochez **toutes** les caractéristiques des achats d'{acheteur}.",
        explanation=f"{nom} : " + ", ".join(t.libelle.lower() for t in TRAITS_CIBLES if t.cible == cible) + ".",
        link=_link("notions"),
        choices=tuple(
            Choice(
                t.code,
                t.libelle,
                "" if t.cible == cible else f"« {t.libelle} » décrit la cible {CIBLES.get(t.cible).libelle}.",
            )
            for t in ordre
        ),
        answers=frozenset(t.code for t in TRAITS_CIBLES if t.cible == cible),
        practises=_lignes(cible),
    )


TRAITS_CSE = _traits_de("cse", acheteur="un **CSE**", nom="Le CSE", ordre=_TRAITS)
TRAITS_BTOG = _traits_de(
    "btog",
    acheteur="un **acheteur public** (BtoG)",
    nom="Le BtoG",
    ordre=shuffled(list(TRAITS_CIBLES), "traits_btog"),
)


# New situations (never the lesson's example), one drawn per variant.
SITUATIONS: dict[str, tuple[str, ...]] = {
    "interlocuteurs_changeants": (
        "La secrétaire du CSE d'un hypermarché, qui commandait les chèques cadeaux depuis quatre ans, n'a pas été "
        "réélue ; le commercial découvre en appelant qu'il doit tout reprendre avec une nouvelle équipe.",
        "Au bout de son mandat, l'élu qui suivait la billetterie du CSE d'une usine de cartons laisse sa place ; "
        "son successeur ignore les tarifs négociés l'an dernier.",
    ),
    "intervention_utilisateur": (
        "Pour l'achat de défibrillateurs, une communauté de communes fait manipuler deux modèles par les "
        "agents des piscines ; leurs remarques sont notées et comptent dans le classement des offres.",
        "Avant de choisir ses nouveaux fauteuils de bureau, un conseil départemental en fait tester trois "
        "modèles par des agents d'accueil pendant deux semaines ; leurs notes entrent dans l'analyse technique.",
    ),
    "interlocuteurs_nombreux": (
        "Pour vendre un logiciel de planning à une ETI de transport, la commerciale rencontre l'acheteur, le "
        "directeur d'exploitation, le responsable informatique et deux chefs d'équipe, puis la directrice "
        "financière.",
        "Chez un fabricant de meubles, le commercial découvre que le choix des chariots passe par l'acheteur, "
        "le responsable de la sécurité, le chef d'atelier et le directeur d'usine, qui écoute surtout ce dernier.",
    ),
}


def _situation(code: str) -> Parametrised:
    """Which trait of its target does this (new) situation show? Choices: the traits of that target."""
    trait = TRAITS_CIBLES.get(code)
    return situation_question(
        f"situation_{code}",
        situations=SITUATIONS[code],
        right=trait,
        family=[t for t in TRAITS_CIBLES if t.cible == trait.cible],
        prompt=f"Quelle caractéristique de la cible {CIBLES.get(trait.cible).libelle} cette situation "
        "illustre-t-elle ?",
        link=_link("notions"),
        practises=(LIGNE_CIBLE[trait.cible], LIGNE_TRAIT[code]),
    )


_PALIERS = (1, 100, 300)


@variante(CHAPTER, "tarif_degressif_cse")
def tarif_degressif_question(rng: random.Random) -> NumericQuestion:
    """Amount HT of a CSE order under a degressive price list (price of the band reached for every unit)."""
    p1 = Decimal(rng.randint(28, 40))
    p2 = p1 - Decimal(rng.randint(2, 4))
    p3 = p2 - Decimal(rng.randint(1, 3))
    bareme = list(zip(_PALIERS, (p1, p2, p3), strict=True))
    quantite = rng.choice((rng.randint(100, 140), rng.randint(280, 299), rng.randint(300, 360)))
    juste = prix_degressif(quantite, bareme, mode="tranche_atteinte")
    par_tranche = prix_degressif(quantite, bareme, mode="par_tranche")
    premier = prix_degressif(quantite, [(1, p1)])
    atteinte = juste.tranches[0]
    precedent = [p for (debut, p) in bareme if debut < atteinte.a_partir_de]
    inferieur = prix_degressif(quantite, [(1, precedent[-1])]) if precedent else premier
    return numeric_question(
        id="tarif_degressif",
        prompt=f"Le CSE d'une clinique commande **{quantite} coffrets cadeaux**. Tarif de référence de Bureautik Pro : "
        f"{format_euros(p1)} HT l'unité jusqu'à 99 coffrets, {format_euros(p2)} de 100 à 299, "
        f"{format_euros(p3)} à partir de 300 ; le prix du palier atteint s'applique à **tous** les coffrets.\n"
        "Quel est le **montant HT** de la commande ?",
        explanation=juste.expliquer() + "\n" + TRAITS_CIBLES.get("tarifs_degressifs").definition,
        link=_link("notions"),
        answer=juste.montant_ht,
        wrong=[
            (
                par_tranche.montant_ht,
                "Vous avez facturé chaque tranche à son prix : ici, le prix du palier atteint vaut pour tous les "
                "coffrets.",
            ),
            (premier.montant_ht, "Vous avez gardé le prix de la première tranche : la quantité atteint un palier."),
            (
                inferieur.montant_ht,
                "Vous avez pris le prix du palier précédent : vérifiez dans quelle tranche tombe la quantité.",
            ),
        ],
        practises=("Comité d'entreprise", LIGNE_TRAIT["tarifs_degressifs"], LIGNE_TRAIT["budget_limite"]),
    )


BANK = Bank(
    CHAPTER,
    "Les cibles BtoB, BtoG et CSE",
    (
        CLASSEMENT,
        TRAITS_CSE,
        TRAITS_BTOG,
        _situation("interlocuteurs_changeants"),
        _situation("intervention_utilisateur"),
        _situation("interlocuteurs_nombreux"),
        Parametrised("tarif_degressif", tarif_degressif_question),
    ),
)


__all__ = [
    "BANK",
    "CHAPTER",
    "CLASSEMENT",
    "TRAITS_BTOG",
    "TRAITS_CSE",
    "tarif_degressif_question",
]
