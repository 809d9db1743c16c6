"""Droit de rétractation entre professionnels : les trois conditions de L221-3 et la fin du délai."""

from __future__ import annotations

import datetime as dt

from salesplan import parametres, retractation
from salesplan.simulators import presets
from salesplan.simulators._base import Result, Simulator, Values
from salesplan.simulators._fields import PEOPLE_MAX, choice, date, integer
from salesplan.values import format_date, format_number

_EFFECTIF_MAX = format_number(parametres.valeur("retractation_effectif_max"))
# The example contract is signed on the course's reference day, the goods received a week later.
_SIGNATURE = format_date(parametres.DATE_DE_REFERENCE)
_RECEPTION = format_date(parametres.DATE_DE_REFERENCE + dt.timedelta(days=7))

OUI_NON = (("oui", "Oui"), ("non", "Non"))
NATURES = (("biens", "Des biens (livrés)"), ("services", "Des services"))

FIELDS = (
    choice(
        "hors_etablissement",
        "Contrat conclu hors établissement ?",
        "oui",
        choices=OUI_NON,
        help="Signé ailleurs que dans les locaux du vendeur (chez le client, sur un salon...).",
    ),
    choice(
        "hors_activite_principale",
        "Objet hors de l'activité principale de l'acheteur ?",
        "oui",
        choices=OUI_NON,
        help="Par exemple un copieur pour un cabinet d'architectes.",
    ),
    integer(
        "effectif",
        "Salariés de l'acheteur",
        "3",
        maximum=PEOPLE_MAX,
        unit="salariés",
        help=f"Le droit existe jusqu'à {_EFFECTIF_MAX} salariés (C. consom. L221-3).",
    ),
    choice("nature", "Le contrat porte sur", "biens", choices=NATURES, help="Biens ou services."),
    date("date_conclusion", "Date de conclusion du contrat", _SIGNATURE, help="Jour de la signature."),
    date(
        "date_livraison",
        "Date de réception des biens",
        _RECEPTION,
        required=False,
        help="Pour des biens, le délai court à partir de la réception.",
    ),
)


def calculate(v: Values) -> Result:
    """The answer of :func:`salesplan.retractation.droit_de_retractation`."""
    r = retractation.droit_de_retractation(
        hors_etablissement=v["hors_etablissement"] == "oui",
        hors_activite_principale=v["hors_activite_principale"] == "oui",
        effectif=v["effectif"],
        nature=v["nature"],
        date_conclusion=v["date_conclusion"],
        date_livraison=v["date_livraison"] if v["nature"] == "biens" else None,
    )
    summary = [("Droit de rétractation", "oui" if r.applicable else "non")]
    if r.applicable:
        summary.append(("Durée du délai", f"{r.delai_jours} jours"))
    if r.dernier_jour is not None:
        summary.append(("Dernier jour pour se rétracter", format_date(r.dernier_jour)))
    warnings = []
    if r.applicable and r.dernier_jour is None:
        warnings.append("Saisissez la date de réception des biens pour dater la fin du délai.")
    return Result(tuple(summary), (), r.expliquer(), tuple(warnings))


SIMULATOR = Simulator(
    code="retractation",
    title="Droit de rétractation entre professionnels",
    intro=(
        "Répondez aux trois conditions de l'article L221-3 du Code de la consommation : le simulateur dit si "
        "l'acheteur professionnel peut se rétracter, et jusqu'à quand."
    ),
    fields=FIELDS,
    calculate=calculate,
    pages=("negociation/droit_retractation",),
    preset_loaders=presets.presets(bureautik=presets.bureautik_retractation),
)

__all__ = ["FIELDS", "NATURES", "OUI_NON", "SIMULATOR", "calculate"]
