"""The built site speaks French everywhere: no English left by the theme, no « (s) », no Python numbers, no dtype."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytestmark = pytest.mark.build

THEME_STRINGS = (
    "Toggle primary sidebar",
    "Toggle secondary sidebar",
    "Toggle navigation",
    "Toggle hidden content",
    "Search this book",
    "Search the docs",
    "Show code cell",
    "Hide code cell",
    "Skip to main content",
    "Back to top",
    "Download this page",
    "Download source file",
    "Download notebook file",
    "Fullscreen mode",
    "Print to PDF",
    "Light/Dark",
    "On this page",
    "Copy to clipboard",
    "Previous page",
    "Next page",
    "Last updated",
    "Edit this page",
    "Open an issue",
    "Launch Binder",
    "Source repository",
)
SHORT_STRINGS = ("Main", "Contents", "previous", "next", "Search", "Theme", "Copied!")
"""English words that are only wrong when they are the whole text or the whole attribute."""
ATTRIBUTES = ("aria-label", "title", "placeholder", "alt", "data-bs-title", "data-tooltip")
SKIPPED = {"script", "style", "pre", "code", "kbd", "svg", "math"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "nav"}  # « 1.2 Objectifs » numbers sections
PYTHON_NUMBER = re.compile(r"(?<![\w.,/:=-])\d+\.\d+(?![\w.])")
PLURAL = re.compile(r"\w\(s\)")
VERSION = re.compile(r"\b[A-Z]{2,} $")  # « SIL OFL 1.1 », « CC BY 4.0 » : a version, not a number


def python_numbers(text: str) -> list[str]:
    """Numbers written the Python way (« 16195.60 »), versions of named licences left aside."""
    return [m.group() for m in PYTHON_NUMBER.finditer(text) if not VERSION.search(text[: m.start()])]


class Page(HTMLParser):
    """Visible text (outside code), heading-free text, and the attributes a person may hear or see."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.prose: list[str] = []
        self.attributes: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in {"br", "img", "input", "meta", "link", "hr", "wbr", "source", "col"}:
            self.stack.append(tag)
        self.attributes += [value for name, value in attrs if name in ATTRIBUTES and value]

    def handle_endtag(self, tag: str) -> None:
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if SKIPPED & set(self.stack) or not data.strip():
            return
        self.texts.append(data.strip())
        if not HEADINGS & set(self.stack):
            self.prose.append(data.strip())


def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if not {"_static", "_sources", "_images"} & set(p.parts))


def read(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.fixture(scope="module")
def parsed(site: Path) -> dict[str, Page]:
    return {str(p.relative_to(site)): read(p) for p in pages(site)}


def test_the_site_has_pages(parsed: dict[str, Page]) -> None:
    assert len(parsed) > 30 and "etudes_de_cas/cas_cse_billetterie.html" in parsed


def test_no_english_interface_string(parsed: dict[str, Page]) -> None:
    found = []
    for name, page in parsed.items():
        for value in page.texts + page.attributes:
            text = html.unescape(value).strip()
            if any(s.lower() in text.lower() for s in THEME_STRINGS) or text in SHORT_STRINGS:
                found.append(f"{name}: {text[:80]}")
    assert not found, "\n".join(sorted(set(found))[:40])


def test_no_plural_in_brackets(parsed: dict[str, Page]) -> None:
    found = [f"{n}: {t[:80]}" for n, p in parsed.items() for t in p.texts + p.attributes if PLURAL.search(t)]
    assert not found, "\n".join(found[:40])


def test_no_python_number_in_running_text_or_tables(parsed: dict[str, Page]) -> None:
    found = [f"{n}: {t[:100]}" for n, p in parsed.items() for t in p.prose if python_numbers(t)]
    assert not found, "\n".join(found[:40])


def test_no_dtype(parsed: dict[str, Page]) -> None:
    found = [n for n, p in parsed.items() if any("dtype" in t for t in p.texts)]
    assert not found, found


def test_the_checks_catch_what_they_look_for() -> None:
    page = Page()
    page.feed(
        '<button title="Toggle primary sidebar"></button><p>Montant : 16195.60 et 1 commande(s)</p>'
        "<h2>1.2 Objectifs</h2><pre>x = 1.5</pre><p>Name: valeur, dtype: str</p>"
    )
    assert "Toggle primary sidebar" in page.attributes
    assert [t for t in page.prose if python_numbers(t)] == ["Montant : 16195.60 et 1 commande(s)"]
    assert not python_numbers("licences SIL OFL 1.1 et CC BY 4.0")
    assert any(PLURAL.search(t) for t in page.texts) and any("dtype" in t for t in page.texts)
    assert "1.2 Objectifs" in page.texts and "1.2 Objectifs" not in page.prose
