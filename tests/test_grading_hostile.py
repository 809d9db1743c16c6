"""A hostile class graded in one run: every copy gets its line, no copy escapes, nothing hangs."""

from __future__ import annotations

import csv
import os
import secrets
import socket
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from hostile_class import ASSIGNMENT, EXPECTED, Traps, hostile_copies, write_class

from salesplan.tooling.grading import Result, grade
from salesplan.tooling.sandbox import Limits

pytestmark = pytest.mark.kernel  # a class of hostile copies graded in the sandbox (slow)

TIMEOUT = 5
LIMITS = Limits(memory=384 * 1024**2, output=1024**2)


class Listener:
    """A TCP server on 127.0.0.1 that counts the connections it accepts."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.accepted = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                connection, _ = self.server.accept()
            except TimeoutError:
                continue
            self.accepted += 1
            connection.close()

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        self.server.close()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dict[str, Result], Traps, Listener, float]]:
    root = tmp_path_factory.mktemp("classe")
    listener = Listener()
    traps = Traps(secrets.token_hex(6), listener.port, root / "rendus", root / "correction")
    write_class(traps.submissions, hostile_copies(traps))
    before = (traps.submissions / "bon" / f"{ASSIGNMENT}.ipynb").read_bytes()
    start = time.monotonic()
    results = grade(
        ASSIGNMENT, traps.submissions, out=traps.out, timeout=TIMEOUT, limits=LIMITS, progress=lambda _: None
    )
    elapsed = time.monotonic() - start
    time.sleep(4)  # a background process left behind would write the gradebook by now
    assert (traps.submissions / "bon" / f"{ASSIGNMENT}.ipynb").read_bytes() == before
    yield {r.student: r for r in results}, traps, listener, elapsed
    listener.close()
    for leftover in (traps.tmp_file, traps.pth_file, traps.package_file):
        leftover.unlink(missing_ok=True)


def test_every_copy_gets_its_expected_line(hostile: tuple[dict[str, Result], Traps, Listener, float]) -> None:
    results = hostile[0]
    assert sorted(results) == sorted(EXPECTED)
    got = {name: (tuple(int(p) for p in r.scores.values()), r.status) for name, r in results.items()}
    wrong = {name: (got[name], expected) for name, expected in EXPECTED.items() if got[name] != expected}
    assert not wrong, wrong


def test_gradebook_lines_match_the_results(hostile: tuple[dict[str, Result], Traps, Listener, float]) -> None:
    results, traps = hostile[0], hostile[1]
    text = (traps.out / ASSIGNMENT / "notes.csv").read_text(encoding="utf-8-sig")
    assert "evasion" not in text
    rows = list(csv.DictReader(text.splitlines(), delimiter=";"))
    assert [r["étudiant"] for r in rows] == sorted(EXPECTED)
    for row in rows:
        points, status = EXPECTED[row["étudiant"]]
        cells = [row[f"q{n}-verification"] for n in range(1, 6)]
        assert (cells, row["total"], row["sur"], row["statut"]) == (
            [str(p) for p in points],
            str(sum(points)),
            "10",
            status,
        )
        assert Decimal(row["total"]) == results[row["étudiant"]].total
    assert not list((traps.out / ASSIGNMENT).glob(".notes.csv.*")), "temporary file left behind"


def test_no_escape_left_a_trace(hostile: tuple[dict[str, Result], Traps, Listener, float]) -> None:
    traps, listener = hostile[1], hostile[2]
    assert listener.accepted == 0
    for path in (traps.tmp_file, traps.pth_file, traps.package_file):
        assert not path.exists(), path
    processes = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            processes.append(Path(f"/proc/{pid}/cmdline").read_bytes())
        except OSError:
            continue
    assert not [p for p in processes if traps.token.encode() in p]


def test_messages_are_french_and_name_the_problem(hostile: tuple[dict[str, Result], Traps, Listener, float]) -> None:
    results = hostile[0]
    text = {name: " ".join(r.messages) for name, r in results.items()}
    assert "Question 1 : réponse non donnée." in text["vide"]
    assert "Question 2 : le montant de la ristourne est inexact." in text["faux"]
    assert "division par zéro" in text["plantage"] and "ZeroDivisionError" not in text["plantage"]
    assert "Question 3 (réponse) : temps dépassé" in text["boucle"]
    assert "Question 3 : non exécuté." in text["ignore_signaux"]
    assert "Question 3 (réponse) : ne s'est pas terminée (la copie a été stoppée)" in text["ignore_signaux"]
    assert "Question 2 (réponse) : ne s'est pas terminée (l'exécution s'est arrêtée)" in text["os_exit"]
    assert "Question 2 (réponse) : mémoire dépassée." in text["bombe_memoire"]
    assert "Question 2 : non exécuté." in text["os_exit"]
    assert "JSON trop imbriqué" in text["json_profond"]
    assert "valeur illisible" in text["egalite_truquee"]
    for name, message in text.items():
        for english in ("Error", "Exception", "Traceback", "NotImplemented"):
            assert english not in message, (name, message)


def test_the_run_does_not_hang(hostile: tuple[dict[str, Result], Traps, Listener, float]) -> None:
    assert hostile[3] < 240
