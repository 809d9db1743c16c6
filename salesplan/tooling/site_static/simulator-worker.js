/* Calculateur des simulateurs salesplan : Python (Pyodide) dans un Web Worker.
 *
 * Started by simulator.js with {type: "init", pyodide, core, stdlib, lock, bytes}. Loads
 * Pyodide from the site (never from another host: every fetch outside this
 * origin is refused) with the site's precompiled standard library (stdlib), unpacks the site's copy of the salesplan core and answers
 * {type: "run", id, code, values} with the JSON text of
 * salesplan.simulators.run(code, values). No package is ever downloaded: the
 * lock file given to Pyodide lists none, and loadPackage is replaced by a
 * function that refuses (its calls are counted in the statistics).
 */
"use strict";

var origin = self.location.origin;
var realFetch = self.fetch.bind(self);
var expected = 0;
var received = 0;
var lastPercent = -1;
var runner = null;
var pyodide = null;
var refusedLoads = 0;
var started = 0;

function progress() {
  var percent = expected ? Math.min(99, Math.floor((received * 100) / expected)) : 0;
  if (percent !== lastPercent) {
    lastPercent = percent;
    self.postMessage({ type: "progress", percent: percent, loaded: received });
  }
}

// Same-origin only, and count the bytes of the downloads for the progress bar.
self.fetch = function (input, init) {
  var url = new URL(typeof input === "string" || input instanceof URL ? String(input) : input.url, self.location.href);
  if (url.origin !== origin) {
    return Promise.reject(new Error("requête hors du site refusée : " + url.href));
  }
  return realFetch(input, init).then(function (response) {
    if (!response.ok || !response.body) { return response; }
    // Count the bytes on a copy: the original Response goes to Pyodide untouched, so the browser can
    // keep the compiled WebAssembly in its code cache (a rebuilt Response would have no URL).
    var reader = response.clone().body.getReader();
    (function pump() {
      reader.read().then(function (step) {
        if (step.done) { return; }
        received += step.value.byteLength;
        progress();
        pump();
      }).catch(function () {});
    })();
    return response;
  });
};

function refuseLoad() {
  refusedLoads += 1;
  return Promise.reject(new Error("aucun paquet n'est téléchargé par le calculateur"));
}

async function start(settings) {
  started = performance.now();
  expected = settings.bytes || 0;
  var base = new URL(settings.pyodide, self.location.href).href;
  var module = await import(base + "pyodide.mjs");
  var corePromise = self.fetch(new URL(settings.core, self.location.href).href).then(function (response) {
    if (!response.ok) { throw new Error("HTTP " + response.status + " : " + response.url); }
    return response.arrayBuffer();
  });
  var imported = performance.now();
  pyodide = await module.loadPyodide({
    indexURL: base,
    stdLibURL: new URL(settings.stdlib, self.location.href).href,
    lockFileContents: settings.lock,
    packageBaseUrl: base,
    stdout: function () {},
    stderr: function () {},
    checkAPIVersion: true
  });
  var loadedAt = performance.now();
  pyodide.loadPackage = refuseLoad;
  pyodide.loadPackagesFromImports = refuseLoad;
  var sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
  pyodide.unpackArchive(new Uint8Array(await corePromise), "zip", { extractDir: sitePackages });
  var unpackedAt = performance.now();
  runner = pyodide.pyimport("salesplan.simulators").run;
  var end = performance.now();
  performance.measure("salesplan: pyodide.mjs", { start: started, end: imported });
  performance.measure("salesplan: loadPyodide", { start: imported, end: loadedAt });
  performance.measure("salesplan: unpack", { start: loadedAt, end: unpackedAt });
  performance.measure("salesplan: import", { start: unpackedAt, end: end });
  self.postMessage({
    type: "ready", ms: end - started, loaded: received,
    steps: { script: imported - started, python: loadedAt - started, unpack: unpackedAt - loadedAt, "import": end - unpackedAt }
  });
}

function heapBytes() {
  try {
    return pyodide && pyodide._module && pyodide._module.HEAP8 ? pyodide._module.HEAP8.length : null;
  } catch (error) {
    return null;
  }
}

self.onmessage = function (event) {
  var message = event.data || {};
  if (message.type === "init") {
    start(message).catch(function (error) {
      self.postMessage({ type: "failed", detail: String(error && error.message ? error.message : error) });
    });
  } else if (message.type === "run") {
    var begin = performance.now();
    var text;
    try {
      text = String(runner(String(message.code), String(message.values)));
    } catch (error) {
      text = JSON.stringify({ ok: false, message: "Le calculateur a rencontré une erreur inattendue ; rechargez la page." });
    }
    self.postMessage({ type: "result", id: message.id, json: text, ms: performance.now() - begin });
  } else if (message.type === "stats") {
    self.postMessage({ type: "stats", id: message.id, heap: heapBytes(), refusedLoads: refusedLoads, loaded: received });
  }
};
