"""Montant d'une commande : lignes, remises en cascade, escompte, port, plusieurs taux de TVA, et la cascade en SVG."""

from __future__ import annotations

from salesplan import commande
from salesplan.simulators import presets
from salesplan.simulators._base import Result, Simulator, Values, table
from salesplan.simulators._common import NORMAL_VAT, rate_of, vat_field
from salesplan.simulators._fields import amount, choice, lines, money, rate, text
from salesplan.simulators.svg import Step, waterfall
from salesplan.values import format_euros, format_number, format_percent

REDUCTIONS = (("rabais", "Rabais"), ("remise", "Remise"), ("ristourne", "Ristourne"))

FIELDS = (
    lines(
        "lignes",
        "Lignes de la commande",
        (
            {"designation": "Article A", "quantite": "10", "prix_unitaire_ht": "50,00", "taux_tva": NORMAL_VAT},
            {"designation": "Article B", "quantite": "5", "prix_unitaire_ht": "100,00", "taux_tva": NORMAL_VAT},
        ),
        columns=(
            text("designation", "Désignation", "Article", help="Nom de l'article."),
            amount(
                "quantite",
                "Quantité",
                "1",
                maximum="1000000",
                help="Nombre d'unités (décimales possibles : heures, kg).",
            ),
            money(
                "prix_unitaire_ht", "Prix unitaire HT", "0,00", maximum="10000000", help="Prix d'une unité, hors taxes."
            ),
            vat_field(help="Taux de TVA de l'article."),
        ),
        help="Une ligne par article : quantité, prix unitaire HT et taux de TVA.",
        min_rows=1,
        max_rows=20,
    ),
    lines(
        "reductions",
        "Réductions commerciales",
        ({"nature": "remise", "taux": "10"}, {"nature": "remise", "taux": "5"}),
        columns=(
            choice("nature", "Nature", "remise", choices=REDUCTIONS, help="Rabais, remise ou ristourne."),
            rate("taux", "Taux", "5", step="0,5", help="Taux de la réduction, en pourcentage."),
        ),
        help="Chaque réduction s'applique au net précédent : les taux se multiplient, ils ne s'additionnent pas.",
        max_rows=6,
    ),
    rate(
        "escompte",
        "Taux d'escompte",
        "2",
        maximum="10",
        step="0,5",
        help="Réduction financière pour paiement anticipé, sur le net commercial (0 : pas d'escompte).",
    ),
    money(
        "frais_de_port",
        "Frais de port HT",
        "15,00",
        maximum="1000000",
        help="Ajoutés après l'escompte ; ils entrent dans la base de la TVA.",
    ),
)


def calculate(v: Values) -> Result:
    """The order computed by :func:`salesplan.commande.calculer_commande`."""
    lignes = [
        commande.Ligne(row["designation"], row["quantite"], row["prix_unitaire_ht"], rate_of(row["taux_tva"]))
        for row in v["lignes"]
    ]
    c = commande.calculer_commande(
        lignes,
        reductions=[(row["nature"], row["taux"]) for row in v["reductions"]],
        escompte=v["escompte"],
        frais_de_port=v["frais_de_port"],
    )
    lines_table = table(
        "Lignes de la commande",
        ("Désignation", "Quantité", "Prix unitaire HT", "Taux de TVA", "Montant HT"),
        [
            (
                lg.designation,
                format_number(lg.quantite),
                format_euros(lg.prix_unitaire_ht),
                format_percent(lg.taux_tva),
                format_euros(lg.montant_ht),
            )
            for lg in c.lignes
        ],
        (False, True, True, True, True),
    )
    foot = table(
        "Pied de facture",
        ("Libellé", "Montant"),
        [(label, format_euros(amount)) for label, amount in c.pied_de_facture()],
        (False, True),
    )
    warnings = []
    if c.reductions:
        total = commande.taux_global_reductions([r.taux for r in c.reductions])
        if len(c.reductions) > 1:
            warnings.append(
                f"Les réductions successives ({' puis '.join(format_percent(r.taux) for r in c.reductions)}) "
                f"équivalent à une réduction unique de {format_percent(total)}, pas à leur somme."
            )
    if any(lg.montant_ht == 0 for lg in c.lignes):
        warnings.append("Une ligne a un montant nul : vérifiez sa quantité et son prix.")
    summary = (
        ("Montant brut HT", format_euros(c.montant_brut)),
        ("Net commercial", format_euros(c.net_commercial)),
        ("Base HT", format_euros(c.base_ht)),
        ("TVA", format_euros(c.montant_tva)),
        ("Net à payer TTC", format_euros(c.net_a_payer)),
    )
    return Result(summary, (lines_table, foot), c.expliquer(), tuple(warnings), cascade_svg(c))


def cascade_svg(c: commande.Commande) -> str:
    """The chapter's waterfall (brut → réductions → net commercial → escompte → port → TVA → TTC)."""
    steps = [Step("Montant brut HT", c.montant_brut, True)]
    steps += [Step(r.intitule, -r.montant, False) for r in c.reductions]
    if c.reductions:
        steps.append(Step("Net commercial", c.net_commercial, True))
    if c.taux_escompte:
        steps += [
            Step(f"Escompte {format_percent(c.taux_escompte)}", -c.montant_escompte, False),
            Step("Net financier", c.net_financier, True),
        ]
    if c.frais_de_port:
        steps.append(Step("Frais de port", c.frais_de_port, False))
    steps += [Step("Base HT", c.base_ht, True), Step("TVA", c.montant_tva, False)]
    steps.append(Step("Net à payer TTC", c.net_a_payer, True))
    return waterfall("Du montant brut au net à payer", steps)


SIMULATOR = Simulator(
    code="commande",
    title="Montant d'une commande",
    intro=(
        "Saisissez les lignes de la commande, les réductions commerciales dans l'ordre où elles s'appliquent, "
        "l'escompte et les frais de port : le simulateur calcule la facture jusqu'au net à payer TTC."
    ),
    fields=FIELDS,
    calculate=calculate,
    pages=("negociation/montant_commande",),
    preset_loaders=presets.presets(
        bureautik=presets.bureautik_commande, alpinor=presets.alpinor_commande, cse=presets.cse_commande
    ),
)

__all__ = ["FIELDS", "REDUCTIONS", "SIMULATOR", "calculate", "cascade_svg"]
