"""Helpers shared by the book's pages (glue_markdown is exercised by the strict build)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pandas as pd
import pytest

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


def test_glue_writes_what_myst_nb_glue_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """``pages.glue`` (no nbformat import) and ``myst_nb.glue`` display the same bundle."""
    import IPython.display
    import myst_nb.ext.glue

    from salesplan.views.pages import glue

    shown: list[tuple[Any, Any]] = []
    record = lambda bundle, raw, metadata: shown.append((bundle, metadata))  # noqa: E731
    monkeypatch.setattr(IPython.display, "display", record)
    monkeypatch.setattr(myst_nb.ext.glue, "ipy_display", record)
    for display in (True, False):
        glue("montant", "1 234,56 €", display=display)
        myst_nb.ext.glue.glue("montant", "1 234,56 €", display=display)
    assert shown[0] == shown[1] and shown[2] == shown[3] and shown[0] != shown[2]
    assert "application/papermill.record/text/plain" in shown[2][0]
