"""Exercices : l'argumentation (caractéristique, avantage, bénéfice, preuve ; CAP/CAB ; grille de l'acheteur).

Situations written for the quiz (none is a sentence of the chapter); definitions from ``salesplan.concepts``.
"""

from __future__ import annotations

from salesplan.concepts import ELEMENTS_ARGUMENT, METHODES_ARGUMENTATION, MOBILES_ACHAT, OUTILS_ACHAT, PREUVES
from salesplan.exercises.bank import Bank
from salesplan.exercises.banks._entretien import OUTLINE_NEGOCIATION, associer, classer
from salesplan.exercises.builders import ordering_question, single_choice
from salesplan.exercises.questions import (
    CategoriesQuestion,
    Choice,
    MatchingQuestion,
    OrderingQuestion,
    notion_links,
)
from salesplan.exercises.scenario import Line, Reply, ScenarioQuestion

CHAPTER = "negociation/argumentation"
OUTLINE_OUTILS = ("Préparer les outils d'aide à la vente",)
OUTLINE_GRILLE = ("Grille de comparaison des offres : disséquer les offres des fournisseurs et comparer",)

_link = notion_links(CHAPTER)


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
    return classer(
        ELEMENTS_ARGUMENT,
        phrases,
        id="elements_argument",
        prompt="Un commercial présente un scanner de documents à une étude de notaires qui veut numériser ses actes "
        "plus vite. Classez chaque phrase : caractéristique, avantage, bénéfice client ou preuve ?",
        link=_link("de-la-caracteristique-au-benefice-client"),
        prefix="p",
        practises=OUTLINE_NEGOCIATION,
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
    return ordering_question(
        parties,
        id="ordre_cab",
        prompt="Remettez dans l'ordre les phrases d'un argument pour le responsable d'un centre d'appels.",
        explanation=f"{methode.libelle} : {methode.definition} L'argument se termine par une question de contrôle.",
        link=_link("les-methodes-cap-et-cab"),
        practises=OUTLINE_NEGOCIATION,
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
    return associer(
        PREUVES,
        lignes,
        id="types_de_preuves",
        prompt="Quel type de preuve le commercial apporte-t-il dans chaque situation ?",
        link=_link("les-preuves"),
        prefix="s",
        practises=OUTLINE_NEGOCIATION,
        sorte="une preuve de type",
    )


_ARGENT = MOBILES_ACHAT.get("argent")

ARGUMENT_MOBILE = single_choice(
    id="argument_mobile",
    prompt="Pendant la découverte, le gérant d'une auto-école a surtout parlé du coût de ses photocopies et de "
    "sa trésorerie tendue. Quel argument retenez-vous pour lui présenter le copieur ?",
    explanation=f"Le mobile dominant est l'argent : {_ARGENT.definition} L'argument doit donc chiffrer l'économie "
    "et la prouver avec ses propres volumes.",
    link=_link("relier-chaque-argument-a-un-mobile-d-achat"),
    choices=(
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
    answer="cout",
    practises=OUTLINE_NEGOCIATION,
)

_GRILLE = OUTILS_ACHAT.get("grille_comparaison_offres")

GRILLE = single_choice(
    id="grille_acheteur",
    prompt="Le règlement d'une consultation d'une communauté de communes annonce : valeur technique 50 %, prix 30 %, "
    "délai de livraison 20 %. Votre mobilier est de très bonne qualité, un peu plus cher que la moyenne, livré en "
    "six semaines. Comment organisez-vous votre argumentation ?",
    explanation=f"{_GRILLE.libelle} : {_GRILLE.definition} On commence par le critère qui pèse le plus, où l'offre "
    "est forte ; on ne cache pas le prix, on le présente en valeur.",
    link=_link("s-appuyer-sur-la-grille-de-l-acheteur"),
    choices=(
        Choice("technique", "D'abord la valeur technique, preuves à l'appui, puis le prix présenté en coût complet"),
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
    answer="technique",
    practises=(*OUTLINE_GRILLE, *OUTLINE_OUTILS),
)


def scenario_argumentation() -> ScenarioQuestion:
    """Arguing for a copier at a logistics SME: needs recalled, CAB with proof, control question, no jargon."""
    return ScenarioQuestion(
        id="scenario_argumentation",
        prompt="**Mise en situation.** Vous êtes commercial de Bureautik Pro. Deuxième rendez-vous chez Logistique "
        "Delorme (45 salariés, Corbas). Au premier, Mme Ferreira, responsable administrative et acheteuse, a validé "
        "deux besoins : ses assistantes perdent du temps avec les bourrages du vieux copieur, et le budget "
        "d'impression doit baisser. Vous venez présenter un copieur avec maintenance incluse. Choisissez chaque "
        "fois votre réponse.",
        explanation="On argumente à partir des besoins validés en découverte, un argument par besoin, de la "
        "caractéristique au bénéfice pour ce client, avec une preuve, puis une question de contrôle. Les "
        "caractéristiques sans bénéfice (le jargon), les arguments hors sujet et les remises non demandées "
        "affaiblissent l'offre.",
        link=_link("notions"),
        practises=OUTLINE_NEGOCIATION,
        lines=(
            Line(
                "debut",
                "acheteur",
                "« Je vous ai parlé des bourrages et du budget la dernière fois. Alors, que nous proposez-vous ? »",
                (
                    Reply(
                        "« Vous aviez deux priorités : les bourrages qui font perdre du temps à vos assistantes, et "
                        "un budget en baisse. Je vous propose un copieur avec maintenance incluse ; commençons par "
                        "les bourrages, si vous le voulez bien. »",
                        "bourrages",
                        2,
                        "Vous rappelez les besoins validés : l'argumentation part de la cliente, pas du catalogue.",
                    ),
                    Reply(
                        "« Voici le modèle : 45 pages par minute, disque de 320 Go, écran tactile de 10 pouces, "
                        "recto verso automatique… »",
                        "jargon",
                        0,
                        "Une liste de caractéristiques : la cliente ne voit pas ce qu'elles changent pour elle.",
                    ),
                    Reply(
                        "« Notre copieur est tout simplement le meilleur du marché. »",
                        "preuve",
                        0,
                        "Affirmation générale, sans lien avec ses besoins ni preuve.",
                    ),
                ),
            ),
            Line(
                "jargon",
                "acheteur",
                "« Je ne suis pas technicienne. Concrètement, qu'est-ce que ça change pour nous ? »",
                (
                    Reply(
                        "« Vous avez raison, je reprends par ce qui compte pour vous : les bourrages, puis le "
                        "budget. »",
                        "bourrages",
                        1,
                        "Bonne récupération : vous revenez aux besoins de la cliente.",
                    ),
                    Reply(
                        "« C'est le modèle le plus rapide de sa catégorie. »",
                        "fin_perdue",
                        0,
                        "Encore une caractéristique : la cliente décroche.",
                    ),
                ),
            ),
            Line(
                "preuve",
                "acheteur",
                "« Tous les vendeurs disent ça. Qu'est-ce qui me le prouve ? »",
                (
                    Reply(
                        "« Je vous propose un essai de quinze jours chez vous, avec vos propres documents. Et pour "
                        "commencer, parlons de vos bourrages. »",
                        "bourrages",
                        1,
                        "L'essai est la preuve la plus forte ; mais c'est la cliente qui a dû la réclamer.",
                    ),
                    Reply(
                        "« Faites-moi confiance, je fais ce métier depuis quinze ans. »",
                        "fin_perdue",
                        0,
                        "Votre expérience n'est pas une preuve pour la cliente.",
                    ),
                ),
            ),
            Line(
                "bourrages",
                "acheteur",
                "« Oui, les bourrages, c'est notre cauchemar. »",
                (
                    Reply(
                        "« Son chemin papier est court et droit : les bourrages deviennent rares, et vos assistantes "
                        "ne passeront plus leurs matinées à ouvrir la machine. Le cabinet Roussel, qui a le même "
                        "modèle, n'en a eu que deux en six mois : voici son attestation. »",
                        "controle",
                        2,
                        "Argument complet : caractéristique, avantage, bénéfice dans ses mots, et un témoignage "
                        "écrit comme preuve.",
                    ),
                    Reply(
                        "« Son chemin papier est court, donc il y a moins de bourrages. »",
                        "controle",
                        1,
                        "Caractéristique et avantage, mais ni bénéfice pour ses assistantes ni preuve.",
                    ),
                    Reply(
                        "« Et en plus, il imprime depuis un smartphone ! »",
                        "hors_sujet",
                        0,
                        "Argument hors sujet : aucun besoin exprimé ne porte sur le smartphone.",
                    ),
                ),
            ),
            Line(
                "hors_sujet",
                "acheteur",
                "« Le smartphone ? Personne ne s'en servira ici. Et ça coûte combien, tout ça ? »",
                (
                    Reply(
                        "« Je vous le dis dans un instant ; voyons d'abord votre second point, le budget, car c'est "
                        "lui qui fixe le prix qui vous intéresse. »",
                        "budget",
                        1,
                        "Report bien venu : le prix viendra après la valeur. L'argument hors sujet a coûté un peu "
                        "de crédibilité.",
                    ),
                    Reply(
                        "« 6 200 € HT, maintenance comprise. »",
                        "fin_cher",
                        0,
                        "Prix annoncé avant que la valeur soit établie, juste après un argument inutile.",
                    ),
                ),
            ),
            Line(
                "controle",
                "acheteur",
                "« Ah, ça intéresserait mes assistantes. »",
                (
                    Reply(
                        "« Cela répond-il à votre souci de bourrages ? … Alors passons au budget. »",
                        "budget",
                        2,
                        "Question de contrôle : vous faites valider l'argument avant de passer au suivant.",
                    ),
                    Reply(
                        "« Passons au budget. »",
                        "budget",
                        1,
                        "Vous enchaînez sans faire valider l'argument : une réserve pourrait rester cachée.",
                    ),
                    Reply(
                        "« Et je ne vous ai pas encore parlé du smartphone, de l'écran tactile… »",
                        "hors_sujet",
                        0,
                        "Au lieu de faire valider, vous noyez l'argument sous des détails inutiles.",
                    ),
                ),
            ),
            Line(
                "budget",
                "acheteur",
                "« Le budget, justement. Aujourd'hui nous payons la machine, le technicien et le toner séparément. »",
                (
                    Reply(
                        "« Avec la maintenance incluse, tout est compris dans un coût par page : une seule facture, "
                        "sans surprise. À partir de vos factures de l'an dernier, je vous montre le calcul de "
                        "l'économie sur vos propres volumes. »",
                        "fin_essai",
                        2,
                        "Argument relié au mobile argent, prouvé par un calcul fait avec les chiffres de la cliente.",
                    ),
                    Reply(
                        "« C'est tout compris, vous allez faire des économies. »",
                        "fin_reflechir",
                        1,
                        "Bon argument, mais sans preuve : la cliente devra croire sur parole.",
                    ),
                    Reply(
                        "« Je peux vous faire une remise de 10 %. »",
                        "fin_remise",
                        0,
                        "Concession non demandée, avant même le prix : elle entame votre marge et en appelle d'autres.",
                    ),
                ),
            ),
            Line(
                "fin_essai",
                "acheteur",
                "« Montrez-moi ce calcul. Si c'est juste, j'en parle à la directrice et on fait l'essai. »",
                outcome="Les deux besoins sont couverts, preuves à l'appui : essai accepté et rendez-vous avec la "
                "directrice pour le prix.",
            ),
            Line(
                "fin_reflechir",
                "acheteur",
                "« Je vais réfléchir et comparer avec les autres devis. »",
                outcome="Argumentation correcte mais sans preuve chiffrée : l'acheteuse compare les offres "
                "sur le prix.",
            ),
            Line(
                "fin_remise",
                "acheteur",
                "« 10 % d'entrée ? Alors votre prix de départ était trop haut. Envoyez-moi un devis à 15 %. »",
                outcome="La remise spontanée a déplacé la discussion sur le prix : votre marge en fera les frais.",
            ),
            Line(
                "fin_perdue",
                "acheteur",
                "« Écoutez, envoyez-moi une documentation. »",
                outcome="L'acheteuse n'a entendu aucun bénéfice pour elle : l'entretien tourne court.",
            ),
            Line(
                "fin_cher",
                "acheteur",
                "« Ah oui, c'est cher pour ce que c'est. »",
                outcome="Le prix, annoncé avant la valeur, paraît trop élevé : l'objection sur le prix sera "
                "difficile à lever.",
            ),
        ),
    )


BANK = Bank(
    CHAPTER,
    "L'argumentation",
    (_elements(), _ordre_cab(), _preuves(), ARGUMENT_MOBILE, GRILLE, scenario_argumentation()),
)

__all__ = ["BANK", "CHAPTER", "scenario_argumentation"]
