"""Le droit de rétractation entre professionnels (petits professionnels, L221-3).

Between professionals there is in general no withdrawal right. The exception:
a contract concluded off-premises (« hors établissement »), whose object is
outside the buyer's main activity, with a buyer employing 5 people or fewer,
gives the buyer the consumer's 14 days to withdraw.

The period (L221-18, L221-19): it runs from the day after the conclusion of
the contract (services) or after the receipt of the goods (goods); if its last
day is a Saturday, a Sunday or a public holiday, it ends on the next working
day. Public holidays are those of Code du travail L3133-1 for metropolitan
France (Alsace-Moselle and overseas local holidays are not included).

References:
    * Code de la consommation, art. L221-3 (extension to small professionals),
      L221-18 (14 days; starting point), L221-19 (counting; extension to the
      next working day), L221-20 (12 months more when the information is
      missing) — legifrance.gouv.fr.
    * DGCCRF, « Petits professionnels : vous avez 14 jours pour vous rétracter
      en cas de contrat conclu hors établissement » — economie.gouv.fr.
    * Code du travail, art. L3133-1 (the eleven public holidays).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from salesplan import parametres
from salesplan.concepts import choose
from salesplan.errors import SalesplanTypeError, SalesplanValueError, show
from salesplan.values import format_date, to_bool, to_count, to_date

NATURES: tuple[str, ...] = ("biens", "services")


def date_de_paques(annee: int) -> dt.date:
    """Easter Sunday (« dimanche de Pâques ») of a Gregorian year.

    Anonymous Gregorian algorithm (Meeus/Jones/Butcher).

    >>> date_de_paques(2027)
    datetime.date(2027, 3, 28)
    """
    if isinstance(annee, bool) or not isinstance(annee, int):
        raise SalesplanTypeError(f"année : {show(annee)} n'est pas une année (nombre entier).")
    if not 1583 <= annee <= 9999:
        raise SalesplanValueError(f"année : {show(annee)} est hors du calendrier grégorien traité (1583 à 9999).")
    a, b, c = annee % 19, annee // 100, annee % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    day += 1
    return dt.date(annee, month, day)


def jours_feries(annee: int) -> dict[dt.date, str]:
    """The eleven public holidays (« jours fériés ») of metropolitan France.

    C. trav. L3133-1: 1 January, Easter Monday, 1 May, 8 May, Ascension,
    Whit Monday, 14 July, 15 August, 1 November, 11 November, 25 December.

    >>> jours_feries(2027)[dt.date(2027, 5, 6)]
    'Ascension'
    """
    # checked 2026-11-26: Code du travail, art. L3133-1 (list of public holidays).
    paques = date_de_paques(annee)
    jours = {
        dt.date(annee, 1, 1): "Jour de l'an",
        paques + dt.timedelta(days=1): "Lundi de Pâques",
        dt.date(annee, 5, 1): "Fête du Travail",
        dt.date(annee, 5, 8): "Victoire 1945",
        paques + dt.timedelta(days=39): "Ascension",
        paques + dt.timedelta(days=50): "Lundi de Pentecôte",
        dt.date(annee, 7, 14): "Fête nationale",
        dt.date(annee, 8, 15): "Assomption",
        dt.date(annee, 11, 1): "Toussaint",
        dt.date(annee, 11, 11): "Armistice 1918",
        dt.date(annee, 12, 25): "Noël",
    }
    return dict(sorted(jours.items()))


def jour_ouvrable_suivant(jour: object) -> dt.date:
    """The day itself if it is a working day, else the next one.

    Saturdays, Sundays and public holidays are skipped (L221-19, 3°).

    >>> jour_ouvrable_suivant("14/07/2029")  # Saturday and national day
    datetime.date(2029, 7, 16)
    """
    day = to_date(jour, name="jour")
    while day.weekday() >= 5 or day in jours_feries(day.year):
        day += dt.timedelta(days=1)
    return day


@dataclass(frozen=True)
class Retractation:
    """Whether a professional buyer may withdraw, and until when."""

    applicable: bool
    motif: str
    delai_jours: int
    point_de_depart: dt.date | None = None
    dernier_jour: dt.date | None = None

    def expliquer(self) -> str:
        text = self.motif
        if self.applicable and self.dernier_jour is not None and self.point_de_depart is not None:
            text += (
                f" Le délai de {self.delai_jours} jours court à partir du lendemain du "
                f"{format_date(self.point_de_depart)} ; dernier jour pour se rétracter : "
                f"{format_date(self.dernier_jour)}."
            )
        elif self.applicable:
            text += " Donnez la date de conclusion (services) ou de réception (biens) pour dater la fin du délai."
        return text


def fin_du_delai(point_de_depart: object, *, jours: object = 14) -> dt.date:
    """Last day of a period of ``jours`` days counted the L221-19 way.

    The starting day is not counted; a last day falling on a Saturday,
    Sunday or public holiday moves to the next working day.

    >>> fin_du_delai("05/01/2027")
    datetime.date(2027, 1, 19)
    """
    depart = to_date(point_de_depart, name="point de départ")
    nombre = to_count(jours, name="jours", minimum=1, maximum=3650)
    # checked 2026-11-26: C. consom. L221-19 (1° day of conclusion/receipt not counted; 3° extension).
    return jour_ouvrable_suivant(depart + dt.timedelta(days=nombre))


def droit_de_retractation(
    *,
    hors_etablissement: bool,
    hors_activite_principale: bool,
    effectif: object,
    nature: str = "biens",
    date_conclusion: object = None,
    date_livraison: object = None,
) -> Retractation:
    """Does a professional buyer have the 14-day withdrawal right? (« droit de rétractation »)

    Code de la consommation L221-3: yes when the contract was concluded off
    the seller's premises, its object is outside the buyer's main activity
    and the buyer employs 5 people or fewer. The period (L221-18) runs from
    the conclusion for services, from the receipt for goods.

    >>> r = droit_de_retractation(hors_etablissement=True, hors_activite_principale=True, effectif=3,
    ...                           nature="services", date_conclusion="04/03/2027")
    >>> r.applicable, r.dernier_jour
    (True, datetime.date(2027, 3, 18))
    """
    hors_etab = to_bool(hors_etablissement, name="hors_etablissement")
    hors_activite = to_bool(hors_activite_principale, name="hors_activite_principale")
    salaries = to_count(effectif, name="effectif")
    if not isinstance(nature, str):
        raise SalesplanTypeError(f"nature : {show(nature)} doit être « biens » ou « services ».")
    nature = choose("nature du contrat", nature, NATURES)
    conclusion = None if date_conclusion is None else to_date(date_conclusion, name="date de conclusion")
    livraison = None if date_livraison is None else to_date(date_livraison, name="date de livraison")
    if conclusion and livraison and livraison < conclusion:
        raise SalesplanValueError(
            f"date de livraison : {format_date(livraison)} est antérieure à la date de conclusion "
            f"{format_date(conclusion)} ; vérifiez l'ordre des dates."
        )
    # checked 2026-11-26: C. consom. L221-3 (≤ 5 employees) and L221-18 (14 days), DGCCRF page.
    quand = conclusion or livraison
    effectif_max = int(parametres.valeur("retractation_effectif_max", date=quand))
    delai = int(parametres.valeur("retractation_delai", date=quand))
    echecs = []
    if not hors_etab:
        echecs.append("le contrat n'a pas été conclu hors établissement")
    if not hors_activite:
        echecs.append("son objet entre dans le champ de l'activité principale de l'acheteur")
    if salaries > effectif_max:
        echecs.append(f"l'acheteur emploie {salaries} salariés, plus que le maximum de {effectif_max}")
    if echecs:
        motif = (
            "Pas de droit de rétractation : "
            + " ; ".join(echecs)
            + ". Entre professionnels, le contrat engage dès sa signature (C. consom. L221-3 non applicable)."
        )
        return Retractation(False, motif, delai)
    motif = (
        f"Droit de rétractation de {delai} jours : contrat conclu hors établissement, objet hors de l'activité "
        f"principale, acheteur employant {salaries} salarié{'s' if salaries > 1 else ''} "
        f"(au plus {effectif_max}) — C. consom. L221-3 et L221-18."
    )
    depart = conclusion if nature == "services" else livraison
    if depart is None:
        return Retractation(True, motif, delai)
    return Retractation(True, motif, delai, depart, fin_du_delai(depart, jours=delai))


__all__ = [
    "NATURES",
    "Retractation",
    "date_de_paques",
    "droit_de_retractation",
    "fin_du_delai",
    "jour_ouvrable_suivant",
    "jours_feries",
]
