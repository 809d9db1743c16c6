"""A complete E4-style sales interview as a branching scenario: Bureautik Pro at the Atelier Confluence Architectes.

The company, the client and the buying centre are those of the case study
``notebooks/cas_bureautik_pro_cabinet_architectes.ipynb``; the interview runs
through every phase: prise de contact, découverte, argumentation, objections,
prix, conclusion. It is shown with the quiz of the last chapter of the
interview (``negociation/presentation_prix``).
"""

from __future__ import annotations

from salesplan.exercises.banks._entretien import OUTLINE_NEGOCIATION
from salesplan.exercises.questions import NotionLink
from salesplan.exercises.scenario import Line, Reply, ScenarioQuestion

OUTLINE_E4 = (*OUTLINE_NEGOCIATION, "Grille de simulation : anticiper les objections", "Évaluer sa marge")
"""The seed outline lines the whole interview practises."""


def entretien_complet(chapter: str) -> ScenarioQuestion:
    """The whole interview, from the greeting to the buying signal; ``chapter`` is the page that shows it."""
    return ScenarioQuestion(
        id="entretien_e4_confluence",
        prompt="**Entretien complet (type épreuve E4).** Vous êtes Julien Martin, commercial de Bureautik Pro. "
        "L'Atelier Confluence Architectes (35 personnes, Lyon 2e) déménage : il faut des copieurs, un traceur pour "
        "les plans et le mobilier d'un plateau de 12 postes. Claire Vasseur, architecte associée, décide ; son "
        "assistante de direction, Mme Perret, compare les devis ; Hugo, architecte, utilisera le traceur. Vous "
        "avez préparé votre prix plancher et votre grille de simulation. Menez l'entretien jusqu'à la conclusion.",
        explanation="Un entretien de vente enchaîne prise de contact (accord sur le déroulement), découverte "
        "(questions ouvertes, relances, reformulation de synthèse), argumentation (bénéfices adaptés à chaque "
        "membre du centre d'achat, avec preuve), traitement des objections (reformuler, répondre avec une preuve, "
        "vérifier), présentation du prix (mis en valeur, sans s'excuser), négociation (concession contre "
        "contrepartie, jamais sous le prix plancher) et conclusion dès le signal d'achat.",
        link=NotionLink(chapter, "notions"),
        practises=OUTLINE_E4,
        lines=(
            Line(
                "accueil",
                "decideur",
                "Claire Vasseur : « Bonjour. J'ai vingt minutes ; Mme Perret et Hugo, un de nos architectes, se "
                "joignent à nous. »",
                (
                    Reply(
                        "« Merci de me recevoir, Madame Vasseur. Bonjour Madame Perret, bonjour Hugo. Je vous "
                        "propose de faire d'abord le point sur vos besoins pour les nouveaux locaux, puis de vous "
                        "présenter une solution. Cela vous convient-il ? »",
                        "decouverte",
                        2,
                        "Prise de contact complète : chacun est salué, l'objectif et le déroulement sont acceptés.",
                    ),
                    Reply(
                        "« Bonjour à tous. Alors, ce déménagement, c'est pour quand ? »",
                        "decouverte",
                        1,
                        "Vous entrez dans le sujet sans faire accepter le déroulement de l'entretien.",
                    ),
                    Reply(
                        "« Parfait, je vais aller vite : voici notre offre complète pour vos nouveaux locaux. »",
                        "fin_catalogue",
                        0,
                        "Offre présentée avant toute découverte : vous ne savez rien de leurs besoins.",
                    ),
                ),
            ),
            Line(
                "decouverte",
                "utilisateur",
                "Hugo : « Pour nous, le vrai sujet, ce sont les plans. On envoie tout au reprographe, et on court "
                "après les tirages. »",
                (
                    Reply(
                        "« Vous courez après les tirages ? Racontez-moi comment se passe une semaine de rendu. »",
                        "mobiles",
                        2,
                        "Question miroir puis question ouverte : l'utilisateur décrit son problème avec ses mots.",
                    ),
                    Reply(
                        "« Combien de plans grand format imprimez-vous par mois ? »",
                        "mobiles",
                        1,
                        "Question utile pour chiffrer, mais trop tôt : vous fermez la discussion.",
                    ),
                    Reply(
                        "« Notre traceur règle ça : un plan A0 en moins d'une minute. »",
                        "fin_catalogue",
                        0,
                        "Vous argumentez dès le premier besoin : la découverte s'arrête là.",
                    ),
                ),
            ),
            Line(
                "mobiles",
                "decideur",
                "Claire Vasseur : « Nous avons failli rater un concours. Et nos clients viennent ici : je veux des "
                "locaux qui inspirent confiance. »",
                (
                    Reply(
                        "« Si je résume : imprimer vos plans vous-mêmes pour ne plus mettre un rendu en danger, et "
                        "des locaux à l'image du cabinet. Madame Perret, qu'attendez-vous de votre côté ? »",
                        "acheteuse",
                        2,
                        "Reformulation des mobiles de la décideuse (sécurité, orgueil), puis découverte auprès de "
                        "l'acheteuse : chaque membre du centre d'achat est entendu.",
                    ),
                    Reply(
                        "« Très bien, je note. Madame Perret, avez-vous des contraintes ? »",
                        "acheteuse",
                        1,
                        "Vous passez à l'acheteuse, mais sans reformuler les mobiles de la décideuse.",
                    ),
                    Reply(
                        "« Ne vous inquiétez pas, nous avons tout ce qu'il vous faut. Je vous présente l'offre. »",
                        "fin_catalogue",
                        0,
                        "Vous coupez la découverte et oubliez l'acheteuse, qui compare les devis.",
                    ),
                ),
            ),
            Line(
                "acheteuse",
                "acheteur",
                "Mme Perret : « Je veux des devis clairs, un seul interlocuteur, et que le budget soit tenu. »",
                (
                    Reply(
                        "« Un seul contrat regroupe copieurs, traceur, mobilier et maintenance : vous n'avez qu'un "
                        "interlocuteur et qu'une facture, et Mme Vasseur n'a plus de rendu en danger puisque vos "
                        "plans sortent ici. Je vous propose de voir le traceur fonctionner à notre showroom. »",
                        "objection",
                        2,
                        "Argumentation CAB adaptée aux deux interlocutrices (confort et argent pour l'acheteuse, "
                        "sécurité pour la décideuse) et preuve par la démonstration.",
                    ),
                    Reply(
                        "« Nos prix sont très compétitifs, vous verrez. »",
                        "objection",
                        1,
                        "Affirmation sans preuve, qui ne répond qu'à l'un des trois souhaits.",
                    ),
                    Reply(
                        "« Le traceur a une résolution de 2 400 points par pouce et un rouleau de 91 cm. »",
                        "fin_catalogue",
                        0,
                        "Caractéristiques techniques adressées à l'acheteuse, qui attendait clarté et budget.",
                    ),
                ),
            ),
            Line(
                "objection",
                "acheteur",
                "Mme Perret : « Un traceur chez nous… le dernier que nous avons eu tombait tout le temps en panne. »",
                (
                    Reply(
                        "« Vous craignez d'être sans traceur la veille d'un rendu, c'est bien cela ? Le cabinet "
                        "Perrin, à Villeurbanne, a ce modèle depuis deux ans et accepte que vous l'appeliez ; et "
                        "notre contrat garantit une intervention sous 8 heures. Cela vous rassure-t-il ? »",
                        "prix",
                        2,
                        "Objection prévue dans la grille de simulation : reformulation, témoignage, garantie, "
                        "vérification.",
                    ),
                    Reply(
                        "« C'est vrai que certains modèles sont fragiles, mais le nôtre est robuste. »",
                        "prix",
                        1,
                        "« Oui… mais » sans preuve : l'objection est atténuée, pas levée.",
                    ),
                    Reply(
                        "« Ça m'étonnerait que ce soit la machine ; plutôt un mauvais entretien. »",
                        "fin_froissee",
                        0,
                        "Vous contredisez l'acheteuse et mettez son service en cause.",
                    ),
                ),
            ),
            Line(
                "prix",
                "decideur",
                "Claire Vasseur : « Bien. Et tout cela, combien ? »",
                (
                    Reply(
                        "« Pour l'ensemble, avec l'installation avant votre arrivée dans les locaux et la formation "
                        "de vos équipes, voici le montant de notre proposition. Ramené au plan imprimé, le traceur "
                        "coûte moins qu'un tirage chez votre reprographe. »",
                        "remise",
                        2,
                        "Prix présenté en sandwich et fractionné, puis silence : la valeur précède le chiffre.",
                    ),
                    Reply(
                        "« Je vous préviens, ce n'est pas donné… mais voici le montant. »",
                        "remise",
                        0,
                        "Vous vous excusez du prix : la cliente comprend qu'il y a de la marge à négocier.",
                    ),
                ),
            ),
            Line(
                "remise",
                "decideur",
                "Claire Vasseur : « Il me faudrait un geste. Votre concurrent m'a parlé de 15 %. »",
                (
                    Reply(
                        "« 15 % me ferait passer sous mon prix plancher. Pour une commande de cette taille, je peux "
                        "appliquer notre remise de quantité ; et si vous retenez le contrat de maintenance des "
                        "copieurs, j'ajoute une remise d'ouverture de compte. »",
                        "signal",
                        2,
                        "Limite tenue (le prix plancher calculé avant l'entretien) et concessions échangées contre "
                        "une contrepartie : la vente complémentaire de la maintenance.",
                    ),
                    Reply(
                        "« Je peux faire 5 % sur tout. »",
                        "signal",
                        1,
                        "Concession dans la marge, mais donnée sans contrepartie.",
                    ),
                    Reply(
                        "« D'accord pour 15 %. »",
                        "fin_sous_plancher",
                        0,
                        "Sous le prix plancher : l'affaire fait perdre de l'argent à Bureautik Pro.",
                    ),
                ),
            ),
            Line(
                "signal",
                "decideur",
                "Claire Vasseur : « Si nous signons, vous pourriez tout installer avant l'arrivée des équipes ? »",
                (
                    Reply(
                        "« Oui : l'installation peut se faire la semaine du 7 ou celle du 14 décembre, avant votre "
                        "arrivée. Laquelle vous convient ? Je prépare le bon de commande. »",
                        "fin_signee",
                        2,
                        "Signal d'achat saisi : réponse courte puis conclusion alternative.",
                    ),
                    Reply(
                        "« Oui, c'est tout à fait possible. »",
                        "fin_sans_conclure",
                        1,
                        "Bonne réponse, mais vous ne tentez pas de conclure : le signal d'achat appelait une "
                        "conclusion.",
                    ),
                    Reply(
                        "« Avant cela, je voulais vous présenter notre gamme de vidéoprojecteurs. »",
                        "fin_reporte",
                        0,
                        "Signal d'achat manqué : relancer l'argumentation réveille les doutes.",
                    ),
                ),
            ),
            Line(
                "fin_signee",
                "decideur",
                "Claire Vasseur : « La semaine du 7. Où est-ce que je signe ? »",
                outcome="Bon de commande signé au-dessus du prix plancher, avec la maintenance des copieurs ; "
                "prochaine étape : le montant exact de la commande et les conditions de paiement.",
            ),
            Line(
                "fin_sans_conclure",
                "decideur",
                "Claire Vasseur : « Bien… Envoyez-moi le bon de commande, je le signerai quand j'aurai un moment. »",
                outcome="Vente probable, mais non conclue : le bon de commande attendra sur un bureau, "
                "et le concurrent peut revenir entre-temps.",
            ),
            Line(
                "fin_catalogue",
                "decideur",
                "Claire Vasseur : « Laissez-nous votre documentation, nous verrons. »",
                outcome="Sans découverte, l'offre ne répond à aucun besoin exprimé : l'entretien tourne court.",
            ),
            Line(
                "fin_froissee",
                "acheteur",
                "Mme Perret : « Notre entretien était très bien fait, je vous remercie. »",
                outcome="L'acheteuse, mise en cause, défendra l'offre concurrente auprès de la décideuse.",
            ),
            Line(
                "fin_sous_plancher",
                "decideur",
                "Claire Vasseur : « Parfait, envoyez-moi le bon de commande. »",
                outcome="Commande signée sous le prix plancher : votre direction la refusera, ou elle fera perdre "
                "de l'argent à Bureautik Pro.",
            ),
            Line(
                "fin_reporte",
                "decideur",
                "Claire Vasseur : « Nous allons réfléchir et comparer. »",
                outcome="La décision est reportée : le concurrent a une nouvelle chance.",
            ),
        ),
    )


__all__ = ["OUTLINE_E4", "entretien_complet"]
