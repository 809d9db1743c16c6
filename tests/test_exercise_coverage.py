"""Coverage of the question banks: every leaf of the seed is practised, every chapter has its quiz."""

from __future__ import annotations

from pathlib import Path

import pytest

from salesplan.exercises import BANKS, Parametrised
from salesplan.exercises.bank import VARIANT_SEEDS
from salesplan.tooling.course_plan import normalise, outline_tree

ROOT = Path(__file__).resolve().parents[1]
OUTLINE = outline_tree((ROOT / "book" / "_data" / "outline_seed.md").read_text(encoding="utf-8"))
CHAPTER_FOLDERS = ("processus_achat", "preparation", "negociation", "apres_vente")
# Chapters whose figures are computed: their banks draw new numbers from a seed.
NUMERIC_CHAPTERS = (
    "negociation/montant_commande",
    "preparation/objectifs_strategie",  # margins
    "negociation/conditions_paiement",
    "negociation/financement",
    "processus_achat/outils_aide_achat",  # offer grid and public price scoring
    "preparation/plan_prospection",  # lead scoring
)
MINIMUM_QUESTIONS = 5


def leaves() -> list[str]:
    """Outline lines with no child (the next line is not deeper); the first line is the title, not a leaf."""
    return [
        text
        for index, (depth, text) in enumerate(OUTLINE)
        if index > 0 and (index + 1 == len(OUTLINE) or OUTLINE[index + 1][0] <= depth)
    ]


def practised() -> dict[str, set[str]]:
    """Outline line → ids of the questions (all variants) that practise it."""
    found: dict[str, set[str]] = {}
    for bank in BANKS.values():
        for entry in bank.entries:
            for question in bank.variants(entry, VARIANT_SEEDS[:1]):
                for line in question.practises:
                    found.setdefault(normalise(line), set()).add(f"{bank.chapter}:{question.id}")
    return found


def chapters() -> list[str]:
    """The pages of parts A and B, and the « Repères » page."""
    toc = (ROOT / "book" / "_toc.yml").read_text(encoding="utf-8")
    return [
        line.split("file:", 1)[1].strip()
        for line in toc.splitlines()
        if "file:" in line and line.split("file:", 1)[1].strip().split("/")[0] in CHAPTER_FOLDERS
    ] + ["reperes"]


def test_practised_lines_are_lines_of_the_seed() -> None:
    known = {text for _, text in OUTLINE}
    unknown = sorted(set(practised()) - known)
    assert not unknown, f"lines not in the seed outline (typo?): {unknown}"


def test_every_leaf_of_the_seed_is_practised() -> None:
    done = practised()
    missing = [leaf for leaf in leaves() if leaf not in done]
    assert not missing, f"{len(missing)} seed leaves have no question: {missing}"


@pytest.mark.parametrize("chapter", chapters())
def test_every_chapter_has_a_quiz_of_five_questions(chapter: str) -> None:
    assert chapter in BANKS, f"no question bank for {chapter}"
    assert len(BANKS[chapter].entries) >= MINIMUM_QUESTIONS


@pytest.mark.parametrize("chapter", chapters())
def test_every_chapter_page_shows_its_quiz(chapter: str) -> None:
    text = (ROOT / "book" / f"{chapter}.md").read_text(encoding="utf-8")
    assert f"```{{quiz}} {chapter}" in text


@pytest.mark.parametrize("chapter", NUMERIC_CHAPTERS)
def test_numeric_chapters_draw_new_numbers(chapter: str) -> None:
    assert any(isinstance(entry, Parametrised) for entry in BANKS[chapter].entries)


def test_the_seed_has_leaves() -> None:
    assert len(leaves()) == 77
    assert "Conclusion : directe, implicite, alternative, proposition" in leaves()
