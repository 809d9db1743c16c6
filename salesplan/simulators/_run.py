"""``run(code, values_json)``: the one entry point a browser (Pyodide) calls; it never raises."""

from __future__ import annotations

import json
from collections.abc import Mapping

from salesplan.errors import SalesplanError, show
from salesplan.simulators._base import Simulator

MAX_JSON = 100_000
"""Longest JSON text accepted (characters)."""
INTERNAL_ERROR = (
    "Le simulateur a rencontré une erreur inattendue. Vérifiez vos saisies et recommencez ; "
    "si elle se reproduit, signalez-la à l'enseignant."
)


def message_of(error: BaseException) -> str:
    """The French message shown for an error: the library's own text, first letter capitalised."""
    if not isinstance(error, SalesplanError):
        return INTERNAL_ERROR
    text = str(error).strip() or INTERNAL_ERROR
    return text[0].upper() + text[1:]


def _failure(message: str) -> str:
    return json.dumps({"ok": False, "message": message}, ensure_ascii=False)


def run_in(registry: Mapping[str, Simulator], code: object, values_json: object) -> str:
    """Compute simulator ``code`` of ``registry`` for the values in ``values_json``; the answer as JSON text.

    ``{"ok": true, "result": {...}}`` or ``{"ok": false, "message": "<French message>"}``,
    whatever the input (unknown code, invalid JSON, huge or nested garbage).
    """
    try:
        if not isinstance(code, str) or code not in registry:
            known = ", ".join(sorted(registry))
            return _failure(f"simulateur : {show(code)} n'existe pas (simulateurs : {known}).")
        if not isinstance(values_json, str):
            return _failure(f"valeurs : {show(values_json)} n'est pas un texte JSON.")
        if len(values_json) > MAX_JSON:
            return _failure(f"valeurs : {len(values_json)} caractères envoyés, {MAX_JSON} au plus.")
        try:
            values = json.loads(values_json) if values_json.strip() else {}
        except (ValueError, RecursionError):
            return _failure("valeurs : le texte envoyé n'est pas un JSON lisible.")
        if not isinstance(values, dict):
            return _failure(f"valeurs : {show(values)} n'est pas un objet JSON de champs nommés.")
        result = registry[code].compute(values).to_dict()
        return json.dumps({"ok": True, "result": result}, ensure_ascii=False)
    except SalesplanError as error:
        return _failure(message_of(error))
    except Exception:  # never a traceback in the page: a generic French message (tests prove it is unreachable)
        return _failure(INTERNAL_ERROR)


__all__ = ["INTERNAL_ERROR", "MAX_JSON", "message_of", "run_in"]
