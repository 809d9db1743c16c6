"""Comparer l'emprunt, le crédit-bail et l'escompte pour un même achat."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING

from salesplan import parametres
from salesplan.errors import SalesplanValueError, show
from salesplan.optional import frame, row
from salesplan.values import (
    HUNDRED,
    format_euros,
    format_percent,
    percent,
    plural,
    round_cent,
    to_date,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

from salesplan.financement._base import (
    _LOYERS,
    _TWO_PLACES,
    PRECISION,
    _capital,
    _round,
)
from salesplan.financement.credit_bail import (
    cout_credit_bail,
    taux_implicite_credit_bail,
)
from salesplan.financement.emprunt import (
    tableau_amortissement,
)
from salesplan.financement.escompte import escompte_effet

# --- comparaison -------------------------------------------------------------


@dataclass(frozen=True)
class LigneComparaison:
    """One financing solution in a comparison."""

    solution: str
    duree: str
    cout: Decimal
    decaissement_initial: Decimal
    cout_en_pourcentage_du_prix: Decimal
    taux_annuel: Decimal
    remarque: str


_COLONNES = (
    "solution",
    "durée",
    "coût (€)",
    "décaissement initial (€)",
    "coût en % du prix",
    "taux annuel (%)",
    "remarque",
)


@dataclass(frozen=True)
class ComparaisonFinancements:
    """Side-by-side comparison of the ways to finance one purchase."""

    prix: Decimal
    lignes: tuple[LigneComparaison, ...]
    montant_effet_ttc: Decimal | None = None

    def __iter__(self) -> Iterator[LigneComparaison]:
        return iter(self.lignes)

    def moins_chere(self) -> LigneComparaison:
        """The solution with the lowest annual rate (the comparable figure)."""
        return min(self.lignes, key=lambda ligne: ligne.taux_annuel)

    def to_frame(self) -> pd.DataFrame:
        """The comparison as a pandas table with French column names."""
        return frame((row(ligne, _COLONNES) for ligne in self.lignes), index="solution")

    def expliquer(self) -> str:
        """French reading of the comparison, with its limits."""
        lignes = [f"Achat d'un bien de {format_euros(self.prix)} HT :"]
        if self.montant_effet_ttc is not None:
            lignes[0] = (
                f"Achat d'un bien de {format_euros(self.prix)} HT, facturé "
                f"{format_euros(self.montant_effet_ttc)} TTC (montant de l'effet escompté) :"
            )
        lignes += [
            f"- {ligne.solution} ({ligne.duree}) : coût {format_euros(ligne.cout)} "
            f"({format_percent(ligne.cout_en_pourcentage_du_prix)} du prix), décaissement initial "
            f"{format_euros(ligne.decaissement_initial)}, taux annuel {format_percent(ligne.taux_annuel)}."
            for ligne in self.lignes
        ]
        lignes.append(
            "Les coûts en euros portent sur des durées différentes : comparez plutôt les taux annuels. "
            "L'escompte est un financement de quelques jours, pas d'un investissement durable. "
            "Hypothèses : ni apport, ni frais de dossier, ni effet fiscal (amortissement du bien, loyers déductibles)."
        )
        return "\n".join(lignes)


def _pourcentage(cout: Decimal, prix: Decimal) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = PRECISION
        return _round(cout * HUNDRED / prix, _TWO_PLACES)


def _requis(valeur: object, nom: str, groupe: str, cle: object) -> object:
    if valeur is None:
        raise SalesplanValueError(f"{groupe} = {show(cle)} est donné sans {nom} : précisez {nom}.")
    return valeur


def _montant_effet(prix_ht: Decimal, montant_ttc: object, date_negociation: object) -> Decimal:
    """The face value of the bill: the invoice's TTC amount, given or computed at the normal VAT rate."""
    if montant_ttc is not None:
        ttc = _capital(montant_ttc, name="montant TTC")
        if ttc < prix_ht:
            raise SalesplanValueError(
                f"montant_ttc : {show(montant_ttc)} est inférieur au prix HT {format_euros(prix_ht)} ; "
                "l'effet porte sur le montant TTC de la facture."
            )
        return ttc
    return round_cent(prix_ht * (1 + percent(parametres.valeur("tva_normal", date=to_date(date_negociation)))))


def comparer_financements(
    prix: object,
    *,
    taux_emprunt: object = None,
    duree_emprunt: object = None,
    periodes_par_an_emprunt: int = 1,
    loyer: object = None,
    nombre_loyers: object = None,
    valeur_residuelle: object = 0,
    terme: str = "a_echoir",
    periodes_par_an_credit_bail: int = 12,
    taux_escompte: object = None,
    date_negociation: object = None,
    date_echeance: object = None,
    jours_de_banque: object = 0,
    commissions: object = 0,
    montant_ttc: object = None,
) -> ComparaisonFinancements:
    """Comparer emprunt, crédit-bail et escompte d'un effet pour UN achat.

    Chaque solution figure si son paramètre principal est donné
    (``taux_emprunt``, ``loyer``, ``taux_escompte``). Pour chacune : le coût
    (intérêts ; loyers + option − prix ; agios), le décaissement au départ
    (0 pour l'emprunt qui finance tout le prix ; le premier loyer s'il est
    payé d'avance ; les agios pour un paiement comptant financé par l'escompte
    d'un effet), le coût en % du prix HT et
    un taux annuel comparable (taux nominal de l'emprunt ; taux implicite
    proportionnel du crédit-bail ; taux réel de l'escompte). Les durées
    diffèrent : c'est le taux annuel qu'il faut comparer.

    ``prix`` est le prix HT du bien : l'emprunt et le crédit-bail financent ce
    montant (l'entreprise récupère la TVA). L'effet de commerce, lui, est tiré
    sur la somme que le client doit, le montant TTC de la facture :
    ``montant_ttc`` (par défaut le prix HT plus la TVA au taux normal en
    vigueur à la date de négociation, au centime ; donnez-le quand la facture
    mêle plusieurs taux ou des frais de port).

    >>> c = comparer_financements(10000, taux_emprunt=6, duree_emprunt=5, loyer=2400, nombre_loyers=5,
    ...                           valeur_residuelle=100, periodes_par_an_credit_bail=1)
    >>> [str(ligne.cout) for ligne in c]
    ['1869.83', '2100.00']
    """
    p = _capital(prix, name="prix")
    lignes: list[LigneComparaison] = []
    effet_ttc: Decimal | None = None
    if taux_emprunt is not None:
        duree = _requis(duree_emprunt, "duree_emprunt", "taux_emprunt", taux_emprunt)
        tableau = tableau_amortissement(p, taux_emprunt, duree, periodes_par_an=periodes_par_an_emprunt)
        lignes.append(
            LigneComparaison(
                "Emprunt",
                plural(tableau.duree, "an"),
                tableau.total_interets,
                Decimal("0.00"),
                _pourcentage(tableau.total_interets, p),
                tableau.taux,
                "propriétaire dès l'achat ; le bien figure au bilan",
            )
        )
    if loyer is not None:
        n = _requis(nombre_loyers, "nombre_loyers", "loyer", loyer)
        cout = cout_credit_bail(prix=p, loyer=loyer, nombre_loyers=n, valeur_residuelle=valeur_residuelle)
        taux = taux_implicite_credit_bail(
            prix=p,
            loyer=loyer,
            nombre_loyers=n,
            valeur_residuelle=valeur_residuelle,
            terme=terme,
            periodes_par_an=periodes_par_an_credit_bail,
        )
        lignes.append(
            LigneComparaison(
                "Crédit-bail",
                f"{plural(cout.nombre_loyers, 'loyer')} {_LOYERS[taux.periodes_par_an]}",
                cout.cout,
                cout.loyer if taux.terme == "a_echoir" else Decimal("0.00"),
                _pourcentage(cout.cout, p),
                _round(taux.taux_annuel_proportionnel, _TWO_PLACES),
                "propriétaire seulement à la levée de l'option d'achat",
            )
        )
    if taux_escompte is not None:
        debut = _requis(date_negociation, "date_negociation", "taux_escompte", taux_escompte)
        fin = _requis(date_echeance, "date_echeance", "taux_escompte", taux_escompte)
        effet_ttc = _montant_effet(p, montant_ttc, debut)
        effet = escompte_effet(
            effet_ttc,
            taux_escompte,
            debut,
            fin,
            jours_de_banque=jours_de_banque,
            commissions=commissions,
        )
        lignes.append(
            LigneComparaison(
                "Paiement comptant financé par l'escompte d'un effet",
                f"{effet.nombre_de_jours} jours",
                effet.agios,
                effet.agios,
                _pourcentage(effet.agios, p),
                effet.taux_reel,
                f"effet de {format_euros(effet_ttc)} TTC ; financement à court terme : il faut détenir un effet "
                "sur un client",
            )
        )
    if not lignes:
        raise SalesplanValueError(
            "Aucune solution à comparer : donnez au moins taux_emprunt, loyer ou taux_escompte (tous valent None)."
        )
    return ComparaisonFinancements(p, tuple(lignes), effet_ttc)


__all__ = ["ComparaisonFinancements", "LigneComparaison", "comparer_financements"]
