"""Exercices : les objectifs d'un partenariat et leur suivi (textes tirés de ``salesplan.concepts``)."""

from __future__ import annotations

from salesplan.concepts import NOTIONS, OBJECTIFS_PARTENARIAT
from salesplan.exercises.bank import Bank, first_sentence, shuffled
from salesplan.exercises.builders import (
    definition_text,
    glossary,
    labels,
    matching_question,
    sort_by_reason,
    statements_question,
    which_concept,
    which_concepts,
)
from salesplan.exercises.questions import (
    CategoriesQuestion,
    MatchingQuestion,
    SingleChoice,
    notion_links,
)

CHAPTER = "processus_achat/partenariat"
_link = notion_links(CHAPTER)

# Seed lines, in the order of OBJECTIFS_PARTENARIAT.
LIGNES = {
    "augmenter_ca": "Augmenter le CA",
    "diminuer_couts": "Diminuer certains coûts",
    "echange_savoir_faire": "Échange de savoir-faire",
    "acquerir_notoriete": "Acquérir de la notoriété",
    "trouver_reseau_distribution": "Trouver un réseau de distribution",
    "cadeaux_clients": "Faire offrir gratuitement des cadeaux aux clients",
    "echange_indicateurs": "Échange sur indicateurs quantitatifs et qualitatifs",
}
PARTENARIAT = "Partenariat"
_OBJECTIFS = list(OBJECTIFS_PARTENARIAT)


# ---------------------------------------------------------------- 1. new partnerships ↔ their objective

# Other firms than the lesson's Bureautik Pro examples: the student applies the objectives.
PARTENARIATS = (
    (
        "Une entreprise de nettoyage industriel et un fabricant de produits d'entretien écologiques répondent "
        "ensemble aux consultations des hôpitaux de la région, qu'aucun n'aurait remportées seul.",
        "augmenter_ca",
    ),
    (
        "Deux transporteurs de la même zone industrielle mutualisent un entrepôt et un logiciel de planification "
        "des tournées.",
        "diminuer_couts",
    ),
    (
        "Un éditeur de logiciels de paie apprend à un cabinet comptable à paramétrer ses outils ; le cabinet lui "
        "explique en retour les questions que posent les dirigeants de TPE.",
        "echange_savoir_faire",
    ),
    (
        "Un fabricant de vélos électriques équipe gratuitement l'équipe d'organisation d'une course cycliste "
        "régionale très suivie par la presse locale.",
        "acquerir_notoriete",
    ),
    (
        "Un torréfacteur de café signe avec un grossiste en fournitures pour l'hôtellerie, qui proposera ses "
        "cafés à ses 800 hôtels et restaurants clients.",
        "trouver_reseau_distribution",
    ),
    (
        "Pour tout contrat d'assurance flotte signé, un courtier offre à ses clients un bilan de conduite pour "
        "leurs chauffeurs, payé par l'auto-école partenaire qui se fait ainsi connaître.",
        "cadeaux_clients",
    ),
    (
        "Chaque mois, un loueur de matériel de chantier et son partenaire réparateur font le point sur le délai "
        "moyen de remise en état, le nombre de pannes et les avis des clients.",
        "echange_indicateurs",
    ),
)


def _exemples() -> MatchingQuestion:
    return matching_question(
        id="exemples_objectifs",
        prompt="Associez chaque partenariat à l'objectif qu'il sert d'abord.",
        explanation=glossary(_OBJECTIFS),
        link=_link("notions"),
        rows=[(texte, code, _objectif_servi(code)) for texte, code in PARTENARIATS],
        options=labels(_OBJECTIFS),
        prefix="e",
        practises=(PARTENARIAT, *LIGNES.values()),
    )


def _objectif_servi(code: str) -> str:
    """The feedback recalling the objective a partnership really serves."""
    objectif = OBJECTIFS_PARTENARIAT.get(code)
    return (
        f"Non : ce partenariat sert d'abord l'objectif « {objectif.libelle} » — {first_sentence(objectif.definition)}"
    )


# ---------------------------------------------------------------- 2-3. new situations: which objective?


def _situation(question_id: str, texte: str, code: str) -> SingleChoice:
    objectif = OBJECTIFS_PARTENARIAT.get(code)
    return which_concept(
        shuffled(_OBJECTIFS, question_id),
        code,
        id=question_id,
        prompt=f"Quel objectif ce partenariat poursuit-il d'abord ?\n*{texte}*",
        explanation=definition_text(objectif),
        link=_link("notions"),
        practises=(LIGNES[code],),
    )


SITUATION_CADEAUX = _situation(
    "situation_cadeaux",
    "Une entreprise de nettoyage de bureaux offre un premier nettoyage gratuit à chaque nouveau client de "
    "Bureautik Pro ; elle le finance elle-même, car elle y trouve de nouveaux prospects.",
    "cadeaux_clients",
)
SITUATION_COUTS = _situation(
    "situation_couts",
    "Bureautik Pro et un fabricant de mobilier de bureau louent ensemble un entrepôt à Vénissieux et "
    "commandent en commun leurs cartons d'emballage.",
    "diminuer_couts",
)
SITUATION_RESEAU = _situation(
    "situation_reseau",
    "Des magasins de fournitures de Saône-et-Loire, où Bureautik Pro n'a pas de commercial, proposent désormais "
    "ses contrats de maintenance à leurs clients professionnels.",
    "trouver_reseau_distribution",
)


# ---------------------------------------------------------------- 4. one partnership, several objectives

_PLUSIEURS = frozenset({"augmenter_ca", "echange_savoir_faire"})
OBJECTIFS_MULTIPLES = which_concepts(
    (
        OBJECTIFS_PARTENARIAT.get(c)
        for c in ("augmenter_ca", "acquerir_notoriete", "echange_savoir_faire", "cadeaux_clients", "diminuer_couts")
    ),
    _PLUSIEURS,
    id="objectifs_multiples",
    prompt="Bureautik Pro et un installateur de réseaux informatiques répondent ensemble aux marchés publics des "
    "collectivités, qui veulent un lot complet « impression et réseau ». Chacun forme les techniciens de l'autre "
    "à son métier.\nCochez **tous** les objectifs que sert ce partenariat.",
    explanation="Réponse groupée à des marchés qu'aucun des deux ne gagnerait seul : "
    f"{OBJECTIFS_PARTENARIAT.get('augmenter_ca').libelle.lower()}. Formation croisée des techniciens : "
    f"{OBJECTIFS_PARTENARIAT.get('echange_savoir_faire').libelle.lower()}.",
    link=_link("notions"),
    practises=(LIGNES["augmenter_ca"], LIGNES["echange_savoir_faire"]),
)


# ---------------------------------------------------------------- 5. indicators: quantitative or qualitative

_INDICATEURS = (
    ("Chiffre d'affaires réalisé avec les clients recommandés", "quantitatif"),
    ("Nombre de marchés gagnés ensemble", "quantitatif"),
    ("Économies réalisées sur la logistique", "quantitatif"),
    ("Nombre de techniciens formés", "quantitatif"),
    ("Qualité des contacts transmis", "qualitatif"),
    ("Image de l'entreprise perçue par les clients", "qualitatif"),
    ("Respect des engagements de chacun", "qualitatif"),
    ("Qualité du conseil donné par le revendeur", "qualitatif"),
)
_SORTES = (
    ("quantitatif", "Indicateur quantitatif", "Il se compte ou se mesure en euros : indicateur quantitatif."),
    (
        "qualitatif",
        "Indicateur qualitatif",
        "Il s'apprécie (avis, enquête, entretien) plus qu'il ne se compte : indicateur qualitatif.",
    ),
)


def _indicateurs() -> CategoriesQuestion:
    return sort_by_reason(
        _INDICATEURS,
        _SORTES,
        id="indicateurs_partenariat",
        prompt="Chaque trimestre, Bureautik Pro et son partenaire font le point. Classez chaque indicateur.",
        explanation=definition_text(OBJECTIFS_PARTENARIAT.get("echange_indicateurs")),
        link=_link("notions"),
        prefix="i",
        practises=(LIGNES["echange_indicateurs"],),
    )


# ---------------------------------------------------------------- 6. what a partnership is

_TRAITS = (
    ("durable", "Une coopération durable, formalisée par un contrat ou une convention", True, ""),
    ("independants", "Des partenaires qui restent indépendants (clients, marque, décisions)", True, ""),
    ("partage", "Un partage des efforts et des résultats, qui suppose la confiance", True, ""),
    (
        "rachat",
        "L'une des entreprises prend le contrôle de l'autre",
        False,
        "Un rachat met fin à l'indépendance : ce n'est plus un partenariat.",
    ),
    (
        "commande",
        "Une commande ponctuelle passée à un fournisseur",
        False,
        "Une simple relation client-fournisseur n'a ni la durée ni le partage d'un partenariat.",
    ),
    (
        "concurrent",
        "Un partenaire qui vend exactement les mêmes produits aux mêmes clients",
        False,
        "On choisit des offres complémentaires, non concurrentes : sinon chacun démarche les clients de l'autre.",
    ),
)

DEFINITION = statements_question(
    _TRAITS,
    explain_left_out=True,
    id="definition_partenariat",
    prompt="Cochez **toutes** les caractéristiques d'un partenariat entre entreprises.",
    explanation=definition_text(NOTIONS.get("partenariat")),
    link=_link("notions"),
    practises=(PARTENARIAT,),
)


BANK = Bank(
    CHAPTER,
    "Le partenariat",
    (
        _exemples(),
        SITUATION_CADEAUX,
        SITUATION_COUTS,
        SITUATION_RESEAU,
        OBJECTIFS_MULTIPLES,
        _indicateurs(),
        DEFINITION,
    ),
)

__all__ = ["BANK", "CHAPTER"]
