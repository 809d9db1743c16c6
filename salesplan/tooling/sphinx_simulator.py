"""Sphinx extension: simulators that run on the static site (``{simulateur} <code>``).

A chapter writes::

    ```{simulateur} commande
    ```

and a case study adds ``:preset: <name>`` (its own figures). The directive
renders, at build time, the simulator's accessible form from
``salesplan.simulators.REGISTRY[code].describe(preset)`` and its result for the
default values from ``salesplan.simulators.run`` (see
:mod:`salesplan.tooling.sphinx_simulator_html`): the page shows a correct
result before anything loads, and without JavaScript.

Live results are computed by the same ``run``, in the student's browser:
``simulator.js`` (``site_static/``, linked only from pages with a simulator)
starts a Web Worker (``simulator-worker.js``) when the student starts a
simulator; the worker loads Pyodide, served by the site (``_static/npm/pyodide``,
see :mod:`salesplan.tooling.sphinx_offline`), and unpacks the site's copy of the
library core (``_static/simulateur/salesplan-core-<hash>.zip``, see
:mod:`salesplan.tooling.sphinx_simulator_core`) and the standard library
(``python-stdlib-<hash>.zip``): both hold bytecode the build compiled with this
very Pyodide under Node (:mod:`salesplan.tooling.sphinx_simulator_bytecode`), so
the browser does not compile Python at each start. The worker starts from a memory
snapshot of that Python with the simulators imported
(``pyodide-snapshot-<hash>.bin``, :mod:`salesplan.tooling.sphinx_simulator_snapshot`),
and from scratch if the snapshot cannot load. No package index is given to
Pyodide: nothing is downloaded at run time, and nothing from another host.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from docutils import nodes  # type: ignore[import-untyped, unused-ignore]
from docutils.parsers.rst import directives  # type: ignore[import-untyped, unused-ignore]
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.util.docutils import SphinxDirective

from salesplan.errors import SalesplanError
from salesplan.tooling.sphinx_offline import VENDOR, node_modules
from salesplan.tooling.sphinx_simulator_bytecode import compile_in_pyodide
from salesplan.tooling.sphinx_simulator_core import archive_name, core_archive, core_files
from salesplan.tooling.sphinx_simulator_html import form_html
from salesplan.tooling.sphinx_simulator_snapshot import memory_snapshot

NODE_CLASS = "sp-sim-node"
FOLDER = "simulateur"  # under the output's _static/
PYODIDE_BYTES = ("pyodide.asm.wasm",)  # the large download, for the progress bar (with the zips and snapshot)
STATIC = Path(__file__).resolve().parent / "site_static"
# What a simulator page shows or links besides the library: its markup, this extension, the files in _static
# (Sphinx copies _static only when some page is rebuilt: a changed worker alone would stay unpublished).
PAGE_FILES = (Path(__file__).resolve(), STATIC.parent / "sphinx_simulator_html.py", *sorted(STATIC.glob("simulator*")))
_BUILT: dict[str, Any] = {}  # the archive and the worker's settings, made once per build (builder-inited)


class SimulatorDirective(SphinxDirective):
    """``simulateur <code>`` (option ``:preset: <name>``): a simulator the student runs in the page."""

    required_arguments = 1
    has_content = False
    option_spec = {"preset": directives.unchanged_required}  # noqa: RUF012 (docutils API)

    def run(self) -> list[nodes.Node]:
        from salesplan.simulators import REGISTRY, run

        code = self.arguments[0].strip()
        preset = self.options.get("preset")
        reporter = self.state.document.reporter
        if code not in REGISTRY:
            known = ", ".join(sorted(REGISTRY))
            return [reporter.error(f"simulateur : {code!r} n'existe pas (simulateurs : {known}).", line=self.lineno)]
        try:
            description = REGISTRY[code].describe(preset)
        except SalesplanError as exc:
            return [reporter.error(f"simulateur {code} : {exc}", line=self.lineno)]
        values = {field["name"]: field["default"] for field in description["fields"]}
        answer = json.loads(run(code, json.dumps(values, ensure_ascii=False)))
        if not answer.get("ok"):
            message = f"simulateur {code} : les valeurs par défaut ne se calculent pas ({answer.get('message')})."
            return [reporter.error(message, line=self.lineno)]
        # Rebuild the page when what it shows or links changes: the library (form, first result), the
        # PAGE_FILES (the scripts' ?v= checksum is in the page), the files the worker is given (the
        # snapshot's cache path is named by a hash of the core, stdlib and Pyodide: a new one is missing here).
        for path in (*core_files(), *PAGE_FILES, _BUILT["snapshot_path"]):
            self.env.note_dependency(str(path))
        prefix = f"sp-sim-{code}-{self.env.new_serialno('sp-sim')}"
        level = int(getattr(self.state.memo, "section_level", 1)) + 1
        html = form_html(description, answer, prefix=prefix, level=level)
        return [nodes.raw("", html, format="html", classes=[NODE_CLASS])]


def _prepare(app: Sphinx) -> None:
    """Make the core archive and the compiled stdlib, read what the worker needs from the installed Pyodide."""
    root = node_modules(app) / "pyodide"
    lock = root / "pyodide-lock.json"
    if not lock.is_file():
        raise ExtensionError(f"{lock} is missing: run `npm ci` at the repository root (see the Makefile).")
    info = json.loads(lock.read_text(encoding="utf-8"))["info"]
    try:
        cache = node_modules(app) / ".cache" / "salesplan-pyc"
        bytecode, stdlib = compile_in_pyodide(core_archive(), root, cache=cache)
    except SalesplanError as exc:
        raise ExtensionError(str(exc)) from exc
    data = core_archive(bytecode=bytecode)
    lock_text = json.dumps({"info": info, "packages": {}}, separators=(",", ":"))
    try:
        snapshot_path = memory_snapshot(data, stdlib, lock_text, root, cache=cache)
    except SalesplanError as exc:
        raise ExtensionError(str(exc)) from exc
    snapshot = snapshot_path.read_bytes()
    _BUILT.update(
        archive=data,
        name=archive_name(data),
        stdlib=stdlib,
        stdlib_name=archive_name(stdlib, prefix="python-stdlib"),
        snapshot=snapshot,
        snapshot_path=snapshot_path,
        snapshot_name=archive_name(snapshot, prefix="pyodide-snapshot", suffix=".bin"),
        lock=lock_text,
        bytes=len(data) + len(stdlib) + len(snapshot) + sum((root / name).stat().st_size for name in PYODIDE_BYTES),
    )


def has_simulator(doctree: Any) -> bool:
    """Whether a page holds a ``{simulateur}`` directive."""
    return doctree is not None and any(NODE_CLASS in node.get("classes", []) for node in doctree.findall(nodes.raw))


def _add_assets(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    """Link simulator.js and simulator.css from the pages that hold a simulator (and only from them)."""
    if not has_simulator(doctree):
        return
    app.add_css_file("simulator.css")
    settings = {
        "data-core": f"{FOLDER}/{_BUILT['name']}",
        "data-stdlib": f"{FOLDER}/{_BUILT['stdlib_name']}",
        "data-snapshot": f"{FOLDER}/{_BUILT['snapshot_name']}",
        "data-pyodide": f"{VENDOR}/pyodide/",
        "data-lock": _BUILT["lock"],
        "data-bytes": str(_BUILT["bytes"]),
    }
    app.add_js_file("simulator.js", defer="defer", **settings)


def _write_archive(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    folder = Path(app.outdir, "_static", FOLDER)
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in (
        (_BUILT["name"], _BUILT["archive"]),
        (_BUILT["stdlib_name"], _BUILT["stdlib"]),
        (_BUILT["snapshot_name"], _BUILT["snapshot"]),
    ):
        stem, suffix = name.rsplit("-", 1)
        for old in folder.glob(f"{stem}-*{Path(suffix).suffix}"):
            if old.name != name:
                old.unlink()
        if not (folder / name).is_file():
            (folder / name).write_bytes(data)


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("simulateur", SimulatorDirective)
    app.connect("builder-inited", _prepare)
    app.connect("html-page-context", _add_assets, priority=500)
    app.connect("build-finished", _write_archive)
    return {"parallel_read_safe": True, "parallel_write_safe": True}


__all__ = [
    "FOLDER",
    "NODE_CLASS",
    "PAGE_FILES",
    "PYODIDE_BYTES",
    "STATIC",
    "SimulatorDirective",
    "has_simulator",
    "setup",
]
