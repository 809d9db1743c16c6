"""Simulators on the static site, without a browser: the form and result HTML, the SVG allow-list,
the core archive (it runs with the standard library alone), the vendored Pyodide, and the coverage
of every simulator by both renderers and by the pages."""

from __future__ import annotations

import gzip
import importlib.util
import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sphinx.errors import ExtensionError

from salesplan.simulators import REGISTRY, run
from salesplan.tooling.build import BOOK, ROOT
from salesplan.tooling.sphinx_offline import PYODIDE_FILES, vendored_files
from salesplan.tooling.sphinx_simulator_bytecode import STDLIB, compile_in_pyodide
from salesplan.tooling.sphinx_simulator_core import EXCLUDED_PACKAGES, PACKAGE, archive_name, core_archive, core_files
from salesplan.tooling.sphinx_simulator_html import clean_svg, form_html, result_html
from salesplan.tooling.sphinx_simulator_snapshot import PAGE, dense, memory_snapshot, sparse

DIRECTIVE = re.compile(r"```\{simulateur\}\s+(\w+)(?:\s*\n:preset:\s*(\w+))?")


def defaults(code: str, preset: str | None = None) -> dict[str, object]:
    return {f["name"]: f["default"] for f in REGISTRY[code].describe(preset)["fields"]}


def answer(code: str, values: dict[str, object]) -> dict[str, object]:
    result: dict[str, object] = json.loads(run(code, json.dumps(values, ensure_ascii=False)))
    return result


class Controls(HTMLParser):
    """Collect the form controls, their labels and ids."""

    def __init__(self) -> None:
        super().__init__()
        self.controls: list[dict[str, str | None]] = []
        self.labels: set[str] = set()
        self.ids: list[str] = []
        self.in_template = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "template":
            self.in_template += 1
        if a.get("id") and not self.in_template:
            self.ids.append(str(a["id"]))
        if tag == "label" and a.get("for"):
            self.labels.add(str(a["for"]))
        if tag in {"input", "select"} and not self.in_template:
            self.controls.append(a)

    def handle_endtag(self, tag: str) -> None:
        if tag == "template":
            self.in_template -= 1


def site_pages() -> dict[str, str]:
    """Every page source of the book (Markdown chapters and notebooks) → its text."""
    pages = {p.relative_to(BOOK).with_suffix("").as_posix(): p.read_text(encoding="utf-8") for p in BOOK.rglob("*.md")}
    for notebook in (ROOT / "notebooks").glob("cas_*.ipynb"):
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        pages[f"etudes_de_cas/{notebook.stem}"] = "\n".join("".join(c["source"]) for c in cells)
    return {name: text for name, text in pages.items() if "_build" not in name}


# ------------------------------------------------------------------ HTML of the form and the result


@pytest.mark.parametrize("code", sorted(REGISTRY))
def test_every_control_of_the_form_has_a_name_and_the_ids_are_unique(code: str) -> None:
    description = REGISTRY[code].describe()
    html = form_html(description, answer(code, defaults(code)), prefix=f"sp-sim-{code}-1")
    parser = Controls()
    parser.feed(html)
    assert parser.controls, code
    for control in parser.controls:
        assert control.get("aria-label") or control.get("id") in parser.labels, control
    assert len(parser.ids) == len(set(parser.ids))
    assert 'aria-live="polite"' in html and "Lancer le simulateur" in html
    assert "Traceback" not in html


@pytest.mark.parametrize("code", sorted(REGISTRY))
def test_the_build_time_result_is_the_library_s(code: str) -> None:
    result = answer(code, defaults(code))
    assert result["ok"], result
    html = result_html(result)
    for label, value in result["result"]["summary"]:  # type: ignore[index]
        assert f"<dt>{label}</dt><dd>{value}</dd>".replace("'", "&#x27;") in html


def test_typed_text_is_escaped_in_the_result_and_the_message() -> None:
    values = defaults("commande")
    values["lignes"] = [
        {"designation": '<img src=x onerror="alert(1)">', "quantite": "1", "prix_unitaire_ht": "10", "taux_tva": "20"}
    ]
    html = result_html(answer("commande", values))
    assert "<img" not in html and "&lt;img" in html
    values["escompte"] = "<script>alert(1)</script>"
    html = result_html(answer("commande", values))
    assert 'class="sp-sim-error"' in html and "<script" not in html


def test_the_svg_allow_list_drops_scripts_handlers_links_and_foreign_elements() -> None:
    hostile = (
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)" role="img" aria-label="ok" '
        'style="background:url(https://example.org/x.png)">'
        "<script>alert(2)</script><foreignObject><p>x</p></foreignObject>"
        '<a href="javascript:alert(3)"><text>lien</text></a>'
        '<rect x="1" y="2" width="3" height="4" fill="#123456" onclick="alert(4)"/>'
        '<text x="5">&lt;script&gt; reste du texte</text></svg>'
    )
    cleaned = clean_svg(hostile)
    assert cleaned.startswith('<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="ok">')
    for forbidden in ("onload", "onclick", "<script", "foreignObject", "href", "url(", "<a", "<p>"):
        assert forbidden not in cleaned
    assert '<rect x="1" y="2" width="3" height="4" fill="#123456"></rect>' in cleaned
    assert "&lt;script&gt; reste du texte" in cleaned
    assert clean_svg("<p>pas un svg</p>") == "" and clean_svg("<svg") == ""


def test_the_library_s_own_charts_pass_the_allow_list_unchanged_in_substance() -> None:
    svg = answer("commande", defaults("commande"))["result"]["svg"]  # type: ignore[index]
    cleaned = clean_svg(svg)
    assert cleaned.count("<rect") == svg.count("<rect") and cleaned.count("<text") == svg.count("<text")
    assert 'role="img"' in cleaned and "aria-label=" in cleaned


# ------------------------------------------------------------------ the core archive


def test_the_core_archive_holds_the_core_and_nothing_else() -> None:
    text = {p.relative_to(PACKAGE).as_posix() for p in core_files()}
    assert {"__init__.py", "simulators/__init__.py", "commande.py", "values.py", "errors.py"} <= text
    assert not any(n.split("/")[0] in EXCLUDED_PACKAGES for n in text) and "cli.py" not in text
    assert not any(n.endswith(".pyc") or "__pycache__" in n for n in text)


def test_the_core_archive_is_deterministic_and_named_by_its_hash() -> None:
    first, second = core_archive(), core_archive()
    assert first == second
    assert re.fullmatch(r"salesplan-core-[0-9a-f]{12}\.zip", archive_name(first))


def test_the_core_archive_takes_the_package_s_data_files(tmp_path: Path) -> None:
    package = tmp_path / "salesplan"
    shutil.copytree(
        ROOT / "salesplan", package, ignore=shutil.ignore_patterns("__pycache__", "views", "tooling", "exercises")
    )
    (package / "parametres_2027.toml").write_text('[tva]\nnormal = "20"\n', encoding="utf-8")
    names = zipfile.ZipFile(io.BytesIO(core_archive(package))).namelist()
    assert "salesplan/parametres_2027.toml" in names


def test_every_simulator_runs_from_the_archive_with_the_standard_library_alone(tmp_path: Path) -> None:
    """What the browser does, in CPython: unpack the zip, import with no site-packages, run every simulator."""
    zipfile.ZipFile(io.BytesIO(core_archive())).extractall(tmp_path)
    cases = {code: json.dumps(defaults(code), ensure_ascii=False) for code in REGISTRY}
    expected = {code: run(code, values) for code, values in cases.items()}
    program = (
        f"import json, sys\nsys.path.insert(0, {str(tmp_path)!r})\n"
        "for blocked in ('pandas', 'matplotlib', 'ipywidgets', 'numpy', 'IPython'):\n"
        "    sys.modules[blocked] = None\n"
        "from salesplan.simulators import run\n"
        "cases = json.loads(sys.stdin.read())\n"
        "print(json.dumps({code: run(code, values) for code, values in cases.items()}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-S", "-c", program],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    assert json.loads(done.stdout) == expected


# ------------------------------------------------------------------ bytecode compiled by Pyodide (Node)


@pytest.mark.build  # runs Pyodide under Node, as the site build does
def test_pyodide_compiles_the_core_and_the_standard_library_to_unchecked_hash_pycs(tmp_path: Path) -> None:
    core = core_archive()
    pycs, stdlib = compile_in_pyodide(core, ROOT / "node_modules" / "pyodide", cache=tmp_path)
    assert compile_in_pyodide(core, ROOT / "node_modules" / "pyodide", cache=tmp_path) == (pycs, stdlib)
    assert len(list(tmp_path.iterdir())) == 1  # the result, kept once
    sources = [n for n in zipfile.ZipFile(io.BytesIO(core)).namelist() if n.endswith(".py")]
    assert sorted(pycs) == sorted(
        f"{n.rsplit('/', 1)[0]}/__pycache__/{n.rsplit('/', 1)[1][:-3]}.cpython-314.pyc" for n in sources
    )
    original = zipfile.ZipFile(ROOT / "node_modules" / "pyodide" / STDLIB).namelist()
    compiled = zipfile.ZipFile(io.BytesIO(stdlib))
    names = compiled.namelist()
    assert sorted(n[:-1] if n.endswith(".pyc") else n for n in names) == sorted(original)
    assert len([n for n in names if n.endswith(".pyc")]) > 500 and not any(n.endswith(".py") for n in names)
    magic = {data[:4] for data in pycs.values()} | {compiled.read(n)[:4] for n in names if n.endswith(".pyc")}
    assert len(magic) == 1 and magic != {importlib.util.MAGIC_NUMBER}  # 3.14's, not ours
    flags = {int.from_bytes(data[4:8], "little") for data in pycs.values()}
    assert flags == {1}  # hash-based, source not checked: no file date inside
    with_core = core_archive(bytecode=pycs)
    assert with_core == core_archive(bytecode=pycs)
    assert set(pycs) <= set(zipfile.ZipFile(io.BytesIO(with_core)).namelist())
    assert re.fullmatch(r"python-stdlib-[0-9a-f]{12}\.zip", archive_name(stdlib, prefix="python-stdlib"))


# Node restores the snapshot as the site's worker does (same stdlib, same lock file, the core unpacked
# again) and runs every simulator from stdin's cases.
RESTORE = """
import { readFileSync } from "node:fs";
const [folder, stdlib, core, lock, snapshot] = process.argv.slice(-5);
const { loadPyodide } = await import(folder + "/pyodide.mjs");
const pyodide = await loadPyodide({
  indexURL: folder + "/", stdLibURL: stdlib, lockFileContents: readFileSync(lock, "utf8"),
  packageBaseUrl: folder + "/", stdout: () => {}, stderr: () => {}, _loadSnapshot: readFileSync(snapshot)
});
const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
pyodide.unpackArchive(new Uint8Array(readFileSync(core)), "zip", { extractDir: sitePackages });
const already = pyodide.runPython("import sys; 'salesplan.simulators' in sys.modules");
const run = pyodide.pyimport("salesplan.simulators").run;
const cases = JSON.parse(readFileSync(0, "utf8"));
const out = {};
for (const [code, values] of Object.entries(cases)) { out[code] = run(code.split(":")[0], values); }
console.log(JSON.stringify({ already, out }));
"""


def test_the_snapshot_is_stored_without_its_pages_of_zeros() -> None:
    memory = bytes(PAGE) + b"\1" * PAGE + b"\2" * 10 + bytes(PAGE - 10) + bytes(3 * PAGE) + b"\3" * 100
    packed = sparse(memory)
    assert packed[:12] == b"SPZ1" + (len(memory)).to_bytes(4, "little") + (2).to_bytes(4, "little")
    assert packed[12:28] == b"".join(n.to_bytes(4, "little") for n in (PAGE, 2 * PAGE, 6 * PAGE, 100))
    assert len(packed) == 28 + 2 * PAGE + 100 and dense(packed) == memory
    assert dense(sparse(bytes(5))) == bytes(5)


@pytest.mark.build  # runs Pyodide under Node, as the site build does
def test_the_memory_snapshot_restores_python_with_the_simulators_imported(tmp_path: Path) -> None:
    pyodide = ROOT / "node_modules" / "pyodide"
    pycs, stdlib = compile_in_pyodide(core_archive(), pyodide, cache=ROOT / "node_modules" / ".cache" / "salesplan-pyc")
    core = core_archive(bytecode=pycs)
    lock = json.dumps({"info": json.loads((pyodide / "pyodide-lock.json").read_text())["info"], "packages": {}})
    made = memory_snapshot(core, stdlib, lock, pyodide, cache=tmp_path)
    assert memory_snapshot(core, stdlib, lock, pyodide, cache=tmp_path) == made  # kept, not made again
    assert re.fullmatch(r"snapshot-[0-9a-f]{16}\.bin", made.name) and len(list(tmp_path.iterdir())) == 1
    data = made.read_bytes()
    assert data[:2] == b"\x1f\x8b" and gzip.decompress(data)[:4] == b"SPZ1"  # gzip of the sparse snapshot
    snapshot = dense(gzip.decompress(data))
    assert snapshot[:4] == b"\0snp" and len(gzip.decompress(data)) < 0.6 * len(snapshot)  # zero pages dropped
    assert len(data) < 8_000_000
    files = [tmp_path / name for name in ("stdlib.zip", "core.zip", "lock.json", "snapshot.bin")]
    for path, content in zip(files, (stdlib, core, lock.encode(), snapshot), strict=True):
        path.write_bytes(content)
    cases = {code: json.dumps(defaults(code), ensure_ascii=False) for code in REGISTRY}
    cases["commande:bad"] = json.dumps({**defaults("commande"), "escompte": "abc"})
    done = subprocess.run(
        ["node", "--input-type=module", "-e", RESTORE, "--", str(pyodide), *map(str, files)],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    restored = json.loads(done.stdout.strip().splitlines()[-1])
    assert restored["already"] is True
    assert restored["out"] == {name: run(name.split(":")[0], values) for name, values in cases.items()}
    assert not json.loads(restored["out"]["commande:bad"])["ok"]


# ------------------------------------------------------------------ Pyodide, vendored from npm


def test_the_pyodide_files_are_vendored_and_the_lock_file_is_not() -> None:
    served = {relative for _, relative in vendored_files(ROOT / "node_modules")}
    assert {f"pyodide/{name}" for name in PYODIDE_FILES} <= served
    assert not any(name.endswith(("pyodide-lock.json", ".whl", ".map")) for name in served)
    assert "pyodide/python_stdlib.zip" not in served  # the site serves its compiled copy
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    declared = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["dependencies"]["pyodide"]
    assert lock["packages"]["node_modules/pyodide"]["version"] == declared


def test_the_build_fails_when_a_pyodide_file_is_missing(tmp_path: Path) -> None:
    modules = tmp_path / "node_modules"
    modules.mkdir()
    for entry in (ROOT / "node_modules").iterdir():
        if entry.name != "pyodide":
            (modules / entry.name).symlink_to(entry)
    shutil.copytree(ROOT / "node_modules" / "pyodide", modules / "pyodide", ignore=shutil.ignore_patterns("*.wasm"))
    with pytest.raises(ExtensionError, match=r"pyodide\.asm\.wasm"):
        vendored_files(modules)


# ------------------------------------------------------------------ coverage


def test_every_simulator_is_on_each_of_its_chapters_and_on_the_calculator_page() -> None:
    pages = site_pages()
    used = {(page, m.group(1)) for page, text in pages.items() for m in DIRECTIVE.finditer(text)}
    for code, simulator in REGISTRY.items():
        assert ("calculatrice", code) in used, code
        for page in simulator.pages:
            assert (page, code) in used, f"{code} manque sur {page}"
    assert {code for _, code in used} <= set(REGISTRY)
    toc = (BOOK / "_toc.yml").read_text(encoding="utf-8")
    assert "- file: calculatrice" in toc


def test_each_case_study_page_runs_a_simulator_with_its_own_figures() -> None:
    pages = site_pages()
    for notebook in (ROOT / "notebooks").glob("cas_*.ipynb"):
        found = list(DIRECTIVE.finditer(pages[f"etudes_de_cas/{notebook.stem}"]))
        assert found, notebook.name
        for match in found:
            code, preset = match.group(1), match.group(2)
            assert preset in REGISTRY[code].preset_loaders, (notebook.name, code, preset)
            assert answer(code, defaults(code, preset))["ok"], (notebook.name, code, preset)


@pytest.mark.parametrize("code", sorted(REGISTRY))
def test_every_simulator_is_rendered_by_both_renderers_with_the_same_figures(code: str) -> None:
    """Jupyter (salesplan.views.widgets.simulators) and the site ({simulateur}) show the library's defaults."""
    from salesplan.views.widgets.simulators import simulator

    result = answer(code, defaults(code))
    assert result["ok"], result
    figures = [value for _, value in result["result"]["summary"]]  # type: ignore[index]
    jupyter = simulator(code).output.value
    site = form_html(REGISTRY[code].describe(), result, prefix=f"sp-sim-{code}-1")
    for value in figures:
        assert value in jupyter and value in site, (code, value)
    assert code in {m.group(1) for text in site_pages().values() for m in DIRECTIVE.finditer(text)}
