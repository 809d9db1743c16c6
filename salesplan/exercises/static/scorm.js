/* Le cours dans une plateforme (Moodle « Paquetage SCORM ») : SCORM 1.2, côté page.
 *
 * Linked only from the pages of the SCORM package (salesplan package), before
 * quiz.js. When the page runs inside an LMS (an `API` object found up the
 * parent/opener chain, the SCORM 1.2 way, in a bounded number of steps) it:
 *   - calls LMSInitialize on load and LMSFinish when the page is left;
 *   - gives quiz.js a host (window.SalesplanQuizHost = {load, save, report}):
 *     the answered questions live in cmi.suspend_data (not localStorage), and
 *     each answer sets cmi.core.score.raw/min/max, cmi.core.lesson_status
 *     (incomplete, then passed or failed against the mastery score) and
 *     cmi.core.session_time, then LMSCommit;
 *   - marks a page without a quiz « completed »;
 *   - hides the book's navigation and stops links to other pages of the
 *     package, so that a chapter's score is never written into another
 *     chapter's record; cmi.core.lesson_location keeps the page the record
 *     belongs to, and a page that is not it writes nothing.
 * Outside an LMS it does nothing at all.
 */
(function (root) {
  "use strict";

  var MAX_STEPS = 10;
  var SUSPEND_LIMIT = 4096; // cmi.suspend_data in SCORM 1.2

  function apiIn(win) {
    try { return win && win.API && typeof win.API.LMSInitialize === "function" ? win.API : null; } catch (e) { return null; }
  }

  // API in this window or one of its parents (then the opener and its parents), MAX_STEPS at most each.
  function findAPI(win) {
    var starts = [win];
    try { if (win.opener) { starts.push(win.opener); } } catch (e) { /* cross-origin */ }
    for (var s = 0; s < starts.length; s++) {
      var current = starts[s];
      for (var steps = 0; current && steps <= MAX_STEPS; steps++) {
        var api = apiIn(current);
        if (api) { return api; }
        var parent;
        try { parent = current.parent; } catch (e) { parent = null; }
        if (!parent || parent === current) { break; }
        current = parent;
      }
    }
    return null;
  }

  function meta(name) {
    var node = document.querySelector('meta[name="' + name + '"]');
    return node ? node.getAttribute("content") : null;
  }

  var page = meta("salesplan-scorm-page");
  var api = page === null ? null : findAPI(root);
  if (!api) { return; }
  if (String(api.LMSInitialize("")) !== "true") { return; }

  var started = Date.now();
  var finished = false;
  var owner = String(api.LMSGetValue("cmi.core.lesson_location") || "");
  // The record belongs to the page first launched in it; any other page leaves it alone.
  var mine = owner === "" || owner === page;
  if (owner === "") { api.LMSSetValue("cmi.core.lesson_location", page); }

  function mastery() {
    var fromLms = parseFloat(api.LMSGetValue("cmi.student_data.mastery_score"));
    if (isFinite(fromLms)) { return fromLms; }
    var fromPage = parseFloat(meta("salesplan-scorm-mastery"));
    return isFinite(fromPage) ? fromPage : 60;
  }

  function two(n) { return (n < 10 ? "0" : "") + n; }
  // CMITimespan of SCORM 1.2: HHHH:MM:SS.SS
  function timespan(ms) {
    var total = Math.max(0, Math.round(ms / 10)), hundredths = total % 100, seconds = Math.floor(total / 100);
    var hours = Math.min(9999, Math.floor(seconds / 3600));
    var text = String(hours);
    while (text.length < 4) { text = "0" + text; }
    return text + ":" + two(Math.floor(seconds / 60) % 60) + ":" + two(seconds % 60) + "." + two(hundredths);
  }

  function set(name, value) { if (mine) { api.LMSSetValue(name, String(value)); } }
  function commit() { if (mine) { api.LMSCommit(""); } }

  function finish() {
    if (finished) { return; }
    finished = true;
    set("cmi.core.session_time", timespan(Date.now() - started));
    commit();
    api.LMSFinish("");
  }

  // suspend_data: {"s": [solved ids], "a": [attempted, not solved], "v": {id: variant}} (compact JSON)
  function encode(progress) {
    var solved = Object.keys(progress.solved);
    var tried = Object.keys(progress.attempted).filter(function (id) { return !progress.solved[id]; });
    var variants = {};
    Object.keys(progress.variant).forEach(function (id) { if (progress.variant[id]) { variants[id] = progress.variant[id]; } });
    return JSON.stringify({s: solved, a: tried, v: variants});
  }

  function decode(text) {
    var saved;
    try { saved = JSON.parse(text); } catch (e) { return null; }
    if (!saved || typeof saved !== "object" || !Array.isArray(saved.s) || !Array.isArray(saved.a)) { return null; }
    var progress = {solved: {}, attempted: {}, variant: saved.v};
    saved.s.forEach(function (id) { progress.solved[id] = true; progress.attempted[id] = true; });
    saved.a.forEach(function (id) { progress.attempted[id] = true; });
    return progress; // quiz.js checks it (anything unreadable: a clean start)
  }

  root.SalesplanQuizHost = {
    load: function () {
      var text = mine ? String(api.LMSGetValue("cmi.suspend_data") || "") : "";
      return text ? decode(text) : null;
    },
    save: function (chapter, progress) {
      var text = encode(progress);
      if (text.length <= SUSPEND_LIMIT) { set("cmi.suspend_data", text); }
    },
    report: function (summary) {
      var raw = summary.total ? Math.round((100 * summary.solved) / summary.total) : 0;
      var status = raw >= mastery() ? "passed" : summary.attempted >= summary.total ? "failed" : "incomplete";
      set("cmi.core.score.min", 0);
      set("cmi.core.score.max", 100);
      set("cmi.core.score.raw", raw);
      set("cmi.core.lesson_status", status);
      set("cmi.core.session_time", timespan(Date.now() - started));
      commit();
    },
  };

  // A page without a quiz is « completed » once opened.
  function markCompleted() {
    if (!document.querySelector(".sp-quiz")) {
      var status = String(api.LMSGetValue("cmi.core.lesson_status") || "");
      if (status !== "completed" && status !== "passed") {
        set("cmi.core.lesson_status", "completed");
        commit();
      }
    }
  }

  // ------------------------------------------------------------ no way out to another chapter

  document.documentElement.classList.add("sp-scorm");
  var style = document.createElement("style");
  style.textContent =
    ".sp-scorm .bd-header, .sp-scorm .bd-sidebar-primary, .sp-scorm .prev-next-area, .sp-scorm .prev-next-footer," +
    " .sp-scorm .header-article-items__start, .sp-scorm .search-button, .sp-scorm .bd-footer { display: none !important; }" +
    " .sp-scorm a.sp-scorm-off { color: inherit; text-decoration: none; cursor: default; }";
  document.head.appendChild(style);

  var here = root.location.href.split("#")[0];
  function elsewhere(link) {
    var href = link.getAttribute("href");
    if (!href || href.charAt(0) === "#" || /^(mailto|tel|javascript):/i.test(href)) { return false; }
    var target = new URL(href, root.location.href);
    if (target.origin !== root.location.origin || target.protocol !== root.location.protocol) { return false; }
    return target.href.split("#")[0] !== here;
  }

  function neutralise(link) {
    if (link.classList.contains("sp-scorm-off")) { return; }
    if (elsewhere(link)) {
      link.classList.add("sp-scorm-off");
      link.setAttribute("aria-disabled", "true");
      link.setAttribute("title", "Ouvrez cette page depuis le sommaire du cours sur la plateforme.");
      link.removeAttribute("href");
    } else if (/^https?:/i.test(link.getAttribute("href") || "")) {
      link.setAttribute("target", "_blank");
      link.setAttribute("rel", "noopener noreferrer");
    }
  }

  function neutraliseAll() { Array.prototype.forEach.call(document.querySelectorAll("a[href]"), neutralise); }

  // Links written later (the quiz's « revoir la notion ») are caught when clicked.
  document.addEventListener("click", function (event) {
    var link = event.target && event.target.closest ? event.target.closest("a[href]") : null;
    if (link && elsewhere(link)) { event.preventDefault(); neutralise(link); }
  }, true);

  function ready() { neutraliseAll(); markCompleted(); }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", ready); } else { ready(); }
  root.addEventListener("load", neutraliseAll);
  root.addEventListener("pagehide", finish);
  root.addEventListener("beforeunload", finish);

  root.SalesplanScorm = {finish: finish, timespan: timespan, encode: encode, decode: decode, mine: mine, page: page};
})(window);
