"""The branching scenario on the built site, in Debian's Chromium: played with the keyboard only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from salesplan.exercises import get_bank
from salesplan.exercises.markup import to_text
from salesplan.exercises.scenario import ScenarioQuestion, best_path, best_total, path_points, paths

pytestmark = pytest.mark.build
CHAPTER = "negociation/conclusion_vente"
QUESTION = next(e for e in get_bank(CHAPTER).entries if isinstance(e, ScenarioQuestion))
STORE = f"salesplan-scenario:{CHAPTER}/{QUESTION.id}"


@pytest.fixture
def page(page: Any, server: str, site: Path) -> Any:
    """The tab of conftest (errors recorded) on the chapter of the scenario, its replies shown."""
    assert (site / "_static" / "scenario.js").is_file()
    page.goto(f"{server}/{CHAPTER}.html")
    page.wait_for_selector(".sp-scenario .sp-reply")
    return page


def focused_reply(page: Any) -> str:
    """The letter of the focused reply button ("" when the focus is elsewhere)."""
    return str(
        page.evaluate(
            "() => { const e = document.activeElement; return e && e.classList.contains('sp-reply') ? "
            "e.querySelector('.sp-reply-key').textContent.trim().replace('.', '') : ''; }"
        )
    )


def press_reply(page: Any, key: str) -> None:
    """Tab to the reply shown with this letter and press Enter: the keyboard only."""
    for _ in range(40):
        if focused_reply(page) == key.upper():
            page.keyboard.press("Enter")
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"reply {key} not reachable with Tab")


def test_best_path_with_the_keyboard_only(page: Any) -> None:
    page.evaluate("() => document.querySelector('.sp-scenario .sp-q-title').focus()")
    path = best_path(QUESTION)
    for n, key in enumerate(path, start=1):
        press_reply(page, key)
        if n < len(path):  # the focus goes to the debrief just opened, announced to screen readers
            assert "Débriefing" in page.evaluate("() => document.activeElement.textContent")
    scenario = page.locator(".sp-scenario")
    total = best_total(QUESTION)
    assert f"Score : {total} sur {total} points — parcours optimal." in scenario.inner_text()
    assert page.evaluate("() => document.activeElement.textContent") == "Fin du scénario"
    assert to_text(QUESTION.explanation)[:40] in scenario.inner_text()
    assert scenario.locator(".sp-turn").count() == len(path)
    page.reload()  # the path is kept in the browser
    page.wait_for_selector(".sp-scenario .sp-end")
    assert "parcours optimal" in page.inner_text(".sp-scenario")
    assert f"Meilleur score obtenu : {total} sur {total}" in page.inner_text(".sp-scenario")
    page.get_by_role("button", name="Annuler le dernier choix").focus()
    page.keyboard.press("Enter")
    assert page.locator(".sp-scenario .sp-reply").count() >= 2
    page.get_by_role("button", name="Rejouer le scénario").focus()
    page.keyboard.press("Enter")
    assert page.locator(".sp-scenario .sp-turn").count() == 0
    assert not page.errors


def test_a_weak_path_scores_less(page: Any) -> None:
    worst = min(paths(QUESTION), key=lambda p: path_points(QUESTION, p))
    for key in worst:
        page.locator(".sp-scenario .sp-reply", has_text=f"{key.upper()}. ").first.click()
    text = page.inner_text(".sp-scenario")
    assert f"Score : {path_points(QUESTION, worst)} sur {best_total(QUESTION)} points" in text
    assert "rejouez" in text and not page.errors


@pytest.mark.parametrize(
    "stored",
    ["{pas du json", '{"path": "abc"}', '{"path": ["a", "zz", 3], "best": "x"}', "[1, 2]", '{"path": null}'],
)
def test_garbage_in_storage_is_ignored(page: Any, stored: str) -> None:
    page.evaluate("([key, value]) => window.localStorage.setItem(key, value)", [STORE, stored])
    page.reload()
    page.wait_for_selector(".sp-scenario .sp-reply")
    assert page.locator(".sp-scenario .sp-turn").count() <= 1
    assert not page.errors


def test_the_page_hides_the_graph(page: Any) -> None:
    source = page.content()
    best = QUESTION.start.replies[0]  # as written; the page shows replies of the current line only
    later = QUESTION.lines[1:]
    assert not any(to_text(line.text)[:25] in source for line in later if line.text != QUESTION.start.text)
    assert not any(to_text(r.debrief)[:25] in source for r in QUESTION.start.replies)
    assert to_text(best.text)[:25] in page.inner_text(".sp-scenario")
