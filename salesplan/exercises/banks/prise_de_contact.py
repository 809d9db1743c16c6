"""Exercices : la prise de contact (définitions tirées de ``salesplan.concepts``)."""

from __future__ import annotations

from salesplan.concepts import ETAPES_PLAN_DE_VENTE, NEGOCIATION, ROLES
from salesplan.exercises.bank import Bank, first_sentence
from salesplan.exercises.builders import (
    definition_text,
    matching_question,
    multiple_choice,
    ordering_question,
    which_concept,
)
from salesplan.exercises.questions import (
    Choice,
    Item,
    SingleChoice,
    notion_links,
)

CHAPTER = "negociation/prise_de_contact"
OUTLINE_CONTACT = ("Prise de contact",)
PRISE = NEGOCIATION.get("prise_de_contact")
FILTRE = ROLES.get("filtre")
_link = notion_links(CHAPTER)


# The four moments of the contact, then the move to discovery, in the order of the chapter.
_TEMPS = (
    ("saluer", "« Bonjour Monsieur Keller. Merci de me recevoir en pleine période d'inventaire. »"),
    (
        "presenter",
        "« Julien Martin, de Bureautik Pro : nous équipons 300 entreprises du Rhône en copieurs et "
        "mobilier. Voici ma carte. »",
    ),
    ("accrocher", "« Au téléphone, vous m'aviez dit que vos étiquettes d'expédition sortaient trop lentement… »"),
    (
        "deroulement",
        "« Je vous propose de faire le point sur vos besoins pendant vingt minutes, puis de vous "
        "présenter deux solutions. Cela vous convient-il ? »",
    ),
    ("decouvrir", "« Comment vos préparateurs impriment-ils aujourd'hui les étiquettes des colis ? »"),
)

ORDRE = ordering_question(
    _TEMPS,
    id="ordre",
    order="ordre_prise_de_contact",
    prompt="Remettez dans l'ordre les phrases du commercial de Bureautik Pro, du début de l'entretien au passage à "
    "la découverte des besoins.",
    explanation=f"{PRISE.libelle} : {PRISE.definition} Ordre : saluer, se présenter, accrocher, faire accepter le "
    "déroulement de l'entretien, puis passer à la découverte par une question ouverte.",
    link=_link("notions"),
    practises=OUTLINE_CONTACT,
)

REGLE_4X20 = SingleChoice(
    id="regle_4x20",
    prompt="Les formateurs en vente parlent de la règle des « 4 × 20 » pour la prise de contact. Que désigne-t-elle ?",
    explanation=definition_text(PRISE),
    link=_link("saluer-les-premieres-secondes"),
    choices=(
        Choice(
            "premieres_impressions",
            "Les 20 premières secondes, les 20 premiers mots, les 20 premiers gestes et les 20 centimètres du visage",
        ),
        Choice(
            "duree",
            "Un entretien de 20 minutes, 20 questions, 20 arguments et 20 % de remise au maximum",
            "Non : la règle porte sur les tout premiers instants, qui forment la première impression.",
        ),
        Choice(
            "prospection",
            "20 appels par jour, 20 rendez-vous par mois, 20 devis et 20 relances",
            "Non : ce sont des objectifs de prospection ; la règle des 4 × 20 concerne la première impression.",
        ),
        Choice(
            "retard",
            "Arriver au plus 20 minutes en retard et prévenir 20 minutes avant",
            "Non : on arrive à l'heure ; la règle porte sur la première impression.",
        ),
    ),
    answer="premieres_impressions",
    practises=OUTLINE_CONTACT,
)

_ACCROCHES = (
    (
        "rappel",
        "Le rappel du contact précédent",
        "« Quand nous nous sommes croisés au club d'entreprises, vous m'aviez parlé de vos pannes de scanner… »",
    ),
    (
        "reference",
        "La référence",
        "« Les trois plus grandes pharmacies de votre ville nous confient déjà leurs imprimantes… »",
    ),
    (
        "benefice",
        "Le bénéfice chiffré",
        "« Nos clients de votre taille ont réduit leur coût par page de près d'un quart en un an… »",
    ),
    ("question", "La question", "« Comment gérez-vous aujourd'hui la maintenance de vos imprimantes ? »"),
)

ACCROCHES = matching_question(
    id="accroches",
    prompt="Associez chaque accroche à sa forme.",
    explanation="L'accroche donne au client une raison d'écouter : elle relie l'entreprise du vendeur à une "
    "préoccupation du client. En BtoB, elle parle des enjeux de l'entreprise (productivité, coûts, image) plus que "
    "du produit ; un bénéfice chiffré doit pouvoir être prouvé.",
    link=_link("l-accroche"),
    rows=[
        (phrase, code, f"Cette phrase relève plutôt de la forme « {libelle.lower()} ».")
        for code, libelle, phrase in _ACCROCHES
    ],
    options=tuple(Item(code, libelle) for code, libelle, _ in _ACCROCHES),
    prefix="d",
    keys_first=True,
    practises=OUTLINE_CONTACT,
)

DEROULEMENT = SingleChoice(
    id="deroulement",
    prompt="Pourquoi le commercial termine-t-il sa prise de contact par : « Je vous propose vingt minutes pour faire "
    "le point, puis deux solutions. Cela vous convient-il ? »",
    explanation=f"{PRISE.definition} La question fermée sur le déroulement obtient un premier « oui », montre que "
    "le vendeur respecte le temps de l'acheteur et permet d'ajuster le programme.",
    link=_link("faire-accepter-le-deroulement-de-l-entretien"),
    choices=(
        Choice("accord", "Pour obtenir l'accord du client sur l'objectif, le plan et la durée de l'entretien"),
        Choice(
            "conclure",
            "Pour conclure la vente dès le début de l'entretien",
            "Non : la conclusion vient à la fin, après la découverte et l'argumentation.",
        ),
        Choice(
            "remplir",
            "Pour occuper le temps en attendant le décideur",
            "Non : la question sert à faire accepter le déroulement, et le décideur n'est pas toujours présent.",
        ),
        Choice(
            "prix",
            "Pour annoncer tout de suite le prix et éviter les objections",
            "Non : le prix vient avec l'argumentation, une fois les besoins connus.",
        ),
    ),
    answer="accord",
    practises=OUTLINE_CONTACT,
)

CENTRE_ACHAT = multiple_choice(
    id="plusieurs_interlocuteurs",
    prompt="Vous arrivez chez l'Atelier Confluence Architectes. L'assistante vous accueille ; dans le bureau, la "
    "dirigeante est accompagnée du responsable informatique, que vous n'attendiez pas. Cochez les attitudes "
    "**adaptées**.",
    explanation="En BtoB, la prise de contact peut réunir plusieurs membres du centre d'achat : on salue chacun, on "
    f"identifie son rôle et on adapte son discours. {FILTRE.libelle} : {FILTRE.conduite}",
    link=_link("les-specificites-de-la-prise-de-contact-en-btob"),
    choices=[
        Choice(
            "saluer_chacun",
            "Saluer chacun par son nom et lui demander son rôle dans le projet",
            "Il faut saluer chaque interlocuteur et identifier son rôle.",
        ),
        Choice(
            "assistante",
            "Saluer aussi l'assistante qui vous a accueilli",
            f"{FILTRE.libelle} : {first_sentence(FILTRE.definition)} Il faut la respecter.",
        ),
        Choice(
            "qui_decide",
            "Demander qui d'autre sera associé au choix",
            "Cette question révèle le processus de décision : elle oriente toute la suite.",
        ),
        Choice(
            "ignorer",
            "Ne parler qu'à la dirigeante, puisque c'est elle qui signe",
            "Le responsable informatique peut être prescripteur : l'ignorer, c'est risquer son opposition.",
        ),
        Choice(
            "tarif",
            "Commencer par présenter le tarif pour gagner du temps",
            "Le prix vient après la découverte des besoins, avec l'argumentation.",
        ),
        Choice(
            "reporter",
            "Proposer de reporter le rendez-vous puisqu'il y a un imprévu",
            "Un interlocuteur de "
            "plus est une occasion de mieux connaître le centre d'achat, pas une raison de repartir.",
        ),
    ],
    answers=frozenset({"saluer_chacun", "assistante", "qui_decide"}),
    practises=OUTLINE_CONTACT,
)

PLACE = which_concept(
    ETAPES_PLAN_DE_VENTE,
    "negociation",
    id="place_dans_le_plan",
    prompt="Dans le plan de vente, à quelle phase appartient la prise de contact ?",
    explanation=definition_text(ETAPES_PLAN_DE_VENTE.get("negociation")),
    link=_link("la-place-de-la-prise-de-contact-dans-le-plan-de-vente"),
    practises=(*OUTLINE_CONTACT, "2 - Négociation"),
)

BANK = Bank(
    CHAPTER,
    "La prise de contact",
    (PLACE, ORDRE, REGLE_4X20, ACCROCHES, DEROULEMENT, CENTRE_ACHAT),
)

__all__ = ["BANK", "CHAPTER"]
