"""Note du critère prix d'un marché public : prix le plus bas ÷ prix de l'offre × points."""

from __future__ import annotations

from salesplan import grille
from salesplan.errors import SalesplanValueError
from salesplan.simulators import presets
from salesplan.simulators._base import Result, Simulator, Values, table
from salesplan.simulators._common import EXAMPLE_OFFERS, offer_price
from salesplan.simulators._fields import amount, lines, text
from salesplan.simulators.svg import bars
from salesplan.values import format_euros, format_number

FIELDS = (
    amount(
        "points",
        "Points du critère prix",
        "40",
        minimum="1",
        maximum="100",
        help="Note maximale du critère prix (40 points, ou 20 pour une note sur 20).",
    ),
    lines(
        "offres",
        "Offres et leur prix",
        tuple({"candidat": nom, "prix_ht": prix} for nom, prix in EXAMPLE_OFFERS),
        columns=(
            text("candidat", "Candidat", "Nouveau candidat", help="Nom du candidat."),
            offer_price(help="Prix de l'offre, hors taxes."),
        ),
        help="Une ligne par candidat et son prix HT.",
        min_rows=1,
        max_rows=15,
    ),
)


def calculate(v: Values) -> Result:
    """Price marks by :func:`salesplan.grille.notes_prix` (formula of :func:`marches_publics.note_prix`)."""
    noms = [row["candidat"] for row in v["offres"]]
    if len({n.casefold() for n in noms}) != len(noms):
        raise SalesplanValueError("Offres et leur prix : deux lignes portent le même nom de candidat.")
    prix = {row["candidat"]: row["prix_ht"] for row in v["offres"]}
    notes = grille.notes_prix(prix, points=v["points"])
    plus_bas = min(prix.values())
    points = format_number(v["points"])
    ordre = sorted(noms, key=lambda n: -notes[n])
    rows = [(n, format_euros(prix[n]), format_number(notes[n])) for n in ordre]
    steps = [
        f"« {n} » : {format_euros(plus_bas)} ÷ {format_euros(prix[n])} × {points} = {format_number(notes[n])}"
        for n in noms
    ]
    steps.append(
        "L'offre la moins chère reçoit tous les points, les autres en proportion inverse de leur prix "
        "(méthode usuelle ; Conseil d'État, 29 octobre 2013, n° 370789)."
    )
    summary = (("Prix le plus bas", format_euros(plus_bas)), ("Note maximale", points))
    svg = bars(
        f"Note prix (sur {points})", [(n, notes[n], format_number(notes[n])) for n in ordre], unit_label="points"
    )
    return Result(
        summary,
        (table("Note prix de chaque offre", ("Candidat", "Prix HT", f"Note /{points}"), rows, (False, True, True)),),
        "\n".join(steps),
        (),
        svg,
    )


SIMULATOR = Simulator(
    code="note_prix",
    title="Note du critère prix d'un marché public",
    intro=(
        "Saisissez le prix de chaque candidat : le simulateur attribue la note prix avec la formule la plus répandue "
        "chez les acheteurs publics."
    ),
    fields=FIELDS,
    calculate=calculate,
    pages=("processus_achat/outils_aide_achat", "processus_achat/cibles_btob_btog_cse"),
    preset_loaders=presets.presets(commune=presets.commune_note_prix),
)

__all__ = ["FIELDS", "SIMULATOR", "calculate"]
