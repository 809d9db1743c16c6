"""The PDF editions: ``cours.pdf`` (student edition) and ``corriges.pdf`` (teacher edition).

``salesplan build --pdf`` builds the site, then this module assembles one HTML
document from the built pages (:mod:`pdf_book`) and prints it with Debian's
Chromium through Playwright (no LaTeX, no downloaded browser). Running heads
(chapter title), page numbers and one named page per chapter come from the CSS
paged media of ``pdf_static/edition.css``; the page numbers of the contents
are read back from the PDF's named destinations (a second printing writes
them). Fonts: DejaVu Sans and Mono from npm (``@fontsource``), embedded.

Every request of the printing page is answered here from the built site and
``node_modules``; anything else is refused (no network).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml  # type: ignore[import-untyped]

from salesplan.errors import SalesplanValueError
from salesplan.tooling.build import BOOK, OUTPUT, ROOT, TEACHER, TEACHER_OUTPUT
from salesplan.tooling.pdf_book import Chapter, Document, chapter_from_page, document_html, page_key
from salesplan.tooling.pdf_worksheet import worksheet_html

HOST = "edition.salesplan.invalid"
ORIGIN = f"https://{HOST}"
CSS = Path(__file__).with_name("pdf_static") / "edition.css"
FONTS = {  # family -> (npm package, file stem)
    "Salesplan Sans": ("@fontsource/dejavu-sans", "dejavu-sans-latin"),
    "Salesplan Mono": ("@fontsource/dejavu-mono", "dejavu-mono-latin"),
}
STYLES = (("400", "normal"), ("700", "normal"), ("400", "italic"), ("700", "italic"))
MAX_PRINTINGS = 4


@dataclass(frozen=True)
class Printed:
    """A written PDF: where, how many pages."""

    path: Path
    pages: int


def toc_parts(source: Path = BOOK) -> list[tuple[str, str]]:
    """``(page, part caption)`` for every page of ``_toc.yml``, in order (the root goes with the first part)."""
    toc = yaml.safe_load((source / "_toc.yml").read_text(encoding="utf-8"))
    parts = toc.get("parts", [])
    first = parts[0].get("caption", "") if parts else ""
    entries = [(str(toc["root"]), first)]
    for part in parts:
        entries += [(str(c["file"]), str(part.get("caption", ""))) for c in part.get("chapters", [])]
    return entries


def _font_css(node_modules: Path) -> str:
    rules = []
    for family, (package, stem) in FONTS.items():
        for weight, style in STYLES:
            name = f"{stem}-{weight}-{style}.woff2"
            if not (node_modules / package / "files" / name).is_file():
                raise SalesplanValueError(f"police manquante : {package}/files/{name} ; lancez « npm ci »")
            rules.append(
                f'@font-face {{ font-family: "{family}"; font-weight: {weight}; font-style: {style}; '
                f'src: url("{ORIGIN}/npm/{package}/files/{name}") format("woff2"); }}'
            )
    return "\n".join(rules)


def _mathjax(document: Document) -> str:
    if not any('class="math' in c.body for c in document.chapters):
        return ""
    return (
        '<script>window.MathJax = {"options": {"processHtmlClass": "math"}, "chtml": {"fontCache": "global"}};'
        "</script>"
        f'<script defer src="{ORIGIN}/site/_static/npm/mathjax/es5/tex-chtml.js"></script>'
    )


def student_document(site: Path = OUTPUT, source: Path = BOOK) -> Document:
    """Every page of the table of contents, quizzes as worksheets (no answer)."""
    entries = [(f"{page}.html", part) for page, part in toc_parts(source)]
    keys = {page: page_key(page) for page, _ in entries}
    document = Document(
        title=str(yaml.safe_load((source / "_config.yml").read_text(encoding="utf-8"))["title"]),
        subtitle="Cours, études de cas et fiches d'exercices",
        edition=f"Édition étudiant — version imprimable du {dt.date.today():%d/%m/%Y}",
    )
    document.chapters = [chapter_from_page(site, page, part, keys) for page, part in entries]
    return document


def teacher_document(site: Path = TEACHER_OUTPUT, source: Path = BOOK) -> Document:
    """The quizzes with their answers and explanations, then the solution notebooks (teacher edition)."""
    from salesplan.exercises import BANKS

    document = Document(
        title=str(yaml.safe_load((source / "_config.yml").read_text(encoding="utf-8"))["title"]),
        subtitle="Corrigés : fiches d'exercices et carnets",
        edition=f"Édition enseignant — ne pas distribuer aux étudiants — {dt.date.today():%d/%m/%Y}",
    )
    part = "Fiches d'exercices des chapitres : réponses et explications"
    order = [page for page, _ in toc_parts(source) if page in BANKS]
    for chapter in order:
        key = page_key(f"corrige-{chapter}")
        bank = BANKS[chapter]
        sheet = worksheet_html(bank, answers=True)
        body = f'<section class="sp-chapter" id="{key}"><h1>{html.escape(bank.title)}</h1>{sheet}</section>'
        document.chapters.append(Chapter(key=key, title=bank.title, part=part, body=body))
    solutions = sorted((site / "corriges").glob("*.html"))
    keys = {f"corriges/{p.name}": page_key(f"corriges/{p.name}") for p in solutions}
    document.chapters += [
        chapter_from_page(site, page, "Corrigés des carnets (enseignants)", keys, answers=True) for page in keys
    ]
    return document


def _serve(site: Path, documents: dict[str, str]) -> Any:
    node_modules = ROOT / "node_modules"

    def handler(route: Any) -> None:
        url = urlsplit(route.request.url)
        path = unquote(url.path)
        if url.netloc != HOST:
            route.abort()  # offline: nothing leaves the machine
            return
        if path in documents:
            route.fulfill(body=documents[path], content_type="text/html; charset=utf-8")
            return
        for prefix, folder in (("/site/", site), ("/npm/", node_modules)):
            if path.startswith(prefix):
                file = (folder / path[len(prefix) :]).resolve()
                if file.is_file() and file.is_relative_to(folder.resolve()):
                    route.fulfill(path=str(file))
                    return
        route.fulfill(status=404, body="absent")

    return handler


def _destinations(pdf: bytes) -> Iterator[tuple[str, int]]:
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    for name, destination in reader.named_destinations.items():
        number = reader.get_destination_page_number(destination)
        if number is not None:
            yield name.lstrip("/"), number + 1


def print_document(document: Document, site: Path, out: Path) -> Printed:
    """Print ``document`` to ``out`` with Chromium; the contents get the real page numbers."""
    import io

    from pypdf import PdfReader

    from salesplan.tooling.browser import chromium

    css = _font_css(ROOT / "node_modules") + "\n" + CSS.read_text(encoding="utf-8")
    documents: dict[str, str] = {}
    pages: dict[str, int] | None = None
    out.parent.mkdir(parents=True, exist_ok=True)
    with chromium() as browser:
        page = browser.new_page()
        page.route("**/*", _serve(site, documents))
        for _ in range(MAX_PRINTINGS):
            text = document_html(document, css=css, base=f"{ORIGIN}/site/", pages=pages, head=_mathjax(document))
            documents["/edition.html"] = text
            page.goto(f"{ORIGIN}/edition.html", wait_until="load")
            page.evaluate("document.fonts.ready.then(() => true)")
            page.evaluate("window.MathJax && MathJax.startup ? MathJax.startup.promise.then(() => true) : true")
            pdf = page.pdf(prefer_css_page_size=True, print_background=True, outline=True, tagged=True)
            found = {name: number for name, number in _destinations(pdf) if name.startswith("p-")}
            wanted = {c.key: found.get(c.key, 0) for c in document.chapters}
            if wanted == pages:
                break
            pages = wanted
    out.write_bytes(pdf)
    out.with_suffix(".html").write_text(text, encoding="utf-8")
    return Printed(out, len(PdfReader(io.BytesIO(pdf)).pages))


def student_pdf() -> Printed:
    """``book/_build/pdf/cours.pdf`` from the built student site."""
    return print_document(student_document(), OUTPUT, OUTPUT.parent / "pdf" / "cours.pdf")


def teacher_pdf() -> Printed:
    """``book/_build/enseignant/_build/pdf/corriges.pdf`` from the built teacher site."""
    return print_document(teacher_document(), TEACHER_OUTPUT, TEACHER / "_build" / "pdf" / "corriges.pdf")


__all__ = [
    "CSS",
    "FONTS",
    "HOST",
    "MAX_PRINTINGS",
    "ORIGIN",
    "STYLES",
    "Printed",
    "print_document",
    "student_document",
    "student_pdf",
    "teacher_document",
    "teacher_pdf",
    "toc_parts",
]
