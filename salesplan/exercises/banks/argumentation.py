"""Exercices : l'argumentation (caractéristique, avantage, bénéfice, preuve ; CAP/CAB ; grille de l'acheteur).

Situations written for the quiz (none is a sentence of the chapter); definitions from ``salesplan.concepts``.
"""

from __future__ import annotations

from salesplan.concepts import ELEMENTS_ARGUMENT, METHODES_ARGUMENTATION, MOBILES_ACHAT, OUTILS_ACHAT, PREUVES
from salesplan.exercises.bank import Bank, first_sentence, shuffled
from salesplan.exercises.builders import categories_question, glossary, matching_question
from salesplan.exercises.questions import (
    CategoriesQuestion,
    Choice,
    Item,
    MatchingQuestion,
    NotionLink,
    OrderingQuestion,
    SingleChoice,
)

CHAPTER = "negociation/argumentation"
P_NEGOCIATION = ("2 - Négociation",)
P_OUTILS = ("Préparer les outils d'aide à la vente",)
P_GRILLE = ("Grille de comparaison des offres : disséquer les offres des fournisseurs et comparer",)


def _link(anchor: str) -> NotionLink:
    return NotionLink(CHAPTER, anchor)


def _elements() -> CategoriesQuestion:
    """Sentences about a document scanner sold to a notary's office → element of the argument."""
    phrases = (
        ("Le scanner numérise 60 pages recto verso par minute.", "caracteristique"),
        ("Il est livré avec un chargeur de 100 feuilles.", "caracteristique"),
        ("Un dossier entier se numérise en une seule fois, sans surveiller la machine.", "avantage"),
        ("Les documents arrivent directement dans le dossier partagé du bon collaborateur.", "avantage"),
        (
            "« Vos clercs rendent les actes numérisés avant la signature, comme vous le souhaitiez pour les "
            "rendez-vous du vendredi. »",
            "benefice_client",
        ),
        ("« Voici le compte rendu d'essai d'un laboratoire indépendant sur 10 000 pages. »", "preuve"),
        ("« L'étude Martin-Roche, à Bron, l'utilise depuis un an ; vous pouvez l'appeler. »", "preuve"),
    )
    return categories_question(
        id="elements_argument",
        prompt="Un commercial présente un scanner de documents à une étude de notaires qui veut numériser ses actes "
        "plus vite. Classez chaque phrase : caractéristique, avantage, bénéfice client ou preuve ?",
        explanation=glossary(ELEMENTS_ARGUMENT),
        link=_link("de-la-caracteristique-au-benefice-client"),
        rows=[
            (texte, code, f"Non : {e.libelle} — {first_sentence(e.definition)}")
            for texte, code in phrases
            for e in (ELEMENTS_ARGUMENT.get(code),)
        ],
        categories=tuple(Item(e.code, e.libelle) for e in ELEMENTS_ARGUMENT),
        prefix="p",
        practises=P_NEGOCIATION,
    )


def _ordre_cab() -> OrderingQuestion:
    """The parts of one argument for an ergonomic chair, in CAB order then proof and check."""
    parties = (
        ("c", "« L'assise de ce siège se règle en profondeur et en hauteur… »"),
        ("a", "« …chaque salarié l'adapte à sa taille en quelques secondes… »"),
        (
            "b",
            "« …vos télé-conseillers, assis sept heures par jour, auront moins mal au dos, ce qui vous inquiétait. »",
        ),
        ("p", "« Je vous en laisse deux en essai pendant une semaine. »"),
        ("q", "« Cela correspond-il à ce que vous recherchez ? »"),
    )
    methode = METHODES_ARGUMENTATION.get("cab")
    return OrderingQuestion(
        id="ordre_cab",
        prompt="Remettez dans l'ordre les phrases d'un argument pour le responsable d'un centre d'appels.",
        explanation=f"{methode.libelle} : {methode.definition} L'argument se termine par une question de contrôle.",
        link=_link("les-methodes-cap-et-cab"),
        items=shuffled([Item(code, texte) for code, texte in parties], "ordre_cab"),
        answer=tuple(code for code, _ in parties),
        practises=P_NEGOCIATION,
    )


def _preuves() -> MatchingQuestion:
    """What the seller offers → the type of proof (options from PREUVES)."""
    lignes = (
        ("Un vidéoprojecteur est installé une semaine dans la salle de conseil du client.", "demonstration"),
        (
            "Le directeur d'un hôtel voisin raconte au téléphone son expérience du même mobilier.",
            "temoignage_reference",
        ),
        (
            "Le commercial compare, sur le tableur, la consommation électrique de l'ancien et du nouveau parc.",
            "chiffre_etude",
        ),
        (
            "Les cloisons acoustiques portent le marquage d'un organisme de certification reconnu.",
            "label_certification",
        ),
        (
            "Le devis précise un remplacement sous 24 heures, faute de quoi un mois de loyer est offert.",
            "garantie_engagement",
        ),
    )
    return matching_question(
        id="types_de_preuves",
        prompt="Quel type de preuve le commercial apporte-t-il dans chaque situation ?",
        explanation=glossary(PREUVES, short=True),
        link=_link("les-preuves"),
        rows=[
            (texte, code, f"Non : c'est une preuve de type « {PREUVES.get(code).libelle} ».") for texte, code in lignes
        ],
        options=tuple(Item(p.code, p.libelle) for p in PREUVES),
        prefix="s",
        practises=P_NEGOCIATION,
    )


_ARGENT = MOBILES_ACHAT.get("argent")

ARGUMENT_MOBILE = SingleChoice(
    id="argument_mobile",
    prompt="Pendant la découverte, le gérant d'une auto-école a surtout parlé du coût de ses photocopies et de "
    "sa trésorerie tendue. Quel argument retenez-vous pour lui présenter le copieur ?",
    explanation=f"Le mobile dominant est l'argent : {_ARGENT.definition} L'argument doit donc chiffrer l'économie "
    "et la prouver avec ses propres volumes.",
    link=_link("relier-chaque-argument-a-un-mobile-d-achat"),
    choices=shuffled(
        (
            Choice(
                "cout",
                "« Avec vos 3 000 copies par mois, le coût par page baisse de moitié : je vous montre le calcul. »",
            ),
            Choice(
                "design",
                "« Son design primé fera forte impression sur vos élèves à l'accueil. »",
                "Argument d'orgueil : ce n'est pas le mobile exprimé par le gérant.",
            ),
            Choice(
                "innovation",
                "« C'est le tout dernier modèle, sorti le mois dernier. »",
                "Argument de nouveauté, sans lien avec son souci de coût ni preuve.",
            ),
            Choice(
                "technique",
                "« Il a un processeur quadricœur et un disque de 320 Go. »",
                "Ce sont des caractéristiques, sans avantage ni bénéfice pour ce client.",
            ),
        ),
        "argument_mobile",
    ),
    answer="cout",
    practises=P_NEGOCIATION,
)

_GRILLE = OUTILS_ACHAT.get("grille_comparaison_offres")

GRILLE = SingleChoice(
    id="grille_acheteur",
    prompt="Le règlement d'une consultation d'une communauté de communes annonce : valeur technique 50 %, prix 30 %, "
    "délai de livraison 20 %. Votre mobilier est de très bonne qualité, un peu plus cher que la moyenne, livré en "
    "six semaines. Comment organisez-vous votre argumentation ?",
    explanation=f"{_GRILLE.libelle} : {_GRILLE.definition} On commence par le critère qui pèse le plus, où l'offre "
    "est forte ; on ne cache pas le prix, on le présente en valeur.",
    link=_link("s-appuyer-sur-la-grille-de-l-acheteur"),
    choices=shuffled(
        (
            Choice(
                "technique", "D'abord la valeur technique, preuves à l'appui, puis le prix présenté en coût complet"
            ),
            Choice(
                "prix",
                "D'abord le prix, en promettant une remise pour passer devant",
                "Le prix ne pèse que 30 % : une remise entame la marge là où l'offre n'a pas besoin de gagner.",
            ),
            Choice(
                "delai",
                "D'abord le délai de livraison, puisque c'est votre point faible",
                "On ne commence pas par un point faible, ni par le critère qui pèse le moins.",
            ),
            Choice(
                "tout",
                "Tous vos arguments dans l'ordre du catalogue, pour ne rien oublier",
                "Un argumentaire récité ignore la grille de l'acheteur et lasse l'acheteur.",
            ),
        ),
        "grille_acheteur",
    ),
    answer="technique",
    practises=(*P_GRILLE, *P_OUTILS),
)


BANK = Bank(
    CHAPTER,
    "L'argumentation",
    (_elements(), _ordre_cab(), _preuves(), ARGUMENT_MOBILE, GRILLE),
)
