"""The simulators notebook in a real JupyterLab, in Debian's Chromium: every field readable and usable.

JupyterLab runs on a free localhost port (no browser, no token) in a temporary
copy of ``notebooks/simulateurs.ipynb``; Chromium opens it, runs all cells, then
measures each simulator's widgets: every input at least 120 px wide and showing
its whole value, every label fully visible, every dropdown wide enough for its
longest option, distinct accessible names, and the Tab key reaching every
control. Everything is closed at the end.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from salesplan.simulators import REGISTRY
from salesplan.tooling.browser import chromium
from salesplan.tooling.build import ROOT

pytestmark = [pytest.mark.kernel, pytest.mark.browser]

NOTEBOOK = ROOT / "notebooks" / "simulateurs.ipynb"
MIN_WIDTH = 120
SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false", "checkForUpdates": False},
}
MEASURE = """
(root) => {
  const canvas = document.createElement("canvas");
  const ctx = canvas.getContext("2d");
  const text = (el) => (el.textContent || "").replace(/\\s+/g, " ").trim();
  const nameOf = (el) => el.getAttribute("aria-label")
    || (el.labels && el.labels.length ? Array.from(el.labels).map(text).join(" ") : "")
    || text(el) || el.getAttribute("title") || "";
  const controls = Array.from(root.querySelectorAll("input, select, button, textarea"));
  const out = {controls: [], labels: []};
  for (const el of controls) {
    el.scrollIntoView({block: "center"});
    const box = el.getBoundingClientRect();
    const item = {tag: el.tagName.toLowerCase(), name: nameOf(el), width: box.width, height: box.height,
                  clientWidth: el.clientWidth, scrollWidth: el.scrollWidth, disabled: el.disabled};
    if (el.tagName === "SELECT") {
      const style = getComputedStyle(el);
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      item.longestOption = Math.max(...Array.from(el.options).map((o) => ctx.measureText(o.text).width));
      item.options = Array.from(el.options).map((o) => o.text);
    }
    if (el.tagName === "INPUT") {
      const style = getComputedStyle(el);
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      item.valueWidth = ctx.measureText(el.value).width;
      item.room = el.clientWidth - padding;
    }
    out.controls.push(item);
  }
  for (const label of root.querySelectorAll("label.widget-label")) {
    if (getComputedStyle(label).display === "none") continue;  // the hidden label of an HTML block
    const box = label.getBoundingClientRect();
    out.labels.push({text: text(label), width: box.width, clientWidth: label.clientWidth,
                     scrollWidth: label.scrollWidth, clientHeight: label.clientHeight,
                     scrollHeight: label.scrollHeight, display: getComputedStyle(label).display});
  }
  return out;
}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def lab() -> Iterator[str]:
    """A JupyterLab server on a free localhost port, serving a temporary copy of the simulators notebook."""
    # its own folder, not pytest's basetemp: other pytest runs on the machine rotate those away
    root = Path(tempfile.mkdtemp(prefix="salesplan-lab-"))
    work, settings = root / "carnets", root / "settings"
    work.mkdir()
    shutil.copy(NOTEBOOK, work / NOTEBOOK.name)
    for name, value in SETTINGS.items():
        path = settings / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value), encoding="utf-8")
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "JUPYTER_RUNTIME_DIR": str(root / "runtime")}
    command = [
        sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}", "--ServerApp.ip=127.0.0.1",
        "--ServerApp.port_retries=0", "--IdentityProvider.token=", "--ServerApp.password=", "--allow-root",
        f"--ServerApp.root_dir={work}", f"--LabApp.user_settings_dir={settings}",
        f"--LabApp.workspaces_dir={root / 'workspaces'}", "--LabApp.news_url=",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]  # fmt: skip
    log = (root / "lab.log").open("w")
    server = subprocess.Popen(command, cwd=work, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/status", timeout=5):
                    break
            except urllib.error.HTTPError:
                break  # the server answers
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError((root / "lab.log").read_text(encoding="utf-8")[-3000:]) from None
                time.sleep(0.5)
        yield url
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # the server and the kernels it started (its own session)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        log.close()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def measures(lab: str) -> Iterator[dict[str, Any]]:
    """Open the notebook in JupyterLab, run all cells, measure every simulator and walk it with Tab."""
    shots = Path(tempfile.gettempdir())
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        foreign: list[str] = []

        def guard(route: Any) -> None:
            if route.request.url.startswith(lab):
                route.continue_()
            else:
                foreign.append(route.request.url)
                route.abort()

        page.route("**/*", guard)
        page.goto(f"{lab}/lab/tree/{NOTEBOOK.name}", timeout=180_000)
        page.wait_for_function("() => document.querySelectorAll('.jp-Notebook .jp-Cell').length > 20", timeout=180_000)
        page.get_by_text("Python 3 (ipykernel) | Idle").wait_for(timeout=180_000)  # the kernel is ready
        expected = len(REGISTRY) + 2  # every simulator, and two case presets
        ready = (
            f"() => document.querySelectorAll('.salesplan-simulator').length === {expected}"
            " && Array.from(document.querySelectorAll('.salesplan-simulator'))"
            ".every((s) => s.querySelector('caption'))"
        )
        for attempt in range(3):  # « Run All » right after the kernel starts may be dropped: ask again
            page.get_by_role("menuitem", name="Run", exact=True).click()
            page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
            try:
                page.wait_for_function(ready, timeout=150_000)
                break
            except Exception:
                if attempt == 2:
                    page.screenshot(path=str(shots / "salesplan-lab-echec.png"), full_page=True)
                    count = page.locator(".salesplan-simulator").count()
                    raise AssertionError(
                        f"{count} simulateurs affichés sur {expected} ; capture : {shots / 'salesplan-lab-echec.png'}"
                    ) from None
        panels = page.locator(".salesplan-simulator")
        result: dict[str, Any] = {"simulators": [], "foreign": foreign, "tab": []}
        for index in range(panels.count()):
            panel = panels.nth(index)
            data = panel.evaluate(MEASURE)
            data["title"] = panel.locator("h3").inner_text()
            result["simulators"].append(data)
        result["tab"] = [walk_with_tab(page, panels.nth(index)) for index in range(panels.count())]
        result["errors"] = page.locator(".salesplan-simulator .salesplan-hint, .salesplan-simulator .salesplan-error")
        result["errors"] = [
            e for e in result["errors"].all_inner_texts() if "Saisie à corriger" in e or "inattendue" in e
        ]
        result["tracebacks"] = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
        result["tracebacks"] = result["tracebacks"].all_inner_texts()
        yield result


def walk_with_tab(page: Any, panel: Any) -> dict[str, Any]:
    """Focus the first control of ``panel``, press Tab until focus leaves it; which controls were reached."""
    marker = "data-salesplan-tab"
    total = panel.evaluate(
        f"(root) => {{ const all = root.querySelectorAll('input, select, button:not([disabled])');"
        f" all.forEach((el, i) => el.setAttribute('{marker}', String(i))); all[0].focus(); return all.length; }}"
    )
    reached = set()
    for _ in range(total + 5):
        current = page.evaluate(f"() => document.activeElement && document.activeElement.getAttribute('{marker}')")
        if current is None:
            break
        reached.add(current)
        page.keyboard.press("Tab")
    return {"total": total, "reached": len(reached)}


def test_every_simulator_runs_without_error(measures: dict[str, Any]) -> None:
    assert len(measures["simulators"]) == len(REGISTRY) + 2
    assert not measures["errors"] and not measures["tracebacks"]
    assert not measures["foreign"], measures["foreign"]  # no request leaves localhost


def test_every_input_is_wide_and_shows_its_value(measures: dict[str, Any]) -> None:
    for sim in measures["simulators"]:
        for control in sim["controls"]:
            if control["tag"] in ("input", "select"):
                assert control["width"] >= MIN_WIDTH, (sim["title"], control)
            if control["tag"] == "input":
                assert control["scrollWidth"] <= control["clientWidth"] + 1, (sim["title"], control)
                assert control["valueWidth"] <= control["room"], (sim["title"], control)
            if control["tag"] == "button":
                assert control["scrollWidth"] <= control["clientWidth"] + 1, (sim["title"], control)  # whole text


def test_every_label_is_fully_visible(measures: dict[str, Any]) -> None:
    for sim in measures["simulators"]:
        assert sim["labels"], sim["title"]
        for label in sim["labels"]:
            assert label["text"] and label["width"] > 0, (sim["title"], label)
            assert label["scrollWidth"] <= label["clientWidth"] + 1, (sim["title"], label)
            assert label["scrollHeight"] <= label["clientHeight"] + 1, (sim["title"], label)


def test_every_dropdown_option_is_readable(measures: dict[str, Any]) -> None:
    arrow = 28  # room for the dropdown arrow and padding
    for sim in measures["simulators"]:
        for control in sim["controls"]:
            if control["tag"] == "select":
                assert control["longestOption"] + arrow <= control["width"], (sim["title"], control)


def test_accessible_names_are_distinct(measures: dict[str, Any]) -> None:
    for sim in measures["simulators"]:
        names = [c["name"] for c in sim["controls"]]
        assert all(names), (sim["title"], names)
        assert len(names) == len(set(names)), (sim["title"], sorted(n for n in names if names.count(n) > 1))


def test_keyboard_tab_reaches_every_control(measures: dict[str, Any]) -> None:
    for sim, walk in zip(measures["simulators"], measures["tab"], strict=True):
        assert walk["total"] > 0 and walk["reached"] == walk["total"], (sim["title"], walk)
