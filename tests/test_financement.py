"""Financing: loans, crédit-bail, escompte of a bill, comparison.

Every literal below was worked out by hand (and cross-checked with exact
fractions) before being written here.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salesplan.errors import SalesplanTypeError, SalesplanValueError, UnknownCodeError
from salesplan.financement import (
    annuite_constante,
    comparer_financements,
    cout_credit_bail,
    escompte_effet,
    tableau_amortissement,
    taux_implicite_credit_bail,
)

D = Decimal


def rows(table: object) -> list[tuple[str, ...]]:
    return [
        (str(r.capital_debut), str(r.interet), str(r.amortissement), str(r.annuite), str(r.capital_fin))
        for r in table  # type: ignore[attr-defined]
    ]


# --- annuité constante -------------------------------------------------------


def test_annuity_of_the_textbook_loan() -> None:
    # 10 000 × 0,06 / (1 − 1,06^−5) = 2 373,9640 → 2 373,96
    assert annuite_constante(10000, 6, 5) == D("2373.96")
    assert annuite_constante("10 000 €", "6 %", "5") == D("2373.96")


def test_annuity_at_zero_rate_is_capital_over_n() -> None:
    assert annuite_constante(10000, 0, 5) == D("2000.00")
    assert annuite_constante(12000, 0, 2, periodes_par_an=12) == D("500.00")


def test_annuity_half_cent_rounds_up() -> None:
    # one period: a = C × (1 + i) = 100,50 × 1,01 = 101,505 → 101,51
    assert annuite_constante("100,50", 1, 1) == D("101.51")


def test_monthly_annuity_uses_the_proportional_rate() -> None:
    # i = 3,6 % / 12 = 0,3 % ; 12 000 × 0,003 / (1 − 1,003^−12) = 1 019,6071 → 1 019,61
    assert annuite_constante(12000, "3,6", 1, periodes_par_an=12) == D("1019.61")


@pytest.mark.parametrize(
    ("kwargs", "error", "named"),
    [
        ({"capital": -1, "taux": 6, "duree": 5}, SalesplanValueError, "-1"),
        ({"capital": 0, "taux": 6, "duree": 5}, SalesplanValueError, "0"),
        ({"capital": "10,005", "taux": 6, "duree": 5}, SalesplanValueError, "10,005"),
        ({"capital": 1000, "taux": 150, "duree": 5}, SalesplanValueError, "150"),
        ({"capital": 1000, "taux": 6, "duree": 0}, SalesplanValueError, "0"),
        ({"capital": 1000, "taux": 6, "duree": "2,5"}, SalesplanValueError, "2,5"),
        ({"capital": True, "taux": 6, "duree": 5}, SalesplanTypeError, "True"),
        ({"capital": 1000, "taux": 6, "duree": 5, "periodes_par_an": 3}, SalesplanValueError, "3"),
        ({"capital": 1000, "taux": 6, "duree": 5, "periodes_par_an": "12"}, SalesplanTypeError, "'12'"),
    ],
)
def test_annuity_bad_inputs(kwargs: dict[str, object], error: type[Exception], named: str) -> None:
    capital, taux, duree = kwargs.pop("capital"), kwargs.pop("taux"), kwargs.pop("duree")
    with pytest.raises(error) as info:
        annuite_constante(capital, taux, duree, **kwargs)  # type: ignore[arg-type]
    assert named in str(info.value)


# --- tableau d'amortissement -------------------------------------------------


def test_constant_annuity_table_written_in_full() -> None:
    table = tableau_amortissement(10000, 6, 5)
    assert rows(table) == [
        ("10000.00", "600.00", "1773.96", "2373.96", "8226.04"),
        ("8226.04", "493.56", "1880.40", "2373.96", "6345.64"),
        ("6345.64", "380.74", "1993.22", "2373.96", "4352.42"),
        ("4352.42", "261.15", "2112.81", "2373.96", "2239.61"),
        ("2239.61", "134.38", "2239.61", "2373.99", "0.00"),  # last annuity adjusted by 3 cents
    ]
    assert table.total_interets == D("1869.83")
    assert table.total_annuites == D("11869.83")
    assert table.total_amortissements == D("10000.00")
    assert table.taux_periodique == 6


def test_constant_principal_table_written_in_full() -> None:
    table = tableau_amortissement(10000, 6, 5, mode="amortissement_constant")
    assert rows(table) == [
        ("10000.00", "600.00", "2000.00", "2600.00", "8000.00"),
        ("8000.00", "480.00", "2000.00", "2480.00", "6000.00"),
        ("6000.00", "360.00", "2000.00", "2360.00", "4000.00"),
        ("4000.00", "240.00", "2000.00", "2240.00", "2000.00"),
        ("2000.00", "120.00", "2000.00", "2120.00", "0.00"),
    ]
    assert table.total_interets == D("1800.00")
    assert table.total_annuites == D("11800.00")


def test_interest_half_cent_rounds_up() -> None:
    # 1 000,50 × 1 % = 10,005 → 10,01 ; then 500,25 × 1 % = 5,0025 → 5,00
    table = tableau_amortissement("1000,50", 1, 2, mode="amortissement_constant")
    assert rows(table) == [
        ("1000.50", "10.01", "500.25", "510.26", "500.25"),
        ("500.25", "5.00", "500.25", "505.25", "0.00"),
    ]


def test_monthly_table() -> None:
    table = tableau_amortissement(12000, "3,6", 1, periodes_par_an=12)
    assert len(table) == 12
    assert table.nom_echeance == "mensualité"
    first, last = table.lignes[0], table.lignes[-1]
    # 12 000 × 0,3 % = 36,00 ; 1 019,61 − 36,00 = 983,61
    assert (first.interet, first.amortissement, first.capital_fin) == (D("36.00"), D("983.61"), D("11016.39"))
    # last: 1 016,52 × 0,3 % = 3,04956 → 3,05 ; mensualité 1 016,52 + 3,05 = 1 019,57
    assert (last.capital_debut, last.interet, last.annuite, last.capital_fin) == (
        D("1016.52"),
        D("3.05"),
        D("1019.57"),
        D("0.00"),
    )
    assert table.total_interets == D("235.28")
    assert table.taux_periodique == D("0.3")


def test_zero_rate_table() -> None:
    table = tableau_amortissement(1000, 0, 3)
    assert [r.annuite for r in table] == [D("333.33"), D("333.33"), D("333.34")]
    assert table.total_interets == 0


def test_table_to_frame_and_explanation() -> None:
    table = tableau_amortissement(10000, 6, 5)
    assert table.to_frame().loc[5, "annuité"] == D("2373.99")
    text = table.expliquer()
    assert "1\u202f869,83\u00a0€" in text
    assert "2\u202f373,96\u00a0€" in text
    assert "mensualité" in tableau_amortissement(1200, 5, 1, periodes_par_an=12).to_frame().columns


def test_table_bad_inputs() -> None:
    with pytest.raises(UnknownCodeError, match="Vouliez-vous dire 'amortissement_constant'"):
        tableau_amortissement(1000, 5, 2, mode="amortissements_constants")
    with pytest.raises(SalesplanValueError, match="-5"):
        tableau_amortissement(1000, -5, 2)
    with pytest.raises(SalesplanValueError, match="'abc'"):
        tableau_amortissement("abc", 5, 2)
    with pytest.raises(SalesplanValueError, match="7"):
        tableau_amortissement(1000, 5, 2, periodes_par_an=7)


capitals = st.decimals(min_value=D("0.01"), max_value=D("10000000"), places=2)
rates = st.decimals(min_value=D(0), max_value=D(25), places=2)
periodicities = st.sampled_from([1, 2, 4, 12])
modes = st.sampled_from(["annuites_constantes", "amortissement_constant"])


@settings(max_examples=150, deadline=None)
@given(capital=capitals, taux=rates, duree=st.integers(1, 30), periodes=periodicities, mode=modes)
def test_table_repays_exactly_the_capital(capital: D, taux: D, duree: int, periodes: int, mode: str) -> None:
    table = tableau_amortissement(capital, taux, duree, mode=mode, periodes_par_an=periodes)
    assert len(table) == duree * periodes
    assert table.total_amortissements == capital
    assert table.lignes[-1].capital_fin == D("0.00")
    for before, after in zip(table.lignes, table.lignes[1:], strict=False):
        assert after.capital_debut == before.capital_fin
    for ligne in table:
        assert ligne.capital_fin >= 0
        assert ligne.annuite == ligne.interet + ligne.amortissement
        assert ligne.capital_fin == ligne.capital_debut - ligne.amortissement
        assert ligne.interet.as_tuple().exponent == -2
    assert table.total_annuites == capital + table.total_interets >= capital


@settings(max_examples=150, deadline=None)
@given(capital=capitals, taux=rates, duree=st.integers(1, 30), periodes=periodicities)
def test_annuities_cover_the_capital(capital: D, taux: D, duree: int, periodes: int) -> None:
    n = duree * periodes
    a = annuite_constante(capital, taux, duree, periodes_par_an=periodes)
    # exact annuity × n ≥ C; the rounded one loses at most half a cent per period
    assert a * n >= capital - D("0.005") * n
    if taux == 0:
        assert a == (capital / n).quantize(D("0.01"), rounding=ROUND_HALF_UP)


# --- crédit-bail --------------------------------------------------------------


def test_credit_bail_cost() -> None:
    cout = cout_credit_bail(prix=10000, loyer=300, nombre_loyers=36, valeur_residuelle=500)
    assert cout.total_loyers == D("10800.00")  # 36 × 300
    assert cout.total_decaisse == D("11300.00")  # + option 500
    assert cout.cout == D("1300.00")  # − prix 10 000
    assert "1\u202f300,00\u00a0€" in cout.expliquer()


def test_credit_bail_cost_bad_inputs() -> None:
    with pytest.raises(SalesplanValueError, match="-300"):
        cout_credit_bail(prix=10000, loyer=-300, nombre_loyers=36, valeur_residuelle=500)
    with pytest.raises(SalesplanValueError, match="0"):
        cout_credit_bail(prix=10000, loyer=300, nombre_loyers=0, valeur_residuelle=500)
    with pytest.raises(SalesplanTypeError, match="None"):
        cout_credit_bail(prix=None, loyer=300, nombre_loyers=36, valeur_residuelle=500)
    with pytest.raises(SalesplanValueError, match="-1"):
        cout_credit_bail(prix=10000, loyer=300, nombre_loyers=36, valeur_residuelle=-1)


def test_implicit_rate_in_advance_hand_example() -> None:
    # 1 000 = 400 + 400 / 1,1 + 286 / 1,1² = 400 + 363,636... + 236,363... → r = 10 %
    taux = taux_implicite_credit_bail(prix=1000, loyer=400, nombre_loyers=2, valeur_residuelle=286, periodes_par_an=1)
    assert taux.taux_periodique == D("10.000000")
    assert taux.taux_annuel_proportionnel == taux.taux_annuel_actuariel == D("10.000000")


def test_implicit_rate_in_arrears_hand_example() -> None:
    # 1 000 = 500 / 1,1 + 500 / 1,1² + 160 / 1,1² = 454,545... + 545,454... → r = 10 %
    taux = taux_implicite_credit_bail(
        prix=1000, loyer=500, nombre_loyers=2, valeur_residuelle=160, terme="echu", periodes_par_an=1
    )
    assert taux.taux_periodique == D("10.000000")


def test_rents_in_advance_cost_more_than_in_arrears() -> None:
    common = {"prix": 10000, "loyer": 300, "nombre_loyers": 36, "valeur_residuelle": 500}
    avance = taux_implicite_credit_bail(**common)
    echu = taux_implicite_credit_bail(**common, terme="echu")
    assert avance.taux_annuel_proportionnel > echu.taux_annuel_proportionnel
    # monthly r = 0,684441 % in advance, 0,648787 % in arrears (checked by discounting the flows)
    assert avance.taux_periodique.quantize(D("0.0001")) == D("0.6844")
    assert echu.taux_periodique.quantize(D("0.0001")) == D("0.6488")
    assert avance.taux_annuel_proportionnel.quantize(D("0.01")) == D("8.21")
    assert echu.taux_annuel_proportionnel.quantize(D("0.01")) == D("7.79")
    # the actuarial annual rate (1 + r)^12 − 1 exceeds the proportional one
    assert avance.taux_annuel_actuariel.quantize(D("0.01")) == D("8.53")
    assert "8,21\u00a0%" in avance.expliquer()


def _present_value(r: float, loyer: float, n: int, vr: float, advance: bool) -> float:
    shift = 1 if advance else 0
    return sum(loyer / (1 + r) ** (k - shift) for k in range(1, n + 1)) + vr / (1 + r) ** n


@settings(max_examples=60, deadline=None)
@given(
    loyer=st.integers(50, 2000),
    n=st.integers(2, 60),
    vr=st.integers(0, 3000),
    marge=st.integers(1, 40),
)
def test_implicit_rate_discounts_back_to_the_price(loyer: int, n: int, vr: int, marge: int) -> None:
    prix = (loyer * n + vr) * 100 // (100 + marge)  # payments exceed the price
    if prix <= loyer:
        prix = loyer + 1
    if loyer * n + vr <= prix:
        return
    avance = taux_implicite_credit_bail(prix=prix, loyer=loyer, nombre_loyers=n, valeur_residuelle=vr)
    echu = taux_implicite_credit_bail(prix=prix, loyer=loyer, nombre_loyers=n, valeur_residuelle=vr, terme="echu")
    assert avance.taux_periodique > echu.taux_periodique > 0
    for taux, advance in ((avance, True), (echu, False)):
        r = float(taux.taux_periodique) / 100
        assert _present_value(r, loyer, n, vr, advance) == pytest.approx(prix, rel=1e-6)


def test_implicit_rate_zero_when_payments_equal_price() -> None:
    taux = taux_implicite_credit_bail(prix=1000, loyer=500, nombre_loyers=2, valeur_residuelle=0, terme="echu")
    assert taux.taux_periodique == 0


def test_implicit_rate_bad_inputs() -> None:
    with pytest.raises(SalesplanValueError, match="Aucun taux") as info:
        taux_implicite_credit_bail(prix=10000, loyer=200, nombre_loyers=36, valeur_residuelle=500)
    assert "7\u202f700,00\u00a0€" in str(info.value)  # 36 × 200 + 500 < 10 000
    with pytest.raises(SalesplanValueError, match="premier loyer"):
        taux_implicite_credit_bail(prix=1000, loyer=1000, nombre_loyers=2, valeur_residuelle=0)
    with pytest.raises(UnknownCodeError, match="Vouliez-vous dire 'echu'"):
        taux_implicite_credit_bail(prix=1000, loyer=100, nombre_loyers=12, valeur_residuelle=0, terme="echue")
    with pytest.raises(SalesplanValueError, match="5"):
        taux_implicite_credit_bail(prix=1000, loyer=100, nombre_loyers=12, valeur_residuelle=0, periodes_par_an=5)


# --- escompte d'un effet ---------------------------------------------------------


def test_escompte_hand_example() -> None:
    # 15/03 → 29/04/2026: 16 + 29 = 45 days, + 1 jour de banque = 46
    # escompte = 5 000 × 4,8 × 46 / 36 000 = 30,666... → 30,67 ; agios = 30,67 + 5 = 35,67
    # valeur nette = 4 964,33 ; taux réel = 35,67 × 36 000 / (5 000 × 46) = 5,5831 → 5,58 %
    e = escompte_effet(5000, "4,8", "15/03/2026", "29/04/2026", jours_de_banque=1, commissions=5)
    assert e.nombre_de_jours == 46
    assert (e.escompte, e.commissions, e.tva_commissions) == (D("30.67"), D("5.00"), D("0.00"))
    assert (e.agios, e.valeur_nette, e.taux_reel) == (D("35.67"), D("4964.33"), D("5.58"))
    text = e.expliquer()
    assert "46 jours" in text
    assert "4\u202f964,33\u00a0€" in text


def test_escompte_with_vat_on_commissions() -> None:
    # TVA 20 % × 5 = 1,00 ; agios 36,67 ; taux réel = 36,67 × 36 000 / 230 000 = 5,7396 → 5,74 %
    e = escompte_effet(
        5000,
        "4,8",
        dt.date(2026, 3, 15),
        dt.date(2026, 4, 29),
        jours_de_banque=1,
        commissions=5,
        tva_sur_commissions=True,
    )
    assert (e.tva_commissions, e.agios, e.valeur_nette, e.taux_reel) == (
        D("1.00"),
        D("36.67"),
        D("4963.33"),
        D("5.74"),
    )


def test_escompte_half_cent_rounds_up() -> None:
    # 1 000 × 4,5 × 1 / 36 000 = 0,125 → 0,13
    e = escompte_effet(1000, "4,5", "01/06/2026", "02/06/2026")
    assert e.escompte == D("0.13")
    assert e.taux_reel == D("4.68")  # 0,13 × 36 000 / 1 000 = 4,68


def test_escompte_dates_in_wrong_order_name_both() -> None:
    with pytest.raises(SalesplanValueError) as info:
        escompte_effet(5000, 4.8, "29/04/2026", "15/03/2026")
    assert "15/03/2026" in str(info.value) and "29/04/2026" in str(info.value)
    with pytest.raises(SalesplanValueError, match="01/06/2026"):
        escompte_effet(5000, 4.8, "01/06/2026", "01/06/2026")


def test_escompte_bad_inputs() -> None:
    with pytest.raises(SalesplanValueError, match="31/02/2026"):
        escompte_effet(5000, 4.8, "31/02/2026", "15/03/2026")
    with pytest.raises(SalesplanValueError, match="-5"):
        escompte_effet(5000, 4.8, "15/03/2026", "29/04/2026", commissions=-5)
    with pytest.raises(SalesplanValueError, match="-1"):
        escompte_effet(5000, 4.8, "15/03/2026", "29/04/2026", jours_de_banque=-1)
    with pytest.raises(SalesplanTypeError, match="'oui'"):
        escompte_effet(5000, 4.8, "15/03/2026", "29/04/2026", tva_sur_commissions="oui")  # type: ignore[arg-type]
    with pytest.raises(SalesplanValueError, match="0"):
        escompte_effet(0, 4.8, "15/03/2026", "29/04/2026")


# --- comparaison -----------------------------------------------------------------


def test_compare_three_financings() -> None:
    c = comparer_financements(
        10000,
        taux_emprunt=6,
        duree_emprunt=5,
        loyer=300,
        nombre_loyers=36,
        valeur_residuelle=500,
        taux_escompte="4,8",
        date_negociation="15/03/2026",
        date_echeance="29/04/2026",
        jours_de_banque=1,
        commissions=5,
    )
    emprunt, bail, escompte = c.lignes
    assert (emprunt.cout, emprunt.decaissement_initial, emprunt.cout_en_pourcentage_du_prix) == (
        D("1869.83"),
        D("0.00"),
        D("18.70"),
    )
    assert (bail.cout, bail.decaissement_initial, bail.taux_annuel) == (D("1300.00"), D("300.00"), D("8.21"))
    # the bill is drawn for the invoice's TTC amount: 10 000 € HT + TVA 20 % = 12 000 €;
    # escompte 12 000 × 4,8 × 46 / 36 000 = 73,60 ; + 5 of commissions = 78,60 ; 78,60 / 10 000 HT = 0,79 %
    assert (escompte.cout, escompte.decaissement_initial, escompte.cout_en_pourcentage_du_prix) == (
        D("78.60"),
        D("78.60"),
        D("0.79"),
    )
    assert escompte.taux_annuel == D("5.13")  # 78,60 × 36 000 / (12 000 × 46) = 5,126
    assert c.montant_effet_ttc == D("12000.00") and "12\u202f000,00\u00a0€ TTC" in c.expliquer()
    assert c.moins_chere() is escompte
    assert "durées différentes" in c.expliquer()


@pytest.mark.parametrize(
    ("result", "index", "columns"),
    [
        (
            tableau_amortissement(10000, 6, 5),
            "période",
            "capital restant dû (début) | intérêt | amortissement | annuité | capital restant dû (fin)",
        ),
        (
            comparer_financements(10000, taux_emprunt=6, duree_emprunt=5),
            "solution",
            "durée | coût (€) | décaissement initial (€) | coût en % du prix | taux annuel (%) | remarque",
        ),
    ],
)
def test_tables_have_french_columns(result: Any, index: str, columns: str) -> None:
    frame = result.to_frame()
    assert (frame.index.name, " | ".join(frame.columns)) == (index, columns)


def test_compare_the_bill_drawn_for_the_ttc_amount_given() -> None:
    """Worked example: 10 000 € HT of goods at 20 % and 2 000 € HT of books at 5,5 %: the invoice is 14 110 € TTC."""
    effet = {"taux_escompte": 6, "date_negociation": "01/02/2027", "date_echeance": "03/03/2027"}
    c = comparer_financements(12000, **effet, montant_ttc="14 110")
    (escompte,) = c.lignes
    assert c.montant_effet_ttc == D("14110.00")
    assert escompte.cout == D("70.55")  # 14 110 × 6 × 30 / 36 000 = 70,55
    with pytest.raises(SalesplanValueError, match="inférieur au prix HT"):
        comparer_financements(
            12000, taux_escompte=6, date_negociation="01/02/2027", date_echeance="03/03/2027", montant_ttc=9000
        )


def test_compare_in_arrears_has_no_initial_outlay() -> None:
    c = comparer_financements(10000, loyer=300, nombre_loyers=36, valeur_residuelle=500, terme="echu")
    assert [ligne.solution for ligne in c] == ["Crédit-bail"]
    assert c.lignes[0].decaissement_initial == 0


def test_compare_bad_inputs() -> None:
    with pytest.raises(SalesplanValueError, match="None"):
        comparer_financements(10000)
    with pytest.raises(SalesplanValueError, match="duree_emprunt") as info:
        comparer_financements(10000, taux_emprunt=6)
    assert "6" in str(info.value)
    with pytest.raises(SalesplanValueError, match="date_echeance"):
        comparer_financements(10000, taux_escompte=4.8, date_negociation="15/03/2026")
    with pytest.raises(SalesplanValueError, match="-10000"):
        comparer_financements(-10000, taux_emprunt=6, duree_emprunt=5)
