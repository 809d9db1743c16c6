"""The checks of one copy, run in a clean process the student's code never touched.

``python -m salesplan.tooling.grading_checks`` reads on stdin the teacher's
locked cells (statement data, the student's own subject) and each check cell
(visible and hidden checks) with the answers the sandbox read back as plain
data; it writes one JSON object: for each check cell, passed or not and the
French reason. A check passes only when it ran to its end without error.
"""

from __future__ import annotations

import contextlib
import datetime
import io
import json
import signal
import sys
from decimal import Decimal, InvalidOperation
from typing import Any

from salesplan.errors import SalesplanError

CHECK_SECONDS = 20

FRENCH_ERRORS = {
    "ArithmeticError": "erreur de calcul",
    "AttributeError": "attribut inconnu sur une valeur",
    "CellTimeout": "temps dépassé",
    "EOFError": "lecture clavier impossible pendant la correction",
    "FileNotFoundError": "fichier introuvable",
    "ImportError": "module introuvable",
    "IndexError": "position hors de la liste",
    "IndentationError": "erreur d'indentation",
    "KeyError": "clé absente",
    "KeyboardInterrupt": "cellule interrompue",
    "MemoryError": "mémoire dépassée",
    "ModuleNotFoundError": "module introuvable",
    "NameError": "variable non définie",
    "NotImplementedError": "réponse non donnée",
    "OSError": "accès au système refusé",
    "OverflowError": "nombre trop grand",
    "PermissionError": "accès interdit",
    "RecursionError": "trop d'appels imbriqués",
    "SyntaxError": "erreur de syntaxe",
    "SystemExit": "arrêt demandé par la cellule",
    "TabError": "erreur d'indentation",
    "TypeError": "valeur d'un type inattendu",
    "UnboundLocalError": "variable non définie",
    "UnicodeError": "texte illisible",
    "ValueError": "valeur incorrecte",
    "ZeroDivisionError": "division par zéro",
}


def french_error(name: str) -> str:
    """A French phrase for an exception's class name (never the English name itself)."""
    return FRENCH_ERRORS.get(name, "erreur à l'exécution")


class Unsupported:
    """An answer the sandbox could not read back as data (an object, a function...)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __repr__(self) -> str:
        return f"<valeur non lisible : {self.kind}>"


def decode(value: Any) -> Any:
    """Plain data from the runner's encoding (see :func:`salesplan.tooling.grading_runner.encode`)."""
    if isinstance(value, list):
        return [decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    kind = value.get("$")
    if kind == "...":
        return ...
    try:
        if kind == "decimal":
            return Decimal(str(value["v"]))
        if kind == "date":
            return datetime.date.fromisoformat(str(value["v"]))
        if kind in ("list", "tuple") and isinstance(value.get("v"), list):
            items = [decode(v) for v in value["v"]]
            return items if kind == "list" else tuple(items)
        if kind == "dict" and isinstance(value.get("v"), dict):
            return {str(k): decode(v) for k, v in value["v"].items()}
    except (InvalidOperation, ValueError, KeyError):
        pass
    return Unsupported(str(value.get("type", "inconnu")))


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise _Timeout


def explain(exc: BaseException) -> str:
    """The French reason a check failed."""
    if isinstance(exc, AssertionError):
        return str(exc) or "réponse inexacte"
    if isinstance(exc, SalesplanError):
        return f"valeur illisible : {exc}"
    if isinstance(exc, _Timeout):
        return "la vérification a pris trop de temps"
    return f"réponse inexploitable ({french_error(type(exc).__name__)})"


def run_checks(job: dict[str, Any]) -> dict[str, Any]:
    """Run the teacher's cells in order; each check on a fresh copy of the namespace plus the answers."""
    namespace: dict[str, Any] = {"__name__": "__main__"}
    results: dict[str, Any] = {}
    signal.signal(signal.SIGALRM, _alarm)
    for step in job["steps"]:
        if step["kind"] == "setup":
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(step["source"], "<enseignant>", "exec"), namespace)
            continue
        scope = {**namespace, **{k: decode(v) for k, v in step["answers"].items()}}
        try:
            signal.alarm(CHECK_SECONDS)
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(step["source"], "<vérification>", "exec"), scope)
            results[step["id"]] = {"ok": True}
        except Exception as exc:
            results[step["id"]] = {"ok": False, "message": explain(exc)}
        finally:
            signal.alarm(0)
    return results


def main() -> None:
    job = json.loads(sys.stdin.read())
    json.dump(run_checks(job), sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()


__all__ = ["CHECK_SECONDS", "FRENCH_ERRORS", "Unsupported", "decode", "explain", "french_error", "main", "run_checks"]
