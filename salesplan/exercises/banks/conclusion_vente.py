"""Exercices : conclure la vente (étapes, techniques, vente additionnelle), textes de ``salesplan.concepts``."""

from __future__ import annotations

from salesplan.concepts import ETAPES_CONCLUSION, TECHNIQUES_CONCLUSION, VENTES_ADDITIONNELLES, TechniqueConclusion
from salesplan.exercises.bank import Bank, first_sentence, shuffled
from salesplan.exercises.banks._entretien import classer, technique_en_situation
from salesplan.exercises.builders import (
    definition_text,
    glossary,
    labels,
    matching_question,
    multiple_choice,
    ordering_question,
)
from salesplan.exercises.questions import (
    CategoriesQuestion,
    Choice,
    MatchingQuestion,
    MultipleChoice,
    OrderingQuestion,
    SingleChoice,
    notion_links,
)
from salesplan.exercises.scenario import Line, Reply, ScenarioQuestion

CHAPTER = "negociation/conclusion_vente"
_link = notion_links(CHAPTER)
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
    return ordering_question(
        [(e.code, e.libelle) for e in _ETAPES],
        id="ordre_conclusion",
        prompt="Remettez les étapes du processus de conclusion dans l'ordre, de la première à la dernière.",
        explanation="\n".join(f"{e.ordre}. **{e.libelle}** : {first_sentence(e.definition)}" for e in _ETAPES),
        link=_link("les-etapes-de-la-conclusion"),
        practises=(ETAPES, *(LIGNE_ETAPE[e.code] for e in _ETAPES)),
    )


def _dialogue(lignes: tuple[str, ...]) -> str:
    """An exchange on one line per reply, in italics."""
    return " / ".join(f"*{ligne}*" for ligne in lignes)


# New exchanges (a hotel buys coffee machines), not the lesson's Bureautik Pro dialogues.
DIALOGUES = (
    (
        (
            "Directeur : Le prix et le contrat d'entretien me conviennent, et la machine a plu au personnel.",
            "Vendeuse : Nous sommes donc d'accord sur tout : je lance la commande des quatre machines ?",
        ),
        "directe",
    ),
    (
        (
            "Directeur : Vos machines nous plaisent bien, le café est meilleur qu'avec l'ancien modèle.",
            "Vendeuse : Parfait. Qui dois-je prévenir à l'accueil le jour de la mise en service ?",
        ),
        "implicite",
    ),
    (
        (
            "Directeur : J'hésite entre trois grandes machines dans le hall ou une petite par étage.",
            "Vendeuse : Les deux couvrent vos besoins : vous préférez la version hall ou la version étages ?",
        ),
        "alternative",
    ),
    (
        (
            "Directeur : Je voudrais encore y réfléchir, peut-être après la saison d'été.",
            "Vendeuse : Si la commande est passée avant le 30 juin, la formation de vos serveurs est offerte.",
        ),
        "proposition",
    ),
)


def _dialogues() -> MatchingQuestion:
    """Each (new) dialogue ↔ its closing technique."""

    def why(code: str) -> str:
        technique = TECHNIQUES_CONCLUSION.get(code)
        return f"Non : c'est une {technique.libelle.lower()} — {first_sentence(technique.definition)}"

    return matching_question(
        id="dialogues_conclusion",
        prompt="Un fournisseur de machines à café termine son entretien avec le directeur d'un hôtel. Associez "
        "chaque échange à la technique de conclusion employée.",
        explanation=glossary(TECHNIQUES_CONCLUSION),
        link=_link("les-techniques-de-conclusion"),
        rows=[(_dialogue(lignes), code, why(code)) for lignes, code in DIALOGUES],
        options=labels(TECHNIQUES_CONCLUSION),
        prefix="d",
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
    return technique_en_situation(
        TECHNIQUES_CONCLUSION,
        code,
        shown=_ordre_choix(code, question_id),
        id=question_id,
        situation=situation,
        question="Quelle technique de conclusion convient le mieux ?",
        link=_link("les-techniques-de-conclusion"),
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
    return classer(
        VENTES_ADDITIONNELLES,
        propositions,
        id="ventes_additionnelles",
        prompt="Une fois la vente principale acquise, le commercial fait une vente additionnelle. Classez chaque "
        "proposition : vente complémentaire ou montée en gamme ?",
        explanation="\n".join(f"**{c.libelle}** : {c.definition} Exemple : {c.exemple}" for c in VENTES_ADDITIONNELLES),
        link=_link("la-vente-additionnelle"),
        prefix="p",
        practises=(ADDITIONNELLE,),
    )


def _moment_vente_additionnelle() -> SingleChoice:
    return SingleChoice(
        id="moment_vente_additionnelle",
        prompt="À quel moment le commercial propose-t-il une vente additionnelle ?",
        explanation=definition_text(ETAPES_CONCLUSION.get("vente_additionnelle")),
        link=_link("la-vente-additionnelle"),
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
    return multiple_choice(
        id="resumer_avantages",
        prompt=f"Le client envoie des signaux d'achat. Le commercial passe à l'étape « {etape.libelle} ». "
        "Que doit contenir ce résumé ? Cochez les bonnes pratiques.",
        explanation=f"{etape.libelle} : {etape.definition} Exemple : {etape.exemple}",
        link=_link("resumer-les-avantages"),
        choices=choix,
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
    return multiple_choice(
        id="signaux_achat",
        prompt="Quels comportements sont des **signaux d'achat**, qui indiquent qu'il est temps de résumer les "
        "avantages et de conclure ?",
        explanation="Les signaux d'achat sont verbaux (questions pratiques, usage au futur), non verbaux (il "
        "reprend la documentation, prend des notes) ou propres au BtoB (il fait venir le décideur). "
        f"{first_sentence(ETAPES_CONCLUSION.get('resumer_avantages').definition)}",
        link=_link("reconnaitre-les-signaux-d-achat"),
        choices=choix,
        answers=frozenset({"installation", "decideur", "futur"}),
        practises=(ETAPES, RESUMER),
    )


def _scenario_signaux() -> ScenarioQuestion:
    """A closing played alone: buying signals caught or missed, the decision-maker, a complementary sale."""
    return ScenarioQuestion(
        id="scenario_signaux_conclusion",
        prompt="Vous êtes commercial de Bureautik Pro. Deuxième rendez-vous au cabinet "
        "d'avocats Vasseur & associés (38 salariés), qui veut équiper ses six salles de réunion d'écrans "
        "interactifs. En face de vous, Mme Roche, responsable des achats. Au premier rendez-vous, elle a retenu "
        "trois points : la compatibilité avec les ordinateurs du cabinet, la formation des assistants et un coût "
        "mensuel inférieur à son budget. Choisissez à chaque fois votre réponse.",
        explanation="Un signal d'achat (ici une question sur le délai d'installation) appelle une réponse courte, "
        "le résumé des avantages acceptés et une tentative de conclusion. En BtoB, quand un autre que l'acheteur "
        "signe, le vendeur obtient de présenter lui-même l'offre au décideur au lieu de laisser l'acheteur la "
        "défendre seul, sans concéder de remise qu'il n'a pas prévue. La vente complémentaire vient une fois "
        "l'accord acquis, sur un besoin que le client exprime.",
        link=_link("reconnaitre-les-signaux-d-achat"),
        practises=(ETAPES, RESUMER, CONCLUSION, ADDITIONNELLE),
        lines=(
            Line(
                "ouverture",
                "acheteur",
                "« Vos écrans nous conviennent. Si on part là-dessus, vous pourriez les installer avant notre "
                "séminaire du 15 mars ? »",
                (
                    Reply(
                        "« Oui : installation sous quinze jours, formation de vos assistants comprise. Nous avons "
                        "validé la compatibilité et le coût mensuel. Nous installons la semaine du 1er mars ou "
                        "celle du 8 ? »",
                        "alternative",
                        2,
                        "Signal d'achat saisi : la question pratique sur le délai montre que Mme Roche se projette. "
                        "Vous répondez court, résumez les trois avantages acceptés puis concluez par une "
                        "alternative : les deux options signifient oui.",
                    ),
                    Reply(
                        "« Avant de parler délais, je voudrais vous présenter notre gamme supérieure, avec caméra 4K "
                        "intégrée. »",
                        "objection",
                        0,
                        "Signal d'achat manqué : relancer l'argumentation quand le client est prêt fait perdre "
                        "l'occasion et réveille les objections. Et une montée en gamme se propose après l'accord, "
                        "pas avant.",
                    ),
                    Reply(
                        "« Oui, sans problème. »",
                        "silence",
                        0,
                        "La réponse est juste, mais elle ne tente pas de conclure : vous laissez passer le signal "
                        "d'achat et c'est au client de relancer.",
                    ),
                ),
            ),
            Line(
                "silence",
                "acheteur",
                "« … Bon. Et concrètement, comment procède-t-on ? »",
                (
                    Reply(
                        "« Nous pouvons installer la semaine du 1er mars ou celle du 8 : laquelle vous arrange ? »",
                        "alternative",
                        1,
                        "Deuxième chance saisie par une conclusion alternative, mais c'est Mme Roche qui a dû "
                        "demander la suite : le signal précédent suffisait.",
                    ),
                    Reply(
                        "« Prenez le temps d'y réfléchir, je vous rappelle dans quinze jours. »",
                        "rappel",
                        0,
                        "Deuxième signal d'achat manqué : la cliente demande comment commander et vous repoussez "
                        "la décision. Un concurrent plus rapide en profitera.",
                    ),
                ),
            ),
            Line(
                "objection",
                "acheteur",
                "« De la 4K… Notre budget est déjà serré. Finalement, je vais comparer avec l'offre de votre "
                "concurrent avant de décider. »",
                (
                    Reply(
                        "« Je comprends : restons sur le modèle que vous aviez choisi. Il est compatible avec vos "
                        "ordinateurs, la formation est comprise et il tient dans votre budget. Nous installons la "
                        "semaine du 1er mars ou celle du 8 ? »",
                        "alternative",
                        1,
                        "Bon rattrapage : vous revenez aux seuls avantages acceptés, reliés aux besoins de la "
                        "cliente, et concluez par une alternative. Mais l'objection du budget, vous l'avez fait "
                        "naître vous-même.",
                    ),
                    Reply(
                        "« Leur matériel est de moins bonne qualité, vous le regretteriez. »",
                        "perdue",
                        0,
                        "Dénigrer un concurrent discrédite le vendeur et ne traite pas l'objection : la cliente "
                        "veut être rassurée sur son budget, pas entendre une critique.",
                    ),
                ),
            ),
            Line(
                "alternative",
                "acheteur",
                "« La semaine du 8, plutôt. Mais je dois en parler à M. Dufour, l'associé gérant : c'est lui qui "
                "signe au-delà de 10 000 €. »",
                (
                    Reply(
                        "« Bien sûr. Je vous prépare une proposition écrite qui reprend nos trois points, et nous "
                        "la présentons ensemble à M. Dufour : jeudi vous conviendrait ? »",
                        "decideur",
                        2,
                        "Vous identifiez le décideur et obtenez de le rencontrer pour conclure, avec une "
                        "proposition écrite : l'acheteuse n'a pas à défendre seule votre offre.",
                    ),
                    Reply(
                        "« Si vous signez aujourd'hui, je vous accorde 5 % de remise supplémentaire. »",
                        "remise",
                        0,
                        "Concession hors de propos : Mme Roche n'hésite pas, elle n'a pas le pouvoir de signer. "
                        "Une remise non prévue entame votre marge et M. Dufour en demandera davantage.",
                    ),
                    Reply(
                        "« D'accord, je vous laisse lui en parler et je vous rappelle la semaine prochaine. »",
                        "sans_vous",
                        1,
                        "Courtois, mais la vente vous échappe : sans vous, l'acheteuse présentera votre offre au "
                        "décideur avec ses propres mots et sans réponse à ses questions.",
                    ),
                ),
            ),
            Line(
                "remise",
                "acheteur",
                "« 5 % ? C'est aimable… mais c'est M. Dufour qui signe. Et s'il voit que vous baissez si vite, il "
                "en demandera plus. »",
                (
                    Reply(
                        "« Vous avez raison. Présentons-lui ensemble la proposition jeudi. »",
                        "decideur",
                        1,
                        "Vous revenez au bon objectif, rencontrer le décideur, mais les 5 % annoncés sans "
                        "contrepartie restent sur la table.",
                    ),
                    Reply(
                        "« Alors je peux aller jusqu'à 8 % si vous signez aujourd'hui. »",
                        "marge",
                        0,
                        "Concessions en cascade, au-delà de toute marge de manœuvre préparée, face à une personne "
                        "qui ne peut pas signer.",
                    ),
                ),
            ),
            Line(
                "decideur",
                "decideur",
                "« Mme Roche m'a résumé votre offre, le prix me convient. Vous aviez parlé d'un contrat de "
                "maintenance ? »",
                (
                    Reply(
                        "« Oui : intervention sous 8 heures ouvrées, 29 € HT par écran et par mois. Je l'ajoute "
                        "aux six écrans sur le bon de commande ? »",
                        "signee",
                        2,
                        "Vente complémentaire au bon moment : l'accord est acquis et c'est le décideur qui exprime "
                        "le besoin. Votre question fait comme si la décision était prise, sans avantage "
                        "supplémentaire : c'est une conclusion implicite.",
                    ),
                    Reply(
                        "« Parlons-en plus tard : signez d'abord pour les écrans, nous verrons la maintenance "
                        "après l'installation. »",
                        "sans_maintenance",
                        0,
                        "Vous écartez un besoin que le décideur exprime lui-même : la vente complémentaire est "
                        "manquée, et il pourra la confier à un autre prestataire.",
                    ),
                    Reply(
                        "« Je vous envoie la documentation complète de nos trois contrats. »",
                        "reportee",
                        1,
                        "L'information est utile, mais elle repousse la décision : à un signal d'achat, répondez "
                        "court puis concluez.",
                    ),
                ),
            ),
            Line(
                "signee",
                "decideur",
                "« Parfait, ajoutez-le. Où dois-je signer ? »",
                outcome="M. Dufour signe le bon de commande des six écrans avec le contrat de maintenance ; "
                "l'installation est planifiée la semaine du 8 mars.",
            ),
            Line(
                "sans_maintenance",
                "decideur",
                "« Bon… je signe pour les écrans. »",
                outcome="La vente principale est signée, sans le contrat de maintenance que le client demandait.",
            ),
            Line(
                "reportee",
                "decideur",
                "« Envoyez-moi tout cela, je regarderai. »",
                outcome="Le bon de commande n'est pas signé : la décision attend la lecture de la documentation.",
            ),
            Line(
                "perdue",
                "acheteur",
                "« Je préfère en juger par moi-même. Je vous tiendrai au courant. »",
                outcome="Mme Roche met fin à l'entretien : la vente est compromise.",
            ),
            Line(
                "sans_vous",
                "acheteur",
                "« Entendu, à la semaine prochaine. »",
                outcome="Seule face à M. Dufour, Mme Roche défend mal votre offre ; il demande une remise et "
                "reporte sa décision au mois suivant.",
            ),
            Line(
                "rappel",
                "acheteur",
                "« Comme vous voudrez. »",
                outcome="Dix jours plus tard, Mme Roche signe avec un concurrent qui lui a proposé une date "
                "d'installation.",
            ),
            Line(
                "marge",
                "acheteur",
                "« Je transmets votre proposition à M. Dufour. »",
                outcome="Vous avez cédé 8 % sans contrepartie et sans décideur en face : M. Dufour demandera "
                "encore plus.",
            ),
        ),
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
        _scenario_signaux(),
    ),
)

__all__ = ["BANK", "CHAPTER"]
