"""Crédit-bail : coût et taux implicite (loyers à échoir ou échus)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext

from salesplan.concepts import choose
from salesplan.errors import SalesplanValueError, show
from salesplan.financement._base import (
    _RATE_PLACES,
    _TOLERANCE,
    _TWO_PLACES,
    DUREE_MAX_ANNEES,
    PRECISION,
    TERMES,
    _capital,
    _centimes,
    _periodes,
    _round,
)
from salesplan.values import (
    HUNDRED,
    format_euros,
    format_percent,
    to_count,
)

# --- crédit-bail -------------------------------------------------------------


@dataclass(frozen=True)
class CoutCreditBail:
    """Coût d'un crédit-bail : loyers + option d'achat − prix du bien."""

    prix: Decimal
    loyer: Decimal
    nombre_loyers: int
    valeur_residuelle: Decimal
    total_loyers: Decimal
    total_decaisse: Decimal
    cout: Decimal

    def expliquer(self) -> str:
        """French explanation of the cost."""
        return (
            f"Loyers : {self.nombre_loyers} × {format_euros(self.loyer)} = {format_euros(self.total_loyers)} ; "
            f"+ option d'achat (valeur résiduelle) {format_euros(self.valeur_residuelle)} "
            f"= {format_euros(self.total_decaisse)} décaissés ; − prix du bien {format_euros(self.prix)} "
            f"= coût du crédit-bail {format_euros(self.cout)}."
        )


def _credit_bail_inputs(
    prix: object, loyer: object, nombre_loyers: object, valeur_residuelle: object
) -> tuple[Decimal, Decimal, int, Decimal]:
    return (
        _capital(prix, name="prix"),
        _capital(loyer, name="loyer"),
        to_count(nombre_loyers, name="nombre de loyers", minimum=1, maximum=DUREE_MAX_ANNEES * 12),
        _centimes(valeur_residuelle, name="valeur résiduelle"),
    )


def cout_credit_bail(
    *, prix: object, loyer: object, nombre_loyers: object, valeur_residuelle: object
) -> CoutCreditBail:
    """Coût d'un crédit-bail (leasing avec option d'achat).

    Formule : coût = nombre de loyers × loyer + valeur résiduelle (prix de
    l'option d'achat) − prix d'achat du bien. Montants HT, hors fiscalité
    (déductibilité des loyers) et hors frais de dossier. Un coût négatif
    signale des loyers qui ne couvrent pas le prix : ce n'est alors pas un
    financement (voir :func:`taux_implicite_credit_bail`).

    >>> cout_credit_bail(prix=10000, loyer=300, nombre_loyers=36, valeur_residuelle=500).cout
    Decimal('1300.00')
    """
    p, ly, n, vr = _credit_bail_inputs(prix, loyer, nombre_loyers, valeur_residuelle)
    total_loyers = ly * n
    return CoutCreditBail(p, ly, n, vr, total_loyers, total_loyers + vr, total_loyers + vr - p)


@dataclass(frozen=True)
class TauxImpliciteCreditBail:
    """Taux implicite d'un crédit-bail, en pourcentage (6 décimales)."""

    prix: Decimal
    loyer: Decimal
    nombre_loyers: int
    valeur_residuelle: Decimal
    terme: str
    periodes_par_an: int
    taux_periodique: Decimal
    taux_annuel_proportionnel: Decimal
    taux_annuel_actuariel: Decimal

    def expliquer(self) -> str:
        """French explanation of the equation solved."""
        premier = "dès la signature (t = 0)" if self.terme == "a_echoir" else "à la fin de la première période"
        return "\n".join(
            [
                f"Prix {format_euros(self.prix)} = valeur actuelle de {self.nombre_loyers} loyers de "
                f"{format_euros(self.loyer)} (premier loyer {premier}) + option d'achat de "
                f"{format_euros(self.valeur_residuelle)} payée à la fin de la dernière période.",
                f"Taux périodique r = {format_percent(_round(self.taux_periodique, Decimal('0.0001')))}.",
                f"Taux annuel proportionnel (r × {self.periodes_par_an}) : "
                f"{format_percent(_round(self.taux_annuel_proportionnel, _TWO_PLACES))} ; "
                f"taux annuel actuariel ((1 + r)^{self.periodes_par_an} − 1) : "
                f"{format_percent(_round(self.taux_annuel_actuariel, _TWO_PLACES))}.",
            ]
        )


def _valeur_actuelle(r: Decimal, loyer: Decimal, n: int, vr: Decimal, terme: str) -> Decimal:
    """Present value at t = 0 of the rents and the option, at periodic rate r."""
    with localcontext() as ctx:
        ctx.prec = PRECISION
        if r == 0:
            return loyer * n + vr
        v = 1 / (1 + r)
        facteur = (1 - v**n) / r
        if terme == "a_echoir":
            facteur *= 1 + r
        return loyer * facteur + vr * v**n


def taux_implicite_credit_bail(
    *,
    prix: object,
    loyer: object,
    nombre_loyers: object,
    valeur_residuelle: object,
    terme: str = "a_echoir",
    periodes_par_an: int = 12,
) -> TauxImpliciteCreditBail:
    """Taux implicite (taux de revient) d'un crédit-bail.

    Le taux périodique r résout : prix = Σ loyer × (1 + r)^−t_k + VR × (1 + r)^−n,
    avec t_k = 0, 1, ..., n − 1 pour des loyers payés d'avance (``"a_echoir"``)
    ou t_k = 1, ..., n pour des loyers payés en fin de période (``"echu"``) ;
    l'option d'achat (valeur résiduelle VR) est payée à la fin de la dernière
    période. Résolution par dichotomie en ``Decimal`` à 1e-10 près.
    Le résultat donne le taux annuel proportionnel (r × périodes par an,
    convention de ce module) et le taux annuel actuariel ((1 + r)^p − 1).
    Payer d'avance revient plus cher : à flux égaux, le taux « à échoir »
    dépasse le taux « échu ».

    >>> taux_implicite_credit_bail(prix=1000, loyer=500, nombre_loyers=2, valeur_residuelle=160,
    ...                            terme="echu", periodes_par_an=1).taux_periodique
    Decimal('10.000000')
    """
    code = choose("terme des loyers", terme, TERMES)
    p, ly, n, vr = _credit_bail_inputs(prix, loyer, nombre_loyers, valeur_residuelle)
    periodes = _periodes(periodes_par_an)
    total = ly * n + vr
    if total < p:
        raise SalesplanValueError(
            f"Aucun taux n'existe : loyers + option ({format_euros(total)}) sont inférieurs au prix "
            f"({format_euros(p)}) ; vérifiez prix={show(prix)}, loyer={show(loyer)}, "
            f"nombre_loyers={show(nombre_loyers)}."
        )
    if code == "a_echoir" and ly >= p:
        raise SalesplanValueError(
            f"Aucun taux n'existe : le premier loyer ({show(loyer)}), payé d'avance, "
            f"couvre déjà le prix ({show(prix)})."
        )
    r = _bissection(p, ly, n, vr, code)
    with localcontext() as ctx:
        ctx.prec = PRECISION
        actuariel = ((1 + r) ** periodes - 1) * HUNDRED
        return TauxImpliciteCreditBail(
            p,
            ly,
            n,
            vr,
            code,
            periodes,
            _round(r * HUNDRED, _RATE_PLACES),
            _round(r * periodes * HUNDRED, _RATE_PLACES),
            _round(actuariel, _RATE_PLACES),
        )


def _bissection(prix: Decimal, loyer: Decimal, n: int, vr: Decimal, terme: str) -> Decimal:
    """Periodic rate r ≥ 0 with present value = price (present value falls as r rises)."""
    bas, haut = Decimal(0), Decimal(1)
    while _valeur_actuelle(haut, loyer, n, vr, terme) > prix:
        haut *= 2
        if haut > 10**6:  # pragma: no cover - excluded by the checks above
            raise SalesplanValueError(f"Aucun taux raisonnable ne rend les loyers équivalents au prix {show(prix)}.")
    with localcontext() as ctx:
        ctx.prec = PRECISION
        while haut - bas > _TOLERANCE:
            milieu = (bas + haut) / 2
            if _valeur_actuelle(milieu, loyer, n, vr, terme) > prix:
                bas = milieu
            else:
                haut = milieu
        return (bas + haut) / 2


__all__ = ["CoutCreditBail", "TauxImpliciteCreditBail", "cout_credit_bail", "taux_implicite_credit_bail"]
