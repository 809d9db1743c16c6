"""The runner started inside the sandbox: the student's cells in order, then their answers as JSON.

Run as a script (``python -P grading_runner.py``), standard library only, so
nothing is imported before the student's cells. It reads its job as JSON on
stdin (cells, answer names, time per cell, limits, the fd of the results
pipe), sets its resource limits (inherited by anything it starts), then runs
each cell with ``exec`` in one namespace, a per-cell timer raising
:class:`CellTimeout`. Before and after each cell it writes one JSON line on
the results pipe; after each cell the line holds the answers' values as plain
data. The student's code runs in this very process: it can write anything
there, so the grader trusts these lines for nothing but answer values — which
the student could give anyway — and checks them in another process. A
runner that stops (``os._exit``, a signal, a kill on timeout) leaves the
cells it did not finish « non exécuté ».
"""

from __future__ import annotations

import builtins
import datetime
import decimal
import json
import os
import resource
import signal
import sys
from typing import Any

MAX_TEXT = 10_000
MAX_ITEMS = 1_000
MAX_DEPTH = 4
MAX_LINE = 1_000_000


class CellTimeout(BaseException):
    """Raised in the student's cell when its time is up."""


def encode(value: Any, depth: int = 0) -> Any:
    """A value as plain JSON data; exact types only (a ``str`` subclass is not a text)."""
    kind = type(value)
    if value is ... or value is None or kind is bool:
        return {"$": "..."} if value is ... else value
    if kind is str:
        return value if len(value) <= MAX_TEXT else {"$": "autre", "type": "texte trop long"}
    if kind is int:
        return value if abs(value) < 10**100 else {"$": "autre", "type": "nombre trop grand"}
    if kind is float:
        return value if value == value and abs(value) != float("inf") else {"$": "autre", "type": "float"}
    if kind is decimal.Decimal:
        return {"$": "decimal", "v": str(value)} if value.is_finite() else {"$": "autre", "type": "Decimal"}
    if kind is datetime.date:
        return {"$": "date", "v": value.isoformat()}
    if kind in (list, tuple) and depth < MAX_DEPTH and len(value) <= MAX_ITEMS:
        return {"$": kind.__name__, "v": [encode(item, depth + 1) for item in value]}
    if kind is dict and depth < MAX_DEPTH and len(value) <= MAX_ITEMS and all(type(k) is str for k in value):
        return {"$": "dict", "v": {k: encode(v, depth + 1) for k, v in value.items()}}
    return {"$": "autre", "type": kind.__name__[:40]}


def _limits(limits: dict[str, int]) -> None:
    wanted = {
        resource.RLIMIT_AS: limits["memory"],
        resource.RLIMIT_CPU: limits["cpu"],
        resource.RLIMIT_FSIZE: limits["output"],
        resource.RLIMIT_NPROC: limits["processes"],
        resource.RLIMIT_NOFILE: 256,
        resource.RLIMIT_CORE: 0,
    }
    for which, value in wanted.items():
        hard = resource.getrlimit(which)[1]
        if hard != resource.RLIM_INFINITY and (value == resource.RLIM_INFINITY or value > hard):
            value = hard  # never above the limit the sandbox was given
        resource.setrlimit(which, (value, value))


def main() -> None:
    job = json.loads(sys.stdin.read(50_000_000))
    fd, names, timeout = int(job["fd"]), list(job["answers"]), float(job["timeout"])
    _limits(job["limits"])
    write, dumps = os.write, json.dumps

    def emit(event: dict[str, Any]) -> None:
        data = (dumps(event, ensure_ascii=False) + "\n").encode()
        if len(data) > MAX_LINE:
            event.pop("reponses", None)
            data = (dumps({**event, "trop_long": True}) + "\n").encode()
        while data:
            data = data[write(fd, data) :]

    def alarm(signum: int, frame: Any) -> None:
        raise CellTimeout

    signal.signal(signal.SIGALRM, alarm)
    namespace: dict[str, Any] = {"__name__": "__main__", "__builtins__": builtins}
    for index, source in enumerate(job["cells"]):
        emit({"debut": index})
        state: dict[str, Any] = {"etat": "ok"}
        try:
            _reserve: bytearray | None = bytearray(4_000_000)  # freed on MemoryError: the report can be written
        except MemoryError:
            _reserve = None
        try:
            signal.setitimer(signal.ITIMER_REAL, timeout)
            exec(compile(source, f"<cellule {index + 1}>", "exec"), namespace)
        except CellTimeout:
            state = {"etat": "temps"}
        except MemoryError:
            _reserve = None
            state = {"etat": "memoire"}
        except BaseException as exc:
            state = {"etat": "erreur", "erreur": type(exc).__name__[:60], "message": str(exc)[:300]}
            line = exc.lineno if isinstance(exc, SyntaxError) else None
            tb = exc.__traceback__
            while tb is not None:
                if tb.tb_frame.f_code.co_filename == f"<cellule {index + 1}>":
                    line = tb.tb_lineno
                tb = tb.tb_next
            state["ligne"] = line
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        try:
            answers = {name: encode(namespace[name]) for name in names if name in namespace}
        except BaseException:
            answers = {}
        emit({"fin": index, **state, "reponses": answers})
        _reserve = None
    emit({"termine": True})


if __name__ == "__main__":
    main()


__all__ = ["MAX_DEPTH", "MAX_ITEMS", "MAX_LINE", "MAX_TEXT", "CellTimeout", "encode", "main"]
