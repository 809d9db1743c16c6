"""The class report (rapport.html): figures, charts with text alternatives, offline, axe-core clean in Chromium."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hostile_class import SOLUTION

from salesplan.tooling.browser import chromium, served
from salesplan.tooling.build import ROOT
from salesplan.tooling.grading import Assignment, Result
from salesplan.tooling.grading_report import distribution, mistakes, report_html, success, write_report

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_RUN = """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
  .map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)"""
CHARTS = """() => [...document.querySelectorAll('svg')].map((svg) => ({
  role: svg.getAttribute('role'),
  title: svg.querySelector('title')?.textContent ?? '',
  desc: svg.querySelector('desc')?.textContent ?? '',
  caption: svg.closest('figure')?.querySelector('figcaption')?.textContent ?? '',
  table: svg.closest('figure')?.querySelectorAll('table tbody tr').length ?? 0,
  bars: svg.querySelectorAll('rect').length,
}))"""


def scores(q1: int, q2: int, q3: int, q4: int, q5: int) -> dict[str, Decimal]:
    return {f"q{i}-verification": Decimal(v) for i, v in enumerate((q1, q2, q3, q4, q5), start=1)}


def class_results() -> list[Result]:
    wrong_vat = "Question 4 : le montant de la TVA est inexact."
    wrong_global = "Question 5 : le taux global est inexact."
    return [
        Result("alice", "montant_commande", scores(1, 2, 2, 3, 2)),
        Result("bob", "montant_commande", scores(1, 2, 2, 0, 0), [wrong_vat, wrong_global]),
        Result("chloé", "montant_commande", scores(1, 2, 0, 0, 0), ["Question 3 : non vérifié.", wrong_vat]),
        Result("david", "montant_commande", scores(0, 0, 0, 0, 0), ["Aucun rendu."], "non rendu"),
        Result("<émile>", "montant_commande", scores(1, 0, 0, 0, 0), ["Q"], "temps dépassé"),
        Result("zoé", "montant_commande", scores(0, 0, 0, 0, 0), ["Hors liste."], "hors liste"),
    ]


def test_the_report_figures_come_from_the_results() -> None:
    assignment, results = Assignment(SOLUTION), class_results()
    rates = {gid: (ok, n) for gid, _p, ok, n in success(results, assignment)}
    assert rates["q1-verification"] == (4, 4) and rates["q4-verification"] == (1, 4)
    bins = dict(distribution([r for r in results if r.status not in ("non rendu", "hors liste")], assignment.total))
    assert bins["de 9 à 10"] == bins["de 5 à moins de 6"] == bins["de 3 à moins de 4"] == bins["de 1 à moins de 2"] == 1
    assert sum(bins.values()) == 4
    top = mistakes(results)
    assert top[0][:2] == ("Question 4 : le montant de la TVA est inexact.", 2)
    assert all(m != "Aucun rendu." for m, _n, _w in top)  # a copy not handed in is no mistake
    page = report_html(results, assignment)
    assert "<script" not in page and "http://" not in page.replace("http://www.w3.org/2000/svg", "")
    assert "&lt;émile&gt;" in page and "<émile>" not in page  # names are escaped
    assert "Question 4</strong> (3 pt) : 1 réussite sur 4 (25\u00a0%)" in page
    assert "Erreur la plus fréquente : « Question 4 : le montant de la TVA est inexact. »" in page


@pytest.mark.browser
def test_the_report_in_chromium_has_charts_with_text_alternatives_and_is_axe_clean(tmp_path: Path) -> None:
    assert AXE.is_file(), "npm ci (axe-core is a devDependency in package.json)"
    write_report(class_results(), Assignment(SOLUTION), tmp_path)
    with served(tmp_path) as server, chromium() as browser:
        tab = browser.new_page()
        outside: list[str] = []
        tab.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server) else None)
        tab.goto(f"{server}/rapport.html", wait_until="load")
        charts = tab.evaluate(CHARTS)
        assert len(charts) == 3
        for chart in charts:
            assert chart["role"] == "img" and chart["title"] and chart["desc"] and chart["caption"]
            assert chart["table"] >= 1 and chart["bars"] >= 1
        assert tab.evaluate("document.documentElement.lang") == "fr"
        text = tab.inner_text("main")
        assert "À réexpliquer en priorité" in text and "david" in text
        tab.add_script_tag(path=str(AXE))
        assert tab.evaluate(AXE_RUN) == []
        tab.screenshot(path=str(tmp_path / "rapport.png"), full_page=True)
    assert outside == []
