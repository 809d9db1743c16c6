"""French formatting checked against Babel's fr_FR formats (issue #14, part 3).

Babel (CLDR data) is the oracle; the library stays stdlib-only. Two deliberate
differences are normalised before comparing: the library writes the
typographic minus (U+2212) where CLDR's fr uses a hyphen-minus, and it rounds
half-up as an invoice does where Babel rounds half-even (so the drawn values
never fall on a tie).
"""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_currency
from babel.numbers import format_decimal as babel_decimal
from babel.numbers import format_percent as babel_percent
from hypothesis import given
from hypothesis import strategies as st

from salesplan.values import format_decimal, format_euros, format_number, format_percent

CENTS = st.decimals(min_value=Decimal("-999999999999.99"), max_value=Decimal("999999999999.99"), places=2)
EXACT = st.decimals(min_value=Decimal("-999999999.999999"), max_value=Decimal("999999999.999999"), places=6)


def _ascii_minus(text: str) -> str:
    return text.replace("\u2212", "-")


@given(EXACT)
def test_format_number_matches_babel(value: Decimal) -> None:
    expected = babel_decimal(value, locale="fr_FR", decimal_quantization=False)
    if value == 0:
        expected = "0"  # Babel keeps "-0"; the library writes 0 without a sign
    assert _ascii_minus(format_number(value)) == expected


@given(EXACT)
def test_format_decimal_matches_babel_with_its_places(value: Decimal) -> None:
    places = max(0, -int(value.as_tuple().exponent))
    pattern = "0." + "0" * places if places else "0"  # the digits the value holds, no grouping
    expected = babel_decimal(value, format=pattern, locale="fr_FR")
    if value == 0:
        expected = expected.lstrip("-")
    assert _ascii_minus(format_decimal(value)) == expected


def test_format_decimal_keeps_the_written_places() -> None:
    assert format_decimal(Decimal("1.20")) == "1,20"  # a coefficient keeps its two places
    assert format_decimal(Decimal("1729.10")) == "1729,10"  # no thousands grouping
    assert format_decimal(Decimal("-0.00")) == "0,00"


@given(CENTS)
def test_format_euros_matches_babel(value: Decimal) -> None:
    expected = format_currency(value, "EUR", locale="fr_FR")
    if value == 0:
        expected = expected.lstrip("-")
    assert _ascii_minus(format_euros(value)) == expected


@given(st.decimals(min_value=Decimal("-1000"), max_value=Decimal("1000"), places=2))
def test_format_percent_matches_babel(value: Decimal) -> None:
    expected = babel_percent(value / 100, locale="fr_FR", format="#,##0.##\u00a0%")
    if value == 0:
        expected = expected.lstrip("-")
    assert _ascii_minus(format_percent(value)) == expected


def test_the_deliberate_differences() -> None:
    assert format_number(Decimal("0.125"), decimals=2) == "0,13"  # half-up, Babel gives 0,12
    assert format_number(-3) == "\u22123"  # typographic minus
