"""Bytecode for the site's Python, compiled at build time by the very Python the browser runs.

Pyodide's npm package ships its standard library as source (``python_stdlib.zip``): at each start,
the browser's Python compiled the ~200 modules it imports (``asyncio``, ``typing``, ``inspect``...),
then every module of ``salesplan``. Most of the start went there. The build now starts the same
Pyodide (``node_modules/pyodide``) under Node and compiles, with ``py_compile`` in the *unchecked
hash* mode (the pyc does not depend on file dates: the zips stay byte for byte the same, and the
browser loads them without checking a source):

- the standard library: a copy of ``python_stdlib.zip`` where each module is its ``.pyc`` (zipimport
  loads it without the source; a file that does not compile stays as source);
- the core: ``salesplan/**/__pycache__/<module>.cpython-314.pyc`` next to the sources in the core zip.

Same Pyodide, same magic number: a pyc another Python made would be ignored, never misread.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from salesplan.errors import SalesplanError

STDLIB = "python_stdlib.zip"
TIMESTAMP = (2026, 1, 1, 0, 0, 0)

# Node loads Pyodide (its folder), compiles the modules of the zips core and stdlib, writes their pycs
# as two zips (names: where the pyc goes).
SCRIPT = """
import { readFileSync, writeFileSync } from "node:fs";
const [folder, core, stdlib, coreOut, stdlibOut] = process.argv.slice(-5);
const { loadPyodide } = await import(folder + "/pyodide.mjs");
const pyodide = await loadPyodide({ indexURL: folder + "/", stdout: () => {}, stderr: () => {} });
pyodide.FS.writeFile("/tmp/core.zip", readFileSync(core));
pyodide.FS.writeFile("/tmp/stdlib.zip", readFileSync(stdlib));
pyodide.runPython(`
import py_compile, zipfile
from pathlib import Path
UNCHECKED = py_compile.PycInvalidationMode.UNCHECKED_HASH
def compile_zip(source, target, cached):
    root = Path(source + ".d")
    zipfile.ZipFile(source).extractall(root)
    with zipfile.ZipFile(target, "w") as out:
        for path in sorted(root.rglob("*.py")):
            name = path.relative_to(root).as_posix()
            cfile = str(path) + "c" if not cached else None
            try:
                made = py_compile.compile(str(path), cfile=cfile, dfile=name, doraise=True, invalidation_mode=UNCHECKED)
            except py_compile.PyCompileError:
                continue
            out.write(made, Path(made).relative_to(root).as_posix())
compile_zip("/tmp/core.zip", "/tmp/core-pyc.zip", True)
compile_zip("/tmp/stdlib.zip", "/tmp/stdlib-pyc.zip", False)
`);
writeFileSync(coreOut, pyodide.FS.readFile("/tmp/core-pyc.zip"));
writeFileSync(stdlibOut, pyodide.FS.readFile("/tmp/stdlib-pyc.zip"));
"""


def compile_in_pyodide(core: bytes, pyodide: Path, *, cache: Path | None = None) -> tuple[dict[str, bytes], bytes]:
    """The core's pycs (``{"salesplan/__pycache__/x.cpython-314.pyc": bytes}``) and the compiled stdlib zip.

    With ``cache`` (a folder), the result is kept there under a hash of the core, Pyodide's stdlib and
    runtime: the teacher's build and the next builds of an unchanged core skip Node (~15 s).
    """
    key = hashlib.sha256(core)
    for name in (STDLIB, "pyodide.asm.wasm"):
        key.update(hashlib.sha256((pyodide / name).read_bytes()).digest())
    kept = cache / f"{key.hexdigest()[:16]}.zip" if cache is not None else None
    if kept is not None and kept.is_file():
        with zipfile.ZipFile(kept) as saved:
            return cached_result(saved)
    pycs, stdlib = _compile(core, pyodide)
    if kept is not None:
        kept.parent.mkdir(parents=True, exist_ok=True)
        for old in kept.parent.glob("*.zip"):
            old.unlink(missing_ok=True)
        partial = kept.with_suffix(f".{os.getpid()}.part")
        with zipfile.ZipFile(partial, "w") as saved:
            saved.writestr("stdlib.zip", stdlib)
            for name, data in pycs.items():
                saved.writestr(name, data)
        partial.replace(kept)  # whole or absent, should two builds run at once
    return pycs, stdlib


def cached_result(saved: zipfile.ZipFile) -> tuple[dict[str, bytes], bytes]:
    """What :func:`compile_in_pyodide` kept in its cache zip: the pycs by name, and ``stdlib.zip``."""
    return {n: saved.read(n) for n in saved.namelist() if n != "stdlib.zip"}, saved.read("stdlib.zip")


def run_node(script: str, arguments: list[str], *, output: Path, what: str) -> None:
    """Run ``script`` (an ES module) under Node; a French :class:`SalesplanError` naming ``what`` if no ``output``."""
    node = shutil.which("node")
    if node is None:
        raise SalesplanError(f"node est introuvable : il faut Node pour {what} (apt-get install nodejs).")
    done = subprocess.run(
        [node, "--input-type=module", "-e", script, "--", *arguments],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if done.returncode != 0 or not output.is_file():
        raise SalesplanError(f"{what} (Pyodide sous Node) a échoué : {done.stderr.strip()[-800:]}")


def _compile(core: bytes, pyodide: Path) -> tuple[dict[str, bytes], bytes]:
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder, name) for name in ("core.zip", "core-pyc.zip", "stdlib-pyc.zip")]
        paths[0].write_bytes(core)
        folder_path = pyodide.resolve()
        arguments = [str(folder_path), str(paths[0]), str(folder_path / STDLIB), str(paths[1]), str(paths[2])]
        run_node(SCRIPT, arguments, output=paths[2], what="la compilation du Python des simulateurs")
        with zipfile.ZipFile(paths[1]) as pycs:
            core_pycs = {name: pycs.read(name) for name in pycs.namelist()}
        with zipfile.ZipFile(paths[2]) as pycs:
            stdlib_pycs = {name: pycs.read(name) for name in pycs.namelist()}
    return core_pycs, compiled_stdlib((pyodide / STDLIB).read_bytes(), stdlib_pycs)


def compiled_stdlib(original: bytes, pycs: dict[str, bytes]) -> bytes:
    """``python_stdlib.zip`` with each ``x.py`` that compiled replaced by ``x.pyc``; the same bytes each build."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(original)) as source, zipfile.ZipFile(buffer, "w") as target:
        for name in source.namelist():
            data, compiled = source.read(name), pycs.get(name + "c")
            if compiled is not None:
                name, data = name + "c", compiled
            info = zipfile.ZipInfo(name, date_time=TIMESTAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, data, compresslevel=9)
    return buffer.getvalue()


__all__ = ["SCRIPT", "STDLIB", "TIMESTAMP", "cached_result", "compile_in_pyodide", "compiled_stdlib", "run_node"]
