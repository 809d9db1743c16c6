"""Coverage of the question banks: every leaf of the seed is practised, every chapter has its quiz."""

from __future__ import annotations

import dataclasses
import re
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


# ---------------------------------------------------------------- the sales interview chapters (issue #11)

INTERVIEW_CATALOGUES = {
    "negociation/decouverte": ("OUTILS_DECOUVERTE", "TYPES_QUESTIONS", "MOBILES_ACHAT"),
    "negociation/argumentation": ("ELEMENTS_ARGUMENT", "METHODES_ARGUMENTATION", "PREUVES"),
    "negociation/objections": ("NATURES_OBJECTIONS", "OBJETS_OBJECTIONS", "TECHNIQUES_OBJECTIONS"),
    "negociation/presentation_prix": ("TECHNIQUES_PRIX", "NOTIONS_PRIX"),
}
SHINGLE = 8  # words: a run this long, shared with the page, is a repeated sentence (or most of one)


def _strings(value: object) -> list[str]:
    """Every string held by a question (dataclass fields, tuples, sets), recursively."""
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in _strings(getattr(value, f.name))]
    if isinstance(value, tuple | list | frozenset | set):
        return [s for item in value for s in _strings(item)]
    return []


def _situations(question: object) -> list[str]:
    """What the student reads as the situation: prompt, items, choices, scenario lines and replies."""
    texts = [getattr(question, "prompt", "")]
    for name in ("items", "choices"):
        texts += [item.text for item in getattr(question, name, ())]
    for line in getattr(question, "lines", ()):
        texts += [line.text, *(reply.text for reply in line.replies)]
    return texts


def _shingles(text: str) -> set[str]:
    """Every run of SHINGLE consecutive words of the text, lower case, punctuation and markup left out."""
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def test_interview_chapters_are_in_the_toc_in_interview_order() -> None:
    toc = (ROOT / "book" / "_toc.yml").read_text(encoding="utf-8")
    order = ["negociation/prise_de_contact", *INTERVIEW_CATALOGUES, "negociation/conclusion_vente"]
    positions = [toc.index(f"file: {page}\n") for page in order]
    assert positions == sorted(positions)


@pytest.mark.parametrize("chapter", INTERVIEW_CATALOGUES)
def test_interview_catalogues_are_used_by_their_chapter_and_quiz(chapter: str) -> None:
    import salesplan.concepts as concepts

    page = (ROOT / "book" / f"{chapter}.md").read_text(encoding="utf-8")
    bank_text = " ".join(s for question in BANKS[chapter].questions() for s in _strings(question))
    for name in INTERVIEW_CATALOGUES[chapter]:
        catalogue = getattr(concepts, name)
        assert catalogue in concepts.CATALOGUES, f"{name} is not registered (glossary)"
        assert re.search(rf"\b{name}\b", page), f"{chapter} does not show {name}"
        assert any(c.libelle in bank_text or c.definition in bank_text for c in catalogue), (
            f"the quiz of {chapter} uses no concept of {name}"
        )


@pytest.mark.parametrize("chapter", INTERVIEW_CATALOGUES)
def test_interview_quiz_situations_are_new(chapter: str) -> None:
    """A quiz does not ask again what the chapter shows: no situation sentence is a sentence of the page or of
    the examples of its catalogues."""
    import salesplan.concepts as concepts

    shown = _shingles((ROOT / "book" / f"{chapter}.md").read_text(encoding="utf-8"))
    for name in INTERVIEW_CATALOGUES[chapter]:
        shown |= {s for c in getattr(concepts, name) for s in _shingles(c.exemple)}
    repeated = sorted(
        {run for question in BANKS[chapter].questions() for text in _situations(question) for run in _shingles(text)}
        & shown
    )
    assert not repeated, repeated


@pytest.mark.parametrize("chapter", INTERVIEW_CATALOGUES)
def test_each_interview_chapter_has_a_full_interview_and_a_printable_role_play(chapter: str) -> None:
    from salesplan.exercises.scenario import ScenarioQuestion, best_total

    scenarios = [q for q in BANKS[chapter].questions() if isinstance(q, ScenarioQuestion)]
    assert scenarios and all(len(s.lines) >= 8 and best_total(s) >= 8 for s in scenarios)
    page = (ROOT / "book" / f"{chapter}.md").read_text(encoding="utf-8")
    assert "### Fiche situation (type épreuve E4)" in page and "### Grille d'observation du jeu de rôle" in page
    assert "Profil de l'acheteur" in page and page.count("| ☐ | ☐ | ☐ |") >= 8


def test_the_e4_interview_goes_through_every_phase_with_the_buying_centre() -> None:
    from salesplan.exercises.banks._entretien_e4 import entretien_complet
    from salesplan.exercises.scenario import best_total

    interview = entretien_complet("negociation/presentation_prix")
    assert interview.id in {q.id for q in BANKS["negociation/presentation_prix"].questions()}
    assert {line.speaker for line in interview.lines} >= {"decideur", "acheteur", "utilisateur"}
    debriefs = " ".join(r.debrief for line in interview.lines for r in line.replies).lower()
    for phase in ("prise de contact", "découverte", "argumentation", "objection", "prix plancher", "signal d'achat"):
        assert phase in debriefs, phase
    assert best_total(interview) == 2 * sum(1 for _ in _best_path(interview))


def _best_path(question: object) -> list[str]:
    """The line ids along the best replies (the ideal interview)."""
    line = question.start  # type: ignore[attr-defined]
    ids = []
    while not line.is_end:
        ids.append(line.id)
        line = question.line(max(line.replies, key=lambda r: r.points).next)  # type: ignore[attr-defined]
    return ids
