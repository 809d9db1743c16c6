/* Scénarios à embranchements du cours salesplan : un jeu de rôle sans partenaire, sans noyau.
 *
 * Each `.sp-scenarios` container points (data-source) to the chapter's JSON,
 * serialised by salesplan.exercises.serialise_scenario: the conversation graph
 * is sealed. A line opens with its secret (the first one's is in clear); each
 * reply's outcome (points, debrief, secret of the next line) opens only once
 * that reply is chosen on that line. Digest and unseal come from quiz.js
 * (window.SalesplanQuiz.sealing, with the page's hashing rules), loaded before this file.
 *
 * The path taken is kept in localStorage ("salesplan-scenario:<chapter>/<id>"),
 * replayed on load and cut at the first step that does not open (garbage,
 * an older version of the scenario).
 */
(function () {
  "use strict";

  var STORE = "salesplan-scenario:";

  function el(tag, attrs, children) { return window.SalesplanQuiz.el(tag, attrs, children); }  // from quiz.js

  var uid = 0;
  function newId(prefix) { uid += 1; return "sp-sc-" + prefix + "-" + uid; }

  function points(n) { return n + (n > 1 ? " points" : " point"); }

  // ------------------------------------------------------------ opening the sealed graph

  function Graph(data, rules) {
    this.data = data;
    this.crypto = window.SalesplanQuiz.sealing(rules);
  }

  // The line whose secret is `secret`, or null when it does not open.
  Graph.prototype.line = function (secret) {
    try {
      var token = "line|" + secret;
      var sealed = this.data.lines[this.crypto.digest(this.data.salt, token)];
      if (typeof sealed !== "string") { return null; }
      var line = JSON.parse(this.crypto.unseal(sealed, this.data.salt, token));
      line.secret = secret;
      return line;
    } catch (error) {
      return null;
    }
  };

  // The outcome {points, debrief, next} of choosing `key` on `line`, or null.
  Graph.prototype.choose = function (line, key) {
    var reply = (line.replies || []).filter(function (r) { return r.key === key; })[0];
    if (!reply) { return null; }
    try {
      var outcome = JSON.parse(this.crypto.unseal(reply.outcome, this.data.salt, "reply|" + line.secret + "|" + key));
      if (typeof outcome.points !== "number" || typeof outcome.next !== "string") { return null; }
      outcome.reply = reply;
      return outcome;
    } catch (error) {
      return null;
    }
  };

  // Replay a path of keys: {turns: [{line, outcome}], line: current line}; stops at the first step that fails.
  Graph.prototype.replay = function (keys) {
    var line = this.line(this.data.start);
    var turns = [];
    for (var i = 0; line && i < keys.length && !line.end; i++) {
      var outcome = this.choose(line, keys[i]);
      var next = outcome && this.line(outcome.next);
      if (!next) { break; }
      turns.push({line: line, key: keys[i], outcome: outcome});
      line = next;
    }
    return {turns: turns, line: line};
  };

  // ------------------------------------------------------------ progress (localStorage, robust to garbage)

  function load(name) {
    try {
      var saved = JSON.parse(window.localStorage.getItem(STORE + name) || "{}");
      var path = Array.isArray(saved.path) ? saved.path.filter(function (k) { return typeof k === "string"; }) : [];
      var best = typeof saved.best === "number" && isFinite(saved.best) ? saved.best : null;
      return {path: path.slice(0, 100), best: best};
    } catch (error) {
      return {path: [], best: null};
    }
  }

  function save(name, progress) {
    try { window.localStorage.setItem(STORE + name, JSON.stringify(progress)); } catch (error) { /* private mode */ }
  }

  // ------------------------------------------------------------ rendering

  function Scenario(holder, data, chapter, number, rules) {
    this.holder = holder;
    this.data = data;
    this.graph = new Graph(data, rules);
    this.name = chapter + "/" + data.id;
    this.number = number;
    this.progress = load(this.name);
    this.render(false);
  }

  Scenario.prototype.render = function (moveFocus) {
    var self = this;
    var played = this.graph.replay(this.progress.path);
    if (played.turns.length !== this.progress.path.length) {  // garbage or an older scenario: keep what opens
      this.progress.path = played.turns.map(function (t) { return t.key; });
      save(this.name, this.progress);
    }
    var holder = this.holder;
    holder.innerHTML = "";
    if (!played.line) {
      holder.appendChild(el("p", {"class": "sp-wrong", text: "Ce scénario ne s'ouvre pas : rechargez la page."}));
      return;
    }
    var titleId = newId("title");
    var title = el("h3", {"class": "sp-q-title", id: titleId, tabindex: "-1",
      text: "Mise en situation" + (this.number ? " " + this.number : "") + " : jeu de rôle"});
    holder.setAttribute("aria-labelledby", titleId);
    holder.appendChild(title);
    holder.appendChild(el("div", {"class": "sp-prompt", html: this.data.prompt}));
    holder.appendChild(el("p", {"class": "sp-scenario-help",
      text: "À chaque réplique, choisissez la réponse du commercial ; le débriefing s'affiche après votre choix. " +
        "Score maximal : " + points(this.data.total) + "."}));

    var transcript = el("ol", {"class": "sp-transcript", "aria-label": "Déroulé de l'entretien"});
    var score = 0, lastDebrief = null;
    played.turns.forEach(function (turn, index) {
      score += turn.outcome.points;
      lastDebrief = el("div", {"class": "sp-debrief", tabindex: "-1"}, [
        el("p", {"class": "sp-debrief-title", text: "Débriefing (" + (turn.outcome.points ? "+" : "") +
          points(turn.outcome.points) + ")"}),
        el("p", {html: turn.outcome.debrief}),
      ]);
      transcript.appendChild(el("li", {"class": "sp-turn"}, [
        speech(turn.line),
        el("p", {"class": "sp-said"}, [el("strong", {text: "Vous : "}), el("span", {html: turn.outcome.reply.text})]),
        lastDebrief,
      ]));
      if (index === played.turns.length - 1) { lastDebrief.id = newId("debrief"); }
    });
    if (played.turns.length) { holder.appendChild(transcript); }

    var current = played.line;
    var focusTarget = lastDebrief || null;
    if (current.end) {
      var total = this.data.total;
      if (this.progress.best === null || score > this.progress.best) {
        this.progress.best = Math.min(score, total);
        save(this.name, this.progress);
      }
      var endTitle = el("h4", {"class": "sp-end-title", tabindex: "-1", text: "Fin du scénario"});
      var path = played.turns.map(function (t) { return t.key.toUpperCase(); }).join(" → ");
      var end = el("div", {"class": "sp-end " + (score === total ? "sp-right" : "sp-wrong")}, [
        endTitle,
        speech(current),
        el("p", {"class": "sp-outcome"}, [el("strong", {text: "Issue : "}), el("span", {html: current.end.outcome})]),
        el("p", {"class": "sp-final-score", text: "Score : " + score + " sur " + points(total) +
          (score === total ? " — parcours optimal." : " — d'autres réponses rapportaient plus : rejouez pour les trouver.")}),
        el("p", {"class": "sp-path", text: "Chemin suivi : " + path + " (lettre de la réponse choisie à chaque réplique)."}),
        el("div", {"class": "sp-explanation"}, [
          el("p", {"class": "sp-explanation-title", text: "Ce qu'il faut retenir"}),
          el("p", {html: current.end.explanation}),
        ]),
      ]);
      holder.appendChild(end);
      focusTarget = endTitle;
    } else {
      var lineId = newId("line");
      var replies = current.replies.map(function (reply) {
        var button = el("button", {type: "button", "class": "sp-reply", "aria-describedby": lineId},
          [el("span", {"class": "sp-reply-key", text: reply.key.toUpperCase() + ". "}),
            el("span", {html: reply.text})]);
        button.addEventListener("click", function () { self.pick(reply.key); });
        return el("li", {}, [button]);
      });
      holder.appendChild(el("div", {"class": "sp-current"}, [
        el("div", {id: lineId}, [speech(current)]),
        el("fieldset", {}, [el("legend", {text: "Votre réponse"}), el("ul", {"class": "sp-replies"}, replies)]),
      ]));
      if (!lastDebrief) { focusTarget = title; }
    }
    var actions = el("div", {"class": "sp-actions"});
    if (played.turns.length) {
      var back = el("button", {type: "button", "class": "sp-back", text: "Annuler le dernier choix"});
      back.addEventListener("click", function () { self.progress.path.pop(); save(self.name, self.progress); self.render(true); });
      var restart = el("button", {type: "button", "class": "sp-reset", text: "Rejouer le scénario"});
      restart.addEventListener("click", function () { self.progress.path = []; save(self.name, self.progress); self.render(true); });
      actions.appendChild(back);
      actions.appendChild(restart);
    }
    if (this.progress.best !== null) {
      actions.appendChild(el("p", {"class": "sp-best", text: "Meilleur score obtenu : " + this.progress.best + " sur " +
        points(this.data.total) + "."}));
    }
    holder.appendChild(actions);
    var link = this.data.link;
    holder.appendChild(el("p", {"class": "sp-link"}, [el("a", {href: link.href || "#", text: link.label})]));
    if (moveFocus && focusTarget) { focusTarget.focus(); }
  };

  function speech(line) {
    return el("p", {"class": "sp-line"}, [
      el("strong", {"class": "sp-speaker", text: line.speaker_label + " : "}),
      el("span", {html: line.text}),
    ]);
  }

  Scenario.prototype.pick = function (key) {
    this.progress.path.push(key);
    save(this.name, this.progress);
    this.render(true);
  };

  function start() {
    if (!window.SalesplanQuiz) { return; }
    Array.prototype.forEach.call(document.querySelectorAll(".sp-scenarios"), function (container) {
      var source = document.getElementById(container.getAttribute("data-source"));
      if (!source || container.getAttribute("data-ready")) { return; }
      container.setAttribute("data-ready", "1");
      container.innerHTML = "";
      var data = JSON.parse(source.textContent);
      var list = data.scenarios || [];
      container.scenarios = list.map(function (scenario, index) {
        var holder = el("section", {"class": "sp-scenario"});
        container.appendChild(holder);
        return new Scenario(holder, scenario, data.chapter, list.length > 1 ? index + 1 : 0, data.rules);
      });
    });
  }

  window.SalesplanScenario = {start: start, Graph: Graph};
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
