"""Benchmark of ``salesplan grade``: a class of 35 copies, and the hostile class; updates benchmarks/RESULTS.md.

Run from the repository root:

    .venv/bin/python benchmarks/grading_bench.py

1. 35 copies of ``montant_commande`` (20 right, 10 with a wrong question 2, 5 blank), graded with the
   default settings (bubblewrap sandbox, 30 s per cell, one copy per core): wall time of the whole run.
2. The hostile class of the tests (``tests/hostile_class.py``): copies tried, escapes that worked
   (points won by an escaping copy, or a trace outside the sandbox: file, connection, process,
   gradebook rewritten), hangs (a run longer than its bound: every cell's clock plus start-up).

The section ``## Correction des copies`` of RESULTS.md is replaced (or added at the end).
"""

from __future__ import annotations

import os
import platform
import secrets
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from hostile_class import (  # noqa: E402
    ASSIGNMENT,
    ESCAPES,
    EXPECTED,
    Traps,
    answered,
    blank,
    hostile_copies,
    solution,
    write_class,
)

from salesplan.tooling.grading import grade  # noqa: E402
from salesplan.tooling.sandbox import GRACE, STARTUP, Limits  # noqa: E402

RESULTS = ROOT / "benchmarks" / "RESULTS.md"
TITLE = "## Correction des copies"
Q2_WRONG = 'montant_remise = "317,60"\nnet_apres_remise = "3 652,40"\nmontant_ristourne = "1"\nnet_commercial = "2"'


def class_of_35(root: Path) -> float:
    copies = {f"e{n:02d}": solution() for n in range(20)}
    copies |= {f"f{n:02d}": answered(solution(), q2_reponse=Q2_WRONG) for n in range(10)}
    copies |= {f"v{n:02d}": blank() for n in range(5)}
    write_class(root, dict(copies))
    start = time.perf_counter()
    results = grade(ASSIGNMENT, root, out=root.parent / "correction", progress=lambda _: None)
    elapsed = time.perf_counter() - start
    assert len(results) == 36 and sum(r.status == "corrigé" for r in results) == 35  # + the « lien » copy
    return elapsed


def hostile(root: Path) -> tuple[int, int, int, float]:
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    accepted: list[int] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                server.accept()[0].close()
                accepted.append(1)
            except TimeoutError:
                continue

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    traps = Traps(secrets.token_hex(6), server.getsockname()[1], root / "rendus", root / "correction")
    write_class(traps.submissions, hostile_copies(traps))
    timeout, limits = 5, Limits(memory=384 * 1024**2, output=1024**2)
    start = time.perf_counter()
    results = {r.student: r for r in grade(ASSIGNMENT, traps.submissions, out=traps.out, timeout=timeout,
                                           limits=limits, progress=lambda _: None)}  # fmt: skip
    elapsed = time.perf_counter() - start
    time.sleep(4)
    stop.set()
    thread.join()
    escapes = sum(results[name].total > 0 for name in ESCAPES)
    escapes += len(accepted) + sum(p.exists() for p in (traps.tmp_file, traps.pth_file, traps.package_file))
    escapes += "evasion" in (traps.out / ASSIGNMENT / "notes.csv").read_text(encoding="utf-8-sig")
    for path in (traps.tmp_file, traps.pth_file, traps.package_file):
        path.unlink(missing_ok=True)
    cells = 20
    bound = len(results) / (os.cpu_count() or 1) * (cells * (timeout + GRACE) + STARTUP)
    hangs = int(elapsed > bound) + len(set(EXPECTED) - set(results))
    return len(results), escapes, hangs, elapsed


def section(elapsed_35: float, tried: int, escapes: int, hangs: int, elapsed_hostile: float) -> str:
    load = os.getloadavg()[0]
    french = lambda x: f"{x:.1f}".replace(".", ",")  # noqa: E731
    goal = "atteint" if elapsed_35 < 60 else "non atteint"
    return f"""{TITLE}

`salesplan grade` (bac à sable bubblewrap, une copie par cœur), `benchmarks/grading_bench.py`, le
{time.strftime("%d/%m/%Y")}, {os.cpu_count()} cœurs, Python {platform.python_version()}, charge
moyenne au départ {french(load)} (d'autres assistants travaillaient sur la machine : temps pessimistes).

| mesure | valeur | objectif |
|---|---:|---|
| 35 copies de `montant_commande` (20 justes, 10 fausses, 5 vides) : durée | {french(elapsed_35)} s | < 60 s : {goal} |
| classe hostile : copies essayées | {tried} | |
| classe hostile : évasions réussies | {escapes} | 0 : {"atteint" if escapes == 0 else "NON ATTEINT"} |
| classe hostile : blocages | {hangs} | 0 : {"atteint" if hangs == 0 else "NON ATTEINT"} |
| classe hostile : durée totale (5 s par cellule) | {french(elapsed_hostile)} s | |

Copies hostiles : bonne, fausse, vide, qui plante, qui boucle, qui ignore les signaux, qui masque ou
avale ses erreurs, valeurs truquées (`__eq__`), bombe mémoire, sortie inondée, disque rempli, `os._exit`,
`kill(-1)`, sept carnets
mal formés, dossier vide, lien vers le corrigé, et huit évasions (lecture des corrigés et des autres
copies, fork/exec/`posix_spawn`/`system`, `.pth` dans l'environnement, écriture dans `salesplan/`, dans
`/tmp`, dans les rendus, socket vers 127.0.0.1, processus en arrière-plan qui réécrit le carnet de notes).
"""


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="salesplan-bench-") as tmp:
        elapsed_35 = class_of_35(Path(tmp) / "classe" / "rendus")
        tried, escapes, hangs, elapsed_hostile = hostile(Path(tmp) / "hostile")
    text = RESULTS.read_text(encoding="utf-8")
    new = section(elapsed_35, tried, escapes, hangs, elapsed_hostile)
    if TITLE in text:
        before, after = text.split(TITLE, 1)
        rest = after.split("\n## ", 1)
        text = before + new + ("\n## " + rest[1] if len(rest) > 1 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + new
    RESULTS.write_text(text, encoding="utf-8")
    print(new)


if __name__ == "__main__":
    main()
