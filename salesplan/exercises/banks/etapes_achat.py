"""Exercices : les cinq étapes du processus d'achat (textes tirés de ``salesplan.concepts``)."""

from __future__ import annotations

from salesplan.concepts import ETAPES_ACHAT
from salesplan.exercises.bank import Bank, Parametrised, first_sentence
from salesplan.exercises.builders import (
    labels,
    matching_question,
    ordering_question,
    situation_question,
)
from salesplan.exercises.questions import MatchingQuestion, notion_links

CHAPTER = "processus_achat/etapes_achat"
_link = notion_links(CHAPTER)
_ETAPES = sorted(ETAPES_ACHAT, key=lambda e: e.ordre)
ETAPES = "Différentes étapes"


def _ligne(code: str) -> str:
    """The seed outline line of a stage: « 2- Recherche d'information »."""
    etape = ETAPES_ACHAT.get(code)
    return f"{etape.ordre}- {etape.libelle}"


ORDRE = ordering_question(
    [(e.code, e.libelle) for e in _ETAPES],
    id="ordre_etapes",
    prompt="Remettez les étapes du processus d'achat dans l'ordre, de la première à la dernière "
    "(boutons « monter » et « descendre »).",
    explanation="L'ordre est : " + " → ".join(e.libelle for e in _ETAPES) + ".",
    link=_link("notions"),
    practises=(ETAPES, *(_ligne(e.code) for e in _ETAPES)),
)


# New situations, never the lesson's own example: a student must recognise the stage, not the sentence.
# One is drawn per variant (« Nouvel énoncé » gives another company).
SITUATIONS: dict[str, tuple[str, ...]] = {
    "prise_de_conscience": (
        "Depuis l'arrivée de huit nouveaux salariés, les commerciaux d'une entreprise de transport attendent "
        "leur tour devant l'unique imprimante. Le responsable d'agence en parle en réunion : « Il nous faut une "
        "solution avant la rentrée. »",
        "Une nouvelle obligation de facturation électronique approche. La comptable d'une PME de menuiserie "
        "alerte son gérant : leur logiciel actuel ne saura pas émettre les factures au bon format.",
        "Le contrat de maintenance des machines à café d'une clinique se termine dans trois mois. L'économe "
        "signale à la direction qu'il faudra décider de la suite.",
    ),
    "recherche_information": (
        "Le responsable d'un laboratoire d'analyses rédige une liste d'exigences pour ses futurs réfrigérateurs "
        "médicaux, visite un salon professionnel et demande une documentation à quatre fabricants.",
        "Une gérante de crèche interroge deux confrères sur leur fournisseur de produits d'entretien et demande "
        "un catalogue à trois distributeurs repérés sur internet.",
        "Le service achats d'une ETI de cosmétiques consulte la liste de ses fournisseurs référencés et envoie "
        "une demande de devis à ceux qui proposent des étiqueteuses.",
    ),
    "comparaison_solutions": (
        "Un hôtel a reçu quatre propositions pour son linge de chambre. La gouvernante et le directeur les notent "
        "sur le prix, la qualité du tissu et la fréquence de collecte, puis en écartent deux.",
        "Un cabinet de kinésithérapie hésite entre acheter ses tables de massage ou les louer avec entretien : il "
        "met côte à côte le coût sur cinq ans des deux formules et les délais de dépannage.",
        "Devant trois offres de téléphonie, le gérant d'une agence de voyages calcule le coût mensuel de chacune "
        "et invite les deux fournisseurs les mieux placés à revoir leur prix.",
    ),
    "prise_de_decision": (
        "Après un dernier échange sur le délai de livraison, le directeur d'un collège privé retient le "
        "fournisseur de mobilier scolaire et signe le bon de commande des 120 tables.",
        "Le comité de direction d'une coopérative agricole valide le choix du transporteur proposé par "
        "l'acheteur ; le contrat est signé pour deux ans.",
        "La gérante d'un salon de coiffure accepte la dernière proposition de paiement en trois fois et signe "
        "la commande de ses nouveaux fauteuils.",
    ),
    "evaluation_post_achat": (
        "Six semaines après l'installation des nouveaux serveurs, le responsable informatique d'une mutuelle "
        "compte les incidents, relit les délais d'intervention et prépare une note pour sa direction.",
        "Un restaurant d'entreprise fait le bilan du premier trimestre avec son nouveau fournisseur de fruits et "
        "légumes : deux livraisons en retard, une qualité jugée bonne par le chef.",
        "À la fin de la première année de location de ses véhicules utilitaires, un artisan plombier se demande "
        "s'il renouvellera avec le même loueur et s'il le conseillerait à un confrère.",
    ),
}


def _situation(code: str) -> Parametrised:
    """Which stage is this (new) client at? Choices are every stage; the situation is drawn by the seed."""
    return situation_question(
        f"situation_{code}",
        situations=SITUATIONS[code],
        right=ETAPES_ACHAT.get(code),
        family=_ETAPES,
        prompt="À quelle étape du processus d'achat se trouve ce client ?",
        link=_link("notions"),
        practises=(_ligne(code),),
    )


# What a client might say at each stage (new quotes): match the words to the stage.
PAROLES = (
    (
        "« On a reçu les trois propositions : faisons un tableau pour voir laquelle tient la route. »",
        "comparaison_solutions",
    ),
    (
        "« Ça fait trois fois ce mois-ci que le serveur plante, on ne peut plus continuer comme ça. »",
        "prise_de_conscience",
    ),
    (
        "« Pouvez-vous m'envoyer votre documentation et un devis indicatif d'ici vendredi ? »",
        "recherche_information",
    ),
    (
        "« C'est d'accord pour vous : envoyez-moi le contrat, je le signe aujourd'hui. »",
        "prise_de_decision",
    ),
    (
        "« Depuis la livraison, vos délais ont été tenus : je vous recommanderai à mon confrère. »",
        "evaluation_post_achat",
    ),
)


def _indice(code: str) -> str:
    etape = ETAPES_ACHAT.get(code)
    return f"Non : ces mots relèvent de l'étape « {etape.libelle} » — {first_sentence(etape.definition)}"


def _paroles() -> MatchingQuestion:
    """Each client's words ↔ the stage they show (new quotes, not the definitions)."""
    return matching_question(
        id="paroles_etapes",
        prompt="Associez chaque phrase de client à l'étape du processus d'achat où il se trouve.",
        explanation="\n".join(f"{e.ordre}. **{e.libelle}** : {first_sentence(e.definition)}" for e in _ETAPES),
        link=_link("notions"),
        rows=[(texte, code, _indice(code)) for texte, code in PAROLES],
        options=labels(_ETAPES),
        prefix="d",
        practises=(ETAPES, *(_ligne(e.code) for e in _ETAPES)),
    )


BANK = Bank(
    CHAPTER,
    "Les étapes du processus d'achat",
    (
        ORDRE,
        _situation("recherche_information"),
        _situation("comparaison_solutions"),
        _situation("prise_de_conscience"),
        _situation("prise_de_decision"),
        _situation("evaluation_post_achat"),
        _paroles(),
    ),
)

__all__ = ["BANK", "CHAPTER"]
