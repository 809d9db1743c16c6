"""Calcul du montant d'une commande : du montant brut au net à payer TTC.

The invoice cascade taught in the course (facts-2026, "Order amount"):

* montant brut HT = Σ quantité × prix unitaire HT (each line rounded to the cent);
* réductions commerciales (rabais, remise, ristourne), each applied to the
  running net and rounded to the cent: successive rates multiply, they never add;
* net commercial − escompte (réduction financière pour paiement anticipé) = net financier;
* + frais de port HT (part of the VAT base, CGI art. 267, I-2°) = base HT;
* + TVA per rate = net à payer TTC.

Reductions and escompte granted on the invoice reduce the VAT base (CGI art. 267, II-1°).
Also here: degressive price lists (``prix_degressif``), HT ↔ TTC, and the global
rate of successive reductions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal
from typing import TYPE_CHECKING

from salesplan import parametres
from salesplan.concepts import choose
from salesplan.errors import SalesplanTypeError, SalesplanValueError, show
from salesplan.optional import frame
from salesplan.values import (
    CENT,
    HUNDRED,
    Number,
    format_euros,
    format_number,
    format_percent,
    percent,
    round_cent,
    to_amount,
    to_count,
    to_decimal,
    to_items,
    to_quantity,
    to_rate,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

TAUX_TVA_DEFAUT = parametres.valeur("tva_normal")
"""Default VAT rate: the taux normal in force today (CGI art. 278; ``parametres`` row ``tva_normal``)."""

LIBELLES_REDUCTION = ("rabais", "remise", "ristourne")
MODES_DEGRESSIFS = ("tranche_atteinte", "par_tranche")


# --------------------------------------------------------------------------- formatting


def _exact(value: Decimal) -> Decimal:
    """Drop trailing zeros without scientific notation (14.500 → 14.5, 100 → 100)."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


# --------------------------------------------------------------------------- lines


@dataclass(frozen=True)
class Ligne:
    """Une ligne de commande : désignation, quantité, prix unitaire HT, taux de TVA.

    Inputs are converted with :mod:`salesplan.values` (``"12,50"``, ``12.5`` and
    ``Decimal("12.5")`` are the same price). The quantity may be decimal (hours, kg).

    >>> Ligne("Chaise", 10, "45,00").montant_ht
    Decimal('450.00')
    """

    designation: str
    quantite: Decimal
    prix_unitaire_ht: Decimal
    taux_tva: Decimal = TAUX_TVA_DEFAUT

    def __post_init__(self) -> None:
        if not isinstance(self.designation, str):
            raise SalesplanTypeError(f"désignation : {show(self.designation)} doit être un texte.")
        nom = f"« {self.designation} »"
        object.__setattr__(self, "quantite", to_quantity(self.quantite, name=f"quantité de {nom}"))
        object.__setattr__(
            self, "prix_unitaire_ht", to_amount(self.prix_unitaire_ht, name=f"prix unitaire HT de {nom}")
        )
        object.__setattr__(self, "taux_tva", to_rate(self.taux_tva, name=f"taux de TVA de {nom}"))

    @property
    def montant_ht(self) -> Decimal:
        """Montant HT de la ligne = quantité × prix unitaire HT, arrondi au centime."""
        return round_cent(self.quantite * self.prix_unitaire_ht)


def _lignes(lignes: object, taux_tva: Decimal) -> tuple[Ligne, ...]:
    if isinstance(lignes, str | bytes | Ligne | Mapping) or not isinstance(lignes, Iterable):
        raise SalesplanTypeError(
            f"lignes : {show(lignes)} n'est pas une liste de lignes ; "
            "donnez par exemple [Ligne('Chaise', 10, 45)] ou [(10, 45)]."
        )
    result: list[Ligne] = []
    for numero, item in enumerate(to_items(lignes, name="lignes"), start=1):
        if isinstance(item, Ligne):
            result.append(item)
        elif isinstance(item, tuple | list) and len(item) == 2:
            result.append(Ligne(f"ligne {numero}", item[0], item[1], taux_tva))
        else:
            raise SalesplanTypeError(
                f"ligne {numero} : {show(item)} n'est ni une Ligne ni un couple (quantité, prix unitaire HT)."
            )
    if not result:
        raise SalesplanValueError(f"lignes : {show(lignes)} — la commande ne contient aucune ligne.")
    return tuple(result)


# --------------------------------------------------------------------------- reductions


@dataclass(frozen=True)
class Reduction:
    """Une réduction commerciale appliquée : rabais, remise ou ristourne."""

    libelle: str
    taux: Decimal
    base: Decimal
    montant: Decimal
    net_apres: Decimal

    @property
    def intitule(self) -> str:
        """Row label: ``Remise 10 %``."""
        return f"{self.libelle.capitalize()} {format_percent(self.taux)}"


def _reduire(net: Decimal, taux: Decimal) -> tuple[Decimal, Decimal]:
    """One step: (amount of the reduction, net after), both rounded to the cent."""
    montant = round_cent(net * percent(taux))
    return montant, net - montant


def _liste(taux: object, nom: str) -> list[object]:
    if isinstance(taux, str | bytes | Mapping) or not isinstance(taux, Iterable):
        raise SalesplanTypeError(f"{nom} : {show(taux)} doit être une liste de taux, par exemple [10, 5].")
    return to_items(taux, name=nom)


def _reductions(reductions: object) -> list[tuple[str, Decimal]]:
    items = _liste(reductions, "réductions")
    # A lone pair ("remise", 10) is read as one reduction, not as two rates.
    if len(items) == 2 and isinstance(items[0], str) and not _is_number(items[0]):
        items = [tuple(items)]
    result: list[tuple[str, Decimal]] = []
    for numero, item in enumerate(items, start=1):
        if isinstance(item, tuple | list):
            if len(item) != 2 or not isinstance(item[0], str):
                raise SalesplanTypeError(
                    f'réduction {numero} : {show(item)} doit être un taux ou un couple ("remise", taux).'
                )
            libelle = choose("type de réduction", item[0], LIBELLES_REDUCTION)
            result.append((libelle, to_rate(item[1], name=f"taux de la réduction {numero} ({libelle})")))
        else:
            result.append(("remise", to_rate(item, name=f"taux de la réduction {numero}")))
    return result


def _is_number(text: str) -> bool:
    try:
        to_decimal(text)
    except SalesplanValueError:
        return False
    return True


def appliquer_reductions(montant: Number, taux: Iterable[Number]) -> Decimal:
    """Net après réductions successives (« en cascade »).

    Each rate applies to the running net; each reduction is rounded half-up to
    the cent, so the net is exact to the cent at every step. The starting amount
    is rounded to the cent first. Successive rates multiply: 10 % then 5 % is
    not 15 % (see :func:`taux_global_reductions`).

    Formula: net_k = net_(k-1) − arrondi(net_(k-1) × t_k).

    >>> appliquer_reductions(1000, [10, 5])  # 1 000 − 100 = 900 ; 900 − 45 = 855
    Decimal('855.00')
    """
    net = round_cent(to_amount(montant, name="montant"))
    for numero, item in enumerate(_liste(taux, "taux"), start=1):
        _, net = _reduire(net, to_rate(item, name=f"taux de la réduction {numero}"))
    return net


def taux_global_reductions(taux: Iterable[Number]) -> Decimal:
    """Taux global de réductions successives, en pourcentage, exact.

    Formula: t = 1 − Π(1 − t_k). 10 % then 5 %: 1 − 0,90 × 0,95 = 14,5 %, not 15 %.

    >>> taux_global_reductions([10, 5])
    Decimal('14.5')
    """
    reste = Decimal(1)
    for numero, item in enumerate(_liste(taux, "taux"), start=1):
        reste *= 1 - percent(to_rate(item, name=f"taux de la réduction {numero}"))
    return _exact((1 - reste) * HUNDRED)


# --------------------------------------------------------------------------- VAT


def ttc_depuis_ht(montant_ht: Number, *, taux_tva: Number = TAUX_TVA_DEFAUT) -> Decimal:
    """Montant TTC = HT × (1 + taux de TVA), arrondi au centime (CGI art. 278 for 20 %).

    >>> ttc_depuis_ht(100)
    Decimal('120.00')
    """
    ht = to_amount(montant_ht, name="montant HT")
    return round_cent(ht * (1 + percent(to_rate(taux_tva, name="taux de TVA"))))


def ht_depuis_ttc(montant_ttc: Number, *, taux_tva: Number = TAUX_TVA_DEFAUT) -> Decimal:
    """Montant HT = TTC ÷ (1 + taux de TVA), arrondi au centime.

    The round trip HT → TTC → HT may differ by one cent: rounding loses information.

    >>> ht_depuis_ttc(120)
    Decimal('100.00')
    >>> ht_depuis_ttc("10,55", taux_tva=5.5)
    Decimal('10.00')
    """
    ttc = to_amount(montant_ttc, name="montant TTC")
    return round_cent(ttc / (1 + percent(to_rate(taux_tva, name="taux de TVA"))))


# --------------------------------------------------------------------------- the order


@dataclass(frozen=True)
class TvaParTaux:
    """La part de la commande soumise à un taux de TVA."""

    taux: Decimal
    montant_brut: Decimal
    net_financier: Decimal
    frais_de_port: Decimal
    base_ht: Decimal
    montant_tva: Decimal


def _repartir(total: Decimal, poids: Sequence[Decimal]) -> list[Decimal]:
    """Split a cent amount pro rata of ``poids`` so that the parts add up exactly.

    Largest-remainder method: each part is first rounded down to the cent, the
    missing cents go to the largest remainders (ties: the first weight, i.e.
    the highest VAT rate). All weights zero: everything on the first one.
    """
    somme = sum(poids, Decimal(0))
    if somme == 0:
        return [total] + [Decimal("0.00")] * (len(poids) - 1)
    exactes = [total * p / somme for p in poids]
    parts = [e.quantize(CENT, rounding=ROUND_FLOOR) for e in exactes]
    manque = int((total - sum(parts, Decimal(0))) / CENT)
    ordre = sorted(range(len(poids)), key=lambda i: (-(exactes[i] - parts[i]), i))
    for i in ordre[:manque]:
        parts[i] += CENT
    return parts


@dataclass(frozen=True)
class Commande:
    """Le calcul complet d'une commande, de la facture au net à payer TTC.

    Every amount is a ``Decimal`` rounded to the cent; rates are in percent.
    """

    lignes: tuple[Ligne, ...]
    montant_brut: Decimal
    reductions: tuple[Reduction, ...]
    net_commercial: Decimal
    taux_escompte: Decimal
    montant_escompte: Decimal
    net_financier: Decimal
    frais_de_port: Decimal
    base_ht: Decimal
    montant_tva: Decimal
    tva_par_taux: tuple[TvaParTaux, ...]
    net_a_payer: Decimal

    def pied_de_facture(self) -> list[tuple[str, Decimal]]:
        """Les lignes du pied de facture, ``(libellé, montant)``, dans l'ordre du calcul.

        What :meth:`to_frame` shows and what the invoice and the order simulator print:
        rows with nothing to show (no reduction, no escompte, no shipping) are left out.

        >>> c = calculer_commande([(10, "45")], reductions=[10], escompte=2, frais_de_port=15)
        >>> for libelle, montant in c.pied_de_facture():
        ...     print(f"{libelle} : {montant}")
        Montant brut HT : 450.00
        Remise 10\u00a0% : 45.00
        Net commercial : 405.00
        Escompte 2\u00a0% : 8.10
        Net financier : 396.90
        Frais de port : 15.00
        Base HT : 411.90
        TVA 20\u00a0% : 82.38
        Net à payer TTC : 494.28
        """
        rows = [("Montant brut HT", self.montant_brut)]
        rows += [(r.intitule, r.montant) for r in self.reductions]
        if self.reductions:
            rows.append(("Net commercial", self.net_commercial))
        if self.taux_escompte:
            rows += [
                (f"Escompte {format_percent(self.taux_escompte)}", self.montant_escompte),
                ("Net financier", self.net_financier),
            ]
        if self.frais_de_port:
            rows.append(("Frais de port", self.frais_de_port))
        rows.append(("Base HT", self.base_ht))
        plusieurs = len(self.tva_par_taux) > 1
        if plusieurs:
            rows += [(f"Base HT à {format_percent(t.taux)}", t.base_ht) for t in self.tva_par_taux]
        rows += [(f"TVA {format_percent(t.taux)}", t.montant_tva) for t in self.tva_par_taux]
        if plusieurs:
            rows.append(("Total TVA", self.montant_tva))
        rows.append(("Net à payer TTC", self.net_a_payer))
        return rows

    def to_frame(self) -> pd.DataFrame:
        """Le pied de facture en tableau pandas (imported only when called).

        Index: the invoice labels ("Montant brut HT", "Remise 10 %", "Net commercial",
        "Escompte 2 %", "Net financier", "Frais de port", "Base HT", "TVA 20 %",
        "Net à payer TTC"); one column "montant (€)" with positive amounts. Rows
        with nothing to show (no reduction, no escompte, no shipping) are left out;
        with several VAT rates, "Base HT à 20 %" rows and a "Total TVA" row are added.
        """
        return frame(
            ({"libellé": libelle, "montant (€)": montant} for libelle, montant in self.pied_de_facture()),
            index="libellé",
        )

    def expliquer(self) -> str:
        """Le calcul pas à pas, en français, comme sur une facture."""
        e = format_euros
        out = [
            f"Ligne « {lg.designation} » : {format_number(lg.quantite)} × {e(lg.prix_unitaire_ht)} = {e(lg.montant_ht)}"
            + (f" (TVA {format_percent(lg.taux_tva)})" if len(self.tva_par_taux) > 1 else "")
            for lg in self.lignes
        ]
        somme = " + ".join(e(lg.montant_ht) for lg in self.lignes) + " = " if len(self.lignes) > 1 else ""
        out.append(f"Montant brut HT : {somme}{e(self.montant_brut)}")
        for r in self.reductions:
            out.append(f"{r.intitule} : {e(r.base)} × {format_percent(r.taux)} = {e(r.montant)}")
            out.append(f"Net après {r.libelle} : {e(r.base)} − {e(r.montant)} = {e(r.net_apres)}")
        out.append(f"Net commercial = {e(self.net_commercial)}")
        if self.taux_escompte:
            te = format_percent(self.taux_escompte)
            out.append(f"Escompte {te} : {e(self.net_commercial)} × {te} = {e(self.montant_escompte)}")
            out.append(
                f"Net financier : {e(self.net_commercial)} − {e(self.montant_escompte)} = {e(self.net_financier)}"
            )
        if self.frais_de_port:
            out.append(
                f"Base HT : {e(self.net_financier)} + {e(self.frais_de_port)} de frais de port = {e(self.base_ht)}"
            )
        else:
            out.append(f"Base HT = {e(self.base_ht)}")
        if len(self.tva_par_taux) > 1:
            out.append(
                "Plusieurs taux de TVA : réductions, escompte et frais de port sont répartis entre les taux "
                "au prorata du montant brut de chaque taux (l'accessoire suit le principal)."
            )
            for t in self.tva_par_taux:
                part = f"{e(t.montant_brut)} ÷ {e(self.montant_brut)}"
                texte = f"Base HT à {format_percent(t.taux)} : net financier {e(self.net_financier)} × {part} ≈ "
                if self.frais_de_port:
                    texte += (
                        f"{e(t.net_financier)} ; frais de port {e(self.frais_de_port)} × {part} ≈ "
                        f"{e(t.frais_de_port)} ; base {e(t.net_financier)} + {e(t.frais_de_port)} = "
                    )
                out.append(texte + e(t.base_ht))
        for t in self.tva_par_taux:
            out.append(f"TVA {format_percent(t.taux)} : {e(t.base_ht)} × {format_percent(t.taux)} = {e(t.montant_tva)}")
        out.append(f"Net à payer TTC : {e(self.base_ht)} + {e(self.montant_tva)} = {e(self.net_a_payer)}")
        return "\n".join(out)


def calculer_commande(
    lignes: Iterable[Ligne | tuple[Number, Number]],
    *,
    reductions: Iterable[Number | tuple[str, Number]] = (),
    escompte: Number = 0,
    frais_de_port: Number = 0,
    taux_tva: Number = TAUX_TVA_DEFAUT,
) -> Commande:
    """Montant d'une commande : brut, réductions, net commercial, escompte, port, TVA, TTC.

    * ``lignes``: :class:`Ligne` objects or ``(quantité, prix unitaire HT)`` pairs
      (a pair takes the VAT rate ``taux_tva``, default 20 %, CGI art. 278).
    * ``reductions``: rates in percent, or ``("rabais" | "remise" | "ristourne", taux)``
      pairs; a bare rate is a remise. Applied in the order given (usually rabais,
      then remise, then ristourne), each on the running net, rounded to the cent.
    * ``escompte``: rate of the financial reduction for early payment, on the net commercial.
    * ``frais_de_port``: shipping HT, added after the escompte and part of the VAT
      base (CGI art. 267, I-2°).

    Several VAT rates: the VAT is computed per rate (CGI ann. II art. 242 nonies A:
    total HT and VAT per rate). Reductions and escompte are spread over the rates
    pro rata of each rate's gross amount; shipping follows the principal operation
    (accessory costs take the rate of the goods they go with — CGI art. 267, I-2°
    and BOFiP doctrine) and is spread pro rata too. Each split uses the largest
    remainder method, so the per-rate bases add up exactly to ``base_ht``; the VAT
    of each rate is rounded to the cent and ``net_a_payer = base_ht + montant_tva``.

    >>> c = calculer_commande([(10, 50), (5, 100)], reductions=[10, 5], escompte=2, frais_de_port=15)
    >>> c.net_commercial, c.net_financier, c.base_ht, c.montant_tva, c.net_a_payer
    (Decimal('855.00'), Decimal('837.90'), Decimal('852.90'), Decimal('170.58'), Decimal('1023.48'))
    """
    taux_defaut = to_rate(taux_tva, name="taux de TVA")
    lignes_ok = _lignes(lignes, taux_defaut)
    etapes = _reductions(reductions)
    taux_escompte = to_rate(escompte, name="taux d'escompte")
    port = round_cent(to_amount(frais_de_port, name="frais de port"))

    brut = sum((lg.montant_ht for lg in lignes_ok), Decimal("0.00"))
    net = brut
    faites: list[Reduction] = []
    for libelle, taux in etapes:
        montant, apres = _reduire(net, taux)
        faites.append(Reduction(libelle, taux, net, montant, apres))
        net = apres
    escompte_montant, net_financier = _reduire(net, taux_escompte)
    base = net_financier + port

    taux_presents = sorted({lg.taux_tva for lg in lignes_ok}, reverse=True)
    bruts = [sum((lg.montant_ht for lg in lignes_ok if lg.taux_tva == t), Decimal("0.00")) for t in taux_presents]
    parts_nf = _repartir(net_financier, bruts)
    parts_port = _repartir(port, bruts)
    detail = tuple(
        TvaParTaux(t, b, nf, fp, nf + fp, round_cent((nf + fp) * percent(t)))
        for t, b, nf, fp in zip(taux_presents, bruts, parts_nf, parts_port, strict=True)
    )
    tva = sum((d.montant_tva for d in detail), Decimal("0.00"))
    return Commande(
        lignes=lignes_ok,
        montant_brut=brut,
        reductions=tuple(faites),
        net_commercial=net,
        taux_escompte=taux_escompte,
        montant_escompte=escompte_montant,
        net_financier=net_financier,
        frais_de_port=port,
        base_ht=base,
        montant_tva=tva,
        tva_par_taux=detail,
        net_a_payer=base + tva,
    )


# --------------------------------------------------------------------------- degressive prices


@dataclass(frozen=True)
class TrancheAppliquee:
    """Une tranche du barème et les unités qui y sont facturées (``jusqu_a`` None: sans limite)."""

    a_partir_de: int
    jusqu_a: int | None
    prix_unitaire_ht: Decimal
    quantite: int
    montant_ht: Decimal


@dataclass(frozen=True)
class PrixDegressif:
    """Résultat d'un tarif dégressif : montant HT, détail par tranche, prix unitaire moyen."""

    quantite: int
    mode: str
    montant_ht: Decimal
    tranches: tuple[TrancheAppliquee, ...]
    prix_unitaire_moyen: Decimal

    def expliquer(self) -> str:
        """Le calcul tranche par tranche, en français."""
        out = []
        for t in self.tranches:
            borne = f"de {t.a_partir_de} à {t.jusqu_a}" if t.jusqu_a is not None else f"à partir de {t.a_partir_de}"
            out.append(
                f"Tranche {borne} : {format_number(Decimal(t.quantite))} × {format_euros(t.prix_unitaire_ht)} "
                f"= {format_euros(t.montant_ht)}"
            )
        out.append(f"Montant HT = {format_euros(self.montant_ht)}")
        out.append(
            f"Prix unitaire moyen : {format_euros(self.montant_ht)} ÷ {format_number(Decimal(self.quantite))} "
            f"= {format_euros(self.prix_unitaire_moyen)}"
        )
        return "\n".join(out)


def _bareme(bareme: object) -> list[tuple[int, Decimal, int]]:
    """Validated bands as (first unit, unit price, minimum as written)."""
    items = list(bareme.items()) if isinstance(bareme, Mapping) else _liste(bareme, "barème")
    if not items:
        raise SalesplanValueError(f"barème : {show(bareme)} est vide ; donnez au moins une tranche.")
    bandes: list[tuple[int, Decimal, int]] = []
    for numero, item in enumerate(items, start=1):
        if not isinstance(item, tuple | list) or len(item) != 2:
            raise SalesplanTypeError(
                f"tranche {numero} du barème : {show(item)} doit être un couple (quantité minimale, prix unitaire HT)."
            )
        minimum = to_count(item[0], name=f"quantité minimale de la tranche {numero}")
        prix = to_amount(item[1], name=f"prix unitaire HT de la tranche {numero}")
        premiere_unite = max(minimum, 1)
        if numero == 1 and minimum > 1:
            raise SalesplanValueError(
                f"barème : la première tranche commence à {show(item[0])} ; elle doit commencer à 0 ou 1."
            )
        if bandes and premiere_unite <= bandes[-1][0]:
            raise SalesplanValueError(
                f"barème : la quantité minimale {show(item[0])} de la tranche {numero} doit être strictement "
                f"supérieure à celle de la tranche précédente ({bandes[-1][2]})."
            )
        bandes.append((premiere_unite, prix, minimum))
    return bandes


def prix_degressif(quantite: Number, bareme: object, *, mode: str = "tranche_atteinte") -> PrixDegressif:
    """Prix d'une quantité selon un barème dégressif (tarif par tranches de quantité).

    ``bareme``: ``[(quantité minimale, prix unitaire HT), ...]`` (or a dict), the
    first band starting at 0 or 1, minimums strictly increasing. A band runs from
    its minimum to the unit before the next minimum. Quantities are whole units.

    * ``mode="tranche_atteinte"``: the price of the band reached applies to every
      unit (beware the threshold effect: 99 units may cost more than 100);
    * ``mode="par_tranche"``: each band's units at that band's price (like income tax brackets).

    Returns a :class:`PrixDegressif`: ``montant_ht`` (sum of the band amounts,
    each rounded to the cent), ``tranches`` (detail of the bands used) and
    ``prix_unitaire_moyen`` = montant HT ÷ quantité, rounded to the cent.
    The prices belong to the seller's CGV (C. com. L441-1: barème des prix unitaires).

    >>> bareme = [(1, 25), (50, "23,50"), (100, 22)]
    >>> prix_degressif(130, bareme).montant_ht
    Decimal('2860.00')
    >>> prix_degressif(130, bareme, mode="par_tranche").montant_ht  # 49 × 25 + 50 × 23,50 + 31 × 22
    Decimal('3082.00')
    """
    n = to_count(quantite, name="quantité", minimum=1)
    code = choose("mode de tarif dégressif", mode, MODES_DEGRESSIFS)
    bandes = _bareme(bareme)
    tranches: list[TrancheAppliquee] = []
    for i, (debut, prix, _) in enumerate(bandes):
        fin = bandes[i + 1][0] - 1 if i + 1 < len(bandes) else None
        if code == "tranche_atteinte":
            if debut <= n and (fin is None or n <= fin):
                tranches.append(TrancheAppliquee(debut, fin, prix, n, round_cent(n * prix)))
        elif debut <= n:
            unites = (n if fin is None else min(n, fin)) - debut + 1
            tranches.append(TrancheAppliquee(debut, fin, prix, unites, round_cent(unites * prix)))
    montant = sum((t.montant_ht for t in tranches), Decimal("0.00"))
    return PrixDegressif(n, code, montant, tuple(tranches), round_cent(montant / n))


__all__ = [
    "LIBELLES_REDUCTION",
    "MODES_DEGRESSIFS",
    "TAUX_TVA_DEFAUT",
    "Commande",
    "Ligne",
    "PrixDegressif",
    "Reduction",
    "TrancheAppliquee",
    "TvaParTaux",
    "appliquer_reductions",
    "calculer_commande",
    "ht_depuis_ttc",
    "prix_degressif",
    "taux_global_reductions",
    "ttc_depuis_ht",
]
