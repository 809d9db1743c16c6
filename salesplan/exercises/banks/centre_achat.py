"""Exercices : les rôles du centre d'achat (textes tirés de ``salesplan.concepts``)."""

from __future__ import annotations

from salesplan.concepts import ROLES
from salesplan.exercises.bank import Bank, first_sentence, opaque_items, shuffled
from salesplan.exercises.questions import Choice, Item, MatchingQuestion, NotionLink, SingleChoice

CHAPTER = "processus_achat/centre_achat"
LINK = NotionLink(CHAPTER, "notions")


def _definitions() -> MatchingQuestion:
    """Each definition ↔ its role; item keys are opaque (d1, d2...) so they reveal nothing."""
    roles = shuffled(list(ROLES), "definitions_roles")
    items = opaque_items([r.definition for r in roles], "d")
    return MatchingQuestion(
        id="definitions_roles",
        prompt="Associez chaque description au rôle qu'elle décrit dans le centre d'achat.",
        explanation="\n".join(f"**{r.libelle}** : {first_sentence(r.definition)}" for r in ROLES),
        link=LINK,
        items=items,
        options=tuple(Item(r.code, r.libelle) for r in ROLES),
        answer=tuple((item.key, role.code) for item, role in zip(items, roles, strict=True)),
        feedback=tuple(
            (item.key, other.code, f"Pas le rôle de {other.libelle.lower()} : {first_sentence(other.definition)}")
            for item, role in zip(items, roles, strict=True)
            for other in ROLES
            if other.code != role.code
        ),
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
        choices=tuple(
            Choice(r.code, r.libelle, "" if r.code == code else f"{r.libelle} : {first_sentence(r.definition)}")
            for r in shuffled(list(ROLES), f"role_{code}")
        ),
        answer=code,
    )


BANK = Bank(
    CHAPTER,
    "Le centre d'achat",
    (_definitions(), _situation("prescripteur"), _situation("conseiller"), _situation("initiateur")),
)
