/* Quiz sans noyau du cours salesplan (écrit pour salesplan, sans dépendance).
 *
 * Each `.sp-quiz` container is followed by a <script type="application/json">
 * holding the chapter's questions, serialised by salesplan.exercises.serialise:
 * right answers are SHA-256 hashes (salted), messages are sealed with a key
 * only the matching answer gives. The reading of answers (numbers, dates) and
 * the canonical tokens follow salesplan.exercises.answers exactly.
 */
(function () {
  "use strict";

  // ------------------------------------------------------------ SHA-256 (FIPS 180-4)

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
  function fraction32(x) { return ((x - Math.floor(x)) * 4294967296) >>> 0; }
  var K = PRIMES.map(function (p) { return fraction32(Math.cbrt(p)); });
  var H0 = PRIMES.slice(0, 8).map(function (p) { return fraction32(Math.sqrt(p)); });

  function rotr(x, n) { return (x >>> n) | (x << (32 - n)); }

  function sha256Bytes(text) {
    var data = new TextEncoder().encode(text);
    var size = ((data.length + 9 + 63) >> 6) << 6;
    var buffer = new Uint8Array(size);
    buffer.set(data);
    buffer[data.length] = 0x80;
    var view = new DataView(buffer.buffer);
    view.setUint32(size - 8, Math.floor(data.length / 0x20000000));
    view.setUint32(size - 4, (data.length << 3) >>> 0);
    var h = H0.slice();
    var w = new Array(64);
    for (var offset = 0; offset < size; offset += 64) {
      for (var t = 0; t < 16; t++) { w[t] = view.getUint32(offset + 4 * t); }
      for (t = 16; t < 64; t++) {
        var x = w[t - 15], y = w[t - 2];
        var s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
        var s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
        w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
      for (t = 0; t < 64; t++) {
        var t1 = (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
        var t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      var next = [a, b, c, d, e, f, g, k];
      for (t = 0; t < 8; t++) { h[t] = (h[t] + next[t]) | 0; }
    }
    var out = new Uint8Array(32);
    var outView = new DataView(out.buffer);
    for (t = 0; t < 8; t++) { outView.setUint32(4 * t, h[t] >>> 0); }
    return out;
  }

  function sha256(text) {
    return Array.prototype.map.call(sha256Bytes(text), function (byte) {
      return (byte < 16 ? "0" : "") + byte.toString(16);
    }).join("");
  }

  function digest(salt, token) { return sha256(salt + "|" + token); }

  function unseal(sealed, salt, token) {
    var binary = atob(sealed);
    var bytes = new Uint8Array(binary.length);
    var block = null;
    for (var i = 0; i < binary.length; i++) {
      if (i % 32 === 0) { block = sha256Bytes(salt + "|key|" + token + "|" + (i / 32)); }
      bytes[i] = binary.charCodeAt(i) ^ block[i % 32];
    }
    return new TextDecoder().decode(bytes);
  }

  // ------------------------------------------------------------ reading answers

  var MAX_LENGTH = 40;
  var BAD_CHARS = /[\x00-\x08\x0e-\x1f\x7f\x85\ufeff]/;
  var UNITS = ["€", "eur", "euros", "euro", "%", "ht", "ttc", "jours", "jour", "j"];

  function acceptable(text) {
    return Array.from(text).length <= MAX_LENGTH && !BAD_CHARS.test(text);
  }

  function count(text, ch) { return text.split(ch).length - 1; }

  // The grammar of salesplan.values._plain_digits: ASCII digits; one decimal separator ("," or ".")
  // after every thousands separator; thousands separators of one kind (spaces, "." or ","), in groups of
  // three digits ("1.2.3", "12 34" and "1,2,3" are refused). Returns "-1234.5" or null.
  function plainDigits(low) {
    var sign = "";
    if (/^[+\-\u2212]/.test(low)) { sign = low[0] === "+" ? "" : "-"; low = low.slice(1); }
    var parts = low.split(/([ \u00a0\u202f\u2009_.,])/);
    var groups = [], seps = [], i, kind = function (c) { return /[ \u00a0\u202f\u2009_]/.test(c) ? " " : c; };
    for (i = 0; i < parts.length; i++) {
      if (i % 2 === 0) {
        if (!/^[0-9]*$/.test(parts[i])) { return null; }
        groups.push(parts[i]);
      } else { seps.push(parts[i]); }
    }
    if (!seps.length) { return groups[0] ? sign + groups[0] : null; }
    var last = seps[seps.length - 1];
    var decimal = (last === "," || last === ".") && count(seps.join(""), last) === 1 ? last : null;
    var thousands = decimal ? seps.slice(0, -1) : seps;
    var whole = groups.slice(0, thousands.length + 1);
    var fraction = decimal ? groups[thousands.length + 1] : "";
    var kinds = {};
    thousands.forEach(function (c) { kinds[kind(c)] = true; });
    if (Object.keys(kinds).length > 1 || (decimal && kinds[decimal])) { return null; }
    if (thousands.length && !(whole[0].length >= 1 && whole[0].length <= 3 &&
        whole.slice(1).every(function (g) { return g.length === 3; }))) { return null; }
    if (!whole[0] && !fraction) { return null; }
    return sign + whole.join("") + (decimal ? "." + fraction : "");
  }

  // A number as an exact fraction {num, den} (BigInt), or null: salesplan.values.parse_number.
  function readNumber(raw) {
    if (typeof raw === "number" && isFinite(raw)) { raw = String(raw); }
    if (typeof raw !== "string" || !acceptable(raw)) { return null; }
    var low = raw.trim().toLowerCase();
    var changed = true;
    while (changed) {
      changed = false;
      for (var i = 0; i < UNITS.length; i++) {
        if (low.endsWith(UNITS[i])) { low = low.slice(0, -UNITS[i].length).trim(); changed = true; }
      }
    }
    var text = plainDigits(low);
    if (text === null) { return null; }
    var match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) || !match) { return null; }
    var decimals = match[3] || "";
    var num = BigInt((match[2] || "0") + decimals);
    return {num: match[1] === "-" ? -num : num, den: BigInt(10) ** BigInt(decimals.length)};
  }

  // Count of `step` in the value, rounded half away from zero, as text ("85500").
  function steps(value, step) {
    var s = readNumber(step);
    var num = value.num * s.den, den = value.den * s.num;
    if (den < 0n) { num = -num; den = -den; }
    var negative = num < 0n;
    var q = ((negative ? -num : num) * 2n + den) / (2n * den);
    return (negative && q !== 0n ? "-" : "") + q.toString();
  }

  function pad(n, width) { var s = String(n); while (s.length < width) { s = "0" + s; } return s; }

  // A date as ISO text, or null: 17/03/2027 (/ . -) or 2027-03-17.
  function readDate(raw) {
    if (typeof raw !== "string" || !acceptable(raw)) { return null; }
    var text = raw.trim(), y, m, d, match;
    if ((match = /^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})$/.exec(text))) {
      d = +match[1]; m = +match[2]; y = +match[3];
    } else if ((match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text))) {
      y = +match[1]; m = +match[2]; d = +match[3];
    } else {
      return null;
    }
    var leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    var days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > days) { return null; }
    return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2);
  }

  function sortedCodePoints(list) {
    return list.slice().sort(function (a, b) { return a < b ? -1 : a > b ? 1 : 0; });
  }

  // ------------------------------------------------------------ checking (mirror of checking.py)

  function verdict(correct, message, extra) {
    var out = {correct: correct, message: message, unreadable: false, mistake: "", score: null, total: null,
      details: [], fields: [], explanation: ""};
    for (var key in extra || {}) { out[key] = extra[key]; }
    return out;
  }

  function unreadable(hint) { return verdict(false, hint, {unreadable: true}); }

  function right(q, msgs, token, extra) {
    var out = verdict(true, msgs.right, extra);
    out.explanation = unseal(q.explanation, q.salt, token);
    return out;
  }

  function sealedMessage(q, mistakes, token) {
    var sealed = (mistakes || {})[digest(q.salt, token)];
    return sealed ? unseal(sealed, q.salt, token) : "";
  }

  function keyList(raw) {
    if (typeof raw === "string") {
      return raw.split(",").map(function (p) { return p.trim(); }).filter(function (p) { return p; });
    }
    if (!Array.isArray(raw) || !raw.every(function (k) { return typeof k === "string"; })) { return null; }
    return raw.slice();
  }

  function isMapping(raw) { return raw !== null && typeof raw === "object" && !Array.isArray(raw); }

  function scored(q, msgs, score, total, details, token) {
    if (score === total) { return right(q, msgs, token, {score: score, total: total}); }
    var message = msgs["score_" + q.kind].replace("{score}", score).replace("{total}", total);
    return verdict(false, message, {score: score, total: total, details: details, mistake: details.join(" ")});
  }

  function checkNumber(q, msgs, raw) {
    var value = readNumber(raw);
    if (!value) { return unreadable(msgs.number_hint); }
    var token = steps(value, q.step);
    if (digest(q.salt, token) === q.answer) { return right(q, msgs, token); }
    var mistake = sealedMessage(q, q.mistakes, token);
    return verdict(false, mistake || msgs.wrong_number, {mistake: mistake});
  }

  function checkDate(q, msgs, raw) {
    var token = readDate(raw);
    if (!token) { return unreadable(msgs.date_hint); }
    if (digest(q.salt, token) === q.answer) { return right(q, msgs, token); }
    var mistake = sealedMessage(q, q.mistakes, token);
    return verdict(false, mistake || msgs.wrong_date, {mistake: mistake});
  }

  function checkSingle(q, msgs, raw) {
    var keys = q.choices.map(function (c) { return c.key; });
    if (typeof raw !== "string" || keys.indexOf(raw) < 0) { return unreadable(msgs.choice_hint); }
    if (digest(q.salt, raw) === q.answer) { return right(q, msgs, raw); }
    var mistake = sealedMessage(q, q.mistakes, raw);
    return verdict(false, mistake || msgs.wrong_choice, {mistake: mistake});
  }

  function checkMultiple(q, msgs, raw) {
    var keys = keyList(raw);
    var known = q.choices.map(function (c) { return c.key; });
    if (!keys || new Set(keys).size !== keys.length || !keys.every(function (k) { return known.indexOf(k) >= 0; })) {
      return unreadable(msgs.choice_hint);
    }
    var score = 0, details = [];
    q.choices.forEach(function (c) {
      var token = "item|" + c.key + "=" + (keys.indexOf(c.key) >= 0 ? 1 : 0);
      if (q.items_right.indexOf(digest(q.salt, token)) >= 0) { score++; } else {
        var message = sealedMessage(q, q.mistakes, token);
        if (message) { details.push(message); }
      }
    });
    return scored(q, msgs, score, q.choices.length, details, sortedCodePoints(keys).join(","));
  }

  function checkOrdering(q, msgs, raw) {
    var keys = keyList(raw);
    if (typeof raw === "string" && raw.indexOf(">") >= 0) {
      keys = raw.split(">").map(function (p) { return p.trim(); });
    }
    var known = q.items.map(function (i) { return i.key; });
    if (!keys || sortedCodePoints(keys).join("\n") !== sortedCodePoints(known).join("\n")) {
      return unreadable(msgs.order_hint);
    }
    var score = keys.filter(function (k, i) { return q.items_right.indexOf(digest(q.salt, "item|" + k + "@" + i)) >= 0; });
    return scored(q, msgs, score.length, keys.length, [], keys.join(">"));
  }

  function checkMapping(q, msgs, raw) {
    var items = q.items.map(function (i) { return i.key; });
    var allowed = q.options.map(function (o) { return o.key; });
    if (!isMapping(raw) || sortedCodePoints(Object.keys(raw)).join("\n") !== sortedCodePoints(items).join("\n") ||
        !items.every(function (k) { return typeof raw[k] === "string" && allowed.indexOf(raw[k]) >= 0; })) {
      return unreadable(msgs.mapping_hint);
    }
    var score = 0, details = [];
    items.forEach(function (k) {
      var token = "item|" + k + "=" + raw[k];
      if (q.items_right.indexOf(digest(q.salt, token)) >= 0) { score++; } else {
        var message = sealedMessage(q, q.mistakes, token);
        if (message) { details.push(message); }
      }
    });
    var whole = sortedCodePoints(items.map(function (k) { return k + "=" + raw[k]; })).join(";");
    return scored(q, msgs, score, items.length, details, whole);
  }

  function checkInvoice(q, msgs, raw) {
    if (!isMapping(raw)) { return unreadable(msgs.invoice_hint); }
    var tokens = [];
    var fields = q.fields.map(function (f) {
      var value = readNumber(Object.prototype.hasOwnProperty.call(raw, f.key) ? raw[f.key] : "");
      if (!value) { return {key: f.key, correct: false, message: msgs.number_hint, unreadable: true}; }
      var n = steps(value, f.step);
      tokens.push(f.key + "=" + n);
      var token = "field|" + f.key + "|" + n;
      if (digest(q.salt, token) === f.answer) { return {key: f.key, correct: true, message: msgs.field_right, unreadable: false}; }
      var mistake = sealedMessage(q, f.mistakes, token);
      return {key: f.key, correct: false, message: mistake || msgs.wrong_number, unreadable: false};
    });
    var score = fields.filter(function (f) { return f.correct; }).length;
    if (fields.some(function (f) { return f.unreadable; })) {
      return verdict(false, msgs.invoice_hint, {unreadable: true, score: score, total: fields.length, fields: fields});
    }
    if (score === fields.length) { return right(q, msgs, tokens.join(";"), {score: score, total: score, fields: fields}); }
    var mistakes = fields.filter(function (f) { return !f.correct && f.message !== msgs.wrong_number; })
      .map(function (f) { return f.message; });
    return verdict(false, msgs.score_invoice.replace("{score}", score).replace("{total}", fields.length),
      {score: score, total: fields.length, fields: fields, mistake: mistakes.join(" ")});
  }

  var CHECKERS = {numeric: checkNumber, date: checkDate, single: checkSingle, multiple: checkMultiple,
    ordering: checkOrdering, matching: checkMapping, categories: checkMapping, invoice: checkInvoice};

  function check(q, msgs, raw) {
    try {
      var checker = CHECKERS[q.kind];
      return checker ? checker(q, msgs, raw) : unreadable("Type de question inconnu.");
    } catch (error) {
      return unreadable(msgs.number_hint);
    }
  }

  // ------------------------------------------------------------ progress (localStorage)

  function loadProgress(chapter) {
    try {
      var saved = JSON.parse(window.localStorage.getItem("salesplan-quiz:" + chapter) || "{}");
      return {solved: saved.solved || {}, variant: saved.variant || {}};
    } catch (error) {
      return {solved: {}, variant: {}};
    }
  }

  function saveProgress(chapter, progress) {
    try { window.localStorage.setItem("salesplan-quiz:" + chapter, JSON.stringify(progress)); } catch (error) { /* private mode */ }
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
    this.progress = loadProgress(data.chapter);
    this.render();
  }

  Quiz.prototype.render = function () {
    var self = this;
    this.container.innerHTML = "";
    this.scoreLine = el("p", {"class": "sp-score", "aria-live": "polite"});
    var reset = el("button", {type: "button", "class": "sp-reset", text: "Recommencer"});
    reset.addEventListener("click", function () {
      self.progress = {solved: {}, variant: {}};
      saveProgress(self.data.chapter, self.progress);
      self.render();
      self.scoreLine.focus();
    });
    this.scoreLine.setAttribute("tabindex", "-1");
    this.container.appendChild(el("div", {"class": "sp-quiz-head"}, [this.scoreLine, reset]));
    this.data.questions.forEach(function (entry, index) {
      var holder = el("section", {"class": "sp-q", "aria-labelledby": "sp-q-" + self.data.chapter.replace(/\W/g, "-") + "-" + entry.id});
      self.container.appendChild(holder);
      self.renderQuestion(holder, entry, index);
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
    var variantIndex = (this.progress.variant[entry.id] || 0) % entry.variants.length;
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
        saveProgress(self.data.chapter, self.progress);
        self.renderQuestion(holder, entry, index);
        holder.querySelector(".sp-q-title").focus();
      });
      actions.appendChild(another);
    }
    var form = el("form", {novalidate: "novalidate"}, [ui.body, actions]);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var result = check(q, self.data.messages, ui.read());
      self.show(result, feedback, explanation, ui);
      if (result.correct && !self.progress.solved[entry.id]) {
        self.progress.solved[entry.id] = true;
        saveProgress(self.data.chapter, self.progress);
        title.appendChild(el("span", {"class": "sp-solved", text: " — réussie ✓"}));
        self.updateScore();
      }
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
      container.quiz = new Quiz(container, JSON.parse(source.textContent));
    });
  }

  window.SalesplanQuiz = {sha256: sha256, unseal: unseal, readNumber: readNumber, steps: steps, readDate: readDate,
    check: check, start: start};
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
