"""Tarif dégressif : prix d'une quantité selon un barème par tranches, et l'effet de seuil."""

from __future__ import annotations

from salesplan import commande
from salesplan.simulators import presets
from salesplan.simulators._base import Result, Simulator, Values, table
from salesplan.simulators._fields import choice, integer, lines, money
from salesplan.values import format_euros, format_number, plural

MODES = (
    ("tranche_atteinte", "Prix de la tranche atteinte pour toutes les unités"),
    ("par_tranche", "Chaque tranche à son prix (comme l'impôt)"),
)

FIELDS = (
    integer(
        "quantite", "Quantité commandée", "130", minimum="1", maximum="1000000", help="Nombre d'unités de la commande."
    ),
    choice("mode", "Mode de calcul", "tranche_atteinte", choices=MODES, help="Ce que prévoient les CGV."),
    lines(
        "bareme",
        "Barème par tranches",
        (
            {"a_partir_de": "1", "prix_unitaire_ht": "25"},
            {"a_partir_de": "50", "prix_unitaire_ht": "23,50"},
            {"a_partir_de": "100", "prix_unitaire_ht": "22"},
        ),
        columns=(
            integer(
                "a_partir_de",
                "À partir de",
                "1",
                maximum="1000000",
                unit="unités",
                help="Première quantité de la tranche.",
            ),
            money(
                "prix_unitaire_ht",
                "Prix unitaire HT",
                "1",
                maximum="1000000",
                help="Prix d'une unité dans cette tranche.",
            ),
        ),
        help="Une ligne par tranche, dans l'ordre : la première commence à 1.",
        min_rows=1,
        max_rows=10,
    ),
)


def calculate(v: Values) -> Result:
    """The price of :func:`salesplan.commande.prix_degressif`, and the next threshold's price."""
    bareme = [(row["a_partir_de"], row["prix_unitaire_ht"]) for row in v["bareme"]]
    prix = commande.prix_degressif(v["quantite"], bareme, mode=v["mode"])
    rows = [
        (
            f"à partir de {format_number(t.a_partir_de)}"
            + (f" jusqu'à {format_number(t.jusqu_a)}" if t.jusqu_a is not None else ""),
            format_number(t.quantite),
            format_euros(t.prix_unitaire_ht),
            format_euros(t.montant_ht),
        )
        for t in prix.tranches
    ]
    warnings = []
    seuils = sorted({max(seuil, 1) for seuil, _ in bareme if max(seuil, 1) > v["quantite"]})
    if v["mode"] == "tranche_atteinte" and seuils:
        suivant = commande.prix_degressif(seuils[0], bareme, mode=v["mode"])
        if suivant.montant_ht <= prix.montant_ht:
            warnings.append(
                f"Effet de seuil : {plural(seuils[0], 'unité')} coûteraient {format_euros(suivant.montant_ht)} HT, "
                "pas plus que "
                f"les {plural(v['quantite'], 'unité')} commandées ({format_euros(prix.montant_ht)} HT)."
            )
    summary = (
        ("Montant HT", format_euros(prix.montant_ht)),
        ("Prix unitaire moyen HT", format_euros(prix.prix_unitaire_moyen)),
    )
    detail = table("Tranches facturées", ("Tranche", "Unités", "Prix unitaire HT", "Montant HT"), rows,
                   (False, True, True, True))  # fmt: skip
    return Result(summary, (detail,), prix.expliquer(), tuple(warnings))


SIMULATOR = Simulator(
    code="tarif_degressif",
    title="Tarif dégressif",
    intro=(
        "Saisissez la quantité et le barème par tranches : le simulateur calcule le prix de la commande selon les "
        "deux façons d'appliquer un barème, et signale l'effet de seuil."
    ),
    fields=FIELDS,
    calculate=calculate,
    pages=("negociation/montant_commande",),
    preset_loaders=presets.presets(cse=presets.cse_tarif_degressif),
)

__all__ = ["FIELDS", "MODES", "SIMULATOR", "calculate"]
