"""Fidélisation : historique client, segmentation RFM, rétention, valeur vie client.

From an order history (client, date, montant HT) this module gives, per
client, the chiffre d'affaires, the fréquence (number of orders), the panier
moyen and the récence (days since the last order at a reference date); then RFM
scores and segments, the taux de rétention and the valeur vie client (CLV).
Amounts are ``Decimal`` rounded half-up to the cent.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, cast

from salesplan.errors import SalesplanTypeError, SalesplanValueError, show
from salesplan.optional import frame
from salesplan.values import HUNDRED, percent, round_cent, to_amount, to_count, to_date, to_decimal, to_items, to_rate

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

CHAMPS = ("client", "date", "montant_ht")
CLASSES = 5
HISTORIQUE_MAX = 1_000_000  # orders read at most
DUREE_VIE_MAX = 100  # years
SEGMENTS = ("champions", "fidèles", "nouveaux", "à développer", "à risque", "à réactiver")


@dataclass(frozen=True)
class IndicateursClient:
    """What the history says about one client at the reference date."""

    client: str
    chiffre_affaires: Decimal
    frequence: int
    panier_moyen: Decimal
    recence: int
    premiere_commande: dt.date
    derniere_commande: dt.date


def _lignes(historique: object) -> list[Mapping[str, object]]:
    if hasattr(historique, "to_dict") and hasattr(historique, "columns"):  # a pandas DataFrame, duck-typed
        historique = historique.to_dict("records")
    if isinstance(historique, str | bytes | Mapping) or not isinstance(historique, Iterable):
        raise SalesplanTypeError(
            f"historique : {show(historique)} doit être une liste de commandes "
            "(client, date, montant_ht) ou un DataFrame."
        )
    lignes = to_items(historique, name="historique", maximum=HISTORIQUE_MAX)
    if not lignes:
        raise SalesplanValueError("historique : la liste des commandes est vide.")
    for numero, ligne in enumerate(lignes, start=1):
        if not isinstance(ligne, Mapping):
            raise SalesplanTypeError(f"historique, ligne {numero} : {show(ligne)} doit être un dictionnaire.")
        manque = [c for c in CHAMPS if c not in ligne]
        if manque:
            raise SalesplanValueError(
                f"historique, ligne {numero} : il manque le champ {show(manque[0])} ({show(ligne)})."
            )
    return cast("list[Mapping[str, object]]", lignes)


def indicateurs_clients(historique: object, *, date_reference: object) -> list[IndicateursClient]:
    """Indicateurs par client : CA, fréquence, panier moyen, récence.

    CA = Σ montants HT; fréquence = nombre de commandes; panier moyen = CA /
    fréquence; récence = date de référence − date de la dernière commande (en
    jours). Clients are listed in order of first appearance.

    >>> h = [{"client": "Ateliers Roux", "date": "02/01/2026", "montant_ht": "100"},
    ...      {"client": "Ateliers Roux", "date": "01/03/2026", "montant_ht": "50,01"}]
    >>> c = indicateurs_clients(h, date_reference="31/03/2026")[0]
    >>> (c.chiffre_affaires, c.frequence, c.panier_moyen, c.recence)
    (Decimal('150.01'), 2, Decimal('75.01'), 30)
    """
    reference = to_date(date_reference, name="date de référence")
    montants: dict[str, list[Decimal]] = {}
    dates: dict[str, list[dt.date]] = {}
    for numero, ligne in enumerate(_lignes(historique), start=1):
        client = ligne["client"]
        if not isinstance(client, str) or not client.strip():
            raise SalesplanTypeError(
                f"historique, ligne {numero} : le client {show(client)} doit être un texte non vide."
            )
        jour = to_date(ligne["date"], name=f"date de la ligne {numero}")
        if jour > reference:
            raise SalesplanValueError(
                f"historique, ligne {numero} : la commande du {show(jour.strftime('%d/%m/%Y'))} est postérieure "
                f"à la date de référence {reference:%d/%m/%Y}."
            )
        montants.setdefault(client, []).append(to_amount(ligne["montant_ht"], name=f"montant HT de la ligne {numero}"))
        dates.setdefault(client, []).append(jour)
    resultat = []
    for client, liste in montants.items():
        ca = sum(liste, Decimal(0))
        resultat.append(
            IndicateursClient(
                client,
                round_cent(ca),
                len(liste),
                round_cent(ca / len(liste)),
                (reference - max(dates[client])).days,
                min(dates[client]),
                max(dates[client]),
            )
        )
    return resultat


def _scores(valeurs: list[Decimal] | list[int]) -> list[int]:
    """Quintile score 1..5 of each value (higher is better), ties sharing their average rank.

    score = ⌈5 × rang moyen / n⌉, rang moyen counted from the worst (1) to the best (n).
    """
    tries = sorted(valeurs)
    n = len(valeurs)
    scores = []
    for v in valeurs:
        pires = bisect.bisect_left(tries, v)  # strictly worse
        pires_ou_egaux = bisect.bisect_right(tries, v)
        numerateur = CLASSES * (pires + 1 + pires_ou_egaux)  # 5 × 2 × rang moyen
        scores.append(-(-numerateur // (2 * n)))
    return scores


def _segment(r: int, f: int, m: int) -> str:
    if r >= 4 and f >= 4 and m >= 4:
        return "champions"
    if r >= 4 and f <= 2:
        return "nouveaux"
    if r >= 3 and f >= 3:
        return "fidèles"
    if r == 3:
        return "à développer"
    return "à risque" if f >= 3 else "à réactiver"


@dataclass(frozen=True)
class ClientRFM:
    """RFM scores (1 to 5, 5 = best) and segment of one client."""

    indicateurs: IndicateursClient
    r: int
    f: int
    m: int
    segment: str

    @property
    def code(self) -> str:
        """The usual three-digit RFM code, e.g. « 545 »."""
        return f"{self.r}{self.f}{self.m}"


@dataclass(frozen=True)
class AnalyseRFM:
    """The RFM analysis of a client base."""

    clients: tuple[ClientRFM, ...]
    date_reference: dt.date

    def effectifs(self) -> dict[str, int]:
        """Number of clients in each segment (every segment listed, in a fixed order)."""
        return {s: sum(1 for c in self.clients if c.segment == s) for s in SEGMENTS}

    def to_frame(self) -> pd.DataFrame:
        """The analysis as a pandas table (imported only here), one row per client."""
        lignes = [
            {
                "client": c.indicateurs.client,
                "chiffre d'affaires HT (€)": c.indicateurs.chiffre_affaires,
                "fréquence (commandes)": c.indicateurs.frequence,
                "panier moyen HT (€)": c.indicateurs.panier_moyen,
                "récence (jours)": c.indicateurs.recence,
                "R": c.r,
                "F": c.f,
                "M": c.m,
                "code RFM": c.code,
                "segment": c.segment,
            }
            for c in self.clients
        ]
        return frame(lignes, index="client")


def segmenter_rfm(historique: object, *, date_reference: object) -> AnalyseRFM:
    """Segmentation RFM (Récence, Fréquence, Montant) of the clients of a history.

    Scores by quintiles, deterministic: clients are ranked on each measure from
    the worst to the best (ties share their average rank), and score =
    ⌈5 × rang / nombre de clients⌉, from 1 to 5. Récence: the fewer days, the
    better; fréquence and montant (CA HT): the more, the better. A single
    client scores 5, 5, 5.

    Segments, first rule that applies (R, F, M are the scores):
    champions R ≥ 4, F ≥ 4, M ≥ 4; nouveaux R ≥ 4, F ≤ 2; fidèles R ≥ 3, F ≥ 3;
    à développer R = 3, F ≤ 2; à risque R ≤ 2, F ≥ 3; à réactiver R ≤ 2, F ≤ 2.
    Reference: Hughes, *Strategic Database Marketing* (RFM analysis).
    """
    indicateurs = indicateurs_clients(historique, date_reference=date_reference)
    r = _scores([-c.recence for c in indicateurs])
    f = _scores([c.frequence for c in indicateurs])
    m = _scores([c.chiffre_affaires for c in indicateurs])
    clients = tuple(
        ClientRFM(c, ri, fi, mi, _segment(ri, fi, mi)) for c, ri, fi, mi in zip(indicateurs, r, f, m, strict=True)
    )
    return AnalyseRFM(clients, to_date(date_reference, name="date de référence"))


def taux_de_retention(clients_debut: object, clients_fin: object, nouveaux: object) -> Decimal:
    """Taux de rétention (en %) = (clients en fin de période − nouveaux clients) / clients en début × 100.

    Rounded half-up to 0,01 point.

    >>> taux_de_retention(200, 190, 30)
    Decimal('80.00')
    """
    debut = to_count(clients_debut, name="clients en début de période", minimum=1)
    fin = to_count(clients_fin, name="clients en fin de période")
    neufs = to_count(nouveaux, name="nouveaux clients")
    if neufs > fin:
        raise SalesplanValueError(f"nouveaux clients : {show(nouveaux)} dépasse les clients en fin de période ({fin}).")
    if fin - neufs > debut:
        raise SalesplanValueError(
            f"clients en fin de période : {show(clients_fin)} − {neufs} nouveaux = {fin - neufs}, "
            f"plus que les {debut} clients du début : vérifiez les chiffres."
        )
    return (Decimal(fin - neufs) * HUNDRED / debut).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def valeur_vie_client(
    panier_moyen: object,
    frequence_annuelle: object,
    taux_de_marque: object,
    duree_vie: object,
    *,
    taux_retention: object = None,
    taux_actualisation: object = None,
) -> Decimal:
    """Valeur vie client (CLV, customer lifetime value), en euros.

    Marge annuelle M = panier moyen × fréquence annuelle × taux de marque
    (the margin as a share of the selling price HT: taux de marque, not taux
    de marge, which is computed on the purchase cost).

    * Simple formula (no retention, no discount): CLV = M × durée de vie (in
      years, decimals allowed).
    * With a retention rate r and/or a discount rate d (in %, default 100 % and
      0 %), the durée de vie n is a whole number of years:
      CLV = Σ_{t=1..n} M × r^(t−1) / (1 + d)^t (the client is there the first
      year, stays each next year with probability r; margins are counted at
      the end of each year). Rounded to the cent at the end only.

    >>> valeur_vie_client(250, 6, 30, 5)
    Decimal('2250.00')
    >>> valeur_vie_client(1000, 1, 50, 2, taux_retention=80, taux_actualisation=10)
    Decimal('785.12')
    """
    panier = to_amount(panier_moyen, name="panier moyen")
    frequence = to_decimal(frequence_annuelle, name="fréquence annuelle")
    if frequence < 0:
        raise SalesplanValueError(f"fréquence annuelle : {show(frequence_annuelle)} est négative.")
    marque = to_rate(taux_de_marque, name="taux de marque")
    marge = panier * frequence * percent(marque)
    if taux_retention is None and taux_actualisation is None:
        duree = to_decimal(duree_vie, name="durée de vie")
        if duree < 0 or duree > DUREE_VIE_MAX:
            raise SalesplanValueError(
                f"durée de vie : {show(duree_vie)} doit être comprise entre 0 et {DUREE_VIE_MAX} ans."
            )
        return round_cent(marge * duree)
    annees = to_count(duree_vie, name="durée de vie (années)", maximum=DUREE_VIE_MAX)
    r = percent(to_rate(100 if taux_retention is None else taux_retention, name="taux de rétention"))
    d = percent(
        to_rate(0 if taux_actualisation is None else taux_actualisation, name="taux d'actualisation", maximum=1000)
    )
    total, present, actualise = Decimal(0), Decimal(1), Decimal(1)  # r^(t−1) and (1 + d)^t, built step by step
    for _annee in range(annees):  # no r ** 0: Decimal refuses 0 ** 0 (retention 0 %)
        actualise *= 1 + d
        total += marge * present / actualise
        present *= r
    return round_cent(total)


__all__ = [
    "CHAMPS",
    "CLASSES",
    "SEGMENTS",
    "AnalyseRFM",
    "ClientRFM",
    "IndicateursClient",
    "indicateurs_clients",
    "segmenter_rfm",
    "taux_de_retention",
    "valeur_vie_client",
]
