"""Exercices : la connaissance du client (fiche client, indicateurs de l'historique par ``salesplan.fidelite``)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from salesplan import parametres
from salesplan.concepts import CONNAISSANCE_CLIENT
from salesplan.exercises.bank import Bank, Parametrised, first_sentence, shuffled
from salesplan.exercises.banks._tirage import variante
from salesplan.exercises.builders import capitalised, categories_question, glossary
from salesplan.exercises.numeric_builders import amount_field, count_field, numeric_question
from salesplan.exercises.questions import (
    CategoriesQuestion,
    Choice,
    InvoiceQuestion,
    Item,
    NumericQuestion,
    SingleChoice,
    notion_links,
)
from salesplan.fidelite import IndicateursClient, indicateurs_clients
from salesplan.values import format_date, format_euros, plural, round_cent

CHAPTER = "preparation/connaissance_client"
_link = notion_links(CHAPTER)
AUJOURDHUI = parametres.DATE_DE_REFERENCE
CLIENTS = (
    "Durand & Associés",
    "Pharmacie de la Part-Dieu",
    "Cabinet Vasseur",
    "Clinique des Monts",
    "Ateliers Roux",
    "Agence Immo Saône",
    "Laboratoire Alpha",
)
OUTLINE_IDENTIFICATION = "Identification du client (raison sociale, activité, ...)"
OUTLINE_CONTACT = "Précision sur le contact (secteur d'activité, biens proposés, ...)"
OUTLINE_HISTORIQUE = "Historique avec le contact (produits commandés, montant des commandes, ...)"
PRACTISES = {
    "identification": OUTLINE_IDENTIFICATION,
    "precisions_contact": OUTLINE_CONTACT,
    "historique": OUTLINE_HISTORIQUE,
}

Ligne = dict[str, object]


def _commandes(rng: random.Random, client: str, nombre: int, petit: int, grand: int) -> list[Ligne]:
    """``nombre`` orders of 2026 (distinct days before the reference date), amounts HT between the bounds."""
    jours = sorted(rng.sample(range(5, (AUJOURDHUI - dt.date(2026, 1, 1)).days - 3), nombre))
    return [
        {
            "client": client,
            "date": dt.date(2026, 1, 1) + dt.timedelta(days=j),
            "montant_ht": Decimal(rng.randint(petit * 100, grand * 100)) / 100,
        }
        for j in jours
    ]


def _tableau(lignes: list[Ligne], *, avec_client: bool = False) -> str:
    def une(ligne: Ligne) -> str:
        jour, montant = ligne["date"], ligne["montant_ht"]
        assert isinstance(jour, dt.date) and isinstance(montant, Decimal)
        debut = f"{ligne['client']}, " if avec_client else ""
        return f"– {debut}{format_date(jour)} : {format_euros(montant)} HT"

    return "\n".join(une(ligne) for ligne in sorted(lignes, key=lambda x: str(x["date"])))


@variante(CHAPTER, "indicateurs")
def indicateurs_question(rng: random.Random) -> InvoiceQuestion:
    """Chiffre d'affaires, fréquence, panier moyen and récence of one client."""
    client = rng.choice(CLIENTS)
    lignes = _commandes(rng, client, rng.randint(4, 7), 150, 2500)
    indicateurs = indicateurs_clients(lignes, date_reference=AUJOURDHUI)[0]
    derniere = lignes[-1]["montant_ht"]
    assert isinstance(derniere, Decimal)
    fields = (
        amount_field(
            "chiffre_affaires",
            "Chiffre d'affaires HT de 2026",
            indicateurs.chiffre_affaires,
            (indicateurs.panier_moyen, "C'est le panier moyen : le chiffre d'affaires est la somme des commandes."),
            (indicateurs.chiffre_affaires - derniere, "Il manque une commande : additionnez-les toutes."),
        ),
        count_field(
            "frequence",
            "Fréquence d'achat (nombre de commandes)",
            indicateurs.frequence,
            (11, "La fréquence compte les commandes de la période, pas les mois."),
            (12, "La fréquence compte les commandes de la période, pas les mois."),
        ),
        amount_field(
            "panier_moyen",
            "Panier moyen HT",
            indicateurs.panier_moyen,
            (
                round_cent(indicateurs.chiffre_affaires / 12),
                "Vous avez divisé par 12 mois : le panier moyen divise par le nombre de commandes.",
            ),
            (
                round_cent(indicateurs.chiffre_affaires / (indicateurs.frequence - 1)),
                "Vous avez divisé par une commande de moins : comptez-les toutes.",
            ),
        ),
        count_field(
            "recence",
            f"Récence au {format_date(AUJOURDHUI)}",
            indicateurs.recence,
            (
                (AUJOURDHUI - indicateurs.premiere_commande).days,
                "Vous êtes parti de la première commande : la récence compte les jours depuis la dernière.",
            ),
            (indicateurs.recence + 1, "Un jour de trop : on compte les jours écoulés, sans le jour de départ."),
            unit="jours",
        ),
    )
    return InvoiceQuestion(
        id="indicateurs_historique",
        prompt=f"Voici les commandes de **{client}** chez Bureautik Pro en 2026. Calculez les indicateurs de "
        f"l'historique au {format_date(AUJOURDHUI)} (montants à 0,01 € près).\n" + _tableau(lignes),
        explanation=f"Chiffre d'affaires = somme des {indicateurs.frequence} commandes = "
        f"{format_euros(indicateurs.chiffre_affaires)} ; "
        f"panier moyen = {format_euros(indicateurs.chiffre_affaires)} ÷ {indicateurs.frequence} = "
        f"{format_euros(indicateurs.panier_moyen)} ; "
        f"dernière commande le {format_date(indicateurs.derniere_commande)}, "
        f"soit une récence de {indicateurs.recence} jours.",
        link=_link("historique-avec-le-contact"),
        practises=(OUTLINE_HISTORIQUE,),
        fields=fields,
    )


@variante(CHAPTER, "panier_moyen")
def panier_moyen_question(rng: random.Random) -> NumericQuestion:
    """The average basket of one client, read in an export that mixes two clients."""
    vise, autre = rng.sample(CLIENTS, 2)
    lignes = _commandes(rng, vise, rng.randint(3, 5), 200, 3000) + _commandes(rng, autre, rng.randint(2, 4), 80, 900)
    par_client = {resultat.client: resultat for resultat in indicateurs_clients(lignes, date_reference=AUJOURDHUI)}
    indicateurs, tous = (
        par_client[vise],
        indicateurs_clients([{**ligne, "client": "tous"} for ligne in lignes], date_reference=AUJOURDHUI)[0],
    )
    return numeric_question(
        id="panier_moyen",
        prompt="Extrait du CRM de Bureautik Pro (commandes 2026). "
        f"Quel est le **panier moyen** HT de **{vise}** ?\n" + _tableau(lignes, avec_client=True),
        explanation=f"On ne garde que les {indicateurs.frequence} commandes de {vise} : chiffre d'affaires "
        f"{format_euros(indicateurs.chiffre_affaires)} ; panier moyen = "
        f"{format_euros(indicateurs.chiffre_affaires)} ÷ {indicateurs.frequence} = "
        f"{format_euros(indicateurs.panier_moyen)}.",
        link=_link("historique-avec-le-contact"),
        practises=(OUTLINE_HISTORIQUE,),
        answer=indicateurs.panier_moyen,
        wrong=[
            (tous.panier_moyen, f"Vous avez pris les commandes des deux clients : ne gardez que celles de {vise}."),
            (indicateurs.chiffre_affaires, "C'est le chiffre d'affaires : divisez-le par le nombre de commandes."),
            (
                round_cent(indicateurs.chiffre_affaires / 12),
                "Vous avez divisé par 12 mois au lieu du nombre de commandes.",
            ),
        ],
    )


@variante(CHAPTER, "plus_gros_panier")
def plus_gros_panier_question(rng: random.Random) -> SingleChoice | None:
    """Which client has the largest average basket? The biggest spender is not the answer."""
    noms = rng.sample(CLIENTS, 3)
    lignes = (
        _commandes(rng, noms[0], rng.randint(6, 9), 300, 1200)
        + _commandes(rng, noms[1], rng.randint(1, 2), 1500, 3500)
        + _commandes(rng, noms[2], rng.randint(3, 5), 100, 900)
    )
    clients = indicateurs_clients(lignes, date_reference=AUJOURDHUI)
    gros_panier = max(clients, key=lambda x: x.panier_moyen)
    gros_ca = max(clients, key=lambda x: x.chiffre_affaires)
    if gros_panier is gros_ca or len({x.panier_moyen for x in clients}) < 3:
        return None  # the biggest spender must not have the largest basket, and no tie: draw again

    def retour(c: IndicateursClient) -> str:
        if c is gros_panier:
            return ""
        debut = "Ce client a le plus gros chiffre d'affaires, mais" if c is gros_ca else "Ce client a"
        return (
            f"{debut} {plural(c.frequence, 'commande')} pour {format_euros(c.chiffre_affaires)} : panier moyen de "
            f"{format_euros(c.panier_moyen)}, moins que {gros_panier.client}."
        )

    lettres = dict(zip((c.client for c in clients), rng.sample(("a", "b", "c"), 3), strict=True))
    return SingleChoice(
        id="plus_gros_panier",
        prompt="Voici les commandes 2026 de trois clients de Bureautik Pro. "
        "Lequel a le **panier moyen** le plus élevé ?\n" + _tableau(lignes, avec_client=True),
        explanation="Panier moyen = chiffre d'affaires ÷ nombre de commandes : "
        + " ; ".join(
            f"{c.client} : {format_euros(c.chiffre_affaires)} ÷ {c.frequence} = {format_euros(c.panier_moyen)}"
            for c in clients
        )
        + ". Le plus gros client en chiffre d'affaires n'a pas forcément le plus gros panier.",
        link=_link("historique-avec-le-contact"),
        practises=(OUTLINE_HISTORIQUE,),
        choices=tuple(Choice(lettres[c.client], c.client, retour(c)) for c in sorted(clients, key=lambda x: x.client)),
        answer=lettres[gros_panier.client],
    )


def _rubriques() -> CategoriesQuestion:
    return categories_question(
        id="rubriques_fiche",
        prompt="Dans quelle partie de la fiche client le commercial de Bureautik Pro range-t-il chaque information ?",
        explanation=glossary(CONNAISSANCE_CLIENT, short=True),
        link=_link("notions"),
        practises=tuple(PRACTISES.values()),
        rows=[
            (capitalised(d), c.code, f"{c.libelle} : {first_sentence(c.definition)}")
            for c in CONNAISSANCE_CLIENT
            for d in shuffled(c.details, c.code)[:4]
        ],
        categories=tuple(Item(c.code, c.libelle) for c in CONNAISSANCE_CLIENT),
        prefix="i",
    )


# Extracts of another client's file (a garage), not the lesson's example: sort them into the rubrics.
EXTRAITS = (
    ("Garage Martinez SARL, SIRET 987 654 321 00017 (fictif), entretien et réparation automobile.", "identification"),
    ("Effectif : 14 salariés, un seul établissement à Vénissieux.", "identification"),
    ("M. Martinez, gérant : décide seul, préfère être appelé après 18 heures.", "precisions_contact"),
    ("Mme Lopes, secrétaire comptable : reçoit les devis et les transmet au gérant.", "precisions_contact"),
    ("Deux commandes de toner l'an dernier, la dernière il y a sept mois.", "historique"),
    ("Un devis de copieur refusé en 2025 : prix jugé trop élevé.", "historique"),
)


def _extraits() -> CategoriesQuestion:
    def why(code: str) -> str:
        rubrique = CONNAISSANCE_CLIENT.get(code)
        return f"Non : cet extrait relève de la rubrique « {rubrique.libelle} » — {first_sentence(rubrique.definition)}"

    return categories_question(
        id="extraits_fiche",
        prompt="Le commercial complète la fiche d'un nouveau client. Classez chaque extrait dans la rubrique de la "
        "fiche client dont il fait partie.",
        explanation=glossary(CONNAISSANCE_CLIENT),
        link=_link("notions"),
        practises=tuple(PRACTISES.values()),
        rows=[(texte, code, why(code)) for texte, code in EXTRAITS],
        categories=tuple(Item(c.code, c.libelle) for c in CONNAISSANCE_CLIENT),
        prefix="e",
    )


SIRET = SingleChoice(
    id="numero_siret",
    prompt="Pour compléter l'**identification** du cabinet Durand & Associés, le commercial cherche le numéro à "
    "**14 chiffres** qui identifie son établissement de Lyon 3e. De quel numéro s'agit-il ?",
    explanation="Le SIREN (9 chiffres) identifie l'entreprise ; le SIRET (14 chiffres : le SIREN suivi de 5 chiffres) "
    "identifie chacun de ses établissements ; le code NAF (ou APE) indique l'activité principale. Tous figurent "
    "dans le répertoire Sirene de l'Insee.",
    link=_link("identification-du-client"),
    practises=(OUTLINE_IDENTIFICATION,),
    choices=(
        Choice("siren", "Le numéro SIREN", "Le SIREN a 9 chiffres et identifie l'entreprise, pas l'établissement."),
        Choice("siret", "Le numéro SIRET"),
        Choice("naf", "Le code NAF (APE)", "Le code NAF (4 chiffres et une lettre) indique l'activité principale."),
        Choice(
            "tva",
            "Le numéro de TVA intracommunautaire",
            "Il sert à la facturation (FR, 2 caractères de clé, puis le SIREN) : il n'identifie pas l'établissement.",
        ),
    ),
    answer="siret",
)

BANK = Bank(
    CHAPTER,
    "La connaissance du client",
    (
        _rubriques(),
        _extraits(),
        SIRET,
        Parametrised("indicateurs_historique", indicateurs_question),
        Parametrised("panier_moyen", panier_moyen_question),
        Parametrised("plus_gros_panier", plus_gros_panier_question),
    ),
)


__all__ = [
    "BANK",
    "CHAPTER",
    "SIRET",
    "indicateurs_question",
    "panier_moyen_question",
    "plus_gros_panier_question",
]
