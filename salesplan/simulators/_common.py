"""Fields several simulators share: the VAT rate and its choices, the price of an offer."""

from __future__ import annotations

from decimal import Decimal

from salesplan import parametres
from salesplan.simulators._fields import Field, choice, money
from salesplan.values import format_number, parse_number

TVA_CODES = ("tva_normal", "tva_intermediaire", "tva_reduit", "tva_particulier")


def vat_choices() -> tuple[tuple[str, str], ...]:
    """The VAT rates in force today, as (« 5,5 », « 5,5 % (réduit) ») choices: short enough for a phone's
    width, the field's label already says « Taux de TVA ».

    >>> vat_choices()[0]
    ('20', '20\u00a0% (normal)')
    """
    rows = [parametres.parametre(code) for code in TVA_CODES]
    return tuple(
        (
            format_number(p.valeur),
            f"{format_number(p.valeur)}\u00a0% ({p.libelle.removeprefix('Taux ').removesuffix(' de TVA')})",
        )
        for p in rows
    )


def rate_of(choice: str) -> Decimal:
    """The rate of a VAT choice value (« 5,5 » → 5.5)."""
    return parse_number(choice)


NORMAL_VAT = format_number(parametres.valeur("tva_normal"))
"""The standard rate as a choice value (« 20 »), the default of every VAT field."""


def vat_field(label: str = "Taux de TVA", *, help: str) -> Field:
    """The ``taux_tva`` choice of the rates in force, standard rate by default."""
    return choice("taux_tva", label, NORMAL_VAT, choices=vat_choices(), help=help)


EXAMPLE_OFFERS = (("Bureautik Pro", "48 600"), ("Copitec", "42 000"), ("Imprimex", "51 500"))
"""(name, price HT) of the three offers to one tender both offer simulators open with."""


def offer_price(*, help: str, required: bool = True) -> Field:
    """The ``prix_ht`` column of a table of offers (a public buyer's or a grid's)."""
    return money("prix_ht", "Prix HT", "1 000", minimum="0,01", maximum="1000000000", required=required, help=help)


__all__ = ["EXAMPLE_OFFERS", "NORMAL_VAT", "TVA_CODES", "offer_price", "rate_of", "vat_choices", "vat_field"]
