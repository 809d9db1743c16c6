"""A branching scenario as JSON for the static site: the graph sealed, opened one choice at a time.

What the page must not show is which reply is best before the student
chooses. So nothing of the graph is in clear:

* every line gets a *secret*, ``SHA-256(salt|line|id|text)`` (the page never
  holds the text of a line it has not opened, so a reader cannot compute it);
* a line (who speaks, what is said, the replies' texts) is sealed with the
  key ``line|<secret>`` (:func:`~salesplan.exercises.serialise.seal`, the
  same XOR stream quiz.js uses) and stored under ``SHA-256(salt|line|<secret>)``;
* each reply's outcome (points, debrief, the secret of the next line) is
  sealed with ``reply|<secret of its line>|<key>``: it opens only once that
  reply is chosen on that line;
* only the secret of the first line is given in clear (``start``), with the
  best total (``total``) so the page can say « sur 6 points ».

A reader of the page source sees the scene, hashes and base64 blobs: no
points, no debrief, no next line, not even the number of replies of a line
further on. As for the quiz (see :mod:`salesplan.exercises.serialise`), this
keeps the answers out of sight, not out of reach: someone running the page's
own JavaScript can open every reply of the line on screen. It is a revision
aid, not an exam.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from salesplan.concepts import ROLES
from salesplan.exercises.markup import to_html
from salesplan.exercises.scenario import Line, ScenarioQuestion, best_total, shown_replies
from salesplan.exercises.serialise import digest, salt_for, seal


def secret(salt: str, line: Line) -> str:
    """The key of a line: unknown to a reader until a reply leads there."""
    return hashlib.sha256(f"{salt}|line|{line.id}|{line.text}".encode()).hexdigest()[:32]


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def line_view(question: ScenarioQuestion, line: Line, salt: str) -> dict[str, Any]:
    """What the page shows of a line once reached (before sealing)."""
    own = secret(salt, line)
    view: dict[str, Any] = {
        "speaker": line.speaker,
        "speaker_label": ROLES.get(line.speaker).libelle,
        "text": to_html(line.text),
        "replies": [
            {
                "key": key,
                "text": to_html(reply.text),
                "outcome": seal(
                    _json(
                        {
                            "points": reply.points,
                            "debrief": to_html(reply.debrief),
                            "next": secret(salt, question.line(reply.next)),
                        }
                    ),
                    salt,
                    f"reply|{own}|{key}",
                ),
            }
            for key, reply in shown_replies(question, line)
        ],
    }
    if line.is_end:
        view["end"] = {"outcome": to_html(line.outcome), "explanation": to_html(question.explanation)}
    return view


def scenario_data(chapter: str, question: ScenarioQuestion) -> dict[str, Any]:
    """The JSON-ready data of a scenario (see the module docstring for what is sealed)."""
    salt = salt_for(chapter, question)
    lines = {}
    for line in question.lines:
        token = f"line|{secret(salt, line)}"
        lines[digest(salt, token)] = seal(_json(line_view(question, line, salt)), salt, token)
    return {
        "id": question.id,
        "kind": question.kind,
        "prompt": to_html(question.prompt),
        "salt": salt,
        "start": secret(salt, question.start),
        "total": best_total(question),
        "lines": dict(sorted(lines.items())),  # sorted: the order says nothing of the graph
        "link": {"page": question.link.page, "anchor": question.link.anchor, "label": question.link.label},
    }


__all__ = ["line_view", "scenario_data", "secret"]
