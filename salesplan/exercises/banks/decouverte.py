"""Exercices : la découverte des besoins (types de questions, QQOQCCP, SONCASE, reformulation, centre d'achat).

Situations written for the quiz (none is a sentence of the chapter); definitions from ``salesplan.concepts``.
"""

from __future__ import annotations

from salesplan.concepts import MOBILES_ACHAT, OUTILS_DECOUVERTE, ROLES, TYPES_QUESTIONS
from salesplan.exercises.bank import Bank
from salesplan.exercises.banks._entretien import OUTLINE_NEGOCIATION, classer
from salesplan.exercises.builders import (
    definition_text,
    glossary,
    labels,
    matching_question,
    multiple_choice,
    ordering_question,
    single_choice,
)
from salesplan.exercises.questions import (
    CategoriesQuestion,
    Choice,
    Item,
    MatchingQuestion,
    OrderingQuestion,
    notion_links,
)
from salesplan.exercises.scenario import Line, Reply, ScenarioQuestion

CHAPTER = "negociation/decouverte"
OUTLINE_INTERLOCUTEURS = ("Interlocuteurs nombreux : analyse de l'organigramme et du sociogramme",)
_link = notion_links(CHAPTER)


def _types_de_questions() -> CategoriesQuestion:
    """Seller's lines in a discovery → the kind of question (categories and feedback from TYPES_QUESTIONS)."""
    lignes = (
        ("« Racontez-moi comment s'organise la journée de vos assistantes. »", "question_ouverte"),
        ("« Que vous apporterait un accès à vos dossiers depuis les chantiers ? »", "question_ouverte"),
        ("« Avez-vous déjà un contrat de maintenance pour vos imprimantes ? »", "question_fermee"),
        ("« Le budget est-il voté pour cette année ? »", "question_fermee"),
        ("« Vous souhaitez une livraison avant les congés de Noël ou en janvier ? »", "question_alternative"),
        ("« Pour vos réunions, plutôt un écran tactile ou un vidéoprojecteur ? »", "question_alternative"),
        ("« Vous ne voulez sûrement plus perdre de temps avec les pannes, n'est-ce pas ? »", "question_orientee"),
        ("Client : « C'est surtout l'accueil qui souffre. » — Vendeur : « L'accueil ? »", "question_miroir"),
    )
    return classer(
        TYPES_QUESTIONS,
        lignes,
        id="types_de_questions",
        prompt="Pendant une découverte chez un client de Bureautik Pro, le commercial pose ces questions. Classez "
        "chacune selon son type.",
        link=_link("les-types-de-questions"),
        prefix="q",
        practises=OUTLINE_NEGOCIATION,
    )


_QQOQCCP = tuple(detail.split(" — ")[0] for detail in OUTILS_DECOUVERTE.get("qqoqccp").details)


def _qqoqccp() -> MatchingQuestion:
    """Discovery questions for a CSE's new meeting room → the question of the QQOQCCP they answer."""
    questions = (
        ("« Qui réservera la salle : les élus seulement, ou aussi les salariés ? »", "Qui ?"),
        ("« Quel mobilier souhaitez-vous : tables modulables, chaises empilables ? »", "Quoi ?"),
        ("« La salle est-elle au rez-de-chaussée ou dans les étages, avec ascenseur ? »", "Où ?"),
        ("« Pour quelle date de réunion plénière faut-il que tout soit installé ? »", "Quand ?"),
        ("« Comment le CSE passe-t-il ses commandes : vote du bureau, devis comparés ? »", "Comment ?"),
        ("« Combien de personnes la salle doit-elle accueillir au plus ? »", "Combien ?"),
        ("« Qu'est-ce qui vous pousse à réaménager la salle cette année ? »", "Pourquoi ?"),
    )
    options = tuple(Item(f"o{n}", texte) for n, texte in enumerate(_QQOQCCP, start=1))
    cle = {item.text: item.key for item in options}
    return matching_question(
        id="qqoqccp",
        prompt="Le commercial prépare la découverte d'un CSE qui réaménage sa salle de réunion. À quelle question "
        "du QQOQCCP chacune de ses questions répond-elle ?",
        explanation="\n".join(OUTILS_DECOUVERTE.get("qqoqccp").details),
        link=_link("le-plan-de-decouverte-et-la-methode-qqoqccp"),
        rows=[(texte, cle[bonne], f"Cette question relève du « {bonne} ».") for texte, bonne in questions],
        options=options,
        prefix="d",
        practises=OUTLINE_NEGOCIATION,
    )


def _mobiles() -> CategoriesQuestion:
    """Client lines → the buying motive they reveal (SONCASE)."""
    lignes = (
        ("« Il me faut un fournisseur qui réponde au téléphone le samedi matin, on ouvre ce jour-là. »", "securite"),
        ("« Nos concurrents ont tous des bureaux design ; je ne veux pas paraître à la traîne. »", "orgueil"),
        ("« Vous avez des modèles pilotables depuis un smartphone ? C'est ce qu'il nous faut. »", "nouveaute"),
        ("« Je veux qu'un seul geste suffise pour scanner un dossier entier. »", "confort"),
        ("« Sur trois ans, quelle économie par rapport à ce que nous payons aujourd'hui ? »", "argent"),
        ("« Votre collègue qui passait avant était très à l'écoute, j'aimerais garder ce contact. »", "sympathie"),
        ("« Ces fauteuils sont-ils réparables, et les pièces disponibles pendant dix ans ? »", "environnement"),
    )
    return classer(
        MOBILES_ACHAT,
        lignes,
        id="mobiles_soncase",
        prompt="Pendant la découverte, des clients de Bureautik Pro font ces remarques. Quel mobile d'achat "
        "(SONCASE) chacune révèle-t-elle ?",
        link=_link("les-mobiles-d-achat-soncas-et-soncase"),
        prefix="m",
        practises=OUTLINE_NEGOCIATION,
        short=True,
    )


REFORMULATION = single_choice(
    id="reformulation",
    prompt="La responsable des services généraux d'une clinique explique : « Nos trois imprimantes sont "
    "toujours à court de toner, personne ne sait qui doit commander, et les secrétaires médicales perdent un "
    "temps fou à courir d'un étage à l'autre. » Quelle réponse du commercial est une bonne reformulation ?",
    explanation=definition_text(OUTILS_DECOUVERTE.get("reformulation")),
    link=_link("ecouter-activement-et-reformuler"),
    choices=(
        Choice(
            "fidele",
            "« Si je comprends bien, le toner manque souvent, sans responsable des commandes, et vos "
            "secrétaires perdent du temps à se déplacer. C'est bien cela ? »",
        ),
        Choice(
            "solution",
            "« Nous avons exactement ce qu'il vous faut : notre copieur central à 45 pages par minute. »",
            "C'est déjà une argumentation : le besoin n'est ni redit ni validé par la cliente.",
        ),
        Choice(
            "deformee",
            "« Vous voulez donc réduire le nombre d'imprimantes pour faire des économies ? »",
            "La cliente n'a parlé ni d'économies ni de réduire le parc : la reformulation déforme son propos.",
        ),
        Choice(
            "jugement",
            "« Il faudrait d'abord mieux organiser vos commandes en interne. »",
            "Un jugement sur l'organisation du client n'est pas une reformulation, et le met en défaut.",
        ),
    ),
    answer="fidele",
    practises=OUTLINE_NEGOCIATION,
)


def _entonnoir() -> OrderingQuestion:
    """The funnel: open questions first, then closed ones, then the summary to validate."""
    etapes = (
        ("ouverte", "« Parlez-moi de la façon dont vos équipes travaillent aujourd'hui. »"),
        ("precise", "« Combien de postes faut-il équiper, et sur combien d'étages ? »"),
        ("fermee", "« La livraison doit-elle avoir lieu avant le 15 mars ? »"),
        ("synthese", "« Je résume : douze postes sur deux étages, livrés avant le 15 mars. Est-ce exact ? »"),
    )
    return ordering_question(
        etapes,
        id="entonnoir",
        prompt="Remettez dans l'ordre de l'entonnoir les questions d'une découverte pour l'aménagement de bureaux.",
        explanation="L'entonnoir va des questions ouvertes (faire parler le client) aux questions précises et "
        "fermées (chiffrer, vérifier), et se termine par la reformulation de synthèse que le client valide.",
        link=_link("les-types-de-questions"),
        practises=OUTLINE_NEGOCIATION,
    )


ECOUTE = multiple_choice(
    id="ecoute_active",
    prompt="Quels comportements du vendeur relèvent de l'écoute active pendant la découverte ?",
    explanation=definition_text(OUTILS_DECOUVERTE.get("ecoute_active")),
    link=_link("ecouter-activement-et-reformuler"),
    choices=(
        Choice("notes", "Noter les mots exacts employés par le client", "Les noter permet de les reprendre."),
        Choice("silence", "Laisser un silence après une question ouverte", "Le silence laisse chercher la réponse."),
        Choice("relance", "Relancer sur un mot du client (« Compliqué ? »)", "C'est une relance par l'écho."),
        Choice(
            "couper",
            "Terminer les phrases du client pour gagner du temps",
            "Interrompre le client empêche d'entendre ce qu'il allait vraiment dire.",
        ),
        Choice(
            "catalogue",
            "Présenter le catalogue dès qu'un besoin apparaît",
            "C'est argumenter trop tôt : la découverte n'est pas finie.",
        ),
    ),
    answers=frozenset({"notes", "silence", "relance"}),
    practises=OUTLINE_NEGOCIATION,
)


def _roles() -> MatchingQuestion:
    """Who speaks in a BtoB discovery → the role in the buying centre."""
    codes = ("acheteur", "utilisateur", "prescripteur", "decideur")
    lignes = (
        ("« Je veux trois devis comparables et un paiement à 60 jours. »", "acheteur"),
        ("« Au quotidien, c'est moi qui scanne les bons de livraison : il faut que ce soit rapide. »", "utilisateur"),
        ("« Tout matériel connecté doit passer par notre annuaire et notre pare-feu. »", "prescripteur"),
        ("« Je signerai si le projet tient dans l'enveloppe votée en conseil. »", "decideur"),
    )
    return matching_question(
        id="roles_centre_achat",
        prompt="Une découverte chez un grossiste réunit quatre personnes. Quel rôle du centre d'achat joue l'auteur "
        "de chaque phrase ?",
        explanation=glossary((ROLES.get(c) for c in codes), short=True),
        link=_link("la-decouverte-en-btob-plusieurs-interlocuteurs"),
        rows=[
            (texte, code, f"Non : cette personne parle en {ROLES.get(code).libelle.lower()}.") for texte, code in lignes
        ],
        options=labels(ROLES.get(c) for c in codes),
        prefix="r",
        practises=(*OUTLINE_INTERLOCUTEURS, "Acheteur", "Utilisateurs", "Prescripteurs", "Décideurs"),
    )


def scenario_decouverte() -> ScenarioQuestion:
    """A full discovery with a pharmacist and her assistant: open questions, echo, fears, decision process."""
    return ScenarioQuestion(
        id="scenario_decouverte",
        prompt="**Mise en situation.** Vous êtes commercial de Bureautik Pro. Premier rendez-vous à la Pharmacie des "
        "Terreaux (12 salariés), à Lyon 1er. Mme Hamon, pharmacienne titulaire, vous reçoit après la fermeture ; "
        "une préparatrice, Léa, vous rejoindra. Vous savez seulement qu'elle a demandé un rendez-vous « pour "
        "l'impression et la numérisation ». Conduisez la découverte en choisissant chaque fois votre réponse.",
        explanation="Une découverte réussie commence par une question ouverte qui annonce son but, relance sur les "
        "mots du client (question miroir), fait exprimer les freins (ici la peur d'un fournisseur absent), "
        "identifie le processus de décision et se termine par une reformulation de synthèse validée. Présenter "
        "l'offre ou le prix avant cela, c'est argumenter dans le vide.",
        link=_link("notions"),
        practises=OUTLINE_NEGOCIATION,
        lines=(
            Line(
                "debut",
                "decideur",
                "« Bon, je vous écoute. Vous avez sûrement un catalogue à me montrer ? »",
                (
                    Reply(
                        "« Je l'ai avec moi, mais je voudrais d'abord comprendre votre fonctionnement, pour ne vous "
                        "montrer que ce qui vous sera utile. Comment gérez-vous aujourd'hui vos impressions et vos "
                        "numérisations ? »",
                        "situation",
                        2,
                        "Vous annoncez le but de la découverte et posez une question ouverte : la cliente parle, "
                        "vous apprenez.",
                    ),
                    Reply(
                        "« Voici notre gamme : notre modèle phare imprime 45 pages par minute et numérise en "
                        "recto verso… »",
                        "catalogue",
                        0,
                        "Argumentation avant découverte : vous présentez des caractéristiques sans savoir ce dont "
                        "la cliente a besoin.",
                    ),
                    Reply(
                        "« Avez-vous un copieur en ce moment ? »",
                        "fermee",
                        0,
                        "Question fermée dès le départ : la réponse sera courte et vous apprendrez peu. Commencez "
                        "par une question ouverte.",
                    ),
                ),
            ),
            Line(
                "fermee",
                "decideur",
                "« Oui. Une vieille laser, et un scanner à part. »",
                (
                    Reply(
                        "« Et comment les utilisez-vous au quotidien, vous et votre équipe ? »",
                        "situation",
                        1,
                        "Vous rattrapez la découverte par une question ouverte.",
                    ),
                    Reply(
                        "« Notre multifonction remplace les deux, je vous montre. »",
                        "catalogue",
                        0,
                        "Vous sautez sur une solution après une seule information : le besoin reste inconnu.",
                    ),
                ),
            ),
            Line(
                "catalogue",
                "decideur",
                "« Je vois… Laissez-moi la brochure, je regarderai à tête reposée. »",
                (
                    Reply(
                        "« Bien sûr. Avant, puis-je vous poser deux ou trois questions, pour ne vous laisser que ce "
                        "qui vous concerne ? »",
                        "precision",
                        1,
                        "Bonne récupération : « je regarderai » est souvent un prétexte pour écourter ; vous "
                        "revenez à la découverte (la cliente vous parle alors du tiers payant, et Léa vous rejoint).",
                    ),
                    Reply(
                        "« Très bien, je vous rappelle la semaine prochaine. »",
                        "fin_brochure",
                        0,
                        "Vous acceptez le prétexte : vous partez sans avoir découvert un seul besoin.",
                    ),
                ),
            ),
            Line(
                "situation",
                "decideur",
                "« Honnêtement, c'est le bazar au moment de scanner les documents du tiers payant. »",
                (
                    Reply(
                        "« Le bazar ? »",
                        "precision",
                        2,
                        "Question miroir : vous reprenez son mot, elle développe sans que vous l'orientiez.",
                    ),
                    Reply(
                        "« Combien de documents scannez-vous par jour ? »",
                        "precision",
                        1,
                        "Question utile (le « combien » du QQOQCCP), mais la cliente allait raconter ce qui ne va "
                        "pas : laissez-la finir.",
                    ),
                    Reply(
                        "« Notre scanner intégré règle exactement ce problème. »",
                        "catalogue",
                        0,
                        "Vous proposez une solution avant de connaître le problème.",
                    ),
                ),
            ),
            Line(
                "precision",
                "utilisateur",
                "Léa : « Le scanner est dans le bureau du fond. On traverse l'officine vingt fois par jour, et "
                "pendant ce temps les clients attendent au comptoir. »",
                (
                    Reply(
                        "« Si je comprends bien, ces allers-retours vous font perdre du temps et se voient côté "
                        "clients. Qu'est-ce qui serait idéal pour vous ? »",
                        "ideal",
                        2,
                        "Reformulation, puis question ouverte : l'utilisatrice se sent entendue et décrit son besoin.",
                    ),
                    Reply(
                        "« Vous préférez un appareil au comptoir ou dans le bureau ? »",
                        "ideal",
                        1,
                        "Question alternative un peu tôt : elle fait choisir avant d'avoir compris tout le besoin.",
                    ),
                    Reply(
                        "« Oh, c'est pareil dans toutes les pharmacies, vous savez. »",
                        "ideal",
                        0,
                        "Vous minimisez le problème de l'utilisatrice au lieu de le reformuler.",
                    ),
                ),
            ),
            Line(
                "ideal",
                "decideur",
                "« L'idéal ? Quelque chose de discret, de fiable, et dont je n'aie pas à m'occuper. La dernière "
                "fois, le fournisseur ne venait jamais. »",
                (
                    Reply(
                        "« Le fournisseur ne venait jamais ? Racontez-moi ce qui s'est passé. »",
                        "frein",
                        2,
                        "Vous faites exprimer le frein : une peur (être abandonnée par le fournisseur) qui "
                        "reviendrait sinon comme objection. Mobile dominant repéré : la sécurité.",
                    ),
                    Reply(
                        "« Je note : discret, fiable et simple. »",
                        "decision",
                        1,
                        "Vous notez les mobiles (sécurité, confort), mais vous laissez passer le frein qu'elle "
                        "vient d'évoquer.",
                    ),
                    Reply(
                        "« Nous, nous sommes très réactifs, faites-nous confiance. »",
                        "mefiance",
                        0,
                        "Affirmation sans preuve qui coupe la découverte : la cliente n'a pas fini de parler.",
                    ),
                ),
            ),
            Line(
                "mefiance",
                "decideur",
                "« C'est ce qu'ils disent tous. »",
                (
                    Reply(
                        "« Vous avez raison d'être prudente. Que s'était-il passé avec votre ancien fournisseur ? »",
                        "frein",
                        1,
                        "Vous reconnaissez sa méfiance et revenez à une question ouverte sur le frein.",
                    ),
                    Reply(
                        "« Mais nous avons plus de 300 clients satisfaits ! »",
                        "fin_mefiance",
                        0,
                        "Vous insistez au lieu d'écouter : la cliente se ferme.",
                    ),
                ),
            ),
            Line(
                "frein",
                "decideur",
                "« Trois semaines sans scanner, en pleine fin d'année. Je ne veux pas revivre ça. »",
                (
                    Reply(
                        "« Je comprends : la continuité du service compte avant tout pour vous. En dehors de vous, "
                        "qui aura son mot à dire sur ce choix, et à quelle date voulez-vous que tout fonctionne ? »",
                        "decision",
                        2,
                        "Vous reformulez le frein, puis passez au processus de décision : qui, quand.",
                    ),
                    Reply(
                        "« Cela ne vous arrivera pas avec nous. »",
                        "decision",
                        1,
                        "Réassurance sans preuve : gardez ce frein pour l'argumentation, avec une garantie écrite "
                        "ou un témoignage.",
                    ),
                ),
            ),
            Line(
                "decision",
                "decideur",
                "« Mon associé signe avec moi au-delà de 3 000 €. Et nous voudrions être équipés avant "
                "l'inventaire de janvier. »",
                (
                    Reply(
                        "« Je récapitule : un appareil près du comptoir pour numériser sans traverser l'officine, un "
                        "fournisseur qui intervient vite, une décision avec votre associé, une installation avant "
                        "janvier. C'est bien cela ? »",
                        "fin_rdv",
                        2,
                        "Reformulation de synthèse : la cliente valide ses besoins, base de votre argumentation.",
                    ),
                    Reply(
                        "« Alors je vous fais tout de suite un prix. »",
                        "fin_prix",
                        0,
                        "Prix annoncé avant toute argumentation, et sans l'associé qui décide avec elle.",
                    ),
                    Reply(
                        "« Très bien, je vous envoie une proposition par courriel. »",
                        "fin_proposition",
                        1,
                        "Pas de synthèse, et l'associé, codécideur, ne vous rencontrera pas : proposez plutôt un "
                        "rendez-vous avec les deux.",
                    ),
                ),
            ),
            Line(
                "fin_rdv",
                "decideur",
                "« C'est exactement ça. Revenez jeudi, mon associé sera là. »",
                outcome="Besoins validés et second rendez-vous obtenu avec les deux décideurs : la découverte a "
                "atteint son objectif.",
            ),
            Line(
                "fin_prix",
                "decideur",
                "« Tant que ça pour un scanner ? Je vais comparer. »",
                outcome="Le prix, donné sans argumentation, devient le seul critère : la cliente compare sur le prix.",
            ),
            Line(
                "fin_proposition",
                "decideur",
                "« D'accord, envoyez-moi ça. »",
                outcome="Une proposition part par courriel, sans synthèse validée ni rencontre avec l'associé : la "
                "vente est incertaine.",
            ),
            Line(
                "fin_brochure",
                "decideur",
                "« Au revoir. »",
                outcome="Vous repartez sans avoir découvert un seul besoin : la brochure finira dans un tiroir.",
            ),
            Line(
                "fin_mefiance",
                "decideur",
                "« Je vous rappellerai. »",
                outcome="La cliente, méfiante, écourte l'entretien.",
            ),
        ),
    )


BANK = Bank(
    CHAPTER,
    "La découverte des besoins",
    (
        _types_de_questions(),
        _qqoqccp(),
        _entonnoir(),
        ECOUTE,
        REFORMULATION,
        _mobiles(),
        _roles(),
        scenario_decouverte(),
    ),
)

__all__ = ["BANK", "CHAPTER", "scenario_decouverte"]
