"""Exercices : présenter le prix et négocier (techniques, concessions, prix plancher, prise de congé).

Situations written for the quiz (none is a sentence of the chapter); definitions from ``salesplan.concepts``;
every figure computed with ``salesplan.marges`` and ``salesplan.commande``.
"""

from __future__ import annotations

import random
from decimal import Decimal

from salesplan import commande, marges
from salesplan.concepts import NOTIONS_PRIX, STRATEGIE, TECHNIQUES_PRIX
from salesplan.exercises.bank import Bank, Parametrised, mistakes
from salesplan.exercises.banks._entretien import OUTLINE_NEGOCIATION, associer
from salesplan.exercises.banks._entretien_e4 import entretien_complet
from salesplan.exercises.banks._tirage import tirer
from salesplan.exercises.builders import definition_text, multiple_choice, single_choice
from salesplan.exercises.questions import (
    Choice,
    MatchingQuestion,
    NumericQuestion,
    notion_links,
)
from salesplan.exercises.scenario import Line, Reply, ScenarioQuestion
from salesplan.values import CENT, format_euros, format_percent, round_cent

CHAPTER = "negociation/presentation_prix"
OUTLINE_MARGE = ("Évaluer sa marge",)
OUTLINE_CLAUSES = ("Argumentaire de l'acheteur : propositions relatives aux clauses à négocier",)

_link = notion_links(CHAPTER)


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
    return associer(
        TECHNIQUES_PRIX,
        annonces,
        id="techniques_prix",
        prompt="Associez chaque annonce de prix à la technique de présentation employée.",
        link=_link("les-techniques-de-presentation-du-prix"),
        prefix="a",
        practises=OUTLINE_NEGOCIATION,
        sorte="la technique",
    )


CONCESSION = single_choice(
    id="concession_contrepartie",
    prompt="L'acheteur d'une chaîne de boulangeries demande 6 % de remise sur vingt terminaux de paiement. Votre "
    "marge vous permet d'aller jusqu'à 5 %. Quelle réponse est la meilleure ?",
    explanation=definition_text(NOTIONS_PRIX.get("contrepartie")),
    link=_link("concessions-et-contreparties"),
    choices=(
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
    answer="echange",
    practises=(*OUTLINE_NEGOCIATION, *OUTLINE_CLAUSES),
)

MOMENT = single_choice(
    id="moment_du_prix",
    prompt="Dès les premières minutes, avant toute question du vendeur, la gérante d'une crèche demande : « Combien "
    "coûte votre mobilier ? » Que fait le vendeur ?",
    explanation="Le prix s'annonce après l'argumentation, quand la valeur de l'offre est établie. Si le client "
    "le demande trop tôt, on diffère poliment en s'engageant à y revenir (technique du report).",
    link=_link("quand-et-comment-annoncer-le-prix"),
    choices=(
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
    answer="differer",
    practises=OUTLINE_NEGOCIATION,
)


RUPTURE = single_choice(
    id="savoir_s_arreter",
    prompt="Après deux concessions, l'acheteur d'un hôtel exige encore 10 % ; ce prix serait inférieur à votre prix "
    "plancher. Que faites-vous ?",
    explanation=definition_text(NOTIONS_PRIX.get("point_de_rupture")),
    link=_link("savoir-s-arreter"),
    choices=(
        Choice(
            "alternative",
            "Vous refusez calmement et proposez un modèle moins équipé à ce prix",
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
    answer="alternative",
    practises=(*OUTLINE_NEGOCIATION, *OUTLINE_MARGE),
)


CONGE = multiple_choice(
    id="prise_de_conge",
    prompt="Le client vient de signer. Que fait le vendeur au moment de prendre congé ?",
    explanation=definition_text(NOTIONS_PRIX.get("prise_de_conge")),
    link=_link("la-prise-de-conge"),
    choices=(
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
    answers=frozenset({"remercier", "suite", "rassurer"}),
    practises=OUTLINE_NEGOCIATION,
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
            explanation=f"Remises successives : {format_euros(Decimal(prix))} "
            f"× (1 − {format_percent(Decimal(premiere))}) "
            f"× (1 − {format_percent(Decimal(seconde))}) = {format_euros(net)} HT. Avec un taux de marque minimal de "
            f"{format_percent(minimum)}, le prix plancher est {format_euros(plancher)} HT : le prix négocié est "
            f"{verdict}. {marge_regle.libelle} : {marge_regle.definition}",
            link=_link("le-prix-plancher-savoir-jusqu-ou-aller"),
            practises=OUTLINE_MARGE,
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


# The dental practice's offer: price and term of the scenario; the monthly figure is computed.
_PRIX_CABINET = Decimal(7480)
_MOIS_CABINET = 60
_REMISE_MAX_CABINET = 5


def scenario_prix() -> ScenarioQuestion:
    """Presenting the price to a dentist, trading concessions, spotting the buying signal, taking leave."""
    prix = format_euros(_PRIX_CABINET)
    par_mois = format_euros(round_cent(_PRIX_CABINET / _MOIS_CABINET))
    maxi = format_percent(Decimal(_REMISE_MAX_CABINET))
    return ScenarioQuestion(
        id="scenario_prix",
        prompt="**Mise en situation.** Vous êtes commercial de Bureautik Pro au cabinet dentaire des Brotteaux "
        "(4 praticiens, 6 assistantes). Le Dr Nguyen, associée gérante, a validé vos arguments : un copieur-scanner "
        f"pour les dossiers patients, installé et formé, avec intervention sous 8 heures. L'offre est à {prix} HT ; "
        f"votre remise maximale est de {maxi}, à n'accorder que contre une contrepartie. Choisissez chaque fois "
        "votre réponse.",
        explanation="Le prix s'annonce avec assurance, mis en valeur (sandwich, fractionnement), puis on se tait. "
        "Chaque concession s'échange contre une contrepartie, par paliers décroissants, sans dépasser la marge "
        "prévue. Dès le signal d'achat, on cesse de négocier et on conclut ; la prise de congé remercie, "
        "récapitule la suite et rassure.",
        link=_link("notions"),
        practises=(*OUTLINE_NEGOCIATION, *OUTLINE_MARGE),
        lines=(
            Line(
                "debut",
                "decideur",
                "« Tout cela me convient. Alors, combien ? »",
                (
                    Reply(
                        f"« Avec l'intervention sous 8 heures qui protège vos consultations, l'ensemble revient à "
                        f"{prix} HT, et la formation de vos assistantes est comprise. »",
                        "reaction",
                        2,
                        "Technique du sandwich : le prix arrive entre deux avantages, annoncé sans hésiter.",
                    ),
                    Reply(
                        f"« Alors… je vous préviens, c'est un peu cher : {prix} HT, mais on peut en discuter. »",
                        "remise",
                        0,
                        "Vous vous excusez du prix et invitez la négociation : la cliente va demander une remise.",
                    ),
                    Reply(
                        f"« {prix} HT. »",
                        "reaction",
                        1,
                        "Annonce nette, mais le prix est présenté seul, sans la valeur qui va avec.",
                    ),
                ),
            ),
            Line(
                "reaction",
                "decideur",
                "« C'est plus que ce que j'avais imaginé. »",
                (
                    Reply(
                        f"« Sur cinq ans, cela représente {par_mois} HT par mois, pour ne plus jamais chercher un "
                        "dossier papier pendant une consultation. »",
                        "remise",
                        2,
                        "Fractionnement, puis rappel du bénéfice : le prix est ramené à une unité parlante.",
                    ),
                    Reply(
                        f"« Je peux vous faire {maxi} tout de suite. »",
                        "tout_donne",
                        0,
                        "Vous donnez toute votre marge de manœuvre d'un coup, sans contrepartie.",
                    ),
                    Reply(
                        "« C'est un investissement, mais de qualité. »",
                        "remise",
                        1,
                        "Vous restez ferme, mais sans technique pour mettre le prix en perspective.",
                    ),
                ),
            ),
            Line(
                "remise",
                "decideur",
                "« Faites-moi 10 % et on signe. »",
                (
                    Reply(
                        "« 10 %, je ne peux pas. En revanche, si vous vous engagez trois ans sur l'entretien de "
                        "l'appareil, je vous consens 3 %. »",
                        "palier",
                        2,
                        "Concession contre contrepartie (« si vous…, alors je… »), bien en dessous de votre limite.",
                    ),
                    Reply(
                        "« D'accord pour 10 %. »",
                        "fin_sous_plancher",
                        0,
                        f"Vous dépassez votre remise maximale de {maxi} : la vente passe sous le prix plancher.",
                    ),
                    Reply(
                        f"« Coupons la poire en deux : {maxi}. »",
                        "tout_donne",
                        0,
                        "Couper la poire en deux, c'est céder la moitié de l'écart sans rien obtenir.",
                    ),
                ),
            ),
            Line(
                "tout_donne",
                "decideur",
                f"« {maxi} d'emblée ? Alors vous pouvez bien aller jusqu'à 8 %. »",
                (
                    Reply(
                        f"« Non : {maxi} est ma limite. En échange, je vous demande de vous engager sur le contrat "
                        "de maintenance de trois ans. »",
                        "signal",
                        1,
                        "Vous tenez la limite et obtenez enfin une contrepartie ; mais vous n'avez plus rien à "
                        "négocier.",
                    ),
                    Reply(
                        "« Bon, va pour 8 %. »",
                        "fin_sous_plancher",
                        0,
                        "Au-delà de votre remise maximale : la vente fait perdre de l'argent.",
                    ),
                ),
            ),
            Line(
                "palier",
                "decideur",
                f"« 3 %… Allez, {maxi} et je signe les trois ans aujourd'hui. »",
                (
                    Reply(
                        "« Si vous signez aujourd'hui, je peux aller jusqu'à 4 % au total : c'est vraiment mon "
                        "dernier effort. »",
                        "signal",
                        2,
                        "Dernier palier plus petit que le premier, contre la signature immédiate : vous gardez de "
                        "la marge.",
                    ),
                    Reply(
                        f"« D'accord pour {maxi}. »",
                        "signal",
                        1,
                        "Accord acceptable, dans votre limite, mais vous êtes allé au maximum sans la tester.",
                    ),
                    Reply(
                        "« Non, 3 %, c'est à prendre ou à laisser. »",
                        "fin_rupture",
                        0,
                        "Un ultimatum alors qu'il vous restait de la marge et que la cliente offrait une contrepartie.",
                    ),
                ),
            ),
            Line(
                "signal",
                "decideur",
                "« Bon. Et l'installation, ce serait quand ? »",
                (
                    Reply(
                        "« Mardi 9 ou jeudi 11 au matin, avant vos consultations : lequel vous arrange ? Je prépare "
                        "le bon de commande. »",
                        "conge",
                        2,
                        "Signal d'achat saisi : conclusion alternative, les deux dates signifient oui.",
                    ),
                    Reply(
                        "« Attendez, je ne vous ai pas encore présenté notre logiciel de gestion documentaire… »",
                        "fin_doute",
                        0,
                        "Signal d'achat manqué : vous relancez l'argumentation quand la cliente est prête.",
                    ),
                ),
            ),
            Line(
                "conge",
                "decideur",
                "« Jeudi 11. Je signe. »",
                (
                    Reply(
                        "« Merci, Docteur. Je récapitule : installation jeudi 11 à 8 heures, formation de vos "
                        "assistantes le même jour ; je vous appelle la semaine suivante pour vérifier que tout va "
                        "bien. »",
                        "fin_signee",
                        2,
                        "Prise de congé complète : remerciement, récapitulatif, suite fixée ; la cliente est rassurée.",
                    ),
                    Reply(
                        "« Parfait. Au fait, je voulais revenir sur la durée du contrat… »",
                        "fin_doute",
                        0,
                        "Vous rouvrez la discussion après la signature : le doute revient.",
                    ),
                    Reply(
                        "« Merci, bonne journée ! »",
                        "fin_signee_sec",
                        1,
                        "Poli, mais sans récapituler la suite : la cliente ne sait pas ce qui va se passer.",
                    ),
                ),
            ),
            Line(
                "fin_signee",
                "decideur",
                "« Merci à vous, à jeudi. »",
                outcome="Vente conclue au-dessus du prix plancher, contre un contrat de trois ans ; la cliente sait "
                "ce qui va suivre.",
            ),
            Line(
                "fin_signee_sec",
                "decideur",
                "« Au revoir. »",
                outcome="Vente conclue, mais la prise de congé n'a pas fixé la suite : premier appel de la cliente "
                "pour savoir qui viendra installer.",
            ),
            Line(
                "fin_sous_plancher",
                "decideur",
                "« Parfait, je signe. »",
                outcome="Vente signée sous le prix plancher : elle coûte de l'argent à Bureautik Pro.",
            ),
            Line(
                "fin_rupture",
                "decideur",
                "« Alors je laisse. »",
                outcome="Rupture évitable : il restait une marge et la cliente proposait une contrepartie.",
            ),
            Line(
                "fin_doute",
                "decideur",
                "« Finalement, je vais encore réfléchir. »",
                outcome="En relançant la discussion, vous avez réveillé les doutes : la signature est reportée.",
            ),
        ),
    )


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
        scenario_prix(),
        entretien_complet(CHAPTER),
    ),
)

__all__ = ["BANK", "CHAPTER", "prix_negocie_question", "scenario_prix"]
