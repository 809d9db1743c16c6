"""Benchmarks of the simulators on the static site (Pyodide in a Web Worker), in Debian's Chromium.

Run alone (``.venv/bin/python benchmarks/simulator_bench.py [--snapshot]``, on a built site: it replaces
its own sections of ``benchmarks/RESULTS.md``) or from ``benchmarks/run.py``. Measures: what a chapter page
loads before the first use, what the first use loads (raw and gzip), start → first result with an
empty and a warm cache, field change → result updated, the worker's memory; takes the screenshots
``benchmarks/screenshots/simulateur-bureau.png`` and ``simulateur-390.png``; then the start from
Pyodide's memory snapshot against the ordinary start (the snapshot's request answered 404), in the
same run.
"""

from __future__ import annotations

import gzip
import os
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from salesplan.tooling.browser import chromium, served  # noqa: E402
from salesplan.tooling.build import OUTPUT  # noqa: E402
from salesplan.tooling.sphinx_simulator_snapshot import dense  # noqa: E402

CHAPTER = "negociation/montant_commande.html"
OTHER = "calculatrice.html"
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
SCREENSHOTS = ROOT / "benchmarks" / "screenshots"
TITLE = "## Simulateurs dans la page (Pyodide)"
SNAPSHOT_TITLE = "## Simulateurs : démarrage depuis un instantané mémoire de Pyodide"
TRIALS = 6
HOVER = 0.3  # seconds the mouse rests on the start button before the student types
READY = "() => window.salesplanSimulators && window.salesplanSimulators.idle()"
CHANGE = """async ([id, value]) => {
  const section = document.getElementById(id);
  const input = document.getElementById(id + '-escompte');
  const before = section.getAttribute('data-computed');
  const start = performance.now();
  input.value = value;
  input.dispatchEvent(new Event('input', {bubbles: true}));
  input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}));
  await new Promise((resolve) => {
    const check = () => section.getAttribute('data-computed') !== before &&
      !section.querySelector('.sp-sim-result[aria-busy]') ? resolve() : requestAnimationFrame(check);
    check();
  });
  return performance.now() - start;
}"""


def fr(x: float, decimals: int = 0) -> str:
    return f"{x:,.{decimals}f}".replace(",", "\u202f").replace(".", ",")


def kb(n: float) -> str:
    return fr(n / 1000, 1)


class Recorder:
    """The bodies of every response of a page, and whether anything left 127.0.0.1."""

    def __init__(self, page: Any) -> None:
        self.bodies: list[tuple[str, bytes]] = []
        self.foreign: list[str] = []
        page.on("response", self._response)
        page.on("request", self._request)

    def _request(self, request: Any) -> None:
        parts = urlsplit(request.url)
        if parts.scheme in {"http", "https"} and parts.hostname != "127.0.0.1":
            self.foreign.append(request.url)

    def _response(self, response: Any) -> None:
        try:
            self.bodies.append((response.url, response.body()))
        except Exception:  # a redirect or a worker response Playwright cannot read
            self.bodies.append((response.url, b""))

    def weight(self, start: int = 0) -> tuple[int, int, int]:
        bodies = [body for _, body in self.bodies[start:]]
        return len(bodies), sum(map(len, bodies)), sum(len(gzip.compress(b, 6)) for b in bodies)


def shoot(page: Any, path: Path) -> None:
    """A screenshot of the first simulator (the theme's sticky header hidden, so that it covers nothing)."""
    page.evaluate("() => document.activeElement.blur()")
    page.add_style_tag(content=".bd-header, .skip-link, .bd-header-article { visibility: hidden !important; }")
    page.locator("section.sp-sim").first.screenshot(path=str(path))


def browser_cpu() -> float:
    """CPU seconds (user + system) used so far by the processes this script started (Chromium's)."""
    ticks, me = os.sysconf("SC_CLK_TCK"), os.getpid()
    parents: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            fields = Path(f"/proc/{name}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(name)] = int(fields[1])
        cpu[int(name)] = (int(fields[11]) + int(fields[12])) / ticks

    def mine(pid: int) -> bool:
        while pid > 1:
            pid = parents.get(pid, 0)
            if pid == me:
                return True
        return False

    return sum(seconds for pid, seconds in cpu.items() if pid != me and mine(pid))


def first_result(page: Any, *, hover: float = 0.0) -> tuple[float, dict[str, Any]]:
    """Type in a field of the first simulator (which starts it) → its result computed by Pyodide.

    With ``hover`` (seconds), the mouse first rests that long on « Lancer le simulateur » (which starts
    the loading); the time counts from the typing, as the student perceives it.
    """
    section = page.get_attribute("section.sp-sim", "id")
    if hover:
        page.hover(f"#{section} .sp-sim-start")
        time.sleep(hover)
    cpu = browser_cpu()
    start = time.perf_counter()
    page.fill(f"#{section}-escompte", "3")
    page.wait_for_function(READY, timeout=180_000)
    elapsed = time.perf_counter() - start
    stats: dict[str, Any] = page.evaluate("window.salesplanSimulators.stats()")
    stats["cpu"] = browser_cpu() - cpu
    return elapsed, stats


def measure(base: str) -> list[str]:
    load = os.getloadavg()
    with chromium() as browser:
        # 1. a chapter page before the first use, then the first use (empty cache)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
        page = context.new_page()
        recorder = Recorder(page)
        page.goto(f"{base}/{CHAPTER}", wait_until="load")
        page.wait_for_timeout(2000)
        before = recorder.weight()
        share = {url.rsplit("/", 1)[-1].split("?")[0]: body for url, body in recorder.bodies if "simulator." in url}
        section_html = page.evaluate(
            "() => [...document.querySelectorAll('section.sp-sim')].map((s) => s.outerHTML).join('')"
        ).encode()
        pyodide_before = [u for u, _ in recorder.bodies if "pyodide" in u or "simulator-worker" in u]
        mark = len(recorder.bodies)
        cold, stats = first_result(page)
        cpus = [stats["cpu"]]
        first_use = recorder.weight(mark)
        changes = [page.evaluate(CHANGE, [page.get_attribute("section.sp-sim", "id"), v]) for v in ["2", "3"] * 15]
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shoot(page, SCREENSHOTS / "simulateur-bureau.png")
        # 2. warm cache: other pages of the same site reuse Pyodide from the browser cache
        warm, warm_cpus = [], []
        for name in (OTHER, CHAPTER, OTHER):
            page.goto(f"{base}/{name}", wait_until="load")
            seconds, again = first_result(page)
            warm.append(seconds)
            warm_cpus.append(again["cpu"])
        foreign = list(recorder.foreign)
        context.close()
        # 3. empty cache again, twice more (a new context has an empty cache)
        colds = [cold]
        for _ in range(2):
            context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
            page = context.new_page()
            page.goto(f"{base}/{CHAPTER}", wait_until="load")
            seconds, again = first_result(page)
            colds.append(seconds)
            cpus.append(again["cpu"])
            context.close()
        # 4. a phone: 390 px wide
        context = browser.new_context(viewport={"width": 390, "height": 844}, locale="fr-FR")
        page = context.new_page()
        page.goto(f"{base}/{CHAPTER}", wait_until="load")
        first_result(page)
        shoot(page, SCREENSHOTS / "simulateur-390.png")
        context.close()
    steps = stats.get("steps") or {}
    js_css = sum(len(body) for body in share.values())
    js_css_gz = sum(len(gzip.compress(body, 6)) for body in share.values())
    return [
        TITLE,
        "",
        f"Chromium {browser_version()}, serveur local (`python -m http.server`), site construit. Machine : 2 cœurs "
        f"**partagés avec les autres développeurs qui lançaient leurs tests et constructions en même temps** "
        f"(charge moyenne au début : {fr(load[0], 1)} ; {fr(os.getloadavg()[0], 1)} à la fin) : les temps "
        "ci-dessous sont pessimistes. Script : `benchmarks/simulator_bench.py`. 1 ko = 1 000 octets.",
        "",
        "| mesure | valeur | objectif |",
        "|---|---:|---|",
        f"| chapitre `{CHAPTER}` avant le premier usage : tout ce qui est chargé (requêtes ; brut ; gzip) "
        f"| {before[0]} ; {kb(before[1])} ko ; {kb(before[2])} ko | |",
        f"| dont la part des simulateurs : `simulator.js` + `simulator.css` (brut ; gzip) + formulaire et "
        f"premier résultat dans le HTML (brut ; gzip) | {kb(js_css)} ko ; {kb(js_css_gz)} ko + "
        f"{kb(len(section_html))} ko ; {kb(len(gzip.compress(section_html, 6)))} ko "
        f"| ≤ 20 ko de plus qu'avant : {'atteint' if js_css_gz + len(gzip.compress(section_html, 6)) <= 20_000 else '**non atteint**'} (gzip) ; "  # noqa: E501
        f"{'atteint' if js_css + len(section_html) <= 20_000 else '**non atteint** en brut'} |",
        f"| octets de Pyodide chargés avant le premier usage | {len(pyodide_before)} requête | 0 |",
        f"| premier usage : ce qui est chargé (requêtes ; brut ; gzip) | {first_use[0]} ; {kb(first_use[1])} ko ; "
        f"{kb(first_use[2])} ko | |",
        f"| début → premier résultat, cache vide (3 essais : médiane ; max) | {fr(statistics.median(colds), 2)} s ; "
        f"{fr(max(colds), 2)} s | < 4 s : {'atteint' if statistics.median(colds) < 4 else '**non atteint** ici'} |",
        f"| temps CPU consommé par Chromium (tous ses processus) pendant ce démarrage, cache vide ; cache chaud "
        f"(médianes) | {fr(statistics.median(cpus), 2)} s ; {fr(statistics.median(warm_cpus), 2)} s "
        "| ≈ le temps réel sur une machine libre |",
        "| dont, dans le worker (premier essai, cache vide) : `pyodide.mjs` ; `loadPyodide` (WebAssembly, démarrage "
        "de Python) ; décompression du cœur ; `import salesplan.simulators` ; premier calcul "
        f"| {fr(steps.get('script', 0))} ms ; {fr(steps.get('python', 0) - steps.get('script', 0))} ms ; "
        f"{fr(steps.get('unpack', 0))} ms ; {fr(steps.get('import', 0))} ms ; "
        f"{fr(stats.get('firstComputeMs') or 0)} ms | |",
        f"| début → premier résultat, cache chaud (autre page du site ; 3 essais : médiane ; max) "
        f"| {fr(statistics.median(warm), 2)} s ; {fr(max(warm), 2)} s "
        f"| < 1,5 s : {'atteint' if statistics.median(warm) < 1.5 else '**non atteint** ici'} |",
        f"| modification d'un champ → résultat affiché ({len(changes)} changements : médiane ; max) "
        f"| {fr(statistics.median(changes), 1)} ms ; {fr(max(changes), 1)} ms "
        f"| < 50 ms : {'atteint' if statistics.median(changes) < 50 else '**non atteint**'} |",
        f"| mémoire du worker : tas WebAssembly de Pyodide | {fr((stats.get('heap') or 0) / 1e6, 1)} Mo | |",
        f"| paquets téléchargés par Pyodide (`loadPackage`) ; requêtes hors de 127.0.0.1 "
        f"| {stats.get('refusedLoads')} ; {len(foreign)} | 0 ; 0 |",
        "",
        "Le changement d'un champ est mesuré dans la page, de l'événement `change` (ou Entrée) au résultat "
        "affiché ; la saisie au clavier attend en plus 300 ms sans frappe avant de recalculer (anti-rebond). "
        "`performance.measureUserAgentSpecificMemory` n'est disponible que sur une page isolée "
        "(en-têtes COOP/COEP), que le serveur statique n'envoie pas : la mémoire donnée est la taille du tas "
        "WebAssembly du worker. Le démarrage est limité par le processeur. Le paquet npm de Pyodide livre sa "
        "bibliothèque standard en source (`python_stdlib.zip`) : le Python du navigateur compilait à chaque démarrage "
        "les quelque 200 modules qu'il importe ; la construction du site les compile désormais une fois, avec ce même "
        "Pyodide lancé sous Node (`salesplan/tooling/sphinx_simulator_bytecode.py`), en `.pyc` à hachage non vérifié "
        "(`_static/simulateur/python-stdlib-<hash>.zip`, donné à `loadPyodide` par `stdLibURL`), et ajoute les `.pyc` "
        "du cœur à son archive. La compilation du WebAssembly de Pyodide elle-même ne coûte que 0,1 à 0,2 s "
        "(`WebAssembly.compileStreaming`, mesuré à part ; le serveur envoie `application/wasm`). Depuis, le worker "
        "démarre d'un instantané mémoire de Pyodide fait à la construction (Python démarré, simulateurs importés : "
        "section « Simulateurs : démarrage depuis un instantané mémoire de Pyodide ») : `loadPyodide` comprend la "
        "lecture et la décompression de l'instantané, et `import salesplan.simulators` ne coûte plus rien. "
        "Captures : [`simulateur-bureau.png`](screenshots/simulateur-bureau.png), "
        "[`simulateur-390.png`](screenshots/simulateur-390.png).",
        "",
    ]


def without_snapshot(route: Any) -> None:
    """The page as served, minus the simulator script's ``data-snapshot`` attribute."""
    response = route.fetch()
    body = re.sub(rb' data-snapshot="[^"]*"', b"", response.body())
    route.fulfill(response=response, body=body)


def start_path(browser: Any, base: str, out: dict[str, list[float]], *, snapshot: bool) -> None:
    """One fresh context (empty cache): the chapter's first result, two warm starts (other pages), one
    warm start after the mouse rested on the start button; the figures appended to ``out``.

    Without ``snapshot``, the pages reach the browser without their ``data-snapshot`` attribute: the
    worker starts the ordinary way, exactly as before the snapshot (no failed attempt first).
    """
    for key in ("cold", "warm", "python", "python_warm", "cpu", "cpu_warm", "gzip", "raw", "unzip", "hover"):
        out.setdefault(key, [])
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    if not snapshot:
        context.route("**/*.html", without_snapshot)
    page = context.new_page()
    recorder = Recorder(page)
    page.goto(f"{base}/{CHAPTER}", wait_until="load")
    mark = len(recorder.bodies)
    seconds, stats = first_result(page)
    assert stats["path"] == ("snapshot" if snapshot else "standard"), stats
    steps = stats["steps"]
    out["cold"].append(seconds)
    out["python"].append(steps["python"] - steps["script"])
    out["cpu"].append(stats["cpu"])
    if steps.get("snapshotUnzipped"):
        out["unzip"].append(steps["snapshotUnzipped"] - steps["snapshotFetched"])
    weight = recorder.weight(mark)
    out["raw"].append(weight[1])
    out["gzip"].append(weight[2])
    for name in (OTHER, CHAPTER):
        page.goto(f"{base}/{name}", wait_until="load")
        seconds, stats = first_result(page)
        out["warm"].append(seconds)
        out["python_warm"].append(stats["steps"]["python"] - stats["steps"]["script"])
        out["cpu_warm"].append(stats["cpu"])
    page.goto(f"{base}/{OTHER}", wait_until="load")
    out["hover"].append(first_result(page, hover=HOVER)[0])
    context.close()


def snapshot_section(base: str, site: Path = OUTPUT) -> list[str]:
    """The section comparing the start from the snapshot with the ordinary start, measured in one run."""
    snapshot_file = next((site / "_static" / "simulateur").glob("pyodide-snapshot-*.bin"))
    packed = snapshot_file.read_bytes()
    sparse_size = len(gzip.decompress(packed))
    plain = len(dense(gzip.decompress(packed)))
    loads = [os.getloadavg()[0]]
    before: dict[str, list[float]] = {}
    after: dict[str, list[float]] = {}
    with chromium() as browser:
        for _ in range(TRIALS):  # alternately, so that the other developers' load weighs on both alike
            start_path(browser, base, before, snapshot=False)
            start_path(browser, base, after, snapshot=True)
            loads.append(os.getloadavg()[0])

    def med(values: list[float], decimals: int = 2, scale: float = 1.0) -> str:
        return fr(statistics.median(values) * scale, decimals)

    def spread(values: list[float]) -> str:
        return f"{fr(statistics.median(values), 2)} s ({fr(min(values), 2)} – {fr(max(values), 2)})"

    notes = (
        "Ce qui est fait. La construction lance sous Node le même Pyodide avec les réglages du worker (bibliothèque "
        "standard compilée, verrou sans paquet), décompresse le cœur, importe `salesplan.simulators`, calcule une fois "
        "chaque simulateur avec ses valeurs par défaut (ce que demande le premier résultat) et enregistre la mémoire "
        "de Pyodide : `loadPyodide({_makeSnapshot: true})` puis `pyodide.makeMemorySnapshot()`, API expérimentale "
        "et non documentée de Pyodide 314.0.7 (`salesplan/tooling/sphinx_simulator_snapshot.py`). Un instantané ne "
        "vaut que pour ce `pyodide.asm.wasm` précis (Pyodide vérifie son identifiant de construction) et pour ce zip "
        "de bibliothèque standard (`zipimport` en garde la table en mémoire) : il est rangé dans "
        "`node_modules/.cache/salesplan-pyc/` sous une empreinte du cœur, de la bibliothèque standard, du verrou et "
        "des fichiers de Pyodide, et publié sous l'empreinte de ses octets, avec le cœur et la bibliothèque standard "
        "de la même construction. Il est écrit sans ses pages de zéros (plus de la moitié des 31,5 Mo de mémoire) "
        "puis en gzip, car les serveurs statiques compressent rarement un `.bin` : le worker le décompresse "
        "(`DecompressionStream`), remet les pages, le donne à `loadPyodide({_loadSnapshot})`, puis redécompresse le "
        "cœur (la mémoire contient les modules importés, pas les fichiers). S'il échoue (fichier absent, tronqué ou "
        "altéré, navigateur sans `DecompressionStream`), il démarre comme avant, avec les mêmes messages ; les tests "
        "du navigateur vérifient les deux chemins. Coût à la construction : 4,5 à 5,5 s (Node, puis gzip) quand le "
        "cœur ou Pyodide change, une lecture du cache sinon. Prix : +5,4 Mo au premier usage (déjà compressés : un "
        "serveur qui compresse n'y gagne rien) ; mémoire du worker inchangée.",
        "",
        "Autres leviers. La souris sur « Lancer le simulateur » démarre déjà le worker, sans message (le simulateur "
        "démarre au clic) : gardé ; le temps perçu baisse d'autant que la souris s'y attarde (ligne « 300 ms »), et "
        "rien ne change au clavier ni au toucher. Écartés : démarrer le worker quand le simulateur entre dans l'écran "
        "(14 Mo et 2 s de processeur pour chaque lecteur qui fait défiler la page) ; les options de `loadPyodide` "
        "(`fullStdLib` n'a plus d'effet dans cette version, `packages` est déjà vide, `checkAPIVersion` ne fait "
        "qu'une comparaison de chaînes) ; les imports paresseux de `salesplan/simulators/__init__.py` (avec "
        "l'instantané, l'import coûte 1 ms). Reste dans `loadPyodide` : lire et décompresser l'instantané "
        "(ligne ci-dessus ; 0,1 à 0,2 s par essai isolé sous une charge de 1 à 3), compiler le WebAssembly, "
        "restaurer la mémoire ; puis redécompresser le cœur (0,1 à 0,2 s). Les temps réels varient du simple au "
        "double d'un essai à l'autre sur cette machine partagée ; le temps CPU de Chromium, moins bruité, baisse "
        "d'environ 1,1 à 1,4 s par démarrage.",
        "",
    )
    warm_after = statistics.median(after["warm"])
    return [
        SNAPSHOT_TITLE,
        "",
        f"Chromium {browser_version()}, serveur local (`python -m http.server`, sans compression), site construit, "
        f"le {time.strftime('%d/%m/%Y vers %H h %M UTC', time.gmtime())}. Machine : 2 cœurs **partagés avec les "
        f"autres développeurs qui lançaient tests et constructions** (charge moyenne {' → '.join(fr(x, 1) for x in loads)} "  # noqa: E501
        "au début puis après chaque paire d'essais). Script : `benchmarks/simulator_bench.py` (`start_path`) : "
        f"{TRIALS} paires de contextes neufs (cache vide), sans puis avec instantané ; dans chacun la page du "
        "chapitre puis deux autres pages (cache chaud) et une troisième après 300 ms de souris sur le bouton ; "
        "« sans instantané » : les pages arrivent sans l'attribut `data-snapshot` et le worker démarre exactement "
        "comme avant (même mesure, mêmes minutes, même machine). Temps : médiane (min – max).",
        "",
        "| mesure | sans instantané (démarrage d'avant) | avec instantané | objectif |",
        "|---|---:|---:|---|",
        f"| début → premier résultat, cache vide ({TRIALS} essais) | {spread(before['cold'])} | "
        f"{spread(after['cold'])} | < 4 s |",
        f"| début → premier résultat, cache chaud ({2 * TRIALS} essais) | {spread(before['warm'])} | "
        f"{spread(after['warm'])} | < 1,5 s : {'atteint' if warm_after < 1.5 else '**non atteint**'} |",
        f"| cache chaud, la souris {fr(HOVER * 1000)} ms sur « Lancer le simulateur » avant la saisie : saisie → "
        f"premier résultat ({TRIALS} essais) | {spread(before['hover'])} | {spread(after['hover'])} | |",
        f"| dans le worker : `loadPyodide` (cache vide ; cache chaud ; médianes, ms) | {med(before['python'], 0)} ; "
        f"{med(before['python_warm'], 0)} | {med(after['python'], 0)} ; {med(after['python_warm'], 0)} | |",
        f"| temps CPU de Chromium pendant le démarrage (cache vide ; cache chaud ; médianes, s) "
        f"| {med(before['cpu'])} ; {med(before['cpu_warm'])} | {med(after['cpu'])} ; {med(after['cpu_warm'])} | |",
        f"| premier usage : octets chargés (brut ; gzip, ko) | {kb(statistics.median(before['raw']))} ; "
        f"{kb(statistics.median(before['gzip']))} | {kb(statistics.median(after['raw']))} ; "
        f"{kb(statistics.median(after['gzip']))} | |",
        "| instantané `pyodide-snapshot-<hash>.bin` : servi (gzip) ; décompressé (sans ses pages de zéros) ; "
        f"mémoire restaurée | — | {kb(len(packed))} ko ; {kb(sparse_size)} ko ; {kb(plain)} ko | |",
        f"| décompression de l'instantané dans le worker (`DecompressionStream`, médiane) | — "
        f"| {med(after['unzip'], 0)} ms | |",
        "",
        *notes,
    ]


def browser_version() -> str:
    import subprocess

    out = subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True, text=True, check=False).stdout
    return out.split()[1] if len(out.split()) > 1 else "?"


def sections(site: Path = OUTPUT, *, everything: bool = True) -> list[list[str]]:
    """The Markdown sections (French) for benchmarks/RESULTS.md: the page's figures, then the start with
    and without the memory snapshot (only the latter when not ``everything``)."""
    with served(site) as base:
        return ([measure(base)] if everything else []) + [snapshot_section(base, site)]


def section(site: Path = OUTPUT) -> list[str]:
    """Both sections, one after the other (``benchmarks/run.py``)."""
    return [line for lines in sections(site) for line in lines]


def write(lines: list[str]) -> None:
    """Replace (or add at the end of RESULTS.md) the section these lines start with."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.is_file() else ""
    title = lines[0]
    if title in text:
        head, _, rest = text.partition(title)
        following = rest.find("\n## ")
        text = head + "\n".join(lines) + (rest[following + 1 :] if following >= 0 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + "\n".join(lines)
    RESULTS.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


if __name__ == "__main__":
    # --snapshot: only the comparison with / without the memory snapshot
    for lines in sections(everything="--snapshot" not in sys.argv):
        write(lines)
        print("\n".join(lines))
