"""Marges : taux de marge, taux de marque, coefficient multiplicateur, prix plancher et remise maximale."""

from __future__ import annotations

from salesplan import commande, marges
from salesplan.errors import SalesplanValueError
from salesplan.simulators import presets
from salesplan.simulators._base import Result, Simulator, Values
from salesplan.simulators._common import rate_of, vat_field
from salesplan.simulators._fields import choice, money, rate
from salesplan.values import format_euros, format_number, format_percent

EXIGENCES = (
    ("taux_de_marque", "Taux de marque minimal (marge ÷ prix de vente)"),
    ("taux_de_marge", "Taux de marge minimal (marge ÷ coût d'achat)"),
)

FIELDS = (
    money(
        "cout_achat", "Coût d'achat HT", "2 400", minimum="0,01", help="Ce que l'article coûte au vendeur, hors taxes."
    ),
    money(
        "prix_vente", "Prix de vente HT proposé", "3 600", minimum="0,01", help="Le prix annoncé au client, hors taxes."
    ),
    vat_field(help="Pour le prix TTC et le coefficient."),
    choice(
        "exigence",
        "Exigence de la direction",
        "taux_de_marque",
        choices=EXIGENCES,
        help="La marge minimale s'exprime en taux de marque ou en taux de marge.",
    ),
    rate(
        "taux_minimal",
        "Taux minimal exigé",
        "25",
        maximum="400",
        step="1",
        help="Le taux que le prix ne doit pas faire descendre (un taux de marque reste sous 100 %).",
    ),
    rate(
        "remise_demandee",
        "Remise demandée par le client",
        "15",
        step="0,5",
        required=False,
        help="Facultatif : le simulateur dit si elle respecte le prix plancher.",
    ),
)


def calculate(v: Values) -> Result:
    """Every margin figure of :mod:`salesplan.marges` for one article."""
    cout, prix, tva = v["cout_achat"], v["prix_vente"], rate_of(v["taux_tva"])
    if v["exigence"] == "taux_de_marque" and v["taux_minimal"] >= 100:
        raise SalesplanValueError(
            f"Taux minimal exigé : {format_percent(v['taux_minimal'])} est impossible pour un taux de marque "
            "(la marge est une partie du prix de vente : moins de 100 %)."
        )
    exigence = {f"{v['exigence']}_minimal": v["taux_minimal"]}
    prix_ttc = commande.ttc_depuis_ht(prix, taux_tva=tva)
    marge = marges.marge_unitaire(cout, prix)
    taux_marge, taux_marque = marges.taux_de_marge(cout, prix), marges.taux_de_marque(cout, prix)
    coefficient = marges.coefficient_multiplicateur(cout, prix_ttc)
    plancher = marges.prix_plancher(cout, **exigence)
    remise_max = marges.remise_maximale(prix, cout, **exigence)
    nom_exigence = "taux de marque" if v["exigence"] == "taux_de_marque" else "taux de marge"
    summary = [
        ("Marge unitaire HT", format_euros(marge)),
        ("Taux de marge", format_percent(taux_marge)),
        ("Taux de marque", format_percent(taux_marque)),
        ("Prix de vente TTC", format_euros(prix_ttc)),
        ("Coefficient multiplicateur", format_number(coefficient, decimals=4)),
        ("Prix plancher HT", format_euros(plancher)),
        ("Remise maximale", format_percent(remise_max)),
    ]
    t = format_percent(v["taux_minimal"])
    formule = (
        f"{format_euros(cout)} ÷ (1 − {t})"
        if v["exigence"] == "taux_de_marque"
        else f"{format_euros(cout)} × (1 + {t})"
    )
    steps = [
        f"Marge unitaire HT : {format_euros(prix)} − {format_euros(cout)} = {format_euros(marge)}",
        f"Taux de marge : {format_euros(marge)} ÷ {format_euros(cout)} × 100 = {format_percent(taux_marge)}",
        f"Taux de marque : {format_euros(marge)} ÷ {format_euros(prix)} × 100 = {format_percent(taux_marque)}",
        f"Prix de vente TTC : {format_euros(prix)} × (1 + {format_percent(tva)}) = {format_euros(prix_ttc)}",
        f"Coefficient multiplicateur : {format_euros(prix_ttc)} ÷ {format_euros(cout)} = "
        f"{format_number(coefficient, decimals=4)}",
        f"Prix plancher HT ({nom_exigence} d'au moins {t}) : {formule} = {format_euros(plancher)} (arrondi au centime "
        "supérieur)",
        f"Remise maximale : (1 − {format_euros(plancher)} ÷ {format_euros(prix)}) × 100 = {format_percent(remise_max)} "
        "(arrondie vers le bas)",
    ]
    warnings = []
    if prix < cout:
        warnings.append("Le prix de vente est inférieur au coût d'achat : la vente se fait à perte.")
    elif prix < plancher:
        warnings.append(
            f"Le prix proposé est déjà sous le prix plancher de {format_euros(plancher)} : aucune remise possible."
        )
    if v["remise_demandee"] is not None:
        net = commande.appliquer_reductions(prix, [v["remise_demandee"]])
        demandee = format_percent(v["remise_demandee"])
        summary.append((f"Prix après la remise de {demandee}", format_euros(net)))
        steps.append(f"Prix après la remise demandée : {format_euros(prix)} × (1 − {demandee}) = {format_euros(net)}")
        if net < plancher:
            warnings.append(
                f"La remise de {demandee} fait tomber le prix à {format_euros(net)}, sous le prix plancher de "
                f"{format_euros(plancher)} : elle ne peut pas être accordée telle quelle."
            )
    return Result(tuple(summary), (), "\n".join(steps), tuple(warnings))


SIMULATOR = Simulator(
    code="marges",
    title="Marges, prix plancher et remise maximale",
    intro=(
        "Saisissez le coût d'achat, le prix proposé et l'exigence de marge de la direction : le simulateur calcule "
        "les taux, le prix plancher et la remise que le vendeur peut accorder."
    ),
    fields=FIELDS,
    calculate=calculate,
    pages=("preparation/objectifs_strategie",),
    preset_loaders=presets.presets(bureautik=presets.bureautik_marges),
)

__all__ = ["EXIGENCES", "FIELDS", "SIMULATOR", "calculate"]
