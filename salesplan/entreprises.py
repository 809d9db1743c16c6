"""Catégorie d'une entreprise (micro-entreprise, PME, ETI, grande entreprise).

Décret 2008-1354 du 18 décembre 2008, art. 3 (thresholds in
:mod:`salesplan.parametres`, rows ``micro_*``, ``pme_*``, ``eti_*``, in M€):

* micro-entreprise : moins de 10 personnes ET (CA ≤ 2 M€ OU total de bilan ≤ 2 M€) ;
* PME : moins de 250 personnes ET (CA ≤ 50 M€ OU total de bilan ≤ 43 M€) ;
* ETI : n'est pas une PME, moins de 5 000 personnes ET (CA ≤ 1 500 M€ OU bilan ≤ 2 000 M€) ;
* grande entreprise : toutes les autres.

"Moins de" is strict; "n'excédant pas" allows equality. The headcount is
counted in annual work units (art. 2), so fractions are accepted.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from salesplan import parametres
from salesplan.concepts import TYPES_CLIENTS, Concept
from salesplan.values import format_euros, format_number, to_amount, to_quantity

MILLION = Decimal(1_000_000)


@dataclass(frozen=True)
class CategorieEntreprise:
    """Result of :func:`categorie_entreprise`: code, French label and reason."""

    code: str  # "micro", "pme", "eti" or "grande_entreprise" (codes of TYPES_CLIENTS)
    libelle: str
    motif: str
    effectif: Decimal
    chiffre_affaires: Decimal
    total_bilan: Decimal

    @property
    def concept(self) -> Concept:
        """The matching concept of the TYPES_CLIENTS catalogue."""
        return TYPES_CLIENTS.get(self.code)

    def expliquer(self) -> str:
        """A French sentence a student can read."""
        return f"Catégorie : {self.libelle}. {self.motif}"

    def __str__(self) -> str:
        return self.expliquer()


def _seuil_euros(code: str, date: object) -> Decimal:
    valeur = parametres.valeur(code, date=date)
    return valeur * MILLION if parametres.parametre(code, date=date).unite == "M€" else valeur


def _effectif_texte(effectif: Decimal) -> str:
    """French display of a headcount: ``5 000``, ``9,5``."""
    return format_number(effectif)


def _test_palier(
    nom: str,
    effectif: Decimal,
    ca: Decimal,
    bilan: Decimal,
    limite: Decimal,
    plafond_ca: Decimal,
    plafond_bilan: Decimal,
) -> tuple[bool, str]:
    """Whether one tier's criteria hold, and the French reason either way."""
    eff_ok = effectif < limite
    ca_ok = ca <= plafond_ca
    bilan_ok = bilan <= plafond_bilan
    eff_txt = f"effectif {_effectif_texte(effectif)} {'<' if eff_ok else '≥'} {_effectif_texte(limite)}"
    ca_txt = f"chiffre d'affaires {format_euros(ca)} {'≤' if ca_ok else '>'} {format_euros(plafond_ca)}"
    bilan_txt = f"total de bilan {format_euros(bilan)} {'≤' if bilan_ok else '>'} {format_euros(plafond_bilan)}"
    if eff_ok and (ca_ok or bilan_ok):
        financier = ca_txt if ca_ok else bilan_txt
        return True, f"{nom} : {eff_txt} et {financier}"
    if not eff_ok:
        return False, f"pas {nom} : {eff_txt}"
    return False, f"pas {nom} : {ca_txt} et {bilan_txt}"


def categorie_entreprise(
    effectif: object, chiffre_affaires: object, total_bilan: object, *, date: object = None
) -> CategorieEntreprise:
    """Catégorie d'entreprise au sens du décret 2008-1354 (art. 3).

    ``effectif`` : personnes occupées (en unités de travail par année,
    fractions admises) ; ``chiffre_affaires`` (annuel, HT) et ``total_bilan``
    en euros. Micro-entreprise si effectif < 10 et (CA ≤ 2 M€ ou bilan
    ≤ 2 M€) ; sinon PME si effectif < 250 et (CA ≤ 50 M€ ou bilan ≤ 43 M€) ;
    sinon ETI si effectif < 5 000 et (CA ≤ 1 500 M€ ou bilan ≤ 2 000 M€) ;
    sinon grande entreprise. Le code ``pme`` désigne les PME hors
    micro-entreprises. Seuils lus dans :mod:`salesplan.parametres` à ``date``.

    Source : décret 2008-1354 du 18 décembre 2008, art. 2 et 3.

    >>> categorie_entreprise(9, "2 000 000", 0).code
    'micro'
    >>> categorie_entreprise(120, "60 000 000", "40 000 000").code
    'pme'
    >>> categorie_entreprise(250, 1, 1).code
    'eti'
    """
    eff = to_quantity(effectif, name="effectif")
    ca = to_amount(chiffre_affaires, name="chiffre d'affaires")
    bilan = to_amount(total_bilan, name="total de bilan")
    paliers = (
        ("micro", "micro-entreprise", ("micro_effectif", "micro_plafond", "micro_plafond")),
        ("pme", "PME", ("pme_effectif", "pme_chiffre_affaires", "pme_bilan")),
        ("eti", "ETI", ("eti_effectif", "eti_chiffre_affaires", "eti_bilan")),
    )
    refus: list[str] = []
    for code, nom, (c_eff, c_ca, c_bilan) in paliers:
        limite = parametres.valeur(c_eff, date=date)
        ok, motif = _test_palier(nom, eff, ca, bilan, limite, _seuil_euros(c_ca, date), _seuil_euros(c_bilan, date))
        if ok:
            return _resultat(code, eff, ca, bilan, refus, motif)
        refus.append(motif)
    return _resultat("grande_entreprise", eff, ca, bilan, refus, "grande entreprise : aucune catégorie précédente")


def _resultat(
    code: str, eff: Decimal, ca: Decimal, bilan: Decimal, refus: list[str], motif: str
) -> CategorieEntreprise:
    phrase = " ; ".join([*refus, motif])
    phrase = phrase[0].upper() + phrase[1:] + " (décret 2008-1354, art. 3)."
    return CategorieEntreprise(code, TYPES_CLIENTS.get(code).libelle, phrase, eff, ca, bilan)


__all__ = ["CategorieEntreprise", "categorie_entreprise"]
