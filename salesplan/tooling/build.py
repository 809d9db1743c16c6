"""Build the course site with Jupyter Book 1, strictly (``-n -W --keep-going``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BOOK = ROOT / "book"
OUTPUT = BOOK / "_build" / "html"


def build_command(*, strict: bool = True, full: bool = False) -> list[str]:
    """The jupyter-book command line used by ``salesplan build`` and the tests."""
    command = [str(Path(sys.executable).with_name("jupyter-book")), "build", str(BOOK), "--builder", "html"]
    if strict:
        command += ["-n", "-W", "--keep-going"]
    if full:
        command.append("--all")
    return command


def build_site(*, strict: bool = True, full: bool = False) -> int:
    """Run the build; return its exit code (0 when the site is complete)."""
    result = subprocess.run(build_command(strict=strict, full=full), cwd=ROOT, check=False)
    if result.returncode == 0:
        print(f"Site construit : {OUTPUT / 'index.html'}")
    return result.returncode
