"""The foundation: parsing of user input, the parameter table, catalogues."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from salesplan import parametres
from salesplan.concepts import Catalogue, Concept
from salesplan.errors import SalesplanError, SalesplanTypeError, SalesplanValueError, UnknownCodeError
from salesplan.values import format_euros, parse_number, round_cent, to_amount, to_date, to_decimal, to_rate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 234,56 €", "1234.56"),
        ("1234.56", "1234.56"),
        ("1.234,56", "1234.56"),
        ("1,234.56", "1234.56"),
        ("12,5 %", "12.5"),
        ("  -3 ", "-3"),
        ("1\u202f000\u00a0€ HT", "1000"),
    ],
)
def test_parse_number_reads_french_and_english(text: str, expected: str) -> None:
    assert parse_number(text) == Decimal(expected)


def test_float_goes_through_its_shortest_text() -> None:
    assert to_decimal(0.1) == Decimal("0.1")
    assert to_decimal(1.15) == Decimal("1.15")


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), "abc", "1,2,3x", Decimal("NaN")])
def test_bad_numbers_get_a_french_message_naming_them(bad: object) -> None:
    with pytest.raises(SalesplanValueError) as info:
        to_decimal(bad)
    assert "nombre" in str(info.value)


@pytest.mark.parametrize("bad", [True, None, [1], object()])
def test_wrong_types_are_type_errors(bad: object) -> None:
    with pytest.raises(SalesplanTypeError):
        to_decimal(bad)


def test_errors_derive_from_builtins() -> None:
    with pytest.raises(ValueError):
        to_amount(-1)
    with pytest.raises(TypeError):
        to_amount(False)
    assert issubclass(UnknownCodeError, SalesplanError)


def test_rates_are_bounded() -> None:
    assert to_rate("5,5") == Decimal("5.5")
    with pytest.raises(SalesplanValueError, match="101"):
        to_rate(101)


@pytest.mark.parametrize(("amount", "rounded"), [("0.005", "0.01"), ("0.004999", "0.00"), ("2.675", "2.68")])
def test_round_cent_is_half_up(amount: str, rounded: str) -> None:
    assert round_cent(Decimal(amount)) == Decimal(rounded)


def test_format_euros_is_french() -> None:
    assert format_euros(Decimal("1234567.005")) == "1\u202f234\u202f567,01\u00a0€"


def test_dates_in_french_or_iso() -> None:
    assert to_date("17/03/2027") == dt.date(2027, 3, 17) == to_date("2027-03-17")
    with pytest.raises(SalesplanValueError, match="31/02/2027"):
        to_date("31/02/2027")


def test_catalogue_suggests_the_nearest_code() -> None:
    cat = Catalogue("rôle", (Concept("decideur", "Décideur", "", ""), Concept("acheteur", "Acheteur", "", "")))
    assert cat.get("Décideur").code == "decideur"
    with pytest.raises(UnknownCodeError, match="Vouliez-vous dire 'acheteur'"):
        cat.get("acheteurs")


def test_parameters_change_with_the_date() -> None:
    assert parametres.valeur("seuil_dispense_fournitures", date="31/03/2026") == 40000
    assert parametres.valeur("seuil_dispense_fournitures", date="01/04/2026") == 60000


def test_unknown_period_is_a_clear_error() -> None:
    with pytest.raises(UnknownCodeError, match="aucune valeur connue"):
        parametres.valeur("interet_legal_professionnel", date="15/09/2026")


def test_every_parameter_has_a_source() -> None:
    for row in parametres.TABLE:
        assert row.source, row.code
        assert row.fin is None or row.fin >= row.debut


def test_core_import_stays_light() -> None:
    heavy = "('pandas', 'matplotlib', 'ipywidgets', 'numpy')"
    code = f"import sys, salesplan, salesplan.concepts; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def _defined_public_names(path: Path) -> set[str]:
    """Functions, classes and UPPER_CASE constants a module defines at its top level (not imported ones)."""
    import ast

    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name) and t.id.isupper()}
    return {name for name in names if not name.startswith("_")}


@pytest.mark.parametrize(
    "module",
    sorted(
        f"salesplan.{folder}.{path.stem}".removesuffix(".__init__")
        for folder in ("views", "tooling")
        for path in (Path(__file__).parent.parent / "salesplan" / folder).glob("*.py")
    ),
)
def test_every_views_and_tooling_module_lists_its_public_names(module: str) -> None:
    """``__all__`` says what a module offers; a public function defined but left out of it is a mistake."""
    import importlib

    loaded = importlib.import_module(module)
    assert isinstance(loaded.__all__, list | tuple), module
    assert _defined_public_names(Path(str(loaded.__file__))) <= set(loaded.__all__), module
