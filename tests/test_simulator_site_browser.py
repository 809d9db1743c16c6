"""The simulators of the built site in Debian's Chromium (Playwright): the page computes with Pyodide
exactly what the library computes here, in CPython.

Every request that does not go to the local server is aborted (the site must work offline) and
recorded (there must be none). For every simulator: the default values and modified values give,
in the page, the figures ``salesplan.simulators.run`` gives in this process; bad input gives the
library's French message in the live region. Also: nothing of Pyodide loads before the student
starts a simulator, keyboard-only use, a browser without WebAssembly, a 390 px screen, axe-core;
Python starts from the build's memory snapshot, and the ordinary way when the snapshot is missing or
corrupt.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

import pytest

from salesplan.simulators import REGISTRY, run
from salesplan.tooling.build import BOOK, ROOT
from salesplan.values import format_number, parse_number

pytestmark = pytest.mark.build

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = BOOK / "_build" / "screenshots"
CALCULATOR = "calculatrice.html"
CHAPTER = "negociation/montant_commande.html"
READY = "() => window.salesplanSimulators && window.salesplanSimulators.idle()"
SHOWN = """(id) => {
  const region = document.getElementById(id + '-resultat');
  const error = region.querySelector('.sp-sim-error');
  if (error) { return {ok: false, message: error.textContent}; }
  return {ok: true,
    summary: [...region.querySelectorAll('.sp-sim-summary > div')].map((d) =>
      [d.querySelector('dt').textContent, d.querySelector('dd').textContent]),
    warnings: [...region.querySelectorAll('.sp-sim-warning')].map((p) => p.textContent),
    tables: [...region.querySelectorAll('.sp-sim-table table')].map((t) =>
      [...t.querySelectorAll('tr')].map((r) => [...r.children].map((c) => c.textContent))),
    explanation: (region.querySelector('.sp-sim-explanation') || {}).textContent || '',
    svg: !!region.querySelector('.sp-sim-figure svg')};
}"""
AXE_RUN = """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
  .filter((v) => v.impact === 'serious' || v.impact === 'critical')
  .map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)"""
PYODIDE_URLS = ("/npm/pyodide/", "simulator-worker.js", "salesplan-core-", "pyodide-snapshot-")
SNAPSHOT = "**/_static/simulateur/pyodide-snapshot-*.bin"


def expected(code: str, values_json: str) -> dict[str, Any]:
    """What the page must show: the library's answer computed here, in the shape SHOWN reads."""
    answer = json.loads(run(code, values_json))
    if not answer["ok"]:
        return {"ok": False, "message": answer["message"]}
    result = answer["result"]
    return {
        "ok": True,
        "summary": result["summary"],
        "warnings": result["warnings"],
        "tables": [[t["columns"], *t["rows"]] for t in result["tables"]],
        "explanation": result["explanation"],
        "svg": bool(result["svg"]),
    }


class Browser:
    """One page of the site in a context where only 127.0.0.1 answers; what went wrong is recorded."""

    def __init__(self, browser: Any, base: str, **options: Any) -> None:
        self.base = base
        self.problems: list[str] = []
        self.requests: list[str] = []
        self.context = browser.new_context(locale="fr-FR", **options)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.problems.append(f"console: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on(
            "response", lambda r: self.problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None
        )
        self.page.on("request", lambda r: self.requests.append(r.url))

    def _route(self, route: Any) -> None:
        url = route.request.url
        if urlsplit(url).scheme in {"data", "blob"} or urlsplit(url).hostname == "127.0.0.1":
            route.continue_()
        else:
            self.problems.append(f"third-party request: {url}")
            route.abort()

    def open(self, name: str) -> None:
        self.page.goto(f"{self.base}/{name}", wait_until="load")

    def sections(self) -> dict[str, str]:
        """Simulator code → the id of its first section on the page."""
        found: dict[str, str] = {}
        for section in self.page.query_selector_all("section.sp-sim"):
            found.setdefault(str(section.get_attribute("data-code")), str(section.get_attribute("id")))
        return found

    def start(self, section: str) -> None:
        self.page.click(f"#{section} .sp-sim-start")
        self.page.wait_for_function(READY, timeout=120_000)

    def settle(self) -> None:
        self.page.wait_for_function(READY, timeout=30_000)

    def shown(self, section: str) -> dict[str, Any]:
        result: dict[str, Any] = self.page.evaluate(SHOWN, section)
        return result

    def values(self, section: str) -> str:
        return str(self.page.evaluate("(id) => window.salesplanSimulators.values(id)", section))

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def calculator(browser: Any, server: str) -> Iterator[Browser]:
    """The « Calculatrice du commercial » page, its calculator started once for every test below."""
    tab = Browser(browser, server, viewport={"width": 1280, "height": 900})
    tab.open(CALCULATOR)
    sections = tab.sections()
    assert set(sections) == set(REGISTRY)
    tab.start(sections["commande"])
    yield tab
    tab.close()


def scenario(field: dict[str, Any]) -> Any:
    """A changed value for a field: another choice, the other answer, a larger number within bounds."""
    kind, default = field["kind"], field["default"]
    if kind == "choice":
        values = [value for value, _ in field["choices"]]
        return values[(values.index(default) + 1) % len(values)] if default in values else values[0]
    if kind == "boolean":
        return "non" if str(default).lower() == "oui" else "oui"
    if kind in {"amount", "rate", "integer"} and str(default).strip():
        number = parse_number(default)
        changed = number + 1 if kind != "amount" else (number * Decimal("1.5") + 1).quantize(Decimal("0.01"))
        if field.get("maximum") is not None and changed > parse_number(field["maximum"]):
            changed = parse_number(field["minimum"]) if field.get("minimum") is not None else number - 1
        return format_number(changed)
    return None


def set_value(tab: Browser, section: str, field: dict[str, Any], value: str) -> None:
    selector = f"#{section}-{field['name']}"
    if field["kind"] == "choice":
        tab.page.select_option(selector, value)
    elif field["kind"] == "boolean":
        tab.page.set_checked(selector, value == "oui")
    else:
        tab.page.fill(selector, value)
        tab.page.dispatch_event(selector, "change")


@pytest.mark.parametrize("code", sorted(REGISTRY))
def test_the_page_shows_the_library_s_figures(calculator: Browser, code: str) -> None:
    section = calculator.sections()[code]
    fields = REGISTRY[code].describe()["fields"]
    calculator.page.focus(f"#{section} .sp-sim-form :is(input, select)")  # starts this simulator
    # 1. the default values, then each field changed in turn (the others keep their last value)
    cases = [(None, None)] + [(f, scenario(f)) for f in fields if f["kind"] != "lines" and scenario(f) is not None]
    for name in [f for f in fields if f["kind"] == "lines"]:
        cases.append((name, "add"))
    for field, value in cases:
        if field is not None and value == "add":
            button = calculator.page.locator(f"#{section}-{field['name']} .sp-sim-add")
            if button.is_disabled():
                continue
            button.click()
        elif field is not None:
            set_value(calculator, section, field, value)
        else:
            calculator.page.dispatch_event(f"#{section} .sp-sim-form", "submit")
        calculator.settle()
        values = calculator.values(section)
        assert calculator.shown(section) == expected(code, values), (code, field and field["name"], value)
    assert not calculator.problems


BAD = ("", "abc", "-5", "150", "31/02/2027", "9" * 10_000)


@pytest.mark.parametrize("code", sorted(REGISTRY))
def test_bad_input_gives_the_library_s_french_message(calculator: Browser, code: str) -> None:
    section = calculator.sections()[code]
    fields = [f for f in REGISTRY[code].describe()["fields"] if f["kind"] in {"amount", "rate", "integer", "date"}]
    assert fields, code
    for field in fields[:2]:
        selector = f"#{section}-{field['name']}"
        before = calculator.page.input_value(selector)
        initial = calculator.shown(section)  # the form may hold the previous test's last values
        for bad in BAD:
            set_value(calculator, section, field, bad)
            calculator.settle()
            want = expected(code, calculator.values(section))
            shown = calculator.shown(section)
            assert shown == want, (code, field["name"], bad[:20])
            if bad in {"abc", "9" * 10_000} or (bad == "" and field["required"]):
                assert not shown["ok"] and shown["message"].startswith(field["label"]), shown
            assert "Traceback" not in json.dumps(shown)
        set_value(calculator, section, field, before)
        calculator.settle()
        assert calculator.shown(section) == initial == expected(code, calculator.values(section))
    assert not calculator.problems


@pytest.mark.parametrize("case", ["cas_grand_compte_centrale_achat", "cas_cse_billetterie"])
def test_a_case_study_computes_with_its_own_figures(calculator: Browser, case: str) -> None:
    """Before anything loads, the case's figures (build time); then the same figures computed in the page."""
    tab = calculator
    tab.open(f"etudes_de_cas/{case}.html")
    sections = tab.page.query_selector_all("section.sp-sim")
    assert sections
    built = {}
    for section in sections:
        ident, code, preset = (section.get_attribute(a) for a in ("id", "data-code", "data-preset"))
        assert preset, ident
        values = json.dumps(
            {f["name"]: f["default"] for f in REGISTRY[str(code)].describe(preset)["fields"]}, ensure_ascii=False
        )
        built[str(ident)] = (str(code), values)
        assert tab.shown(str(ident)) == expected(str(code), values)
    first = next(iter(built))
    tab.start(first)
    for ident, (code, values) in built.items():
        tab.page.dispatch_event(f"#{ident} .sp-sim-form", "submit")
        tab.settle()
        shown = tab.shown(ident)
        assert shown == expected(code, values) == expected(code, tab.values(ident))
    tab.open(CALCULATOR)  # back to the page the other tests use
    tab.start(tab.sections()["commande"])
    assert not tab.problems


def test_no_package_is_downloaded_and_nothing_leaves_the_site(calculator: Browser) -> None:
    stats = calculator.page.evaluate("window.salesplanSimulators.stats()")
    assert stats["refusedLoads"] == 0
    assert not [u for u in calculator.requests if u.endswith((".whl", "pyodide-lock.json", ".tar", ".tgz"))]
    assert all(
        urlsplit(u).hostname == "127.0.0.1" for u in calculator.requests if urlsplit(u).scheme in {"http", "https"}
    )
    assert not calculator.problems


def test_the_calculator_starts_from_the_build_s_memory_snapshot(calculator: Browser) -> None:
    """The figures of the tests above were computed by a Python restored from the snapshot."""
    stats = calculator.page.evaluate("window.salesplanSimulators.stats()")
    assert (stats["path"], stats["fallback"]) == ("snapshot", None)
    assert calculator.page.get_attribute("html", "data-sp-sim-path") == "snapshot"
    assert any("/pyodide-snapshot-" in u for u in calculator.requests)


def test_the_mouse_over_the_start_button_starts_loading_without_a_message(browser: Any, server: str) -> None:
    tab = Browser(browser, server, viewport={"width": 1280, "height": 900})
    try:
        tab.open(CHAPTER)
        section = tab.sections()["commande"]
        tab.page.wait_for_timeout(500)
        assert not [u for u in tab.requests if any(part in u for part in PYODIDE_URLS)]
        tab.page.hover(f"#{section} .sp-sim-start")
        tab.page.wait_for_function("() => window.salesplanSimulators.state() === 'ready'", timeout=120_000)
        assert any("/pyodide-snapshot-" in u for u in tab.requests)
        assert tab.page.locator(f"#{section} .sp-sim-status").text_content() == ""  # not started: no message
        assert tab.page.locator(f"#{section} .sp-sim-start").is_visible()
        tab.page.click(f"#{section} .sp-sim-start")
        assert "Calculateur prêt" in str(tab.page.locator(f"#{section} .sp-sim-status").text_content())
        set_value(tab, section, {"name": "escompte", "kind": "rate"}, "3")
        tab.settle()
        assert tab.shown(section) == expected("commande", tab.values(section))
        assert not tab.problems
    finally:
        tab.close()


def _corrupt(route: Any) -> None:
    """The real snapshot with its memory header changed: gzip reads it, Pyodide must refuse it."""
    data = bytearray(gzip.decompress(route.fetch().body()))
    data[0:4] = b"XXXX"
    route.fulfill(status=200, body=gzip.compress(bytes(data), 1), content_type="application/octet-stream")


def _truncated(route: Any) -> None:
    body = route.fetch().body()
    route.fulfill(status=200, body=body[: len(body) // 2], content_type="application/octet-stream")


def _missing(route: Any) -> None:
    route.fulfill(status=404, body="absent", content_type="text/plain")


@pytest.mark.parametrize("damage", [_missing, _truncated, _corrupt], ids=["missing", "truncated", "corrupt"])
def test_without_a_usable_snapshot_python_starts_the_ordinary_way(browser: Any, server: str, damage: Any) -> None:
    tab = Browser(browser, server, viewport={"width": 1280, "height": 900})
    try:
        tab.context.route(SNAPSHOT, damage)  # the last route added answers first
        tab.open(CHAPTER)
        section = tab.sections()["commande"]
        tab.start(section)
        assert "Calculateur prêt" in str(tab.page.locator(f"#{section} .sp-sim-status").text_content())
        stats = tab.page.evaluate("window.salesplanSimulators.stats()")
        assert stats["path"] == "standard" and stats["fallback"]
        set_value(tab, section, {"name": "escompte", "kind": "rate"}, "3")
        tab.settle()
        assert tab.shown(section) == expected("commande", tab.values(section))
        assert json.loads(tab.values(section))["escompte"] == "3"
        assert not [p for p in tab.problems if "pyodide-snapshot-" not in p]
    finally:
        tab.close()


def test_axe_finds_no_serious_violation_with_running_simulators(calculator: Browser) -> None:
    section = calculator.sections()["commande"]
    set_value(calculator, section, {"name": "escompte", "kind": "rate"}, "abc")  # an error in one live region
    calculator.settle()
    calculator.page.add_script_tag(path=str(AXE))
    assert calculator.page.evaluate(AXE_RUN) == []
    set_value(calculator, section, {"name": "escompte", "kind": "rate"}, "2")
    calculator.settle()


def test_a_chapter_loads_pyodide_only_when_the_student_starts_and_works_with_the_keyboard(
    browser: Any, server: str
) -> None:
    tab = Browser(browser, server, viewport={"width": 1280, "height": 900})
    try:
        tab.open(CHAPTER)
        tab.page.wait_for_timeout(1500)
        assert not [u for u in tab.requests if any(part in u for part in PYODIDE_URLS)]
        section = tab.sections()["commande"]
        start = tab.page.locator(f"#{section} .sp-sim-start")
        for _ in range(400):  # Tab through the page to the start button
            tab.page.keyboard.press("Tab")
            if start.evaluate("(b) => b === document.activeElement"):
                break
        else:
            pytest.fail("le bouton « Lancer le simulateur » n'est pas atteignable au clavier")
        tab.page.keyboard.press("Enter")
        status = tab.page.locator(f"#{section} .sp-sim-status")
        assert status.text_content() == "Chargement du calculateur…"
        tab.page.wait_for_function(READY, timeout=120_000)
        assert "Calculateur prêt" in str(status.text_content())
        # the keyboard lands in the first field; Tab to « Ajouter une ligne » of the order lines
        focused = "() => document.activeElement && (document.activeElement.id || document.activeElement.className)"
        assert tab.page.evaluate(focused) == f"{section}-lignes-1-designation"
        while tab.page.evaluate(focused) != "sp-sim-add":
            tab.page.keyboard.press("Tab")
        tab.page.keyboard.press("Enter")  # a third row; the focus goes to its first cell
        assert tab.page.evaluate(focused) == f"{section}-lignes-3-designation"
        tab.page.keyboard.type("Clavier")
        for value in ("4", "12,5"):
            tab.page.keyboard.press("Tab")
            tab.page.keyboard.press("Control+A")
            tab.page.keyboard.type(value)
        tab.page.keyboard.press("Enter")
        tab.settle()
        shown = tab.shown(section)
        assert ["Clavier", "4", "12,50\u00a0€", "20\u00a0%", "50,00\u00a0€"] in shown["tables"][0]
        assert shown == expected("commande", tab.values(section))
        tab.page.keyboard.press("Tab")  # the VAT choice of row 3, then its « Supprimer »
        tab.page.keyboard.press("Tab")
        assert "la ligne 3" in tab.page.evaluate("() => document.activeElement.textContent")
        tab.page.keyboard.press("Space")
        tab.settle()
        assert len(tab.shown(section)["tables"][0]) == 3  # header and two rows
        assert not tab.problems
    finally:
        tab.close()


def test_without_webassembly_a_french_message_and_the_rest_of_the_page_works(browser: Any, server: str) -> None:
    tab = Browser(browser, server, viewport={"width": 1280, "height": 900})
    try:
        tab.context.add_init_script("delete window.WebAssembly;")
        tab.open(CHAPTER)
        section = tab.sections()["commande"]
        default = tab.shown(section)
        tab.page.click(f"#{section} .sp-sim-start")
        status = str(tab.page.locator(f"#{section} .sp-sim-status").text_content())
        assert "WebAssembly" in status and "le reste de la page fonctionne" in status
        assert tab.shown(section) == default and default["ok"]
        tab.page.wait_for_function("() => document.querySelector('.sp-quiz button')", timeout=10_000)  # the quiz
        assert not [u for u in tab.requests if any(part in u for part in PYODIDE_URLS)]
        assert not tab.problems
    finally:
        tab.close()


LINES_LAYOUT = """(id) => [...document.querySelectorAll('#' + id + ' .sp-sim-lines')].map((lines) => ({
  name: lines.getAttribute('data-name'),
  scrolls: [...lines.querySelectorAll('.sp-sim-lines-scroll')].some((box) => box.scrollWidth > box.clientWidth),
  controls: [...lines.querySelectorAll('tbody input, tbody select, tbody button, .sp-sim-add')].map((c) => {
    const box = c.getBoundingClientRect();
    const cell = c.closest('td');
    return {name: c.getAttribute('aria-label') || c.textContent.trim(), left: box.left, right: box.right,
      heading: cell && cell.dataset.heading ? getComputedStyle(cell, '::before').content : null};
  })}))"""


def test_the_forms_fit_a_390_px_screen(browser: Any, server: str) -> None:
    """Nothing scrolls sideways; lines tables become cards: every field and « Supprimer » in view (order first)."""
    tab = Browser(browser, server, viewport={"width": 390, "height": 844}, device_scale_factor=1)
    try:
        for name in (CHAPTER, CALCULATOR):
            tab.open(name)
            width = tab.page.evaluate("() => document.documentElement.scrollWidth")
            assert width <= 390, (name, width)
            for section in tab.page.query_selector_all("section.sp-sim"):
                box = section.bounding_box()
                assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
            for code, section_id in tab.sections().items():  # every lines table of the page, the order's first
                for t in tab.page.evaluate(LINES_LAYOUT, section_id):
                    assert not t["scrolls"], (name, code, t["name"])
                    names = [c["name"] for c in t["controls"]]
                    assert "Ajouter une ligne" in names, names
                    outside = [c["name"] for c in t["controls"] if c["left"] < 0 or c["right"] > 390]
                    assert outside == [], (name, code, outside)
            tables = tab.page.evaluate(LINES_LAYOUT, tab.sections()["commande"])
            assert [t["name"] for t in tables] == ["lignes", "reductions"]
            assert all("Supprimer la ligne 1" in [c["name"] for c in t["controls"]] for t in tables)
            order_cells = {c["name"]: c["heading"] for c in tables[0]["controls"]}
            assert order_cells["Taux de TVA, ligne 2"] == '"Taux de TVA"'  # each field under its heading
            assert order_cells["Prix unitaire HT, ligne 1"] == '"Prix unitaire HT (€)"'
        tab.page.add_script_tag(path=str(AXE))  # the cards keep the names and roles: axe, on the calculator
        assert tab.page.evaluate(AXE_RUN) == []
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        tab.page.locator("section.sp-sim").first.screenshot(path=str(SCREENSHOTS / "simulateur-390.png"))
        assert not tab.problems
    finally:
        tab.close()
