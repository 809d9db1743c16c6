"""Exercices : les six points du déroulement de l'entretien (textes tirés de ``salesplan.concepts``)."""

from __future__ import annotations

from salesplan.concepts import ETAPES_ENTRETIEN, Etape
from salesplan.exercises.bank import Bank, first_sentence, shuffled
from salesplan.exercises.builders import concept_matching, ordering_question, which_concept
from salesplan.exercises.questions import (
    Choice,
    MatchingQuestion,
    MultipleChoice,
    SingleChoice,
    notion_links,
)

CHAPTER = "preparation/preparation_entretien"
_link = notion_links(CHAPTER)
_ETAPES = sorted(ETAPES_ENTRETIEN, key=lambda e: e.ordre)
# The seed's wording of each point (book/_data/outline_seed.md), in the order of the plan.
SEED = {
    "promesse": "Promesse",
    "prestations": "Prestations",
    "clientele": "Clientèle",
    "presentation": "Présentation",
    "processus_commercial": "Processus commercial",
    "deroule_prestation": "Déroulé de la prestation",
}
TOUTES = tuple(SEED[e.code] for e in _ETAPES)
ORDRE_TEXTE = " → ".join(f"{e.ordre}. {e.libelle}" for e in _ETAPES)

ORDRE = ordering_question(
    [(e.code, e.libelle) for e in _ETAPES],
    id="ordre_plan",
    prompt="Remettez dans l'ordre les six points du plan d'entretien que prépare le commercial de Bureautik Pro, "
    "du premier au dernier.",
    explanation="L'ordre est : " + ORDRE_TEXTE + ".",
    link=_link("notions"),
    practises=TOUTES,
)


def _associer(question_id: str, prompt: str, texte: dict[str, str]) -> MatchingQuestion:
    """Each text of a point (definition or example) ↔ the point; item keys are opaque."""

    def message(_: Etape, autre: Etape) -> str:
        return f"Pas « {autre.libelle} » (point {autre.ordre}) : {first_sentence(autre.definition)}"

    return concept_matching(
        _ETAPES,
        id=question_id,
        prompt=prompt,
        explanation="\n".join(f"**{e.ordre}. {e.libelle}** : {e.definition}" for e in _ETAPES),
        link=_link("notions"),
        practises=TOUTES,
        shown=lambda e: texte[e.code],
        prefix="d",
        wrong=message,
    )


PHRASES = _associer(
    "phrases_points",
    "Une commerciale d'un fournisseur de vêtements de travail prépare son entretien avec le gérant d'une entreprise "
    "de paysagistes (25 salariés). Associez chaque phrase de son plan au point qu'elle illustre.",
    {
        "promesse": "« Vos équipes auront toujours des tenues propres et à leur taille, sans que vous ayez à "
        "gérer le moindre lavage. »",
        "prestations": "Location des tenues, lavage et réparation chaque semaine, casiers nominatifs, "
        "remplacement sous 48 heures.",
        "clientele": "« Nous habillons déjà quatre entreprises d'espaces verts du département, dont une de "
        "trente jardiniers. »",
        "presentation": "« Notre blanchisserie industrielle, installée à Bourg-en-Bresse depuis 1998, emploie "
        "60 personnes et est certifiée ISO 14001. »",
        "processus_commercial": "« Nous prenons les mesures de vos salariés, vous essayez les tenues un mois, "
        "puis nous signons le contrat. »",
        "deroule_prestation": "« Première livraison un lundi matin, passage chaque jeudi, un bilan avec vous "
        "au bout de trois mois. »",
    },
)


def _ouverture() -> SingleChoice:
    premier = _ETAPES[0]
    return SingleChoice(
        id="point_ouverture",
        prompt="Par quel point le commercial **ouvre-t-il** la présentation de son offre ?",
        explanation=f"{premier.libelle} : {premier.definition} L'ordre complet : {ORDRE_TEXTE}.",
        link=_link("la-promesse"),
        practises=(SEED[premier.code],),
        choices=tuple(
            Choice(
                e.code,
                e.libelle,
                "" if e is premier else f"C'est le point {e.ordre} : {first_sentence(e.definition)}",
            )
            for e in shuffled(_ETAPES, "point_ouverture")
        ),
        answer=premier.code,
    )


def _avant_presentation() -> MultipleChoice:
    presentation = ETAPES_ENTRETIEN.get("presentation")
    avant = [e for e in _ETAPES if e.ordre < presentation.ordre]
    return MultipleChoice(
        id="avant_presentation",
        prompt="Cochez **tous** les points que le commercial traite **avant** de présenter son entreprise.",
        explanation=f"La présentation de l'entreprise est le point {presentation.ordre} : elle vient après la "
        "promesse et les preuves (prestations, clientèle), et reste courte. Ordre : " + ORDRE_TEXTE + ".",
        link=_link("la-presentation-de-l-entreprise"),
        practises=tuple(SEED[e.code] for e in (*avant, presentation)),
        choices=tuple(
            Choice(
                e.code,
                e.libelle,
                f"« {e.libelle} » est le point {e.ordre}, et la présentation de l'entreprise le point "
                f"{presentation.ordre}.",
            )
            for e in shuffled([e for e in _ETAPES if e is not presentation], "avant_presentation")
        ),
        answers=frozenset(e.code for e in avant),
    )


def _dernier() -> SingleChoice:
    dernier = _ETAPES[-1]
    processus = ETAPES_ENTRETIEN.get("processus_commercial")
    return which_concept(
        shuffled(_ETAPES, "apres_commande"),
        dernier.code,
        id="apres_commande",
        prompt="Le client demande : « Et une fois le contrat signé, comment cela se passera-t-il chez nous ? » "
        "Quel point du plan répond à cette question ?",
        explanation=f"{dernier.libelle} : {dernier.definition} Le {processus.libelle.lower()} s'arrête à la "
        "signature ; le déroulé de la prestation commence après.",
        link=_link("le-deroule-de-la-prestation"),
        practises=(SEED[dernier.code], SEED[processus.code]),
    )


BANK = Bank(
    CHAPTER,
    "Préparer le déroulement de l'entretien",
    (ORDRE, PHRASES, _ouverture(), _avant_presentation(), _dernier()),
)

__all__ = ["BANK", "CHAPTER"]
