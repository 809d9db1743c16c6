"""Exercices : les cinq étapes du processus d'achat (textes tirés de ``salesplan.concepts``)."""

from __future__ import annotations

from salesplan.concepts import ETAPES_ACHAT
from salesplan.exercises.bank import Bank, first_sentence, shuffled
from salesplan.exercises.builders import concept_choices, concept_matching, non_recall
from salesplan.exercises.questions import Item, MatchingQuestion, NotionLink, OrderingQuestion, SingleChoice

CHAPTER = "processus_achat/etapes_achat"
LINK = NotionLink(CHAPTER, "notions")
_ETAPES = sorted(ETAPES_ACHAT, key=lambda e: e.ordre)
ETAPES = "Différentes étapes"


def _ligne(code: str) -> str:
    """The seed outline line of a stage: « 2- Recherche d'information »."""
    etape = ETAPES_ACHAT.get(code)
    return f"{etape.ordre}- {etape.libelle}"


ORDRE = OrderingQuestion(
    id="ordre_etapes",
    prompt="Remettez les étapes du processus d'achat dans l'ordre, de la première à la dernière "
    "(boutons « monter » et « descendre »).",
    explanation="L'ordre est : " + " → ".join(e.libelle for e in _ETAPES) + ".",
    link=LINK,
    items=shuffled([Item(e.code, e.libelle) for e in _ETAPES], "ordre_etapes"),
    answer=tuple(e.code for e in _ETAPES),
    practises=(ETAPES, *(_ligne(e.code) for e in _ETAPES)),
)


def _situation(code: str) -> SingleChoice:
    """Which stage does this example illustrate? Choices are every stage."""
    etape = ETAPES_ACHAT.get(code)
    return SingleChoice(
        id=f"situation_{code}",
        prompt=f"À quelle étape du processus d'achat se trouve ce client ?\n*{etape.exemple}*",
        explanation=f"{etape.libelle} : {etape.definition}",
        link=LINK,
        choices=concept_choices(shuffled(_ETAPES, f"situation_{code}"), code),
        answer=code,
        practises=(_ligne(code),),
    )


def _definitions() -> MatchingQuestion:
    """Each definition ↔ its stage; item keys are opaque (d1, d2...)."""
    return concept_matching(
        _ETAPES,
        id="definitions_etapes",
        prompt="Associez chaque description à l'étape du processus d'achat qu'elle décrit.",
        explanation="\n".join(f"{e.ordre}. **{e.libelle}** : {first_sentence(e.definition)}" for e in _ETAPES),
        link=LINK,
        shown=lambda e: first_sentence(e.definition),
        prefix="d",
        wrong=non_recall,
        practises=(ETAPES, *(_ligne(e.code) for e in _ETAPES)),
    )


BANK = Bank(
    CHAPTER,
    "Les étapes du processus d'achat",
    (
        ORDRE,
        _situation("recherche_information"),
        _situation("comparaison_solutions"),
        _situation("prise_de_conscience"),
        _situation("prise_de_decision"),
        _situation("evaluation_post_achat"),
        _definitions(),
    ),
)
