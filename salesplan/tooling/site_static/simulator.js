/* Simulateurs du cours salesplan sur le site statique (écrit pour salesplan, sans dépendance).
 *
 * Each <section class="sp-sim"> was built by salesplan.tooling.sphinx_simulator:
 * a form made from the simulator's description and the result for its default
 * values. Nothing heavy loads with the page. When the student starts a
 * simulator (the « Lancer le simulateur » button, or the first focus in one of
 * its fields; a mouse over the button already starts the loading), one
 * Web Worker per page loads Python (Pyodide, from the build's memory snapshot) and the library
 * from the site; then every change recomputes the result with the library's
 * own salesplan.simulators.run. Results are rendered with the DOM and
 * textContent only; the SVG chart is rebuilt from an allow-list (cleanSvg).
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var base = script.src.replace(/[^/]*$/, "");
  var settings = {
    pyodide: base + script.getAttribute("data-pyodide"),
    core: base + script.getAttribute("data-core"),
    stdlib: base + script.getAttribute("data-stdlib"),
    snapshot: script.getAttribute("data-snapshot") ? base + script.getAttribute("data-snapshot") : "",
    lock: script.getAttribute("data-lock"),
    bytes: Number(script.getAttribute("data-bytes")) || 0
  };
  var DEBOUNCE_MS = 300;
  var LOADING = "Chargement du calculateur…";
  var READY = "Calculateur prêt : chaque modification met le résultat à jour.";
  var NO_WASM = "Ce navigateur ne peut pas faire les calculs dans la page (WebAssembly ou les Web Workers sont " +
    "indisponibles ou désactivés). Le résultat affiché est celui des valeurs par défaut ; le reste de la page " +
    "fonctionne normalement.";
  var FAILED = "Le calculateur n'a pas pu se charger (connexion interrompue, ou version allégée du cours sans " +
    "calculateur). Rechargez la page pour réessayer ; le résultat affiché est celui des valeurs par défaut.";
  var SVG_NS = "http://www.w3.org/2000/svg";
  var SVG_ELEMENTS = ["svg", "g", "title", "desc", "rect", "line", "polyline", "polygon", "path", "circle", "text", "tspan"];
  var SVG_ATTRIBUTES = ["role", "aria-label", "viewBox", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "dx",
    "dy", "cx", "cy", "r", "d", "points", "fill", "stroke", "stroke-width", "stroke-dasharray", "opacity",
    "text-anchor", "dominant-baseline", "font-size", "font-weight", "font-family", "transform", "style"];
  var UNSAFE_STYLE = /url\s*\(|expression|javascript:|@import|\\/i;

  var worker = null;
  var state = "idle"; // idle, loading, ready, failed, unsupported
  var sims = [];
  var nextId = 1;
  var percent = 0;
  var timings = { start: 0, ready: 0, last: 0 };
  var statsWaiting = {};

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  // ------------------------------------------------------------ SVG allow-list

  function cleanSvg(markup) {
    var parsed = new DOMParser().parseFromString(markup, "image/svg+xml");
    var root = parsed.documentElement;
    if (!root || root.namespaceURI !== SVG_NS || root.localName !== "svg") { return null; }
    return copySvg(root);
  }

  function copySvg(source) {
    if (SVG_ELEMENTS.indexOf(source.localName) < 0 || source.namespaceURI !== SVG_NS) { return null; }
    var copy = document.createElementNS(SVG_NS, source.localName);
    for (var i = 0; i < source.attributes.length; i++) {
      var attribute = source.attributes[i];
      if (attribute.namespaceURI || SVG_ATTRIBUTES.indexOf(attribute.name) < 0) { continue; }
      if (attribute.name === "style" && UNSAFE_STYLE.test(attribute.value)) { continue; }
      copy.setAttribute(attribute.name, attribute.value);
    }
    for (var child = source.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        copy.appendChild(document.createTextNode(child.nodeValue));
      } else if (child.nodeType === 1) {
        var inner = copySvg(child);
        if (inner) { copy.appendChild(inner); }
      }
    }
    return copy;
  }

  // ------------------------------------------------------------ result (same markup as sphinx_simulator_html)

  function renderAnswer(region, answer) {
    var fragment = document.createDocumentFragment();
    if (!answer.ok) {
      fragment.appendChild(el("p", "sp-sim-error", String(answer.message || "")));
    } else {
      var result = answer.result;
      var summary = el("dl", "sp-sim-summary");
      result.summary.forEach(function (pair) {
        var item = el("div");
        item.appendChild(el("dt", "", String(pair[0])));
        item.appendChild(el("dd", "", String(pair[1])));
        summary.appendChild(item);
      });
      fragment.appendChild(summary);
      (result.warnings || []).forEach(function (warning) {
        fragment.appendChild(el("p", "sp-sim-warning", String(warning)));
      });
      if (result.svg) {
        var figure = el("div", "sp-sim-figure");
        var svg = cleanSvg(String(result.svg));
        if (svg) { figure.appendChild(svg); }
        fragment.appendChild(figure);
      }
      (result.tables || []).forEach(function (table) { fragment.appendChild(renderTable(table)); });
      if (result.explanation) {
        var details = el("details", "sp-sim-steps");
        details.appendChild(el("summary", "", "Le calcul pas à pas"));
        details.appendChild(el("pre", "sp-sim-explanation", String(result.explanation)));
        fragment.appendChild(details);
      }
    }
    var open = region.querySelector("details.sp-sim-steps[open]");
    region.replaceChildren(fragment);
    if (open) {
      var steps = region.querySelector("details.sp-sim-steps");
      if (steps) { steps.open = true; }
    }
  }

  function renderTable(table) {
    var numeric = table.numeric || [];
    var wrap = el("div", "sp-sim-table");
    wrap.setAttribute("role", "region");
    wrap.setAttribute("tabindex", "0");
    wrap.setAttribute("aria-label", String(table.caption));
    var t = el("table");
    t.appendChild(el("caption", "", String(table.caption)));
    var head = el("tr");
    table.columns.forEach(function (name, i) {
      var th = el("th", numeric[i] ? "sp-num" : "", String(name));
      th.setAttribute("scope", "col");
      head.appendChild(th);
    });
    var thead = el("thead");
    thead.appendChild(head);
    t.appendChild(thead);
    var body = el("tbody");
    table.rows.forEach(function (row) {
      var tr = el("tr");
      row.forEach(function (cell, i) { tr.appendChild(el("td", numeric[i] ? "sp-num" : "", String(cell))); });
      body.appendChild(tr);
    });
    t.appendChild(body);
    wrap.appendChild(t);
    return wrap;
  }

  // ------------------------------------------------------------ values of a form

  function controlValue(control) {
    if (control.type === "checkbox") { return control.checked ? "oui" : "non"; }
    return control.value;
  }

  function values(sim) {
    var out = {};
    var controls = sim.form.querySelectorAll("input, select");
    for (var i = 0; i < controls.length; i++) {
      var control = controls[i];
      if (!control.closest(".sp-sim-lines")) { out[control.name] = controlValue(control); }
    }
    sim.form.querySelectorAll(".sp-sim-lines").forEach(function (lines) {
      var rows = [];
      lines.querySelectorAll("tbody tr").forEach(function (tr) {
        var row = {};
        tr.querySelectorAll("input, select").forEach(function (control) { row[control.name] = controlValue(control); });
        rows.push(row);
      });
      out[lines.getAttribute("data-name")] = rows;
    });
    return out;
  }

  // ------------------------------------------------------------ rows of a "lines" table

  function renumber(lines) {
    var prefix = lines.id;
    var rows = lines.querySelectorAll("tbody tr");
    rows.forEach(function (tr, index) {
      var number = index + 1;
      tr.querySelectorAll("input, select").forEach(function (control) {
        control.id = prefix + "-" + number + "-" + control.name;
        control.setAttribute("aria-label", control.getAttribute("data-label") + ", ligne " + number);
      });
      var hidden = tr.querySelector(".sp-sim-remove .sp-visually-hidden");
      if (hidden) { hidden.textContent = " la ligne " + number; }
    });
    var min = Number(lines.getAttribute("data-min"));
    var max = Number(lines.getAttribute("data-max"));
    lines.querySelectorAll(".sp-sim-remove").forEach(function (button) { button.disabled = rows.length <= min; });
    lines.querySelector(".sp-sim-add").disabled = rows.length >= max;
  }

  function addRow(sim, lines) {
    var template = lines.querySelector("template");
    var row = template.content.firstElementChild.cloneNode(true);
    lines.querySelector("tbody").appendChild(row);
    renumber(lines);
    var first = row.querySelector("input, select");
    if (first) {
      first.focus();
      if (first.select) { first.select(); } // typing replaces the default text
    }
    changed(sim, true);
  }

  function removeRow(sim, lines, button) {
    var tr = button.closest("tr");
    var next = tr.nextElementSibling || tr.previousElementSibling;
    tr.remove();
    renumber(lines);
    var target = next ? next.querySelector(".sp-sim-remove") : null;
    (target && !target.disabled ? target : lines.querySelector(".sp-sim-add")).focus();
    changed(sim, true);
  }

  // ------------------------------------------------------------ the worker

  function setStatus(text) {
    sims.forEach(function (sim) {
      if (sim.started && sim.status.textContent !== text) { sim.status.textContent = text; }
    });
  }

  function showProgress(visible) {
    sims.forEach(function (sim) {
      sim.progress.hidden = !(visible && sim.started);
      sim.bar.value = percent;
      sim.percent.textContent = percent + " %";
    });
  }

  function supported() {
    return typeof WebAssembly === "object" && typeof Worker === "function";
  }

  function startWorker() {
    if (state !== "idle") { return; }
    if (!supported()) {
      state = "unsupported";
      setStatus(NO_WASM);
      return;
    }
    state = "loading";
    timings.start = performance.now();
    setStatus(LOADING);
    showProgress(true);
    try {
      worker = new Worker(base + "simulator-worker.js", { type: "module" });
    } catch (error) {
      failed();
      return;
    }
    worker.onmessage = onWorkerMessage;
    worker.onerror = function (event) { event.preventDefault(); failed(); };
    worker.postMessage({ type: "init", pyodide: settings.pyodide, core: settings.core, stdlib: settings.stdlib,
      snapshot: settings.snapshot, lock: settings.lock,
      bytes: settings.bytes });
  }

  function failed() {
    state = "failed";
    showProgress(false);
    setStatus(FAILED);
    if (worker) { worker.terminate(); }
  }

  function onWorkerMessage(event) {
    var message = event.data || {};
    if (message.type === "progress") {
      percent = message.percent;
      showProgress(true);
    } else if (message.type === "ready") {
      state = "ready";
      timings.ready = performance.now();
      timings.steps = message.steps;
      document.documentElement.setAttribute("data-sp-sim-path", String(message.path || ""));
      percent = 100;
      showProgress(false);
      setStatus(READY);
      document.documentElement.setAttribute("data-sp-sim-ready", String(Math.round(timings.ready - timings.start)));
      sims.forEach(function (sim) { if (sim.started && sim.dirty) { compute(sim); } });
    } else if (message.type === "failed") {
      failed();
    } else if (message.type === "result") {
      sims.forEach(function (sim) {
        if (sim.pending !== message.id) { return; }
        sim.pending = 0;
        sim.region.removeAttribute("aria-busy");
        var answer;
        try {
          answer = JSON.parse(message.json);
        } catch (error) {
          answer = { ok: false, message: "Le calculateur a renvoyé une réponse illisible ; rechargez la page." };
        }
        renderAnswer(sim.region, answer);
        sim.section.setAttribute("data-computed", String(message.id));
        timings.last = message.ms;
        if (!timings.first) { timings.first = message.ms; }
      });
    } else if (message.type === "stats") {
      var resolve = statsWaiting[message.id];
      delete statsWaiting[message.id];
      if (resolve) { resolve(message); }
    }
  }

  function compute(sim) {
    clearTimeout(sim.timer);
    sim.timer = 0;
    sim.dirty = false;
    var id = nextId++;
    sim.pending = id;
    sim.region.setAttribute("aria-busy", "true");
    worker.postMessage({ type: "run", id: id, code: sim.code, values: JSON.stringify(values(sim)) });
  }

  function start(sim) {
    if (!sim.started) {
      sim.started = true;
      sim.button.hidden = true;
    }
    if (state === "idle") {
      startWorker();
    } else {
      sim.status.textContent = { loading: LOADING, ready: READY, failed: FAILED, unsupported: NO_WASM }[state];
      showProgress(state === "loading");
      if (state === "ready" && sim.dirty) { compute(sim); }
    }
  }

  function changed(sim, now) {
    sim.dirty = true;
    start(sim);
    if (state !== "ready") { return; }
    clearTimeout(sim.timer);
    if (now) {
      compute(sim);
    } else {
      sim.timer = setTimeout(function () { sim.timer = 0; compute(sim); }, DEBOUNCE_MS);
    }
  }

  // ------------------------------------------------------------ wiring

  function setUp(section) {
    var sim = {
      section: section,
      code: section.getAttribute("data-code"),
      form: section.querySelector(".sp-sim-form"),
      button: section.querySelector(".sp-sim-start"),
      status: section.querySelector(".sp-sim-status"),
      progress: section.querySelector(".sp-sim-progress"),
      bar: section.querySelector(".sp-sim-progress progress"),
      percent: section.querySelector(".sp-sim-percent"),
      region: section.querySelector(".sp-sim-result"),
      started: false,
      dirty: false,
      pending: 0,
      timer: 0
    };
    sims.push(sim);
    sim.button.hidden = false;
    // A mouse over « Lancer le simulateur » announces the click: the worker starts loading already
    // (without any message; the simulator itself starts with the click). Touch and keyboard do not hover.
    sim.button.addEventListener("pointerenter", function (event) {
      if (event.pointerType === "mouse") { startWorker(); }
    });
    sim.button.addEventListener("click", function () {
      start(sim);
      var first = sim.form.querySelector("input, select");
      if (first) { first.focus(); }
    });
    sim.form.addEventListener("focusin", function () { start(sim); });
    sim.form.addEventListener("input", function (event) {
      changed(sim, event.target.tagName === "SELECT" || event.target.type === "checkbox");
    });
    sim.form.addEventListener("change", function () { if (sim.dirty) { changed(sim, true); } });
    sim.form.addEventListener("submit", function (event) { event.preventDefault(); changed(sim, true); });
    sim.form.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && event.target.tagName === "INPUT" && event.target.type === "text") {
        event.preventDefault();
        changed(sim, true);
      }
    });
    sim.form.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button) { return; }
      var lines = button.closest(".sp-sim-lines");
      if (button.classList.contains("sp-sim-add")) { addRow(sim, lines); }
      if (button.classList.contains("sp-sim-remove")) { removeRow(sim, lines, button); }
    });
    sim.form.querySelectorAll(".sp-sim-lines").forEach(renumber);
  }

  function find(id) { return sims.filter(function (sim) { return sim.section.id === id; })[0]; }

  // For tests and benchmarks: the values sent to run, whether every result is in, the worker's memory and the
  // number of refused package loads.
  window.salesplanSimulators = {
    values: function (id) { return JSON.stringify(values(find(id))); },
    idle: function () {
      return state === "ready" && sims.every(function (sim) { return !sim.pending && !sim.timer && !sim.dirty; });
    },
    stats: function () {
      if (!worker || state !== "ready") { return Promise.resolve(null); }
      var id = nextId++;
      return new Promise(function (resolve) {
        statsWaiting[id] = function (message) {
          message.startMs = timings.ready - timings.start;
          message.lastComputeMs = timings.last;
          message.firstComputeMs = timings.first;
          message.steps = timings.steps;
          resolve(message);
        };
        worker.postMessage({ type: "stats", id: id });
      });
    },
    state: function () { return state; }
  };

  function init() { document.querySelectorAll("section.sp-sim").forEach(setUp); }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
