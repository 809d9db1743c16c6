"""Simulators declared once (salesplan.simulators): figures equal the library's, French errors, no crash."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salesplan import commande
from salesplan.errors import SalesplanError
from salesplan.simulators import INTERNAL_ERROR, MAX_TEXT, REGISTRY, Field, Simulator, run
from salesplan.values import format_euros

SIMULATORS = sorted(REGISTRY)


def ok(code: str, values: dict[str, Any] | None = None) -> dict[str, Any]:
    answer = json.loads(run(code, json.dumps(values or {})))
    assert answer["ok"], answer
    result: dict[str, Any] = answer["result"]
    return result


def failure(code: str, values: dict[str, Any]) -> str:
    answer = json.loads(run(code, json.dumps(values)))
    assert not answer["ok"], answer
    message: str = answer["message"]
    assert message != INTERNAL_ERROR
    return message


def summary(result: dict[str, Any]) -> dict[str, str]:
    return dict(result["summary"])


def all_strings(result: dict[str, Any]) -> list[str]:
    texts = [cell for pair in result["summary"] for cell in pair] + result["warnings"] + [result["explanation"]]
    for t in result["tables"]:
        texts += [t["caption"], *t["columns"], *(cell for row in t["rows"] for cell in row)]
    return texts


# ----------------------------------------------------------------------------- every simulator


def every_field(simulator: Simulator) -> list[Field]:
    return [f for f in simulator.fields] + [c for f in simulator.fields for c in f.columns]


@pytest.mark.parametrize("code", SIMULATORS)
def test_description_is_json_and_french(code: str) -> None:
    simulator = REGISTRY[code]
    description = simulator.describe()
    assert json.loads(json.dumps(description)) == description
    assert description["code"] == code and description["title"] and description["intro"] and description["pages"]
    for page in description["pages"]:
        assert re.fullmatch(r"[a-z_]+/[a-z_]+", page)
    for f in every_field(simulator):
        assert f.name.isascii() and f.name.isidentifier()
        assert f.label and f.label[0].isupper(), f
        assert f.help.endswith("."), f
        assert len(f.help) <= 160, f
    for f in simulator.fields:  # distinct labels: distinct accessible names
        assert len({c.label for c in f.columns}) == len(f.columns)
    assert len({f.label for f in simulator.fields}) == len(simulator.fields)


@pytest.mark.parametrize("code", SIMULATORS)
def test_defaults_compute_and_are_french(code: str) -> None:
    result = ok(code)
    assert result["summary"]
    for text in all_strings(result):
        assert not re.search(r"\d\.\d", text), text  # never « 1234.5 »
        assert "Decimal" not in text and "None" not in text, text
    if result["svg"] is not None:
        assert result["svg"].startswith("<svg") and 'role="img"' in result["svg"] and "aria-label=" in result["svg"]


def bad_values(f: Field) -> list[tuple[str, str]]:
    """(bad text, a word the French message must contain) for a field kind."""
    cases = [("x" * 10_000, "trop longue")]
    if f.required:
        cases.append(("", "vide"))
    if f.kind in ("amount", "rate", "integer"):
        cases.append(("abc", "pas un nombre"))
        if f.minimum is not None and Decimal(f.minimum.replace(",", ".")) >= 0:
            cases.append(("-5", "minimum"))
        if f.maximum is not None:
            cases.append(("1e9", "pas un nombre"))
            cases.append(("150000000000", "maximum"))
    if f.kind == "rate":
        cases.append(("150", "maximum"))
    if f.kind == "integer":
        cases.append(("2,5", "entier"))
    if f.kind == "date":
        cases += [("31/02/2027", "pas une date"), ("demain", "pas une date"), ("01/01/1900", "hors de la période")]
    if f.kind == "choice":
        cases.append(("zzz", "pas une option"))
    if f.kind == "boolean":
        cases.append(("peut-être", "oui"))
    return cases


@pytest.mark.parametrize("code", SIMULATORS)
def test_bad_input_gets_a_french_message_naming_the_field(code: str) -> None:
    simulator = REGISTRY[code]
    defaults = simulator.defaults()
    checked = 0
    for f in simulator.fields:
        if f.kind != "lines":
            for text, word in bad_values(f):
                message = failure(code, {f.name: text})
                assert message.startswith(f.label + " :"), (f.name, text, message)
                assert word in message, (f.name, text, message)
                checked += 1
            continue
        rows = [dict(row) for row in defaults[f.name]] or [{c.name: c.default for c in f.columns}]
        for column in f.columns:
            for text, word in bad_values(column):
                bad = [{**rows[0], column.name: text}, *rows[1:]]
                message = failure(code, {f.name: bad})
                assert message.startswith(f"{f.label}, ligne 1, {column.label} :"), (column.name, text, message)
                assert word in message, (column.name, text, message)
                checked += 1
        assert f.label in failure(code, {f.name: [{}] * (f.max_rows + 1)})
        assert f.label in failure(code, {f.name: "pas un tableau"})
        assert f.label in failure(code, {f.name: [1, 2]})
        if f.min_rows:
            assert "au moins" in failure(code, {f.name: []})
    assert checked


def test_run_never_raises_on_garbage() -> None:
    for code, text in [
        ("inconnu", "{}"),
        (None, "{}"),
        ("commande", None),
        ("commande", "{"),
        ("commande", "[" * 10_000),
        ("commande", '{"a":' * 5000),
        ("commande", "x" * 10_000),
        ("commande", "1" * 200_000),
        ("commande", "[]"),
        ("commande", '"texte"'),
        ("commande", json.dumps({f"k{i}": "1" for i in range(100)})),
        ("commande", json.dumps({"escompte": {"a": [1, 2]}})),
        ("commande", json.dumps({"escompte": 1e308})),
        ("commande", json.dumps({"escompte": True})),
        ("commande", json.dumps({"lignes": [{"quantite": [[[]]]}]})),
    ]:
        answer = json.loads(run(code, text))  # type: ignore[arg-type]
        assert answer["ok"] is False and answer["message"] != INTERNAL_ERROR, (code, text[:40] if text else text)


TEXTS = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "0",
            "-1",
            "1",
            "2,5",
            "100",
            "150",
            "1 234,56",
            "12,5 %",
            "31/02/2027",
            "17/03/2027",
            "2027-03-17",
            "oui",
            "non",
            "abc",
            "1e5",
            "NaN",
            "Infinity",
            "9" * 40,
            "0,000001",
            "1.234,5",
            "remise",
            "20",
            "5,5",
            "a_echoir",
            "x" * (MAX_TEXT + 1),
        ]
    ),
    st.text(max_size=30),
)
CELLS = st.one_of(
    TEXTS,
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True),
    st.booleans(),
    st.none(),
    st.lists(st.integers(), max_size=3),
)


def values_for(simulator: Simulator) -> st.SearchStrategy[dict[str, Any]]:
    names = [f.name for f in simulator.fields]
    row = st.dictionaries(
        st.sampled_from(sorted({c.name for f in simulator.fields for c in f.columns} | {"x"})), CELLS, max_size=6
    )
    value = st.one_of(CELLS, st.lists(row, max_size=8))
    return st.dictionaries(st.sampled_from(names), value, max_size=len(names))


@pytest.mark.parametrize("code", SIMULATORS)
def test_fuzzed_values_never_reach_the_internal_error(code: str) -> None:
    simulator = REGISTRY[code]

    @settings(max_examples=250, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
    @given(values_for(simulator))
    def check(values: dict[str, Any]) -> None:
        answer = json.loads(run(code, json.dumps(values)))
        if answer["ok"]:
            assert answer["result"]["summary"]
        else:
            assert answer["message"] != INTERNAL_ERROR, values
            assert answer["message"][0].isupper() or answer["message"][0] in "«'", answer["message"]

    check()


def test_core_imports_only_the_standard_library() -> None:
    code = (
        "import sys, salesplan.simulators as s\n"
        "s.run('commande', '{}')\n"
        "heavy = sorted(m for m in ('pandas', 'numpy', 'ipywidgets', 'matplotlib', 'IPython', 'salesplan.views',"
        " 'salesplan.tooling') if m in sys.modules)\n"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_compute_raises_the_library_errors() -> None:
    with pytest.raises(SalesplanError, match="Taux d'escompte : 150"):
        REGISTRY["commande"].compute({"escompte": "150"})


# ----------------------------------------------------------------------------- order amount


def test_order_default_is_the_worked_example() -> None:
    # calculer_commande([(10, 50), (5, 100)], reductions=[10, 5], escompte=2, frais_de_port=15): 1 023,48 €
    result = ok("commande")
    assert summary(result)["Net commercial"] == "855,00\u00a0€"
    assert summary(result)["Net à payer TTC"] == "1\u202f023,48\u00a0€"
    foot = dict(tuple(row) for row in result["tables"][1]["rows"])
    assert foot["Escompte 2\u00a0%"] == "17,10\u00a0€" and foot["TVA 20\u00a0%"] == "170,58\u00a0€"
    assert "14,5\u00a0%" in result["warnings"][0]
    assert "Net à payer TTC" in result["svg"] and "1\u202f023,48\u00a0€" in result["svg"]


@pytest.mark.parametrize(
    ("lignes", "reductions", "escompte", "port"),
    [
        ([("10", "50,00", "20"), ("5", "100", "20")], [("remise", "10"), ("remise", "5")], "2", "15"),
        ([("130", "22", "20"), ("40", "12,50", "5,5"), ("3", "7,99", "10")], [("rabais", "3")], "0", "0"),
        ([("2,5", "1 234,56", "20")], [], "1,5", "9,90"),
        ([("1", "0,01", "2,1")], [("ristourne", "50"), ("remise", "50")], "10", "0"),
    ],
)
def test_order_equals_the_library(
    lignes: list[tuple[str, str, str]], reductions: list[tuple[str, str]], escompte: str, port: str
) -> None:
    values = {
        "lignes": [
            {"designation": f"L{i}", "quantite": q, "prix_unitaire_ht": p, "taux_tva": t}
            for i, (q, p, t) in enumerate(lignes)
        ],
        "reductions": [{"nature": n, "taux": t} for n, t in reductions],
        "escompte": escompte,
        "frais_de_port": port,
    }
    expected = commande.calculer_commande(
        [commande.Ligne(f"L{i}", q, p, t) for i, (q, p, t) in enumerate(lignes)],
        reductions=reductions,
        escompte=escompte,
        frais_de_port=port,
    )
    result = ok("commande", values)
    assert summary(result)["Net à payer TTC"] == format_euros(expected.net_a_payer)
    assert summary(result)["TVA"] == format_euros(expected.montant_tva)
    assert result["explanation"] == expected.expliquer()
