"""Shared fixtures: the course site is built once per test session, strictly; Chromium pages for browser tests."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from salesplan.tooling.browser import chromium
from salesplan.tooling.build import OUTPUT, ROOT, build_command


@pytest.fixture(scope="session")
def site() -> Path:
    """Build the site once, strictly (-n -W --keep-going): any warning fails."""
    result = subprocess.run(build_command(), cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"strict build failed:\n{result.stdout[-6000:]}\n{result.stderr[-6000:]}"
    return OUTPUT


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as instance:
        yield instance


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    page = context.new_page()
    page.errors = []  # type: ignore[attr-defined]
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("console", lambda msg: page.errors.append(msg.text) if msg.type == "error" else None)
    yield page
    context.close()
