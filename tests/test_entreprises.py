"""Company categories of décret 2008-1354, art. 3, at every boundary."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salesplan.concepts import TYPES_CLIENTS
from salesplan.entreprises import categorie_entreprise
from salesplan.errors import SalesplanTypeError, SalesplanValueError, UnknownCodeError

M = 1_000_000


@pytest.mark.parametrize(
    ("effectif", "ca", "bilan", "code"),
    [
        (9, 2 * M, 5 * M, "micro"),  # exactly 2 M€ of turnover: "n'excédant pas"
        (9, 5 * M, 2 * M, "micro"),  # turnover above, balance sheet at the cap
        (9, "2 000 000,01", "2 000 000,01", "pme"),  # both above by one cent
        (10, 1, 1, "pme"),  # "moins de 10 personnes" is strict
        ("9,5", 1, 1, "micro"),  # annual work units may be fractions
        (0, 0, 0, "micro"),
        (249, 50 * M, 90 * M, "pme"),
        (249, 60 * M, 43 * M, "pme"),  # CA above but bilan at the cap
        (249, "50 000 000,01", "43 000 000,01", "eti"),
        (250, 1, 1, "eti"),
        (4999, 1500 * M, 9000 * M, "eti"),
        (4999, 9000 * M, 2000 * M, "eti"),
        (4999, 1500 * M + 1, 2000 * M + 1, "grande_entreprise"),
        (5000, 1, 1, "grande_entreprise"),
        (3, 4 * M, 3 * M, "pme"),  # few people but too big for a micro-enterprise
    ],
)
def test_boundaries(effectif: object, ca: object, bilan: object, code: str) -> None:
    assert categorie_entreprise(effectif, ca, bilan).code == code


def test_result_reads_well_in_french() -> None:
    result = categorie_entreprise(249, "60 000 000 €", "43 000 000 €")
    assert result.libelle == "Petite ou moyenne entreprise (PME)"
    assert result.concept is TYPES_CLIENTS["pme"]
    assert result.effectif == Decimal(249) and result.chiffre_affaires == Decimal(60 * M)
    assert result.motif == (
        "Pas micro-entreprise : effectif 249 ≥ 10 ; PME : effectif 249 < 250 et total de bilan "
        "43\u202f000\u202f000,00\u00a0€ ≤ 43\u202f000\u202f000,00\u00a0€ (décret 2008-1354, art. 3)."
    )
    assert str(result).startswith("Catégorie : Petite ou moyenne entreprise (PME). Pas micro-entreprise")


def test_reason_names_the_failing_financial_criteria() -> None:
    motif = categorie_entreprise(9, "2 500 000", "2 100 000").motif
    assert "Pas micro-entreprise : chiffre d'affaires 2\u202f500\u202f000,00\u00a0€ > " in motif
    assert "total de bilan 2\u202f100\u202f000,00\u00a0€ > 2\u202f000\u202f000,00\u00a0€" in motif
    big = categorie_entreprise(5000, 1, 1).motif
    assert "pas ETI : effectif 5\u202f000 ≥ 5\u202f000" in big and big.endswith("(décret 2008-1354, art. 3).")


def test_codes_are_the_catalogue_codes() -> None:
    codes = {categorie_entreprise(e, 1, 1).code for e in (1, 50, 1000, 10_000)}
    assert codes == {"micro", "pme", "eti", "grande_entreprise"} <= set(TYPES_CLIENTS.codes())


@given(
    st.decimals(min_value=0, max_value=20_000, places=1),
    st.integers(min_value=0, max_value=5_000 * M),
    st.integers(min_value=0, max_value=5_000 * M),
)
def test_growing_never_makes_a_company_smaller(effectif: Decimal, ca: int, bilan: int) -> None:
    order = ["micro", "pme", "eti", "grande_entreprise"]
    base = order.index(categorie_entreprise(effectif, ca, bilan).code)
    assert order.index(categorie_entreprise(effectif + 1, ca, bilan).code) >= base
    assert order.index(categorie_entreprise(effectif, ca + M, bilan + M).code) >= base


@pytest.mark.parametrize(
    ("args", "error", "named"),
    [
        ((-1, 1, 1), SalesplanValueError, "-1"),
        (("dix", 1, 1), SalesplanValueError, "'dix'"),
        ((True, 1, 1), SalesplanTypeError, "True"),
        ((5, "-3 €", 1), SalesplanValueError, "'-3 €'"),
        ((5, 1, None), SalesplanTypeError, "None"),
        ((5, float("nan"), 1), SalesplanValueError, "nan"),
    ],
)
def test_bad_inputs(args: tuple[object, object, object], error: type[Exception], named: str) -> None:
    with pytest.raises(error) as info:
        categorie_entreprise(*args)
    assert named in str(info.value)


def test_date_outside_the_table_or_unreadable() -> None:
    with pytest.raises(UnknownCodeError, match="aucune valeur connue"):
        categorie_entreprise(5, 1, 1, date="01/01/2005")
    with pytest.raises(SalesplanValueError, match="31/02/2026"):
        categorie_entreprise(5, 1, 1, date="31/02/2026")
