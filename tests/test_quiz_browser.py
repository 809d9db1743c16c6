"""The no-kernel quiz in a real browser (Debian chromium through Playwright): same verdicts as Python."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect
from test_exercises_engine import CASES, case_question

from salesplan.exercises import check
from salesplan.exercises.markup import to_html
from salesplan.exercises.serialise import question_data, rules

pytestmark = [pytest.mark.build, pytest.mark.browser]


def test_the_quiz_script_is_built(site: Path) -> None:
    assert (site / "_static" / "quiz.js").is_file()


def open_chapter(page: Any, server: str, chapter: str) -> None:
    page.goto(f"{server}/{chapter}.html")
    page.wait_for_selector(".sp-quiz .sp-q")


# ---------------------------------------------------------------- the JS engine against Python


def test_js_checker_agrees_with_python_on_shared_cases(page: Any, server: str) -> None:
    """The shared cases in Chromium, with Web Crypto (http://127.0.0.1 is a secure context); Node runs them too."""
    open_chapter(page, server, "processus_achat/etapes_achat")
    assert page.evaluate("() => window.SalesplanQuiz.engine()") == "webcrypto"
    payload = []
    for case in CASES:
        question = case_question(case["question"])
        payload.append({"q": question_data(case["question"].get("chapter", "tests"), question), "input": case["input"]})
    results = page.evaluate(
        "([cases, rules]) => Promise.all(cases.map((c) => window.SalesplanQuiz.check(c.q, rules, c.input)))",
        [payload, rules()],
    )
    for case, js in zip(CASES, results, strict=True):
        question = case_question(case["question"])
        py = check(question, case["input"])
        label = (case["question"], str(case["input"])[:40])
        assert (js["correct"], js["unreadable"], js["score"]) == (py.correct, py.unreadable, py.score), label
        assert js["message"] == to_html(py.message), label
        assert js["mistake"] == to_html(py.mistake), label
        assert js["details"] == [to_html(d) for d in py.details], label
        assert js["explanation"] == (to_html(question.explanation) if py.correct else ""), label
        assert [(f["key"], f["correct"], f["message"]) for f in js["fields"]] == [
            (f.key, f.correct, to_html(f.message)) for f in py.fields
        ], label
    assert not page.errors


def test_web_crypto_on_file_urls_too(page: Any, site: Path) -> None:
    """Chromium treats file:// as a secure context: the quiz opened from the disk uses Web Crypto too."""
    page.goto((site / "negociation" / "montant_commande.html").as_uri())
    page.wait_for_selector(".sp-quiz .sp-q")
    assert page.evaluate("() => window.isSecureContext && window.SalesplanQuiz.engine()") == "webcrypto"
    first = page.locator(".sp-q").first
    first.get_by_label("Votre réponse").fill("1")
    first.get_by_role("button", name="Vérifier").click()
    page.wait_for_function("() => document.querySelector('.sp-q .sp-feedback').textContent.trim() !== ''")
    assert not page.errors


@pytest.mark.parametrize("bad", ["-1", '"x"', "1e309", "2.5", '{"a": 1}', "null"])
def test_unreadable_saved_progress_is_ignored(page: Any, server: str, bad: str) -> None:
    open_chapter(page, server, "negociation/montant_commande")
    data = json.loads(page.text_content("script[type='application/json']"))
    first = data["questions"][0]["id"]
    saved = f'{{"solved": {{"{first}": true}}, "variant": {{"{first}": {bad}}}}}'
    page.evaluate("([key, text]) => localStorage.setItem(key, text)", [f"salesplan-quiz:{data['chapter']}", saved])
    page.reload()
    page.wait_for_selector(".sp-quiz .sp-q")
    assert f"Score : 0 / {len(data['questions'])}" in page.inner_text(".sp-score")
    assert page.locator(".sp-q").count() == len(data["questions"])
    assert not page.errors


# ---------------------------------------------------------------- the page


def test_wrong_then_right_then_reload_then_reset(page: Any, server: str) -> None:
    open_chapter(page, server, "negociation/montant_commande")
    data = json.loads(page.text_content("script[type='application/json']"))
    first = page.locator(".sp-q").first
    question = case_question({"chapter": data["chapter"], "id": data["questions"][0]["id"], "seed": 1})
    added = next(m for m in question.mistakes if "additionné" in m.message)  # type: ignore[attr-defined]
    first.get_by_label("Votre réponse").fill(format(added.value, "f").replace(".", ","))
    first.get_by_role("button", name="Vérifier").click()
    expect(first.locator(".sp-feedback")).to_contain_text("additionné les remises")
    first.get_by_label("Votre réponse").fill(format(question.answer, "f") + " €")  # type: ignore[attr-defined]
    first.get_by_role("button", name="Vérifier").click()
    expect(first.locator(".sp-feedback")).to_contain_text("Bravo")
    assert first.locator(".sp-explanation").is_visible()
    total = len(data["questions"])
    assert f"Score : 1 / {total}" in page.inner_text(".sp-score")
    page.reload()
    page.wait_for_selector(".sp-quiz .sp-q")
    assert f"Score : 1 / {total}" in page.inner_text(".sp-score")
    assert "réussie" in page.locator(".sp-q").first.inner_text()
    page.get_by_role("button", name="Recommencer").click()
    assert f"Score : 0 / {total}" in page.inner_text(".sp-score")
    assert not page.errors


def test_unreadable_answer_gets_a_hint(page: Any, server: str) -> None:
    open_chapter(page, server, "negociation/montant_commande")
    first = page.locator(".sp-q").first
    first.get_by_label("Votre réponse").fill("mille euros")
    first.get_by_role("button", name="Vérifier").click()
    expect(first.locator("[aria-live]").last).to_contain_text("1 234,56")


def test_new_statement_cycles_variants(page: Any, server: str) -> None:
    open_chapter(page, server, "negociation/montant_commande")
    first = page.locator(".sp-q").first
    before = first.locator(".sp-prompt").inner_text()
    first.get_by_role("button", name="Nouvel énoncé").click()
    assert page.locator(".sp-q").first.locator(".sp-prompt").inner_text() != before


def tab_to(page: Any, name: str) -> None:
    for _ in range(60):
        if page.evaluate("() => document.activeElement && document.activeElement.textContent.trim()") == name:
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"could not reach {name!r} with Tab")


def test_ordering_with_the_keyboard_only(page: Any, server: str) -> None:
    open_chapter(page, server, "processus_achat/etapes_achat")
    data = json.loads(page.text_content("script[type='application/json']"))
    question = case_question({"chapter": data["chapter"], "id": "ordre_etapes", "seed": 1})
    shown = [i["key"] for i in data["questions"][0]["variants"][0]["items"]]
    texts = {i.key: i.text for i in question.items}  # type: ignore[attr-defined]
    for target, key in enumerate(question.answer):  # type: ignore[attr-defined]
        position = shown.index(key)
        if position == target:
            continue
        button = page.get_by_role("button", name=f"Monter « {texts[key]} »")
        button.focus()
        for _ in range(position - target):
            page.keyboard.press("Enter")  # focus follows the moved item
        shown.insert(target, shown.pop(position))
    tab_to(page, "Vérifier")
    page.keyboard.press("Enter")
    first = page.locator(".sp-q").first
    expect(first.locator(".sp-feedback")).to_contain_text("Bravo")
    assert not page.errors


def test_choices_and_selects_with_the_keyboard(page: Any, server: str) -> None:
    open_chapter(page, server, "processus_achat/centre_achat")
    second = page.locator(".sp-q").nth(1)
    second.locator(".sp-prompt").click()
    tab_to(page, "")  # the first radio button has no text content
    radio = page.evaluate("() => document.activeElement.type")
    assert radio == "radio"
    page.keyboard.press("Space")
    tab_to(page, "Vérifier")
    page.keyboard.press("Enter")
    expect(second.locator(".sp-feedback")).not_to_be_empty()
    matching = page.locator(".sp-q").first
    assert matching.locator("select").count() == 7 and matching.locator("label").count() == 7
