"""The whole built site in a real browser (Debian chromium through Playwright) and axe-core.

One pass visits every page once (one browser, one context, one tab) and records what
each test below then checks: console and page errors, failed or refused requests,
requests to any host but 127.0.0.1, ``lang``, image alternatives, widgets, quizzes and
axe-core violations. Screenshots go to ``book/_build/screenshots/``.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

from salesplan.tooling.browser import chromium, served
from salesplan.tooling.build import BOOK, ROOT

pytestmark = [pytest.mark.build, pytest.mark.browser]

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = BOOK / "_build" / "screenshots"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
HOME, FIGURE_PAGE, QUIZ_PAGE = "index.html", "negociation/montant_commande.html", "negociation/montant_commande.html"
CASE_STUDY = "etudes_de_cas/cas_bureautik_pro_cabinet_architectes.html"

# Run in the page once it has loaded: every quiz container initialised (its first « Vérifier » button exists).
QUIZZES_READY = """() => [...document.querySelectorAll('.sp-quiz')].every((quiz) =>
  [...quiz.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Vérifier'))"""
PAGE_FACTS = """() => ({
  lang: document.documentElement.lang,
  imagesWithoutAlt: [...document.images].filter((i) => !(i.getAttribute('alt') || '').trim())
    .map((i) => i.src.slice(0, 80)),
  quizzes: document.querySelectorAll('.sp-quiz').length,
  widgetViews: document.querySelectorAll('script[type="application/vnd.jupyter.widget-view+json"]').length,
})"""
WIDGETS_RENDERED = """() => [...document.querySelectorAll('script[type="application/vnd.jupyter.widget-view+json"]')]
  .every((s) => s.parentElement.querySelector('.widget-subarea .jupyter-widgets'))"""
AXE_RUN = """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
  .filter((v) => v.impact === 'serious' || v.impact === 'critical')
  .map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)"""


def site_pages(site: Path) -> list[str]:
    return sorted(
        p.relative_to(site).as_posix()
        for p in site.rglob("*.html")
        if "_static" not in p.parts and "_sources" not in p.parts and "reports" not in p.parts
    )


@dataclass
class Visit:
    """What one page did in the browser."""

    problems: list[str] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)
    axe: list[str] = field(default_factory=list)
    seconds: float = 0.0


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[str]:
    with served(site) as url:
        yield url


@pytest.fixture(scope="module")
def tab(server: str) -> Iterator[Any]:
    """One browser, one context, one tab; ``tab.problems`` collects what went wrong since the last clear."""
    assert AXE.is_file(), "npm ci (axe-core is a devDependency in package.json)"
    with chromium() as browser:
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
        page = context.new_page()
        problems: list[str] = []
        page.problems = problems  # type: ignore[attr-defined]
        page.on("console", lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        page.on("requestfailed", lambda r: problems.append(f"failed: {r.url} {r.failure}"))
        page.on("response", lambda r: problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
        page.on("request", lambda r: check_host(r.url, problems))
        yield page


def check_host(url: str, problems: list[str]) -> None:
    parts = urlsplit(url)
    if parts.scheme not in {"data", "blob", "about"} and parts.hostname != "127.0.0.1":
        problems.append(f"third-party request: {url}")


@pytest.fixture(scope="module")
def visits(site: Path, server: str, tab: Any) -> dict[str, Visit]:
    """Every page of the site, visited once."""
    results: dict[str, Visit] = {}
    for name in site_pages(site):
        tab.problems.clear()
        start = time.perf_counter()
        tab.goto(f"{server}/{name}", wait_until="load")
        visit = Visit(facts=tab.evaluate(PAGE_FACTS))
        if visit.facts["quizzes"]:
            try:
                tab.wait_for_function(QUIZZES_READY, timeout=5000)
            except Exception:
                visit.problems.append("a quiz did not initialise")
        if visit.facts["widgetViews"]:
            try:
                tab.wait_for_function(WIDGETS_RENDERED, timeout=15000)
            except Exception:
                visit.problems.append("a widget did not render")
        visit.seconds = time.perf_counter() - start
        tab.add_script_tag(path=str(AXE))
        visit.axe = tab.evaluate(AXE_RUN)
        visit.problems += tab.problems
        results[name] = visit
    return results


def failures(visits: dict[str, Visit], attribute: str) -> dict[str, Any]:
    return {name: getattr(v, attribute) for name, v in visits.items() if getattr(v, attribute)}


def test_every_page_is_visited(site: Path, visits: dict[str, Visit]) -> None:
    assert len(visits) >= 30 and {HOME, "search.html", "genindex.html", QUIZ_PAGE, CASE_STUDY} <= set(visits)
    slowest = max(visits.values(), key=lambda v: v.seconds)
    assert slowest.seconds < 10


def test_no_error_no_failed_request_no_third_party_host(visits: dict[str, Visit]) -> None:
    assert failures(visits, "problems") == {}


def test_every_page_is_french_and_every_image_has_alt(visits: dict[str, Visit]) -> None:
    assert {name for name, v in visits.items() if v.facts["lang"] != "fr"} == set()
    assert {name: v.facts["imagesWithoutAlt"] for name, v in visits.items() if v.facts["imagesWithoutAlt"]} == {}


def test_widgets_render_or_none_is_published(site: Path, visits: dict[str, Visit]) -> None:
    """Every widget view a page holds is drawn by the offline widget manager (none may stay dead)."""
    with_widgets = {name for name, v in visits.items() if v.facts["widgetViews"]}
    in_html = {name for name in visits if WIDGET_VIEW in (site / name).read_text(encoding="utf-8")}
    assert with_widgets == in_html
    assert [name for name in with_widgets if "a widget did not render" in visits[name].problems] == []


def test_every_quiz_initialises(visits: dict[str, Visit]) -> None:
    with_quiz = [name for name, v in visits.items() if v.facts["quizzes"]]
    assert len(with_quiz) >= 10
    assert not [name for name in with_quiz if "a quiz did not initialise" in visits[name].problems]


def test_no_serious_or_critical_accessibility_violation(visits: dict[str, Visit]) -> None:
    assert failures(visits, "axe") == {}


def test_search_finds_a_french_term(server: str, tab: Any) -> None:
    """The theme's search dialog (Ctrl+K) leads to search.html, which reads searchindex.js offline."""
    tab.problems.clear()
    tab.goto(f"{server}/{HOME}")
    tab.get_by_role("button", name="Recherche").first.click()
    box = tab.locator("#pst-search-dialog input[name='q']")
    box.fill("rétractation")
    box.press("Enter")
    tab.wait_for_url("**/search.html?q=*")
    hit = tab.locator("#search-results a[href*='negociation/droit_retractation.html']").first
    hit.wait_for(timeout=10000)
    assert "rétractation" in tab.locator("#search-results").inner_text().lower()
    assert tab.problems == []


class Anchors(HTMLParser):
    """Every ``href`` and every ``id``/``name`` of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in {"a", "link", "area"} and a.get("href"):
            self.hrefs.append(a["href"])
        self.ids |= {a[k] for k in ("id", "name") if a.get(k) and (k == "id" or tag == "a")}


@functools.cache
def anchors(path: Path) -> Anchors:
    parser = Anchors()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_every_internal_link_resolves(site: Path) -> None:
    broken = []
    for name in site_pages(site):
        page = site / name
        for href in anchors(page).hrefs:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc:
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if not target.is_file() or site.resolve() not in target.parents:
                broken.append(f"{name}: {href}")
            elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in anchors(target).ids:
                broken.append(f"{name}: {href} (no such anchor)")
    assert broken == []


def test_no_apostrophe_turned_into_a_closing_quote(site: Path) -> None:
    """Smart quotes read « l'**mot** » as a closing English quote (l”mot): write l’**mot** in the source."""
    wrong = {
        name: found
        for name in site_pages(site)
        if (found := re.findall(r"\b(?:[cdjlmnst]|qu)”<", (site / name).read_text(encoding="utf-8"), flags=re.I))
    }
    assert wrong == {}


def test_screenshots(server: str, tab: Any) -> None:
    """Home, a chapter's figure, a quiz after a wrong answer, a case study: PNGs for people to look at.

    A fresh context, as a first visit: the theme restores the sidebar's scroll position from the session.
    """
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = tab.context.browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{server}/{HOME}")
    page.screenshot(path=str(SCREENSHOTS / "accueil.png"))
    page.goto(f"{server}/{FIGURE_PAGE}")
    page.locator("article img").first.scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "chapitre_figure.png"))
    page.wait_for_function(QUIZZES_READY)
    question = page.locator(".sp-q").first
    question.get_by_label("Votre réponse").fill("1")
    question.get_by_role("button", name="Vérifier").click()
    assert question.locator(".sp-feedback").inner_text().strip()
    question.scroll_into_view_if_needed()
    question.screenshot(path=str(SCREENSHOTS / "quiz_reponse_fausse.png"))
    page.goto(f"{server}/{CASE_STUDY}")
    page.screenshot(path=str(SCREENSHOTS / "etude_de_cas.png"))
    context.close()
    names = {"accueil.png", "chapitre_figure.png", "quiz_reponse_fausse.png", "etude_de_cas.png"}
    assert all((SCREENSHOTS / n).stat().st_size > 5000 for n in names)
    assert errors == []


def test_no_page_scrolls_sideways_on_a_phone(site: Path, server: str, tab: Any) -> None:
    """At 390 px, long inline code (``salesplan.facture.obligations_facturation_electronique``) wraps."""
    phone = tab.context.browser.new_page(viewport={"width": 390, "height": 844})
    wide = {}
    for name in site_pages(site):
        phone.goto(f"{server}/{name}", wait_until="load")
        width = phone.evaluate("document.documentElement.scrollWidth")
        if width > 390:
            wide[name] = width
    phone.close()
    assert wide == {}
