"""Benchmarks of the course site: build times, test-suite time, page weight, quiz latency (Chromium).

Used by ``benchmarks/run.py`` (``make bench``). Every function returns Markdown lines (French).
The browser is Debian's chromium driven by Playwright, as in ``tests/test_browser_site.py``.
"""

from __future__ import annotations

import gzip
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import suppress
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from salesplan.tooling.browser import CHROMIUM, served  # noqa: E402
from salesplan.tooling.browser import chromium as launch_chromium  # noqa: E402
from salesplan.tooling.build import BOOK, OUTPUT, build_command  # noqa: E402

CHANGED_CHAPTER = BOOK / "negociation" / "montant_commande.md"
PAGE_TYPES = {
    "accueil": "index.html",
    "chapitre avec figure (et quiz)": "negociation/montant_commande.html",
    "chapitre avec quiz, sans figure": "processus_achat/etapes_achat.html",
    "étude de cas": "etudes_de_cas/cas_bureautik_pro_cabinet_architectes.html",
}
QUIZ_PAGE = "negociation/montant_commande.html"
SCREENSHOTS = BOOK / "_build" / "screenshots"


def fr(x: float, decimals: int) -> str:
    return f"{x:.{decimals}f}".replace(".", ",")


def met(value: float, target: float) -> str:
    return "atteint" if value < target else "**non atteint**"


# ---------------------------------------------------------------- builds and the test suite


def timed_build(attempts: int = 3) -> float:
    """Wall time of one strict build; retried when another build holds the cache or a kernel died."""
    for attempt in range(attempts):
        start = time.perf_counter()
        result = subprocess.run(build_command(), cwd=ROOT, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - start
        if result.returncode == 0:
            return elapsed
        print(f"build failed (attempt {attempt + 1}), retrying:\n{result.stdout[-1500:]}{result.stderr[-1500:]}")
    raise RuntimeError("the strict build failed; see the output above")


def bench_builds() -> list[str]:
    shutil.rmtree(BOOK / "_build", ignore_errors=True)
    clean = timed_build()
    nochange = min(timed_build() for _ in range(3))
    original = CHANGED_CHAPTER.read_bytes()
    marker = "import salesplan as sp\n"
    assert marker.encode() in original, f"no {marker!r} in {CHANGED_CHAPTER}"
    try:
        CHANGED_CHAPTER.write_bytes(original.replace(marker.encode(), f"{marker}# mesure {time.time()}\n".encode(), 1))
        one_chapter = timed_build()
    finally:
        CHANGED_CHAPTER.write_bytes(original)
    restored = timed_build()
    pages = sum(1 for p in OUTPUT.rglob("*.html") if "_static" not in p.parts and "_sources" not in p.parts)
    notebooks = sum(1 for p in (OUTPUT.parent / "jupyter_execute").rglob("*.ipynb"))
    lines = [
        "## Construction du site",
        "",
        f"Commande : `{' '.join(['python', *build_command()[1:]]).replace(str(BOOK), 'book')}` "
        f"(ce que lancent `salesplan build` et les tests), `execute_notebooks: cache` ; {pages} pages, "
        f"{notebooks} notebooks exécutés.",
        "",
        "| construction | temps (s) | objectif |",
        "|---|---:|---|",
        f"| propre (`rm -rf book/_build`, tout s'exécute) | {fr(clean, 1)} | < 60 s : {met(clean, 60)} |",
        f"| rien de changé (meilleur de 3) | {fr(nochange, 1)} | < 5 s : {met(nochange, 5)} |",
        f"| une cellule de code d'un chapitre changée (`{CHANGED_CHAPTER.relative_to(ROOT)}`) "
        f"| {fr(one_chapter, 1)} | |",
        f"| le même chapitre remis en l'état | {fr(restored, 1)} | |",
        "",
    ]
    return lines


def bench_suite() -> list[str]:
    """The whole test suite once (what `make test` runs after lint), wall time."""
    start = time.perf_counter()
    result = subprocess.run(
        [str(Path(sys.executable).with_name("pytest")), "-q", "-p", "no:cacheprovider"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    summary = (result.stdout.strip().splitlines() or ["?"])[-1].strip("= ")
    lines = [
        "## Suite de tests",
        "",
        f"`pytest` (toute la suite, construction stricte du site comprise, site déjà construit) : "
        f"**{fr(elapsed / 60, 1)} min** ({fr(elapsed, 0)} s) — objectif < 15 min : {met(elapsed, 15 * 60)}. "
        f"Résultat : `{summary}`.",
        "",
    ]
    return lines


# ---------------------------------------------------------------- the browser


def page_weight(chromium: Any, url: str) -> dict[str, float]:
    """Everything one fresh visit loads (empty cache): requests, raw and gzipped bytes, third-party requests."""
    context = chromium.new_context()
    blocked: list[str] = []

    def route(r: Any) -> None:
        if urlsplit(r.request.url).hostname == "127.0.0.1":
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    bodies: list[bytes] = []

    def on_response(response: Any) -> None:
        with suppress(Exception):  # a redirect or an aborted request has no body
            bodies.append(response.body())

    page.on("response", on_response)
    page.goto(url, wait_until="networkidle")
    context.close()
    raw = sum(len(b) for b in bodies)
    zipped = sum(len(gzip.compress(b, 6)) for b in bodies)
    return {"requests": len(bodies), "raw": raw, "gzip": zipped, "third": len(blocked)}


def bare_book(folder: Path) -> Path:
    """A one-page Jupyter Book 1 with its default configuration, built the same way (no vendored assets)."""
    (folder / "_config.yml").write_text('title: "Page nue"\nauthor: "mesure"\n', encoding="utf-8")
    (folder / "_toc.yml").write_text("format: jb-book\nroot: index\n", encoding="utf-8")
    (folder / "index.md").write_text(
        "# Une page nue\n\nUn paragraphe de texte, pour comparer le poids des pages.\n\n## Une section\n\nFin.\n",
        encoding="utf-8",
    )
    jb = str(Path(sys.executable).with_name("jupyter-book"))
    subprocess.run([jb, "build", str(folder), "--builder", "html"], check=True, capture_output=True)
    return folder / "_build" / "html"


def kb(n: float) -> str:
    return fr(n / 1000, 0)


def bench_weight(chromium: Any) -> list[str]:
    lines = [
        "## Poids des pages",
        "",
        "Tout ce que Chromium charge pour une première visite (cache vide) : HTML, CSS, JavaScript, polices, "
        "images, mesuré sur les réponses reçues ; « gzip » = la même chose compressée (niveau 6), ce qu'un "
        "serveur web configuré pour compresser enverrait. En kilo-octets (1 ko = 1 000 octets).",
        "",
        "| page | requêtes | brut (ko) | gzip (ko) | requêtes vers un tiers |",
        "|---|---:|---:|---:|---:|",
    ]
    with served(OUTPUT) as base:
        for label, name in PAGE_TYPES.items():
            w = page_weight(chromium, f"{base}/{name}")
            lines.append(
                f"| {label} (`{name}`) | {w['requests']:.0f} | {kb(w['raw'])} | {kb(w['gzip'])} | {w['third']:.0f} |"
            )
    with tempfile.TemporaryDirectory() as tmp, served(bare_book(Path(tmp))) as base:
        w = page_weight(chromium, f"{base}/index.html")
        lines.append(
            f"| page Jupyter Book 1 nue (configuration par défaut) | {w['requests']:.0f} | {kb(w['raw'])} "
            f"| {kb(w['gzip'])} | {w['third']:.0f} |"
        )
    lines.append("")
    return lines


# Installed before any page script: records when the first « Vérifier » button exists and is enabled.
QUIZ_READY_PROBE = """
(() => {
  const ready = () => [...document.querySelectorAll('.sp-quiz button')]
    .some((b) => b.textContent.trim() === 'Vérifier' && !b.disabled);
  const observer = new MutationObserver(() => {
    if (window.__quizReady === undefined && ready()) { window.__quizReady = performance.now(); observer.disconnect(); }
  });
  observer.observe(document, {childList: true, subtree: true});
})();
"""
# Installed before a click: time from the click event to the aria-live update, and to the next frame.
FEEDBACK_PROBE = """(question) => {
  const live = [...question.querySelectorAll('[aria-live]')];
  window.__feedback = new Promise((resolve) => {
    let clicked = null;
    question.addEventListener('click', (e) => { clicked = e.timeStamp; }, {capture: true, once: true});
    const observer = new MutationObserver(() => {
      if (clicked === null) return;
      const updated = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => resolve({dom: updated - clicked, frame: performance.now() - clicked}));
    });
    live.forEach((node) => observer.observe(node, {childList: true, subtree: true, characterData: true}));
  });
}"""  # not awaited here: the promise is read after the click


def bench_quiz(chromium: Any, runs: int = 20) -> list[str]:
    ready: list[float] = []
    loaded: list[float] = []
    dom: list[float] = []
    frame: list[float] = []
    with served(OUTPUT) as base:
        for _ in range(10):
            context = chromium.new_context()
            page = context.new_page()
            page.add_init_script(QUIZ_READY_PROBE)
            page.goto(f"{base}/{QUIZ_PAGE}", wait_until="load")
            page.wait_for_function("() => window.__quizReady !== undefined")
            ready.append(page.evaluate("() => window.__quizReady"))
            loaded.append(page.evaluate("() => performance.getEntriesByType('navigation')[0].loadEventEnd"))
            context.close()
        context = chromium.new_context()
        page = context.new_page()
        page.goto(f"{base}/{QUIZ_PAGE}", wait_until="load")
        page.wait_for_selector(".sp-quiz .sp-q")
        question = page.locator(".sp-q").first
        for i in range(runs):
            question.get_by_label("Votre réponse").fill(str(i + 1))
            question.evaluate(FEEDBACK_PROBE)
            question.get_by_role("button", name="Vérifier").click()
            result = page.evaluate("() => window.__feedback")
            dom.append(result["dom"])
            frame.append(result["frame"])
        context.close()
    return [
        "## Quiz dans Chromium",
        "",
        f"Page `{QUIZ_PAGE}`, serveur local. Temps mesurés dans la page (`performance.now()`, ms).",
        "",
        "| mesure | médiane (ms) | max (ms) | objectif |",
        "|---|---:|---:|---|",
        f"| clic sur « Vérifier » → mise à jour de la zone `aria-live` ({runs} clics, réponse fausse) "
        f"| {fr(statistics.median(dom), 1)} | {fr(max(dom), 1)} | < 100 ms : {met(max(dom), 100)} |",
        f"| clic → image suivante affichée (`requestAnimationFrame`) | {fr(statistics.median(frame), 1)} "
        f"| {fr(max(frame), 1)} | |",
        f"| début de la navigation → premier bouton « Vérifier » utilisable (10 visites, cache vide) "
        f"| {fr(statistics.median(ready), 0)} | {fr(max(ready), 0)} | |",
        f"| début de la navigation → fin de l'événement `load` (mêmes visites) | {fr(statistics.median(loaded), 0)} "
        f"| {fr(max(loaded), 0)} | |",
        "",
    ]


def copy_screenshots(target: Path) -> list[str]:
    """The tests' screenshots, reduced to a 256-colour palette, into ``benchmarks/screenshots/``."""
    from PIL import Image

    shots = sorted(SCREENSHOTS.glob("*.png"))
    if not shots:
        return ["Aucune capture d'écran : la suite de tests ne les a pas produites.", ""]
    target.mkdir(exist_ok=True)
    for shot in shots:
        with Image.open(shot) as image:
            image.convert("RGB").quantize(256).save(target / shot.name, optimize=True)
    names = ", ".join(f"[`{s.name}`](screenshots/{s.name})" for s in shots)
    return ["## Captures d'écran", "", f"Prises par `tests/test_browser_site.py` : {names}.", ""]


def site_sections(run_suite: bool = True) -> tuple[list[str], list[str]]:
    """All the site's measures: (sections, machine lines)."""
    sections: list[str] = []
    sections += bench_builds()
    if run_suite:
        sections += bench_suite()
    with launch_chromium() as chromium:
        sections += bench_weight(chromium)
        sections += bench_quiz(chromium)
    sections += copy_screenshots(ROOT / "benchmarks" / "screenshots")
    return sections, machine()


def _first(command: list[str], default: str = "?") -> str:
    try:
        out = subprocess.run(command, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return default
    return out.splitlines()[0] if out else default


def _proc(path: str, key: str) -> str:
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith(key):
            return line.split(":", 1)[1].strip()
    return "?"


def machine() -> list[str]:
    import importlib.metadata as md

    ram = int(_proc("/proc/meminfo", "MemTotal").split()[0]) / 1024 / 1024
    packages = ("jupyter-book", "sphinx", "myst-nb", "sphinx-book-theme", "jupyter-cache", "playwright")
    versions = ", ".join(f"{name} {md.version(name)}" for name in packages)
    axe = ROOT / "node_modules" / "axe-core" / "package.json"
    axe_version = axe.read_text(encoding="utf-8").split('"version": "')[1].split('"')[0] if axe.is_file() else "?"
    return [
        f"- processeur : {_proc('/proc/cpuinfo', 'model name')}, {os.cpu_count()} cœurs (nproc) ; "
        f"mémoire : {fr(ram, 1)} Gio",
        f"- site : {versions} ; {_first([CHROMIUM, '--version'])} ; axe-core {axe_version} ; "
        f"node {_first(['node', '--version'])}",
    ]
