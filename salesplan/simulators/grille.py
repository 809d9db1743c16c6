"""Grille de comparaison des offres : critères pondérés, note prix calculée, classement, sensibilité aux poids."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from salesplan import grille
from salesplan.errors import SalesplanValueError
from salesplan.simulators import presets
from salesplan.simulators._base import Result, Simulator, Values, table
from salesplan.simulators._common import EXAMPLE_OFFERS, offer_price
from salesplan.simulators._fields import amount, integer, lines, text
from salesplan.simulators.svg import bars
from salesplan.values import format_euros, format_number

AUTRES = 5
"""Criteria besides the price (one note column each)."""
BAREME = 20

FIELDS = (
    integer(
        "poids_prix",
        "Poids du critère prix",
        "40",
        maximum="100",
        step="5",
        help="0 : le prix n'est pas un critère. La note prix se calcule : prix le plus bas ÷ prix × 20.",
    ),
    lines(
        "criteres",
        "Autres critères",
        (
            {"critere": "Valeur technique", "poids": "30"},
            {"critere": "Délai d'intervention", "poids": "20"},
            {"critere": "Performance environnementale", "poids": "10"},
        ),
        columns=(
            text("critere", "Critère", "Nouveau critère", help="Nom du critère annoncé."),
            integer("poids", "Poids", "10", minimum="1", maximum="100", help="Poids du critère."),
        ),
        help="Le critère 1 est noté dans la colonne « Note critère 1 » des offres, et ainsi de suite.",
        max_rows=AUTRES,
    ),
    lines(
        "offres",
        "Offres reçues",
        tuple(
            {"offre": nom, "prix_ht": prix, **{f"note_{k}": note for k, note in enumerate(notes, start=1)}}
            for (nom, prix), notes in zip(
                EXAMPLE_OFFERS, (("16", "18", "14"), ("12", "12", "10"), ("15", "14", "16")), strict=True
            )
        ),
        columns=(
            text("offre", "Offre", "Nouvelle offre", help="Nom du fournisseur."),
            offer_price(
                required=False,
                help="Prix total de l'offre, hors taxes (facultatif si le prix n'est pas un critère).",
            ),
            *(
                amount(
                    f"note_{k}",
                    f"Note critère {k}",
                    "10",
                    maximum=str(BAREME),
                    unit="/20",
                    required=False,
                    help=f"Note sur 20 du critère {k} (vide si ce critère n'existe pas).",
                )
                for k in range(1, AUTRES + 1)
            ),
        ),
        help="Une ligne par offre : son prix HT et ses notes sur 20 pour chacun des autres critères.",
        min_rows=2,
        max_rows=12,
    ),
)


def _unique(noms: list[str], label: str) -> None:
    vus: set[str] = set()
    for numero, nom in enumerate(noms, start=1):
        if nom.casefold() in vus:
            raise SalesplanValueError(f"{label}, ligne {numero} : « {nom} » figure deux fois.")
        vus.add(nom.casefold())


def read_grid(v: Values) -> tuple[dict[str, Decimal], dict[str, dict[str, Any]], dict[str, Decimal]]:
    """Weights, marks (price mark computed by :func:`salesplan.grille.notes_prix`) and prices of the form."""
    criteres = [(row["critere"], row["poids"]) for row in v["criteres"]]
    offres = v["offres"]
    _unique(
        [nom for nom, _ in criteres] + (["Prix"] if v["poids_prix"] else []),
        "Autres critères",
    )
    _unique([row["offre"] for row in offres], "Offres reçues")
    if not v["poids_prix"] and not criteres:
        raise SalesplanValueError("Poids du critère prix : 0 et aucun autre critère ; la grille n'a aucun critère.")
    notes_prix: dict[str, Decimal] = {}
    if v["poids_prix"]:
        for numero, row in enumerate(offres, start=1):
            if row["prix_ht"] is None:
                raise SalesplanValueError(
                    f"Offres reçues, ligne {numero}, Prix HT : le champ est vide ; le prix de « {row['offre']} » est "
                    "nécessaire pour sa note prix."
                )
        notes_prix = grille.notes_prix({row["offre"]: row["prix_ht"] for row in offres}, points=BAREME)
    poids: dict[str, Decimal] = {"Prix": Decimal(v["poids_prix"])} if v["poids_prix"] else {}
    poids.update({nom: Decimal(w) for nom, w in criteres})
    notes: dict[str, dict[str, Any]] = {}
    for numero, row in enumerate(offres, start=1):
        ligne: dict[str, Any] = {"Prix": notes_prix[row["offre"]]} if v["poids_prix"] else {}
        for k, (nom, _) in enumerate(criteres, start=1):
            if row[f"note_{k}"] is None:
                raise SalesplanValueError(
                    f"Offres reçues, ligne {numero}, Note critère {k} : il manque la note de « {row['offre']} » "
                    f"pour « {nom} »."
                )
            ligne[nom] = row[f"note_{k}"]
        notes[row["offre"]] = ligne
    return poids, notes, notes_prix


def calculate(v: Values) -> Result:
    """The grid computed by :func:`salesplan.grille.comparer_offres`."""
    poids, notes, notes_prix = read_grid(v)
    resultat = grille.comparer_offres(poids, notes, bareme=BAREME)
    classement = resultat.classement()
    pourcents = resultat.poids_pourcentage()
    ranking = table(
        "Classement",
        ("Rang", "Offre", "Note pondérée /20"),
        [(str(rang), offre, format_number(note)) for rang, offre, note in classement],
        (True, False, True),
    )
    criteres = list(poids)
    marks = table(
        "Notes par critère (poids en % du total)",
        ("Offre", "Prix HT", *(f"{c} ({format_number(pourcents[c])} %)" for c in criteres)),
        [
            (
                row["offre"],
                "—" if row["prix_ht"] is None else format_euros(row["prix_ht"]),
                *(format_number(notes[row["offre"]][c]) for c in criteres),
            )
            for row in v["offres"]
        ],
        (False, True, *(True for _ in criteres)),
    )
    steps = []
    if v["poids_prix"]:
        plus_bas = min(row["prix_ht"] for row in v["offres"])
        steps += [
            f"Note prix de « {row['offre']} » : {format_euros(plus_bas)} ÷ {format_euros(row['prix_ht'])} × 20 = "
            f"{format_number(notes_prix[row['offre']])}"
            for row in v["offres"]
        ]
    total = sum(poids.values(), Decimal(0))
    for offre, ligne in notes.items():
        somme = " + ".join(f"{format_number(poids[c])} × {format_number(Decimal(str(ligne[c])))}" for c in criteres)
        steps.append(f"« {offre} » : ({somme}) ÷ {format_number(total)} = {format_number(resultat.totaux()[offre])}")
    steps += [s.expliquer() for s in resultat.sensibilite()]
    gagnant = resultat.gagnant()
    summary = (
        ("Offre retenue", gagnant),
        ("Sa note pondérée", f"{format_number(classement[0][2])} / 20"),
    )
    warnings = []
    if len(classement) > 1 and classement[1][0] == 1:
        warnings.append("Deux offres sont à égalité en tête : l'acheteur doit les départager (règle annoncée).")
    svg = bars(
        "Note pondérée de chaque offre (sur 20)",
        [(offre, note, format_number(note)) for _, offre, note in classement],
        unit_label="note sur 20",
    )
    return Result(summary, (ranking, marks), "\n".join(steps), tuple(warnings), svg)


SIMULATOR = Simulator(
    code="grille",
    title="Grille de comparaison des offres",
    intro=(
        "Fixez les critères et leurs poids, saisissez les offres (prix et notes sur 20) : le simulateur calcule "
        "la note prix, la note pondérée de chaque offre, le classement et le poids qui ferait changer le gagnant."
    ),
    fields=FIELDS,
    calculate=calculate,
    pages=("processus_achat/outils_aide_achat",),
    preset_loaders=presets.presets(alpinor=presets.alpinor_grille, commune=presets.commune_grille),
)

__all__ = ["AUTRES", "BAREME", "FIELDS", "SIMULATOR", "calculate", "read_grid"]
