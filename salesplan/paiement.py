"""Délais de paiement entre professionnels, pénalités de retard et indemnité forfaitaire.

The payment term written on an invoice ("45 jours fin de mois"), the due date it
gives, the legal caps it must respect, and what a late payer owes: penalties
(amount TTC × rate × days late / 365) plus a fixed 40 € recovery indemnity.

Choices:
    * "N jours fin de mois" can be counted two lawful ways; the default here is
      ``jours_puis_fin_de_mois`` (invoice date + N days, then end of that
      month), the first way the DGCCRF page lists and the closest reading of
      "N jours fin de mois après la date d'émission de la facture". Pass
      ``methode="fin_de_mois_puis_jours"`` for the other, or call
      :func:`echeances_possibles` to see both.
    * A term beyond the legal cap is refused (``LegalLimitError``); pass
      ``verifier=False`` to compute its date anyway, for the exercise "why is
      this term illegal?".
    * "à réception" (with no number of days) is read as "no term agreed": the
      legal default of 30 days after receipt of the goods applies.

References:
    * Code de commerce, art. L441-10 (I: 30 days by default, 60 days or 45 days
      end of month at most; II: penalties, rate, 40 € indemnity) — legifrance.gouv.fr.
    * Code de commerce, art. D441-5 (indemnité forfaitaire de 40 €).
    * Code de commerce, art. L441-9 (the due date is written on the invoice).
    * DGCCRF, « Délais de paiement : les règles à connaître » (two ways to count
      45 jours fin de mois) — economie.gouv.fr; entreprendre.service-public.fr F23211.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from salesplan import parametres
from salesplan.concepts import choose, sans_accents
from salesplan.errors import LegalLimitError, SalesplanTypeError, SalesplanValueError, UnknownCodeError, show
from salesplan.values import (
    HUNDRED,
    format_date,
    format_percent,
    round_cent,
    to_amount,
    to_bool,
    to_count,
    to_date,
    to_rate,
    to_text,
)

METHODES_FIN_DE_MOIS: tuple[str, ...] = ("jours_puis_fin_de_mois", "fin_de_mois_puis_jours")
METHODE_PAR_DEFAUT = "jours_puis_fin_de_mois"
_LIBELLES_METHODES = {
    "jours_puis_fin_de_mois": "date de facture + {n} jours, puis fin du mois",
    "fin_de_mois_puis_jours": "fin du mois de la facture, puis + {n} jours",
}
_JOURS_ANNEE = Decimal(365)
JOURS_DE_RETARD_MAX = 36_500  # a hundred years: beyond, the dates are wrong


@dataclass(frozen=True)
class Delai:
    """A payment term read from French text.

    ``nature`` is ``"comptant"``, ``"jours"`` (N days net), ``"fin_de_mois"``
    (N days end of month) or ``"defaut"`` (nothing agreed: legal default).
    ``methode`` is set only when the text itself says how to count
    ("fin de mois + 45 jours").
    """

    texte: str
    nature: str
    jours: int
    methode: str | None = None

    def libelle(self) -> str:
        """The term in plain French: « 45 jours fin de mois »."""
        if self.nature == "comptant":
            return "comptant"
        if self.nature == "defaut":
            return "délai supplétif (30 jours après réception)"
        suffix = " fin de mois" if self.nature == "fin_de_mois" else ""
        return f"{self.jours} jours{suffix}"


@dataclass(frozen=True)
class Echeance:
    """One due date, with the way it was counted."""

    methode: str
    libelle: str
    date: dt.date

    def expliquer(self) -> str:
        return f"{self.libelle} : échéance le {format_date(self.date)}."


@dataclass(frozen=True)
class Controle:
    """The result of a legal check that passed (a failed check raises)."""

    regle: str
    conforme: bool
    explication: str

    def expliquer(self) -> str:
        return self.explication


def _fold(text: str) -> str:
    plain = sans_accents(text.strip())
    plain = re.sub(r"[.,;:]", " ", plain)
    return re.sub(r"\s+", " ", plain).strip()


_JOURS = r"(?:j|jr|jrs|jour|jours)"
_FDM = r"(?:fin de mois|fdm|f d m)"
_NET = r"(?:\s+(?:nets?|date de facture|date facture|df))?"
_RE_JOURS = re.compile(rf"([0-9]{{1,3}})\s*{_JOURS}{_NET}", re.ASCII)
_RE_JOURS_FDM = re.compile(rf"([0-9]{{1,3}})\s*{_JOURS}{_NET}\s*\+?\s*{_FDM}", re.ASCII)
_RE_FDM_JOURS = re.compile(rf"{_FDM}\s*\+\s*([0-9]{{1,3}})\s*{_JOURS}", re.ASCII)
_COMPTANT = {"comptant", "au comptant", "paiement comptant", "paiement au comptant"}
_DEFAUT = {
    "a reception",
    "reception",
    "paiement a reception",
    "defaut",
    "a defaut",
    "delai legal",
    "delai suppletif",
    "aucun",
    "non convenu",
    "30 jours apres reception",
    "30 jours a reception",
}


def lire_delai(delai: object) -> Delai:
    """Read a payment term written in French (« délai de paiement »).

    Lenient: case, accents, « j », « jours », « FDM » and « nets » are all read.

    >>> lire_delai("45 j FDM").libelle()
    '45 jours fin de mois'
    >>> lire_delai("Fin de mois + 45 jours").methode
    'fin_de_mois_puis_jours'
    """
    if isinstance(delai, Delai):
        return delai
    if not isinstance(delai, str):
        raise SalesplanTypeError(
            f"délai : {show(delai)} n'est pas un texte ; écrivez par exemple « 45 jours fin de mois »."
        )
    text = _fold(to_text(delai, name="délai"))
    if text in _COMPTANT:
        return Delai(delai, "comptant", 0)
    if text in _DEFAUT:
        return Delai(delai, "defaut", int(parametres.valeur("delai_paiement_defaut")))
    if match := _RE_FDM_JOURS.fullmatch(text):
        return Delai(delai, "fin_de_mois", int(match.group(1)), "fin_de_mois_puis_jours")
    if match := _RE_JOURS_FDM.fullmatch(text):
        return Delai(delai, "fin_de_mois", int(match.group(1)))
    if match := _RE_JOURS.fullmatch(text):
        return Delai(delai, "jours", int(match.group(1)))
    raise SalesplanValueError(
        f"délai : {show(delai)} n'est pas un délai de paiement lisible ; écrivez « comptant », « 30 jours », "
        "« 45 jours fin de mois » ou « à réception » (délai supplétif)."
    )


def verifier_delai(delai: object, *, date_facture: object = None) -> Controle:
    """Check an agreed term against the caps of L441-10 (« délai maximal »).

    At most 60 days after the invoice date, or 45 days end of month if the
    contract says so expressly; a term beyond raises ``LegalLimitError``.
    ``date_facture`` (default today) picks the caps in force.

    >>> verifier_delai("45 jours fin de mois").conforme
    True
    """
    terme = lire_delai(delai)
    day = dt.date.today() if date_facture is None else to_date(date_facture, name="date de facture")
    # checked 2026-11-26: C. com. L441-10 I al. 2 and 3 (60 days net; 45 days end of month if expressly agreed).
    max_jours = int(parametres.valeur("delai_paiement_max", date=day))
    max_fdm = int(parametres.valeur("delai_paiement_max_fdm", date=day))
    source = "Code de commerce, art. L441-10, I"
    if terme.nature == "comptant":
        return Controle(source, True, "Paiement comptant : aucun plafond n'est en jeu.")
    if terme.nature == "defaut":
        return Controle(
            source,
            True,
            f"Aucun délai convenu : le délai supplétif de {terme.jours} jours après réception des marchandises "
            "ou exécution de la prestation s'applique (L441-10, I, al. 1).",
        )
    if terme.nature == "jours" and terme.jours > max_jours:
        raise LegalLimitError(
            f"délai « {terme.libelle()} » ({show(terme.texte)}) : dépasse le plafond légal de {max_jours} jours "
            f"après la date d'émission de la facture ({source}, al. 2)."
        )
    if terme.nature == "fin_de_mois" and terme.jours > max_fdm:
        raise LegalLimitError(
            f"délai « {terme.libelle()} » ({show(terme.texte)}) : dépasse le plafond légal de {max_fdm} jours "
            f"fin de mois ({source}, al. 3), à ne pas confondre avec {max_jours} jours date de facture."
        )
    if terme.nature == "fin_de_mois":
        texte = (
            f"« {terme.libelle()} » respecte le plafond de {max_fdm} jours fin de mois, à condition d'être "
            f"expressément prévu au contrat et de ne pas constituer un abus manifeste (L441-10, I, al. 3)."
        )
    else:
        texte = f"« {terme.libelle()} » respecte le plafond de {max_jours} jours après la date de facture (L441-10, I)."
    return Controle(source, True, texte)


def _fin_de_mois(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _par_methode(facture: dt.date, jours: int, methode: str) -> dt.date:
    if methode == "jours_puis_fin_de_mois":
        return _fin_de_mois(facture + dt.timedelta(days=jours))
    return _fin_de_mois(facture) + dt.timedelta(days=jours)


def date_echeance(
    date_facture: object,
    delai: object,
    *,
    methode: str | None = None,
    date_livraison: object = None,
    verifier: bool = True,
) -> dt.date:
    """The due date (« date d'échéance ») of an invoice under a payment term.

    * « comptant »: the invoice date, or the delivery date if given;
    * « N jours »: invoice date + N days;
    * « N jours fin de mois »: by ``methode`` (see the module docstring);
    * « à réception » / nothing agreed: receipt of the goods (``date_livraison``)
      + 30 days (L441-10, I, al. 1).

    The term is checked against L441-10 first unless ``verifier=False``.

    >>> date_echeance("15/01/2027", "45 jours fin de mois")
    datetime.date(2027, 3, 31)
    >>> date_echeance("15/01/2027", "45 jours fin de mois", methode="fin_de_mois_puis_jours")
    datetime.date(2027, 3, 17)
    """
    facture = to_date(date_facture, name="date de facture")
    terme = lire_delai(delai)
    if to_bool(verifier, name="verifier"):
        verifier_delai(terme, date_facture=facture)
    livraison = None if date_livraison is None else to_date(date_livraison, name="date de livraison")
    if methode is not None:
        if not isinstance(methode, str):
            raise SalesplanTypeError(f"méthode : {show(methode)} doit être un texte.")
        methode = choose("méthode de calcul fin de mois", methode, METHODES_FIN_DE_MOIS)
    if terme.nature == "comptant":
        return livraison or facture
    if terme.nature == "defaut":
        if livraison is None:
            raise SalesplanValueError(
                f"date de livraison : {show(date_livraison)} ; sans délai convenu, l'échéance est fixée à "
                f"{terme.jours} jours après la réception des marchandises : donnez date_livraison."
            )
        return livraison + dt.timedelta(days=terme.jours)
    if terme.nature == "jours":
        return facture + dt.timedelta(days=terme.jours)
    if methode and terme.methode and methode != terme.methode:
        raise SalesplanValueError(
            f"méthode : {show(methode)} contredit le délai {show(terme.texte)}, qui se compte « {terme.methode} »."
        )
    return _par_methode(facture, terme.jours, methode or terme.methode or METHODE_PAR_DEFAUT)


def echeances_possibles(date_facture: object, delai: object) -> tuple[Echeance, ...]:
    """Both lawful due dates of a « N jours fin de mois » term, labelled.

    For another term there is a single date, labelled by the term itself.

    >>> [e.date.isoformat() for e in echeances_possibles("15/01/2027", "45 jours fin de mois")]
    ['2027-03-31', '2027-03-17']
    """
    facture = to_date(date_facture, name="date de facture")
    terme = lire_delai(delai)
    verifier_delai(terme, date_facture=facture)
    if terme.nature != "fin_de_mois":
        return (Echeance(terme.nature, terme.libelle(), date_echeance(facture, terme)),)
    return tuple(
        Echeance(m, _LIBELLES_METHODES[m].format(n=terme.jours), _par_methode(facture, terme.jours, m))
        for m in METHODES_FIN_DE_MOIS
    )


def jours_de_retard(date_echeance: object, date_paiement: object) -> int:
    """Days late (« jours de retard »): payment date − due date, never negative.

    Penalties run from the day after the due date (L441-10, II): paid on the
    due date → 0; the next day → 1; paid early → 0.

    >>> jours_de_retard("31/03/2027", "01/05/2027")
    31
    """
    echeance = to_date(date_echeance, name="date d'échéance")
    paiement = to_date(date_paiement, name="date de paiement")
    return max(0, (paiement - echeance).days)


def penalites_de_retard(montant_ttc: object, *, taux: object, jours_de_retard: object) -> Decimal:
    """Late-payment penalties (« pénalités de retard »), rounded half-up to the cent.

    Formula: montant TTC × taux / 100 × jours de retard / 365 (usual practice
    for the L441-10 II penalties, on the amount including VAT).

    >>> penalites_de_retard("12 450,00", taux="12,15", jours_de_retard=31)
    Decimal('128.47')
    """
    montant = to_amount(montant_ttc, name="montant TTC")
    rate = to_rate(taux, name="taux des pénalités")
    jours = to_count(jours_de_retard, name="jours de retard", maximum=JOURS_DE_RETARD_MAX)
    return round_cent(montant * rate / HUNDRED * jours / _JOURS_ANNEE)


def indemnite_forfaitaire(*, date: object = None) -> Decimal:
    """Fixed recovery indemnity (« indemnité forfaitaire pour frais de recouvrement »).

    Owed per invoice paid late, on top of penalties (C. com. L441-10 II, D441-5).

    >>> indemnite_forfaitaire(date="01/03/2027")
    Decimal('40.00')
    """
    # checked 2026-11-26: C. com. D441-5, 40 € since 1 Jan 2013.
    return round_cent(parametres.valeur("indemnite_recouvrement", date=date))


def _semestre(day: dt.date) -> dt.date:
    return dt.date(day.year, 1 if day.month <= 6 else 7, 1)


def taux_penalites_legal(*, date: object = None, taux_bce: object = None) -> Decimal:
    """Penalty rate applying when the contract sets none (« taux BCE + 10 points »).

    ECB main refinancing rate in force on 1 January (first half-year) or 1 July
    (second half-year), plus 10 points (L441-10, II). The table knows the ECB
    rate up to 24/03/2026: after that, pass ``taux_bce`` (in percent).

    >>> taux_penalites_legal(date="15/03/2026")
    Decimal('12.15')
    >>> taux_penalites_legal(date="15/09/2027", taux_bce="2,40")
    Decimal('12.40')
    """
    day = dt.date.today() if date is None else to_date(date)
    reference = _semestre(day)
    # checked 2026-11-26: C. com. L441-10 II (rate in force on 1 Jan / 1 Jul + 10 points).
    majoration = parametres.valeur("majoration_bce", date=day)
    if taux_bce is not None:
        return to_rate(taux_bce, name="taux BCE") + majoration
    try:
        return parametres.valeur("taux_bce", date=reference) + majoration
    except UnknownCodeError as exc:
        raise UnknownCodeError(
            f"taux BCE au {format_date(reference)} inconnu de la table : {exc} "
            f"Passez taux_bce=... (taux de refinancement de la BCE en vigueur au {format_date(reference)})."
        ) from exc


def taux_penalites_minimum(*, date: object = None, taux_interet_legal: object = None) -> Decimal:
    """Floor of a contractual penalty rate (« trois fois le taux d'intérêt légal »).

    3 × the legal interest rate of the half-year (creditor a professional:
    « autres cas »). The table knows 2025 and the first half of 2026; later,
    pass ``taux_interet_legal`` (in percent).

    >>> taux_penalites_minimum(date="15/03/2026")
    Decimal('7.86')
    """
    day = dt.date.today() if date is None else to_date(date)
    # checked 2026-11-26: C. com. L441-10 II (never below 3 × legal interest); arrêté 15/12/2025: 2.62 %.
    multiple = parametres.valeur("multiple_interet_legal", date=day)
    if taux_interet_legal is not None:
        return multiple * to_rate(taux_interet_legal, name="taux d'intérêt légal")
    try:
        return multiple * parametres.valeur("interet_legal_professionnel", date=day)
    except UnknownCodeError as exc:
        raise UnknownCodeError(
            f"{exc} Passez taux_interet_legal=... (taux de l'intérêt légal du semestre, publié par arrêté)."
        ) from exc


def verifier_taux_penalites(taux: object, *, date: object = None, taux_interet_legal: object = None) -> Controle:
    """Check a contractual penalty rate against the L441-10 floor.

    Raises ``LegalLimitError`` when the rate is below 3 × the legal interest rate.

    >>> verifier_taux_penalites("12,15", date="15/03/2026").conforme
    True
    """
    rate = to_rate(taux, name="taux des pénalités")
    plancher = taux_penalites_minimum(date=date, taux_interet_legal=taux_interet_legal)
    if rate < plancher:
        raise LegalLimitError(
            f"taux des pénalités : {show(taux)} % est inférieur au minimum légal de {format_percent(plancher)} "
            "(trois fois le taux d'intérêt légal, Code de commerce, art. L441-10, II)."
        )
    return Controle(
        "Code de commerce, art. L441-10, II",
        True,
        f"Le taux de {format_percent(rate)} respecte le minimum de {format_percent(plancher)} "
        "(trois fois le taux d'intérêt légal).",
    )


__all__ = [
    "METHODES_FIN_DE_MOIS",
    "METHODE_PAR_DEFAUT",
    "Controle",
    "Delai",
    "Echeance",
    "date_echeance",
    "echeances_possibles",
    "indemnite_forfaitaire",
    "jours_de_retard",
    "lire_delai",
    "penalites_de_retard",
    "taux_penalites_legal",
    "taux_penalites_minimum",
    "verifier_delai",
    "verifier_taux_penalites",
]
