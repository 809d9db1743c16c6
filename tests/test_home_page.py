"""The home page's table « Ce que chaque chapitre entraîne » lists every chapter, and its total is the sum."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BOOK = ROOT / "book"
FOLDERS = ("processus_achat", "preparation", "negociation", "apres_vente")
ROW = re.compile(r"^\| \{doc\}`/([\w/]+)` \| [^|]+ \| ([^|]+) \|$", re.MULTILINE)


def minutes(text: str) -> int:
    """« 45 min », « 1 h 30 (dont 30 min de jeu de rôle) », « 21 h 15 min » → minutes."""
    found = re.match(r"\s*(?:(\d+) h)?\s*(?:(\d+)(?: min)?)?", text)
    assert found and any(found.groups()), text
    return int(found.group(1) or 0) * 60 + int(found.group(2) or 0)


def toc_chapters() -> list[str]:
    toc = (BOOK / "_toc.yml").read_text(encoding="utf-8")
    files = re.findall(r"- file: ([\w/]+)", toc)
    return [f for f in files if f.split("/")[0] in FOLDERS]


def test_the_home_page_lists_every_chapter_in_the_order_of_the_toc() -> None:
    rows = ROW.findall((BOOK / "index.md").read_text(encoding="utf-8"))
    assert [page for page, _ in rows if page.split("/")[0] in FOLDERS] == toc_chapters()


def test_the_total_duration_is_the_sum_of_the_chapters() -> None:
    text = (BOOK / "index.md").read_text(encoding="utf-8")
    total = re.search(r"Durée totale indicative : ([^,]+),", text)
    assert total
    assert minutes(total.group(1)) == sum(minutes(d) for _, d in ROW.findall(text))


def test_minutes_reads_the_french_durations() -> None:
    assert minutes("45 min") == 45
    assert minutes("1 h 30 (dont 30 min de jeu de rôle)") == 90
    assert minutes("21 h 15 min") == 1275
