"""Public procurement: procedure by amount and date, price score."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from salesplan.errors import SalesplanError, SalesplanTypeError, SalesplanValueError, UnknownCodeError
from salesplan.marches_publics import note_prix, procedure_requise

D = Decimal


# --- the dispense threshold is "strictly below" (R2122-8: « inférieure à ») ------------


@pytest.mark.parametrize(
    ("montant", "date", "code"),
    [
        ("59 999,99", "01/04/2026", "sans_publicite"),
        ("60 000", "01/04/2026", "mapa"),
        ("59 999,99", "31/03/2026", "mapa"),  # 40 000 € until 31 March 2026
        ("39 999,99", "31/03/2026", "sans_publicite"),
        ("40 000", "31/03/2026", "mapa"),
        (0, "01/04/2026", "sans_publicite"),
    ],
)
def test_supplies_dispense_threshold_on_both_sides_of_1_april_2026(montant: object, date: str, code: str) -> None:
    assert procedure_requise(montant, date=date).code == code


def test_dispense_result_names_the_rule_and_the_threshold() -> None:
    r = procedure_requise("59 999,99", date="01/04/2026")
    assert r.publicite_obligatoire is False
    assert r.articles == ("L2122-1", "R2122-8")
    assert r.seuils[0].code == "seuil_dispense_fournitures"
    assert (r.seuils[0].valeur, r.seuils[0].debut) == (D(60000), dt.date(2026, 4, 1))
    text = r.expliquer()
    assert "59\u202f999,99\u00a0€ < 60\u202f000,00\u00a0€" in text
    assert "décret 2025-1386" in text


@pytest.mark.parametrize(
    ("montant", "date", "code"),
    [
        ("99 999,99", "01/04/2026", "sans_publicite"),
        ("100 000", "01/04/2026", "mapa"),
        ("99 999,99", "15/06/2025", "sans_publicite"),  # décret 2024-1217 (temporary 100 000 €)
        ("99 999,99", "15/06/2024", "sans_publicite"),  # décret 2022-1683
        ("5 403 999,99", "01/04/2026", "mapa"),
        ("5 404 000", "01/04/2026", "procedure_formalisee"),
        ("5 404 000", "15/06/2025", "mapa"),  # 5 538 000 € in 2024-2025
        ("5 538 000", "15/06/2025", "procedure_formalisee"),
    ],
)
def test_works_thresholds(montant: object, date: str, code: str) -> None:
    assert procedure_requise(montant, nature="travaux", date=date).code == code


def test_works_before_the_table_coverage_is_a_clear_error() -> None:
    with pytest.raises(UnknownCodeError, match="01/06/2022"):
        procedure_requise(50000, nature="travaux", date="01/06/2022")


def test_mapa_publicity_from_90000() -> None:
    libre = procedure_requise("89 999,99", acheteur="etat", date="01/04/2026")
    boamp = procedure_requise(90000, acheteur="etat", date="01/04/2026")
    assert libre.code == boamp.code == "mapa"
    assert libre.publicite_obligatoire and boamp.publicite_obligatoire
    assert "librement" in libre.publicite and "BOAMP" not in libre.publicite
    assert "BOAMP" in boamp.publicite and "JAL" in boamp.publicite
    assert boamp.articles == ("L2123-1", "R2123-1", "R2131-12")
    travaux = procedure_requise(100000, nature="travaux", date="01/04/2026")
    assert "BOAMP" in travaux.publicite  # R2131-12 covers works too


def test_utility_mapa_publicity_is_free() -> None:
    r = procedure_requise(300000, acheteur="entite_adjudicatrice", date="01/04/2026")
    assert r.code == "mapa"
    assert "BOAMP" not in r.publicite
    assert "R2131-12" not in r.articles


@pytest.mark.parametrize(
    ("acheteur", "seuil"),
    [("etat", 140000), ("collectivite", 216000), ("entite_adjudicatrice", 432000)],
)
def test_eu_thresholds_2026_are_reached_at_equality(acheteur: str, seuil: int) -> None:
    assert procedure_requise(D(seuil) - D("0.01"), acheteur=acheteur, date="01/04/2026").code == "mapa"
    r = procedure_requise(seuil, acheteur=acheteur, date="01/04/2026")
    assert r.code == "procedure_formalisee"
    assert r.seuils[-1].valeur == seuil
    assert "R2124-1" in r.articles and "R2131-16" in r.articles
    assert "JOUE" in r.publicite
    assert ("BOAMP" in r.publicite) is (acheteur != "entite_adjudicatrice")
    assert "appel d'offres ouvert ou restreint" in r.procedures


def test_eu_threshold_depends_on_the_date() -> None:
    assert procedure_requise(216000, date="31/12/2025").code == "mapa"  # 221 000 € in 2024-2025
    assert procedure_requise(216000, date="01/01/2026").code == "procedure_formalisee"


def test_explanation_is_french() -> None:
    text = procedure_requise(150000, date="01/04/2026").expliquer()
    assert "Marché à procédure adaptée (MAPA)" in text
    assert "60\u202f000,00\u00a0€ ≤ 150\u202f000,00\u00a0€ < 216\u202f000,00\u00a0€" in text
    assert "01/04/2026" in text


def test_default_date_is_today() -> None:
    assert procedure_requise(1000).date == dt.date.today()


def test_procedure_bad_inputs() -> None:
    with pytest.raises(UnknownCodeError, match="Vouliez-vous dire 'travaux'"):
        procedure_requise(1000, nature="travau")
    with pytest.raises(UnknownCodeError, match="'mairie'"):
        procedure_requise(1000, acheteur="mairie")
    with pytest.raises(SalesplanValueError, match="-1"):
        procedure_requise(-1)
    with pytest.raises(SalesplanValueError, match="32/01/2026"):
        procedure_requise(1000, date="32/01/2026")
    with pytest.raises(SalesplanTypeError, match=r"\[1\]"):
        procedure_requise([1])


# --- note du prix ------------------------------------------------------------


def test_price_score_examples() -> None:
    assert note_prix(10000, 10000, 40) == D("40.00")  # the lowest price gets full marks
    assert note_prix(12500, 10000, 40) == D("32.00")  # 10 000 / 12 500 × 40
    assert note_prix(30000, 10000, 40) == D("13.33")  # 13,333...
    assert [note_prix(p, 100, 60) for p in (100, 120, 150)] == [D("60.00"), D("50.00"), D("40.00")]


def test_price_score_half_point_rounds_up() -> None:
    assert note_prix(80000, 10000, 1) == D("0.13")  # 0,125 → 0,13
    assert note_prix("1 234,56", "1 000", "20") == D("16.20")  # 16,2001...


def test_price_score_bad_inputs() -> None:
    with pytest.raises(SalesplanValueError, match="prix : 0"):
        note_prix(0, 0, 40)
    with pytest.raises(SalesplanValueError, match="-5"):
        note_prix(-5, 1, 40)
    with pytest.raises(SalesplanValueError) as info:
        note_prix(9000, 10000, 40)
    assert "9000" in str(info.value) and "10000" in str(info.value)
    with pytest.raises(SalesplanValueError, match="prix le plus bas : 0"):
        note_prix(1000, 0, 40)
    with pytest.raises(SalesplanValueError, match="points : 0"):
        note_prix(1000, 900, 0)
    with pytest.raises(SalesplanTypeError, match="True"):
        note_prix(1000, 900, True)


# --------------------------------------------------------------------------- award criteria (R2152-7, décret 2022-767)


def test_price_alone_is_refused_for_a_public_contract_from_21_august_2026() -> None:
    from salesplan import LegalLimitError
    from salesplan.marches_publics import verifier_criteres_attribution

    with pytest.raises(LegalLimitError, match="21/08/2026") as info:
        verifier_criteres_attribution({"Prix": 100}, date="21/08/2026")
    assert "R2152-7" in str(info.value) and "coût global" in str(info.value)
    # the day before, a single price criterion was still allowed
    assert verifier_criteres_attribution({"Prix": 100}, date="20/08/2026").conforme
    # a single criterion of global cost taking the environment into account is lawful
    assert verifier_criteres_attribution({"Coût du cycle de vie": 1}, date="01/12/2026", cout_global=True).conforme


def test_several_criteria_need_an_environmental_one() -> None:
    from salesplan import LegalLimitError
    from salesplan.marches_publics import verifier_criteres_attribution

    with pytest.raises(LegalLimitError, match="environnementales"):
        verifier_criteres_attribution({"Prix": 60, "Valeur technique": 40}, date="01/12/2026")
    ok = verifier_criteres_attribution(
        {"Prix": 50, "Valeur technique": 30, "Bilan carbone": 20}, date="01/12/2026", environnementaux=["Bilan carbone"]
    )
    assert "Bilan carbone" in ok.explication
    assert verifier_criteres_attribution({"Prix": 60, "Performance environnementale": 40}, date="01/12/2026").conforme
    with pytest.raises(SalesplanError, match="inconnu"):
        verifier_criteres_attribution({"Prix": 60, "Délai": 40}, date="01/12/2026", environnementaux=["Carbone"])
    with pytest.raises(SalesplanError, match="liste"):
        verifier_criteres_attribution({"Prix": 60, "Délai": 40}, environnementaux="Délai")


def test_the_grid_knows_public_from_private_buyers() -> None:
    from salesplan import LegalLimitError
    from salesplan.grille import comparer_offres

    notes = {"A": {"Prix": 15}, "B": {"Prix": 12}}
    # a private buyer may weigh price alone
    assert comparer_offres({"Prix": 100}, notes).gagnant() == "A"
    with pytest.raises(LegalLimitError, match="critère unique"):
        comparer_offres({"Prix": 100}, notes, marche_public=True, date="01/12/2026")
    assert comparer_offres({"Prix": 100}, notes, marche_public=True, date="01/06/2026").gagnant() == "A"


def test_price_alone_is_no_longer_a_single_award_criterion_from_21_august_2026() -> None:
    from salesplan.marches_publics import prix_critere_unique_possible

    assert prix_critere_unique_possible(date="20/08/2026") is True
    assert prix_critere_unique_possible(date="21/08/2026") is False
    assert prix_critere_unique_possible(date="01/12/2026") is False
