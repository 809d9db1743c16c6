"""One subject per student: each student's figures drawn from the solution notebook and a class list.

The subject cell of a solution (locked, ``grade_id: "sujet"``) assigns each
figure of the statement (``quantite = 12``); its metadata
``salesplan.tirage`` gives the rule that draws it:

* ``{"parmi": [5, 8, 10]}``: one of the values (numbers, or texts such as ``"12,15"`` or ``"15/01/2027"``);
* ``{"de": 8, "a": 20}``: a whole number between the two, both included;
* ``{"de": "150,00", "a": "250,00", "pas": "0,50"}``: a French decimal on that grid, written as text.

The class list is a CSV file (``;`` or ``,``) with a column ``identifiant``
(the student's folder in the submissions) and optionally ``nom`` and
``graine``. A student's figures depend only on the assignment, the name of the
figure and the student's seed (``graine``, or the identifiant when there is
none): ``salesplan release --classe`` and ``salesplan grade --classe`` compute
the same figures, and the grader never reads them from the copy.
"""

from __future__ import annotations

import copy
import csv
import hashlib
import json
import random
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from salesplan.errors import SalesplanValueError
from salesplan.tooling.assignments import SUBJECT_CELL, MarkerError, Notebook, nbgrader_meta
from salesplan.values import format_decimal

_IDENTIFIER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


@dataclass(frozen=True)
class Student:
    """One line of the class list."""

    identifiant: str
    nom: str = ""
    graine: str = ""

    @property
    def seed(self) -> str:
        return self.graine or self.identifiant


def read_class_list(path: Path) -> list[Student]:
    """Read the class list (French messages for a missing file, column or a bad identifiant)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SalesplanValueError(f"liste de classe « {path} » illisible.") from exc
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    rows = list(csv.DictReader(text.splitlines(), delimiter=delimiter))
    if not rows or "identifiant" not in rows[0]:
        raise SalesplanValueError(f"liste de classe « {path.name} » : il faut une colonne « identifiant ».")
    students: list[Student] = []
    seen: set[str] = set()
    for number, row in enumerate(rows, start=2):
        ident = (row.get("identifiant") or "").strip()
        if not _IDENTIFIER.match(ident):
            raise SalesplanValueError(
                f"liste de classe « {path.name} », ligne {number} : identifiant « {ident} » invalide "
                "(lettres, chiffres, point, tiret, soulignement)."
            )
        if ident in seen:
            raise SalesplanValueError(f"liste de classe « {path.name} », ligne {number} : « {ident} » en double.")
        seen.add(ident)
        students.append(Student(ident, (row.get("nom") or "").strip(), (row.get("graine") or "").strip()))
    return students


def _decimal(text: Any, where: str) -> Decimal:
    try:
        return Decimal(str(text).replace(" ", "").replace(",", "."))
    except InvalidOperation as exc:
        raise MarkerError(f"{where} : « {text} » n'est pas un nombre.") from exc


def draw_value(rule: Any, rng: random.Random, where: str) -> Any:
    """One figure drawn by its rule (see the module's docstring)."""
    if not isinstance(rule, dict):
        raise MarkerError(f"{where} : la règle de tirage doit être un objet JSON.")
    if "parmi" in rule:
        choices = rule["parmi"]
        if not isinstance(choices, list) or not choices:
            raise MarkerError(f"{where} : « parmi » demande une liste non vide.")
        return rng.choice(choices)
    if "de" in rule and "a" in rule:
        low, high = rule["de"], rule["a"]
        if isinstance(low, int) and isinstance(high, int) and "pas" not in rule:
            if low > high:
                raise MarkerError(f"{where} : « de » est plus grand que « a ».")
            return rng.randint(low, high)
        step = _decimal(rule.get("pas", "1"), where)
        first, last = _decimal(low, where), _decimal(high, where)
        if step <= 0 or first > last:
            raise MarkerError(f"{where} : intervalle ou pas invalide.")
        count = int((last - first) / step)
        places = max(0, -int(step.as_tuple().exponent))
        return format_decimal((first + step * rng.randint(0, count)).quantize(Decimal(1).scaleb(-places)))
    raise MarkerError(f"{where} : règle de tirage inconnue (attendu « parmi » ou « de » et « a »).")


def subject_cell(nb: Notebook) -> dict[str, Any] | None:
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code" and nbgrader_meta(cell).get("grade_id") == SUBJECT_CELL:
            found: dict[str, Any] = cell
            return found
    return None


def subject_rules(nb: Notebook) -> dict[str, Any]:
    cell = subject_cell(nb)
    if cell is None:
        return {}
    rules = cell.get("metadata", {}).get("salesplan", {}).get("tirage", {})
    return rules if isinstance(rules, dict) else {}


def draw_figures(nb: Notebook, *, assignment: str, seed: str) -> dict[str, Any]:
    """The figures of one student (name → value) for this assignment."""
    figures = {}
    for name, rule in sorted(subject_rules(nb).items()):
        digest = hashlib.sha256(f"{assignment}|{name}|{seed}".encode()).digest()
        figures[name] = draw_value(rule, random.Random(digest), f"carnet {assignment}, tirage de « {name} »")
    return figures


def with_figures(nb: Notebook, figures: dict[str, Any], *, assignment: str) -> Notebook:
    """A copy of ``nb`` whose subject cell assigns ``figures`` (each name must be assigned once there)."""
    if not figures:
        return nb
    out = copy.deepcopy(nb)
    cell = subject_cell(out)
    if cell is None:
        raise MarkerError(f"carnet {assignment} : pas de cellule « {SUBJECT_CELL} » pour les données du sujet.")
    lines = cell["source"].split("\n")
    for name, value in figures.items():
        pattern = re.compile(rf"^(\s*{re.escape(name)}\s*=\s*)([^#]*?)(\s*#.*)?$")
        found = [i for i, line in enumerate(lines) if pattern.match(line)]
        if len(found) != 1:
            raise MarkerError(f"carnet {assignment} : « {name} = ... » doit figurer une fois dans la cellule du sujet.")
        match = pattern.match(lines[found[0]])
        assert match is not None
        literal = json.dumps(value, ensure_ascii=False) if isinstance(value, str) else repr(value)
        lines[found[0]] = f"{match.group(1)}{literal}{match.group(3) or ''}"
    cell["source"] = "\n".join(lines)
    return out


def student_subject(nb: Notebook, *, assignment: str, seed: str) -> Notebook:
    """The solution notebook with one student's figures (the solutions compute from them)."""
    return with_figures(nb, draw_figures(nb, assignment=assignment, seed=seed), assignment=assignment)


__all__ = [
    "Student",
    "draw_figures",
    "draw_value",
    "read_class_list",
    "student_subject",
    "subject_cell",
    "subject_rules",
    "with_figures",
]
