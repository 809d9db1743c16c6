"""Sphinx extension: a course site that loads nothing from third-party hosts.

The widget manager, require.js, MathJax and Pyodide (the Python the
simulators run in the browser, see :mod:`salesplan.tooling.sphinx_simulator`)
come from the npm registry
(``package.json`` at the repository root, installed by ``npm ci`` into
``node_modules/``). At the end of the build the few files a page needs are
copied into ``_static/npm/`` of the output (not from ``book/_static``:
Jupyter Book 1 would add every script found there to every page).

The extension also points myst-nb (``nb_ipywidgets_js``) and Sphinx
(``mathjax_path``) at those copies, removes duplicate ``<script>`` tags,
drops the inert Thebe scripts when Thebe is off, and logs a warning for any
``http(s)://`` script or stylesheet, so that a strict build (``-W``) fails on
a third-party asset.
"""

from __future__ import annotations

import filecmp
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import ExtensionError
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

logger = logging.getLogger(__name__)

VENDOR = "npm"  # folder under the output's _static/ (pydata-sphinx-theme uses _static/vendor)


@dataclass(frozen=True)
class Asset:
    """Files of one npm package copied to ``_static/npm/<target>``."""

    package: str
    patterns: tuple[str, ...]  # globs relative to the package folder
    target: str


# Not python_stdlib.zip: its modules are source; the site serves them compiled to bytecode instead
# (_static/simulateur/python-stdlib-<hash>.zip, see salesplan.tooling.sphinx_simulator_bytecode).
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")

ASSETS = (
    Asset("requirejs", ("require.js",), "requirejs"),
    Asset(
        "@jupyter-widgets/html-manager",
        ("dist/embed-amd.js", "dist/embed.js.LICENSE.txt", "dist/*.woff2", "dist/*.woff"),
        "html-manager",
    ),
    Asset(
        "mathjax",
        ("es5/tex-chtml.js", "es5/output/chtml/fonts/woff-v2/*.woff", "es5/input/tex/extensions/*.js", "LICENSE"),
        "mathjax",
    ),
    # Python in the browser for the simulators: the runtime only (no package
    # index: pyodide-lock.json is not served, so nothing can be downloaded at run time).
    Asset("pyodide", PYODIDE_FILES, "pyodide"),
)

# Runs after require.js and before embed-amd.js on pages with widgets.
WIDGETS_SETUP_JS = """\
// Set up the offline widget manager (written by salesplan.tooling.sphinx_offline).
(function () {
  var here = document.currentScript.src.replace(/[^/]*$/, "");
  // The widget manager looks for its fonts next to its AMD module id.
  window.requirejs.config({paths: {"@jupyter-widgets/html-manager/dist": here + "html-manager/dist"}});
  // The widget manager calls the MathJax 2 API; MathJax 3 has typesetPromise.
  var hub = {Queue: function () {
    for (var i = 0; i < arguments.length; i++) {
      var job = arguments[i];
      if (Array.isArray(job) && job[0] === "Typeset" && window.MathJax.typesetPromise) {
        window.MathJax.typesetPromise([job[2]]).catch(function () {});
      }
    }
  }};
  function shim() { if (window.MathJax && !window.MathJax.Hub) { window.MathJax.Hub = hub; } }
  shim();
  document.addEventListener("DOMContentLoaded", shim);
})();
"""


def node_modules(app: Sphinx) -> Path:
    """Where ``npm ci`` put the packages (``offline_node_modules`` or <repo>/node_modules)."""
    configured: str = app.config.offline_node_modules
    if configured:
        return Path(app.confdir, configured).resolve()
    return Path(app.srcdir).resolve().parent / "node_modules"


def package_info(folder: Path) -> tuple[str, str]:
    """The version and licence fields of an installed package's package.json."""
    data: dict[str, Any] = json.loads((folder / "package.json").read_text(encoding="utf-8"))
    return str(data["version"]), str(data.get("license", "?"))


def vendored_files(root: Path) -> list[tuple[Path, str]]:
    """Each file to copy and its path under ``_static/npm``; fail clearly if npm ci was not run."""
    files: list[tuple[Path, str]] = []
    for asset in ASSETS:
        folder = root / asset.package
        if not (folder / "package.json").is_file():
            raise ExtensionError(f"{folder} is missing: run `npm ci` at the repository root (see the Makefile).")
        for pattern in asset.patterns:
            found = sorted(folder.glob(pattern))
            if not found:
                raise ExtensionError(f"no file matches {pattern!r} in {folder}")
            files += [(path, f"{asset.target}/{path.relative_to(folder).as_posix()}") for path in found]
    return files


def _configure(app: Sphinx, config: Config) -> None:
    """Point myst-nb and MathJax at the local copies."""
    vendored_files(node_modules(app))  # fail early, before reading any page
    config.nb_ipywidgets_js = {
        f"{VENDOR}/requirejs/require.js": {},
        f"{VENDOR}/widgets-setup.js": {},
        f"{VENDOR}/html-manager/dist/embed-amd.js": {"data-jupyter-widgets-cdn": f"_static/{VENDOR}/missing/"},
    }
    config.mathjax_path = f"{VENDOR}/mathjax/es5/tex-chtml.js"


def _copy(source: Path, target: Path) -> None:
    if target.is_file() and filecmp.cmp(source, target, shallow=False):
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def _copy_assets(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    out = Path(app.outdir, "_static", VENDOR)
    for source, relative in vendored_files(node_modules(app)):
        _copy(source, out / relative)
    setup_js = out / "widgets-setup.js"
    if not setup_js.is_file() or setup_js.read_text(encoding="utf-8") != WIDGETS_SETUP_JS:
        setup_js.write_text(WIDGETS_SETUP_JS, encoding="utf-8")


def _is_thebe(asset: Any) -> bool:
    name = str(getattr(asset, "filename", "") or "")
    body = str(getattr(asset, "attributes", {}).get("body", ""))
    return "thebe" in name.lower() or "THEBE_JS_URL" in body


def _clean_assets(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    """Deduplicate scripts, drop Thebe when off, warn on any third-party script or stylesheet."""
    theme_options: dict[str, Any] = app.config.html_theme_options or {}
    thebe_on = bool(theme_options.get("launch_buttons", {}).get("thebe"))
    for key in ("script_files", "css_files"):
        assets = context.get(key)
        if assets is None:
            continue
        kept: list[Any] = []
        seen: set[tuple[str, str]] = set()
        for asset in assets:
            identity = (str(getattr(asset, "filename", asset)), repr(sorted(getattr(asset, "attributes", {}).items())))
            if identity in seen or (not thebe_on and _is_thebe(asset)):
                continue
            seen.add(identity)
            kept.append(asset)
            url = str(getattr(asset, "filename", asset) or "")
            if url.startswith(("http://", "https://", "//")):
                logger.warning("third-party asset %s on page %s: vendor it (package.json)", url, pagename)
        assets[:] = kept


class VendoredAssets(SphinxDirective):
    """``vendored-assets``: table of the npm packages the site serves, with version and licence."""

    def run(self) -> list[Any]:
        root = node_modules(self.env.app)
        rows = ["| Paquet npm | Version | Licence | Fichiers servis (`_static/npm/`) |", "|---|---|---|---|"]
        for asset in ASSETS:
            folder = root / asset.package
            self.env.note_dependency(str(folder / "package.json"))
            version, licence = package_info(folder)
            files = ", ".join(f"`{pattern}`" for pattern in asset.patterns)
            rows.append(f"| `{asset.package}` | {version} | {licence} | {files} |")
        return self.parse_text_to_nodes("\n".join(rows) + "\n")


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("offline_node_modules", "", "env", types=[str])
    app.add_directive("vendored-assets", VendoredAssets)
    app.connect("config-inited", _configure, priority=100)
    app.connect("html-page-context", _clean_assets, priority=900)
    app.connect("build-finished", _copy_assets)
    return {"parallel_read_safe": True, "parallel_write_safe": True}


__all__ = [
    "ASSETS",
    "PYODIDE_FILES",
    "VENDOR",
    "WIDGETS_SETUP_JS",
    "Asset",
    "VendoredAssets",
    "node_modules",
    "package_info",
    "setup",
    "vendored_files",
]
