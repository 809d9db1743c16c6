"""The PDF editions (issue #10): cours.pdf for students, corriges.pdf for teachers, read back with poppler."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from salesplan.exercises import BANKS
from salesplan.exercises.markup import to_text
from salesplan.tooling.assignments import solution_fingerprints, solution_paths
from salesplan.tooling.build import ROOT, TEACHER, TEACHER_OUTPUT, build_command, teacher_source
from salesplan.tooling.pdf_book import _soup, apply_print_convention, chapter_from_page, page_key
from salesplan.tooling.pdf_worksheet import ANSWER_LABEL, EXPLANATION_LABEL, worksheet_html

SCREENSHOTS = ROOT / "book" / "_build" / "screenshots"


def flat(text: str) -> str:
    """Whitespace (line breaks, no-break spaces) collapsed: what a reader sees, for comparisons."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", text).strip()


def loose(text: str) -> str:
    """``flat`` without hyphens: pdftotext joins « désigne-t-|elle » at a line end as « désigne-telle »."""
    return flat(text).replace("-", "")


def pdf_text(path: Path, *, first: int | None = None, last: int | None = None, layout: bool = False) -> str:
    pages = (["-f", str(first)] if first else []) + (["-l", str(last)] if last else [])
    command = ["pdftotext", *pages, *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def running_text(path: Path) -> str:
    """The text of every page without its running head (chapter, course) and foot (page number)."""
    pages = []
    for page in pdf_text(path).split("\f"):
        lines = [line for line in page.splitlines() if line.strip()]
        if lines and lines[-1].startswith("Page "):
            lines = lines[2:-1]  # head: chapter title, then the course's title; foot: « Page n sur N »
        pages.append("\n".join(lines))
    return "\n".join(pages)


def prompts() -> Iterator[tuple[str, str, str]]:
    for chapter, bank in BANKS.items():
        for question in bank.questions():
            yield chapter, question.id, loose(to_text(question.prompt))


# ---------------------------------------------------------------- without a browser


def test_worksheet_has_boxes_and_no_answer() -> None:
    for bank in BANKS.values():
        sheet, key = worksheet_html(bank), worksheet_html(bank, answers=True)
        assert ANSWER_LABEL not in sheet and EXPLANATION_LABEL not in sheet and "✓" not in sheet
        assert "sp-box" in sheet or "sp-tick" in sheet
        assert key.count(ANSWER_LABEL) == key.count(EXPLANATION_LABEL) == len(bank.questions())


def test_print_convention_replaces_interactive_parts() -> None:
    soup = _soup(
        '<article><p>texte</p><div class="no-print">bouton</div>'
        '<div data-print-note="Simulateur : sur le site.">formulaire</div>'
        '<div data-print-note="">rien</div><div class="simulateur"><form><input></form></div></article>'
    )
    article = soup.article
    apply_print_convention(article, soup)
    assert (
        flat(article.get_text(" "))
        == "texte Simulateur : sur le site. Simulateur interactif : à utiliser sur le site du cours ou dans Jupyter."
    )
    assert not article.select("form, input, .no-print")


def test_links_point_inside_the_document(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "un.html").write_text(
        '<article class="bd-article"><section id="s"><h1>Un</h1><a href="../deux.html#x">deux</a>'
        '<a href="#s">ici</a><a href="../genindex.html">index</a><a href="https://www.legifrance.gouv.fr/">loi</a>'
        "</section></article>",
        encoding="utf-8",
    )
    keys = {"a/un.html": page_key("a/un.html"), "deux.html": page_key("deux.html")}
    chapter = chapter_from_page(tmp_path, "a/un.html", "Partie", keys)
    assert chapter.title == "Un" and chapter.key == "p-a-un"
    assert (
        'href="#p-deux--x"' in chapter.body and 'href="#p-a-un--s"' in chapter.body and 'id="p-a-un--s"' in chapter.body
    )
    assert "genindex" not in chapter.body and "index" in chapter.body  # unwrapped: the text stays
    assert 'href="https://www.legifrance.gouv.fr/"' in chapter.body


def test_folded_code_is_left_out_and_its_output_printed(tmp_path: Path) -> None:
    """A ``hide-input`` cell (as myst-nb writes it) prints its output only; a code cell shown open prints its code."""
    (tmp_path / "chapitre.html").write_text(
        '<article class="bd-article"><section id="c"><h1>Chapitre</h1>'
        '<div class="cell tag_hide-input docutils container"><details class="admonition hide above-input">'
        '<summary><p class="collapsed admonition-title">Afficher le code</p></summary>'
        '<div class="cell_input docutils container"><pre>from salesplan.concepts import REPERES</pre></div>'
        '</details><div class="cell_output docutils container"><p>Sortie de la cellule masquée.</p></div></div>'
        '<div class="cell docutils container"><div class="cell_input docutils container">'
        "<pre>commande = calculer_commande(lignes)</pre></div></div></section></article>",
        encoding="utf-8",
    )
    body = chapter_from_page(tmp_path, "chapitre.html", "Partie", {"chapitre.html": "p-chapitre"}).body
    assert "REPERES" not in body and "Afficher le code" not in body
    assert "Sortie de la cellule masquée." in body and "commande = calculer_commande(lignes)" in body


# ---------------------------------------------------------------- the printed editions


IMPORT_LINE = re.compile(r"^\s*(from\s+salesplan\b|import\s+salesplan\b)", re.MULTILINE)


@pytest.mark.build
def test_printed_course_has_no_import_line(site: Path) -> None:
    """The print HTML of cours.pdf (before Chromium) leaves the chapters' import cells to the site and the notebooks."""
    from salesplan.tooling.pdf import student_document
    from salesplan.tooling.pdf_book import document_html

    on_site = "\n".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    assert "salesplan.views.pages" in on_site  # the import cells are still on the site, folded
    document = student_document(site)
    text = _soup(document_html(document, css="", base="", pages=None)).get_text()
    printed = IMPORT_LINE.findall(text)
    assert not printed, f"{len(printed)} lignes d'import imprimées"
    assert "calculer_commande(" in text  # the worked example montant_commande shows open is printed
    assert "Chiffre d’affaires minimal exigible" in text  # the output of a case study's folded cell is printed


@pytest.fixture(scope="module")
def cours(site: Path) -> Path:
    from salesplan.tooling.pdf import student_pdf

    printed = student_pdf()
    assert printed.pages > 50
    return printed.path


@pytest.fixture(scope="module")
def corriges() -> Path:
    result = subprocess.run(
        build_command(source=teacher_source(), output=TEACHER), cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"teacher build failed:\n{result.stdout[-6000:]}\n{result.stderr[-6000:]}"
    from salesplan.tooling.pdf import teacher_pdf

    return teacher_pdf().path


def chapter_titles(site: Path) -> list[str]:
    from salesplan.tooling.pdf import toc_parts

    titles = []
    for page, _ in toc_parts():
        heading = _soup((site / f"{page}.html").read_text(encoding="utf-8")).select_one("article h1")
        titles.append(flat(heading.get_text(" ", strip=True).removesuffix("#")))
    return titles


@pytest.mark.build
@pytest.mark.browser
def test_cours_has_every_chapter_and_every_quiz_prompt(cours: Path, site: Path) -> None:
    text = loose(running_text(cours))
    missing = [t for t in map(loose, chapter_titles(site)) if t not in text]
    assert not missing, f"chapitres absents de cours.pdf : {missing}"
    missing = [f"{chapter}:{qid}" for chapter, qid, prompt in prompts() if prompt not in text]
    assert not missing, f"questions absentes de cours.pdf : {missing}"


@pytest.mark.build
@pytest.mark.browser
def test_cours_prints_no_answer(cours: Path, site: Path) -> None:
    text = loose(running_text(cours))
    assert loose(ANSWER_LABEL) not in text and loose(EXPLANATION_LABEL) not in text
    pages_text = loose(" ".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html")))
    for bank in BANKS.values():
        for question in bank.questions():
            explanation = loose(to_text(question.explanation))
            if explanation not in pages_text:  # a sentence the chapter itself does not say
                assert explanation not in text, f"{bank.chapter}:{question.id} : explication imprimée"
    for path in solution_paths():
        for line in solution_fingerprints(path):
            if " = " in line or line.startswith("assert"):
                assert loose(line) not in text, f"{path.name} : « {line} » dans cours.pdf"


@pytest.mark.build
@pytest.mark.browser
def test_cours_contents_give_the_right_pages(cours: Path, site: Path) -> None:
    contents = pdf_text(cours, first=2, last=3, layout=True)
    for title in chapter_titles(site)[::3]:
        found = re.search(re.escape(title[:40]) + r"[^\n]*?(\d+)\s*$", contents, re.M)
        assert found, f"« {title} » absent du sommaire"
        page = int(found.group(1))
        assert title[:40] in flat(pdf_text(cours, first=page, last=page)), f"« {title} » pas à la page {page}"


@pytest.mark.build
@pytest.mark.browser
def test_cours_pages_have_running_heads_and_numbers(cours: Path, site: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(cours)
    total = len(reader.pages)
    body = pdf_text(cours, first=total - 5, last=total - 5)
    assert f"Page {total - 5} sur {total}" in flat(body)
    title = next(t for t in chapter_titles(site) if "montant de la commande" in t)
    pages = [n for n in range(3, total + 1) if title in pdf_text(cours, first=n, last=n).splitlines()[0]]
    assert len(pages) >= 3, "le titre du chapitre doit être en tête de chacune de ses pages"
    links = [
        a.get_object()
        for page in reader.pages
        for a in page.get("/Annots", [])
        if a.get_object().get("/Subtype") == "/Link"
    ]
    internal = [a for a in links if "/Dest" in a or ("/A" in a and a["/A"].get("/S") == "/GoTo")]
    assert len(internal) > 100, "le sommaire et les renvois doivent être des liens"


def keep_page(pdf: Path, text: str, marker: str, name: str) -> None:
    """The first page showing ``marker``, as ``book/_build/screenshots/<name>.png`` (copied to benchmarks/)."""
    page = next(n for n, p in enumerate(text.split("\f"), start=1) if marker in p)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    command = ["pdftoppm", "-png", "-r", "80", "-singlefile", "-f", str(page), "-l", str(page), str(pdf)]
    subprocess.run([*command, str(SCREENSHOTS / name)], check=True)
    assert (SCREENSHOTS / f"{name}.png").stat().st_size > 10_000


def assert_fonts_embedded(path: Path) -> None:
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = listing.splitlines()[2:]
    assert rows and all(re.search(r"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", row) for row in rows), listing
    assert any("DejaVuSans" in row for row in rows)


@pytest.mark.build
@pytest.mark.browser
def test_cours_fonts_are_embedded_and_a_page_is_kept(cours: Path) -> None:
    assert_fonts_embedded(cours)
    text = pdf_text(cours)
    keep_page(cours, text, "Fiche d'exercices — Le montant", "cours_fiche")


@pytest.mark.build
@pytest.mark.browser
def test_corriges_has_every_answer_and_the_notebooks(corriges: Path) -> None:
    assert_fonts_embedded(corriges)
    raw = running_text(corriges)
    text = flat(raw)
    missing = [f"{chapter}:{qid}" for chapter, qid, prompt in prompts() if prompt not in loose(raw)]
    assert not missing, f"questions absentes de corriges.pdf : {missing}"
    questions = sum(len(bank.questions()) for bank in BANKS.values())
    assert text.count(ANSWER_LABEL) == questions and text.count(EXPLANATION_LABEL) == questions
    for bank in BANKS.values():
        for question in bank.questions():
            explanation = loose(to_text(question.explanation))
            assert explanation in loose(raw), f"{bank.chapter}:{question.id} : explication absente"
    # long code lines wrap anywhere on paper, and pdftotext drops a hyphen that ends a line
    code = re.sub(r"[\s-]+", "", raw)
    for path in solution_paths():
        lines = [re.sub(r"[\s-]+", "", f) for f in solution_fingerprints(path) if " = " in f]
        missing = [line for line in lines if line not in code]
        assert lines and not missing, f"{path.name} : réponses du corrigé absentes : {missing}"
    keep_page(corriges, pdf_text(corriges), ANSWER_LABEL, "corriges")
    assert shutil.which("pdftoppm") and (TEACHER_OUTPUT.parent / "pdf" / "corriges.pdf").is_file()
