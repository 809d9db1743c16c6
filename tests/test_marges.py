"""salesplan.marges: margin rates worked by hand, properties, bad inputs."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from test_hostile_input import refusal

from salesplan.errors import SalesplanError, SalesplanTypeError, SalesplanValueError
from salesplan.marges import (
    coefficient_depuis_taux_de_marque,
    coefficient_multiplicateur,
    cout_achat_depuis_coefficient,
    cout_achat_depuis_taux_de_marge,
    cout_achat_depuis_taux_de_marque,
    marge_unitaire,
    prix_plancher,
    prix_vente_depuis_taux_de_marge,
    prix_vente_depuis_taux_de_marque,
    prix_vente_ttc_depuis_coefficient,
    remise_maximale,
    taux_de_marge,
    taux_de_marge_depuis_taux_de_marque,
    taux_de_marque,
    taux_de_marque_depuis_taux_de_marge,
)
from salesplan.values import round_cent

D = Decimal


def test_rates_by_hand() -> None:
    # Cost 80, price 100: margin 20 ; taux de marge 20/80 = 25 % ; taux de marque 20/100 = 20 %
    assert marge_unitaire(80, 100) == D("20.00")
    assert taux_de_marge(80, 100) == D("25.00")
    assert taux_de_marque(80, 100) == D("20.00")
    # Cost 60, price 100: 40/60 = 66,666… → 66,67 ; 40/100 = 40
    assert taux_de_marge("60,00 €", "100") == D("66.67")
    assert taux_de_marque(60, 100) == D("40.00")


def test_half_up_rate_rounding() -> None:
    # Cost 40,00, price 40,01: 0,01/40 = 0,025 % → 0,03 (half-up; half-even would give 0,02)
    assert taux_de_marge(40, "40.01") == D("0.03")
    # price 8,00, cost 7,99: 0,01/8 = 0,125 % → 0,13 (half-up; half-even would give 0,12)
    assert taux_de_marque("7,99", 8) == D("0.13")


def test_selling_below_cost_gives_negative_rates() -> None:
    # Cost 120, price 100: margin −20 ; −20/120 = −16,666… → −16,67 ; −20/100 = −20
    assert marge_unitaire(120, 100) == D("-20.00")
    assert taux_de_marge(120, 100) == D("-16.67")
    assert taux_de_marque(120, 100) == D("-20.00")


def test_coefficient_by_hand() -> None:
    # 120 TTC / 50 HT = 2,4 ; 100 / 30 = 3,33333… → 3,3333
    assert coefficient_multiplicateur(50, 120) == D("2.4")
    assert coefficient_multiplicateur(30, 100) == D("3.3333")
    # coefficient = (1 + TVA) / (1 − tm): 1,2 / 0,5 = 2,4 ; 1,055 / 0,6 = 1,758333… → 1,7583
    assert coefficient_depuis_taux_de_marque(50) == D("2.4")
    assert coefficient_depuis_taux_de_marque(40, taux_tva="5,5") == D("1.7583")
    assert prix_vente_ttc_depuis_coefficient(50, "2,4") == D("120.00")
    assert cout_achat_depuis_coefficient(120, "2,4") == D("50.00")
    # 33,33 × 1,7583 = 58,604… → 58,60
    assert prix_vente_ttc_depuis_coefficient("33,33", "1.7583") == D("58.60")


def test_inverse_computations_by_hand() -> None:
    assert prix_vente_depuis_taux_de_marge(80, 25) == D("100.00")  # 80 × 1,25
    assert prix_vente_depuis_taux_de_marque(80, 20) == D("100.00")  # 80 / 0,80
    assert prix_vente_depuis_taux_de_marque(10, 35) == D("15.38")  # 10 / 0,65 = 15,3846… (half-up)
    assert cout_achat_depuis_taux_de_marge(100, 25) == D("80.00")  # 100 / 1,25
    assert cout_achat_depuis_taux_de_marge(100, 30) == D("76.92")  # 100 / 1,3 = 76,923…
    assert cout_achat_depuis_taux_de_marque(100, 20) == D("80.00")  # 100 × 0,80
    assert prix_vente_depuis_taux_de_marge(80, -10) == D("72.00")  # a planned loss: 80 × 0,90


def test_rate_conversions_by_hand() -> None:
    assert taux_de_marque_depuis_taux_de_marge(25) == D("20.00")  # 25 / 125
    assert taux_de_marque_depuis_taux_de_marge(50) == D("33.33")  # 50 / 150
    assert taux_de_marge_depuis_taux_de_marque(20) == D("25.00")  # 20 / 80
    assert taux_de_marge_depuis_taux_de_marque(40) == D("66.67")  # 40 / 60
    assert taux_de_marge_depuis_taux_de_marque(0) == 0


def test_floor_price_is_rounded_up() -> None:
    assert prix_plancher(80, taux_de_marge_minimal=25) == D("100.00")
    # 10 / 0,65 = 15,3846… → 15,39: at 15,38 the taux de marque would be 5,38/15,38 = 34,98 % < 35 %
    assert prix_plancher(10, taux_de_marque_minimal=35) == D("15.39")
    assert taux_de_marque(10, "15.38") < 35 <= taux_de_marque(10, "15.39")
    assert prix_plancher("12,34") == D("12.34")  # no requirement: the cost itself


def test_largest_discount_by_hand() -> None:
    # floor 100 (80 × 1,25); 1 − 100/120 = 16,666… % → 16,66 (down); 120 × 0,8334 = 100,008 → 100,01 ≥ 100
    assert remise_maximale(120, 80, taux_de_marge_minimal=25) == D("16.66")
    # floor 15,39 (see above); 1 − 15,39/20 = 23,05 % exactly
    assert remise_maximale(20, 10, taux_de_marque_minimal=35) == D("23.05")
    # price already under the floor: no discount possible
    assert remise_maximale(90, 80, taux_de_marge_minimal=25) == 0
    # no requirement: sell at cost at worst: 1 − 80/100 = 20 %
    assert remise_maximale(100, 80) == D("20.00")


# --------------------------------------------------------------------------- properties

amounts = st.integers(min_value=1, max_value=10**7).map(lambda c: D(c).scaleb(-2))
rates = st.integers(min_value=0, max_value=9_999).map(lambda c: D(c).scaleb(-2))


@given(amounts, amounts)
def test_taux_de_marque_below_taux_de_marge(cout: Decimal, prix: Decimal) -> None:
    assume(prix > cout)
    exact_marge = Fraction(prix - cout) / Fraction(cout) * 100
    exact_marque = Fraction(prix - cout) / Fraction(prix) * 100
    assert exact_marque < exact_marge
    assert taux_de_marque(cout, prix) <= taux_de_marge(cout, prix)
    if exact_marge - exact_marque > Fraction(1, 100):
        assert taux_de_marque(cout, prix) < taux_de_marge(cout, prix)


@given(amounts, rates, st.booleans())
def test_floor_and_discount_keep_the_margin(cout: Decimal, taux: Decimal, en_marque: bool) -> None:
    option = {"taux_de_marque_minimal": taux} if en_marque else {"taux_de_marge_minimal": taux}
    plancher = prix_plancher(cout, **option)
    exigence = Fraction(cout) / (1 - Fraction(taux) / 100) if en_marque else Fraction(cout) * (1 + Fraction(taux) / 100)
    assert exigence <= Fraction(plancher) < exigence + Fraction(1, 100)
    prix = plancher * 2
    remise = remise_maximale(prix, cout, **option)
    assert Fraction(round_cent(prix * (1 - remise / 100))) >= exigence


@given(rates)
def test_rate_conversions_are_consistent(taux: Decimal) -> None:
    # cost 100: a taux de marge t gives the price 100 + t and a taux de marque t / (100 + t)
    assert taux_de_marque_depuis_taux_de_marge(taux) == taux_de_marque(100, 100 + taux)


# --------------------------------------------------------------------------- bad inputs

BAD: list[tuple[Callable[[], object], type[SalesplanError], str]] = [
    (lambda: marge_unitaire(-80, 100), SalesplanValueError, "-80"),
    (lambda: marge_unitaire(80, True), SalesplanTypeError, "True"),
    (lambda: taux_de_marge(0, 100), SalesplanValueError, "division par zéro"),
    (lambda: taux_de_marge(80, float("nan")), SalesplanValueError, "nan"),
    (lambda: taux_de_marque(80, 0), SalesplanValueError, "division par zéro"),
    (lambda: taux_de_marque(-1, 100), SalesplanValueError, "-1"),
    (lambda: coefficient_multiplicateur(0, 120), SalesplanValueError, "division par zéro"),
    (lambda: coefficient_multiplicateur(50, "beaucoup"), SalesplanValueError, "'beaucoup'"),
    (lambda: prix_vente_depuis_taux_de_marge(80, -100), SalesplanValueError, "-100"),
    (lambda: prix_vente_depuis_taux_de_marge(False, 25), SalesplanTypeError, "False"),
    (lambda: prix_vente_depuis_taux_de_marque(80, 100), SalesplanValueError, "100"),
    (lambda: prix_vente_depuis_taux_de_marque(80, 120), SalesplanValueError, "120"),
    (lambda: cout_achat_depuis_taux_de_marge(100, float("inf")), SalesplanValueError, "inf"),
    (lambda: cout_achat_depuis_taux_de_marge(-100, 25), SalesplanValueError, "-100"),
    (lambda: cout_achat_depuis_taux_de_marque(100, 150), SalesplanValueError, "150"),
    (lambda: prix_vente_ttc_depuis_coefficient(50, 0), SalesplanValueError, "0"),
    (lambda: prix_vente_ttc_depuis_coefficient(50, -2), SalesplanValueError, "-2"),
    (lambda: cout_achat_depuis_coefficient(120, True), SalesplanTypeError, "True"),
    (lambda: taux_de_marque_depuis_taux_de_marge(-150), SalesplanValueError, "-150"),
    (lambda: taux_de_marge_depuis_taux_de_marque(100), SalesplanValueError, "100"),
    (lambda: coefficient_depuis_taux_de_marque(40, taux_tva=101), SalesplanValueError, "101"),
    (lambda: coefficient_depuis_taux_de_marque(float("nan")), SalesplanValueError, "nan"),
    (lambda: prix_plancher(-10, taux_de_marge_minimal=25), SalesplanValueError, "-10"),
    (lambda: prix_plancher(10, taux_de_marque_minimal=100), SalesplanValueError, "100"),
    (lambda: prix_plancher(10, taux_de_marge_minimal=25, taux_de_marque_minimal=20), SalesplanValueError, "25"),
    (lambda: remise_maximale(0, 80, taux_de_marge_minimal=25), SalesplanValueError, "division par zéro"),
    (lambda: remise_maximale(120, 80, taux_de_marge_minimal=True), SalesplanTypeError, "True"),
    (lambda: remise_maximale(120, -80), SalesplanValueError, "-80"),
]


@pytest.mark.parametrize(("call", "error", "named"), BAD)
def test_bad_input_names_the_value(call: Callable[[], object], error: type[SalesplanError], named: str) -> None:
    assert named in refusal(call, error)


def test_zero_cost_message_names_the_value() -> None:
    with pytest.raises(SalesplanValueError, match=r"coût d'achat HT : 0 — division par zéro"):
        taux_de_marge(0, 100)
