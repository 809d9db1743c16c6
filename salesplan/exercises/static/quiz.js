/* Quiz sans noyau du cours salesplan (écrit pour salesplan, sans dépendance).
 *
 * Each `.sp-quiz` container is followed by a <script type="application/json">
 * holding the chapter's questions and rules, serialised by
 * salesplan.exercises.serialise. This file holds only mechanics: the rules
 * (how a number or a date is read, the canonical tokens, the messages, the
 * hashing recipe) come from Python in `data.rules`, so Python is their one
 * source. Right answers are SHA-256 hashes (salted); number tokens are first
 * stretched with PBKDF2; messages are sealed with a key only the matching
 * answer gives.
 *
 * Hashing uses the browser's Web Crypto (crypto.subtle) when the page is a
 * secure context (https, http://127.0.0.1, http://localhost); elsewhere (a
 * page opened from file:// in some browsers, plain http on a school server)
 * crypto.subtle is missing and the same functions run in JavaScript below
 * (slower, same results: tested under Node against Python's hashlib).
 *
 * Runs in a browser (window.SalesplanQuiz) and under Node (module.exports,
 * for `node --test`); the page part starts only where there is a document.
 */
(function (root, factory) {
  "use strict";
  var api = factory(root);
  if (typeof module === "object" && module.exports) { module.exports = api; } else { root.SalesplanQuiz = api; }
  if (typeof document !== "undefined" && !(typeof module === "object" && module.exports)) {
    if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", api.start); } else { api.start(); }
  }
})(typeof self !== "undefined" ? self : globalThis, function (root) {
  "use strict";

  // ------------------------------------------------------------ SHA-256, HMAC, PBKDF2 in JavaScript (FIPS 180-4, RFC 8018)

  function firstPrimes(count) {
    var primes = [];
    for (var n = 2; primes.length < count; n++) {
      var prime = true;
      for (var i = 0; i < primes.length && primes[i] * primes[i] <= n; i++) {
        if (n % primes[i] === 0) { prime = false; break; }
      }
      if (prime) { primes.push(n); }
    }
    return primes;
  }

  // Round constants: first 32 bits of the fractional parts of the square roots
  // (initial hash) and cube roots (K) of the first primes, computed here.
  var PRIMES = firstPrimes(64);
  function fraction32(x) { return ((x - Math.floor(x)) * 4294967296) | 0; }
  var K = new Int32Array(PRIMES.map(function (p) { return fraction32(Math.cbrt(p)); }));
  var H0 = new Int32Array(PRIMES.slice(0, 8).map(function (p) { return fraction32(Math.sqrt(p)); }));
  var W = new Int32Array(64);

  // One compression of the 64-byte block at `offset` of `view` into `h` (Int32Array(8)).
  function compress(h, view, offset) {
    var t, x, y;
    for (t = 0; t < 16; t++) { W[t] = view.getInt32(offset + 4 * t); }
    for (t = 16; t < 64; t++) {
      x = W[t - 15]; y = W[t - 2];
      W[t] = (W[t - 16] + ((x >>> 7 | x << 25) ^ (x >>> 18 | x << 14) ^ (x >>> 3)) + W[t - 7] +
        ((y >>> 17 | y << 15) ^ (y >>> 19 | y << 13) ^ (y >>> 10))) | 0;
    }
    var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7], t1, t2;
    for (t = 0; t < 64; t++) {
      t1 = (k + ((e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7)) + ((e & f) ^ (~e & g)) + K[t] + W[t]) | 0;
      t2 = (((a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + k) | 0;
  }

  // SHA-256 of `data` (Uint8Array) continuing from state `start` after `before` bytes already hashed.
  function sha256From(start, before, data) {
    var size = ((data.length + 9 + 63) >> 6) << 6;
    var buffer = new Uint8Array(size);
    buffer.set(data);
    buffer[data.length] = 0x80;
    var view = new DataView(buffer.buffer);
    var bits = (before + data.length) * 8;
    view.setUint32(size - 8, Math.floor(bits / 4294967296));
    view.setUint32(size - 4, bits >>> 0);
    var h = new Int32Array(start);
    for (var offset = 0; offset < size; offset += 64) { compress(h, view, offset); }
    return stateBytes(h);
  }

  function stateBytes(h) {
    var out = new Uint8Array(32), view = new DataView(out.buffer);
    for (var t = 0; t < 8; t++) { view.setInt32(4 * t, h[t]); }
    return out;
  }

  function sha256Bytes(data) { return sha256From(H0, 0, data); }

  // The two states HMAC-SHA256 starts from (key XOR ipad, key XOR opad): computed once per password.
  function hmacStates(key) {
    if (key.length > 64) { key = sha256Bytes(key); }
    var states = [0x36, 0x5c].map(function (pad) {
      var block = new Uint8Array(64);
      for (var i = 0; i < 64; i++) { block[i] = (key[i] || 0) ^ pad; }
      var h = new Int32Array(H0);
      compress(h, new DataView(block.buffer), 0);
      return h;
    });
    return {inner: states[0], outer: states[1]};
  }

  function hmac(states, data) { return sha256From(states.outer, 64, sha256From(states.inner, 64, data)); }

  // PBKDF2-HMAC-SHA256, one 32-byte block. The inner loop hashes one padded
  // block twice per round from the precomputed states (no allocation).
  function pbkdf2Pure(password, salt, iterations) {
    var states = hmacStates(password);
    var first = new Uint8Array(salt.length + 4);
    first.set(salt);
    first[salt.length + 3] = 1;
    var u = hmac(states, first);
    var result = new Int32Array(8), block = new Uint8Array(64), view = new DataView(block.buffer);
    var h = new Int32Array(8), t;
    block[32] = 0x80;
    view.setUint32(60, (64 + 32) * 8);
    for (t = 0; t < 32; t++) { block[t] = u[t]; }
    var uView = new DataView(u.buffer);
    for (t = 0; t < 8; t++) { result[t] = uView.getInt32(4 * t); }
    for (var round = 1; round < iterations; round++) {
      h.set(states.inner); compress(h, view, 0);
      for (t = 0; t < 8; t++) { view.setInt32(4 * t, h[t]); }
      h.set(states.outer); compress(h, view, 0);
      for (t = 0; t < 8; t++) { view.setInt32(4 * t, h[t]); result[t] ^= h[t]; }
    }
    return stateBytes(result);
  }

  var encoder = new TextEncoder();
  var decoder = new TextDecoder();

  function hex(bytes) {
    var out = "";
    for (var i = 0; i < bytes.length; i++) { out += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16); }
    return out;
  }

  // Web Crypto where the page may use it, JavaScript otherwise (same results).
  var pure = {
    name: "javascript",
    sha256: function (data) { return Promise.resolve(sha256Bytes(data)); },
    pbkdf2: function (password, salt, iterations) { return Promise.resolve(pbkdf2Pure(password, salt, iterations)); },
  };
  function webCrypto(subtle) {
    return {
      name: "webcrypto",
      sha256: function (data) {
        return subtle.digest("SHA-256", data).then(function (out) { return new Uint8Array(out); });
      },
      pbkdf2: function (password, salt, iterations) {
        return subtle.importKey("raw", password, "PBKDF2", false, ["deriveBits"]).then(function (key) {
          return subtle.deriveBits({name: "PBKDF2", hash: "SHA-256", salt: salt, iterations: iterations}, key, 256);
        }).then(function (out) { return new Uint8Array(out); });
      },
    };
  }
  var subtle = root.crypto && root.crypto.subtle;
  var engine = subtle && root.isSecureContext !== false ? webCrypto(subtle) : pure;

  // For the tests: "javascript" forces the fallback, "webcrypto" the browser's (when present).
  function useEngine(name) { engine = name === "webcrypto" && subtle ? webCrypto(subtle) : pure; }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) { return String(values[name]); });
  }

  function Hasher(hashing) { this.hashing = hashing; }
  Hasher.prototype.digest = function (salt, token) {
    return engine.sha256(encoder.encode(fill(this.hashing.digest, {salt: salt, token: token}))).then(hex);
  };
  Hasher.prototype.stretch = function (salt, token) {
    return engine.pbkdf2(encoder.encode(token), encoder.encode(salt), this.hashing.iterations).then(hex);
  };
  Hasher.prototype.unseal = function (sealed, salt, token) {
    var binary = atob(sealed), blocks = [], self = this;
    for (var i = 0; i * 32 < binary.length; i++) {
      blocks.push(engine.sha256(encoder.encode(fill(self.hashing.stream, {salt: salt, token: token, block: i}))));
    }
    return Promise.all(blocks).then(function (keys) {
      var bytes = new Uint8Array(binary.length);
      for (var j = 0; j < binary.length; j++) { bytes[j] = binary.charCodeAt(j) ^ keys[j >> 5][j % 32]; }
      return decoder.decode(bytes);
    });
  };

  // ------------------------------------------------------------ reading answers with Python's tables (rules.number, rules.date)

  var compiled = new WeakMap();
  function whole(pattern) { return new RegExp("^(?:" + pattern + ")$"); }
  function tables(rules) {
    if (!compiled.has(rules)) {
      compiled.set(rules, {
        refused: new RegExp(rules.number.refused),
        spaces: new RegExp(rules.number.spaces, "g"),
        numbers: rules.number.forms.map(function (f) { return {pattern: whole(f[0]), group: f[1], mark: f[2]}; }),
        dateRefused: new RegExp(rules.date.refused),
        dates: rules.date.forms.map(function (f) { return {pattern: whole(f[0]), order: f[1]}; }),
      });
    }
    return compiled.get(rules);
  }

  function acceptable(text, max, refused) {
    return text.length <= 2 * max && Array.from(text).length <= max && !refused.test(text);
  }

  // A number as an exact fraction {num, den} (BigInt), or null: the rule of salesplan.exercises.answers.
  function readNumber(rules, raw) {
    if (typeof raw === "number" && isFinite(raw)) { raw = String(raw); }
    var t = tables(rules);
    if (typeof raw !== "string" || !acceptable(raw, rules.number.max_length, t.refused)) { return null; }
    var low = raw.trim().toLowerCase(), units = rules.number.units, changed = true;
    while (changed) {
      changed = false;
      for (var i = 0; i < units.length; i++) {
        if (low.endsWith(units[i])) { low = low.slice(0, -units[i].length).trim(); changed = true; }
      }
    }
    var text = low.replace(t.spaces, " ").split(rules.number.minus).join("-");
    var form = t.numbers.find(function (f) { return f.pattern.test(text); });
    if (!form) { return null; }
    if (form.group) { text = text.split(form.group).join(""); }
    if (form.mark) { text = text.replace(form.mark, "."); }
    return decimal(text);
  }

  // "-12.50" (what Decimal reads once the table has matched) as {num, den}.
  function decimal(text) {
    var match = /^([+-]?)([0-9]*)(?:\.([0-9]*))?$/.exec(text);
    var decimals = match[3] || "";
    var num = BigInt((match[2] || "0") + decimals);
    return {num: match[1] === "-" ? -num : num, den: BigInt(10) ** BigInt(decimals.length)};
  }

  // Count of `step` in the value, rounded half away from zero, as text ("85500").
  function steps(value, step) {
    var s = decimal(step);
    var num = value.num * s.den, den = value.den * s.num;
    if (den < 0n) { num = -num; den = -den; }
    var negative = num < 0n;
    var q = ((negative ? -num : num) * 2n + den) / (2n * den);
    return (negative && q !== 0n ? "-" : "") + q.toString();
  }

  function pad(n, width) { var s = String(n); while (s.length < width) { s = "0" + s; } return s; }

  // A date as ISO text, or null.
  function readDate(rules, raw) {
    var t = tables(rules);
    if (typeof raw !== "string" || !acceptable(raw, rules.date.max_length, t.dateRefused)) { return null; }
    var text = raw.trim(), parts = {};
    var form = t.dates.find(function (f) { return f.pattern.test(text); });
    if (!form) { return null; }
    form.pattern.exec(text).slice(1).forEach(function (group, i) { parts[form.order[i]] = +group; });
    var y = parts.y, m = parts.m, d = parts.d;
    var leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    var days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > days) { return null; }
    return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2);
  }

  function sortedCodePoints(list) {
    return list.slice().sort(function (a, b) { return a < b ? -1 : a > b ? 1 : 0; });
  }

  // ------------------------------------------------------------ checking (the verdicts of checking.py)

  function verdict(correct, message, extra) {
    var out = {correct: correct, message: message, unreadable: false, mistake: "", score: null, total: null,
      details: [], fields: [], explanation: ""};
    for (var key in extra || {}) { out[key] = extra[key]; }
    return out;
  }

  function unreadable(hint) { return verdict(false, hint, {unreadable: true}); }

  function Checker(rules) {
    this.rules = rules;
    this.msgs = rules.messages;
    this.tokens = rules.tokens;
    this.hasher = new Hasher(rules.hashing);
  }

  Checker.prototype.right = function (q, token, extra) {
    return this.hasher.unseal(q.explanation, q.salt, token).then(function (text) {
      var out = verdict(true, this.msgs.right, extra);
      out.explanation = text;
      return out;
    }.bind(this));
  };

  // The sealed message of `key` in `mistakes` ("" when none): the hash is the lookup, the key unseals.
  Checker.prototype.mistake = function (q, mistakes, key, hash) {
    var sealed = (mistakes || {})[hash];
    return sealed ? this.hasher.unseal(sealed, q.salt, key) : Promise.resolve("");
  };

  Checker.prototype.judge = function (q, key, wrong) {
    var self = this;
    return self.hasher.digest(q.salt, key).then(function (hash) {
      if (hash === q.answer) { return self.right(q, key); }
      return self.mistake(q, q.mistakes, key, hash).then(function (mistake) {
        return verdict(false, mistake || wrong, {mistake: mistake});
      });
    });
  };

  Checker.prototype.scored = function (q, score, total, details, key) {
    if (score === total) { return this.right(q, key, {score: score, total: total}); }
    var message = fill(this.msgs["score_" + q.kind], {score: score, total: total});
    return Promise.resolve(verdict(false, message, {score: score, total: total, details: details, mistake: details.join(" ")}));
  };

  // Per-item tokens: how many are right (hash in items_right) and the messages of the wrong ones.
  Checker.prototype.items = function (q, tokens) {
    var self = this;
    return Promise.all(tokens.map(function (token) {
      return self.hasher.digest(q.salt, token).then(function (hash) {
        if (q.items_right.indexOf(hash) >= 0) { return {right: true, message: ""}; }
        return self.mistake(q, q.mistakes, token, hash).then(function (message) { return {right: false, message: message}; });
      });
    })).then(function (results) {
      return {
        score: results.filter(function (r) { return r.right; }).length,
        details: results.filter(function (r) { return r.message; }).map(function (r) { return r.message; }),
      };
    });
  };

  function keyList(raw) {
    if (typeof raw === "string") {
      return raw.split(",").map(function (p) { return p.trim(); }).filter(function (p) { return p; });
    }
    if (!Array.isArray(raw) || !raw.every(function (k) { return typeof k === "string"; })) { return null; }
    return raw.slice();
  }

  function isMapping(raw) { return raw !== null && typeof raw === "object" && !Array.isArray(raw); }

  Checker.prototype.numeric = function (q, raw) {
    var value = readNumber(this.rules, raw), self = this;
    if (!value) { return Promise.resolve(unreadable(this.msgs.number_hint)); }
    return this.hasher.stretch(q.salt, steps(value, q.step)).then(function (key) {
      return self.judge(q, key, self.msgs.wrong_number);
    });
  };

  Checker.prototype.date = function (q, raw) {
    var token = readDate(this.rules, raw);
    if (!token) { return Promise.resolve(unreadable(this.msgs.date_hint)); }
    return this.judge(q, token, this.msgs.wrong_date);
  };

  Checker.prototype.single = function (q, raw) {
    var keys = q.choices.map(function (c) { return c.key; });
    if (typeof raw !== "string" || keys.indexOf(raw) < 0) { return Promise.resolve(unreadable(this.msgs.choice_hint)); }
    return this.judge(q, raw, this.msgs.wrong_choice);
  };

  Checker.prototype.multiple = function (q, raw) {
    var keys = keyList(raw), self = this;
    var known = q.choices.map(function (c) { return c.key; });
    if (!keys || new Set(keys).size !== keys.length || !keys.every(function (k) { return known.indexOf(k) >= 0; })) {
      return Promise.resolve(unreadable(this.msgs.choice_hint));
    }
    var tokens = q.choices.map(function (c) {
      return fill(self.tokens.ticked, {key: c.key, state: keys.indexOf(c.key) >= 0 ? 1 : 0});
    });
    return this.items(q, tokens).then(function (r) {
      return self.scored(q, r.score, q.choices.length, r.details, sortedCodePoints(keys).join(self.tokens.set));
    });
  };

  Checker.prototype.ordering = function (q, raw) {
    var keys = keyList(raw), self = this;
    if (typeof raw === "string" && raw.indexOf(this.tokens.order) >= 0) {
      keys = raw.split(this.tokens.order).map(function (p) { return p.trim(); });
    }
    var known = q.items.map(function (i) { return i.key; });
    if (!keys || sortedCodePoints(keys).join("\n") !== sortedCodePoints(known).join("\n")) {
      return Promise.resolve(unreadable(this.msgs.order_hint));
    }
    var tokens = keys.map(function (k, i) { return fill(self.tokens.position, {key: k, index: i}); });
    return this.items(q, tokens).then(function (r) {
      return self.scored(q, r.score, keys.length, [], keys.join(self.tokens.order));
    });
  };

  Checker.prototype.mapping = function (q, raw) {
    var self = this;
    var items = q.items.map(function (i) { return i.key; });
    var allowed = q.options.map(function (o) { return o.key; });
    if (!isMapping(raw) || sortedCodePoints(Object.keys(raw)).join("\n") !== sortedCodePoints(items).join("\n") ||
        !items.every(function (k) { return typeof raw[k] === "string" && allowed.indexOf(raw[k]) >= 0; })) {
      return Promise.resolve(unreadable(this.msgs.mapping_hint));
    }
    var tokens = items.map(function (k) { return fill(self.tokens.placed, {item: k, option: raw[k]}); });
    var key = sortedCodePoints(items.map(function (k) { return fill(self.tokens.pair, {item: k, option: raw[k]}); }))
      .join(this.tokens.pairs);
    return this.items(q, tokens).then(function (r) { return self.scored(q, r.score, items.length, r.details, key); });
  };
  Checker.prototype.matching = Checker.prototype.mapping;
  Checker.prototype.categories = Checker.prototype.mapping;

  Checker.prototype.field = function (q, f, raw) {
    var self = this, msgs = this.msgs;
    var value = readNumber(this.rules, raw);
    if (!value) { return Promise.resolve({key: f.key, correct: false, message: msgs.number_hint, unreadable: true, stretched: ""}); }
    var token = fill(this.tokens.field, {key: f.key, value: steps(value, f.step)});
    return this.hasher.stretch(q.salt, token).then(function (key) {
      return self.hasher.digest(q.salt, key).then(function (hash) {
        if (hash === f.answer) { return {key: f.key, correct: true, message: msgs.field_right, unreadable: false, stretched: key}; }
        return self.mistake(q, f.mistakes, key, hash).then(function (mistake) {
          return {key: f.key, correct: false, message: mistake || msgs.wrong_number, unreadable: false, stretched: key};
        });
      });
    });
  };

  Checker.prototype.invoice = function (q, raw) {
    var self = this, msgs = this.msgs;
    if (!isMapping(raw)) { return Promise.resolve(unreadable(msgs.invoice_hint)); }
    return Promise.all(q.fields.map(function (f) {
      return self.field(q, f, Object.prototype.hasOwnProperty.call(raw, f.key) ? raw[f.key] : "");
    })).then(function (found) {
      var fields = found.map(function (f) { return {key: f.key, correct: f.correct, message: f.message, unreadable: f.unreadable}; });
      var score = fields.filter(function (f) { return f.correct; }).length;
      if (fields.some(function (f) { return f.unreadable; })) {
        return verdict(false, msgs.invoice_hint, {unreadable: true, score: score, total: fields.length, fields: fields});
      }
      if (score === fields.length) {
        var key = found.map(function (f) { return f.stretched; }).join(self.tokens.pairs);
        return self.right(q, key, {score: score, total: score, fields: fields});
      }
      var mistakes = fields.filter(function (f) { return !f.correct && f.message !== msgs.wrong_number; })
        .map(function (f) { return f.message; });
      return verdict(false, fill(msgs.score_invoice, {score: score, total: fields.length}),
        {score: score, total: fields.length, fields: fields, mistake: mistakes.join(" ")});
    });
  };

  var KINDS = ["numeric", "date", "single", "multiple", "ordering", "matching", "categories", "invoice"];

  // The verdict on `raw` (a Promise). Errors are not hidden: a failing check rejects.
  function check(q, rules, raw) {
    var checker = new Checker(rules);
    if (KINDS.indexOf(q.kind) < 0) { return Promise.resolve(unreadable("Type de question inconnu.")); }
    return checker[q.kind](q, raw);
  }

  // ------------------------------------------------------------ progress (localStorage, or the host: scorm.js)

  function isIndex(value, size) { return typeof value === "number" && Number.isInteger(value) && value >= 0 && value < size; }

  // Saved progress checked against the quiz: anything unreadable and the quiz starts clean;
  // ids of questions no longer in the bank are dropped.
  function cleanProgress(raw, data) {
    var clean = {solved: {}, attempted: {}, variant: {}};
    if (!isMapping(raw)) { return clean; }
    var solved = raw.solved === undefined ? {} : raw.solved;
    var attempted = raw.attempted === undefined ? {} : raw.attempted;
    var variant = raw.variant === undefined ? {} : raw.variant;
    if (!isMapping(solved) || !isMapping(attempted) || !isMapping(variant)) { return clean; }
    var sizes = {};
    data.questions.forEach(function (entry) { sizes[entry.id] = entry.variants.length; });
    var readable = Object.keys(solved).every(function (id) { return solved[id] === true; }) &&
      Object.keys(attempted).every(function (id) { return attempted[id] === true; }) &&
      Object.keys(variant).every(function (id) { return isIndex(variant[id], Infinity); });
    if (!readable) { return clean; }
    Object.keys(sizes).forEach(function (id) {
      if (solved[id] === true) { clean.solved[id] = true; clean.attempted[id] = true; }
      if (attempted[id] === true) { clean.attempted[id] = true; }
      if (isIndex(variant[id], sizes[id])) { clean.variant[id] = variant[id]; }
    });
    return clean;
  }

  var localStore = {
    load: function (chapter) {
      try { return JSON.parse(root.localStorage.getItem("salesplan-quiz:" + chapter) || "null"); } catch (error) { return null; }
    },
    save: function (chapter, progress) {
      try { root.localStorage.setItem("salesplan-quiz:" + chapter, JSON.stringify(progress)); } catch (error) { /* private mode */ }
    },
  };

  // scorm.js (or any host) may set window.SalesplanQuizHost = {load, save, report} before the quiz starts.
  function host() { return root.SalesplanQuizHost || localStore; }

  function summary(data, progress) {
    var ids = data.questions.map(function (e) { return e.id; });
    return {
      chapter: data.chapter,
      total: ids.length,
      solved: ids.filter(function (id) { return progress.solved[id]; }).length,
      attempted: ids.filter(function (id) { return progress.attempted[id]; }).length,
    };
  }

  // ------------------------------------------------------------ rendering

  var uid = 0;
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    for (var key in attrs || {}) {
      if (key === "html") { node.innerHTML = attrs.html; } else if (key === "text") { node.textContent = attrs.text; }
      else if (attrs[key] !== null && attrs[key] !== undefined) { node.setAttribute(key, attrs[key]); }
    }
    (children || []).forEach(function (child) { if (child) { node.appendChild(child); } });
    return node;
  }
  function newId(prefix) { uid += 1; return "sp-" + prefix + "-" + uid; }

  var UNIT_LABELS = {"€": "en euros", "%": "en %", "jours": "en jours", "": ""};

  function numberInput(labelHtml, unit, describedBy) {
    var id = newId("in");
    var input = el("input", {type: "text", id: id, inputmode: "decimal", autocomplete: "off", spellcheck: "false",
      "aria-describedby": describedBy});
    var row = el("div", {"class": "sp-field"}, [
      el("label", {"for": id, html: labelHtml + (unit ? " <span class=\"sp-unit\">(" + UNIT_LABELS[unit] + ")</span>" : "")}),
      input,
    ]);
    return {row: row, input: input};
  }

  // Each builder returns {body, read: function () -> raw answer, fieldStatus?: {key: element}}.
  var BUILDERS = {
    numeric: function (q, promptId) {
      var field = numberInput("Votre réponse", q.unit, promptId);
      return {body: field.row, read: function () { return field.input.value; }};
    },
    date: function (q, promptId) {
      var id = newId("in");
      var input = el("input", {type: "text", id: id, inputmode: "numeric", autocomplete: "off",
        placeholder: "JJ/MM/AAAA", "aria-describedby": promptId});
      var row = el("div", {"class": "sp-field"}, [el("label", {"for": id, text: "Votre réponse (JJ/MM/AAAA)"}), input]);
      return {body: row, read: function () { return input.value; }};
    },
    single: function (q) { return choiceGroup(q, "radio", "Choisissez une réponse"); },
    multiple: function (q) { return choiceGroup(q, "checkbox", "Cochez toutes les bonnes réponses"); },
    ordering: orderingList,
    matching: function (q) { return selectGroup(q, "Associez chaque élément"); },
    categories: function (q) { return selectGroup(q, "Classez chaque élément"); },
    invoice: function (q, promptId) {
      var inputs = {}, status = {};
      var rows = q.fields.map(function (f) {
        var statusId = newId("st");
        var field = numberInput(f.label, f.unit, statusId);
        inputs[f.key] = field.input;
        status[f.key] = el("span", {"class": "sp-field-status", id: statusId});
        field.row.appendChild(status[f.key]);
        return field.row;
      });
      var box = el("fieldset", {"class": "sp-invoice"}, [el("legend", {text: "Pied de facture"})].concat(rows));
      box.setAttribute("aria-describedby", promptId);
      return {body: box, fieldStatus: status, read: function () {
        var out = {};
        for (var key in inputs) { out[key] = inputs[key].value; }
        return out;
      }};
    },
  };

  function choiceGroup(q, type, legend) {
    var name = newId("grp");
    var inputs = [];
    var options = q.choices.map(function (c) {
      var id = newId("ch");
      var input = el("input", {type: type, id: id, name: name, value: c.key});
      inputs.push(input);
      return el("div", {"class": "sp-choice"}, [input, el("label", {"for": id, html: c.text})]);
    });
    return {body: el("fieldset", {}, [el("legend", {text: legend})].concat(options)), read: function () {
      var ticked = inputs.filter(function (i) { return i.checked; }).map(function (i) { return i.value; });
      return type === "radio" ? (ticked[0] || "") : ticked;
    }};
  }

  function orderingList(q) {
    var order = q.items.slice();
    var list = el("ol", {"class": "sp-order"});
    var live = el("p", {"class": "sp-visually-hidden", "aria-live": "polite"});
    function move(index, delta, focusDelta) {
      var target = index + delta;
      if (target < 0 || target >= order.length) { return; }
      var moved = order.splice(index, 1)[0];
      order.splice(target, 0, moved);
      draw();
      var buttons = list.children[target].querySelectorAll("button");
      var button = buttons[focusDelta < 0 ? 0 : 1];
      (button.disabled ? buttons[focusDelta < 0 ? 1 : 0] : button).focus();
      live.textContent = "« " + textOf(moved) + " » est maintenant en position " + (target + 1) + " sur " + order.length + ".";
    }
    function textOf(item) { var d = document.createElement("div"); d.innerHTML = item.text; return d.textContent; }
    function draw() {
      list.innerHTML = "";
      order.forEach(function (item, index) {
        var up = el("button", {type: "button", "class": "sp-move", "aria-label": "Monter « " + textOf(item) + " »", text: "▲ Monter"});
        var down = el("button", {type: "button", "class": "sp-move", "aria-label": "Descendre « " + textOf(item) + " »", text: "▼ Descendre"});
        up.disabled = index === 0;
        down.disabled = index === order.length - 1;
        up.addEventListener("click", function () { move(index, -1, -1); });
        down.addEventListener("click", function () { move(index, 1, 1); });
        list.appendChild(el("li", {}, [el("span", {"class": "sp-order-text", html: item.text}), up, down]));
      });
    }
    draw();
    var box = el("fieldset", {}, [el("legend", {text: "Ordre (de la première à la dernière étape)"}), list, live]);
    return {body: box, read: function () { return order.map(function (i) { return i.key; }); }};
  }

  function selectGroup(q, legend) {
    var selects = {};
    var rows = q.items.map(function (item) {
      var id = newId("sel");
      var select = el("select", {id: id}, [el("option", {value: "", text: "— choisir —"})].concat(
        q.options.map(function (o) { return el("option", {value: o.key, html: o.text}); })));
      selects[item.key] = select;
      return el("div", {"class": "sp-match"}, [el("label", {"for": id, html: item.text}), select]);
    });
    return {body: el("fieldset", {}, [el("legend", {text: legend})].concat(rows)), read: function () {
      var out = {};
      for (var key in selects) { out[key] = selects[key].value; }
      return out;
    }};
  }

  function linkHref(link) { return link.href || "#"; }

  function Quiz(container, data) {
    this.container = container;
    this.data = data;
    this.progress = cleanProgress(host().load(data.chapter), data);
    this.render();
    this.report();
  }

  Quiz.prototype.save = function () { host().save(this.data.chapter, this.progress); };
  Quiz.prototype.report = function () {
    var h = host();
    if (h.report) { h.report(summary(this.data, this.progress)); }
  };

  Quiz.prototype.render = function () {
    var self = this;
    this.container.innerHTML = "";
    this.scoreLine = el("p", {"class": "sp-score", "aria-live": "polite"});
    var reset = el("button", {type: "button", "class": "sp-reset", text: "Recommencer"});
    reset.addEventListener("click", function () {
      self.progress = {solved: {}, attempted: {}, variant: {}};
      self.save();
      self.render();
      self.report();
      self.scoreLine.focus();
    });
    this.scoreLine.setAttribute("tabindex", "-1");
    this.container.appendChild(el("div", {"class": "sp-quiz-head"}, [this.scoreLine, reset]));
    this.data.questions.forEach(function (entry, index) {
      var holder = el("section", {"class": "sp-q", "aria-labelledby": "sp-q-" + self.data.chapter.replace(/\W/g, "-") + "-" + entry.id});
      self.container.appendChild(holder);
      try {
        self.renderQuestion(holder, entry, index);
      } catch (error) { // one question that cannot be shown does not take the quiz down
        holder.textContent = "Question " + (index + 1) + " : elle ne peut pas s'afficher dans ce navigateur.";
        if (root.console) { root.console.error(error); }
      }
    });
    this.updateScore();
  };

  Quiz.prototype.updateScore = function () {
    var solved = this.data.questions.filter(function (e) { return this.progress.solved[e.id]; }, this).length;
    this.scoreLine.textContent = "Score : " + solved + " / " + this.data.questions.length +
      " (" + (solved > 1 ? "questions réussies" : "question réussie") + ").";
  };

  Quiz.prototype.renderQuestion = function (holder, entry, index) {
    var self = this;
    var variantIndex = this.progress.variant[entry.id] || 0;
    var q = entry.variants[variantIndex];
    var titleId = "sp-q-" + this.data.chapter.replace(/\W/g, "-") + "-" + entry.id;
    var promptId = newId("prompt");
    holder.innerHTML = "";
    var title = el("h3", {"class": "sp-q-title", id: titleId, text: "Question " + (index + 1)});
    title.setAttribute("tabindex", "-1");
    if (this.progress.solved[entry.id]) { title.appendChild(el("span", {"class": "sp-solved", text: " — réussie ✓"})); }
    var ui = BUILDERS[q.kind](q, promptId);
    var feedback = el("div", {"class": "sp-feedback", role: "status", "aria-live": "polite"});
    var explanation = el("div", {"class": "sp-explanation"});
    explanation.hidden = true;
    var submit = el("button", {type: "submit", "class": "sp-check", text: "Vérifier"});
    var actions = el("div", {"class": "sp-actions"}, [submit]);
    if (entry.variants.length > 1) {
      var another = el("button", {type: "button", "class": "sp-next", text: "Nouvel énoncé"});
      another.addEventListener("click", function () {
        self.progress.variant[entry.id] = (variantIndex + 1) % entry.variants.length;
        self.save();
        self.renderQuestion(holder, entry, index);
        holder.querySelector(".sp-q-title").focus();
      });
      actions.appendChild(another);
    }
    var form = el("form", {novalidate: "novalidate"}, [ui.body, actions]);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (submit.disabled) { return; }
      submit.disabled = true;
      check(q, self.data.rules, ui.read()).then(function (result) {
        self.show(result, feedback, explanation, ui);
        if (!result.unreadable) { self.progress.attempted[entry.id] = true; }
        if (result.correct && !self.progress.solved[entry.id]) {
          self.progress.solved[entry.id] = true;
          title.appendChild(el("span", {"class": "sp-solved", text: " — réussie ✓"}));
          self.updateScore();
        }
        self.save();
        self.report();
      }, function (error) {
        feedback.className = "sp-feedback sp-unreadable";
        feedback.textContent = "La vérification a échoué dans ce navigateur ; rechargez la page ou essayez un autre navigateur.";
        if (root.console) { root.console.error(error); }
      }).then(function () { submit.disabled = false; });
    });
    var link = el("p", {"class": "sp-link"}, [el("a", {href: linkHref(q.link), text: q.link.label})]);
    [title, el("div", {"class": "sp-prompt", id: promptId, html: q.prompt}), form, feedback, explanation, link]
      .forEach(function (node) { holder.appendChild(node); });
  };

  Quiz.prototype.show = function (result, feedback, explanation, ui) {
    feedback.innerHTML = "";
    feedback.className = "sp-feedback " + (result.correct ? "sp-right" : result.unreadable ? "sp-unreadable" : "sp-wrong");
    feedback.appendChild(el("p", {"class": "sp-message", html: result.correct ? result.message : result.message}));
    if (result.details.length) {
      feedback.appendChild(el("ul", {}, result.details.map(function (d) { return el("li", {html: d}); })));
    }
    (result.fields || []).forEach(function (f) {
      var status = ui.fieldStatus && ui.fieldStatus[f.key];
      if (status) {
        status.className = "sp-field-status " + (f.correct ? "sp-right" : f.unreadable ? "sp-unreadable" : "sp-wrong");
        status.innerHTML = (f.correct ? "✓ " : "✗ ") + f.message;
      }
    });
    explanation.hidden = !result.correct;
    explanation.innerHTML = result.correct ? "<p class=\"sp-explanation-title\">Explication</p><p>" + result.explanation + "</p>" : "";
  };

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(".sp-quiz"), function (container) {
      var source = document.getElementById(container.getAttribute("data-source"));
      if (!source || container.getAttribute("data-ready")) { return; }
      container.setAttribute("data-ready", "1");
      try {
        container.quiz = new Quiz(container, JSON.parse(source.textContent));
      } catch (error) {
        container.textContent = "Ce quiz ne peut pas s'afficher dans ce navigateur ; il est aussi dans le notebook du chapitre.";
        if (root.console) { root.console.error(error); }
      }
    });
  }

  return {
    check: check, readNumber: readNumber, readDate: readDate, steps: steps, cleanProgress: cleanProgress,
    summary: summary, start: start, engine: function () { return engine.name; }, useEngine: useEngine,
    // The element builder scenario.js draws with too (same markup conventions).
    el: el,
    // Synchronous digest and unseal with the page's hashing templates (scenario.js opens its graph step by step).
    sealing: function (rules) {
      var h = rules.hashing;
      function block(salt, token, i) { return sha256Bytes(encoder.encode(fill(h.stream, {salt: salt, token: token, block: i}))); }
      return {
        digest: function (salt, token) { return hex(sha256Bytes(encoder.encode(fill(h.digest, {salt: salt, token: token})))); },
        unseal: function (sealed, salt, token) {
          var binary = atob(sealed), bytes = new Uint8Array(binary.length), key = null;
          for (var j = 0; j < binary.length; j++) {
            if (j % 32 === 0) { key = block(salt, token, j >> 5); }
            bytes[j] = binary.charCodeAt(j) ^ key[j % 32];
          }
          return decoder.decode(bytes);
        },
      };
    },
    pure: {sha256: function (text) { return hex(sha256Bytes(encoder.encode(text))); },
      pbkdf2: function (password, salt, iterations) { return hex(pbkdf2Pure(encoder.encode(password), encoder.encode(salt), iterations)); }},
    digest: function (rules, salt, token) { return new Hasher(rules.hashing).digest(salt, token); },
    stretch: function (rules, salt, token) { return new Hasher(rules.hashing).stretch(salt, token); },
    unseal: function (rules, sealed, salt, token) { return new Hasher(rules.hashing).unseal(sealed, salt, token); },
  };
});
