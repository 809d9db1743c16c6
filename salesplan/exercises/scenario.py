"""Branching scenarios: a role play for a student revising alone, written once as data.

A scenario is a small conversation graph. Each :class:`Line` is a line said by
someone of the buying centre (``speaker``: a code of
:data:`salesplan.concepts.ROLES`: ``acheteur``, ``prescripteur``,
``utilisateur``...) followed by two to four :class:`Reply` the seller could
give. Each reply leads to the next line (``next``) and carries ``points``
(0: it hurts the sale, 1: acceptable, 2: the right move) and a ``debrief``:
why it helps or hurts (SONCAS motive missed, objection handled with the right
technique, price given too early, buying signal missed...). A line without
replies ends the scenario; its ``outcome`` says how the meeting ends. The
student's score is the sum of the points of the path taken, out of the best
total a path can reach.

>>> from salesplan.exercises.questions import NotionLink
>>> demo = ScenarioQuestion(
...     id="demo", prompt="Vous rencontrez l'acheteur.", explanation="Écoutez avant de répondre.",
...     link=NotionLink("negociation/conclusion_vente"),
...     lines=(
...         Line("debut", "acheteur", "Et si je commande, quand livrez-vous ?", (
...             Reply("« Sous 48 heures. Je prépare le bon de commande ? »", "fin", 2, "Signal saisi."),
...             Reply("« Laissez-moi d'abord vous présenter nos options. »", "fin", 0, "Signal manqué."),
...         )),
...         Line("fin", "acheteur", "Très bien.", outcome="La commande est signée."),
...     ),
... )
>>> best_total(demo), [key for key, _ in shown_replies(demo, demo.lines[0])]
(2, ['a', 'b'])
>>> check_path(demo, [key_of(demo, "debut", 0)]).correct
True

The answer given to :func:`~salesplan.exercises.check` is the path: the list
of reply keys chosen, from the first line to an end (``["b", "a"]`` or
``"b>a"``). Replies are shown in an order drawn from the question id and the
line id, keyed ``a``, ``b``, ``c``, ``d`` in the order shown, so a key says
nothing about the reply. On the static site the graph is sealed (see
:func:`salesplan.exercises.serialise_scenario.scenario_data`).

Validation (at construction, a ``ValueError`` naming the line): ids ASCII
snake_case and unique, a known speaker, 0 or 2 to 4 replies per line, a
non-empty debrief for every reply, points ≥ 0, every ``next`` an existing
line, every line reachable from the first one, no cycle (so every path ends),
an ``outcome`` on every end line and no more than :data:`MAX_PATHS` paths.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import ClassVar

from salesplan.concepts import ROLES
from salesplan.exercises.bank import shuffled
from salesplan.exercises.checking import Feedback
from salesplan.exercises.questions import Question

MIN_REPLIES, MAX_REPLIES = 2, 4
MAX_PATHS = 500
"""A scenario is read by a person: beyond this many paths, split it."""
REPLY_KEYS = ("a", "b", "c", "d")
_LINE_ID = re.compile(r"[a-z0-9_]+")

PATH_HINT = "Choisissez une réponse à chaque réplique, jusqu'à la fin du scénario."
SCORE_MESSAGE = "Score du scénario : {score} sur {total} points."
BEST_MESSAGE = "Parcours optimal : vous avez fait les meilleurs choix à chaque étape."
NOT_BEST_MESSAGE = "D'autres réponses rapportaient plus de points : rejouez le scénario pour les trouver."


@dataclass(frozen=True)
class Reply:
    """What the seller could answer: the ``text`` said, the ``next`` line's id, ``points`` and ``debrief``."""

    text: str
    next: str
    points: int
    debrief: str


@dataclass(frozen=True)
class Line:
    """A line of the buying centre (``speaker``: a code of ``ROLES``) and the seller's possible replies.

    No replies: the scenario ends here and ``outcome`` says how (« Le client signe le bon de commande. »).
    """

    id: str
    speaker: str
    text: str
    replies: tuple[Reply, ...] = ()
    outcome: str = ""

    @property
    def is_end(self) -> bool:
        return not self.replies


@dataclass(frozen=True, kw_only=True)
class ScenarioQuestion(Question):
    """A branching scenario: ``prompt`` sets the scene, ``lines[0]`` opens it, ``explanation`` is the lesson.

    The explanation (what the ideal conversation shows) is given at the end of every path.
    """

    kind: ClassVar[str] = "scenario"
    lines: tuple[Line, ...]

    def __post_init__(self) -> None:
        problems = list(_problems(self))
        if problems:
            raise ValueError(f"scénario {self.id!r} : " + " ; ".join(problems))

    def line(self, line_id: str) -> Line:
        """The line with this id (``KeyError`` if none)."""
        return _index(self)[line_id]

    @property
    def start(self) -> Line:
        return self.lines[0]


def _index(question: ScenarioQuestion) -> dict[str, Line]:
    return {line.id: line for line in question.lines}


def _problems(question: ScenarioQuestion) -> Iterator[str]:
    if not question.lines:
        yield "aucune réplique"
        return
    ids = [line.id for line in question.lines]
    if len(set(ids)) != len(ids):
        yield f"identifiants en double {sorted({i for i in ids if ids.count(i) > 1})}"
    lines = {line.id: line for line in question.lines}
    roles = {role.code for role in ROLES}
    for line in question.lines:
        where = f"réplique {line.id!r}"
        if not _LINE_ID.fullmatch(line.id):
            yield f"{where} : identifiant non ASCII snake_case"
        if line.speaker not in roles:
            yield f"{where} : interlocuteur {line.speaker!r} inconnu (un code de ROLES : {sorted(roles)})"
        if not line.text.strip():
            yield f"{where} : texte vide"
        if line.is_end and not line.outcome.strip():
            yield f"{where} : une fin de scénario doit dire son issue (outcome)"
        if line.replies and not MIN_REPLIES <= len(line.replies) <= MAX_REPLIES:
            yield f"{where} : {len(line.replies)} réponses (de {MIN_REPLIES} à {MAX_REPLIES})"
        for n, reply in enumerate(line.replies, start=1):
            if reply.next not in lines:
                yield f"{where}, réponse {n} : réplique suivante {reply.next!r} inconnue"
            if not reply.debrief.strip():
                yield f"{where}, réponse {n} : débriefing vide"
            if not reply.text.strip():
                yield f"{where}, réponse {n} : texte vide"
            if not isinstance(reply.points, int) or reply.points < 0:
                yield f"{where}, réponse {n} : points {reply.points!r} (un entier ≥ 0)"
    if any(r.next not in lines for line in question.lines for r in line.replies):
        return  # the graph checks below need every link
    cycle = _cycle(lines, ids[0])
    if cycle:
        yield "boucle " + " → ".join(cycle)
        return
    reached = _reachable(lines, ids[0])
    unreached = [i for i in ids if i not in reached]
    if unreached:
        yield f"répliques jamais atteintes depuis {ids[0]!r} : {unreached}"
    count = _count_paths(lines, ids[0])
    if count > MAX_PATHS:
        yield f"{count} chemins (au plus {MAX_PATHS}) : découpez le scénario"


def _cycle(lines: Mapping[str, Line], start: str) -> list[str]:
    """A cycle reachable from ``start`` as a list of ids (first id repeated at the end), or []."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    stack: list[str] = []

    def visit(line_id: str) -> list[str]:
        state[line_id] = 1
        stack.append(line_id)
        for reply in lines[line_id].replies:
            if state.get(reply.next) == 1:
                return [*stack[stack.index(reply.next) :], reply.next]
            if reply.next not in state:
                found = visit(reply.next)
                if found:
                    return found
        stack.pop()
        state[line_id] = 2
        return []

    return visit(start)


def _reachable(lines: Mapping[str, Line], start: str) -> set[str]:
    seen, todo = {start}, [start]
    while todo:
        for reply in lines[todo.pop()].replies:
            if reply.next not in seen:
                seen.add(reply.next)
                todo.append(reply.next)
    return seen


def _count_paths(lines: Mapping[str, Line], start: str) -> int:
    @cache
    def count(line_id: str) -> int:
        line = lines[line_id]
        return 1 if line.is_end else sum(count(r.next) for r in line.replies)

    return count(start)


# ---------------------------------------------------------------- reading a scenario


def shown_replies(question: ScenarioQuestion, line: Line) -> tuple[tuple[str, Reply], ...]:
    """The replies of ``line`` in the order shown, keyed ``a``, ``b``... in that order (drawn, stable)."""
    order = shuffled(line.replies, f"{question.id}|{line.id}")
    return tuple(zip(REPLY_KEYS, order, strict=False))


def key_of(question: ScenarioQuestion, line_id: str, index: int) -> str:
    """The key shown for the ``index``-th reply (as written) of a line: for tests and bank writers."""
    line = question.line(line_id)
    wanted = line.replies[index]
    return next(key for key, reply in shown_replies(question, line) if reply is wanted)


@dataclass(frozen=True)
class Step:
    """One turn of a path: the line said, the key chosen and the reply it stands for."""

    line: Line
    key: str
    reply: Reply


def walk(question: ScenarioQuestion, keys: Sequence[str]) -> tuple[tuple[Step, ...], Line] | None:
    """The steps of a path of keys and the line reached, or ``None`` when a key is not offered."""
    steps: list[Step] = []
    line = question.start
    for key in keys:
        replies = dict(shown_replies(question, line))
        if key not in replies:
            return None
        steps.append(Step(line, key, replies[key]))
        line = question.line(replies[key].next)
    return tuple(steps), line


def best_total(question: ScenarioQuestion) -> int:
    """The best score a path can reach (the « sur » of the score)."""
    memo: dict[str, int] = {}

    def best(line_id: str) -> int:
        if line_id not in memo:
            line = question.line(line_id)
            memo[line_id] = max((r.points + best(r.next) for r in line.replies), default=0)
        return memo[line_id]

    return best(question.start.id)


def paths(question: ScenarioQuestion) -> Iterator[tuple[str, ...]]:
    """Every complete path, as keys (for tests and teachers: at most :data:`MAX_PATHS`)."""

    def extend(line: Line, prefix: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
        if line.is_end:
            yield prefix
        for key, reply in shown_replies(question, line):
            yield from extend(question.line(reply.next), (*prefix, key))

    yield from extend(question.start, ())


def best_path(question: ScenarioQuestion) -> tuple[str, ...]:
    """A path scoring :func:`best_total` (the first in display order)."""
    total = best_total(question)
    return next(p for p in paths(question) if path_points(question, p) == total)


def path_points(question: ScenarioQuestion, keys: Sequence[str]) -> int:
    """Points of a (valid) path."""
    walked = walk(question, keys)
    if walked is None:
        raise ValueError(f"{question.id}: path {list(keys)} is not offered")
    return sum(step.reply.points for step in walked[0])


def read_path(raw: object) -> list[str] | None:
    """The keys of a path: a list of keys or ``"a>b>c"``; ``None`` when it is not one."""
    if isinstance(raw, str):
        return [part.strip() for part in raw.split(">")] if raw.strip() else []
    if isinstance(raw, list | tuple) and all(isinstance(k, str) for k in raw):
        return list(raw)
    return None


def check_path(question: ScenarioQuestion, raw: object) -> Feedback:
    """The verdict on a path: score, per-step debriefs; unreadable when the path is not a complete one."""
    keys = read_path(raw)
    walked = walk(question, keys) if keys is not None and len(keys) <= len(question.lines) else None
    if walked is None or not walked[1].is_end:
        return Feedback(False, PATH_HINT, unreadable=True)
    steps, end = walked
    score, total = sum(s.reply.points for s in steps), best_total(question)
    verdict = BEST_MESSAGE if score == total else NOT_BEST_MESSAGE
    message = SCORE_MESSAGE.format(score=score, total=total) + " " + verdict
    details = (*(s.reply.debrief for s in steps), end.outcome)
    return Feedback(
        score == total,
        message,
        score=score,
        total=total,
        details=details,
        explanation=question.explanation,
    )


__all__ = [
    "BEST_MESSAGE",
    "MAX_PATHS",
    "NOT_BEST_MESSAGE",
    "PATH_HINT",
    "REPLY_KEYS",
    "SCORE_MESSAGE",
    "Line",
    "Reply",
    "ScenarioQuestion",
    "Step",
    "best_path",
    "best_total",
    "check_path",
    "key_of",
    "path_points",
    "paths",
    "read_path",
    "shown_replies",
    "walk",
]
