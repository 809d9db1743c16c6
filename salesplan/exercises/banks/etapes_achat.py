"""Exercices : les cinq étapes du processus d'achat (textes tirés de ``salesplan.concepts``)."""

from __future__ import annotations

from salesplan.concepts import ETAPES_ACHAT
from salesplan.exercises.bank import Bank, first_sentence, shuffled
from salesplan.exercises.questions import Choice, Item, NotionLink, OrderingQuestion, SingleChoice

CHAPTER = "processus_achat/etapes_achat"
LINK = NotionLink(CHAPTER, "notions")
_ETAPES = sorted(ETAPES_ACHAT, key=lambda e: e.ordre)

ORDRE = OrderingQuestion(
    id="ordre_etapes",
    prompt="Remettez les étapes du processus d'achat dans l'ordre, de la première à la dernière "
    "(boutons « monter » et « descendre »).",
    explanation="L'ordre est : " + " → ".join(e.libelle for e in _ETAPES) + ".",
    link=LINK,
    items=shuffled([Item(e.code, e.libelle) for e in _ETAPES], "ordre_etapes"),
    answer=tuple(e.code for e in _ETAPES),
)


def _situation(code: str) -> SingleChoice:
    """Which stage does this example illustrate? Choices are every stage."""
    etape = ETAPES_ACHAT.get(code)
    return SingleChoice(
        id=f"situation_{code}",
        prompt=f"À quelle étape du processus d'achat se trouve ce client ?\n*{etape.exemple}*",
        explanation=f"{etape.libelle} : {etape.definition}",
        link=LINK,
        choices=tuple(
            Choice(e.code, e.libelle, "" if e.code == code else f"{e.libelle} : {first_sentence(e.definition)}")
            for e in shuffled(_ETAPES, f"situation_{code}")
        ),
        answer=code,
    )


BANK = Bank(
    CHAPTER,
    "Les étapes du processus d'achat",
    (ORDRE, _situation("recherche_information"), _situation("comparaison_solutions")),
)
