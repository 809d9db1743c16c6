"""Exercices : les conditions générales de vente (CGV) entre professionnels (contrôles par ``salesplan.paiement``)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal
from functools import partial

from salesplan import parametres
from salesplan.concepts import NEGOCIATION
from salesplan.errors import LegalLimitError
from salesplan.exercises.bank import Bank, Parametrised, first_sentence
from salesplan.exercises.banks._tirage import variante
from salesplan.exercises.builders import categories_question, multiple_choice
from salesplan.exercises.questions import (
    CategoriesQuestion,
    Choice,
    Item,
    SingleChoice,
    notion_links,
)
from salesplan.paiement import Controle, indemnite_forfaitaire, verifier_delai, verifier_taux_penalites
from salesplan.values import format_date, format_euros, format_percent

CHAPTER = "negociation/cgv_professionnels"
_link = notion_links(CHAPTER)
OUTLINE_CGV = ("CGV entre professionnels",)
OUTLINE_PAIEMENT = "Conditions et délais de paiement (au comptant / différé)"
CGV = NEGOCIATION.get("cgv")
# A draft checked in the first half of 2026: the last half-year whose legal interest rate the table knows.
DATE_PROJET = dt.date(2026, 3, 15)
INDEMNITE = format_euros(indemnite_forfaitaire(date=DATE_PROJET))
MAX_JOURS = int(parametres.valeur("delai_paiement_max", date=DATE_PROJET))
MAX_FDM = int(parametres.valeur("delai_paiement_max_fdm", date=DATE_PROJET))

CONTENU = multiple_choice(
    id="contenu_obligatoire",
    prompt="Bureautik Pro rédige ses CGV pour ses clients entreprises. Cochez les éléments que la loi **impose** "
    "d'y faire figurer (Code de commerce, art. L441-1 et L441-10).",
    explanation=f"{CGV.libelle} : {CGV.definition} Les autres clauses (réserve de propriété, tribunal compétent, "
    "garanties) sont utiles et fréquentes, mais pas imposées.",
    link=_link("ce-qu-elles-contiennent"),
    choices=[
        Choice(
            "reglement",
            "Les conditions de règlement (délai et moyens de paiement)",
            "Les conditions de règlement font partie du contenu obligatoire (art. L441-1).",
        ),
        Choice(
            "bareme",
            "Le barème des prix unitaires",
            "Le barème des prix unitaires est un élément de détermination du prix, obligatoire (art. L441-1).",
        ),
        Choice(
            "reductions",
            "Les réductions de prix habituellement consenties",
            "Les réductions de prix sont un élément de détermination du prix, obligatoire (art. L441-1).",
        ),
        Choice(
            "penalites",
            "Le taux et les conditions d'application des pénalités de retard",
            "Les conditions de règlement doivent préciser les pénalités de retard (art. L441-10, II).",
        ),
        Choice(
            "indemnite",
            f"L'indemnité forfaitaire pour frais de recouvrement de {INDEMNITE}",
            "L'indemnité forfaitaire doit figurer dans les conditions de règlement (art. L441-10, II et D441-5).",
        ),
        Choice(
            "reserve",
            "Une clause de réserve de propriété",
            "Clause utile et fréquente, mais la loi ne l'impose pas dans les CGV.",
        ),
        Choice(
            "tribunal",
            "Le tribunal compétent en cas de litige",
            "Clause d'usage, mais non imposée par l'article L441-1.",
        ),
        Choice(
            "garantie",
            "Une garantie commerciale de deux ans",
            "Une garantie commerciale est un argument de vente, pas une mention obligatoire des CGV.",
        ),
    ],
    order="contenu_cgv",
    answers=frozenset({"reglement", "bareme", "reductions", "penalites", "indemnite"}),
    practises=(*OUTLINE_CGV, OUTLINE_PAIEMENT),
)

COMMUNICATION = SingleChoice(
    id="communication",
    prompt="L'acheteur d'une clinique, qui n'a encore jamais commandé chez Bureautik Pro, demande ses CGV par "
    "courriel. Que doit faire le commercial ?",
    explanation="Le fournisseur doit communiquer ses CGV à tout acheteur qui les demande pour une activité "
    "professionnelle, sur un support durable ; s'il a des CGV par catégorie d'acheteurs, il transmet celles de la "
    "catégorie du demandeur (Code de commerce, art. L441-1). Refuser expose à une amende administrative.",
    link=_link("une-communication-obligatoire-a-tout-acheteur-professionnel"),
    choices=(
        Choice("envoyer", "Les lui envoyer sur un support durable (PDF, courriel), celles de sa catégorie d'acheteurs"),
        Choice(
            "client_seulement",
            "Refuser tant que la clinique n'a pas passé de première commande",
            "Non : tout acheteur professionnel qui les demande doit les recevoir, client ou prospect.",
        ),
        Choice(
            "oral",
            "Les lui présenter oralement au prochain rendez-vous, sans document",
            "Non : la communication se fait sur un support durable, pour éviter les malentendus.",
        ),
        Choice(
            "conditions_particulieres",
            "Lui envoyer les conditions particulières négociées avec un autre client",
            "Non : les conditions particulières d'un client n'ont pas à être communiquées aux autres ; "
            "on transmet les CGV.",
        ),
    ),
    answer="envoyer",
    practises=OUTLINE_CGV,
)

SOCLE = SingleChoice(
    id="socle_negociation",
    prompt="Une ETI répond à la proposition de Bureautik Pro en envoyant ses propres conditions générales d'achat "
    "(CGA). Que dit le Code de commerce du point de départ de la négociation ?",
    explanation=f"{first_sentence(CGV.definition)} Les CGV sont « le socle unique de la négociation commerciale » "
    "(art. L441-1, III) : on part du barème et des conditions du vendeur ; les concessions obtenues figurent dans "
    "des conditions particulières de vente écrites.",
    link=_link("le-socle-unique-de-la-negociation-commerciale"),
    choices=(
        Choice("cgv_socle", "Les CGV du vendeur sont le socle unique de la négociation commerciale"),
        Choice(
            "cga_priment",
            "Les CGA de l'acheteur remplacent les CGV dès qu'elles sont envoyées",
            "Non : les CGA ne remplacent pas le point de départ fixé par la loi, les CGV du vendeur.",
        ),
        Choice(
            "dernier_document",
            "C'est le dernier document envoyé qui s'applique",
            "Non : la loi désigne les CGV comme socle, quel que soit l'ordre des envois.",
        ),
        Choice(
            "aucun",
            "Aucun document : tout se négocie librement, même au-delà des plafonds légaux",
            f"Non : la négociation part des CGV et reste dans le cadre légal (par exemple {MAX_JOURS} jours maximum).",
        ),
    ),
    answer="cgv_socle",
    practises=OUTLINE_CGV,
)

CONDITIONS_PARTICULIERES = multiple_choice(
    id="conditions_particulieres",
    prompt="Au terme de la négociation, l'acheteur d'une ETI et le commercial de Bureautik Pro rédigent des "
    "**conditions particulières de vente**. Cochez les concessions qu'ils peuvent légalement y inscrire.",
    explanation="Les conditions particulières adaptent les CGV à un client, par écrit, dans le cadre de la loi : "
    f"aucun accord ne permet de dépasser {MAX_JOURS} jours date de facture ni {MAX_FDM} jours fin de mois "
    "(Code de commerce, art. L441-1 et L441-10).",
    link=_link("le-socle-unique-de-la-negociation-commerciale"),
    choices=[
        Choice(
            "remise",
            "Une remise supplémentaire de 8 % sur les copieurs, contre un contrat de maintenance de trois ans",
            "Une remise négociée en échange d'une contrepartie est une condition particulière classique.",
        ),
        Choice("livraison", "La livraison express offerte", "Un avantage sur la livraison peut être négocié."),
        Choice(
            "fdm",
            f"Un paiement à {MAX_FDM} jours fin de mois, écrit dans le contrat",
            f"{MAX_FDM} jours fin de mois est permis s'il est expressément prévu au contrat.",
        ),
        Choice(
            "quatre_vingt_dix",
            "Un paiement à 90 jours date de facture",
            f"Illégal : le plafond est de {MAX_JOURS} jours après la date d'émission de la facture.",
        ),
        Choice(
            "soixante_fdm",
            "Un paiement à 60 jours fin de mois",
            f"Illégal : en fin de mois, le plafond est de {MAX_FDM} jours.",
        ),
    ],
    answers=frozenset({"remise", "livraison", "fdm"}),
    practises=(*OUTLINE_CGV, OUTLINE_PAIEMENT),
)

DISTRIBUTEUR = SingleChoice(
    id="distributeur",
    prompt="Bureautik Pro vend aussi des consommables à des papeteries qui les **revendent**. Qu'exige en plus le "
    "Code de commerce pour ces clients ?",
    explanation="Avec un distributeur, une convention écrite (souvent appelée « convention unique ») formalise le "
    "résultat de la négociation annuelle : conditions de vente, réductions de prix, services de coopération "
    "commerciale (Code de commerce, art. L441-3). Elle s'ajoute aux CGV.",
    link=_link("le-cas-des-distributeurs-la-convention-ecrite"),
    choices=(
        Choice("convention", "Une convention écrite qui formalise le résultat de la négociation annuelle"),
        Choice(
            "rien",
            "Rien : les CGV suffisent, comme pour les entreprises utilisatrices",
            "Non : avec un distributeur, une convention écrite s'ajoute aux CGV (art. L441-3).",
        ),
        Choice(
            "cga",
            "Que le distributeur impose ses conditions générales d'achat",
            "Non : les CGV restent le socle de la négociation ; c'est une convention écrite qui s'ajoute.",
        ),
        Choice(
            "retractation",
            "Un délai de rétractation de 14 jours pour le distributeur",
            "Non : un revendeur qui achète pour son activité n'a pas de droit de rétractation.",
        ),
    ),
    answer="convention",
    practises=OUTLINE_CGV,
)

# Drawn half from each list so that a draft mixes clauses to keep and to correct; the verdict is the library's.
_DELAIS = (
    ("30 jours", "45 jours", "60 jours", "30 jours fin de mois", "45 jours fin de mois"),
    ("75 jours", "90 jours", "50 jours fin de mois", "60 jours fin de mois"),
)
_TAUX = (
    tuple(Decimal(t) for t in ("9", "10", "12.15", "15")),
    tuple(Decimal(t) for t in ("3", "5", "7")),
)


def _controle(verification: Callable[[], Controle], clause: str) -> tuple[str, str]:
    """("conforme" or "a_corriger", the library's explanation) for one clause."""
    try:
        resultat = verification()
    except LegalLimitError as erreur:
        return "a_corriger", f"« {clause} » : {erreur}"
    return "conforme", f"« {clause} » : {resultat.expliquer()}"


@variante(CHAPTER, "projet_cgv")
def projet_cgv_question(rng: random.Random) -> CategoriesQuestion:
    """Draft payment clauses sorted lawful / to correct (``verifier_delai``, ``verifier_taux_penalites``)."""
    clauses: list[tuple[str, tuple[str, str]]] = []
    licites, illicites = _DELAIS
    n_licites = rng.choice((1, 2))
    for delai in rng.sample(licites, n_licites) + rng.sample(illicites, 3 - n_licites):
        texte = f"Paiement à {delai} date de facture" if "fin de mois" not in delai else f"Paiement à {delai}"
        clauses.append((texte, _controle(partial(verifier_delai, delai, date_facture=DATE_PROJET), texte)))
    for taux in (rng.choice(_TAUX[0]), rng.choice(_TAUX[1])):
        texte = f"Pénalités de retard au taux annuel de {format_percent(taux)}"
        clauses.append((texte, _controle(partial(verifier_taux_penalites, taux, date=DATE_PROJET), texte)))
    return categories_question(
        id="projet_cgv",
        prompt=f"Le {format_date(DATE_PROJET)}, Bureautik Pro relit le projet de clauses de règlement de ses CGV. "
        "Classez chaque clause : **conforme** ou **à corriger** ?",
        explanation="\n".join(verdict for _, (_, verdict) in clauses),
        link=_link("ce-qu-elles-contiennent"),
        rows=[(texte, categorie, verdict) for texte, (categorie, verdict) in clauses],
        categories=(Item("conforme", "Conforme"), Item("a_corriger", "À corriger")),
        prefix="c",
        order=f"projet_cgv|{rng.getrandbits(32)}",
        keys_first=True,
        practises=(*OUTLINE_CGV, OUTLINE_PAIEMENT),
    )


BANK = Bank(
    CHAPTER,
    "Les CGV entre professionnels",
    (
        CONTENU,
        COMMUNICATION,
        SOCLE,
        Parametrised("projet_cgv", projet_cgv_question),
        CONDITIONS_PARTICULIERES,
        DISTRIBUTEUR,
    ),
)


__all__ = [
    "BANK",
    "CHAPTER",
    "COMMUNICATION",
    "CONDITIONS_PARTICULIERES",
    "CONTENU",
    "DISTRIBUTEUR",
    "SOCLE",
    "projet_cgv_question",
]
