"""The site's copy of the ``salesplan`` core: one zip the browser's Python (Pyodide) unpacks.

Every module and data file of the package except what never runs in the
browser: the views (pandas, matplotlib, ipywidgets), the build tooling, the
exercise banks and the command line. The simulators need only the standard
library and the core. The archive is deterministic (sorted names, fixed
times), so its name, which carries a hash of its bytes, changes only when the
code does and the browser cache keeps it otherwise.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Mapping
from pathlib import Path

import salesplan

PACKAGE = Path(salesplan.__file__).resolve().parent
EXCLUDED_PACKAGES = ("views", "tooling", "exercises")
EXCLUDED_FILES = ("cli.py",)
TIMESTAMP = (2026, 1, 1, 0, 0, 0)


def core_files(package: Path = PACKAGE) -> list[Path]:
    """The files sent to the browser, sorted: modules and data files (no caches, no excluded package)."""
    files = []
    for path in sorted(package.rglob("*")):
        relative = path.relative_to(package)
        if not path.is_file() or "__pycache__" in relative.parts or path.suffix in {".pyc", ".pyo"}:
            continue
        if relative.parts[0] in EXCLUDED_PACKAGES or relative.as_posix() in EXCLUDED_FILES:
            continue
        files.append(path)
    return files


def core_archive(package: Path = PACKAGE, *, bytecode: Mapping[str, bytes] | None = None) -> bytes:
    """The zip of :func:`core_files`, under ``salesplan/``, byte for byte the same for the same files.

    ``bytecode`` adds files by their name in the zip: the ``__pycache__`` the browser's Python made
    (:mod:`salesplan.tooling.sphinx_simulator_bytecode`).
    """
    members = {f"salesplan/{path.relative_to(package).as_posix()}": path.read_bytes() for path in core_files(package)}
    members.update(bytecode or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=TIMESTAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, members[name], compresslevel=9)
    return buffer.getvalue()


def archive_name(data: bytes, *, prefix: str = "salesplan-core", suffix: str = ".zip") -> str:
    """``salesplan-core-<12 hex digits of its SHA-256>.zip`` (or another prefix and suffix)."""
    return f"{prefix}-{hashlib.sha256(data).hexdigest()[:12]}{suffix}"


__all__ = ["EXCLUDED_FILES", "EXCLUDED_PACKAGES", "PACKAGE", "TIMESTAMP", "archive_name", "core_archive", "core_files"]
