"""Emprunt : annuité constante et tableau d'amortissement."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING

from salesplan.concepts import choose
from salesplan.optional import frame, row
from salesplan.values import (
    HUNDRED,
    format_euros,
    format_percent,
    plural,
    round_cent,
    to_count,
    to_rate,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

from salesplan.financement._base import (
    DUREE_MAX_ANNEES,
    ECHEANCES,
    MODES,
    PRECISION,
    _annuite_exacte,
    _capital,
    _periodes,
    _round,
    _taux_periodique,
)

# --- emprunt ---------------------------------------------------------------


def annuite_constante(capital: object, taux: object, duree: object, *, periodes_par_an: int = 1) -> Decimal:
    """Annuité constante d'un emprunt (ou mensualité si ``periodes_par_an=12``).

    Formule : a = C × i / (1 − (1 + i)^−n), où i est le taux périodique
    (taux annuel proportionnel : i = t / périodes par an) et n le nombre
    d'échéances (durée en années × périodes par an). À taux nul, a = C / n.
    Calcul exact en ``Decimal`` (34 chiffres), arrondi au centime.

    >>> annuite_constante(10000, 6, 5)
    Decimal('2373.96')
    >>> annuite_constante(12000, 0, 1, periodes_par_an=12)
    Decimal('1000.00')
    """
    c = _capital(capital)
    t = to_rate(taux, name="taux")
    p = _periodes(periodes_par_an)
    n = to_count(duree, name="durée (années)", minimum=1, maximum=DUREE_MAX_ANNEES) * p
    return round_cent(_annuite_exacte(c, _taux_periodique(t, p), n))


@dataclass(frozen=True)
class LigneAmortissement:
    """One row of a repayment schedule, every amount to the cent."""

    periode: int
    capital_debut: Decimal
    interet: Decimal
    amortissement: Decimal
    annuite: Decimal
    capital_fin: Decimal


@dataclass(frozen=True)
class TableauAmortissement:
    """Tableau d'amortissement d'un emprunt."""

    capital: Decimal
    taux: Decimal
    duree: int
    mode: str
    periodes_par_an: int
    taux_periodique: Decimal  # in percent
    lignes: tuple[LigneAmortissement, ...]
    total_interets: Decimal
    total_annuites: Decimal

    def __iter__(self) -> Iterator[LigneAmortissement]:
        return iter(self.lignes)

    def __len__(self) -> int:
        return len(self.lignes)

    @property
    def total_amortissements(self) -> Decimal:
        """Sum of the principal repaid: always the borrowed capital."""
        return sum((ligne.amortissement for ligne in self.lignes), Decimal("0.00"))

    @property
    def nom_echeance(self) -> str:
        """« annuité », « mensualité »... as the period requires."""
        return ECHEANCES[self.periodes_par_an]

    def to_frame(self) -> pd.DataFrame:
        """The schedule as a pandas table with French column names."""
        colonnes = (
            "période",
            "capital restant dû (début)",
            "intérêt",
            "amortissement",
            self.nom_echeance,
            "capital restant dû (fin)",
        )
        return frame((row(ligne, colonnes) for ligne in self.lignes), index="période")

    def expliquer(self) -> str:
        """French explanation of how the schedule is built."""
        i = format_percent(_round(self.taux_periodique, Decimal("0.0001")))
        if self.mode == "annuites_constantes":
            regle = (
                f"{self.nom_echeance.capitalize()} constante : a = C × i / (1 − (1 + i)^−n) = "
                f"{format_euros(self.lignes[0].annuite)} ; amortissement = {self.nom_echeance} − intérêt."
            )
        else:
            regle = f"Amortissement constant : C / n = {format_euros(self.lignes[0].amortissement)} par période."
        return "\n".join(
            [
                f"Emprunt de {format_euros(self.capital)} au taux annuel de {format_percent(self.taux)} "
                f"sur {plural(self.duree, 'an')}, {plural(len(self.lignes), 'échéance')} ; taux périodique i = {i} "
                "(taux proportionnel).",
                "Intérêt de la période = capital restant dû en début de période × i, arrondi au centime.",
                regle,
                "La dernière ligne rembourse exactement le capital restant dû (ajustement de quelques centimes).",
                f"Total des intérêts : {format_euros(self.total_interets)} ; "
                f"total des {self.nom_echeance}s : {format_euros(self.total_annuites)}.",
            ]
        )


def _lignes(capital: Decimal, i: Decimal, n: int, mode: str) -> tuple[LigneAmortissement, ...]:
    if mode == "annuites_constantes":
        fixe = round_cent(_annuite_exacte(capital, i, n))
    else:
        with localcontext() as ctx:
            ctx.prec = PRECISION
            fixe = round_cent(capital / n)
    lignes: list[LigneAmortissement] = []
    restant = capital
    for k in range(1, n + 1):
        with localcontext() as ctx:
            ctx.prec = PRECISION
            interet = round_cent(restant * i)
        if k == n:
            amortissement = restant  # the last row closes the balance exactly
        elif mode == "annuites_constantes":
            amortissement = min(max(fixe - interet, Decimal("0.00")), restant)
        else:
            amortissement = min(fixe, restant)
        lignes.append(
            LigneAmortissement(k, restant, interet, amortissement, interet + amortissement, restant - amortissement)
        )
        restant -= amortissement
    return tuple(lignes)


def tableau_amortissement(
    capital: object,
    taux: object,
    duree: object,
    *,
    mode: str = "annuites_constantes",
    periodes_par_an: int = 1,
) -> TableauAmortissement:
    """Tableau d'amortissement d'un emprunt, ligne par ligne, au centime.

    Modes : ``"annuites_constantes"`` (a = C × i / (1 − (1 + i)^−n), arrondie
    au centime ; amortissement = a − intérêt) ou ``"amortissement_constant"``
    (amortissement = C / n ; l'annuité décroît). Intérêt = capital restant dû
    × i, arrondi au centime. La dernière ligne amortit exactement le capital
    restant dû : sa dernière échéance est ajustée de quelques centimes.
    (Pour un capital minuscule, l'arrondi pourrait solder l'emprunt avant la
    fin : l'amortissement est alors plafonné au capital restant dû.)

    >>> t = tableau_amortissement(10000, 6, 5)
    >>> [str(ligne.annuite) for ligne in t]
    ['2373.96', '2373.96', '2373.96', '2373.96', '2373.99']
    >>> t.total_interets, t.lignes[-1].capital_fin
    (Decimal('1869.83'), Decimal('0.00'))
    """
    code = choose("mode de remboursement", mode, MODES)
    c = _capital(capital)
    t = to_rate(taux, name="taux")
    p = _periodes(periodes_par_an)
    annees = to_count(duree, name="durée (années)", minimum=1, maximum=DUREE_MAX_ANNEES)
    i = _taux_periodique(t, p)
    lignes = _lignes(c, i, annees * p, code)
    return TableauAmortissement(
        capital=c,
        taux=t,
        duree=annees,
        mode=code,
        periodes_par_an=p,
        taux_periodique=i * HUNDRED,
        lignes=lignes,
        total_interets=sum((ligne.interet for ligne in lignes), Decimal("0.00")),
        total_annuites=sum((ligne.annuite for ligne in lignes), Decimal("0.00")),
    )


__all__ = ["LigneAmortissement", "TableauAmortissement", "annuite_constante", "tableau_amortissement"]
