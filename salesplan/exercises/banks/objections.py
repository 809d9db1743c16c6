"""Exercices : le traitement des objections (nature, objet, méthode, techniques, grille de simulation).

Situations written for the quiz (none is a sentence of the chapter); definitions from ``salesplan.concepts``.
"""

from __future__ import annotations

from salesplan.concepts import NATURES_OBJECTIONS, OBJETS_OBJECTIONS, OUTILS_ACHAT, TECHNIQUES_OBJECTIONS
from salesplan.exercises.bank import Bank, shuffled
from salesplan.exercises.banks._entretien import OUTLINE_NEGOCIATION, associer, classer, technique_en_situation
from salesplan.exercises.builders import definition_text, multiple_choice, ordering_question
from salesplan.exercises.questions import (
    CategoriesQuestion,
    Choice,
    MatchingQuestion,
    OrderingQuestion,
    SingleChoice,
    notion_links,
)
from salesplan.exercises.scenario import Line, Reply, ScenarioQuestion

CHAPTER = "negociation/objections"
OUTLINE_SIMULATION = ("Grille de simulation : anticiper les objections",)

_link = notion_links(CHAPTER)


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
    return classer(
        OBJETS_OBJECTIONS,
        lignes,
        id="objets_objections",
        prompt="Un commercial en mobilier de bureau entend ces objections. Sur quoi chacune porte-t-elle ?",
        link=_link("l-objet-de-l-objection"),
        prefix="o",
        practises=OUTLINE_NEGOCIATION,
        short=True,
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
    return classer(
        NATURES_OBJECTIONS,
        lignes,
        id="natures_objections",
        prompt="Quelle est la nature probable de chaque objection, d'après la situation décrite ?",
        link=_link("la-nature-de-l-objection"),
        prefix="n",
        practises=OUTLINE_NEGOCIATION,
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
    return associer(
        TECHNIQUES_OBJECTIONS,
        reponses,
        id="techniques_objections",
        prompt="Associez chaque réponse d'un commercial à la technique de traitement des objections qu'il emploie.",
        link=_link("les-techniques-de-reponse"),
        prefix="t",
        practises=OUTLINE_NEGOCIATION,
        sorte="la technique",
    )


def _methode() -> OrderingQuestion:
    temps = (
        ("ecouter", "Laisser le client exprimer son objection jusqu'au bout"),
        ("reformuler", "Redire l'objection pour la faire préciser"),
        ("repondre", "Répondre avec une technique adaptée et une preuve"),
        ("verifier", "S'assurer que la réponse convient au client"),
    )
    return ordering_question(
        temps,
        id="methode_objection",
        prompt="Remettez dans l'ordre les quatre temps du traitement d'une objection.",
        explanation="Écouter, reformuler, répondre, vérifier : la reformulation précède toujours la réponse, et "
        "l'on ne reprend l'argumentation qu'après avoir vérifié l'accord du client.",
        link=_link("la-methode-ecouter-reformuler-repondre-verifier"),
        practises=OUTLINE_NEGOCIATION,
    )


def _situation(question_id: str, situation: str, code: str, *, nuance: str = "") -> SingleChoice:
    """Which technique fits this objection? Wrong picks recall the technique's definition."""
    options = [t for t in TECHNIQUES_OBJECTIONS if t.code != "reformulation_objection"]
    return technique_en_situation(
        TECHNIQUES_OBJECTIONS,
        code,
        shown=shuffled(options, question_id),
        id=question_id,
        situation=situation,
        question="Après avoir reformulé l'objection, quelle technique convient le mieux ?",
        link=_link("les-techniques-de-reponse"),
        practises=OUTLINE_NEGOCIATION,
        nuance=nuance,
    )


POINT_FAIBLE = _situation(
    "technique_point_faible",
    "Un acheteur remarque que votre imprimante n'imprime pas en A3, ce qui est exact ; il n'imprime en A3 que "
    "deux ou trois fois par mois, mais il a besoin d'impressions A4 très rapides, où votre modèle est le meilleur.",
    "compensation",
    nuance="Le « oui… mais » relativise une objection qui n'est qu'en partie fondée ; ici le point faible est "
    "réel et reconnu, et on le met en balance avec un avantage plus important : c'est la compensation.",
)

VAGUE = _situation(
    "technique_objection_vague",
    "En fin de présentation, une responsable administrative lâche seulement : « Je ne sais pas, ça ne me "
    "convainc pas », sans rien ajouter.",
    "question_objection",
)


SIMULATION = multiple_choice(
    id="grille_simulation",
    prompt="Vous préparez votre grille de simulation avant un rendez-vous avec l'acheteur d'une ETI. Que "
    "devez-vous y noter ?",
    explanation=definition_text(OUTILS_ACHAT.get("grille_simulation")),
    link=_link("anticiper-les-objections-la-grille-de-simulation"),
    choices=(
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
    answers=frozenset({"objections", "reponses", "concessions"}),
    practises=OUTLINE_SIMULATION,
)


def scenario_objections() -> ScenarioQuestion:
    """A garage owner's objections: price (compared), « pas le moment » (pretext), the real brake (service)."""
    return ScenarioQuestion(
        id="scenario_objections",
        prompt="**Mise en situation.** Vous êtes commerciale de Bureautik Pro. Troisième rendez-vous au Garage "
        "Fontaine (25 salariés, Villefranche-sur-Saône) : vous avez présenté la semaine dernière une offre de "
        "mobilier pour le hall d'accueil et un copieur pour l'atelier. M. Fontaine, le gérant, décide seul. "
        "Votre grille de simulation prévoyait une objection sur le prix et une sur le service après-vente. "
        "Choisissez chaque "
        "fois votre réponse.",
        explanation="Face à une objection : écouter, reformuler ou questionner pour la faire préciser, répondre "
        "avec la technique adaptée et une preuve, vérifier. La question « par rapport à quoi ? » transforme un "
        "« trop cher » en comparaison que l'on peut traiter (ici par l'addition de ce que comprend l'offre) ; "
        "une objection « pas le moment » peut cacher le vrai frein, qu'une question fait apparaître. On ne "
        "contredit pas le client et on ne brade pas son prix pour éviter la discussion.",
        link=_link("notions"),
        practises=(*OUTLINE_NEGOCIATION, *OUTLINE_SIMULATION),
        lines=(
            Line(
                "debut",
                "decideur",
                "« Votre offre est intéressante, mais franchement, c'est trop cher. »",
                (
                    Reply(
                        "« Trop cher… par rapport à quoi, si je peux me permettre ? »",
                        "precise",
                        2,
                        "Technique de la question : l'objection vague devient précise, et vous savez à quoi répondre.",
                    ),
                    Reply(
                        "« Non, je vous assure, nos prix sont parmi les plus bas du marché. »",
                        "braque",
                        0,
                        "Vous contredisez le client de front : il doit maintenant défendre son point de vue.",
                    ),
                    Reply(
                        "« Je peux faire un effort de 5 %. »",
                        "remise",
                        0,
                        "Vous concédez avant de savoir ce que « cher » veut dire : c'est peut-être une objection "
                        "tactique, et vous venez de la récompenser.",
                    ),
                ),
            ),
            Line(
                "braque",
                "decideur",
                "« Vous me prenez pour un amateur ? J'ai le devis de votre concurrent sous les yeux. »",
                (
                    Reply(
                        "« Excusez-moi, je me suis mal exprimée. Que comprend ce devis ? »",
                        "precise",
                        1,
                        "Vous rattrapez en questionnant ; le client reste un peu froissé.",
                    ),
                    Reply(
                        "« Il doit y avoir une erreur dans son devis. »",
                        "fin_rompu",
                        0,
                        "Vous contredisez encore, et dénigrez le concurrent.",
                    ),
                ),
            ),
            Line(
                "remise",
                "decideur",
                "« 5 % ? Donc votre premier prix n'était pas le bon. Faites 15 % comme votre concurrent. »",
                (
                    Reply(
                        "« J'ai répondu trop vite. Regardons plutôt ce que comprend chacun des deux devis. »",
                        "precise",
                        1,
                        "Vous revenez à la valeur ; mais votre crédibilité sur le prix a souffert.",
                    ),
                    Reply(
                        "« Bon, d'accord pour 15 %. »",
                        "fin_marge",
                        0,
                        "Vous cédez sans contrepartie, probablement sous votre prix plancher.",
                    ),
                ),
            ),
            Line(
                "precise",
                "decideur",
                "« Par rapport au devis de votre concurrent : 15 % de moins. Mais lui ne fait pas l'installation. »",
                (
                    Reply(
                        "« Vous avez raison de comparer. Son devis ne comprend ni la pose du mobilier, ni la "
                        "formation, ni l'enlèvement de l'ancien copieur ; ajoutons-les, et l'écart devient faible, "
                        "avec un hall prêt le jour même. Cela change-t-il votre regard ? »",
                        "moment",
                        2,
                        "« Oui… mais » puis addition de tout ce que comprend votre prix, et vérification.",
                    ),
                    Reply(
                        "« Ses produits sont de moins bonne qualité, tout le monde le sait. »",
                        "moment",
                        0,
                        "Dénigrer un concurrent sans preuve abîme votre image, même si le client ne le dit pas.",
                    ),
                    Reply(
                        "« Alors je m'aligne sur son prix. »",
                        "fin_marge",
                        0,
                        "Vous vous alignez sur une offre moins complète, sans contrepartie.",
                    ),
                ),
            ),
            Line(
                "moment",
                "decideur",
                "« Admettons. Mais on refait l'atelier au printemps ; ce n'est pas le moment d'engager des frais. »",
                (
                    Reply(
                        "« Je comprends. Si ces travaux n'existaient pas, seriez-vous prêt à avancer ? »",
                        "vrai_frein",
                        2,
                        "Une question pour tester l'objection « pas le moment » : s'il s'agit d'un prétexte, le vrai "
                        "frein va apparaître.",
                    ),
                    Reply(
                        "« Justement : équiper l'accueil avant les travaux vous évite de tout déménager deux fois. »",
                        "vrai_frein",
                        1,
                        "Boomerang bien trouvé ; mais sans question, vous ne savez pas si c'était la vraie raison.",
                    ),
                    Reply(
                        "« Pas de souci, je vous rappelle au printemps. »",
                        "fin_report",
                        0,
                        "Vous acceptez le report sans chercher s'il cache autre chose.",
                    ),
                ),
            ),
            Line(
                "vrai_frein",
                "decideur",
                "« … Pour être honnête, ce qui m'inquiète, c'est le copieur. Notre dernier fournisseur mettait une "
                "semaine à venir réparer. »",
                (
                    Reply(
                        "« Vous craignez de rester sans copieur, c'est bien cela ? Le garage Meunier, à Tarare, avait "
                        "la même crainte : son gérant accepte de vous en parler. Et le contrat garantit une "
                        "intervention sous 8 heures, avec pénalités. Cela vous rassure-t-il ? »",
                        "fin_accord",
                        2,
                        "Reformulation, témoignage d'un client comparable, garantie écrite, puis vérification : "
                        "l'objection sincère est levée.",
                    ),
                    Reply(
                        "« Cela n'arrivera pas avec nous. »",
                        "fin_reflechir",
                        1,
                        "La réponse va dans le bon sens, mais sans preuve le doute demeure.",
                    ),
                    Reply(
                        "« Nos machines ne tombent jamais en panne. »",
                        "fin_reflechir",
                        0,
                        "Promesse invérifiable : le client sait que toute machine peut tomber en panne.",
                    ),
                ),
            ),
            Line(
                "fin_accord",
                "decideur",
                "« Si je peux appeler M. Meunier, on peut parler des conditions. »",
                outcome="Objections levées : le vrai frein était le service après-vente. Vous passez à la "
                "négociation des conditions.",
            ),
            Line(
                "fin_reflechir",
                "decideur",
                "« Je vais réfléchir. »",
                outcome="Le vrai frein est apparu mais n'a pas été levé : la décision est reportée.",
            ),
            Line(
                "fin_report",
                "decideur",
                "« C'est ça, au printemps. »",
                outcome="Vous acceptez un prétexte : au printemps, le concurrent aura signé.",
            ),
            Line(
                "fin_marge",
                "decideur",
                "« Parfait, envoyez-moi le devis corrigé. »",
                outcome="Vente signée sous votre prix plancher : elle vous fait perdre de l'argent.",
            ),
            Line(
                "fin_rompu",
                "decideur",
                "« Je crois que nous allons en rester là. »",
                outcome="En contredisant le client, vous avez perdu sa confiance.",
            ),
        ),
    )


BANK = Bank(
    CHAPTER,
    "Le traitement des objections",
    (_objets(), _natures(), _methode(), _techniques(), POINT_FAIBLE, VAGUE, SIMULATION, scenario_objections()),
)

__all__ = ["BANK", "CHAPTER", "scenario_objections"]
