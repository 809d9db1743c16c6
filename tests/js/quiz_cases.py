"""Print, as JSON, what tests/js/quiz.test.js needs: each shared case as the page holds it, with Python's verdict.

Run by ``node --test`` (through ``make test``): Python is the one source of the
rules and of the expected verdicts; Node checks that quiz.js agrees.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from test_exercises_engine import CASES, case_question

from salesplan.exercises import check
from salesplan.exercises.markup import to_html
from salesplan.exercises.serialise import ITERATIONS, question_data, rules

TEXTS = ["", "abc", "é€😀", *("x" * n for n in (55, 56, 63, 64, 65, 119, 120, 1000))]


def verdict(case: dict[str, Any]) -> dict[str, Any]:
    question = case_question(case["question"])
    py = check(question, case["input"])
    return {
        "correct": py.correct,
        "unreadable": py.unreadable,
        "score": py.score,
        "message": to_html(py.message),
        "mistake": to_html(py.mistake),
        "details": [to_html(d) for d in py.details],
        "explanation": to_html(question.explanation) if py.correct else "",
        "fields": [[f.key, f.correct, to_html(f.message)] for f in py.fields],
    }


def main() -> None:
    out = {
        "rules": rules(),
        "cases": [
            {
                "q": question_data(case["question"].get("chapter", "tests"), case_question(case["question"])),
                "input_repeat": case.get("input_repeat"),
                "input": None if "input_repeat" in case else case["input"],
                "expected": verdict(case),
            }
            for case in CASES
        ],
        "sha256": [[t, hashlib.sha256(t.encode()).hexdigest()] for t in TEXTS],
        "pbkdf2": [
            [password, salt, n, hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), n).hex()]
            for password, salt, n in [
                ("85500", "0123456789abcdef", 1),
                ("85500", "0123456789abcdef", 2),
                ("field|tva|1234", "é€", 1000),
                ("x" * 100, "s", 3),  # a password longer than a block is hashed first
                ("85500", "0123456789abcdef", ITERATIONS),
            ]
        ],
    }
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
