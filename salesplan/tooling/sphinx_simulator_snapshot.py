"""A memory snapshot of the site's Python, made at build time: the browser skips Python's start-up.

Starting Pyodide in the browser cost ~1.5 s of CPU (the interpreter's start-up and its ``_pyodide``
modules), then ~0.2 s for ``import salesplan.simulators``, on every page. The build now starts the
same Pyodide (``node_modules/pyodide``) under Node with the very settings the worker uses (the
compiled stdlib zip, the lock file without packages), unpacks the core, imports
``salesplan.simulators``, runs each simulator once on its default values (what the first result
needs) and saves Pyodide's memory (``loadPyodide({_makeSnapshot: true})`` then
``pyodide.makeMemorySnapshot()``, experimental in Pyodide 314). The worker gives it to
``loadPyodide({_loadSnapshot})`` and falls back to the ordinary start if it cannot.

A snapshot is WebAssembly memory: it is only valid for the very ``pyodide.asm.wasm`` (Pyodide checks
its build id) and the very stdlib zip (``zipimport`` keeps the zip's table of contents in memory). Its
name carries a hash of its bytes, and the page gives the worker the snapshot, the stdlib and the core
of one build. It is stored without its pages of zeros (:func:`sparse`: ~31 MB of memory → ~14 MB) and
gzip-compressed (~5.4 MB): static servers rarely compress an unknown ``.bin``; the worker decompresses it
with ``DecompressionStream`` and puts the pages back.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import struct
import tempfile
from pathlib import Path

from salesplan.tooling.sphinx_simulator_bytecode import run_node

RUNTIME = ("pyodide.asm.wasm", "pyodide.asm.mjs")  # a snapshot is only valid for these very files
SPARSE_MAGIC = b"SPZ1"
PAGE = 4096

# Node: argv = pyodide folder, stdlib zip, core zip, lock JSON file, output.
SCRIPT = """
import { readFileSync, writeFileSync } from "node:fs";
const [folder, stdlib, core, lock, out] = process.argv.slice(-5);
const { loadPyodide } = await import(folder + "/pyodide.mjs");
const pyodide = await loadPyodide({
  indexURL: folder + "/", stdLibURL: stdlib, lockFileContents: readFileSync(lock, "utf8"),
  packageBaseUrl: folder + "/", stdout: () => {}, stderr: () => {}, checkAPIVersion: true, _makeSnapshot: true
});
const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
pyodide.unpackArchive(new Uint8Array(readFileSync(core)), "zip", { extractDir: sitePackages });
const failures = pyodide.runPython(`
import gc, json
import salesplan.simulators as simulators
failures = []
for code, simulator in simulators.REGISTRY.items():
    values = {field["name"]: field["default"] for field in simulator.describe(None)["fields"]}
    if not json.loads(simulators.run(code, json.dumps(values, ensure_ascii=False)))["ok"]:
        failures.append(code)
del code, simulator, values
gc.collect()
json.dumps(failures)
`);
if (failures !== "[]") { throw new Error("simulateurs en échec avant l'instantané : " + failures); }
writeFileSync(out, pyodide.makeMemorySnapshot());
"""


def memory_snapshot(core: bytes, stdlib: bytes, lock: str, pyodide: Path, *, cache: Path) -> Path:
    """The gzip-compressed memory snapshot of Pyodide with ``core`` imported and warmed, kept in ``cache``.

    ``core`` and ``stdlib`` are the zips the site serves, ``lock`` the lock file the worker gives
    Pyodide. The file (``cache/snapshot-<key>.bin``) is named by a hash of everything it depends on:
    an unchanged site skips Node (~3 s) and keeps the same snapshot, so the same name in the browser's
    cache; the pages depend on that path (a new key rebuilds them, see ``sphinx_simulator``).
    """
    key = hashlib.sha256(SCRIPT.encode() + SPARSE_MAGIC)
    runtime = [(pyodide / name).read_bytes() for name in RUNTIME]
    for part in (core, stdlib, lock.encode(), *runtime):
        key.update(hashlib.sha256(part).digest())
    kept = cache / f"snapshot-{key.hexdigest()[:16]}.bin"
    if kept.is_file():
        return kept
    data = gzip.compress(sparse(_snapshot(core, stdlib, lock, pyodide)), compresslevel=9, mtime=0)
    cache.mkdir(parents=True, exist_ok=True)
    for old in cache.glob("snapshot-*.bin"):
        old.unlink(missing_ok=True)
    partial = kept.with_suffix(f".{os.getpid()}.part")
    partial.write_bytes(data)
    partial.replace(kept)  # whole or absent, should two builds run at once
    return kept


def sparse(snapshot: bytes) -> bytes:
    """``snapshot`` without its pages of zeros (more than half of it): ``SPZ1``, the full length, the number
    of runs, each run's (offset, length), then the runs' bytes; little-endian 32-bit integers.

    The browser inflates what is left (~14 MB rather than ~31 MB: the decompression is the slow part)
    and copies the runs into a zeroed buffer (``simulator-worker.js``).
    """
    zero = bytes(PAGE)
    runs: list[tuple[int, int]] = []
    for offset in range(0, len(snapshot), PAGE):
        page = snapshot[offset : offset + PAGE]
        if page == zero[: len(page)]:
            continue
        if runs and sum(runs[-1]) == offset:
            runs[-1] = (runs[-1][0], runs[-1][1] + len(page))
        else:
            runs.append((offset, len(page)))
    header = SPARSE_MAGIC + struct.pack(f"<II{2 * len(runs)}I", len(snapshot), len(runs), *(n for r in runs for n in r))
    return header + b"".join(snapshot[start : start + length] for start, length in runs)


def dense(data: bytes) -> bytes:
    """The snapshot :func:`sparse` packed (what the worker rebuilds, for the tests)."""
    total, count = struct.unpack_from("<II", data, 4)
    runs = struct.unpack_from(f"<{2 * count}I", data, 12)
    out, position = bytearray(total), 12 + 8 * count
    for start, length in zip(runs[::2], runs[1::2], strict=True):
        out[start : start + length] = data[position : position + length]
        position += length
    return bytes(out)


def _snapshot(core: bytes, stdlib: bytes, lock: str, pyodide: Path) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder, name) for name in ("stdlib.zip", "core.zip", "lock.json", "snapshot.bin")]
        paths[0].write_bytes(stdlib)
        paths[1].write_bytes(core)
        paths[2].write_text(lock, encoding="utf-8")
        arguments = [str(pyodide.resolve()), *map(str, paths)]
        run_node(SCRIPT, arguments, output=paths[3], what="l'instantané mémoire du Python des simulateurs")
        return paths[3].read_bytes()


__all__ = ["PAGE", "RUNTIME", "SCRIPT", "SPARSE_MAGIC", "dense", "memory_snapshot", "sparse"]
