"""Shared fixtures: the course site is built once per test session, strictly; Chromium pages for browser tests.

Markers (pyproject): a test that uses the built site is ``build``, one that needs the
graded submissions (kernels) is ``kernel``; whole files mark themselves with
``pytestmark``. ``make check`` runs the rest, with fewer Hypothesis examples.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from salesplan.tooling.browser import chromium, served
from salesplan.tooling.build import OUTPUT, ROOT, build_command

FIXTURE_MARKERS = {"site": "build", "graded": "kernel", "browser": "browser", "page": "browser"}

settings.register_profile("check", max_examples=20)  # `make check`; `make test` keeps the default (100)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        for fixture in set(getattr(item, "fixturenames", ())) & FIXTURE_MARKERS.keys():
            item.add_marker(FIXTURE_MARKERS[fixture])


@pytest.fixture(scope="session")
def site() -> Path:
    """Build the site once, strictly (-n -W --keep-going): any warning fails."""
    result = subprocess.run(build_command(), cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"strict build failed:\n{result.stdout[-6000:]}\n{result.stderr[-6000:]}"
    return OUTPUT


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[str]:
    """The strictly built site served on 127.0.0.1 (a free port), once per test module."""
    with served(site) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as instance:
        yield instance


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A new tab in its own context; ``page.errors`` collects the page's exceptions and console errors.

    A test module that needs the tab on one page overrides ``page`` and asks for this one
    (``def page(page, server)``), so the tab is made in one place.
    """
    context = browser.new_context()
    page = context.new_page()
    page.errors = []  # type: ignore[attr-defined]
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("console", lambda msg: page.errors.append(msg.text) if msg.type == "error" else None)
    yield page
    context.close()
