"""Branching scenarios: the graph's rules, the checking of a path, the sealed page data."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from salesplan.concepts import ROLES
from salesplan.exercises import BANKS, NotionLink, check
from salesplan.exercises.markup import to_html
from salesplan.exercises.scenario import (
    MAX_REPLIES,
    MIN_REPLIES,
    PATH_HINT,
    Line,
    Reply,
    ScenarioQuestion,
    best_path,
    best_total,
    path_points,
    paths,
    shown_replies,
    walk,
)
from salesplan.exercises.serialise import chapter_data, digest, unseal
from salesplan.exercises.serialise_scenario import scenario_data, secret

SCENARIOS = [(chapter, q) for chapter, bank in BANKS.items() for q in bank.entries if isinstance(q, ScenarioQuestion)]
IDS = [q.id for _, q in SCENARIOS]
LINK = NotionLink("negociation/conclusion_vente")


def small(**changes: object) -> ScenarioQuestion:
    lines = (
        Line(
            "debut",
            "acheteur",
            "« Vous livrez quand ? »",
            (Reply("« Mardi. Je note ? »", "fin", 2, "Bien."), Reply("« Voyons d'abord… »", "fin", 0, "Non.")),
        ),
        Line("fin", "acheteur", "« D'accord. »", outcome="Signé."),
    )
    fields: dict[str, object] = {"id": "petit", "prompt": "Scène.", "explanation": "Leçon.", "link": LINK}
    fields["lines"] = lines
    fields.update(changes)
    return ScenarioQuestion(**fields)  # type: ignore[arg-type]


def test_the_course_has_a_scenario() -> None:
    assert "negociation/conclusion_vente" in {chapter for chapter, _ in SCENARIOS}


# ---------------------------------------------------------------- the rules of every scenario of the banks


@pytest.mark.parametrize(("chapter", "question"), SCENARIOS, ids=IDS)
def test_every_path_reaches_an_end(chapter: str, question: ScenarioQuestion) -> None:
    found = list(paths(question))
    assert found
    for path in found:
        walked = walk(question, path)
        assert walked is not None and walked[1].is_end and walked[1].outcome
        assert check(question, list(path)).score == path_points(question, path)


@pytest.mark.parametrize(("chapter", "question"), SCENARIOS, ids=IDS)
def test_every_line_speaks_and_answers_right(chapter: str, question: ScenarioQuestion) -> None:
    for line in question.lines:
        assert line.speaker in {r.code for r in ROLES}
        assert line.is_end or MIN_REPLIES <= len(line.replies) <= MAX_REPLIES
        for reply in line.replies:
            assert reply.debrief.strip() and reply.text.strip() and reply.points >= 0


@pytest.mark.parametrize(("chapter", "question"), SCENARIOS, ids=IDS)
def test_only_the_best_choices_reach_the_best_score(chapter: str, question: ScenarioQuestion) -> None:
    """An honest score: a path with one weaker choice never scores the best total."""
    total = best_total(question)
    for path in paths(question):
        steps, _ = walk(question, path)  # type: ignore[misc]
        every_best = all(s.reply.points == max(r.points for r in s.line.replies) for s in steps)
        assert (path_points(question, path) == total) == every_best, path


@pytest.mark.parametrize(("chapter", "question"), SCENARIOS, ids=IDS)
def test_the_best_reply_is_not_always_shown_first(chapter: str, question: ScenarioQuestion) -> None:
    firsts = [shown_replies(question, line)[0][1] for line in question.lines if line.replies]
    best_first = [
        r
        for r, line in zip(firsts, (x for x in question.lines if x.replies), strict=True)
        if r.points == max(x.points for x in line.replies)
    ]
    assert len(best_first) < len(firsts)


# ---------------------------------------------------------------- construction refuses a broken graph


END = Line("fin", "acheteur", "x", outcome="F")


def opening(*replies: Reply) -> Line:
    return Line("debut", "acheteur", "« ? »", replies)


def two(first: Reply, to: str = "fin") -> tuple[Reply, Reply]:
    return first, Reply("b", to, 0, "y")


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ((), "aucune réplique"),
        ((Line("debut", "acheteur", "« ? »", outcome=""),), "issue"),
        ((Line("debut", "vendeur", "« ? »", outcome="Fin."),), "interlocuteur 'vendeur'"),
        ((opening(Reply("a", "fin", 1, "x")), END), "1 réponses"),
        ((opening(*(Reply("a", "fin", 1, "x") for _ in range(5))), END), "5 réponses"),
        ((opening(*two(Reply("a", "fin", 1, ""))), END), "débriefing vide"),
        ((opening(*two(Reply("a", "nulle_part", 1, "x"), "debut")),), "'nulle_part' inconnue"),
        ((opening(*two(Reply("a", "fin", -1, "x"))), END), "points -1"),
        (
            (
                opening(*two(Reply("a", "milieu", 1, "x"))),
                Line("milieu", "utilisateur", "« ? »", two(Reply("a", "debut", 1, "x"))),
                END,
            ),
            "boucle debut → milieu → debut",
        ),
        (
            (opening(*two(Reply("a", "fin", 1, "x"))), END, Line("orpheline", "acheteur", "x", outcome="F")),
            "jamais atteintes depuis 'debut' : ['orpheline']",
        ),
        ((Line("Début", "acheteur", "« ? »", outcome="F"),), "snake_case"),
    ],
)
def test_broken_scenarios_are_refused(lines: tuple[Line, ...], message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        small(lines=lines)


# ---------------------------------------------------------------- checking a path


def test_check_a_path() -> None:
    q = small()
    keys = {reply.points: key for key, reply in shown_replies(q, q.start)}
    right = check(q, [keys[2]])
    assert right.correct and right.score == right.total == 2 and right.details == ("Bien.", "Signé.")
    assert right.explanation == "Leçon."
    wrong = check(q, keys[0])  # a one-step path written as text
    assert not wrong.correct and wrong.score == 0 and "0 sur 2" in wrong.message and wrong.details[0] == "Non."


@pytest.mark.parametrize("raw", [[], "", ["z"], ["a", "a"], None, 3, {"a": 1}, [1], "a>b>c>d>e"])
def test_incomplete_or_unknown_paths_get_a_hint(raw: object) -> None:
    feedback = check(small(), raw)
    assert feedback.unreadable and feedback.message == PATH_HINT


# ---------------------------------------------------------------- the page data


def open_line(data: dict[str, object], line_secret: str) -> dict[str, object]:
    token = f"line|{line_secret}"
    lines = data["lines"]
    assert isinstance(lines, dict)
    return json.loads(unseal(lines[digest(str(data["salt"]), token)], str(data["salt"]), token))  # type: ignore[no-any-return]


def choose(data: dict[str, object], line_secret: str, key: str) -> dict[str, object]:
    view = open_line(data, line_secret)
    reply = next(r for r in view["replies"] if r["key"] == key)  # type: ignore[attr-defined]
    return json.loads(unseal(reply["outcome"], str(data["salt"]), f"reply|{line_secret}|{key}"))  # type: ignore[no-any-return]


@pytest.mark.parametrize(("chapter", "question"), SCENARIOS, ids=IDS)
def test_page_data_plays_every_path_like_python(chapter: str, question: ScenarioQuestion) -> None:
    data = scenario_data(chapter, question)
    assert data["total"] == best_total(question)
    for path in paths(question):
        current, points = str(data["start"]), 0
        for key in path:
            outcome = choose(data, current, key)
            points += int(outcome["points"])  # type: ignore[call-overload]
            current = str(outcome["next"])
        end = open_line(data, current)
        assert end["end"]["outcome"] == to_html(walk(question, path)[1].outcome)  # type: ignore[index]
        assert points == path_points(question, path)


@pytest.mark.parametrize(("chapter", "question"), SCENARIOS, ids=IDS)
def test_no_key_in_clear(chapter: str, question: ScenarioQuestion) -> None:
    """Before any choice, the page shows the scene and blobs: no line, reply, point, debrief or line id."""
    data = scenario_data(chapter, question)
    assert set(data) == {"id", "kind", "prompt", "salt", "start", "total", "lines", "link"}
    page = json.dumps(data, ensure_ascii=False)
    for line in question.lines:
        assert to_html(line.text)[:30] not in page
        assert f'"{line.id}"' not in page
        for reply in line.replies:
            assert to_html(reply.text)[:30] not in page and to_html(reply.debrief)[:30] not in page
    assert not any(f'"{key}"' in page for key in ("points", "debrief", "next", "replies", "outcome"))
    assert to_html(question.explanation)[:30] not in page
    # the first line opens with the start secret only; a later line's secret is not in the page
    later = [secret(str(data["salt"]), line) for line in question.lines[1:]]
    assert data["start"] == secret(str(data["salt"]), question.start)
    assert not any(s in page for s in later)


def test_scenarios_are_not_quiz_questions_on_the_page() -> None:
    bank = BANKS["negociation/conclusion_vente"]
    data = chapter_data(bank)
    assert [s["id"] for s in data["scenarios"]] == ["scenario_signaux_conclusion"]
    assert "scenario_signaux_conclusion" not in [q["id"] for q in data["questions"]]


def test_best_path_is_a_path() -> None:
    _, q = SCENARIOS[0]
    assert path_points(q, best_path(q)) == best_total(q)
    assert replace(q, explanation="Autre.").explanation == "Autre."  # frozen, replace re-validates


# ---------------------------------------------------------------- the Jupyter widget


def test_widget_plays_the_best_path_then_replays() -> None:
    from salesplan.views.widgets import ScenarioWidget, quiz

    _, question = SCENARIOS[0]
    widget = ScenarioWidget(question)
    assert widget.status is None and widget.back_button.disabled
    first_line = to_html(question.start.text)
    assert first_line in widget.current.value
    for key in best_path(question):
        button = next(b for b in widget.reply_buttons.children if b.description == f"Réponse {key.upper()}")
        button.click()
    assert widget.status is True and not widget.reply_buttons.children
    assert f"{best_total(question)} sur {best_total(question)}" in widget.current.value
    assert "Chemin suivi" in widget.current.value and "Débriefing" in widget.transcript.value
    widget.back_button.click()
    assert widget.status is None and widget.reply_buttons.children
    widget.choose("z")  # not offered: a French hint, nothing breaks
    assert "Choisissez une des réponses" in widget.feedback.value
    widget.restart_button.click()
    assert widget.path == [] and first_line in widget.current.value
    qz = quiz("negociation/conclusion_vente")
    scenario = next(q for q in qz.questions if isinstance(q, ScenarioWidget))
    worst = min(paths(question), key=lambda p: path_points(question, p))
    for key in worst:
        scenario.choose(key)
    assert scenario.status is False and qz.score[0] == 0
