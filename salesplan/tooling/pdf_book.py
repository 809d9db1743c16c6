"""One printable HTML document assembled from the built site: cover, contents, chapters (PDF editions).

Each page of the table of contents is taken from the built site (its
``<article>``: text, tables, figures), its ids are made unique
(``p-<page>--<id>``) and its links rewritten to point inside the document.
What only works on screen is replaced by a printed note:

- the quiz of a chapter becomes its worksheet (:mod:`pdf_worksheet`);
- the code folded on the site (``hide-input`` cells: imports, computations) is left
  out, its output printed: the page as it reads before any click (``FOLDED_CODE``);
- any element with the class ``no-print`` is left out, and any element with a
  ``data-print-note="…"`` attribute is replaced by that note: the convention
  for the site's interactive parts (simulators, forms);
- the interactive parts that exist already are matched by ``PRINT_NOTES``
  (widgets, simulators), with the same notes.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from posixpath import normpath
from typing import Any
from urllib.parse import urlsplit

from salesplan.exercises import get_bank
from salesplan.tooling.pdf_worksheet import worksheet_html

PRINT_NOTE = "data-print-note"
NO_PRINT = "no-print"
ONLINE = "Élément interactif : à utiliser sur le site du cours ou dans Jupyter."
PRINT_NOTES = {  # CSS selector of an existing interactive element -> printed note
    ".simulateur": "Simulateur interactif : à utiliser sur le site du cours ou dans Jupyter.",
    ".jupyter-widgets": ONLINE,
    ".widget-subarea": ONLINE,
    "form": ONLINE,
}
# The code of a cell tagged ``hide-input``, folded under « Afficher le code » on the site (a chapter's
# imports, a case study's computations): paper cannot unfold it, and the reader of the page does not
# need it, so the printed book shows what the site shows before any click, the cell's output.
# Code cells shown open on the site (the worked examples a chapter teaches) are printed.
FOLDED_CODE = ".cell.tag_hide-input > details.above-input"
REMOVED = (
    "a.headerlink",
    "script",
    "noscript",
    "button",
    ".sp-quiz-noscript",
    FOLDED_CODE,
    "details.above-input > summary",
)


@dataclass(frozen=True)
class Chapter:
    """One page of the document: its key (id prefix), title, part caption and printable HTML."""

    key: str
    title: str
    part: str
    body: str


@dataclass
class Document:
    """The pages of an edition, in order, with what the cover says."""

    title: str
    subtitle: str
    edition: str
    chapters: list[Chapter] = field(default_factory=list)


def page_key(path: str) -> str:
    """``negociation/montant_commande.html`` -> ``p-negociation-montant_commande``."""
    stem = path.removesuffix(".html")
    return "p-" + re.sub(r"[^A-Za-z0-9_]+", "-", stem)


def _soup(text: str) -> Any:
    from bs4 import BeautifulSoup

    return BeautifulSoup(text, "html.parser")


def _print_note(soup: Any, note: str) -> Any:
    tag = soup.new_tag("p", attrs={"class": "print-note"})
    tag.string = note
    return tag


def apply_print_convention(article: Any, soup: Any) -> None:
    """Leave out ``.no-print``, replace ``[data-print-note]`` and the known interactive parts by their note."""
    for element in article.select(f".{NO_PRINT}"):
        element.decompose()
    for element in article.select(f"[{PRINT_NOTE}]"):
        note = str(element.get(PRINT_NOTE, "")).strip()
        element.replace_with(_print_note(soup, note) if note else "")
    for selector, note in PRINT_NOTES.items():
        for element in article.select(selector):
            if element.parent is not None:
                element.replace_with(_print_note(soup, note))


def _quiz_chapter(node: Any, page_soup: Any) -> str | None:
    """The bank of the quiz rendered by ``sphinx_quiz`` in ``node`` (its JSON names the chapter)."""
    import json

    quiz = node.select_one(".sp-quiz[data-source]")
    if quiz is None:
        return None
    data = page_soup.find("script", id=quiz["data-source"])
    if data is None:
        return None
    chapter = json.loads(data.string or "{}").get("chapter")
    return str(chapter) if chapter else None


def _rewrite_links(article: Any, page: str, keys: dict[str, str]) -> None:
    key = keys[page]
    for element in article.select("[id]"):
        element["id"] = f"{key}--{element['id']}"
    for link in article.select("a[href]"):
        href = str(link["href"])
        parts = urlsplit(href)
        if parts.scheme in ("http", "https", "mailto"):
            continue
        if not parts.path:
            target_page = page
        else:
            base = page.rsplit("/", 1)[0] + "/" if "/" in page else ""
            target_page = normpath(base + parts.path)
        target = keys.get(target_page)
        if target is None:
            link.unwrap()  # a download, the index, the search page: nothing to follow on paper
            continue
        link["href"] = f"#{target}--{parts.fragment}" if parts.fragment else f"#{target}"


def chapter_from_page(site: Path, page: str, part: str, keys: dict[str, str], *, answers: bool = False) -> Chapter:
    """The printable part of one built page (``page`` relative to ``site``)."""
    soup = _soup((site / page).read_text(encoding="utf-8"))
    article = soup.select_one("article.bd-article") or soup.select_one("main") or soup.body
    for node in article.select(".sp-quiz-node"):
        chapter = _quiz_chapter(node, soup)
        sheet = worksheet_html(get_bank(chapter), answers=answers) if chapter else ""
        node.replace_with(_soup(sheet))
    for selector in REMOVED:
        for element in article.select(selector):
            element.decompose()
    for details in article.select("details"):
        details["open"] = ""
    apply_print_convention(article, soup)
    heading = article.find("h1")
    title = heading.get_text(" ", strip=True) if heading else page
    _rewrite_links(article, page, keys)
    key = keys[page]
    inner = "".join(str(child) for child in article.children)
    body = f'<section class="sp-chapter" id="{key}">{inner}</section>'
    return Chapter(key=key, title=title, part=part, body=body)


def css_string(text: str) -> str:
    """``text`` as a CSS string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def contents_html(document: Document, pages: dict[str, int] | None) -> str:
    """The table of contents: parts and chapters, with page numbers (``000`` before they are known)."""
    lines, part = ['<nav class="sp-toc" id="sommaire"><h1>Sommaire</h1><ol class="sp-toc-list">'], None
    for chapter in document.chapters:
        if chapter.part != part:
            part = chapter.part
            lines.append(f'<li class="sp-toc-part">{html.escape(part)}</li>')
        number = str(pages[chapter.key]) if pages and chapter.key in pages else "000"
        lines.append(
            f'<li class="sp-toc-entry"><a href="#{chapter.key}"><span class="sp-toc-title">'
            f'{html.escape(chapter.title)}</span><span class="sp-toc-page">{number}</span></a></li>'
        )
    lines.append("</ol></nav>")
    return "\n".join(lines)


def page_rules(chapters: Iterable[Chapter]) -> str:
    """One named page per chapter, whose running head is the chapter title."""
    rules = []
    for index, chapter in enumerate(chapters):
        name = f"chap{index}"
        rules.append(
            f".sp-chapter#{chapter.key} {{ page: {name}; }}\n"
            f"@page {name} {{ @top-left {{ content: {css_string(chapter.title)}; }} }}"
        )
    return "\n".join(rules)


def document_html(document: Document, *, css: str, base: str, pages: dict[str, int] | None, head: str = "") -> str:
    """The whole edition as one HTML page (``base``: the built site's URL, for its images and MathJax)."""
    cover = (
        '<section class="sp-cover">'
        f'<p class="sp-cover-kicker">BTS NDRC — Relation client et négociation-vente</p>'
        f"<h1>{html.escape(document.title)}</h1>"
        f'<p class="sp-cover-subtitle">{html.escape(document.subtitle)}</p>'
        f'<p class="sp-cover-edition">{html.escape(document.edition)}</p>'
        "</section>"
    )
    chapters = "\n".join(c.body for c in document.chapters)
    return (
        '<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">'
        f"<title>{html.escape(document.title)}</title>"
        f'<base href="{html.escape(base)}">'
        f"<style>{css}\n{page_rules(document.chapters)}</style>{head}</head>"
        f'<body class="sp-print">{cover}\n{contents_html(document, pages)}\n{chapters}</body></html>'
    )


__all__ = [
    "FOLDED_CODE",
    "NO_PRINT",
    "ONLINE",
    "PRINT_NOTE",
    "PRINT_NOTES",
    "REMOVED",
    "Chapter",
    "Document",
    "apply_print_convention",
    "chapter_from_page",
    "contents_html",
    "css_string",
    "document_html",
    "page_key",
    "page_rules",
]
