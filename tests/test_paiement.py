"""Payment terms, due dates, penalties: worked examples checked by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salesplan.errors import LegalLimitError, SalesplanTypeError, SalesplanValueError, UnknownCodeError
from salesplan.paiement import (
    date_echeance,
    echeances_possibles,
    indemnite_forfaitaire,
    jours_de_retard,
    lire_delai,
    penalites_de_retard,
    taux_penalites_legal,
    taux_penalites_minimum,
    verifier_delai,
    verifier_taux_penalites,
)

D = dt.date


# --- reading the term -------------------------------------------------------------


@pytest.mark.parametrize(
    ("texte", "nature", "jours"),
    [
        ("45 jours fin de mois", "fin_de_mois", 45),
        ("45 j fin de mois", "fin_de_mois", 45),
        ("45 jours FDM", "fin_de_mois", 45),
        ("  30 JOURS fin  de  mois ", "fin_de_mois", 30),
        ("60 jours", "jours", 60),
        ("60 jours nets", "jours", 60),
        ("30j", "jours", 30),
        ("Comptant", "comptant", 0),
        ("à réception", "defaut", 30),
        ("A RECEPTION", "defaut", 30),
    ],
)
def test_terms_are_read_leniently(texte: str, nature: str, jours: int) -> None:
    terme = lire_delai(texte)
    assert (terme.nature, terme.jours) == (nature, jours)


def test_end_of_month_then_days_is_read_from_the_text() -> None:
    assert lire_delai("fin de mois + 45 jours").methode == "fin_de_mois_puis_jours"
    # 15/01/2027: 31/01/2027 + 45 days = 17/03/2027 (28 days of February, then 17)
    assert date_echeance("15/01/2027", "fin de mois + 45 jours") == D(2027, 3, 17)


# --- due dates (each computed by hand) --------------------------------------------


def test_45_days_end_of_month_both_methods() -> None:
    # 15/01/2027 + 45 days: 16 days to 31/01, 28 in February, 1 more -> 01/03/2027 -> end of month 31/03/2027
    assert date_echeance("15/01/2027", "45 jours fin de mois", methode="jours_puis_fin_de_mois") == D(2027, 3, 31)
    # end of January 31/01/2027, + 45 days: 28 to 28/02, 17 more -> 17/03/2027
    assert date_echeance("15/01/2027", "45 jours fin de mois", methode="fin_de_mois_puis_jours") == D(2027, 3, 17)
    # documented default: days then end of month
    assert date_echeance("15/01/2027", "45 jours fin de mois") == D(2027, 3, 31)


def test_echeances_possibles_labels_both_dates() -> None:
    both = echeances_possibles("15/01/2027", "45 jours fin de mois")
    assert [(e.methode, e.date) for e in both] == [
        ("jours_puis_fin_de_mois", D(2027, 3, 31)),
        ("fin_de_mois_puis_jours", D(2027, 3, 17)),
    ]
    assert "17/03/2027" in both[1].expliquer()
    assert [e.date for e in echeances_possibles("15/11/2026", "60 jours")] == [D(2027, 1, 14)]


def test_30_days_end_of_month_across_february() -> None:
    # 15/01/2027 + 30 = 14/02/2027 -> end of February 28/02/2027 (2027 is not a leap year)
    assert date_echeance("15/01/2027", "30 jours fin de mois", methode="jours_puis_fin_de_mois") == D(2027, 2, 28)
    # 31/01/2027 + 30 = 28 days of February + 2 -> 02/03/2027
    assert date_echeance("15/01/2027", "30 jours fin de mois", methode="fin_de_mois_puis_jours") == D(2027, 3, 2)


def test_30_days_end_of_month_in_leap_year_2028() -> None:
    # 15/01/2028 + 30 = 14/02/2028 -> 29/02/2028 (leap year)
    assert date_echeance("15/01/2028", "30 jours fin de mois", methode="jours_puis_fin_de_mois") == D(2028, 2, 29)
    # 31/01/2028 + 30 = 29 days of February + 1 -> 01/03/2028
    assert date_echeance("15/01/2028", "30 jours fin de mois", methode="fin_de_mois_puis_jours") == D(2028, 3, 1)


def test_60_days_across_year_end() -> None:
    # 15/11/2026: 15 days to 30/11, 31 in December (46), 14 more -> 14/01/2027
    assert date_echeance("15/11/2026", "60 jours") == D(2027, 1, 14)


def test_cash_and_default_terms() -> None:
    assert date_echeance("10/03/2027", "comptant") == D(2027, 3, 10)
    assert date_echeance("10/03/2027", "comptant", date_livraison="12/03/2027") == D(2027, 3, 12)
    # nothing agreed: receipt 20/02/2027 + 30 days -> 22/03/2027 (8 days of February, then 22)
    assert date_echeance("25/02/2027", "à réception", date_livraison="20/02/2027") == D(2027, 3, 22)


def test_default_term_needs_the_delivery_date() -> None:
    with pytest.raises(SalesplanValueError, match="date_livraison"):
        date_echeance("25/02/2027", "à réception")


# --- legal caps ---------------------------------------------------------------------


@pytest.mark.parametrize("ok", ["comptant", "30 jours", "60 jours", "45 jours fin de mois", "à réception"])
def test_terms_within_the_caps(ok: str) -> None:
    controle = verifier_delai(ok, date_facture="01/03/2027")
    assert controle.conforme and "L441-10" in controle.regle
    assert controle.expliquer()


@pytest.mark.parametrize(("bad", "named"), [("90 jours", "90 jours"), ("60 jours fin de mois", "60 jours fin de mois")])
def test_terms_beyond_the_caps_are_refused(bad: str, named: str) -> None:
    with pytest.raises(LegalLimitError, match=named):
        verifier_delai(bad)
    with pytest.raises(LegalLimitError, match=named):
        date_echeance("15/01/2027", bad)


def test_an_illegal_term_can_still_be_computed_for_an_exercise() -> None:
    # 15/01/2027 + 90 days: 16 + 28 + 31 = 75 -> 15 more in April -> 15/04/2027
    assert date_echeance("15/01/2027", "90 jours", verifier=False) == D(2027, 4, 15)


# --- days late and penalties --------------------------------------------------------


def test_days_late_start_the_day_after_the_due_date() -> None:
    assert jours_de_retard("31/03/2027", "31/03/2027") == 0
    assert jours_de_retard("31/03/2027", "01/04/2027") == 1
    assert jours_de_retard("31/03/2027", "01/05/2027") == 31  # 30 days of April + 1
    assert jours_de_retard("31/03/2027", "15/03/2027") == 0  # paid early


def test_penalty_worked_example() -> None:
    # 12 450,00 × 12,15 % = 1 512,675 ; × 31 = 46 892,925 ; / 365 = 128,4737... -> 128,47 €
    assert penalites_de_retard("12 450,00", taux="12,15", jours_de_retard=31) == Decimal("128.47")


@pytest.mark.parametrize(
    ("montant", "taux", "jours", "attendu"),
    [
        # 73 × 2,5 % × 1 / 365 = 1,825 / 365 = 0,005 exactly -> 0,01 (half-up; half-even would give 0,00)
        ("73", "2.5", 1, "0.01"),
        # 1 095 = 3 × 365: 3 × 12,15 % × 10 = 3,645 exactly -> 3,65 (half-even would give 3,64)
        ("1095", "12.15", 10, "3.65"),
    ],
)
def test_penalty_half_cent_rounds_up(montant: str, taux: str, jours: int, attendu: str) -> None:
    assert penalites_de_retard(montant, taux=taux, jours_de_retard=jours) == Decimal(attendu)


def test_no_penalty_without_delay() -> None:
    assert penalites_de_retard(5000, taux=12, jours_de_retard=0) == Decimal("0.00")


def test_fixed_indemnity_is_40_euros() -> None:
    assert indemnite_forfaitaire(date="01/03/2027") == Decimal("40.00")
    assert str(indemnite_forfaitaire()) == "40.00"


# --- penalty rates --------------------------------------------------------------------


def test_legal_penalty_rate_uses_the_ecb_rate_of_the_half_year() -> None:
    # ECB rate in force on 01/01/2026: 2,15 % (+ 10 points)
    assert taux_penalites_legal(date="15/03/2026") == Decimal("12.15")
    # on 01/07/2025 as well (cut to 2,15 % from 11/06/2025)
    assert taux_penalites_legal(date="15/09/2025") == Decimal("12.15")


def test_legal_penalty_rate_needs_the_ecb_rate_when_the_table_stops() -> None:
    with pytest.raises(UnknownCodeError, match="taux_bce"):
        taux_penalites_legal(date="15/09/2026")
    assert taux_penalites_legal(date="15/09/2026", taux_bce="2,40") == Decimal("12.40")


def test_minimum_penalty_rate_is_three_times_legal_interest() -> None:
    assert taux_penalites_minimum(date="15/03/2026") == Decimal("7.86")  # 3 × 2,62
    assert taux_penalites_minimum(date="15/09/2025") == Decimal("8.28")  # 3 × 2,76
    assert taux_penalites_minimum(date="15/03/2025") == Decimal("11.13")  # 3 × 3,71


def test_minimum_rate_after_june_2026_is_refused_unless_given() -> None:
    with pytest.raises(UnknownCodeError, match="taux_interet_legal"):
        taux_penalites_minimum(date="01/07/2026")
    assert taux_penalites_minimum(date="01/07/2026", taux_interet_legal="2,5") == Decimal("7.5")


def test_contractual_rate_below_the_floor_is_illegal() -> None:
    with pytest.raises(LegalLimitError, match="7,85"):
        verifier_taux_penalites("7,85", date="15/03/2026")
    assert verifier_taux_penalites("7,86", date="15/03/2026").conforme
    assert "7,86" in verifier_taux_penalites("12", date="15/03/2026").expliquer()


# --- properties -----------------------------------------------------------------------


@given(st.dates(min_value=D(2000, 1, 1), max_value=D(2099, 12, 31)), st.integers(min_value=0, max_value=45))
def test_end_of_month_dates_are_ends_of_months_after_the_invoice(day: dt.date, n: int) -> None:
    for echeance in echeances_possibles(day, f"{n} jours fin de mois"):
        assert echeance.date > day or n == 0
        assert (echeance.date + dt.timedelta(days=1)).day == 1 or echeance.methode == "fin_de_mois_puis_jours"


@given(st.integers(min_value=0, max_value=10**7), st.integers(min_value=0, max_value=400))
def test_penalties_grow_with_days(cents: int, days: int) -> None:
    amount = Decimal(cents) / 100
    assert penalites_de_retard(amount, taux=10, jours_de_retard=days) <= penalites_de_retard(
        amount, taux=10, jours_de_retard=days + 1
    )


# --- bad inputs: every public function ------------------------------------------------


def test_bad_terms() -> None:
    with pytest.raises(SalesplanValueError, match="'bientôt'"):
        lire_delai("bientôt")
    with pytest.raises(SalesplanTypeError, match="45"):
        lire_delai(45)
    with pytest.raises(SalesplanValueError, match="'dans un mois'"):
        verifier_delai("dans un mois")
    with pytest.raises(SalesplanValueError, match="31/02/2027"):
        verifier_delai("30 jours", date_facture="31/02/2027")


def test_bad_due_date_inputs() -> None:
    with pytest.raises(SalesplanValueError, match="32/01/2027"):
        date_echeance("32/01/2027", "30 jours")
    with pytest.raises(UnknownCodeError, match="fin_de_mois_puis_jours"):
        date_echeance("15/01/2027", "45 jours fin de mois", methode="fin_de_mois_puis_jour")
    with pytest.raises(SalesplanTypeError, match="1"):
        date_echeance("15/01/2027", "30 jours", verifier=1)  # type: ignore[arg-type]
    with pytest.raises(SalesplanValueError, match="jours_puis_fin_de_mois"):
        date_echeance("15/01/2027", "fin de mois + 45 jours", methode="jours_puis_fin_de_mois")
    with pytest.raises(LegalLimitError, match="75 jours"):
        echeances_possibles("15/01/2027", "75 jours")
    with pytest.raises(SalesplanTypeError, match="None"):
        echeances_possibles("15/01/2027", None)


def test_bad_days_late_inputs() -> None:
    with pytest.raises(SalesplanValueError, match="'hier'"):
        jours_de_retard("hier", "01/04/2027")
    with pytest.raises(SalesplanTypeError, match="20270401"):
        jours_de_retard("31/03/2027", 20270401)


def test_bad_penalty_inputs() -> None:
    with pytest.raises(SalesplanValueError, match="-100"):
        penalites_de_retard(-100, taux=10, jours_de_retard=3)
    with pytest.raises(SalesplanValueError, match="150"):
        penalites_de_retard(100, taux=150, jours_de_retard=3)
    with pytest.raises(SalesplanValueError, match=r"2\.5"):
        penalites_de_retard(100, taux=10, jours_de_retard="2.5")
    with pytest.raises(SalesplanTypeError, match="True"):
        penalites_de_retard(100, taux=True, jours_de_retard=3)


def test_bad_rate_inputs() -> None:
    with pytest.raises(SalesplanValueError, match="'bof'"):
        indemnite_forfaitaire(date="bof")
    with pytest.raises(UnknownCodeError, match="1999"):
        indemnite_forfaitaire(date="01/01/1999")
    with pytest.raises(SalesplanValueError, match="-1"):
        taux_penalites_legal(date="15/03/2026", taux_bce=-1)
    with pytest.raises(SalesplanTypeError, match="False"):
        taux_penalites_minimum(date="15/03/2026", taux_interet_legal=False)
    with pytest.raises(SalesplanValueError, match="'douze'"):
        verifier_taux_penalites("douze", date="15/03/2026")
