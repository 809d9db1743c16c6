"""The law as data (issue #14, part 2): salesplan/parametres.toml and the code that reads it.

* every parameter's periods are in order, never overlap, and any gap between
  two periods is declared (``lacune``) rather than forgotten;
* every value has a source and a review date; yes/no rules are booleans;
* no module of the library holds a legal figure itself: the VAT rate, the
  40 € indemnity, the « 10 points » of the ECB rate and review dates are read
  from ``parametres`` (worked examples in docstrings and tests are allowed).
"""

from __future__ import annotations

import ast
import datetime as dt
import itertools
import re
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

from salesplan import SalesplanError, parametres
from salesplan.parametres import OUI_NON, TABLE, Parametre, lire_table

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "salesplan"


def _par_code() -> dict[str, list[Parametre]]:
    rows: dict[str, list[Parametre]] = defaultdict(list)
    for row in TABLE:
        rows[row.code].append(row)
    return rows


@pytest.mark.parametrize(("code", "rows"), sorted(_par_code().items()))
def test_periods_never_overlap_and_gaps_are_declared(code: str, rows: list[Parametre]) -> None:
    for avant, apres in itertools.pairwise(rows):
        assert avant.debut < apres.debut, code
        if avant.fin is None:
            continue  # runs to the day before the next start
        assert avant.debut <= avant.fin < apres.debut, f"{code} : la période du {avant.debut} chevauche la suivante"
        if avant.fin + dt.timedelta(days=1) != apres.debut:
            assert avant.lacune, f"{code} : trou non déclaré du {avant.fin} au {apres.debut} (ajoutez lacune = ...)"
    for row in rows:
        assert row.source.strip() and row.verifie_le is not None, code
        assert row.verifie_le <= dt.date(2026, 11, 30), code  # review dates are in the past
        assert isinstance(row.valeur, bool) == (row.unite == OUI_NON), code
        assert row.libelle == rows[-1].libelle and row.unite == rows[-1].unite, code


def test_the_data_file_is_package_data() -> None:
    assert parametres.FICHIER.parent == PACKAGE
    assert '"parametres.toml"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_a_value_is_found_through_its_start_date() -> None:
    assert parametres.valeur("tva_normal", date="15/01/2027") == Decimal(20)
    assert parametres.valeur("seuil_dispense_fournitures", date="31/03/2026") == Decimal(40000)
    assert parametres.valeur("seuil_dispense_fournitures", date="01/04/2026") == Decimal(60000)
    # the ECB row stops on 24/03/2026: after, a French error rather than a guess
    with pytest.raises(SalesplanError, match="aucune valeur connue"):
        parametres.valeur("taux_bce", date="01/07/2026")


def test_yes_no_rules_are_booleans_read_with_regle() -> None:
    assert parametres.regle("facture_electronique_reception", date="01/09/2026") is True
    assert parametres.regle("facture_electronique_reception", date="31/08/2026") is False
    with pytest.raises(SalesplanError, match="regle"):
        parametres.valeur("facture_electronique_reception", date="01/09/2026")
    with pytest.raises(SalesplanError, match="valeur"):
        parametres.regle("tva_normal")


def test_the_procurement_rule_of_21_august_2026() -> None:
    assert parametres.regle("marche_public_prix_seul_interdit", date="20/08/2026") is False
    assert parametres.regle("marche_public_prix_seul_interdit", date="21/08/2026") is True
    row = parametres.parametre("marche_public_prix_seul_interdit", date="01/12/2026")
    assert "2022-767" in row.source and "R2152-7" in row.source
    assert row.verifie_le == dt.date(2026, 11, 30)


_X = '[x]\nlibelle = "X"\nunite = "%"\n[x.valeurs."2026-01-01"]\n'


@pytest.mark.parametrize(
    ("texte", "message"),
    [
        (
            _X + 'valeur = 5.5\nsource = "s"\nverifie_le = 2026-11-30\n',
            "texte",
        ),
        (
            _X.replace('"%"', '"oui/non"') + 'valeur = "1"\nsource = "s"\nverifie_le = 2026-11-30\n',
            "true ou false",
        ),
        (
            '[x]\nlibelle = "X"\nunite = "%"\n[x.valeurs."2026-01-01"]\nvaleur = "5"\nverifie_le = 2026-11-30\n',
            "source",
        ),
        ('[x]\nlibelle = "X"\nunite = "%"\n', "aucune valeur"),
        ("[x", "TOML"),
    ],
    ids=["float", "bool-as-text", "no-source", "no-period", "not-toml"],
)
def test_a_malformed_table_is_refused_with_a_french_message(texte: str, message: str) -> None:
    with pytest.raises(SalesplanError, match=message):
        lire_table(texte)


# --------------------------------------------------------------------------- no legal figure in the code

# A legal figure written in code (not in a docstring or a comment).
_TEXTES_INTERDITS = (
    re.compile(r"\b40\s?(€|euros?)"),  # indemnité forfaitaire (D441-5)
    re.compile(r"\b10 points\b"),  # majoration du taux BCE (L441-10)
    re.compile(r"TVA (à |de )?20\s?%|\b20\s?% de TVA"),  # taux normal de TVA
)
# The course's « aujourd'hui » (parametres.DATE_DE_REFERENCE), written by hand: as a date(...) call, or as
# « 26/11/2026 » / « 2026-11-26 » in a string.
_REFERENCE = parametres.DATE_DE_REFERENCE
_DATE_REFERENCE = re.compile(rf"\b{_REFERENCE:%d/%m/%Y}\b|\b{_REFERENCE.isoformat()}\b")
# Where such a literal is a worked example or prose a helper owns (listed in the report of issue #14).
ALLOWED = {
    "concepts/negociation.py": "concept definitions cite the indemnity in prose, with their source",
    "concepts/conclusion.py": "a worked example of a concept (an order at 20 % VAT)",
    "exercises/banks/facturation.py": "exercise bank (owned by another helper): TVA = Decimal(20)",
    "concepts/reperes.py": "a source's consultation day (« consultés le »), which happens to be the course's date",
}


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


def _legal_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            found += [f"ligne {node.lineno} : {node.value!r}" for p in _TEXTES_INTERDITS if p.search(node.value)]
            if _DATE_REFERENCE.search(node.value):
                found.append(f"ligne {node.lineno} : {node.value!r} (parametres.DATE_DE_REFERENCE)")
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            consts = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if name == "Decimal" and consts in ([20], ["20"]):
                found.append(f"ligne {node.lineno} : Decimal(20) (taux normal de TVA)")
            if name == "date" and consts == [_REFERENCE.year, _REFERENCE.month, _REFERENCE.day]:
                found.append(f"ligne {node.lineno} : date{tuple(consts)} (parametres.DATE_DE_REFERENCE)")
    return found


def test_no_module_holds_a_legal_figure() -> None:
    offenders = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative == "parametres.py" or relative in ALLOWED:
            continue
        if found := _legal_literals(path):
            offenders[relative] = found
    assert not offenders, f"chiffres légaux écrits en dur (lisez-les dans parametres) : {offenders}"


def test_the_allow_list_is_not_stale() -> None:
    for relative in ALLOWED:
        assert _legal_literals(PACKAGE / relative), f"{relative} n'a plus de chiffre en dur : retirez-le d'ALLOWED"


@pytest.mark.parametrize(
    "code",
    ["AUJOURDHUI = dt.date(2026, 11, 26)\n", 'DATE = "26/11/2026"\n', 'x = parse("2026-11-26")\n'],
    ids=["date-call", "french-text", "iso-text"],
)
def test_the_course_date_written_by_hand_is_caught(tmp_path: Path, code: str) -> None:
    bank = tmp_path / "bank.py"
    bank.write_text(code, encoding="utf-8")
    assert any("DATE_DE_REFERENCE" in found for found in _legal_literals(bank))


def test_the_banks_read_the_course_date() -> None:
    from salesplan.exercises.banks import (
        conditions_paiement,
        connaissance_client,
        droit_retractation,
        facturation,
        reperes,
        typologie_clients,
    )

    banks = (conditions_paiement, connaissance_client, droit_retractation, facturation, reperes, typologie_clients)
    assert {bank.AUJOURDHUI for bank in banks} == {parametres.DATE_DE_REFERENCE}
