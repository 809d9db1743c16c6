"""Lead scoring d'un petit fichier de prospects : points de profil et de comportement, statut froid / MQL / SQL."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from salesplan import lead_scoring
from salesplan.errors import SalesplanValueError
from salesplan.simulators import presets
from salesplan.simulators._base import Result, Simulator, Values, table
from salesplan.simulators._fields import Field
from salesplan.simulators.svg import bars

REGLES = lead_scoring.REGLES_BUREAUTIK_PRO
"""Bureautik Pro's rules (with the architects' sector of the case study), from the library."""

LIBELLES = REGLES.libelles
ACTIONS = {code: REGLES.libelle(code) for code in REGLES.comportements}


def _choices(critere: str) -> tuple[tuple[str, str], ...]:
    return tuple(
        (code, f"{LIBELLES.get(code, code)} ({points:+d})") for code, points in REGLES.categories[critere].items()
    )


def _action(code: str) -> Field:
    points = REGLES.comportements[code]
    plafond = REGLES.plafonds.get(code)
    cap = f", compté {plafond} fois au plus" if plafond else ""
    return Field(
        code,
        ACTIONS[code],
        "integer",
        default="0",
        minimum="0",
        maximum="1000",
        help=f"{points:+d} points par fois{cap}.",
    )


COLUMNS = (
    Field("prospect", "Prospect", "text", default="Nouveau prospect", help="Raison sociale du prospect."),
    Field(
        "fonction",
        "Fonction du contact",
        "choice",
        default="autre",
        choices=_choices("fonction"),
        required=False,
        help="Son rôle (vide : aucun point).",
    ),
    Field(
        "secteur",
        "Secteur",
        "choice",
        default="commerce",
        choices=_choices("secteur"),
        required=False,
        help="Activité du prospect (vide : aucun point).",
    ),
    Field(
        "zone",
        "Zone",
        "choice",
        default="metropole_lyon",
        choices=_choices("zone"),
        required=False,
        help="Où il se trouve (vide : aucun point).",
    ),
    Field(
        "effectif",
        "Effectif",
        "integer",
        default="10",
        minimum="0",
        maximum="1000000",
        unit="salariés",
        required=False,
        help="Nombre de salariés (vide : aucun point).",
    ),
    Field(
        "chiffre_affaires",
        "Chiffre d'affaires",
        "amount",
        default="",
        minimum="0",
        maximum="100000000000",
        unit="€",
        required=False,
        help="Facultatif : chiffre d'affaires annuel.",
    ),
    *(_action(code) for code in REGLES.comportements),
)

FIELDS = (
    Field(
        "prospects",
        "Fichier de prospects",
        "lines",
        default=(
            {
                "prospect": "Cabinet Morel Expertise",
                "fonction": "directeur_administratif_financier",
                "secteur": "cabinet_comptable",
                "effectif": "18",
                "email_ouvert": "3",
                "livre_blanc": "1",
            },
            {
                "prospect": "Mécanique Berthier",
                "fonction": "responsable_services_generaux",
                "secteur": "industrie",
                "effectif": "120",
                "email_ouvert": "4",
                "livre_blanc": "1",
            },
            {
                "prospect": "Clinique des Monts d'Or",
                "fonction": "office_manager",
                "secteur": "sante",
                "zone": "rhone",
                "effectif": "25",
                "email_ouvert": "5",
                "demande_demo": "1",
            },
            {
                "prospect": "Saône Habitat Immobilier",
                "fonction": "assistant_direction",
                "secteur": "immobilier",
                "zone": "auvergne_rhone_alpes",
                "effectif": "8",
                "email_ouvert": "2",
            },
            {
                "prospect": "Entraide Croix-Rousse",
                "fonction": "autre",
                "secteur": "association",
                "effectif": "4",
                "email_ouvert": "1",
            },
        ),
        help="Une ligne par prospect : son profil et ses actions (courriels, livres blancs, démonstration...).",
        columns=COLUMNS,
        min_rows=1,
        max_rows=20,
    ),
    Field(
        "seuil_mql",
        "Seuil MQL",
        "integer",
        default=str(REGLES.seuil_mql),
        minimum="0",
        maximum="300",
        step="5",
        unit="points",
        help="À partir de ce score, le prospect est un MQL (à travailler par le marketing).",
    ),
    Field(
        "seuil_sql",
        "Seuil SQL",
        "integer",
        default=str(REGLES.seuil_sql),
        minimum="0",
        maximum="300",
        step="5",
        unit="points",
        help="À partir de ce score, le prospect est un SQL (transmis aux commerciaux).",
    ),
)


def calculate(v: Values) -> Result:
    """Each prospect scored by :func:`salesplan.lead_scoring.score_prospect`."""
    if v["seuil_mql"] > v["seuil_sql"]:
        raise SalesplanValueError(
            f"Seuil MQL : {v['seuil_mql']} points dépasse le seuil SQL ({v['seuil_sql']} points)."
        )
    regles = dataclasses.replace(REGLES, seuil_mql=v["seuil_mql"], seuil_sql=v["seuil_sql"])
    scores = []
    for row in v["prospects"]:
        donnees: dict[str, Any] = {k: val for k, val in row.items() if k != "prospect" and val is not None}
        scores.append((row["prospect"], lead_scoring.score_prospect(donnees, regles)))
    ordre = sorted(scores, key=lambda item: -item[1].total)
    rows = [(nom, str(s.explicite), str(s.implicite), str(s.total), s.statut) for nom, s in ordre]
    effectifs = {statut: sum(1 for _, s in scores if s.statut == statut) for statut in lead_scoring.STATUTS}
    summary = tuple((f"Prospects {statut}", str(n)) for statut, n in effectifs.items())
    steps = [f"{nom} : {s.expliquer()}" for nom, s in ordre]
    steps.append(
        f"Statut : SQL à partir de {regles.seuil_sql} points, MQL à partir de {regles.seuil_mql}, froid en dessous."
    )
    negatifs = [nom for nom, s in scores if s.total < 0]
    warnings = [f"Score négatif : {', '.join(negatifs)} (concurrent, étudiant ou désabonnement)."] if negatifs else []
    svg = bars(
        "Score total de chaque prospect",
        [(nom, Decimal(max(s.total, 0)), f"{s.total} points ({s.statut})") for nom, s in ordre],
        unit_label="points",
    )
    scores_table = table(
        "Scores des prospects",
        ("Prospect", "Profil", "Comportement", "Total", "Statut"),
        rows,
        (False, True, True, True, False),
    )
    return Result(summary, (scores_table,), "\n".join(steps), tuple(warnings), svg)


SIMULATOR = Simulator(
    code="lead_scoring",
    title="Lead scoring d'un fichier de prospects",
    intro=(
        "Modifiez le profil et les actions des prospects, ou les seuils : le simulateur recalcule les scores avec la "
        "grille de Bureautik Pro et classe chaque prospect froid, MQL ou SQL."
    ),
    fields=FIELDS,
    calculate=calculate,
    pages=("preparation/plan_prospection",),
    preset_loaders=presets.presets(bureautik=presets.bureautik_lead_scoring),
)
