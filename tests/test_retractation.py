"""Withdrawal right of small professionals (C. consom. L221-3, L221-18, L221-19)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salesplan.errors import SalesplanTypeError, SalesplanValueError, UnknownCodeError
from salesplan.retractation import (
    date_de_paques,
    droit_de_retractation,
    fin_du_delai,
    jour_ouvrable_suivant,
    jours_feries,
)

D = dt.date
OUI = {"hors_etablissement": True, "hors_activite_principale": True, "effectif": 3}


@pytest.mark.parametrize(
    ("annee", "paques"),
    [
        (2024, D(2024, 3, 31)),
        (2025, D(2025, 4, 20)),
        (2026, D(2026, 4, 5)),
        (2027, D(2027, 3, 28)),
        (2038, D(2038, 4, 25)),
    ],
)
def test_easter_dates(annee: int, paques: dt.date) -> None:
    assert date_de_paques(annee) == paques


def test_public_holidays_2027() -> None:
    feries = jours_feries(2027)
    assert len(feries) == 11
    assert feries[D(2027, 3, 29)] == "Lundi de Pâques"  # Easter 28/03 + 1
    assert feries[D(2027, 5, 6)] == "Ascension"  # Easter + 39
    assert feries[D(2027, 5, 17)] == "Lundi de Pentecôte"  # Easter + 50
    assert D(2027, 7, 14) in feries and D(2027, 11, 11) in feries


def test_all_three_conditions_hold() -> None:
    # services concluded Thursday 04/03/2027: day not counted, 14 days -> Thursday 18/03/2027
    r = droit_de_retractation(**OUI, nature="services", date_conclusion="04/03/2027")
    assert r.applicable and r.delai_jours == 14
    assert r.point_de_depart == D(2027, 3, 4) and r.dernier_jour == D(2027, 3, 18)
    assert "L221-3" in r.motif and "18/03/2027" in r.expliquer()


def test_five_employees_is_still_small() -> None:
    assert droit_de_retractation(hors_etablissement=True, hors_activite_principale=True, effectif=5).applicable


@pytest.mark.parametrize(
    ("changement", "phrase"),
    [
        ({"hors_etablissement": False}, "pas été conclu hors établissement"),
        ({"hors_activite_principale": False}, "activité principale"),
        ({"effectif": 6}, "emploie 6 salariés"),
    ],
)
def test_each_failing_condition_is_named(changement: dict[str, object], phrase: str) -> None:
    r = droit_de_retractation(**{**OUI, **changement})  # type: ignore[arg-type]
    assert not r.applicable and r.dernier_jour is None
    assert r.motif.startswith("Pas de droit de rétractation") and phrase in r.motif


def test_goods_run_from_receipt() -> None:
    # goods: the period runs from receipt (10/03/2027), not from the contract (01/03/2027) -> 24/03/2027 (Wednesday)
    r = droit_de_retractation(**OUI, date_conclusion="01/03/2027", date_livraison="10/03/2027")
    assert r.point_de_depart == D(2027, 3, 10) and r.dernier_jour == D(2027, 3, 24)
    assert droit_de_retractation(**OUI, date_conclusion="01/03/2027").dernier_jour is None


def test_deadline_on_a_sunday_moves_to_monday() -> None:
    # received Sunday 07/03/2027 + 14 = Sunday 21/03/2027 -> Monday 22/03/2027
    r = droit_de_retractation(**OUI, nature="biens", date_livraison="07/03/2027")
    assert r.dernier_jour == D(2027, 3, 22)


def test_deadline_on_a_public_holiday_moves_to_the_next_working_day() -> None:
    # services concluded Monday 15/03/2027 + 14 = Monday 29/03/2027, Easter Monday -> Tuesday 30/03/2027
    r = droit_de_retractation(**OUI, nature="services", date_conclusion="15/03/2027")
    assert r.dernier_jour == D(2027, 3, 30)
    # Wednesday 30/06/2027 + 14 = Wednesday 14/07/2027 (national day) -> 15/07/2027
    assert fin_du_delai("30/06/2027") == D(2027, 7, 15)


def test_saturday_then_holiday_chain() -> None:
    # Friday 30/04/2027 -> Saturday 1 May (holiday and weekend), Sunday 2 -> Monday 03/05/2027
    assert jour_ouvrable_suivant("01/05/2027") == D(2027, 5, 3)
    assert jour_ouvrable_suivant("22/03/2027") == D(2027, 3, 22)


@given(st.dates(min_value=D(2000, 1, 1), max_value=D(2099, 12, 1)))
def test_last_day_is_a_working_day_at_least_14_days_later(depart: dt.date) -> None:
    fin = fin_du_delai(depart)
    assert fin.weekday() < 5 and fin not in jours_feries(fin.year)
    assert 14 <= (fin - depart).days <= 18


# --- bad inputs: every public function ----------------------------------------------


@pytest.mark.parametrize(("champ", "valeur"), [("hors_etablissement", 1), ("hors_activite_principale", "oui")])
def test_conditions_must_be_booleans(champ: str, valeur: object) -> None:
    with pytest.raises(SalesplanTypeError, match=repr(valeur) if isinstance(valeur, str) else str(valeur)):
        droit_de_retractation(**{**OUI, champ: valeur})  # type: ignore[arg-type]


def test_bad_withdrawal_inputs() -> None:
    with pytest.raises(SalesplanValueError, match="-1"):
        droit_de_retractation(**{**OUI, "effectif": -1})  # type: ignore[arg-type]
    with pytest.raises(SalesplanTypeError, match="True"):
        droit_de_retractation(**{**OUI, "effectif": True})  # type: ignore[arg-type]
    with pytest.raises(UnknownCodeError, match="services"):
        droit_de_retractation(**OUI, nature="service")
    with pytest.raises(SalesplanValueError, match="01/03/2027"):
        droit_de_retractation(**OUI, date_conclusion="10/03/2027", date_livraison="01/03/2027")
    with pytest.raises(SalesplanValueError, match="'demain'"):
        droit_de_retractation(**OUI, date_livraison="demain")


def test_bad_calendar_inputs() -> None:
    with pytest.raises(SalesplanTypeError, match="'2027'"):
        date_de_paques("2027")  # type: ignore[arg-type]
    with pytest.raises(SalesplanValueError, match="1500"):
        date_de_paques(1500)
    with pytest.raises(SalesplanTypeError, match=r"2027\.5"):
        jours_feries(2027.5)  # type: ignore[arg-type]
    with pytest.raises(SalesplanValueError, match="'lundi'"):
        jour_ouvrable_suivant("lundi")
    with pytest.raises(SalesplanValueError, match="0"):
        fin_du_delai("01/03/2027", jours=0)
    with pytest.raises(SalesplanTypeError, match="None"):
        fin_du_delai(None)
