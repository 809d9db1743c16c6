"""Benchmarks of the library's bulk computations; writes benchmarks/RESULTS.md.

Run from the repository root:

    .venv/bin/python benchmarks/run.py

Each timing is the best of N repeats with ``time.perf_counter`` (the least
disturbed run). Inputs are generated with fixed seeds, so every run measures
the same work. Measured:

1. lead scoring of 1 000 000 prospects: ``scorer_fichier`` (vectorised) vs a
   plain loop of ``score_prospect`` timed on 100 000 rows and extrapolated ×10;
2. the comparison grid on 10 000 offers × 20 criteria: ``classer_vectorise``
   (numpy floats) vs a plain-Python float loop, and the exact ``comparer_offres``
   (Decimal / fractions) for reference;
3. 100 000 order computations with ``salesplan.commande.calculer_commande``
   (skipped with a note if the module is missing);
4. the course site (``site_bench.py``): clean / no-change / one-chapter builds, the
   whole test suite once, page weight against a bare Jupyter Book page, and the
   quiz in Chromium (click to feedback, time until usable); the tests' screenshots
   are copied to ``benchmarks/screenshots/``;
5. the quiz's stretched number keys and the SCORM package (``quiz_bench.py``).

``--no-suite`` skips the test suite (its line then says so).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import importlib.metadata
import os
import platform
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from salesplan.grille import classer_vectorise, comparer_offres  # noqa: E402
from salesplan.lead_scoring import REGLES_BUREAUTIK_PRO, score_prospect, scorer_fichier  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
import quiz_bench  # noqa: E402
import simulator_bench  # noqa: E402
import site_bench  # noqa: E402

SEED = 2026


def fr(x: float, decimals: int) -> str:
    """A number the French way for the results table: 0,585."""
    return f"{x:.{decimals}f}".replace(".", ",")


def best_of(func: Callable[[], Any], repeats: int) -> float:
    """Best wall-clock time in seconds of ``repeats`` calls."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def prospects(n: int, seed: int = SEED) -> pd.DataFrame:
    """A generated prospect file with every field of the Bureautik Pro rules."""
    rng = np.random.default_rng(seed)
    regles = REGLES_BUREAUTIK_PRO
    data: dict[str, Any] = {c: rng.choice(list(v), n) for c, v in regles.categories.items()}
    data["effectif"] = rng.integers(0, 600, n)
    data["chiffre_affaires"] = rng.integers(0, 20_000_000, n)
    for action in regles.comportements:
        data[action] = rng.poisson(1.0, n)
    return pd.DataFrame(data)


def bench_lead_scoring(lines: list[str]) -> None:
    n, n_loop = 1_000_000, 100_000
    df = prospects(n)
    vect = best_of(lambda: scorer_fichier(df), repeats=5)
    records = df.head(n_loop).to_dict("records")
    loop = best_of(lambda: [score_prospect(r) for r in records], repeats=2) * (n / n_loop)
    lines += [
        "## Lead scoring, 1 000 000 prospects",
        "",
        "| méthode | temps (s) |",
        "|---|---:|",
        f"| `scorer_fichier` (vectorisé, meilleur de 5) | {fr(vect, 3)} |",
        f"| boucle `score_prospect` (mesurée sur 100 000 lignes, ×10, meilleur de 2) | {fr(loop, 1)} |",
        "",
        f"Rapport boucle / vectorisé : **× {loop / vect:.0f}**.",
        "",
    ]


def plain_loop_ranking(rows: list[list[float]], weights: list[float]) -> list[int]:
    """Reference in plain Python: weighted marks, then ranks (ties within 1e-9 × 20 share a rank)."""
    total_w = sum(weights)
    totals = [sum(w * m for w, m in zip(weights, row, strict=True)) / total_w for row in rows]
    order = sorted(range(len(totals)), key=lambda i: -totals[i])
    ranks = [0] * len(totals)
    for pos, i in enumerate(order):
        prev = order[pos - 1] if pos else None
        ranks[i] = ranks[prev] if prev is not None and totals[prev] - totals[i] <= 2e-8 else pos + 1
    return ranks


def bench_grid(lines: list[str]) -> None:
    n_offers, n_criteria = 10_000, 20
    rng = random.Random(SEED)
    criteria = {f"critère {j + 1}": rng.randint(1, 10) for j in range(n_criteria)}
    marks = [[rng.randint(0, 40) / 2 for _ in range(n_criteria)] for _ in range(n_offers)]
    frame = pd.DataFrame(marks, columns=list(criteria), index=[f"offre {i}" for i in range(n_offers)])
    vect = best_of(lambda: classer_vectorise(frame, criteria), repeats=5)
    weights = [float(w) for w in criteria.values()]
    loop = best_of(lambda: plain_loop_ranking(marks, weights), repeats=3)
    notes = {f"offre {i}": dict(zip(criteria, row, strict=True)) for i, row in enumerate(marks)}
    exact = best_of(lambda: comparer_offres(criteria, notes).classement(), repeats=1)
    fast = classer_vectorise(frame, criteria)["rang"].to_dict()
    slow = dict(zip(frame.index, plain_loop_ranking(marks, weights), strict=True))
    agree = "oui" if fast == slow else "NON"
    lines += [
        "## Grille de comparaison, 10 000 offres × 20 critères",
        "",
        "| méthode | temps (s) |",
        "|---|---:|",
        f"| `classer_vectorise` (numpy, flottants, meilleur de 5) | {fr(vect, 4)} |",
        f"| boucle Python pure sur flottants (meilleur de 3) | {fr(loop, 3)} |",
        f"| `comparer_offres(...).classement()` exact (Decimal, fractions ; 1 essai) | {fr(exact, 2)} |",
        "",
        f"Rapport boucle / vectorisé : **× {loop / vect:.0f}** ; mêmes rangs : {agree}.",
        "",
    ]


def bench_orders(lines: list[str]) -> None:
    try:
        commande = importlib.import_module("salesplan.commande")
        calculer = commande.calculer_commande
    except (ImportError, AttributeError):
        note = "salesplan.commande.calculer_commande n'existe pas encore : mesure sautée."
        print(note)
        lines += ["## Commandes", "", note, ""]
        return
    n = 100_000
    rng = random.Random(SEED)
    orders = [
        (
            [(rng.randint(1, 50), f"{rng.randint(100, 99_999) / 100:.2f}") for _ in range(rng.randint(1, 5))],
            [rng.choice([0, 2, 5, 10])],
            rng.choice([0, 1, 2]),
            rng.choice([0, 15, 25]),
        )
        for _ in range(n)
    ]

    def run() -> None:
        for lignes, reductions, escompte, port in orders:
            calculer(lignes, reductions=reductions, escompte=escompte, frais_de_port=port)

    t = best_of(run, repeats=3)
    lines += [
        "## Calcul de commandes, 100 000 commandes",
        "",
        "| méthode | temps (s) | par commande (µs) |",
        "|---|---:|---:|",
        f"| boucle `calculer_commande` (1 à 5 lignes, Decimal, meilleur de 3) | {fr(t, 2)} | {fr(t / n * 1e6, 0)} |",
        "",
    ]


def header(machine: list[str]) -> list[str]:
    versions = ", ".join(
        f"{name} {importlib.metadata.version(name)}" for name in ("numpy", "pandas", "matplotlib", "salesplan")
    )
    return [
        "# Mesures de performance",
        "",
        "Produit par `make bench` (`.venv/bin/python benchmarks/run.py`) ; ne pas modifier à la main.",
        "",
        f"- date : {dt.datetime.now():%d/%m/%Y %H:%M}",
        f"- machine : {os.cpu_count()} cœurs (nproc), {platform.machine()}, {platform.system()} {platform.release()}",
        *machine,
        f"- Python {platform.python_version()} ; {versions}",
        f"- méthode : `time.perf_counter`, meilleur de N essais, données générées avec une graine fixe ({SEED}).",
        "",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-suite", action="store_true", help="skip the whole test suite's timing")
    options = parser.parse_args()
    print("site…", flush=True)
    site_lines, machine = site_bench.site_sections(run_suite=not options.no_suite)
    if options.no_suite:
        site_lines += ["Suite de tests : non mesurée cette fois (`--no-suite`).", ""]
    lines = header(machine)
    for bench in (bench_lead_scoring, bench_grid, bench_orders):
        print(f"{bench.__name__}…", flush=True)
        bench(lines)
    lines += site_lines
    print("quiz…", flush=True)
    lines += quiz_bench.sections()
    print("simulateurs…", flush=True)
    lines += simulator_bench.section()
    out = ROOT / "benchmarks" / "RESULTS.md"
    out.write_text("\n".join(lines), encoding="utf-8")
    print(out.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
