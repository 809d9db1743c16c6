"""The course site: strict offline build, plan of the course, glossary, downloads."""

from __future__ import annotations

import html
import json
import re
import sys
import textwrap
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from salesplan.concepts import Catalogue, Concept
from salesplan.tooling import sphinx_offline
from salesplan.tooling.build import BOOK, ROOT
from salesplan.tooling.course_plan import outline_tree, parse_plan, read_plan
from salesplan.tooling.sphinx_course import glossary_markdown, load_catalogues

PLAN = BOOK / "_data" / "plan_du_cours.txt"
SEED = BOOK / "_data" / "outline_seed.md"
CHAPTER_FOLDERS = ("processus_achat", "preparation", "negociation", "apres_vente")
CHAPTERS = sorted(path for folder in CHAPTER_FOLDERS for path in (BOOK / folder).glob("*.md"))


# ---------------------------------------------------------------- the strict build


def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "_static" not in p.parts and "_sources" not in p.parts)


class AssetParser(HTMLParser):
    """Collects every URL a browser loads by itself: scripts, stylesheets, fonts, icons, images, frames."""

    LOADED_LINKS = frozenset({"stylesheet", "preload", "icon", "shortcut", "apple-touch-icon", "modulepreload", "font"})

    def __init__(self) -> None:
        super().__init__()
        self.loaded: list[str] = []
        self.lang: str | None = None
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.lang = a.get("lang")
        if tag in {"script", "img", "source", "iframe", "audio", "video", "embed"} and "src" in a:
            self.loaded.append(a["src"])
        if tag == "link" and self.LOADED_LINKS & set(a.get("rel", "").lower().split()):
            self.loaded.append(a.get("href", ""))
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        if "style" in a:
            self.loaded += re.findall(r"url\(\s*['\"]?([^'\")]+)", a["style"])


def parse(page: Path) -> AssetParser:
    parser = AssetParser()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def is_absolute(url: str) -> bool:
    return bool(re.match(r"^\s*(https?:)?//", url, flags=re.I))


@pytest.mark.build
def test_no_page_loads_a_third_party_asset(site: Path) -> None:
    offending = {
        f"{page.relative_to(site)}: {url}" for page in pages(site) for url in parse(page).loaded if is_absolute(url)
    }
    assert not offending, "\n".join(sorted(offending))


@pytest.mark.build
def test_no_stylesheet_loads_a_third_party_font_or_image(site: Path) -> None:
    offending = []
    for css in site.rglob("*.css"):
        text = css.read_text(encoding="utf-8", errors="replace")
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", text) + re.findall(r"@import\s+['\"]([^'\"]+)", text):
            if is_absolute(url):
                offending.append(f"{css.relative_to(site)}: {url}")
    assert not offending, "\n".join(offending)


@pytest.mark.build
def test_every_page_is_in_french(site: Path) -> None:
    wrong = [str(page.relative_to(site)) for page in pages(site) if parse(page).lang != "fr"]
    assert not wrong


@pytest.mark.build
def test_every_local_asset_of_a_page_exists(site: Path) -> None:
    missing = []
    for page in pages(site):
        for url in parse(page).loaded:
            path = url.split("?")[0].split("#")[0]
            local = path and not is_absolute(url) and not path.startswith("data:")
            if local and not (page.parent / path).resolve().is_file():
                missing.append(f"{page.relative_to(site)}: {url}")
    assert not missing, "\n".join(missing)


@pytest.mark.build
def test_vendored_files_are_served(site: Path) -> None:
    root = site / "_static" / sphinx_offline.VENDOR
    for _, relative in sphinx_offline.vendored_files(ROOT / "node_modules"):
        assert (root / relative).is_file(), relative
    assert (root / "widgets-setup.js").read_text(encoding="utf-8") == sphinx_offline.WIDGETS_SETUP_JS


@pytest.mark.build
@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda p: p.stem)
def test_each_chapter_offers_its_notebook(site: Path, chapter: Path) -> None:
    docname = chapter.relative_to(BOOK).with_suffix("").as_posix()
    page = site / f"{docname}.html"
    notebook = site / "_sources" / f"{docname}.ipynb"
    assert any(link.endswith(f"_sources/{docname}.ipynb") for link in parse(page).links)
    data = json.loads(notebook.read_text(encoding="utf-8"))
    assert data["metadata"]["kernelspec"]["name"] == "python3"
    assert any("import salesplan" in "".join(cell["source"]) for cell in data["cells"] if cell["cell_type"] == "code")


@pytest.mark.build
def test_every_planned_page_is_built(site: Path) -> None:
    missing = {page for line in read_plan(PLAN) for page in line.pages if not (site / f"{page}.html").is_file()}
    assert not missing


@pytest.mark.build
def test_glossary_lists_every_concept(site: Path) -> None:
    raw = (site / "glossaire.html").read_text(encoding="utf-8")
    text = html.unescape(raw).replace("\u2019", "'")
    labels = {c.libelle for catalogue in load_catalogues("salesplan.concepts:CATALOGUES") for c in catalogue}
    assert labels
    assert [label for label in labels if label.replace("\u2019", "'") not in text] == []
    assert raw.count('<dt id="term-') == len({label.lower() for label in labels})


# ---------------------------------------------------------------- the plan of the course


def test_plan_mirrors_every_line_of_the_seed_outline() -> None:
    seed = outline_tree(SEED.read_text(encoding="utf-8"))
    plan = [(line.depth, line.text) for line in read_plan(PLAN)]
    assert len(seed) > 100
    assert plan == seed


def test_plan_pages_are_in_the_table_of_contents() -> None:
    toc = (BOOK / "_toc.yml").read_text(encoding="utf-8")
    in_toc = set(re.findall(r"file:\s*(\S+)", toc)) | {"index"}
    assert {page for line in read_plan(PLAN) for page in line.pages} <= in_toc


def test_plan_line_without_page_is_refused() -> None:
    with pytest.raises(ValueError, match="line 2 names no page"):
        parse_plan("A | index\n  B\n")
    with pytest.raises(ValueError, match="not a multiple"):
        parse_plan(" A | index\n")


# ---------------------------------------------------------------- chapters' skeleton

SKELETON = ("## Objectifs", "## Notions", "## Entraînement", "## À retenir", "## Sources")


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda p: p.stem)
def test_chapter_is_a_notebook_with_the_fixed_headings(chapter: Path) -> None:
    text = chapter.read_text(encoding="utf-8")
    assert text.startswith("---\njupytext:") and "kernelspec:" in text and "name: python3" in text
    positions = [text.find(heading) for heading in SKELETON]
    assert -1 not in positions and positions == sorted(positions), chapter
    assert "```{code-cell} ipython3" in text and "import salesplan as sp" in text
    assert re.search(r"vérifiées? le \d\d/\d\d/\d{4}", text)


# ---------------------------------------------------------------- glossary from catalogues


def fake_catalogues() -> tuple[Catalogue[Concept], ...]:
    roles = Catalogue(
        "rôles",
        (
            Concept("decideur", "Décideur", "Celui qui tranche.", "Le directeur signe.", "Webster et Wind (1972)"),
            Concept("acheteur", "Acheteur", "Celui qui négocie.", "Le service achats."),
        ),
    )
    cse = Catalogue("CSE", (Concept("decideur", "décideur", "Le bureau du CSE.", "Le trésorier vote."),))
    return roles, cse


def test_glossary_merges_labels_found_in_several_catalogues() -> None:
    text = glossary_markdown(fake_catalogues())
    terms = [line for line in text.splitlines() if line and not line.startswith((" ", "`", ":"))]
    assert terms == ["Décideur", "Acheteur"]
    assert "**rôles** — Celui qui tranche." in text and "**CSE** — Le bureau du CSE." in text
    assert "*Source* : Webster et Wind (1972)" in text


def test_missing_catalogues_fail_clearly() -> None:
    from sphinx.errors import ExtensionError

    with pytest.raises(ExtensionError, match="has no 'NOPE'"):
        load_catalogues("salesplan.concepts:NOPE")


@pytest.fixture
def fake_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    (tmp_path / "fake_concepts.py").write_text(
        "from tests.test_site import fake_catalogues\nCATALOGUES = fake_catalogues()\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.syspath_prepend(str(ROOT))
    yield "fake_concepts:CATALOGUES"
    sys.modules.pop("fake_concepts", None)


def test_glossary_with_duplicate_labels_builds_without_warning(tmp_path: Path, fake_module: str) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "conf.py").write_text(
        textwrap.dedent(f"""
        extensions = ["myst_parser", "salesplan.tooling.sphinx_course"]
        concept_catalogues = {fake_module!r}
        language = "fr"
        """),
        encoding="utf-8",
    )
    (src / "index.md").write_text(
        "# Test\n\nLe {term}`Décideur` et l'{term}`acheteur`.\n\n```{concept-glossary}\n```\n", encoding="utf-8"
    )
    from sphinx.cmd.build import build_main

    out = tmp_path / "out"
    assert build_main(["-q", "-n", "-W", "-b", "html", str(src), str(out)]) == 0
    html = (out / "index.html").read_text(encoding="utf-8")
    assert html.count('<dt id="term-') == 2
    assert 'href="#term-D' in html


# ---------------------------------------------------------------- offline assets


def test_missing_node_modules_fail_clearly(tmp_path: Path) -> None:
    from sphinx.errors import ExtensionError

    with pytest.raises(ExtensionError, match="npm ci"):
        sphinx_offline.vendored_files(tmp_path)


def test_about_page_lists_every_vendored_package() -> None:
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    declared = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["dependencies"]
    assert {asset.package for asset in sphinx_offline.ASSETS} == set(declared)
    for package, version in declared.items():
        assert lock["packages"][f"node_modules/{package}"]["version"] == version


def test_the_outline_copy_matches_the_seed() -> None:
    """book/_data/outline_seed.md is a copy (the site must build without shared/); it must not drift."""
    shared = ROOT.parent / "shared" / "seed" / "outline.md"
    if shared.is_file():  # beside every checkout of this workplace, CI included
        assert SEED.read_bytes() == shared.read_bytes(), "recopiez ../shared/seed/outline.md dans book/_data/"
    assert "A - Processus d'achat des entreprises" in SEED.read_text(encoding="utf-8")
