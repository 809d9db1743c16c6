"""Charts: each builds a Figure with French labels and a French alt text; bad inputs are refused."""

from __future__ import annotations

import sys
from decimal import Decimal

import pytest
from matplotlib.figure import Figure

from salesplan.errors import SalesplanTypeError, SalesplanValueError
from salesplan.fidelite import segmenter_rfm
from salesplan.grille import comparer_offres
from salesplan.views.charts import (
    Chart,
    amortization_chart,
    format_number,
    grid_chart,
    lead_score_chart,
    order_waterfall_chart,
    rfm_chart,
)

D = Decimal
GRILLE = comparer_offres(
    {"Prix": 40, "Qualité": 30, "Délai": 20, "SAV": 10},
    {
        "A": {"Prix": 16, "Qualité": 12, "Délai": 14, "SAV": 10},
        "B": {"Prix": 12, "Qualité": 16, "Délai": 12, "SAV": 14},
        "C": {"Prix": 14, "Qualité": 14, "Délai": 10, "SAV": 12},
    },
)
HISTORIQUE = [
    {"client": "A", "date": "05/01/2026", "montant_ht": 100},
    {"client": "A", "date": "20/03/2026", "montant_ht": 300},
    {"client": "B", "date": "01/06/2025", "montant_ht": 1000},
    {"client": "C", "date": "25/03/2026", "montant_ht": 50},
]
COMMANDE = [
    ("Montant brut", D("1000")),
    ("Remise 10 %", D("-100")),
    ("Net commercial", D("900")),
    ("Escompte 2 %", D("-18")),
    ("Port", D("25")),
    ("Net HT", D("907")),
    ("TVA 20 %", D("181.40")),
    ("Net à payer TTC", D("1088.40")),
]


def _texts(chart: Chart) -> str:
    ax = chart.figure.axes[0]
    return " ".join([ax.get_title(), ax.get_xlabel(), ax.get_ylabel(), *(t.get_text() for t in ax.get_xticklabels())])


def test_grid_chart() -> None:
    chart = grid_chart(GRILLE)
    assert isinstance(chart.figure, Figure)
    assert "Note pondérée (sur 20)" in _texts(chart)
    assert "A 13,8 (rang 1)" in chart.alt and "Prix 40\u00a0%" in chart.alt
    labels = chart.figure.axes[0].get_legend().get_texts()
    assert labels[0].get_text() == "Prix (40\u00a0%)"
    assert [t.get_text() for t in chart.figure.axes[0].get_yticklabels()] == ["C", "B", "A"]


def test_rfm_chart() -> None:
    chart = rfm_chart(segmenter_rfm(HISTORIQUE, date_reference="31/03/2026"))
    assert "Nombre de clients" in _texts(chart) and "31/03/2026" in _texts(chart)
    assert "sur 3 clients" in chart.alt and "champions" in chart.alt


def test_lead_score_chart() -> None:
    chart = lead_score_chart([10, 45, 45, 90, 120])
    assert "Score total (points)" in _texts(chart)
    assert "seuil MQL à 40 points" in chart.alt and "1 froids, 2 MQL, 2 SQL" in chart.alt


def test_amortization_chart() -> None:
    chart = amortization_chart([D(6000), D(3000), D(0)], [D("450"), D("300.50"), D("150.25")])
    assert "Période" in _texts(chart)
    assert "900,75\u00a0€ au total" in chart.alt and "3 périodes" in chart.alt


def test_order_waterfall_chart() -> None:
    chart = order_waterfall_chart(COMMANDE)
    assert "Net à payer TTC" in _texts(chart)
    assert "Net à payer TTC 1\u202f088,40\u00a0€" in chart.alt
    bars = chart.figure.axes[0].patches
    assert (bars[1].get_y(), bars[1].get_height()) == (1000.0, -100.0)  # the remise hangs from the running total
    explicit = order_waterfall_chart(COMMANDE, sous_totaux=["Net commercial", "Net HT", "Net à payer TTC"])
    assert explicit.alt == chart.alt


def test_axis_numbers_are_french() -> None:
    assert format_number(1234.5) == "1\u202f234,5"
    assert format_number(D("-0.25"), decimals=1) == "−0,3"  # half-up, as everywhere in the library
    assert format_number(12) == "12"
    chart = amortization_chart([D(12000.5)], [D(1)])
    formatter = chart.figure.axes[0].yaxis.get_major_formatter()
    assert formatter(2.5, 0) == "2,5"


def test_chart_displays_as_an_image_with_its_alt_text() -> None:
    chart = grid_chart(GRILLE)
    html = chart._repr_html_()
    assert html.startswith('<img src="data:image/png;base64,') and 'alt="Barres horizontales' in html
    figure, alt = chart
    assert figure is chart.figure and alt == chart.alt
    assert "matplotlib.pyplot" not in sys.modules


def test_every_chart_refuses_bad_input() -> None:
    with pytest.raises(SalesplanTypeError, match="'grille'"):
        grid_chart("grille")  # type: ignore[arg-type]
    with pytest.raises(SalesplanTypeError, match="42"):
        rfm_chart(42)  # type: ignore[arg-type]
    with pytest.raises(SalesplanValueError, match="vide"):
        lead_score_chart([])
    with pytest.raises(SalesplanValueError, match="beaucoup"):
        lead_score_chart([1, "beaucoup"])
    with pytest.raises(SalesplanTypeError, match="'règles'"):
        lead_score_chart([1], "règles")  # type: ignore[arg-type]
    with pytest.raises(SalesplanTypeError, match="12"):
        lead_score_chart(12)  # type: ignore[arg-type]
    with pytest.raises(SalesplanValueError, match="2 capitaux restants pour 1 intérêts"):
        amortization_chart([D(1), D(0)], [D(1)])
    with pytest.raises(SalesplanValueError, match="-5"):
        amortization_chart([D(-5)], [D(1)])
    with pytest.raises(SalesplanValueError, match="1\u202f188,40"):
        order_waterfall_chart([*COMMANDE[:-1], ("Net à payer TTC", D("1188.40"))])
    with pytest.raises(SalesplanValueError, match="signe moins"):
        order_waterfall_chart([("Montant brut", D(100)), ("Remise", D(10)), ("Net", D(90))])
    with pytest.raises(SalesplanValueError, match="Port : 25,00"):
        order_waterfall_chart(COMMANDE, sous_totaux=["Net commercial", "Port"])
    with pytest.raises(SalesplanTypeError, match="'Montant brut'"):
        order_waterfall_chart(["Montant brut", "Net"])  # type: ignore[list-item]
    with pytest.raises(SalesplanTypeError, match="'abc'"):
        format_number("abc")  # type: ignore[arg-type]
