"""Exercices : la fidélisation (marketing relationnel, cas particuliers, programme BtoB, rétention et CLV)."""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from salesplan.concepts import CAS_PARTICULIERS, INDICATEURS, LEVIERS_FIDELISATION, QUALITES_PROGRAMME, Catalogue
from salesplan.exercises.bank import Bank, Parametrised, first_sentence, shuffled
from salesplan.exercises.banks._tirage import variante
from salesplan.exercises.builders import categories_question, glossary, matching_question
from salesplan.exercises.numeric_builders import numeric_question
from salesplan.exercises.questions import (
    CategoriesQuestion,
    Choice,
    Item,
    MatchingQuestion,
    NumericQuestion,
    SingleChoice,
    notion_links,
)
from salesplan.fidelite import taux_de_retention, valeur_vie_client
from salesplan.values import HUNDRED, format_euros, format_percent, round_cent

CHAPTER = "apres_vente/fidelisation"
_link = notion_links(CHAPTER)
OUTLINE_RELATIONNEL = ("Marketing relationnel : stimulants financiers, stimulants sociaux, liens structurels",)
OUTLINE_CAS = ("Cas particuliers",)
OUTLINE_FIDELISATION = ("Fidélisation",)
# The seed's wording of each quality (book/_data/outline_seed.md).
SEED_QUALITES = {
    "ecoute": "L'écoute, la prise en considération de l'avis du client",
    "facilite": "La facilité",
    "anticipation": "L'anticipation",
    "humilite": "L'humilité",
    "convivialite": "La convivialité",
    "pro_activite": "La pro-activité",
    "souplesse": "La souplesse",
}
OUTLINE_PROGRAMME = tuple(SEED_QUALITES[q.code] for q in QUALITES_PROGRAMME)

ACTIONS = (
    ("stimulants_financiers", "Un avoir de 2 % du montant annuel des achats, versé en janvier aux clients fidèles."),
    ("stimulants_financiers", "Prix du papier garanti pendant deux ans pour les clients sous contrat."),
    ("stimulants_financiers", "Remise de fidélité de 5 % sur la troisième commande de l'année."),
    (
        "stimulants_sociaux",
        "Une carte de vœux écrite à la main par le technicien attitré, qui connaît chaque assistante.",
    ),
    ("stimulants_sociaux", "Un appel du commercial le jour de l'anniversaire du contrat, pour faire le point."),
    ("stimulants_sociaux", "Invitation des clients à la matinale de présentation des nouveautés."),
    ("liens_structurels", "Les commandes de toner partent seules de l'imprimante vers l'entrepôt de Bureautik Pro."),
    ("liens_structurels", "Un portail de commande relié au logiciel d'achats du client, avec ses prix négociés."),
    ("liens_structurels", "Un tableau de bord des impressions par service, intégré à l'intranet du client."),
)


def _niveaux() -> CategoriesQuestion:
    return categories_question(
        id="niveaux_relationnel",
        prompt="Classez chaque action de Bureautik Pro dans le niveau de marketing relationnel auquel elle appartient.",
        explanation=glossary(LEVIERS_FIDELISATION),
        link=_link("le-marketing-relationnel"),
        practises=OUTLINE_RELATIONNEL,
        rows=[
            (texte, code, f"{LEVIERS_FIDELISATION.get(code).libelle} : {LEVIERS_FIDELISATION.get(code).definition}")
            for code, texte in ACTIONS
        ],
        categories=tuple(Item(n.code, n.libelle) for n in LEVIERS_FIDELISATION),
        prefix="a",
    )


def _plus_solide() -> SingleChoice:
    niveaux = sorted(LEVIERS_FIDELISATION, key=lambda n: n.ordre)
    solide = niveaux[-1]
    return SingleChoice(
        id="niveau_plus_solide",
        prompt="Un concurrent propose à un client de Bureautik Pro un prix plus bas. Quel niveau de marketing "
        "relationnel rend le départ de ce client **le plus difficile** ?",
        explanation="Du plus facile au plus difficile à copier : "
        + " → ".join(n.libelle.lower() for n in niveaux)
        + f". {solide.libelle} : {solide.definition}",
        link=_link("le-marketing-relationnel"),
        practises=OUTLINE_RELATIONNEL,
        choices=tuple(
            Choice(n.code, n.libelle, "" if n is solide else f"{n.libelle} : {n.definition}")
            for n in shuffled(niveaux, "niveau_plus_solide")
        ),
        answer=solide.code,
    )


def _associer(
    question_id: str,
    prompt: str,
    catalogue: Catalogue[Any],
    anchor: str,
    practises: tuple[str, ...],
    situations: dict[str, str],
) -> MatchingQuestion:
    """Each new situation (not the lesson's example) ↔ its concept; item keys are opaque."""

    def why(code: str) -> str:
        concept = catalogue.get(code)
        return f"Non : c'est « {concept.libelle} » — {first_sentence(concept.definition)}"

    return matching_question(
        id=question_id,
        prompt=prompt,
        explanation=glossary(catalogue),
        link=_link(anchor),
        practises=practises,
        rows=[(situations[c.code], c.code, why(c.code)) for c in catalogue],
        options=tuple(Item(c.code, c.libelle) for c in catalogue),
        prefix="s",
    )


CAS = _associer(
    "cas_particuliers",
    "Associez chaque situation vécue par Bureautik Pro au cas particulier de fidélisation qu'elle illustre.",
    CAS_PARTICULIERS,
    "les-cas-particuliers",
    OUTLINE_CAS,
    {
        "client_insatisfait": "Un dentiste appelle, furieux : le technicien est venu deux jours après l'heure "
        "promise et a laissé son cabinet sans imprimante d'ordonnances.",
        "client_inactif": "Une agence d'intérim qui commandait des enveloppes chaque trimestre n'a rien "
        "commandé depuis le printemps ; l'analyse RFM la fait remonter dans le CRM.",
        "client_fort_potentiel": "Une mutuelle qui achète déjà les copieurs de son siège annonce l'ouverture "
        "de douze agences régionales dans l'année.",
        "reconquete": "Un cabinet d'architectes a quitté Bureautik Pro il y a un an pour un contrat moins "
        "cher ; le commercial lui demande un entretien pour comprendre ce qui n'allait pas.",
        "nouveau_client": "Une start-up vient de signer son tout premier contrat de location ; le commercial "
        "appelle le lendemain de l'installation pour vérifier que tout fonctionne.",
    },
)

QUALITES = _associer(
    "qualites_programme",
    "Le « Club Bureautik Pro » veut réunir les sept qualités d'un programme de fidélisation BtoB. Associez chaque "
    "action à la qualité qu'elle montre.",
    QUALITES_PROGRAMME,
    "le-programme-de-fidelisation-btob",
    OUTLINE_PROGRAMME,
    {
        "ecoute": "Trois clients trouvent les factures illisibles ; le Club les invite à un atelier et publie "
        "la nouvelle présentation qu'ils ont choisie.",
        "facilite": "Un seul numéro de téléphone, un interlocuteur qui répond, et la commande de papier en "
        "deux clics depuis un téléphone.",
        "anticipation": "Une nouvelle norme d'archivage va s'appliquer ; le commercial prévient ses clients "
        "avant qu'ils ne s'en inquiètent et leur propose une solution.",
        "humilite": "Le directeur commercial reconnaît devant un client que le changement de logiciel de "
        "facturation a été mal préparé et lui demande ce qu'il faudrait améliorer.",
        "convivialite": "Une visite de l'atelier de reconditionnement, suivie d'un déjeuner entre clients "
        "et techniciens.",
        "pro_activite": "Sans attendre de demande, le commercial envoie à un client une étude montrant qu'un "
        "copieur de plus au deuxième étage réduirait les déplacements.",
        "souplesse": "Un client saisonnier loue deux copieurs de plus de juin à septembre, sans changer de contrat.",
    },
)


def _reclamation() -> SingleChoice:
    cas = CAS_PARTICULIERS.get("client_insatisfait")
    humilite = QUALITES_PROGRAMME.get("humilite")
    return SingleChoice(
        id="reclamation",
        prompt="Une facture envoyée à Durand & Associés comporte une erreur de remise ; Mme Roux appelle, agacée. "
        "Quelle est la **première** chose à faire ?",
        explanation=f"{cas.libelle} : {cas.definition} C'est aussi une affaire d'{humilite.libelle.lower()[2:]} : "
        f"{first_sentence(humilite.definition)}",
        link=_link("les-cas-particuliers"),
        practises=(*OUTLINE_CAS, SEED_QUALITES["humilite"]),
        choices=(
            Choice("ecouter", "L'écouter sans l'interrompre, puis reformuler sa réclamation"),
            Choice(
                "justifier",
                "Lui expliquer que le logiciel de facturation n'est pas en cause",
                "Se justifier d'abord braque le client : on écoute, on reformule, puis on cherche la solution.",
            ),
            Choice(
                "geste",
                "Lui proposer tout de suite une remise sur la prochaine commande",
                "Un geste commercial avant d'avoir compris le problème ne le règle pas : "
                "écoutez et reformulez d'abord.",
            ),
            Choice(
                "attendre",
                "Attendre qu'elle envoie une réclamation écrite",
                "Une réclamation se traite vite : attendre transforme un incident en départ.",
            ),
        ),
        answer="ecouter",
    )


@variante(CHAPTER, "taux_retention")
def retention_question(rng: random.Random) -> NumericQuestion:
    """Taux de rétention = (clients en fin − nouveaux) ÷ clients en début × 100."""
    debut = rng.randint(80, 400)
    conserves = debut - rng.randint(5, debut // 4)
    nouveaux = rng.randint(10, 60)
    fin = conserves + nouveaux
    taux = taux_de_retention(debut, fin, nouveaux)
    annee = rng.choice((2024, 2025))
    return numeric_question(
        id="taux_retention",
        prompt=f"Bureautik Pro comptait {debut} clients au 1er janvier {annee} et {fin} au 31 décembre {annee}, "
        f"dont {nouveaux} nouveaux clients gagnés pendant l'année. Quel est son **taux de rétention**, en % "
        "(à 0,01 près) ?",
        explanation=f"Clients conservés = {fin} − {nouveaux} = {conserves} ; taux de rétention = {conserves} ÷ "
        f"{debut} × 100 = {format_percent(taux)} (taux d'attrition : {format_percent(HUNDRED - taux)}).",
        link=_link("mesurer-la-fidelite"),
        practises=OUTLINE_FIDELISATION,
        answer=taux,
        unit="%",
        wrong=[
            (
                round_cent(Decimal(fin) / debut * HUNDRED),
                "Vous avez gardé les nouveaux clients : ils n'étaient pas là au début, retirez-les.",
            ),
            (
                round_cent(Decimal(conserves) / fin * HUNDRED),
                "On divise par les clients du début de période, pas par ceux de la fin.",
            ),
            (
                HUNDRED - taux,
                "C'est le taux d'attrition (clients perdus) : le taux de rétention est son complément.",
            ),
        ],
    )


@variante(CHAPTER, "valeur_vie_client")
def clv_question(rng: random.Random) -> NumericQuestion:
    """Valeur vie client, simple formula: panier moyen × fréquence × taux de marque × durée."""
    panier = Decimal(rng.randint(150, 2500))
    frequence = rng.randint(3, 12)
    marque = Decimal(rng.choice((20, 25, 28, 30, 35, 40)))
    duree = rng.randint(3, 8)
    clv = valeur_vie_client(panier, frequence, marque, duree)
    annuelle = valeur_vie_client(panier, frequence, marque, 1)
    return numeric_question(
        id="valeur_vie_client",
        prompt=f"Un cabinet client de Bureautik Pro passe en moyenne {frequence} commandes par an, pour un panier "
        f"moyen de {format_euros(panier)} HT. Bureautik Pro y réalise un taux de marque de "
        f"{format_percent(marque)}, et la relation dure en moyenne {duree} ans. Quelle est la **valeur vie "
        "client** (sans actualisation) ?",
        explanation=f"Marge annuelle = {format_euros(panier)} × {frequence} × {format_percent(marque)} = "
        f"{format_euros(annuelle)} ; valeur vie client = {format_euros(annuelle)} × {duree} ans = "
        f"{format_euros(clv)}. {INDICATEURS.get('valeur_vie_client').definition}",
        link=_link("mesurer-la-fidelite"),
        practises=OUTLINE_FIDELISATION,
        answer=clv,
        wrong=[
            (
                round_cent(panier * frequence * duree),
                "C'est le chiffre d'affaires sur la durée : la valeur vie client compte la marge (× taux de marque).",
            ),
            (annuelle, "C'est la marge d'une seule année : multipliez par la durée de la relation."),
            (
                round_cent(panier * marque / HUNDRED * duree),
                "Vous avez oublié la fréquence : le client commande plusieurs fois par an.",
            ),
        ],
    )


BANK = Bank(
    CHAPTER,
    "La fidélisation",
    (
        _niveaux(),
        _plus_solide(),
        CAS,
        _reclamation(),
        QUALITES,
        Parametrised("taux_retention", retention_question),
        Parametrised("valeur_vie_client", clv_question),
    ),
)


__all__ = [
    "BANK",
    "CAS",
    "CHAPTER",
    "QUALITES",
    "clv_question",
    "retention_question",
]
