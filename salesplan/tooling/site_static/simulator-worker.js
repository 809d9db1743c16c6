/* Calculateur des simulateurs salesplan : Python (Pyodide) dans un Web Worker.
 *
 * Started by simulator.js with {type: "init", pyodide, core, stdlib, snapshot, lock, bytes}. Loads
 * Pyodide from the site (never from another host: every fetch outside this
 * origin is refused) with the site's precompiled standard library (stdlib), from
 * the build's memory snapshot (Python started, salesplan.simulators imported;
 * gzip) when it loads, else from scratch (path "standard", the error kept in
 * "fallback"), unpacks the site's copy of the salesplan core and answers
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
var startPath = null;
var fallbackError = null;
var snapshotAt = { fetched: 0, unzipped: 0 };

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

// The snapshot without its pages of zeros (sparse() in sphinx_simulator_snapshot.py): "SPZ1", the full
// length, the number of runs, each run's (offset, length), then their bytes. Anything else stays as it is.
function dense(bytes) {
  if (bytes.length < 12 || bytes[0] !== 0x53 || bytes[1] !== 0x50 || bytes[2] !== 0x5a || bytes[3] !== 0x31) {
    return bytes;
  }
  var view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  var out = new Uint8Array(view.getUint32(4, true));
  var count = view.getUint32(8, true);
  var position = 12 + 8 * count;
  for (var i = 0; i < count; i++) {
    var start = view.getUint32(12 + 8 * i, true);
    var length = view.getUint32(16 + 8 * i, true);
    if (position + length > bytes.length || start + length > out.length) { throw new Error("instantané tronqué"); }
    out.set(bytes.subarray(position, position + length), start);
    position += length;
  }
  return out;
}

// The build's memory snapshot (gzip), as bytes; rejects when it is missing, truncated or not gzip.
function snapshotBytes(url) {
  return self.fetch(url).then(function (response) {
    if (!response.ok) { throw new Error("HTTP " + response.status + " : " + response.url); }
    return response.arrayBuffer();
  }).then(function (buffer) {
    var bytes = new Uint8Array(buffer);
    snapshotAt.fetched = performance.now();
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) { return dense(bytes); } // a server that already decompressed it
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).arrayBuffer().then(function (plain) {
      var full = dense(new Uint8Array(plain));
      snapshotAt.unzipped = performance.now();
      return full;
    });
  });
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
  var options = {
    indexURL: base,
    stdLibURL: new URL(settings.stdlib, self.location.href).href,
    lockFileContents: settings.lock,
    packageBaseUrl: base,
    stdout: function () {},
    stderr: function () {},
    checkAPIVersion: true
  };
  var core = null;
  var times = {};
  // Pyodide (from the snapshot when given), the core unpacked, the simulators imported: any error rejects.
  async function boot(snapshot) {
    pyodide = await module.loadPyodide(snapshot ? Object.assign({ _loadSnapshot: snapshot }, options) : options);
    times.loaded = performance.now();
    pyodide.loadPackage = refuseLoad;
    pyodide.loadPackagesFromImports = refuseLoad;
    var sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
    // Also after a snapshot: the memory holds the imported modules, not the files (data files, later imports).
    core = core || new Uint8Array(await corePromise);
    pyodide.unpackArchive(core, "zip", { extractDir: sitePackages });
    times.unpacked = performance.now();
    runner = pyodide.pyimport("salesplan.simulators").run;
  }
  var path = "standard";
  var fallback = null;
  if (settings.snapshot && typeof DecompressionStream === "function") {
    try {
      var snapshot = snapshotBytes(new URL(settings.snapshot, self.location.href).href);
      snapshot.catch(function () {}); // its error, if any, is loadPyodide's (below)
      await boot(snapshot);
      path = "snapshot";
    } catch (error) {
      fallback = String(error && error.message ? error.message : error);
      pyodide = null;
      runner = null;
    }
  }
  if (!runner) {
    await boot(null);
  }
  var loadedAt = times.loaded;
  var unpackedAt = times.unpacked;
  var end = performance.now();
  startPath = path;
  fallbackError = fallback;
  performance.measure("salesplan: pyodide.mjs", { start: started, end: imported });
  performance.measure("salesplan: loadPyodide", { start: imported, end: loadedAt });
  performance.measure("salesplan: unpack", { start: loadedAt, end: unpackedAt });
  performance.measure("salesplan: import", { start: unpackedAt, end: end });
  self.postMessage({
    type: "ready", ms: end - started, loaded: received, path: path, fallback: fallback,
    steps: {
      script: imported - started, python: loadedAt - started, unpack: unpackedAt - loadedAt, "import": end - unpackedAt,
      snapshotFetched: snapshotAt.fetched ? snapshotAt.fetched - started : null,
      snapshotUnzipped: snapshotAt.unzipped ? snapshotAt.unzipped - started : null
    }
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
    self.postMessage({ type: "stats", id: message.id, heap: heapBytes(), refusedLoads: refusedLoads, loaded: received,
      path: startPath, fallback: fallbackError });
  }
};
