"""Lead scoring d'un petit fichier de prospects : points de profil et de comportement, statut froid / MQL / SQL."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from salesplan import lead_scoring
from salesplan.errors import SalesplanValueError
from salesplan.simulators import presets
from salesplan.simulators._base import Result, Simulator, Values, table
from salesplan.simulators._fields import Field, choice, integer, lines, money, text
from salesplan.simulators.svg import bars
from salesplan.values import format_number, plural

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
    return integer(code, ACTIONS[code], "0", maximum="1000", help=f"{points:+d} points par fois{cap}.")


def _profile(critere: str, label: str, default: str, *, help: str) -> Field:
    """A profile criterion of the rules, its points shown with each option (empty: no points)."""
    return choice(critere, label, default, choices=_choices(critere), required=False, help=help)


def _threshold(status: str, default: int, *, help: str) -> Field:
    return integer(
        f"seuil_{status.lower()}", f"Seuil {status}", str(default), maximum="300", step="5", unit="points", help=help
    )


COLUMNS = (
    text("prospect", "Prospect", "Nouveau prospect", help="Raison sociale du prospect."),
    _profile("fonction", "Fonction du contact", "autre", help="Son rôle (vide : aucun point)."),
    _profile("secteur", "Secteur", "commerce", help="Activité du prospect (vide : aucun point)."),
    _profile("zone", "Zone", "metropole_lyon", help="Où il se trouve (vide : aucun point)."),
    integer(
        "effectif",
        "Effectif",
        "10",
        maximum="1000000",
        unit="salariés",
        required=False,
        help="Nombre de salariés (vide : aucun point).",
    ),
    money(
        "chiffre_affaires",
        "Chiffre d'affaires",
        "",
        maximum="100000000000",
        required=False,
        help="Facultatif : chiffre d'affaires annuel.",
    ),
    *(_action(code) for code in REGLES.comportements),
)

FIELDS = (
    lines(
        "prospects",
        "Fichier de prospects",
        (
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
        columns=COLUMNS,
        help="Une ligne par prospect : son profil et ses actions (courriels, livres blancs, démonstration...).",
        min_rows=1,
        max_rows=20,
    ),
    _threshold(
        "MQL", REGLES.seuil_mql, help="À partir de ce score, le prospect est un MQL (à travailler par le marketing)."
    ),
    _threshold(
        "SQL", REGLES.seuil_sql, help="À partir de ce score, le prospect est un SQL (transmis aux commerciaux)."
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
    rows = [(nom, *(format_number(n) for n in (s.explicite, s.implicite, s.total)), s.statut) for nom, s in ordre]
    effectifs = {statut: sum(1 for _, s in scores if s.statut == statut) for statut in lead_scoring.STATUTS}
    summary = tuple((f"Prospects {statut}", format_number(n)) for statut, n in effectifs.items())
    steps = [f"{nom} : {s.expliquer()}" for nom, s in ordre]
    steps.append(
        f"Statut : SQL à partir de {regles.seuil_sql} points, MQL à partir de {regles.seuil_mql}, froid en dessous."
    )
    negatifs = [nom for nom, s in scores if s.total < 0]
    warnings = [f"Score négatif : {', '.join(negatifs)} (concurrent, étudiant ou désabonnement)."] if negatifs else []
    svg = bars(
        "Score total de chaque prospect",
        [(nom, Decimal(max(s.total, 0)), f"{plural(s.total, 'point')} ({s.statut})") for nom, s in ordre],
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

__all__ = ["ACTIONS", "COLUMNS", "FIELDS", "LIBELLES", "REGLES", "SIMULATOR", "calculate"]
