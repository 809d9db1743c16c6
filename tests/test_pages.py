"""Helpers shared by the book's pages (glue_markdown is exercised by the strict build)."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd

from salesplan.concepts import ROLES
from salesplan.views.pages import concept_table, french_numbers


def test_concept_table_is_indexed_by_label() -> None:
    table = concept_table(ROLES, ("définition",))
    assert list(table.columns) == ["définition"]
    assert "Décideur" in table.index and len(table) == len(ROLES)


def test_french_numbers_leaves_text_alone() -> None:
    table = french_numbers(pd.DataFrame({"offre": ["A", "B"], "total": [Decimal("14.60"), 1234.5]}))
    assert table["offre"].tolist() == ["A", "B"]
    assert table["total"].tolist() == ["14,6", "1\u202f234,5"]
