"""Exercices : les rôles du centre d'achat (textes tirés de ``salesplan.concepts``)."""

from __future__ import annotations

from salesplan.concepts import NOTIONS, ROLES
from salesplan.concepts._catalogue import Concept
from salesplan.exercises.bank import Bank, first_sentence, opaque_items, shuffled
from salesplan.exercises.builders import concept_choices, concept_matching, glossary
from salesplan.exercises.questions import Choice, Item, MatchingQuestion, NotionLink, SingleChoice

CHAPTER = "processus_achat/centre_achat"
LINK = NotionLink(CHAPTER, "notions")
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
        link=LINK,
        shown=lambda r: r.definition,
        prefix="d",
        wrong=_pas_le_role,
        practises=_lignes(*ROLES.codes()),
    )


def _situation(code: str) -> SingleChoice:
    """Which role does the person in this example play?"""
    role = ROLES.get(code)
    if role.libelle.lower() in role.exemple.lower():
        raise ValueError(f"the example of {code!r} names the role: pick another one")
    return SingleChoice(
        id=f"role_{code}",
        prompt=f"Quel rôle joue la personne dans cette situation ?\n*{role.exemple}*",
        explanation=f"{role.libelle} : {role.definition}\nConduite à tenir : {role.conduite}",
        link=LINK,
        choices=concept_choices(shuffled(list(ROLES), f"role_{code}"), code),
        answer=code,
        practises=_lignes(code),
    )


def _conduites() -> MatchingQuestion:
    """What the seller should do ↔ the role (the seed's five roles)."""
    roles = shuffled([ROLES.get(c) for c in LIGNES], "conduites_roles")
    items = opaque_items([r.conduite for r in roles], "c")
    return MatchingQuestion(
        id="conduites_roles",
        prompt="Le commercial de Bureautik Pro adapte sa conduite à chaque membre du centre d'achat. Associez "
        "chaque conduite au rôle qu'elle vise.",
        explanation="\n".join(f"**{r.libelle}** : {r.conduite}" for r in roles),
        link=LINK,
        items=items,
        options=tuple(Item(r.code, r.libelle) for r in roles),
        answer=tuple((item.key, r.code) for item, r in zip(items, roles, strict=True)),
        feedback=tuple(
            (item.key, other.code, _pas_le_role(r, other))
            for item, r in zip(items, roles, strict=True)
            for other in roles
            if other.code != r.code
        ),
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
    link=LINK,
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
