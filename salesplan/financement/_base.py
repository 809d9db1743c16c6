"""Shared input checks and constants of the financing calculators."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext

from salesplan.errors import SalesplanTypeError, SalesplanValueError, show
from salesplan.values import (
    percent,
    round_cent,
    to_amount,
)

PRECISION = 34
DUREE_MAX_ANNEES = 50  # a loan or a lease longer than this is a typing error
JOURS_DE_BANQUE_MAX = 30
MODES = ("annuites_constantes", "amortissement_constant")
TERMES = ("a_echoir", "echu")
ECHEANCES = {1: "annuité", 2: "semestrialité", 4: "trimestrialité", 12: "mensualité"}
_LOYERS = {1: "annuels", 2: "semestriels", 4: "trimestriels", 12: "mensuels"}
JOURS_ANNEE_COMMERCIALE = 360  # commercial year of the escompte: V × t × n / 36 000
_TOLERANCE = Decimal("1e-10")
_RATE_PLACES = Decimal("0.000001")
_TWO_PLACES = Decimal("0.01")

# --- shared input checks -------------------------------------------------


def _capital(value: object, *, name: str = "capital") -> Decimal:
    amount = to_amount(value, name=name)
    if amount <= 0:
        raise SalesplanValueError(f"{name} : {show(value)} doit être strictement positif.")
    if amount != round_cent(amount):
        raise SalesplanValueError(f"{name} : {show(value)} a plus de deux décimales ; donnez un montant au centime.")
    return round_cent(amount)  # same value, written with two decimals


def _centimes(value: object, *, name: str) -> Decimal:
    amount = to_amount(value, name=name)
    if amount != round_cent(amount):
        raise SalesplanValueError(f"{name} : {show(value)} a plus de deux décimales ; donnez un montant au centime.")
    return round_cent(amount)


def _periodes(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise SalesplanTypeError(f"periodes_par_an : {show(value)} doit être un entier parmi 1, 2, 4 ou 12.")
    if value not in ECHEANCES:
        raise SalesplanValueError(
            f"periodes_par_an : {show(value)} n'est pas une périodicité connue ; "
            "choisissez 1 (annuelle), 2 (semestrielle), 4 (trimestrielle) ou 12 (mensuelle)."
        )
    return value


def _taux_periodique(taux: Decimal, periodes_par_an: int) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = PRECISION
        return percent(taux) / periodes_par_an


def _annuite_exacte(capital: Decimal, i: Decimal, n: int) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = PRECISION
        if i == 0:
            return capital / n
        return capital * i / (1 - (1 + i) ** -n)


def _round(value: Decimal, places: Decimal) -> Decimal:
    return value.quantize(places, rounding=ROUND_HALF_UP)


__all__ = [
    "DUREE_MAX_ANNEES",
    "ECHEANCES",
    "JOURS_ANNEE_COMMERCIALE",
    "JOURS_DE_BANQUE_MAX",
    "MODES",
    "PRECISION",
    "TERMES",
]
