"""The French table formatter of the views (issue #14, part 3)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pandas as pd
import pytest

from salesplan import SalesplanError
from salesplan.financement import tableau_amortissement
from salesplan.views.tables import format_frame, libelle

NNBSP, NBSP = "\u202f", "\u00a0"


def test_library_results_read_the_french_way() -> None:
    table = format_frame(tableau_amortissement(10000, 6, 3).to_frame())
    assert next(iter(table.columns)) == "capital restant dû (début)"
    assert table.iloc[0, 0] == f"10{NNBSP}000,00{NBSP}€"
    assert table.iloc[1, 0] == f"6{NNBSP}858,90{NBSP}€"
    assert list(table.index) == ["1", "2", "3"]


def test_units_from_the_header_or_given() -> None:
    df = pd.DataFrame(
        {
            "coût (€)": [Decimal("1869.83")],
            "taux_tva": [Decimal("5.5")],
            "quantite": [1234.5],
            "date_echeance": [dt.date(2027, 3, 17)],
            "client": ["Ateliers Roux"],
            "note": [None],
        }
    )
    out = format_frame(df, unites={"quantite": "nombre"})
    assert list(out.columns) == ["coût (€)", "taux TVA", "quantite", "date echeance", "client", "note"]
    assert out.iloc[0].tolist() == [
        f"1{NNBSP}869,83{NBSP}€",
        f"5,5{NBSP}%",
        f"1{NNBSP}234,5",
        "17/03/2027",
        "Ateliers Roux",
        "",
    ]


def test_headers() -> None:
    assert libelle("montant_ht") == "montant HT"
    assert libelle("Net à payer") == "Net à payer"


def test_bad_input_is_a_french_error() -> None:
    with pytest.raises(SalesplanError):
        format_frame([1, 2])  # type: ignore[arg-type]
    with pytest.raises(SalesplanError, match="unité"):
        format_frame(pd.DataFrame({"a": [1]}), unites={"a": "kg"})
