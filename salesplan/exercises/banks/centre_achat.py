"""Exercices : les rôles du centre d'achat (textes tirés de ``salesplan.concepts``)."""

from __future__ import annotations

from salesplan.concepts import NOTIONS, ROLES, Concept
from salesplan.exercises.bank import Bank, Parametrised, first_sentence, shuffled
from salesplan.exercises.builders import concept_matching, glossary, situation_question
from salesplan.exercises.questions import Choice, MatchingQuestion, SingleChoice, notion_links

CHAPTER = "processus_achat/centre_achat"
_link = notion_links(CHAPTER)
PERSONNES = "Personnes pouvant intervenir"
ORGANIGRAMME = "Interlocuteurs nombreux : analyse de l'organigramme et du sociogramme"
# The seed's five roles (the catalogue adds the filter and the initiator).
LIGNES = {
    "acheteur": "Acheteur",
    "utilisateur": "Utilisateurs",
    "prescripteur": "Prescripteurs",
    "decideur": "Décideurs",
    "conseiller": "Conseillers",
}


def _lignes(*codes: str) -> tuple[str, ...]:
    """The seed lines a question on these roles practises."""
    return (PERSONNES, *(LIGNES[c] for c in codes if c in LIGNES))


def _pas_le_role(right: Concept, other: Concept) -> str:
    return f"Pas le rôle de {other.libelle.lower()} : {first_sentence(other.definition)}"


def _definitions() -> MatchingQuestion:
    """Each definition ↔ its role; item keys are opaque (d1, d2...) so they reveal nothing."""
    return concept_matching(
        ROLES,
        id="definitions_roles",
        prompt="Associez chaque description au rôle qu'elle décrit dans le centre d'achat.",
        explanation=glossary(ROLES, short=True),
        link=_link("notions"),
        shown=lambda r: r.definition,
        prefix="d",
        wrong=_pas_le_role,
        practises=_lignes(*ROLES.codes()),
    )


# New situations (never the lesson's own example), one drawn per variant; none names the role.
SITUATIONS: dict[str, tuple[str, ...]] = {
    "prescripteur": (
        "Pour le renouvellement des tablettes des infirmiers d'une clinique, la responsable de la sécurité des "
        "systèmes d'information rédige la liste des normes de chiffrement exigées : une tablette qui ne les "
        "respecte pas ne sera pas étudiée.",
        "Un bureau d'études thermiques indique au maître d'ouvrage quelle puissance de pompe à chaleur retenir "
        "pour le futur gymnase ; l'entreprise choisie devra s'y conformer.",
        "Dans une chaîne de boulangeries, le responsable qualité fixe les températures que devront tenir les "
        "nouvelles vitrines réfrigérées ; les offres sont classées d'après son rapport.",
    ),
    "conseiller": (
        "Avant de choisir entre l'achat et le crédit-bail de sa nouvelle presse, le dirigeant d'une imprimerie "
        "demande son avis à son expert-comptable, qui lui montre l'effet de chaque formule sur son bilan.",
        "La gérante d'une agence de communication appelle une ancienne collègue, devenue consultante, pour "
        "savoir si le logiciel de gestion qu'on lui propose a bonne réputation.",
        "L'avocat d'une PME relit le contrat de maintenance avant signature et recommande au dirigeant de "
        "négocier la clause de résiliation.",
    ),
    "initiateur": (
        "Un magasinier constate que les chariots élévateurs tombent en panne chaque semaine ; il écrit au chef "
        "d'entrepôt, qui inscrit leur remplacement au budget.",
        "La secrétaire médicale d'un cabinet de radiologie signale que l'agenda papier provoque des rendez-vous "
        "en double : c'est elle qui lance l'idée d'un logiciel de prise de rendez-vous.",
        "Le chef de cuisine d'un restaurant d'entreprise alerte la direction : le lave-vaisselle ne suffit plus "
        "depuis que 150 couverts de plus sont servis chaque midi.",
    ),
    "decideur": (
        "Le maire d'une commune de 6 000 habitants, après l'avis de la commission, arrête le choix du "
        "fournisseur des illuminations de fin d'année et engage la dépense.",
        "Dans une PME de transport, le gérant tranche entre les deux offres de pneumatiques retenues par son "
        "responsable de parc et signe le contrat.",
        "La directrice générale d'une ETI valide, en comité de direction, l'offre de formation que la "
        "responsable des ressources humaines a présélectionnée.",
    ),
    "utilisateur": (
        "Les préparateurs de commandes d'un grossiste testent deux modèles de scanners à main pendant une "
        "semaine ; ils se plaignent que le second est trop lourd pour une journée entière.",
        "Les chauffeurs d'une société de livraison réclament des véhicules avec caméra de recul ; ce seront eux "
        "qui les conduiront chaque jour.",
        "Les enseignants d'un lycée professionnel essaient les écrans interactifs en classe et disent au "
        "proviseur lequel ils trouvent le plus simple.",
    ),
}


def _situation(code: str) -> Parametrised:
    """Which role does the person play in this (new) situation? The situation is drawn by the seed."""
    role = ROLES.get(code)
    question_id = f"role_{code}"
    for situation in SITUATIONS[code]:
        if role.libelle.lower() in situation.lower():
            raise ValueError(f"a situation of {code!r} names the role: rewrite it")

    return situation_question(
        question_id,
        situations=SITUATIONS[code],
        right=role,
        family=ROLES,
        prompt="Quel rôle joue la personne dans cette situation ?",
        explanation=f"{role.libelle} : {role.definition}\nConduite à tenir : {role.conduite}",
        link=_link("notions"),
        practises=_lignes(code),
    )


def _conduites() -> MatchingQuestion:
    """What the seller should do ↔ the role (the seed's five roles)."""
    roles = shuffled([ROLES.get(c) for c in LIGNES], "conduites_roles")
    return concept_matching(
        roles,
        shuffle=False,
        id="conduites_roles",
        prompt="Le commercial de Bureautik Pro adapte sa conduite à chaque membre du centre d'achat. Associez "
        "chaque conduite au rôle qu'elle vise.",
        explanation="\n".join(f"**{r.libelle}** : {r.conduite}" for r in roles),
        link=_link("notions"),
        shown=lambda r: r.conduite,
        prefix="c",
        wrong=_pas_le_role,
        practises=_lignes(*LIGNES),
    )


_ORGANIGRAMME, _SOCIOGRAMME = NOTIONS.get("organigramme"), NOTIONS.get("sociogramme")
SOCIOGRAMME = SingleChoice(
    id="organigramme_sociogramme",
    prompt="Chez un prospect, l'acheteur dépend officiellement du directeur financier, mais celui-ci suit "
    "toujours l'avis de la responsable informatique, avec qui il a travaillé dix ans. Quel outil du vendeur "
    "fait apparaître **cette influence** ?",
    explanation=f"**{_ORGANIGRAMME.libelle}** : {_ORGANIGRAMME.definition}\n"
    f"**{_SOCIOGRAMME.libelle}** : {_SOCIOGRAMME.definition}",
    link=_link("notions"),
    choices=(
        Choice(
            "organigramme",
            _ORGANIGRAMME.libelle,
            f"L'organigramme montre la hiérarchie officielle, pas les influences : {_ORGANIGRAMME.definition}",
        ),
        Choice("sociogramme", _SOCIOGRAMME.libelle),
        Choice(
            "cahier_des_charges",
            "Le cahier des charges",
            "Le cahier des charges décrit le besoin de l'acheteur, pas les relations entre les personnes.",
        ),
        Choice(
            "grille",
            "La grille de comparaison des offres",
            "La grille compare les offres des fournisseurs, pas les relations dans l'entreprise cliente.",
        ),
    ),
    answer="sociogramme",
    practises=(ORGANIGRAMME, PERSONNES),
)


BANK = Bank(
    CHAPTER,
    "Le centre d'achat",
    (
        _definitions(),
        _situation("prescripteur"),
        _situation("conseiller"),
        _situation("initiateur"),
        _situation("decideur"),
        _situation("utilisateur"),
        _conduites(),
        SOCIOGRAMME,
    ),
)

__all__ = ["BANK", "CHAPTER"]
