"""Exercices : le traitement des objections (nature, objet, méthode, techniques, grille de simulation).

Situations written for the quiz (none is a sentence of the chapter); definitions from ``salesplan.concepts``.
"""

from __future__ import annotations

from salesplan.concepts import NATURES_OBJECTIONS, OBJETS_OBJECTIONS, OUTILS_ACHAT, TECHNIQUES_OBJECTIONS
from salesplan.exercises.bank import Bank, first_sentence, shuffled
from salesplan.exercises.builders import categories_question, concept_choices, glossary, matching_question
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

CHAPTER = "negociation/objections"
P_SIMULATION = ("Grille de simulation : anticiper les objections",)
P_NEGOCIATION = ("2 - Négociation",)


def _link(anchor: str) -> NotionLink:
    return NotionLink(CHAPTER, anchor)


def _objets() -> CategoriesQuestion:
    """Objections heard by a seller of office furniture → what they are about."""
    lignes = (
        ("« À ce tarif-là, j'équipe deux bureaux chez votre concurrent. »", "objection_prix"),
        ("« Votre devis dépasse de 2 000 € l'enveloppe que m'a donnée la direction. »", "objection_prix"),
        ("« Vos caissons n'ont que deux tiroirs, nos commerciaux ont besoin de trois. »", "objection_produit"),
        ("« Ce revêtement de table ne va pas résister aux tasses de café. »", "objection_produit"),
        ("« Je n'ai jamais entendu parler de votre société, vous existez depuis quand ? »", "objection_entreprise"),
        ("« Nous travaillons avec le même fournisseur depuis quinze ans, il nous connaît. »", "objection_entreprise"),
        ("« On verra ça à la rentrée, tout le monde part en congés. »", "objection_moment"),
        ("« Je dois d'abord en parler à mon associé, qui rentre dans un mois. »", "objection_moment"),
    )
    return categories_question(
        id="objets_objections",
        prompt="Un commercial en mobilier de bureau entend ces objections. Sur quoi chacune porte-t-elle ?",
        explanation=glossary(OBJETS_OBJECTIONS, short=True),
        link=_link("l-objet-de-l-objection"),
        rows=[
            (texte, code, f"Non : {o.libelle} — {first_sentence(o.definition)}")
            for texte, code in lignes
            for o in (OBJETS_OBJECTIONS.get(code),)
        ],
        categories=tuple(Item(o.code, o.libelle) for o in OBJETS_OBJECTIONS),
        prefix="o",
        practises=P_NEGOCIATION,
    )


def _natures() -> CategoriesQuestion:
    """Objection with its context → sincere, pretext or tactical."""
    lignes = (
        (
            "Une assistante de direction, qui a déjà eu des bourrages fréquents avec un modèle voisin, demande si "
            "le nouveau copieur accepte le papier recyclé.",
            "objection_sincere",
        ),
        (
            "Un gérant objecte que le contrat l'engage cinq ans ; après la réponse, il revient encore sur cette durée.",
            "objection_sincere",
        ),
        (
            "Un prospect dit « je n'ai pas le temps » puis, quand on propose un rendez-vous de dix minutes, "
            "« de toute façon, le budget est bouclé », puis « nous ne changeons jamais de fournisseur ».",
            "objection_pretexte",
        ),
        (
            "Un acheteur qui a retenu votre offre en finale annonce en souriant qu'un concurrent fait 8 % de "
            "moins, sans montrer le devis.",
            "objection_tactique",
        ),
        (
            "Une acheteuse de grande entreprise réclame « un geste » avant de signer, alors qu'elle a déjà "
            "demandé les dates d'installation.",
            "objection_tactique",
        ),
    )
    return categories_question(
        id="natures_objections",
        prompt="Quelle est la nature probable de chaque objection, d'après la situation décrite ?",
        explanation=glossary(NATURES_OBJECTIONS),
        link=_link("la-nature-de-l-objection"),
        rows=[
            (texte, code, f"Non : {n.libelle} — {first_sentence(n.definition)}")
            for texte, code in lignes
            for n in (NATURES_OBJECTIONS.get(code),)
        ],
        categories=tuple(Item(n.code, n.libelle) for n in NATURES_OBJECTIONS),
        prefix="n",
        practises=P_NEGOCIATION,
    )


def _techniques() -> MatchingQuestion:
    """Seller's answers to objections → the technique used (options from TECHNIQUES_OBJECTIONS)."""
    reponses = (
        (
            "Client : « Votre logiciel a l'air lourd. » — Vendeur : « Lourd, c'est-à-dire long à installer, ou "
            "difficile à utiliser pour vos équipes ? »",
            "reformulation_objection",
        ),
        (
            "« Vous avez raison, ce modèle coûte plus cher à l'achat ; cependant ses cartouches durent trois fois "
            "plus longtemps. »",
            "oui_mais",
        ),
        (
            "« Vos équipes sont réticentes au changement ? C'est précisément pour elles que la formation sur site "
            "est incluse. »",
            "boomerang",
        ),
        (
            "« C'est exact, nous n'avons pas d'agence à Grenoble ; mais nos techniciens y interviennent en deux "
            "heures et l'appareil de prêt est gratuit. »",
            "compensation",
        ),
        (
            "« La mairie de Tassin avait la même crainte ; son responsable des services techniques accepte d'en "
            "parler avec vous. »",
            "temoignage",
        ),
        (
            "Client : « Ça ne marchera pas chez nous. » — Vendeur : « Qu'est-ce qui vous fait dire cela ? »",
            "question_objection",
        ),
        (
            "« La question du financement est importante ; je vous propose d'y revenir après avoir choisi ensemble "
            "la configuration. »",
            "report",
        ),
    )
    return matching_question(
        id="techniques_objections",
        prompt="Associez chaque réponse d'un commercial à la technique de traitement des objections qu'il emploie.",
        explanation=glossary(TECHNIQUES_OBJECTIONS, short=True),
        link=_link("les-techniques-de-reponse"),
        rows=[
            (texte, code, f"Non : c'est la technique « {TECHNIQUES_OBJECTIONS.get(code).libelle} ».")
            for texte, code in reponses
        ],
        options=tuple(Item(t.code, t.libelle) for t in TECHNIQUES_OBJECTIONS),
        prefix="t",
        practises=P_NEGOCIATION,
    )


def _methode() -> OrderingQuestion:
    temps = (
        ("ecouter", "Laisser le client exprimer son objection jusqu'au bout"),
        ("reformuler", "Redire l'objection pour la faire préciser"),
        ("repondre", "Répondre avec une technique adaptée et une preuve"),
        ("verifier", "S'assurer que la réponse convient au client"),
    )
    return OrderingQuestion(
        id="methode_objection",
        prompt="Remettez dans l'ordre les quatre temps du traitement d'une objection.",
        explanation="Écouter, reformuler, répondre, vérifier : la reformulation précède toujours la réponse, et "
        "l'on ne reprend l'argumentation qu'après avoir vérifié l'accord du client.",
        link=_link("la-methode-ecouter-reformuler-repondre-verifier"),
        items=shuffled([Item(code, texte) for code, texte in temps], "methode_objection"),
        answer=tuple(code for code, _ in temps),
        practises=P_NEGOCIATION,
    )


def _situation(question_id: str, situation: str, code: str) -> SingleChoice:
    """Which technique fits this objection? Wrong picks recall the technique's definition."""
    technique = TECHNIQUES_OBJECTIONS.get(code)
    options = [t for t in TECHNIQUES_OBJECTIONS if t.code != "reformulation_objection"]
    return SingleChoice(
        id=question_id,
        prompt=f"{situation}\nAprès avoir reformulé l'objection, quelle technique convient le mieux ?",
        explanation=f"{technique.libelle} : {technique.definition} Exemple : {technique.exemple}",
        link=_link("les-techniques-de-reponse"),
        choices=concept_choices(shuffled(options, question_id), code),
        answer=code,
        practises=P_NEGOCIATION,
    )


POINT_FAIBLE = _situation(
    "technique_point_faible",
    "Un acheteur remarque que votre imprimante n'imprime pas en A3, ce qui est exact ; il n'imprime en A3 que "
    "deux ou trois fois par mois, mais il a besoin d'impressions A4 très rapides, où votre modèle est le meilleur.",
    "compensation",
)

VAGUE = _situation(
    "technique_objection_vague",
    "En fin de présentation, une responsable administrative lâche seulement : « Je ne sais pas, ça ne me "
    "convainc pas », sans rien ajouter.",
    "question_objection",
)

_GRILLE = OUTILS_ACHAT.get("grille_simulation")

SIMULATION = MultipleChoice(
    id="grille_simulation",
    prompt="Vous préparez votre grille de simulation avant un rendez-vous avec l'acheteur d'une ETI. Que "
    "devez-vous y noter ?",
    explanation=f"{_GRILLE.libelle} : {_GRILLE.definition}",
    link=_link("anticiper-les-objections-la-grille-de-simulation"),
    choices=shuffled(
        (
            Choice("objections", "Les objections probables de l'acheteur", "C'est le cœur de la grille."),
            Choice("reponses", "La technique et la preuve prévues pour chacune", "Une réponse préparée rassure."),
            Choice(
                "concessions",
                "Les concessions possibles et la contrepartie à demander",
                "Face à une objection tactique, on sait d'avance ce qu'on peut céder, et contre quoi.",
            ),
            Choice(
                "excuses",
                "Des formules d'excuse pour le cas où le prix choquerait",
                "On annonce le prix avec assurance, sans s'excuser.",
            ),
            Choice(
                "contredire",
                "Les arguments pour prouver au client qu'il a tort",
                "On ne contredit jamais le client de front, même quand l'objection n'est pas fondée.",
            ),
        ),
        "grille_simulation",
    ),
    answers=frozenset({"objections", "reponses", "concessions"}),
    practises=P_SIMULATION,
)


BANK = Bank(
    CHAPTER,
    "Le traitement des objections",
    (_objets(), _natures(), _methode(), _techniques(), POINT_FAIBLE, VAGUE, SIMULATION),
)
