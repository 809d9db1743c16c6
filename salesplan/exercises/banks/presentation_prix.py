"""Exercices : présenter le prix et négocier (techniques, concessions, prix plancher, prise de congé).

Situations written for the quiz (none is a sentence of the chapter); definitions from ``salesplan.concepts``;
every figure computed with ``salesplan.marges`` and ``salesplan.commande``.
"""

from __future__ import annotations

import random
from decimal import Decimal

from salesplan import commande, marges
from salesplan.concepts import NOTIONS_PRIX, STRATEGIE, TECHNIQUES_PRIX
from salesplan.exercises.bank import Bank, Parametrised, mistakes, shuffled
from salesplan.exercises.banks._tirage import tirer
from salesplan.exercises.builders import glossary, matching_question
from salesplan.exercises.questions import (
    Choice,
    Item,
    MatchingQuestion,
    MultipleChoice,
    NotionLink,
    NumericQuestion,
    SingleChoice,
)
from salesplan.values import CENT, format_euros, format_percent

CHAPTER = "negociation/presentation_prix"
P_NEGOCIATION = ("2 - Négociation",)
P_MARGE = ("Évaluer sa marge",)
P_CLAUSES = ("Argumentaire de l'acheteur : propositions relatives aux clauses à négocier",)


def _link(anchor: str) -> NotionLink:
    return NotionLink(CHAPTER, anchor)


def _techniques() -> MatchingQuestion:
    """Seller's price announcements → the technique (options from TECHNIQUES_PRIX)."""
    annonces = (
        (
            "« Avec le remplacement sous 24 heures qui vous évite tout arrêt, l'installation complète est à "
            "8 700 € HT, et vos équipes sont formées sur place le jour même. »",
            "sandwich",
        ),
        ("« Pour vos 25 collaborateurs, le logiciel revient à 4 € par personne et par mois. »", "fractionnement"),
        (
            "« Un seul dossier perdu vous coûte une amende plus élevée que le prix du destructeur sécurisé. »",
            "comparaison",
        ),
        (
            "« Dans ce prix, il y a les cloisons, la pose, l'évacuation des anciennes, le traitement acoustique du "
            "plafond et cinq ans de garantie. »",
            "addition",
        ),
    )
    return matching_question(
        id="techniques_prix",
        prompt="Associez chaque annonce de prix à la technique de présentation employée.",
        explanation=glossary(TECHNIQUES_PRIX, short=True),
        link=_link("les-techniques-de-presentation-du-prix"),
        rows=[
            (texte, code, f"Non : c'est la technique « {TECHNIQUES_PRIX.get(code).libelle} ».")
            for texte, code in annonces
        ],
        options=tuple(Item(t.code, t.libelle) for t in TECHNIQUES_PRIX),
        prefix="a",
        practises=P_NEGOCIATION,
    )


_CONTREPARTIE = NOTIONS_PRIX.get("contrepartie")

CONCESSION = SingleChoice(
    id="concession_contrepartie",
    prompt="L'acheteur d'une chaîne de boulangeries demande 6 % de remise sur vingt terminaux de paiement. Votre "
    "marge vous permet d'aller jusqu'à 5 %. Quelle réponse est la meilleure ?",
    explanation=f"{_CONTREPARTIE.libelle} : {_CONTREPARTIE.definition}",
    link=_link("concessions-et-contreparties"),
    choices=shuffled(
        (
            Choice(
                "echange",
                "« Si vous équipez aussi vos cinq nouveaux magasins d'ici juin, je peux vous accorder 3 %. »",
            ),
            Choice(
                "tout",
                "« D'accord pour 5 %, c'est mon maximum. »",
                "Vous donnez tout d'un coup, sans contrepartie : il ne vous reste plus rien à négocier.",
            ),
            Choice(
                "moitie",
                "« Coupons la poire en deux : 3 % et on n'en parle plus. »",
                "Couper la poire en deux, c'est céder sans rien obtenir en échange.",
            ),
            Choice(
                "refus",
                "« Nos prix sont nos prix, je ne peux rien faire. »",
                "Un refus sec ferme la négociation alors que vous avez une marge de manœuvre.",
            ),
        ),
        "concession_contrepartie",
    ),
    answer="echange",
    practises=(*P_NEGOCIATION, *P_CLAUSES),
)

MOMENT = SingleChoice(
    id="moment_du_prix",
    prompt="Dès les premières minutes, avant toute question du vendeur, la gérante d'une crèche demande : « Combien "
    "coûte votre mobilier ? » Que fait le vendeur ?",
    explanation="Le prix s'annonce après l'argumentation, quand la valeur de l'offre est établie. Si le client "
    "le demande trop tôt, on diffère poliment en s'engageant à y revenir (technique du report).",
    link=_link("quand-et-comment-annoncer-le-prix"),
    choices=shuffled(
        (
            Choice(
                "differer",
                "Il s'engage à donner le prix un peu plus tard, une fois identifiés les équipements utiles",
            ),
            Choice(
                "catalogue",
                "Il donne le prix catalogue de toute la gamme",
                "Sans découverte, le prix est jugé sans la valeur : il paraîtra cher.",
            ),
            Choice(
                "remise",
                "Il annonce d'emblée une remise pour la mettre en confiance",
                "Une remise non demandée entame la marge et ne sera pas appréciée à sa valeur.",
            ),
            Choice(
                "esquive",
                "Il ignore la question et commence sa présentation",
                "Ignorer la question agace ; il faut s'engager à y revenir.",
            ),
        ),
        "moment_du_prix",
    ),
    answer="differer",
    practises=P_NEGOCIATION,
)

_RUPTURE = NOTIONS_PRIX.get("point_de_rupture")

RUPTURE = SingleChoice(
    id="savoir_s_arreter",
    prompt="Après deux concessions, l'acheteur d'un hôtel exige encore 10 % ; ce prix serait inférieur à votre prix "
    "plancher. Que faites-vous ?",
    explanation=f"{_RUPTURE.libelle} : {_RUPTURE.definition}",
    link=_link("savoir-s-arreter"),
    choices=shuffled(
        (
            Choice(
                "alternative",
                "Vous expliquez calmement que vous ne pouvez pas, et proposez une configuration moins équipée à ce prix",
            ),
            Choice(
                "accepter",
                "Vous acceptez pour ne pas perdre la vente",
                "Sous le prix plancher, l'affaire fait perdre de l'argent et fixe un prix intenable.",
            ),
            Choice(
                "partir",
                "Vous mettez fin à l'entretien sans rien proposer",
                "On peut refuser sans rompre la relation : une autre solution ou une porte ouverte.",
            ),
            Choice(
                "menacer",
                "Vous annoncez une hausse de tarif s'il ne signe pas aujourd'hui",
                "Une pression injustifiée détruit la confiance.",
            ),
        ),
        "savoir_s_arreter",
    ),
    answer="alternative",
    practises=(*P_NEGOCIATION, *P_MARGE),
)

_CONGE = NOTIONS_PRIX.get("prise_de_conge")

CONGE = MultipleChoice(
    id="prise_de_conge",
    prompt="Le client vient de signer. Que fait le vendeur au moment de prendre congé ?",
    explanation=f"{_CONGE.libelle} : {_CONGE.definition}",
    link=_link("la-prise-de-conge"),
    choices=shuffled(
        (
            Choice("remercier", "Il remercie le client de sa confiance", "Le remerciement fait partie du congé."),
            Choice(
                "suite",
                "Il récapitule la suite : date de livraison, interlocuteur, prochain contact",
                "Le client sait ce qui va se passer : il est rassuré.",
            ),
            Choice("rassurer", "Il conforte le client dans son choix", "Cela prévient les regrets après l'achat."),
            Choice(
                "rediscuter",
                "Il revient sur les points de l'offre que le client avait contestés",
                "La vente est conclue : rouvrir la discussion peut la remettre en cause.",
            ),
            Choice(
                "attarder",
                "Il prolonge la conversation pour créer des liens",
                "Il part sans s'attarder : le temps du client est précieux.",
            ),
        ),
        "prise_de_conge",
    ),
    answers=frozenset({"remercier", "suite", "rassurer"}),
    practises=P_NEGOCIATION,
)

_PRODUITS = (
    ("un copieur multifonction", 2400, 3800),
    ("un lot de dix bureaux réglables", 3950, 6900),
    ("un vidéoprojecteur laser", 1500, 2490),
    ("une armoire forte", 980, 1650),
)


def prix_negocie_question(seed: int) -> NumericQuestion:
    """Price after two successive concessions; adding the rates is the mistake; the floor is in the feedback."""
    marge_regle = STRATEGIE.get("evaluer_marge")

    def construire(rng: random.Random) -> NumericQuestion:
        produit, cout, prix = rng.choice(_PRODUITS)
        premiere, seconde = rng.choice((4, 5, 6, 8)), rng.choice((1, 2, 3))
        minimum = Decimal(rng.choice((15, 18, 20)))
        net = commande.appliquer_reductions(prix, [premiere, seconde])
        plancher = marges.prix_plancher(cout, taux_de_marque_minimal=minimum)
        verdict = "au-dessus" if net >= plancher else "en dessous"
        return NumericQuestion(
            id="prix_apres_concessions",
            seed=seed,
            prompt=f"Le commercial propose {produit} à {format_euros(Decimal(prix))} HT (coût d'achat "
            f"{format_euros(Decimal(cout))} HT). Il accorde une première remise de {format_percent(Decimal(premiere))} "
            f"contre un engagement de volume, puis une seconde de {format_percent(Decimal(seconde))} contre la "
            "signature le jour même. Quel est le prix net HT après ces deux concessions ?",
            explanation=f"Remises successives : {format_euros(Decimal(prix))} × (1 − {format_percent(Decimal(premiere))}) "
            f"× (1 − {format_percent(Decimal(seconde))}) = {format_euros(net)} HT. Avec un taux de marque minimal de "
            f"{format_percent(minimum)}, le prix plancher est {format_euros(plancher)} HT : le prix négocié est "
            f"{verdict}. {marge_regle.libelle} : {marge_regle.definition}",
            link=_link("le-prix-plancher-savoir-jusqu-ou-aller"),
            practises=P_MARGE,
            answer=net,
            mistakes=mistakes(
                net,
                CENT,
                (
                    commande.appliquer_reductions(prix, [premiere + seconde]),
                    "Vous avez additionné les remises : des remises successives se calculent l'une après l'autre.",
                ),
                (
                    commande.appliquer_reductions(prix, [premiere]),
                    "Vous n'avez appliqué que la première concession.",
                ),
            ),
        )

    return tirer(CHAPTER, seed, construire, sel="prix_apres_concessions")


BANK = Bank(
    CHAPTER,
    "Présenter le prix et négocier",
    (
        MOMENT,
        _techniques(),
        CONCESSION,
        Parametrised("prix_apres_concessions", prix_negocie_question),
        RUPTURE,
        CONGE,
    ),
)
