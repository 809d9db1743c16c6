"""Échéance et pénalités de retard : délai (plafonds de L441-10), date d'échéance, pénalités, indemnité forfaitaire."""

from __future__ import annotations

from decimal import Decimal

from salesplan import paiement, parametres
from salesplan.errors import LegalLimitError, SalesplanValueError, UnknownCodeError
from salesplan.simulators import presets
from salesplan.simulators._base import Result, Simulator, Values
from salesplan.simulators._fields import choice, date, integer, money, rate
from salesplan.simulators._run import message_of
from salesplan.values import format_date, format_euros, format_number, format_percent, plural

_MAJORATION = f"taux BCE + {format_number(parametres.valeur('majoration_bce'))} points"  # C. com. L441-10
_INDEMNITE = f"{format_number(parametres.valeur('indemnite_recouvrement'))} €"  # C. com. D441-5
_DELAI_MAX = format_number(parametres.valeur("delai_paiement_max"))  # C. com. L441-10
_DELAI_MAX_FDM = format_number(parametres.valeur("delai_paiement_max_fdm"))

NATURES = (
    ("jours_fin_de_mois", "N jours fin de mois"),
    ("jours", "N jours date de facture"),
    ("comptant", "Comptant"),
)
METHODES = (
    ("jours_puis_fin_de_mois", "Facture + N jours, puis fin du mois"),
    ("fin_de_mois_puis_jours", "Fin du mois, puis + N jours"),
)

FIELDS = (
    date("date_facture", "Date de la facture", "15/01/2026", help="Jour d'émission de la facture."),
    choice("nature", "Type de délai", "jours_fin_de_mois", choices=NATURES, help="Ce que disent les CGV."),
    integer(
        "jours",
        "Nombre de jours du délai",
        "45",
        maximum=_DELAI_MAX,
        step="1",
        unit="jours",
        help=f"Au plus {_DELAI_MAX} jours, ou {_DELAI_MAX_FDM} jours fin de mois (C. com. L441-10).",
    ),
    choice(
        "methode",
        "Calcul « fin de mois »",
        "jours_puis_fin_de_mois",
        choices=METHODES,
        help="Les deux façons licites de compter un délai fin de mois.",
    ),
    date("date_paiement", "Date du paiement", "30/04/2026", help="Jour où le client a payé."),
    money(
        "montant_ttc",
        "Montant TTC de la facture",
        "14 400",
        help="Les pénalités se calculent sur le montant toutes taxes comprises.",
    ),
    rate(
        "taux_penalites",
        "Taux des pénalités (CGV)",
        "",
        step="0,01",
        required=False,
        help=f"Vide : le taux légal ({_MAJORATION}).",
    ),
)


def calculate(v: Values) -> Result:
    """Due date, days late, penalties and the fixed recovery indemnity (:mod:`salesplan.paiement`)."""
    facture, jours, nature = v["date_facture"], v["jours"], v["nature"]
    delai = {"comptant": "comptant", "jours": f"{jours} jours"}.get(nature, f"{jours} jours fin de mois")
    controle = paiement.verifier_delai(delai, date_facture=facture)
    methode = v["methode"] if nature == "jours_fin_de_mois" else None
    echeance = paiement.date_echeance(facture, delai, methode=methode)
    if v["date_paiement"] < facture:
        raise SalesplanValueError(
            f"Date du paiement : {format_date(v['date_paiement'])} précède la date de la facture "
            f"({format_date(facture)})."
        )
    retard = paiement.jours_de_retard(echeance, v["date_paiement"])
    warnings: list[str] = []
    if v["taux_penalites"] is None:
        try:
            taux = paiement.taux_penalites_legal(date=echeance)
        except UnknownCodeError as error:
            raise SalesplanValueError(
                f"Taux des pénalités (CGV) : le taux BCE du semestre de l'échéance ({format_date(echeance)}) n'est pas "
                "encore dans la table de la bibliothèque ; saisissez le taux prévu par les CGV."
            ) from error
        origine = f"taux légal : {_MAJORATION}"
    else:
        taux, origine = v["taux_penalites"], "taux des CGV"
        try:
            warnings.append(paiement.verifier_taux_penalites(taux, date=echeance).expliquer())
        except LegalLimitError as error:
            warnings.append(message_of(error))
        except UnknownCodeError:
            warnings.append(
                "Le minimum légal du taux (trois fois l'intérêt légal) n'est pas connu pour le "
                f"{format_date(echeance)} : "
                "contrôle du taux impossible."
            )
    penalites = paiement.penalites_de_retard(v["montant_ttc"], taux=taux, jours_de_retard=retard)
    indemnite = paiement.indemnite_forfaitaire(date=echeance) if retard else Decimal("0.00")
    summary = (
        ("Délai", delai),
        ("Date d'échéance", format_date(echeance)),
        ("Jours de retard", plural(retard, "jour")),
        (f"Taux des pénalités ({origine})", format_percent(taux)),
        ("Pénalités de retard", format_euros(penalites)),
        ("Indemnité forfaitaire de recouvrement", format_euros(indemnite)),
        ("Total dû en plus de la facture", format_euros(penalites + indemnite)),
    )
    steps = [controle.expliquer()]
    if nature == "jours_fin_de_mois":
        steps += [e.expliquer() for e in paiement.echeances_possibles(facture, delai)]
    steps.append(f"Retard : du {format_date(echeance)} au {format_date(v['date_paiement'])} = {plural(retard, 'jour')}")
    steps.append(
        f"Pénalités : {format_euros(v['montant_ttc'])} × {format_percent(taux)} × {format_number(retard)} ÷ 365 = "
        f"{format_euros(penalites)}"
    )
    if retard:
        steps.append(
            f"Indemnité forfaitaire pour frais de recouvrement : {format_euros(indemnite)} par facture payée en retard "
            "(C. com. L441-10 et D441-5)"
        )
    else:
        steps.append("Paiement à l'échéance ou avant : ni pénalités ni indemnité.")
    return Result(summary, (), "\n".join(steps), tuple(warnings))


SIMULATOR = Simulator(
    code="echeance",
    title="Échéance et pénalités de retard",
    intro=(
        "Saisissez la date de la facture, le délai convenu et la date du paiement : le simulateur vérifie le délai, "
        f"calcule l'échéance, les jours de retard, les pénalités et l'indemnité forfaitaire de {_INDEMNITE}."
    ),
    fields=FIELDS,
    calculate=calculate,
    pages=("negociation/conditions_paiement",),
    preset_loaders=presets.presets(alpinor=presets.alpinor_echeance),
)

__all__ = ["FIELDS", "METHODES", "NATURES", "SIMULATOR", "calculate"]
