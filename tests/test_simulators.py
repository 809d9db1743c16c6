"""Simulators declared once (salesplan.simulators): figures equal the library's, French errors, no crash."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import salesplan
from salesplan import commande, fidelite, financement, grille, lead_scoring, marches_publics, marges, paiement
from salesplan.errors import SalesplanError
from salesplan.simulators import INTERNAL_ERROR, MAX_TEXT, REGISTRY, Field, Simulator, run
from salesplan.values import format_euros, format_number, format_percent

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
    if f.kind == "rate" and f.maximum is not None and Decimal(f.maximum) < 150:
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


def never_internal_error(code: str, values: st.SearchStrategy[dict[str, Any]], *, examples: int) -> None:
    """Every drawn input gives a result or a French message naming what is wrong, never the generic one."""

    @settings(max_examples=examples, deadline=5000, suppress_health_check=[HealthCheck.too_slow])
    @given(values)
    def check(drawn: dict[str, Any]) -> None:
        answer = json.loads(run(code, json.dumps(drawn)))
        if answer["ok"]:
            assert answer["result"]["summary"]
        else:
            assert answer["message"] != INTERNAL_ERROR, drawn
            assert answer["message"][0].isupper() or answer["message"][0] in "«'", answer["message"]

    check()


@pytest.mark.parametrize("code", SIMULATORS)
def test_fuzzed_values_never_reach_the_internal_error(code: str) -> None:
    never_internal_error(code, values_for(REGISTRY[code]), examples=150)


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


# ----------------------------------------------------------------------------- the other simulators


def test_margins_equal_the_library() -> None:
    result = summary(ok("marges"))  # chapter: copieur acheté 2 400 €, proposé 3 600 €, taux de marque minimal 25 %
    assert result["Prix plancher HT"] == format_euros(marges.prix_plancher(2400, taux_de_marque_minimal=25))
    assert result["Prix plancher HT"] == "3\u202f200,00\u00a0€"
    assert result["Remise maximale"] == "11,11\u00a0%"
    assert result["Taux de marque"] == "33,33\u00a0%" and result["Coefficient multiplicateur"] == "1,8"
    margin = summary(
        ok(
            "marges",
            {
                "exigence": "taux_de_marge",
                "taux_minimal": "25",
                "cout_achat": "80",
                "prix_vente": "120",
                "remise_demandee": "",
            },
        )
    )
    assert margin["Prix plancher HT"] == "100,00\u00a0€" and margin["Remise maximale"] == "16,66\u00a0%"
    assert "Taux minimal exigé" in failure("marges", {"taux_minimal": "100"})


def test_due_date_and_penalties_equal_the_library() -> None:
    result = ok("echeance")  # chapter: 14 400 € TTC due 31/03/2026, paid 30/04/2026, legal rate
    rate = paiement.taux_penalites_legal(date="31/03/2026")
    expected = paiement.penalites_de_retard("14400", taux=rate, jours_de_retard=30)
    assert summary(result)["Date d'échéance"] == "31/03/2026"
    assert summary(result)["Pénalités de retard"] == format_euros(expected) == "143,80\u00a0€"
    assert summary(result)["Indemnité forfaitaire de recouvrement"] == "40,00\u00a0€"
    early = summary(ok("echeance", {"date_paiement": "31/03/2026"}))
    assert early["Jours de retard"] == "0 jour" and early["Indemnité forfaitaire de recouvrement"] == "0,00\u00a0€"
    other = summary(ok("echeance", {"methode": "fin_de_mois_puis_jours", "date_paiement": "17/03/2026"}))
    assert other["Date d'échéance"] == "17/03/2026"
    assert "plafond" in failure("echeance", {"jours": "50"})  # 50 days end of month: beyond L441-10
    assert "maximum" in failure("echeance", {"jours": "61", "nature": "jours"})
    low = ok("echeance", {"taux_penalites": "1"})
    assert "minimum légal" in low["warnings"][0]
    assert "saisissez le taux" in failure("echeance", {"date_facture": "15/01/2029", "date_paiement": "15/06/2029"})


def test_financing_equals_the_library() -> None:
    result = ok("financement")  # chapter: 24 450 € HT, 4,5 % over 4 years monthly; 48 rents of 560 €; bill TTC
    loan = financement.tableau_amortissement(24450, "4,5", 4, periodes_par_an=12)
    assert summary(result)["Emprunt : mensualité"] == format_euros(loan.lignes[0].annuite) == "557,55\u00a0€"
    assert summary(result)["Crédit-bail : coût"] == "2\u202f680,00\u00a0€"
    effet = financement.escompte_effet("29340", "4,5", "02/12/2026", "31/01/2027", jours_de_banque=1, commissions=20)
    assert summary(result)["Escompte : agios"] == format_euros(effet.agios) == "243,72\u00a0€"
    assert summary(result)["Escompte : valeur nominale de l'effet (TTC)"] == "29\u202f340,00\u00a0€"
    assert len(result["tables"][1]["rows"]) == 48
    only_loan = ok("financement", {"loyer": "", "taux_escompte": ""})
    assert [row[0] for row in only_loan["tables"][0]["rows"]] == ["Emprunt"]
    assert "Aucune solution" in failure("financement", {"loyer": "", "taux_escompte": "", "taux_emprunt": ""})
    assert "postérieure" in failure("financement", {"date_echeance": "01/12/2026"})


def test_grid_equals_the_library() -> None:
    result = ok("grille")  # chapter outils_aide_achat: three offers, price marked by the formula
    prix = {"Bureautik Pro": 48_600, "Copitec": 42_000, "Imprimex": 51_500}
    notes_prix = grille.notes_prix(prix, points=20)
    marks = {"Bureautik Pro": (16, 18, 14), "Copitec": (12, 12, 10), "Imprimex": (15, 14, 16)}
    criteria = ("Valeur technique", "Délai d'intervention", "Performance environnementale")
    notes = {o: {"Prix": notes_prix[o], **dict(zip(criteria, m, strict=True))} for o, m in marks.items()}
    expected = grille.comparer_offres({"Prix": 40, **dict(zip(criteria, (30, 20, 10), strict=True))}, notes)
    ranking = [(row[1], row[2]) for row in result["tables"][0]["rows"]]
    assert ranking == [(o, format_number(n)) for _, o, n in expected.classement()]
    assert ranking[0] == ("Bureautik Pro", "16,71")
    assert "Copitec" in result["svg"]
    assert "deux fois" in failure(
        "grille",
        {
            "offres": [
                {"offre": "A", "note_1": "1", "note_2": "1", "note_3": "1"},
                {"offre": "a", "note_1": "1", "note_2": "1", "note_3": "1"},
            ]
        },
    )
    assert "il manque la note" in failure("grille", {"offres": [{"offre": "A"}, {"offre": "B", "note_2": ""}]})


def test_price_score_equals_the_library() -> None:
    result = ok("note_prix")
    rows = {row[0]: row[2] for row in result["tables"][0]["rows"]}
    assert rows["Bureautik Pro"] == format_number(marches_publics.note_prix(48600, 42000, 40)) == "34,57"
    assert rows["Copitec"] == "40"


def test_lead_scoring_equals_the_library() -> None:
    result = ok("lead_scoring")
    field = REGISTRY["lead_scoring"].field("prospects")
    assert isinstance(field.default, tuple)
    for row in field.default:
        cells = {c.name: row.get(c.name, c.default) for c in field.columns if c.name != "prospect"}
        data = {k: v for k, v in cells.items() if v}
        expected = lead_scoring.score_prospect(data)
        line = next(r for r in result["tables"][0]["rows"] if r[0] == row["prospect"])
        assert line[3] == str(expected.total) and line[4] == expected.statut
    stricter = ok("lead_scoring", {"seuil_sql": "100"})
    assert summary(stricter)["Prospects SQL"] == "0"
    assert "dépasse le seuil SQL" in failure("lead_scoring", {"seuil_mql": "90", "seuil_sql": "80"})


def test_loyalty_equals_the_library() -> None:
    result = summary(ok("fidelite"))  # chapter: 160 clients, 172 at the end with 28 new
    assert result["Taux de rétention"] == format_percent(fidelite.taux_de_retention(160, 172, 28)) == "90\u00a0%"
    assert result["Valeur vie client (simple)"] == format_euros(fidelite.valeur_vie_client(1500, 4, 30, 5))
    prudent = fidelite.valeur_vie_client(1500, 4, 30, 5, taux_retention=90, taux_actualisation=5)
    assert result["Valeur vie client (prudente)"] == format_euros(prudent)
    assert "dépasse" in failure("fidelite", {"nouveaux": "200"})


def test_withdrawal_right_answers_the_three_conditions() -> None:
    yes = summary(ok("retractation"))
    assert yes["Droit de rétractation"] == "oui" and yes["Dernier jour pour se rétracter"] == "17/12/2026"
    services = summary(ok("retractation", {"nature": "services"}))
    assert services["Dernier jour pour se rétracter"] == "10/12/2026"  # 26/11 + 14 days
    for change in ({"effectif": "6"}, {"hors_etablissement": "non"}, {"hors_activite_principale": "non"}):
        assert summary(ok("retractation", change))["Droit de rétractation"] == "non"
    assert "antérieure" in failure("retractation", {"date_livraison": "01/11/2026"})


def french(number: Decimal) -> str:
    return format(number, "f").replace(".", ",")


def valid_cell(f: Field) -> st.SearchStrategy[str]:
    """Texts a user could type that pass the field's own checks (bounds, kind)."""
    low = Decimal(f.minimum.replace(",", ".")) if f.minimum else Decimal(0)
    high = Decimal(f.maximum.replace(",", ".")) if f.maximum else Decimal(10**6)
    if f.kind in ("amount", "rate"):
        places = 2
        cents = st.integers(int(low * 10**places), int(high * 10**places))
        return cents.map(lambda c: french(Decimal(c).scaleb(-places)))
    if f.kind == "integer":
        return st.integers(int(low), min(int(high), 10**6)).map(str)
    if f.kind == "date":
        return st.dates(dt.date(2020, 1, 1), dt.date(2032, 12, 31)).map(lambda d: d.strftime("%d/%m/%Y"))
    if f.kind == "choice":
        return st.sampled_from([value for value, _ in f.choices])
    if f.kind == "boolean":
        return st.sampled_from(["oui", "non"])
    return st.text(st.characters(min_codepoint=32, max_codepoint=0x17F), min_size=1, max_size=20).filter(str.strip)


def valid_values_for(simulator: Simulator) -> st.SearchStrategy[dict[str, Any]]:
    parts: dict[str, st.SearchStrategy[Any]] = {}
    for f in simulator.fields:
        if f.kind == "lines":
            row = st.fixed_dictionaries(
                {c.name: valid_cell(c) if c.required else st.one_of(valid_cell(c), st.just("")) for c in f.columns}
            )
            parts[f.name] = st.lists(row, min_size=f.min_rows, max_size=min(f.max_rows, 6))
        else:
            cell = valid_cell(f)
            parts[f.name] = st.one_of(cell, st.just("")) if not f.required else cell
    return st.fixed_dictionaries({}, optional=parts)


@pytest.mark.parametrize("code", SIMULATORS)
def test_valid_shapes_never_reach_the_internal_error(code: str) -> None:
    never_internal_error(code, valid_values_for(REGISTRY[code]), examples=120)


# ----------------------------------------------------------------------------- case-study presets

PRESETS = [(code, name) for code in SIMULATORS for name in REGISTRY[code].preset_loaders]


@pytest.mark.parametrize(("code", "name"), PRESETS)
def test_every_preset_computes(code: str, name: str) -> None:
    description = REGISTRY[code].describe(name)
    assert json.loads(json.dumps(description)) == description and description["preset"] == name
    values = {f["name"]: f["default"] for f in description["fields"]}
    assert ok(code, values)["summary"]


def preset_result(code: str, name: str) -> dict[str, Any]:
    return ok(code, {f["name"]: f["default"] for f in REGISTRY[code].describe(name)["fields"]})


def test_presets_give_the_case_figures() -> None:
    assert len(PRESETS) >= 10 and {name for _, name in PRESETS} == {"bureautik", "alpinor", "commune", "cse"}
    scoring = summary(preset_result("lead_scoring", "bureautik"))  # case: 4 SQL, 5 MQL, 1 froid
    assert (scoring["Prospects SQL"], scoring["Prospects MQL"], scoring["Prospects froid"]) == ("4", "5", "1")
    confluence = next(
        r for r in preset_result("lead_scoring", "bureautik")["tables"][0]["rows"] if "Confluence" in r[0]
    )
    assert confluence[3] == "154"
    assert summary(preset_result("grille", "alpinor"))["Offre retenue"] == "Bureautik Pro"
    cse = commande.calculer_commande([commande.Ligne("Billets", 660, "6,10", "5,5")])
    assert summary(preset_result("commande", "cse"))["Net à payer TTC"] == format_euros(cse.net_a_payer)
    alpinor = summary(preset_result("echeance", "alpinor"))
    assert alpinor["Date d'échéance"] == "16/03/2027" and alpinor["Jours de retard"] == "17 jours"
    assert summary(preset_result("retractation", "bureautik"))["Droit de rétractation"] == "non"  # 35 salariés


def test_unknown_preset_is_a_french_error() -> None:
    with pytest.raises(SalesplanError, match="préréglage"):
        REGISTRY["commande"].describe("inconnu")


def test_simulators_run_without_the_notebooks(tmp_path: Path) -> None:
    shutil.copytree(Path(salesplan.__file__).parent, tmp_path / "salesplan")
    code = (
        "import json, salesplan.simulators as s\nfrom salesplan.errors import SalesplanError\n"
        "assert json.loads(s.run('commande', '{}'))['ok']\n"
        "s.REGISTRY['grille'].describe()\n"
        "try:\n    s.REGISTRY['grille'].describe('alpinor')\nexcept SalesplanError as e:\n    print(e)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path), "PATH": os.environ.get("PATH", "")},
    )
    assert "introuvable" in out.stdout


def test_degressive_price_equals_the_library() -> None:
    bareme = [(1, 25), (50, "23,50"), (100, 22)]  # chapter montant_commande
    result = summary(ok("tarif_degressif"))
    assert (
        result["Montant HT"] == format_euros(commande.prix_degressif(130, bareme).montant_ht) == "2\u202f860,00\u00a0€"
    )
    by_band = summary(ok("tarif_degressif", {"mode": "par_tranche"}))
    assert by_band["Montant HT"] == "3\u202f082,00\u00a0€"
    threshold = ok("tarif_degressif", {"quantite": "99"})  # 99 × 23,50 = 2 326,50 € > 100 × 22 = 2 200 €
    assert "Effet de seuil : 100 unités coûteraient 2\u202f200,00\u00a0€" in threshold["warnings"][0]
    assert "strictement" in failure("tarif_degressif", {"bareme": [{"a_partir_de": "1"}, {"a_partir_de": "1"}]})
    cse = summary(preset_result("tarif_degressif", "cse"))  # 220 salariés × 3 billets at 6,10 €
    assert cse["Montant HT"] == format_euros(commande.prix_degressif(660, [(1, "7.90"), (600, "6.10")]).montant_ht)


def test_described_rows_have_every_cell() -> None:
    for simulator in REGISTRY.values():
        for f in simulator.describe()["fields"]:
            if f["kind"] == "lines":
                names = [c["name"] for c in f["columns"]]
                assert all(list(row) == names and all(isinstance(v, str) for v in row.values()) for row in f["default"])


@pytest.mark.parametrize("package", ["salesplan.simulators", "salesplan.views.widgets"])
def test_every_module_declares_what_it_makes_public(package: str) -> None:
    import importlib
    import pkgutil

    root = importlib.import_module(package)
    for info in pkgutil.iter_modules(root.__path__):
        module = importlib.import_module(f"{package}.{info.name}")
        assert isinstance(getattr(module, "__all__", None), list), module.__name__
        assert [name for name in module.__all__ if not hasattr(module, name)] == [], module.__name__
    assert all(hasattr(root, name) for name in root.__all__)


def test_a_field_maker_writes_a_kind_s_usual_bounds_once() -> None:
    from salesplan.simulators._fields import MONEY_MAX, money, rate

    prix = money("prix_ht", "Prix HT", "10", help="Prix.")
    assert (prix.kind, prix.unit, prix.minimum, prix.maximum) == ("amount", "€", "0", MONEY_MAX)
    taux = rate("taux", "Taux", "5", step="0,5", maximum="30", help="Taux.")
    assert (taux.kind, taux.unit, taux.minimum, taux.maximum, taux.step) == ("rate", "%", "0", "30", "0,5")
    with pytest.raises(TypeError):
        money("prix_ht", "Prix HT", "10", help="Prix.", maximun="5")  # a misspelt option fails at import


def test_counts_a_person_reads_are_french_formatted() -> None:
    tarif = ok("tarif_degressif", {"quantite": "1500"})
    assert (
        tarif["tables"][0]["rows"][-1][:2]
        == ["à partir de 100", format_number(1500)]
        == ["à partir de 100", "1\u202f500"]
    )
    clients = {"clients_debut": "1200", "clients_fin": "1250", "nouveaux": "150", "duree_vie": "1"}
    explanation = ok("fidelite", clients)["explanation"]
    assert "(1\u202f250 − 150) ÷ 1\u202f200 × 100 = 1\u202f100 ÷ 1\u202f200" in explanation
    assert "× 1 an =" in explanation  # not « 1 ans »
    student = {"prospect": "Lycée", "fonction": "etudiant", "secteur": "", "zone": "", "effectif": ""}
    scores = ok("lead_scoring", {"prospects": [student]})["tables"][0]["rows"]
    assert scores[0][3].startswith("\u2212")  # a negative score takes the typographic minus
