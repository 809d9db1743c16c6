"""Every « Revoir la notion » link of the quizzes leads somewhere: its page is built and its anchor is on it.

The banks name their targets by hand (``NotionLink("negociation/montant_commande", "notions")``): a heading
renamed in a chapter would silently break the link; this test reads the built site.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from salesplan.exercises import BANKS
from salesplan.exercises.bank import VARIANT_SEEDS


def links() -> list[tuple[str, str, str, str]]:
    """(bank, question id, page, anchor) of every link of every question (first variant of the drawn ones)."""
    found = []
    for chapter, bank in BANKS.items():
        for entry in bank.entries:
            for question in bank.variants(entry, VARIANT_SEEDS[:1]):
                link = question.link
                if link is not None and link.page:
                    found.append((chapter, question.id, link.page, link.anchor))
    return found


def anchors(site: Path, page: str) -> set[str] | None:
    """The ids of a built page, or None when the page was not built."""
    return _anchors(str(site / f"{page}.html"))


@cache
def _anchors(path: str) -> set[str] | None:
    file = Path(path)
    if not file.is_file():
        return None
    return set(re.findall(r"""\bid=["']([^"']+)["']""", file.read_text(encoding="utf-8")))


def test_the_banks_have_links() -> None:
    assert len(links()) >= len(BANKS)


def test_every_quiz_link_target_exists_in_the_built_site(site: Path) -> None:
    broken = []
    for chapter, question, page, anchor in links():
        ids = anchors(site, page)
        if ids is None:
            broken.append(f"{chapter}:{question} → page {page} n'existe pas")
        elif anchor and anchor not in ids:
            broken.append(f"{chapter}:{question} → #{anchor} n'est pas sur {page}")
    assert not broken, "\n".join(broken)
