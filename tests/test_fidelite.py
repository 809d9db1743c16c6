"""Fidélisation: indicators per client, RFM on a tiny history, retention and CLV."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pandas as pd
import pytest

from salesplan.errors import SalesplanTypeError, SalesplanValueError
from salesplan.fidelite import indicateurs_clients, segmenter_rfm, taux_de_retention, valeur_vie_client

H = [
    ("A", "05/01/2026", 100),
    ("A", "01/03/2026", 200),
    ("A", "20/03/2026", 300),
    ("B", "01/06/2025", 1000),
    ("B", "01/07/2025", 1000),
    ("C", "25/03/2026", 50),
    ("D", "01/10/2025", 80),
]
HISTORIQUE = [{"client": c, "date": d, "montant_ht": m} for c, d, m in H]
REF = "31/03/2026"


def test_indicators_by_hand_with_a_half_cent_average() -> None:
    h = [
        {"client": "Roux", "date": "02/01/2026", "montant_ht": "10,00"},
        {"client": "Roux", "date": dt.date(2026, 3, 1), "montant_ht": "10,01"},
    ]
    (c,) = indicateurs_clients(h, date_reference=REF)
    assert c.chiffre_affaires == Decimal("20.01")
    assert c.frequence == 2
    assert c.panier_moyen == Decimal("10.01")  # 10,005 → 10,01 (half up)
    assert c.recence == 30  # 01/03 → 31/03
    assert (c.premiere_commande, c.derniere_commande) == (dt.date(2026, 1, 2), dt.date(2026, 3, 1))


def test_rfm_on_a_tiny_history() -> None:
    # Récence (days): A 11, B 273, C 6, D 181 → ranks from the worst B1 D2 A3 C4 → ⌈5 × rank / 4⌉ = 2, 3, 4, 5.
    # Fréquence: C and D tie at 1 order (ranks 1 and 2 → 1.5 → ⌈1.875⌉ = 2), B 2 → 4, A 3 → 5.
    # Montant: C 50 → 2, D 80 → 3, A 600 → 4, B 2000 → 5.
    analyse = segmenter_rfm(HISTORIQUE, date_reference=REF)
    got = {c.indicateurs.client: (c.code, c.segment) for c in analyse.clients}
    assert got == {
        "A": ("454", "champions"),
        "B": ("245", "à risque"),
        "C": ("522", "nouveaux"),
        "D": ("323", "à développer"),
    }
    assert analyse.effectifs() == {
        "champions": 1,
        "fidèles": 0,
        "nouveaux": 1,
        "à développer": 1,
        "à risque": 1,
        "à réactiver": 0,
    }


def test_rfm_single_client_and_all_tied() -> None:
    seul = segmenter_rfm(HISTORIQUE[:1], date_reference=REF)
    assert seul.clients[0].code == "555" and seul.clients[0].segment == "champions"
    egaux = [{"client": x, "date": "01/01/2026", "montant_ht": 10} for x in "PQRSTUVWXY"]
    # 10 ties: average rank 5.5 → ⌈5 × 5.5 / 10⌉ = 3 on every measure → fidèles
    assert {c.code for c in segmenter_rfm(egaux, date_reference=REF).clients} == {"333"}


def test_dataframe_input_gives_the_same_result() -> None:
    frame = pd.DataFrame(HISTORIQUE)
    a = segmenter_rfm(frame, date_reference=REF)
    b = segmenter_rfm(HISTORIQUE, date_reference=REF)
    assert a == b
    table = a.to_frame()
    assert table.loc["A", "code RFM"] == "454"
    assert table.loc["B", "chiffre d'affaires HT (€)"] == Decimal("2000.00")
    assert "récence (jours)" in table.columns


@pytest.mark.parametrize(
    ("debut", "fin", "nouveaux", "taux"), [(200, 190, 30, "80.00"), (3, 2, 0, "66.67"), (8, 1, 0, "12.50")]
)
def test_retention(debut: int, fin: int, nouveaux: int, taux: str) -> None:
    assert taux_de_retention(debut, fin, nouveaux) == Decimal(taux)


def test_clv_simple_and_with_retention() -> None:
    assert valeur_vie_client(250, 6, 30, 5) == Decimal("2250.00")  # 250 × 6 × 0,30 × 5
    assert valeur_vie_client("99,99", "2,5", 40, "1,5") == Decimal(
        "149.99"
    )  # 99,99 × 2,5 × 0,4 × 1,5 = 149,985 → half up
    # M = 1000 × 1 × 0,5 = 500; 500 / 1,1 + 500 × 0,8 / 1,21 = 454,5454… + 330,5785… = 785,12
    assert valeur_vie_client(1000, 1, 50, 2, taux_retention=80, taux_actualisation=10) == Decimal("785.12")
    # 100 % retention and no discount: the simple formula again
    assert valeur_vie_client(250, 6, 30, 5, taux_retention=100) == Decimal("2250.00")


@pytest.mark.parametrize(
    ("historique", "error", "fragment"),
    [
        ([], SalesplanValueError, "vide"),
        ("commandes", SalesplanTypeError, "'commandes'"),
        ([("A", "01/01/2026", 1)], SalesplanTypeError, "('A'"),
        ([{"client": "A", "date": "01/01/2026"}], SalesplanValueError, "'montant_ht'"),
        ([{"client": "A", "date": "01/05/2026", "montant_ht": 1}], SalesplanValueError, "01/05/2026"),
        ([{"client": "A", "date": "31/02/2026", "montant_ht": 1}], SalesplanValueError, "31/02/2026"),
        ([{"client": "A", "date": "01/01/2026", "montant_ht": -5}], SalesplanValueError, "-5"),
        ([{"client": 42, "date": "01/01/2026", "montant_ht": 5}], SalesplanTypeError, "42"),
    ],
)
def test_history_bad_input(historique: object, error: type[Exception], fragment: str) -> None:
    for fonction in (indicateurs_clients, segmenter_rfm):
        with pytest.raises(error) as info:
            fonction(historique, date_reference=REF)
        assert fragment in str(info.value)


def test_bad_reference_date() -> None:
    with pytest.raises(SalesplanValueError, match="32/03/2026"):
        segmenter_rfm(HISTORIQUE, date_reference="32/03/2026")
    with pytest.raises(SalesplanValueError, match="32/03/2026"):
        indicateurs_clients(HISTORIQUE, date_reference="32/03/2026")


@pytest.mark.parametrize(
    ("args", "error", "fragment"),
    [
        ((0, 5, 0), SalesplanValueError, "0"),
        ((10, 5, 6), SalesplanValueError, "6"),
        ((10, 25, 5), SalesplanValueError, "25"),
        ((10, "cinq", 0), SalesplanValueError, "cinq"),
        ((10.5, 5, 0), SalesplanValueError, "10.5"),
        ((True, 5, 0), SalesplanTypeError, "True"),
    ],
)
def test_retention_bad_input(args: tuple[object, object, object], error: type[Exception], fragment: str) -> None:
    with pytest.raises(error) as info:
        taux_de_retention(*args)
    assert fragment in str(info.value)


@pytest.mark.parametrize(
    ("args", "kwargs", "fragment"),
    [
        ((-1, 6, 30, 5), {}, "-1"),
        ((100, -2, 30, 5), {}, "-2"),
        ((100, 2, 130, 5), {}, "130"),
        ((100, 2, 30, -3), {}, "-3"),
        ((100, 2, 30, "2,5"), {"taux_retention": 80}, "2,5"),
        ((100, 2, 30, 3), {"taux_retention": 120}, "120"),
        ((100, 2, 30, 3), {"taux_actualisation": -4}, "-4"),
    ],
)
def test_clv_bad_input(args: tuple[object, ...], kwargs: dict[str, object], fragment: str) -> None:
    with pytest.raises(SalesplanValueError) as info:
        valeur_vie_client(*args, **kwargs)
    assert fragment in str(info.value)
