"""Pieces several simulators share: VAT rate choices, number cells."""

from __future__ import annotations

from decimal import Decimal

from salesplan import parametres
from salesplan.values import format_number, parse_number

TVA_CODES = ("tva_normal", "tva_intermediaire", "tva_reduit", "tva_particulier")


def vat_choices() -> tuple[tuple[str, str], ...]:
    """The VAT rates in force today, as (« 5,5 », « 5,5 % (taux réduit de TVA) ») choices."""
    rows = [parametres.parametre(code) for code in TVA_CODES]
    return tuple(
        (format_number(p.valeur), f"{format_number(p.valeur)}\u00a0% ({p.libelle[0].lower()}{p.libelle[1:]})")
        for p in rows
    )


def rate_of(choice: str) -> Decimal:
    """The rate of a VAT choice value (« 5,5 » → 5.5)."""
    return parse_number(choice)
