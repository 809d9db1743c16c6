"""Marges : taux de marge, taux de marque, coefficient multiplicateur, prix plancher.

Classic formulas of commercial mathematics (BTS NDRC, "Évaluer sa marge"), all HT
except the coefficient, which goes from the purchase cost HT to the selling price TTC:

* marge unitaire = PV HT − coût d'achat HT;
* taux de marge = marge ÷ coût d'achat HT × 100 (a rate on the cost; not INSEE's
  "taux de marge" of national accounts, EBE ÷ valeur ajoutée);
* taux de marque = marge ÷ PV HT × 100 (a rate on the selling price);
* coefficient multiplicateur = PV TTC ÷ coût d'achat HT = (1 + taux de marge) × (1 + TVA).

Precision: rates are returned in percent as ``Decimal`` rounded half-up to two
decimals (33.333… → 33.33); prices to the cent (half-up); coefficients to four
decimals. Computations are exact until that final rounding. A selling price
below the cost is allowed: the margin and both rates are then negative.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal

from salesplan.commande import TAUX_TVA_DEFAUT
from salesplan.errors import SalesplanValueError, show
from salesplan.values import CENT, HUNDRED, Number, percent, round_cent, to_amount, to_decimal, to_rate

_COEF = Decimal("0.0001")


def _taux(value: Decimal) -> Decimal:
    """A rate in percent rounded half-up to two decimals (the same quantum as a cent)."""
    return round_cent(value)


def _non_nul(value: Number, name: str, pourquoi: str) -> Decimal:
    """A strictly positive amount: it is a divisor."""
    result = to_amount(value, name=name)
    if result == 0:
        raise SalesplanValueError(f"{name} : {show(value)} — division par zéro : {pourquoi}")
    return result


def _taux_de_marge_valide(value: Number, name: str = "taux de marge") -> Decimal:
    result = to_decimal(value, name=name)
    if result <= -100:
        raise SalesplanValueError(
            f"{name} : {show(value)} % est impossible ; un taux de marge est supérieur à −100 % "
            "(sinon le prix de vente serait nul ou négatif)."
        )
    return result


def _taux_de_marque_valide(value: Number, name: str = "taux de marque") -> Decimal:
    result = to_decimal(value, name=name)
    if result >= 100:
        raise SalesplanValueError(
            f"{name} : {show(value)} % est impossible ; un taux de marque est strictement inférieur à 100 % "
            "(la marge ne peut pas atteindre le prix de vente entier)."
        )
    return result


def _coefficient_valide(value: Number) -> Decimal:
    result = to_decimal(value, name="coefficient multiplicateur")
    if result <= 0:
        raise SalesplanValueError(
            f"coefficient multiplicateur : {show(value)} doit être strictement positif (par exemple 1,8)."
        )
    return result


# --------------------------------------------------------------------------- from cost and price


def marge_unitaire(cout_achat: Number, prix_vente: Number) -> Decimal:
    """Marge unitaire HT = prix de vente HT − coût d'achat HT, au centime (négative si vente à perte).

    >>> marge_unitaire(80, 100)
    Decimal('20.00')
    """
    cout = to_amount(cout_achat, name="coût d'achat HT")
    prix = to_amount(prix_vente, name="prix de vente HT")
    return round_cent(prix - cout)


def taux_de_marge(cout_achat: Number, prix_vente: Number) -> Decimal:
    """Taux de marge = (PV HT − coût d'achat HT) ÷ coût d'achat HT × 100, en %, 2 décimales.

    >>> taux_de_marge(80, 100)
    Decimal('25.00')
    >>> taux_de_marge(120, 100)  # vente à perte : taux négatif
    Decimal('-16.67')
    """
    cout = _non_nul(cout_achat, "coût d'achat HT", "le taux de marge se calcule sur le coût d'achat.")
    prix = to_amount(prix_vente, name="prix de vente HT")
    return _taux((prix - cout) / cout * HUNDRED)


def taux_de_marque(cout_achat: Number, prix_vente: Number) -> Decimal:
    """Taux de marque = (PV HT − coût d'achat HT) ÷ PV HT × 100, en %, 2 décimales.

    For a positive margin it is always below the taux de marge (same margin, larger divisor).

    >>> taux_de_marque(80, 100)
    Decimal('20.00')
    """
    cout = to_amount(cout_achat, name="coût d'achat HT")
    prix = _non_nul(prix_vente, "prix de vente HT", "le taux de marque se calcule sur le prix de vente.")
    return _taux((prix - cout) / prix * HUNDRED)


def coefficient_multiplicateur(cout_achat_ht: Number, prix_vente_ttc: Number) -> Decimal:
    """Coefficient multiplicateur = PV TTC ÷ coût d'achat HT, arrondi à 4 décimales.

    It takes the seller from the purchase cost HT straight to the price on the shelf.

    >>> coefficient_multiplicateur(50, 120)
    Decimal('2.4000')
    """
    cout = _non_nul(cout_achat_ht, "coût d'achat HT", "le coefficient se calcule sur le coût d'achat.")
    prix = to_amount(prix_vente_ttc, name="prix de vente TTC")
    return (prix / cout).quantize(_COEF, rounding=ROUND_HALF_UP)


# --------------------------------------------------------------------------- inverse computations


def prix_vente_depuis_taux_de_marge(cout_achat: Number, taux_de_marge: Number) -> Decimal:
    """Prix de vente HT = coût d'achat HT × (1 + taux de marge), au centime.

    >>> prix_vente_depuis_taux_de_marge(80, 25)
    Decimal('100.00')
    """
    cout = to_amount(cout_achat, name="coût d'achat HT")
    return round_cent(cout * (1 + percent(_taux_de_marge_valide(taux_de_marge))))


def prix_vente_depuis_taux_de_marque(cout_achat: Number, taux_de_marque: Number) -> Decimal:
    """Prix de vente HT = coût d'achat HT ÷ (1 − taux de marque), au centime.

    >>> prix_vente_depuis_taux_de_marque(80, 20)
    Decimal('100.00')
    """
    cout = to_amount(cout_achat, name="coût d'achat HT")
    return round_cent(cout / (1 - percent(_taux_de_marque_valide(taux_de_marque))))


def cout_achat_depuis_taux_de_marge(prix_vente: Number, taux_de_marge: Number) -> Decimal:
    """Coût d'achat HT = PV HT ÷ (1 + taux de marge), au centime.

    >>> cout_achat_depuis_taux_de_marge(100, 25)
    Decimal('80.00')
    """
    prix = to_amount(prix_vente, name="prix de vente HT")
    return round_cent(prix / (1 + percent(_taux_de_marge_valide(taux_de_marge))))


def cout_achat_depuis_taux_de_marque(prix_vente: Number, taux_de_marque: Number) -> Decimal:
    """Coût d'achat HT = PV HT × (1 − taux de marque), au centime.

    >>> cout_achat_depuis_taux_de_marque(100, 20)
    Decimal('80.00')
    """
    prix = to_amount(prix_vente, name="prix de vente HT")
    return round_cent(prix * (1 - percent(_taux_de_marque_valide(taux_de_marque))))


def prix_vente_ttc_depuis_coefficient(cout_achat_ht: Number, coefficient: Number) -> Decimal:
    """Prix de vente TTC = coût d'achat HT × coefficient multiplicateur, au centime.

    >>> prix_vente_ttc_depuis_coefficient(50, "2,4")
    Decimal('120.00')
    """
    cout = to_amount(cout_achat_ht, name="coût d'achat HT")
    return round_cent(cout * _coefficient_valide(coefficient))


def cout_achat_depuis_coefficient(prix_vente_ttc: Number, coefficient: Number) -> Decimal:
    """Coût d'achat HT = PV TTC ÷ coefficient multiplicateur, au centime.

    >>> cout_achat_depuis_coefficient(120, "2,4")
    Decimal('50.00')
    """
    prix = to_amount(prix_vente_ttc, name="prix de vente TTC")
    return round_cent(prix / _coefficient_valide(coefficient))


def taux_de_marque_depuis_taux_de_marge(taux_de_marge: Number) -> Decimal:
    """Taux de marque = taux de marge ÷ (1 + taux de marge), en %, 2 décimales.

    In percent: tm = 100 × tM ÷ (100 + tM).

    >>> taux_de_marque_depuis_taux_de_marge(25)
    Decimal('20.00')
    """
    tm = _taux_de_marge_valide(taux_de_marge)
    return _taux(HUNDRED * tm / (HUNDRED + tm))


def taux_de_marge_depuis_taux_de_marque(taux_de_marque: Number) -> Decimal:
    """Taux de marge = taux de marque ÷ (1 − taux de marque), en %, 2 décimales.

    In percent: tM = 100 × tm ÷ (100 − tm).

    >>> taux_de_marge_depuis_taux_de_marque(20)
    Decimal('25.00')
    """
    tm = _taux_de_marque_valide(taux_de_marque)
    return _taux(HUNDRED * tm / (HUNDRED - tm))


def coefficient_depuis_taux_de_marque(taux_de_marque: Number, *, taux_tva: Number = TAUX_TVA_DEFAUT) -> Decimal:
    """Coefficient multiplicateur = (1 + TVA) ÷ (1 − taux de marque), 4 décimales.

    Default VAT rate 20 % (taux normal, CGI art. 278).

    >>> coefficient_depuis_taux_de_marque(50)
    Decimal('2.4000')
    """
    tm = _taux_de_marque_valide(taux_de_marque)
    tva = to_rate(taux_tva, name="taux de TVA")
    return ((1 + percent(tva)) / (1 - percent(tm))).quantize(_COEF, rounding=ROUND_HALF_UP)


# --------------------------------------------------------------------------- negotiation


def prix_plancher(
    cout_achat: Number,
    *,
    taux_de_marge_minimal: Number | None = None,
    taux_de_marque_minimal: Number | None = None,
) -> Decimal:
    """Prix plancher HT : le plus bas prix de vente qui garde la marge exigée.

    Give the requirement as a taux de marge (PV = coût × (1 + tM)) or as a taux
    de marque (PV = coût ÷ (1 − tm)), not both; with neither, the floor is the
    cost itself (marge nulle, seuil de la revente à perte). Rounded UP to the
    cent, so that the price never falls below the requirement.

    >>> prix_plancher(80, taux_de_marge_minimal=25)
    Decimal('100.00')
    >>> prix_plancher(10, taux_de_marque_minimal=33)  # 10 ÷ 0,67 = 14,925… → 14,93
    Decimal('14.93')
    """
    cout = to_amount(cout_achat, name="coût d'achat HT")
    if taux_de_marge_minimal is not None and taux_de_marque_minimal is not None:
        raise SalesplanValueError(
            f"exigence de marge : taux de marge {show(taux_de_marge_minimal)} et taux de marque "
            f"{show(taux_de_marque_minimal)} donnés ensemble ; donnez l'un ou l'autre."
        )
    if taux_de_marge_minimal is not None:
        exact = cout * (1 + percent(_taux_de_marge_valide(taux_de_marge_minimal, "taux de marge minimal")))
    elif taux_de_marque_minimal is not None:
        exact = cout / (1 - percent(_taux_de_marque_valide(taux_de_marque_minimal, "taux de marque minimal")))
    else:
        exact = cout
    return exact.quantize(CENT, rounding=ROUND_CEILING)


def remise_maximale(
    prix_vente: Number,
    cout_achat: Number,
    *,
    taux_de_marge_minimal: Number | None = None,
    taux_de_marque_minimal: Number | None = None,
) -> Decimal:
    """Remise maximale, en % du prix de vente HT, qui garde la marge exigée.

    Formula: r = (1 − prix plancher ÷ PV HT) × 100, with the floor of :func:`prix_plancher`.
    Rounded DOWN to two decimals, so that the discounted price (rounded to the cent)
    stays at or above the floor. Returns 0 when the price is already at or below
    the floor (no discount possible).

    >>> remise_maximale(120, 80, taux_de_marge_minimal=25)  # plancher 100 ; 1 − 100/120
    Decimal('16.66')
    """
    prix = _non_nul(prix_vente, "prix de vente HT", "la remise se calcule en % du prix de vente.")
    plancher = prix_plancher(
        cout_achat, taux_de_marge_minimal=taux_de_marge_minimal, taux_de_marque_minimal=taux_de_marque_minimal
    )
    if plancher >= prix:
        return Decimal("0.00")
    return ((1 - plancher / prix) * HUNDRED).quantize(CENT, rounding=ROUND_FLOOR)


__all__ = [
    "coefficient_depuis_taux_de_marque",
    "coefficient_multiplicateur",
    "cout_achat_depuis_coefficient",
    "cout_achat_depuis_taux_de_marge",
    "cout_achat_depuis_taux_de_marque",
    "marge_unitaire",
    "prix_plancher",
    "prix_vente_depuis_taux_de_marge",
    "prix_vente_depuis_taux_de_marque",
    "prix_vente_ttc_depuis_coefficient",
    "remise_maximale",
    "taux_de_marge",
    "taux_de_marge_depuis_taux_de_marque",
    "taux_de_marque",
    "taux_de_marque_depuis_taux_de_marge",
]
