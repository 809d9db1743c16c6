"""Shared fixtures: the course site is built once per test session, strictly."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from salesplan.tooling.build import OUTPUT, ROOT, build_command


@pytest.fixture(scope="session")
def site() -> Path:
    """Build the site once, strictly (-n -W --keep-going): any warning fails."""
    result = subprocess.run(build_command(), cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"strict build failed:\n{result.stdout[-6000:]}\n{result.stderr[-6000:]}"
    return OUTPUT
