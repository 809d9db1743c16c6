"""Exercices : ce qui distingue les achats BtoB, BtoG et CSE (textes tirés de ``salesplan.concepts``)."""

from __future__ import annotations

from salesplan.concepts import CIBLES, TRAITS_CIBLES
from salesplan.exercises.bank import Bank, first_sentence, shuffled
from salesplan.exercises.questions import CategoriesQuestion, Choice, Item, MultipleChoice, NotionLink

CHAPTER = "processus_achat/cibles_btob_btog_cse"
LINK = NotionLink(CHAPTER, "notions")
_TRAITS = shuffled(list(TRAITS_CIBLES), "traits_cibles")

CLASSEMENT = CategoriesQuestion(
    id="classer_traits",
    prompt="Classez chaque caractéristique dans la cible qu'elle décrit le mieux.",
    explanation="\n".join(
        f"**{c.libelle}** : " + ", ".join(t.libelle for t in TRAITS_CIBLES if t.cible == c.code) + "." for c in CIBLES
    ),
    link=LINK,
    items=tuple(Item(t.code, t.libelle) for t in _TRAITS),
    categories=tuple(Item(c.code, c.libelle) for c in CIBLES),
    answer=tuple((t.code, t.cible) for t in _TRAITS),
    feedback=tuple(
        (t.code, c.code, f"« {t.libelle} » : relisez la définition. {first_sentence(t.definition)}")
        for t in _TRAITS
        for c in CIBLES
        if c.code != t.cible
    ),
)

TRAITS_CSE = MultipleChoice(
    id="traits_cse",
    prompt="Cochez **toutes** les caractéristiques des achats d'un **CSE**.",
    explanation="Le CSE : " + ", ".join(t.libelle.lower() for t in TRAITS_CIBLES if t.cible == "cse") + ".",
    link=LINK,
    choices=tuple(
        Choice(
            t.code,
            t.libelle,
            "" if t.cible == "cse" else f"« {t.libelle} » décrit la cible {CIBLES.get(t.cible).libelle}.",
        )
        for t in _TRAITS
    ),
    answers=frozenset(t.code for t in TRAITS_CIBLES if t.cible == "cse"),
)

BANK = Bank(CHAPTER, "Les cibles BtoB, BtoG et CSE", (CLASSEMENT, TRAITS_CSE))
