"""salesplan.commande: worked invoices computed by hand, properties, bad inputs."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_hostile_input import refusal

from salesplan import parametres
from salesplan.commande import (
    TAUX_TVA_DEFAUT,
    Ligne,
    appliquer_reductions,
    calculer_commande,
    ht_depuis_ttc,
    prix_degressif,
    taux_global_reductions,
    ttc_depuis_ht,
)
from salesplan.errors import SalesplanError, SalesplanTypeError, SalesplanValueError, UnknownCodeError

D = Decimal
NBSP = "\u00a0"
NNBSP = "\u202f"


# --------------------------------------------------------------------------- worked examples


def test_two_line_order_by_hand() -> None:
    # Chaises 12 × 37,90 = 454,80 ; Tables 7 × 86,35 = 604,45 ; brut = 1 059,25
    # Remise 10 % : 1 059,25 × 0,10 = 105,925 → 105,93 (half-cent, rounded up) ; net 953,32
    # Remise 5 %  : 953,32 × 0,05 = 47,666 → 47,67 ; net commercial 905,65 (not 1 059,25 × 0,85 = 900,36)
    # Escompte 2 % : 905,65 × 0,02 = 18,113 → 18,11 ; net financier 887,54
    # Port 15,00 → base HT 902,54 ; TVA 20 % : 180,508 → 180,51 ; net à payer 1 083,05
    c = calculer_commande(
        [Ligne("Chaises", 12, "37,90"), Ligne("Tables", 7, "86.35")],
        reductions=[10, 5],
        escompte=2,
        frais_de_port=15,
    )
    assert c.montant_brut == D("1059.25")
    assert [(r.libelle, r.taux, r.montant, r.net_apres) for r in c.reductions] == [
        ("remise", 10, D("105.93"), D("953.32")),
        ("remise", 5, D("47.67"), D("905.65")),
    ]
    assert c.net_commercial == D("905.65")
    assert (c.taux_escompte, c.montant_escompte, c.net_financier) == (2, D("18.11"), D("887.54"))
    assert (c.frais_de_port, c.base_ht, c.montant_tva, c.net_a_payer) == (
        D("15.00"),
        D("902.54"),
        D("180.51"),
        D("1083.05"),
    )
    assert [(t.taux, t.base_ht, t.montant_tva) for t in c.tva_par_taux] == [(20, D("902.54"), D("180.51"))]


def test_expliquer_shows_formulas_in_french_format() -> None:
    c = calculer_commande([(10, 50), (5, 100)], reductions=[10, 5], escompte=2, frais_de_port=15)
    text = c.expliquer()
    # 1 000 × 10 % = 100 ; 900 × 5 % = 45 ; 855 × 2 % = 17,10 ; 852,90 × 20 % = 170,58
    assert f"Remise 10{NBSP}% : 1{NNBSP}000,00{NBSP}€ × 10{NBSP}% = 100,00{NBSP}€" in text
    assert f"Remise 5{NBSP}% : 900,00{NBSP}€ × 5{NBSP}% = 45,00{NBSP}€" in text
    assert f"Escompte 2{NBSP}% : 855,00{NBSP}€ × 2{NBSP}% = 17,10{NBSP}€" in text
    assert f"TVA 20{NBSP}% : 852,90{NBSP}€ × 20{NBSP}% = 170,58{NBSP}€" in text
    assert text.splitlines()[-1] == f"Net à payer TTC : 852,90{NBSP}€ + 170,58{NBSP}€ = 1{NNBSP}023,48{NBSP}€"


def test_to_frame_has_the_invoice_labels() -> None:
    c = calculer_commande([(10, 50), (5, 100)], reductions=[10, 5], escompte=2, frais_de_port=15)
    frame = c.to_frame()
    assert list(frame.index) == [
        "Montant brut HT",
        f"Remise 10{NBSP}%",
        f"Remise 5{NBSP}%",
        "Net commercial",
        f"Escompte 2{NBSP}%",
        "Net financier",
        "Frais de port",
        "Base HT",
        f"TVA 20{NBSP}%",
        "Net à payer TTC",
    ]
    assert frame.loc["Net à payer TTC", "montant (€)"] == D("1023.48")


def test_half_cent_reduction_rounds_up() -> None:
    # 123,45 × 10 % = 12,345 → 12,35 (half-up; half-even would give 12,34) ; net 111,10
    assert appliquer_reductions("123,45", [10]) == D("111.10")
    c = calculer_commande([(1, "123.45")], reductions=[10])
    assert (c.reductions[0].montant, c.net_commercial) == (D("12.35"), D("111.10"))
    # 111,10 × 20 % = 22,22 ; TTC 133,32
    assert c.net_a_payer == D("133.32")


def test_successive_rates_multiply() -> None:
    # 1 000 − 10 % = 900,00 ; 900 − 5 % = 855,00 (a single 15 % would give 850,00)
    assert appliquer_reductions(1000, [10, 5]) == D("855.00")
    assert appliquer_reductions(1000, [15]) == D("850.00")
    assert taux_global_reductions([10, 5]) == D("14.5")  # 1 − 0,90 × 0,95
    assert taux_global_reductions([10, 5, 2]) == D("16.21")  # 1 − 0,90 × 0,95 × 0,98 = 0,1621
    assert taux_global_reductions([]) == 0


def test_rabais_remise_ristourne_in_the_order_given() -> None:
    # 2 000 : rabais 5 % = 100 → 1 900 ; remise 10 % = 190 → 1 710 ; ristourne 2 % = 34,20 → 1 675,80
    c = calculer_commande([(20, 100)], reductions=[("rabais", 5), ("Remise", 10), ("ristourne", "2 %")])
    assert [(r.libelle, r.montant, r.net_apres) for r in c.reductions] == [
        ("rabais", D("100.00"), D("1900.00")),
        ("remise", D("190.00"), D("1710.00")),
        ("ristourne", D("34.20"), D("1675.80")),
    ]
    assert "Ristourne 2\u00a0%" in c.to_frame().index


def test_a_lone_pair_is_one_reduction() -> None:
    lone = calculer_commande([(1, 100)], reductions=("rabais", 10))
    assert [(r.libelle, r.taux) for r in lone.reductions] == [("rabais", 10)]
    two_rates = calculer_commande([(1, 100)], reductions=("10", "5"))  # two bare rates written as text
    assert [r.net_apres for r in two_rates.reductions] == [D("90.00"), D("85.50")]


def test_mixed_vat_rates_by_hand() -> None:
    # Fournitures 10 × 45,00 = 450,00 at 20 % ; Livres 20 × 12,50 = 250,00 at 5,5 % ; brut 700,00
    # Remise 10 % = 70,00 → 630,00 ; escompte 2 % = 12,60 → net financier 617,40 ; port 20 → base 637,40
    # Pro rata 450/700 = 9/14 and 250/700 = 5/14:
    #   net financier 617,40 × 9/14 = 396,90 ; × 5/14 = 220,50 (exact)
    #   port 20 × 9/14 = 12,857… ; × 5/14 = 7,142… → 12,85 + 7,14 = 19,99, the missing cent goes to the
    #   largest remainder (0,7… > 0,2…): 12,86 and 7,14
    # Bases 409,76 and 227,64 (sum 637,40) ; TVA 81,952 → 81,95 and 12,5202 → 12,52 ; total 94,47
    # Net à payer 637,40 + 94,47 = 731,87
    c = calculer_commande(
        [Ligne("Fournitures", 10, 45), Ligne("Livres", 20, "12,50", taux_tva="5,5")],
        reductions=[10],
        escompte=2,
        frais_de_port=20,
    )
    assert (c.net_financier, c.base_ht) == (D("617.40"), D("637.40"))
    assert [
        (t.taux, t.montant_brut, t.net_financier, t.frais_de_port, t.base_ht, t.montant_tva) for t in c.tva_par_taux
    ] == [
        (20, D("450.00"), D("396.90"), D("12.86"), D("409.76"), D("81.95")),
        (D("5.5"), D("250.00"), D("220.50"), D("7.14"), D("227.64"), D("12.52")),
    ]
    assert (c.montant_tva, c.net_a_payer) == (D("94.47"), D("731.87"))
    frame = c.to_frame()
    assert frame.loc["TVA 5,5\u00a0%", "montant (€)"] == D("12.52")
    assert frame.loc["Total TVA", "montant (€)"] == D("94.47")
    text = c.expliquer()
    assert "au prorata" in text
    assert "≈ 7,14\u00a0€ ; base 220,50\u00a0€ + 7,14\u00a0€ = 227,64\u00a0€" in text


def test_pairs_take_the_order_vat_rate() -> None:
    # 4 × 25 = 100 at 5,5 % → TVA 5,50 ; TTC 105,50
    c = calculer_commande([(4, 25)], taux_tva=5.5)
    assert (c.montant_tva, c.net_a_payer) == (D("5.50"), D("105.50"))


def test_zero_lines_send_shipping_to_the_highest_rate() -> None:
    c = calculer_commande([Ligne("A", 0, 10, 5.5), Ligne("B", 0, 10, 20)], frais_de_port=10)
    assert [(t.taux, t.base_ht) for t in c.tva_par_taux] == [(20, D("10.00")), (D("5.5"), D("0.00"))]
    assert c.net_a_payer == D("12.00")


def test_ht_ttc_conversions_with_half_cent() -> None:
    # 3,00 × 1,055 = 3,165 → 3,17 (half-up; half-even would give 3,16)
    assert ttc_depuis_ht(3, taux_tva=5.5) == D("3.17")
    assert ttc_depuis_ht("1 234,50 €") == D("1481.40")  # × 1,2
    assert ht_depuis_ttc("1481,40") == D("1234.50")
    # 10 ÷ 1,2 = 8,333… → 8,33 ; 8,33 × 1,2 = 10,00 again
    assert ht_depuis_ttc(10) == D("8.33")


def test_default_vat_rate_is_the_legal_normal_rate() -> None:
    assert parametres.valeur("tva_normal", date="2026-11-26") == TAUX_TVA_DEFAUT


BAREME = [(1, 25), (50, "23,50"), (100, 22)]


def test_degressive_both_modes_on_the_same_scale() -> None:
    # CSE buys 130 gift boxes. Bands: 1–49 at 25,00 ; 50–99 at 23,50 ; 100 and more at 22,00.
    # Tranche atteinte: 130 × 22,00 = 2 860,00 ; average 22,00
    atteinte = prix_degressif(130, BAREME)
    assert (atteinte.montant_ht, atteinte.prix_unitaire_moyen) == (D("2860.00"), D("22.00"))
    assert [(t.a_partir_de, t.jusqu_a, t.quantite) for t in atteinte.tranches] == [(100, None, 130)]
    # Par tranche: 49 × 25 = 1 225 ; 50 × 23,50 = 1 175 ; 31 × 22 = 682 ; total 3 082 ; 3 082 ÷ 130 = 23,7076… → 23,71
    par = prix_degressif(130, BAREME, mode="par_tranche")
    assert [(t.quantite, t.montant_ht) for t in par.tranches] == [
        (49, D("1225.00")),
        (50, D("1175.00")),
        (31, D("682.00")),
    ]
    assert (par.montant_ht, par.prix_unitaire_moyen) == (D("3082.00"), D("23.71"))
    assert "Tranche de 50 à 99 : 50 × 23,50\u00a0€ = 1\u202f175,00\u00a0€" in par.expliquer()


def test_degressive_threshold_effect_and_band_edges() -> None:
    # 99 × 23,50 = 2 326,50 costs more than 100 × 22,00 = 2 200,00 when the band reached applies
    assert prix_degressif(99, BAREME).montant_ht == D("2326.50")
    assert prix_degressif(100, BAREME).montant_ht == D("2200.00")
    assert prix_degressif(49, BAREME).montant_ht == D("1225.00")  # 49 × 25
    assert prix_degressif(50, BAREME).montant_ht == D("1175.00")  # 50 × 23,50
    # par tranche: 99 → 1 225 + 1 175 = 2 400 ; 100 → 2 400 + 22 = 2 422 (no threshold effect)
    assert prix_degressif(99, BAREME, mode="par_tranche").montant_ht == D("2400.00")
    assert prix_degressif(100, BAREME, mode="par_tranche").montant_ht == D("2422.00")
    # a scale written from 0, or as a dict, means the same
    assert prix_degressif(130, [(0, 25), (50, 23.5), (100, 22)], mode="par_tranche").montant_ht == D("3082.00")
    assert prix_degressif(130, {1: 25, 50: "23,50", 100: 22}).montant_ht == D("2860.00")
    # half-cent average: 3 units at 1,00 → 3,00 ; fine. 7 × 0,335 = 2,345 → 2,35 (half-up)
    assert prix_degressif(7, [(1, "0.335")]).montant_ht == D("2.35")


# --------------------------------------------------------------------------- properties

cents = st.integers(min_value=0, max_value=10**8).map(lambda c: D(c).scaleb(-2))
rates = st.integers(min_value=0, max_value=10_000).map(lambda c: D(c).scaleb(-2))
vat = st.sampled_from([D(20), D(10), D("5.5"), D("2.1"), D(0)])
lines = st.lists(
    st.builds(
        Ligne,
        st.just("article"),
        st.integers(min_value=0, max_value=500),
        st.integers(min_value=0, max_value=10**6).map(lambda c: D(c).scaleb(-2)),
        vat,
    ),
    min_size=1,
    max_size=6,
)


@given(lines, st.lists(rates, max_size=3), rates, cents)
def test_order_invariants(lignes: list[Ligne], reductions: list[Decimal], escompte: Decimal, port: Decimal) -> None:
    c = calculer_commande(lignes, reductions=reductions, escompte=escompte, frais_de_port=port)
    assert c.net_financier <= c.net_commercial <= c.montant_brut
    assert c.base_ht == c.net_financier + c.frais_de_port
    assert c.net_a_payer == c.base_ht + c.montant_tva
    for amount in (c.montant_brut, c.net_commercial, c.net_financier, c.base_ht, c.montant_tva, c.net_a_payer):
        assert amount == amount.quantize(D("0.01"))
    parts = c.tva_par_taux
    assert sum(t.base_ht for t in parts) == c.base_ht
    assert sum(t.net_financier for t in parts) == c.net_financier
    assert sum(t.frais_de_port for t in parts) == c.frais_de_port
    assert sum(t.montant_tva for t in parts) == c.montant_tva
    if c.montant_brut:
        for t in parts:  # each split is within one cent of its exact pro rata share
            share = t.montant_brut / c.montant_brut
            assert abs(t.net_financier - c.net_financier * share) < D("0.01")
            assert abs(t.frais_de_port - c.frais_de_port * share) < D("0.01")


@given(cents, rates, rates)
def test_successive_rates_never_add_up(montant: Decimal, r1: Decimal, r2: Decimal) -> None:
    if r1 + r2 > 100:
        r2 = 100 - r1
    successive = appliquer_reductions(montant, [r1, r2])
    single = appliquer_reductions(montant, [r1 + r2])
    # exact difference is montant × r1 × r2; each cent rounding moves it by less than 0,005
    assert successive >= single - D("0.01")
    if r1 == 0 or r2 == 0:
        assert successive == single
    elif montant * r1 * r2 / 10_000 > D("0.015"):
        assert successive > single
    assert taux_global_reductions([r1, r2]) <= r1 + r2


# --------------------------------------------------------------------------- bad inputs

BAD: list[tuple[Callable[[], object], type[SalesplanError], str]] = [
    (lambda: Ligne("Chaise", -3, 10), SalesplanValueError, "-3"),
    (lambda: Ligne("Chaise", 3, float("nan")), SalesplanValueError, "nan"),
    (lambda: Ligne("Chaise", True, 10), SalesplanTypeError, "True"),
    (lambda: Ligne("Chaise", 3, 10, 120), SalesplanValueError, "120"),
    (lambda: Ligne(12, 3, 10), SalesplanTypeError, "12"),  # type: ignore[arg-type]
    (lambda: appliquer_reductions(-5, [10]), SalesplanValueError, "-5"),
    (lambda: appliquer_reductions(1000, [10, 101]), SalesplanValueError, "101"),
    (lambda: appliquer_reductions(1000, 10), SalesplanTypeError, "10"),  # type: ignore[arg-type]
    (lambda: appliquer_reductions(1000, "10"), SalesplanTypeError, "'10'"),
    (lambda: appliquer_reductions(False, [10]), SalesplanTypeError, "False"),
    (lambda: taux_global_reductions([10, -1]), SalesplanValueError, "-1"),
    (lambda: taux_global_reductions([float("inf")]), SalesplanValueError, "inf"),
    (lambda: ttc_depuis_ht(-1), SalesplanValueError, "-1"),
    (lambda: ttc_depuis_ht(100, taux_tva=101), SalesplanValueError, "101"),
    (lambda: ht_depuis_ttc("abc"), SalesplanValueError, "'abc'"),
    (lambda: ht_depuis_ttc(100, taux_tva=True), SalesplanTypeError, "True"),
    (lambda: calculer_commande([]), SalesplanValueError, "aucune ligne"),
    (lambda: calculer_commande([(1, 10)], reductions=[("remize", 10)]), UnknownCodeError, "'remize'"),
    (lambda: calculer_commande([(1, 10)], reductions=[150]), SalesplanValueError, "150"),
    (lambda: calculer_commande([(1, 10)], reductions=[("remise", 5, 2)]), SalesplanTypeError, "5, 2"),
    (lambda: calculer_commande([(1, 10)], escompte=101), SalesplanValueError, "101"),
    (lambda: calculer_commande([(1, 10)], frais_de_port=-15), SalesplanValueError, "-15"),
    (lambda: calculer_commande([(1, 10)], taux_tva=float("nan")), SalesplanValueError, "nan"),
    (lambda: calculer_commande([(-1, 10)]), SalesplanValueError, "-1"),
    (lambda: calculer_commande([(1, 2, 3)]), SalesplanTypeError, "(1, 2, 3)"),  # type: ignore[list-item]
    (lambda: calculer_commande(Ligne("A", 1, 1)), SalesplanTypeError, "Ligne"),  # type: ignore[arg-type]
    (lambda: prix_degressif(0, BAREME), SalesplanValueError, "0"),
    (lambda: prix_degressif("2,5", BAREME), SalesplanValueError, "'2,5'"),
    (lambda: prix_degressif(10, BAREME, mode="par_tranches"), UnknownCodeError, "'par_tranches'"),
    (lambda: prix_degressif(10, [(5, 10), (50, 9)]), SalesplanValueError, "5"),
    (lambda: prix_degressif(10, [(1, 10), (50, 9), (50, 8)]), SalesplanValueError, "50"),
    (lambda: prix_degressif(10, [(0, 10), (1, 9)]), SalesplanValueError, "1"),
    (lambda: prix_degressif(10, []), SalesplanValueError, "[]"),
    (lambda: prix_degressif(10, [(1, -2)]), SalesplanValueError, "-2"),
    (lambda: prix_degressif(10, [(1, True)]), SalesplanTypeError, "True"),
]


@pytest.mark.parametrize(("call", "error", "named"), BAD)
def test_bad_input_names_the_value(call: Callable[[], object], error: type[SalesplanError], named: str) -> None:
    assert named in refusal(call, error)


def test_unknown_label_suggests_the_nearest() -> None:
    with pytest.raises(UnknownCodeError, match="Vouliez-vous dire 'ristourne'"):
        calculer_commande([(1, 10)], reductions=[("ristourn", 2)])
    with pytest.raises(UnknownCodeError, match="Vouliez-vous dire 'par_tranche'"):
        prix_degressif(10, BAREME, mode="par_tranches")


def test_messages_are_french() -> None:
    with pytest.raises(SalesplanValueError, match="négati"):
        Ligne("Chaise", -3, 10)
    with pytest.raises(SalesplanValueError, match="strictement supérieure"):
        prix_degressif(10, [(1, 10), (50, 9), (50, 8)])
    with pytest.raises(SalesplanValueError, match="commencer à 0 ou 1"):
        prix_degressif(10, [(5, 10)])


def test_pied_de_facture_is_the_public_list_the_table_shows() -> None:
    """Worked example (the full list is pied_de_facture's doctest): 10 × 45 €, remise 10 %, escompte 2 %, port 15 €."""
    c = calculer_commande([(10, "45")], reductions=[10], escompte=2, frais_de_port=15)
    rows = c.pied_de_facture()
    assert rows[0] == ("Montant brut HT", Decimal("450.00")) and rows[-1] == ("Net à payer TTC", Decimal("494.28"))
    assert list(c.to_frame()["montant (€)"].items()) == rows
    assert not hasattr(c, "_rows")
