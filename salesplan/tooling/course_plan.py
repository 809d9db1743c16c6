"""The course plan: every line of the seed mind map and the pages that teach it.

The plan file (``book/_data/plan_du_cours.txt``) copies the seed outline tree
line for line, two spaces of indentation per level, and adds after `` | ``
the docnames of the pages teaching the line, separated by spaces::

    A - Processus d'achat des entreprises | processus_achat/typologie_clients
      Typologie du client | processus_achat/typologie_clients

Blank lines and lines starting with ``#`` are ignored.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

INDENT = 2
SEPARATOR = " | "


@dataclass(frozen=True)
class PlanLine:
    """One line of the mind map: its depth in the tree, its text, the pages teaching it."""

    depth: int
    text: str
    pages: tuple[str, ...]


def normalise(text: str) -> str:
    """NFC, single spaces: how two copies of the same outline line are compared."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def _depth(line: str, where: str) -> int:
    spaces = len(line) - len(line.lstrip(" "))
    if spaces % INDENT:
        raise ValueError(f"{where}: indentation of {spaces} spaces is not a multiple of {INDENT}")
    return spaces // INDENT


def outline_tree(markdown: str) -> list[tuple[int, str]]:
    """The (depth, text) lines of the first fenced block of the seed's outline.md."""
    match = re.search(r"^```[^\n]*\n(.*?)^```", markdown, flags=re.M | re.S)
    if match is None:
        raise ValueError("no fenced block (```) in the outline")
    return [
        (_depth(line, f"outline line {number}"), normalise(line))
        for number, line in enumerate(match.group(1).splitlines(), start=1)
        if line.strip()
    ]


def parse_plan(text: str) -> list[PlanLine]:
    """Read a plan file (format in the module docstring)."""
    lines = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        label, sep, pages = raw.partition(SEPARATOR)
        if not sep or not pages.split():
            raise ValueError(f"plan line {number} names no page after {SEPARATOR.strip()!r}: {raw.strip()!r}")
        lines.append(PlanLine(_depth(label, f"plan line {number}"), normalise(label), tuple(pages.split())))
    return lines


def read_plan(path: Path) -> list[PlanLine]:
    """Read the plan file at ``path``."""
    return parse_plan(path.read_text(encoding="utf-8"))


__all__ = ["INDENT", "SEPARATOR", "PlanLine", "normalise", "outline_tree", "parse_plan", "read_plan"]
