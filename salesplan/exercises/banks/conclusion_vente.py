"""Exercices : conclure la vente (étapes, techniques, vente additionnelle), textes de ``salesplan.concepts``."""

from __future__ import annotations

from salesplan.concepts import ETAPES_CONCLUSION, TECHNIQUES_CONCLUSION, VENTES_ADDITIONNELLES
from salesplan.concepts._types import TechniqueConclusion
from salesplan.exercises.bank import Bank, first_sentence, shuffled
from salesplan.exercises.builders import categories_question, concept_choices, concept_matching, glossary, non_recall
from salesplan.exercises.questions import (
    CategoriesQuestion,
    Choice,
    Item,
    MatchingQuestion,
    MultipleChoice,
    NotionLink,
    OrderingQuestion,
    SingleChoice,
)

CHAPTER = "negociation/conclusion_vente"
LINK = NotionLink(CHAPTER, "notions")
LINK_ETAPES = NotionLink(CHAPTER, "les-etapes-de-la-conclusion")
LINK_SIGNAUX = NotionLink(CHAPTER, "reconnaitre-les-signaux-d-achat")
LINK_RESUMER = NotionLink(CHAPTER, "resumer-les-avantages")
LINK_TECHNIQUES = NotionLink(CHAPTER, "les-techniques-de-conclusion")
LINK_ADDITIONNELLE = NotionLink(CHAPTER, "la-vente-additionnelle")
ETAPES = "Étapes du processus de conclusion"
RESUMER = "Résumer les avantages"
CONCLUSION = "Conclusion : directe, implicite, alternative, proposition"
ADDITIONNELLE = "Vente additionnelle : vente complémentaire"
# seed outline line of each stage of ETAPES_CONCLUSION
LIGNE_ETAPE = {
    "resumer_avantages": RESUMER,
    "conclure": CONCLUSION,
    "vente_additionnelle": ADDITIONNELLE,
    "calcul_montant_commande": "Calcul du montant de la commande",
}
_ETAPES = sorted(ETAPES_CONCLUSION, key=lambda e: e.ordre)


def _ordre() -> OrderingQuestion:
    return OrderingQuestion(
        id="ordre_conclusion",
        prompt="Remettez les étapes du processus de conclusion dans l'ordre, de la première à la dernière.",
        explanation="\n".join(f"{e.ordre}. **{e.libelle}** : {first_sentence(e.definition)}" for e in _ETAPES),
        link=LINK_ETAPES,
        items=shuffled([Item(e.code, e.libelle) for e in _ETAPES], "ordre_conclusion"),
        answer=tuple(e.code for e in _ETAPES),
        practises=(ETAPES, *(LIGNE_ETAPE[e.code] for e in _ETAPES)),
    )


def _dialogue(lignes: tuple[str, ...]) -> str:
    """An exchange on one line per reply, in italics."""
    return " / ".join(f"*{ligne}*" for ligne in lignes)


def _dialogues() -> MatchingQuestion:
    """Each example dialogue ↔ its closing technique (dialogues rendered from the concepts)."""
    return concept_matching(
        TECHNIQUES_CONCLUSION,
        id="dialogues_conclusion",
        prompt="Associez chaque échange entre un commercial de Bureautik Pro et son client à la technique de "
        "conclusion employée.",
        explanation=glossary(TECHNIQUES_CONCLUSION),
        link=LINK_TECHNIQUES,
        shown=lambda t: _dialogue(t.exemple_dialogue),
        prefix="d",
        wrong=non_recall,
        practises=(CONCLUSION,),
    )


def _ordre_choix(code: str, cle: str) -> tuple[TechniqueConclusion, ...]:
    """The techniques in a drawn order where the right one is not shown first."""
    for essai in range(20):
        ordre = shuffled(list(TECHNIQUES_CONCLUSION), f"{cle}|{essai}")
        if ordre[0].code != code:
            return ordre
    raise AssertionError("unreachable")  # pragma: no cover


def _situation(question_id: str, situation: str, code: str) -> SingleChoice:
    """Which technique fits this situation? Feedback: the definition of the technique picked."""
    technique = TECHNIQUES_CONCLUSION.get(code)
    return SingleChoice(
        id=question_id,
        prompt=f"{situation}\nQuelle technique de conclusion convient le mieux ?",
        explanation=f"{technique.libelle} : {technique.definition} Exemple : {technique.exemple}",
        link=LINK_TECHNIQUES,
        choices=concept_choices(_ordre_choix(code, question_id), code),
        answer=code,
        practises=(CONCLUSION,),
    )


HESITE = _situation(
    "technique_client_hesitant",
    "La directrice des achats d'une PME trouve l'offre de copieurs adaptée, mais elle veut « attendre le "
    "prochain comité de direction », dans six semaines. Le commercial dispose encore, dans sa marge de "
    "manœuvre, d'une demi-journée de formation qu'il peut offrir.",
    "proposition",
)

DEUX_OPTIONS = _situation(
    "technique_deux_options",
    "Le gérant d'un cabinet comptable est convaincu par la location du matériel ; il se demande seulement s'il "
    "vaut mieux une durée courte ou une durée longue pour sa trésorerie.",
    "alternative",
)


def _ventes_additionnelles() -> CategoriesQuestion:
    """Cross-selling or up-selling? Categories and feedback from ``VENTES_ADDITIONNELLES``."""
    propositions = (
        (
            "Avec les 12 copieurs commandés, le commercial propose le contrat de maintenance sur site.",
            "vente_complementaire",
        ),
        (
            "Le client a choisi des fauteuils d'entrée de gamme ; le commercial lui présente le modèle ergonomique "
            "certifié, plus cher mais adapté aux 8 heures d'écran de ses salariés.",
            "montee_en_gamme",
        ),
        (
            "Après la vente des postes informatiques, le commercial propose les licences du logiciel de sauvegarde.",
            "vente_complementaire",
        ),
        (
            "Le client voulait un vidéoprojecteur Full HD ; vu la taille de la salle, le commercial propose le "
            "modèle 4K plus lumineux.",
            "montee_en_gamme",
        ),
        (
            "Avec le mobilier de l'open space, le commercial propose des cloisons acoustiques et des lampes de bureau.",
            "vente_complementaire",
        ),
        (
            "Pour le destructeur de documents demandé, le commercial propose la version à coupe croisée de niveau de "
            "sécurité supérieur, adaptée aux dossiers contenant des données personnelles.",
            "montee_en_gamme",
        ),
    )
    return categories_question(
        id="ventes_additionnelles",
        prompt="Une fois la vente principale acquise, le commercial fait une vente additionnelle. Classez chaque "
        "proposition : vente complémentaire ou montée en gamme ?",
        explanation="\n".join(f"**{c.libelle}** : {c.definition} Exemple : {c.exemple}" for c in VENTES_ADDITIONNELLES),
        link=LINK_ADDITIONNELLE,
        rows=[
            (texte, v.code, f"Non : {v.libelle} — {first_sentence(v.definition)}")
            for texte, v in ((texte, VENTES_ADDITIONNELLES.get(code)) for texte, code in propositions)
        ],
        categories=tuple(Item(c.code, c.libelle) for c in VENTES_ADDITIONNELLES),
        prefix="p",
        practises=(ADDITIONNELLE,),
    )


def _moment_vente_additionnelle() -> SingleChoice:
    etape = ETAPES_CONCLUSION.get("vente_additionnelle")
    return SingleChoice(
        id="moment_vente_additionnelle",
        prompt="À quel moment le commercial propose-t-il une vente additionnelle ?",
        explanation=f"{etape.libelle} : {etape.definition}",
        link=LINK_ADDITIONNELLE,
        choices=(
            Choice(
                "decouverte",
                "Dès la découverte des besoins, pour augmenter le panier",
                "Trop tôt : le client n'a encore rien décidé, et l'offre paraît imposée.",
            ),
            Choice("apres_accord", "Une fois la vente principale acquise, le client étant en confiance"),
            Choice(
                "objection",
                "Pendant le traitement des objections, pour détourner l'attention du prix",
                "Ajouter un produit quand le client trouve l'offre chère renforce l'objection.",
            ),
            Choice(
                "apres_livraison",
                "Seulement après la livraison, lors du suivi",
                "Le suivi offre d'autres occasions, mais la vente additionnelle est une étape de la conclusion : "
                "juste après l'accord, quand le client est en confiance.",
            ),
        ),
        answer="apres_accord",
        practises=(ETAPES, ADDITIONNELLE),
    )


def _resume() -> MultipleChoice:
    """What belongs in the summary of the advantages."""
    etape = ETAPES_CONCLUSION.get("resumer_avantages")
    choix = (
        Choice(
            "acceptes",
            "Rappeler les avantages que le client a acceptés pendant l'entretien",
            "C'est le cœur du résumé : seulement ce que le client a approuvé.",
        ),
        Choice(
            "besoins",
            "Relier chaque avantage à un besoin exprimé par le client",
            "Le résumé relie les avantages aux besoins du client : c'est ce qui le convainc.",
        ),
        Choice(
            "controle",
            "Finir par une question de contrôle (« Nous sommes bien d'accord sur ces points ? »)",
            "La question de contrôle prépare la conclusion et laisse exprimer une dernière réserve.",
        ),
        Choice(
            "nouveau",
            "Présenter un argument nouveau, jamais évoqué, pour impressionner",
            "Un argument nouveau relance la discussion et peut faire naître des objections.",
        ),
        Choice(
            "refuses",
            "Revenir sur les points que le client a contestés",
            "On ne résume que les avantages acceptés : revenir sur un désaccord réveille l'objection.",
        ),
        Choice(
            "remise",
            "Annoncer spontanément une remise supplémentaire",
            "Une concession non demandée entame la marge ; elle relève au plus de la conclusion par "
            "proposition, si le client hésite encore.",
        ),
    )
    return MultipleChoice(
        id="resumer_avantages",
        prompt=f"Le client envoie des signaux d'achat. Le commercial passe à l'étape « {etape.libelle} ». "
        "Que doit contenir ce résumé ? Cochez les bonnes pratiques.",
        explanation=f"{etape.libelle} : {etape.definition} Exemple : {etape.exemple}",
        link=LINK_RESUMER,
        choices=shuffled(choix, "resumer_avantages"),
        answers=frozenset({"acceptes", "besoins", "controle"}),
        practises=(RESUMER,),
    )


def _signaux() -> MultipleChoice:
    """Buying signals: the moment to summarise and close."""
    choix = (
        Choice(
            "installation",
            "« Si nous commandons, quand pourriez-vous installer ? »",
            "Une question pratique sur la suite est un signal d'achat verbal.",
        ),
        Choice(
            "decideur",
            "L'acheteur fait venir sa directrice financière pour voir l'offre",
            "Faire entrer le décideur dans la discussion est un signal d'achat propre au BtoB.",
        ),
        Choice(
            "futur",
            "« Le copieur irait dans le couloir du deuxième étage. »",
            "Le client s'imagine déjà utiliser le produit : c'est un signal d'achat.",
        ),
        Choice(
            "concurrent",
            "« Votre concurrent m'a fait une offre, je vais la relire. »",
            "C'est plutôt une objection ou une mise en concurrence : il reste à argumenter.",
        ),
        Choice(
            "brochure",
            "Le client repose la documentation et regarde sa montre",
            "C'est un signal de désintérêt, pas d'achat.",
        ),
    )
    return MultipleChoice(
        id="signaux_achat",
        prompt="Quels comportements sont des **signaux d'achat**, qui indiquent qu'il est temps de résumer les "
        "avantages et de conclure ?",
        explanation="Les signaux d'achat sont verbaux (questions pratiques, usage au futur), non verbaux (il "
        "reprend la documentation, prend des notes) ou propres au BtoB (il fait venir le décideur). "
        f"{first_sentence(ETAPES_CONCLUSION.get('resumer_avantages').definition)}",
        link=LINK_SIGNAUX,
        choices=shuffled(choix, "signaux_achat"),
        answers=frozenset({"installation", "decideur", "futur"}),
        practises=(ETAPES, RESUMER),
    )


BANK = Bank(
    CHAPTER,
    "Conclure la vente",
    (
        _ordre(),
        _signaux(),
        _resume(),
        _dialogues(),
        HESITE,
        DEUX_OPTIONS,
        _ventes_additionnelles(),
        _moment_vente_additionnelle(),
    ),
)
