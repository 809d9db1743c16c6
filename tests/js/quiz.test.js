// quiz.js under Node's own test runner (`node --test tests/js/`): the shared cases of
// tests/data/quiz_cases.json, as the page holds them, must get Python's verdicts,
// with Web Crypto and with the JavaScript fallback; saved progress never breaks the quiz.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const {execFileSync} = require("node:child_process");

const ROOT = path.resolve(__dirname, "..", "..");
const quiz = require(path.join(ROOT, "salesplan", "exercises", "static", "quiz.js"));
const python = process.env.SALESPLAN_PYTHON || path.join(ROOT, ".venv", "bin", "python");
const data = JSON.parse(execFileSync(python, [path.join(__dirname, "quiz_cases.py")], {
  cwd: ROOT, env: {...process.env, PYTHONPATH: ROOT}, maxBuffer: 1 << 28, encoding: "utf-8",
}));

function input(c) {
  return c.input_repeat ? c.input_repeat[0] + c.input_repeat[1].repeat(c.input_repeat[2]) : c.input;
}

function label(c) {
  const text = JSON.stringify(c.input_repeat || c.input);
  return `${c.q.kind} ${c.q.id} ${text.slice(0, 60)}`;
}

async function agree(engine) {
  quiz.useEngine(engine);
  for (const c of data.cases) {
    const js = await quiz.check(c.q, data.rules, input(c));
    const py = c.expected;
    assert.deepEqual(
      {correct: js.correct, unreadable: js.unreadable, score: js.score, message: js.message, mistake: js.mistake,
        details: js.details, explanation: js.explanation, fields: js.fields.map((f) => [f.key, f.correct, f.message])},
      py, label(c));
  }
}

test("the shared cases get Python's verdicts (Web Crypto)", async () => { await agree("webcrypto"); });

test("the shared cases get Python's verdicts (JavaScript fallback, as without crypto.subtle)", async () => {
  await agree("javascript");
});

test("JavaScript SHA-256 and PBKDF2 match Python's hashlib", () => {
  for (const [text, hex] of data.sha256) { assert.equal(quiz.pure.sha256(text), hex, text); }
  for (const [password, salt, n, hex] of data.pbkdf2) { assert.equal(quiz.pure.pbkdf2(password, salt, n), hex, `${password} ${n}`); }
});

test("the number and date tables come from Python", () => {
  assert.ok(data.rules.number.forms.length >= 3 && data.rules.date.forms.length === 2);
  const read = (text) => quiz.readNumber(data.rules, text);
  assert.deepEqual(read("1 234,56 €"), {num: 123456n, den: 100n});
  assert.equal(read("1.2.3"), null);
  assert.equal(quiz.readDate(data.rules, "29/02/2028"), "2028-02-29");
  assert.equal(quiz.readDate(data.rules, "29/02/2027"), null);
});

const QUIZ = {chapter: "c", questions: [{id: "a", variants: [{}, {}]}, {id: "b", variants: [{}]}]};

test("saved progress that cannot be read is ignored: the quiz starts clean", () => {
  const clean = {solved: {}, attempted: {}, variant: {}};
  for (const bad of [-1, "x", 1e309, 2.5, null, true, "1", [], {}]) {
    assert.deepEqual(quiz.cleanProgress({solved: {a: true}, variant: {a: bad}}, QUIZ), clean, String(bad));
  }
  for (const raw of [null, undefined, "x", 3, [], {solved: "a"}, {solved: {a: 1}}, {variant: []}, {attempted: {a: "yes"}}]) {
    assert.deepEqual(quiz.cleanProgress(raw, QUIZ), clean, JSON.stringify(raw));
  }
});

test("saved progress that can be read is kept; questions no longer in the bank are dropped", () => {
  const raw = {solved: {a: true, gone: true}, attempted: {b: true}, variant: {a: 1, b: 3, gone: 0}};
  assert.deepEqual(quiz.cleanProgress(raw, QUIZ),
    {solved: {a: true}, attempted: {a: true, b: true}, variant: {a: 1}});
  assert.deepEqual(quiz.summary(QUIZ, quiz.cleanProgress(raw, QUIZ)), {chapter: "c", total: 2, solved: 1, attempted: 2});
});
