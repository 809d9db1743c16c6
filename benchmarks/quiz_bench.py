"""Benchmarks of the quiz's stretched keys and of the SCORM package; a section of benchmarks/RESULTS.md.

Run alone (the site built first: ``salesplan build``), it replaces its own
section of RESULTS.md::

    .venv/bin/python benchmarks/quiz_bench.py

``run.py`` calls :func:`sections` too. Measured:

1. what one guess costs a script that tries every amount up to 100 000 € (10^7
   counts of cents) against one numeric answer: one SHA-256 (the old page) vs
   one PBKDF2 of :data:`~salesplan.exercises.serialise.ITERATIONS` rounds
   (hashlib, one core);
2. the build's share: stretching every number key of every chapter, cold (no
   cache) and warm (the key cache the build keeps in book/_build);
3. one check in Chromium on the built site: a numeric answer and a whole
   invoice, with Web Crypto and with the JavaScript fallback;
4. the SCORM package: size, files, with ``--sans-simulateurs``, and the
   largest ``cmi.suspend_data`` a quiz can write.
"""

from __future__ import annotations

import hashlib
import json
import os
import statistics
import sys
import tempfile
import time
import timeit
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from salesplan.exercises import BANKS, VARIANT_SEEDS  # noqa: E402
from salesplan.exercises import serialise as S  # noqa: E402
from salesplan.tooling.browser import chromium, served  # noqa: E402
from salesplan.tooling.build import OUTPUT  # noqa: E402
from salesplan.tooling.scorm import SIMULATORS, SUSPEND_DATA_LIMIT, package  # noqa: E402

TITLE = "## Quiz : réponses chiffrées étirées (PBKDF2) et paquetage SCORM"
AMOUNTS = 10_000_000  # every amount up to 100 000 €, in cents
QUIZ_PAGE = "negociation/montant_commande.html"


def fr(x: float, decimals: int) -> str:
    return f"{x:,.{decimals}f}".replace(",", "\u202f").replace(".", ",")


def best(func: Any, repeats: int) -> float:
    """Best processor time of ``repeats`` calls, in seconds (what the work costs, whatever else the machine runs)."""
    return min(timeit.Timer(func, timer=time.process_time).repeat(number=1, repeat=repeats))


def bench_attack() -> list[str]:
    salt = "0123456789abcdef"
    sha = best(lambda: [hashlib.sha256(f"{salt}|{n}".encode()).digest() for n in range(10_000)], 5) / 10_000
    pbkdf2 = best(lambda: hashlib.pbkdf2_hmac("sha256", b"85500", salt.encode(), S.ITERATIONS), 5)
    return [
        "| une réponse chiffrée, script qui essaie tous les montants jusqu'à 100 000 € (10⁷ centimes), un cœur "
        "| un essai | tous les montants |",
        "|---|---:|---:|",
        f"| avant : un SHA-256 de `sel\\|centimes` | {fr(sha * 1e6, 2)} µs | {fr(sha * AMOUNTS, 1)} s |",
        f"| maintenant : PBKDF2-HMAC-SHA256, {fr(S.ITERATIONS, 0)} tours | {fr(pbkdf2 * 1e3, 1)} ms "
        f"| {fr(pbkdf2 * AMOUNTS / 3600, 0)} h |",
        "",
        "Temps de processeur (meilleur de 5), un cœur de cette machine ; huit cœurs divisent ces heures par huit, "
        "une carte graphique bien davantage : l'étirement freine la recherche, il ne la rend pas impossible "
        "(le quiz est un outil d'entraînement, pas un examen).",
        "",
    ]


def bench_build() -> list[str]:
    keys = {
        (S.salt_for(bank.chapter, q), token)
        for bank in BANKS.values()
        for entry in bank.entries
        for q in bank.variants(entry, VARIANT_SEEDS)
        for token in _number_tokens(q)
    }
    S._stretched.cache_clear()
    os.environ.pop(S.CACHE_ENV, None)
    S._disk.clear()
    start, cpu = time.perf_counter(), time.process_time()
    for bank in BANKS.values():
        S.chapter_data(bank)
    cold, cold_cpu = time.perf_counter() - start, time.process_time() - cpu
    with tempfile.TemporaryDirectory() as folder:
        os.environ[S.CACHE_ENV] = str(Path(folder) / "keys.json")
        S.save_cache()
        S._stretched.cache_clear()
        S._disk.clear()
        S._disk_read.clear()
        start = time.perf_counter()
        for bank in BANKS.values():
            S.chapter_data(bank)
        warm = time.perf_counter() - start
        os.environ.pop(S.CACHE_ENV)
    return [
        f"Construction : {len(keys)} réponses chiffrées (5 énoncés par question, erreurs type comprises). Étirer "
        f"toutes leurs clés pour les {len(BANKS)} quiz coûte {fr(cold_cpu, 1)} s de processeur, réparties sur les "
        f"{os.cpu_count()} cœurs (hashlib libère le GIL) : environ {fr(cold_cpu / (os.cpu_count() or 1), 0)} s de plus "
        f"pour une construction propre (`rm -rf book/_build`) sur une machine libre ({fr(cold, 1)} s mesurées ici, "
        f"sous charge). Les constructions suivantes lisent le cache des clés (`book/_build/quiz-keys.json`, hors du "
        f"site publié) : {fr(warm, 1)} s pour tous les quiz.",
        "",
    ]


def _number_tokens(question: Any) -> list[str]:
    from salesplan.exercises import answers as A
    from salesplan.exercises.questions import InvoiceQuestion, NumericQuestion

    if isinstance(question, NumericQuestion):
        return [A.number_token(v, question.step) for v in (question.answer, *(m.value for m in question.mistakes))]
    if isinstance(question, InvoiceQuestion):
        return [
            A.token("field", key=f.key, value=A.number_token(v, f.step))
            for f in question.fields
            for v in (f.answer, *(m.value for m in f.mistakes))
        ]
    return []


CHECK = """async ([kind, engine, raw, runs]) => {
  const data = JSON.parse(document.querySelector("script[type='application/json']").textContent);
  const q = data.questions.map((e) => e.variants[0]).find((v) => v.kind === kind);
  window.SalesplanQuiz.useEngine(engine);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await window.SalesplanQuiz.check(q, data.rules, raw);
    times.push(performance.now() - start);
  }
  return {times, fields: (q.fields || []).length};
}"""


def bench_browser() -> list[str]:
    rows = []
    with served(OUTPUT) as base, chromium() as browser:
        page = browser.new_page()
        page.goto(f"{base}/{QUIZ_PAGE}")
        page.wait_for_selector(".sp-quiz .sp-q")
        for engine, label in (("webcrypto", "Web Crypto"), ("javascript", "JavaScript (sans `crypto.subtle`)")):
            number = page.evaluate(CHECK, ["numeric", engine, "1234,56", 20])
            invoice = page.evaluate(CHECK, ["invoice", engine, {}, 1])  # warm-up shape
            fields = invoice["fields"]
            filled = page.evaluate(
                "() => Object.fromEntries(JSON.parse(document.querySelector(\"script[type='application/json']\")"
                ".textContent).questions.map((e) => e.variants[0]).find((v) => v.kind === 'invoice')"
                ".fields.map((f, i) => [f.key, String(100 + i)]))"
            )
            invoice = page.evaluate(CHECK, ["invoice", engine, filled, 10])
            rows.append(
                f"| {label} | {fr(statistics.median(number['times']), 1)} | {fr(max(number['times']), 1)} "
                f"| {fr(statistics.median(invoice['times']), 1)} ({fields} cases) | {fr(max(invoice['times']), 1)} |"
            )
    return [
        f"Une vérification dans Chromium (page `{QUIZ_PAGE}`, serveur local, `SalesplanQuiz.check`, ms ; "
        "réponse fausse : la clé est étirée, hachée, puis cherchée parmi les erreurs type). "
        "Objectif : bien sous 100 ms.",
        "",
        "| moteur | nombre : médiane | max | facture, toutes les cases : médiane | max |",
        "|---|---:|---:|---:|---:|",
        *rows,
        "",
        "Chromium traite `file://` comme un contexte sécurisé (`isSecureContext` vrai, vérifié par "
        "`tests/test_quiz_browser.py`) : le site ouvert depuis le disque utilise aussi Web Crypto. Le repli "
        "JavaScript ne sert que sur une page servie en `http://` par une autre machine (serveur d'établissement "
        "sans https) ou un navigateur sans Web Crypto.",
        "",
    ]


def bench_scorm() -> list[str]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for label, exclude in (("complet", ()), ("`--sans-simulateurs`", SIMULATORS)):
            out = package(out=Path(folder) / "p.zip", exclude=exclude)
            with zipfile.ZipFile(out) as archive:
                count = len(archive.namelist())
                raw = sum(i.file_size for i in archive.infolist())
            rows.append(f"| {label} | {fr(out.stat().st_size / 1e6, 1)} | {fr(raw / 1e6, 1)} | {count} |")
    worst = max(
        len(
            json.dumps(
                {"s": [e.id for e in b.entries], "a": [], "v": {e.id: 4 for e in b.entries}}, separators=(",", ":")
            )
        )
        for b in BANKS.values()
    )
    return [
        "| paquetage SCORM 1.2 | zip (Mo) | décompressé (Mo) | fichiers |",
        "|---|---:|---:|---:|",
        *rows,
        "",
        f"`cmi.suspend_data` le plus long (le plus grand quiz, toutes les questions réussies, chacune sur son "
        f"dernier énoncé) : **{worst} caractères** sur {SUSPEND_DATA_LIMIT} permis par SCORM 1.2. Les "
        "simulateurs Pyodide n'existent pas encore dans cette branche : les deux paquetages sont donc identiques ; "
        "`--sans-simulateurs` écarte `_static/pyodide*` et `_offline/pyodide*` quand ils arriveront.",
        "",
    ]


def sections() -> list[str]:
    load = os.getloadavg()[0]
    return [
        TITLE,
        "",
        f"Machine partagée (d'autres assistants travaillaient en même temps : charge moyenne {fr(load, 1)} sur "
        f"{os.cpu_count()} cœurs au début de la mesure) : les durées murales sont pessimistes, les temps d'un essai "
        "(meilleur de 5) le sont moins.",
        "",
        *bench_attack(),
        *bench_build(),
        *bench_browser(),
        *bench_scorm(),
    ]


def main() -> None:
    results = ROOT / "benchmarks" / "RESULTS.md"
    text = results.read_text(encoding="utf-8")
    if TITLE in text:
        before, _, after = text.partition(TITLE)
        rest = after.split("\n## ", 1)
        text = before + ("## " + rest[1] if len(rest) > 1 else "")
    lines = sections()
    results.write_text(text.rstrip("\n") + "\n\n" + "\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
