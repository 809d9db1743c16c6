"""Indicateurs de fidélité : taux de rétention et valeur vie client (CLV)."""

from __future__ import annotations

from decimal import Decimal

from salesplan import fidelite
from salesplan.simulators._base import Result, Simulator, Values
from salesplan.simulators._fields import PEOPLE_MAX, amount, integer, money, rate
from salesplan.values import HUNDRED, format_euros, format_number, format_percent, percent, plural

FIELDS = (
    integer(
        "clients_debut",
        "Clients en début de période",
        "160",
        minimum="1",
        maximum=PEOPLE_MAX,
        help="Nombre de clients au premier jour de la période.",
    ),
    integer(
        "clients_fin",
        "Clients en fin de période",
        "172",
        maximum=PEOPLE_MAX,
        help="Nombre de clients au dernier jour, nouveaux compris.",
    ),
    integer(
        "nouveaux",
        "Nouveaux clients de la période",
        "28",
        maximum=PEOPLE_MAX,
        help="Clients gagnés pendant la période.",
    ),
    money("panier_moyen", "Panier moyen HT", "1 500", help="Montant moyen d'une commande du client."),
    amount(
        "frequence",
        "Commandes par an",
        "4",
        maximum="1000",
        help="Nombre moyen de commandes par an (décimales possibles).",
    ),
    rate(
        "taux_de_marque",
        "Taux de marque",
        "30",
        step="1",
        help="Marge ÷ prix de vente HT : la part du chiffre d'affaires qui reste en marge.",
    ),
    integer(
        "duree_vie",
        "Durée de la relation",
        "5",
        minimum="1",
        maximum="50",
        unit="ans",
        help="Nombre d'années pendant lesquelles on compte garder le client.",
    ),
    rate(
        "taux_retention_clv",
        "Probabilité de garder le client chaque année",
        "90",
        minimum="1",
        step="1",
        help="Pour la valeur vie prudente (100 % : il reste toujours ; 1 % au moins).",
    ),
    rate(
        "taux_actualisation",
        "Taux d'actualisation",
        "5",
        maximum="50",
        step="0,5",
        help="Valeur du temps : un euro dans cinq ans vaut moins qu'un euro aujourd'hui.",
    ),
)


def calculate(v: Values) -> Result:
    """Retention (:func:`taux_de_retention`) and both CLV of :func:`valeur_vie_client`."""
    retention = fidelite.taux_de_retention(v["clients_debut"], v["clients_fin"], v["nouveaux"])
    panier, frequence, marque, duree = v["panier_moyen"], v["frequence"], v["taux_de_marque"], v["duree_vie"]
    simple = fidelite.valeur_vie_client(panier, frequence, marque, duree)
    prudente = fidelite.valeur_vie_client(
        panier,
        frequence,
        marque,
        duree,
        taux_retention=v["taux_retention_clv"],
        taux_actualisation=v["taux_actualisation"],
    )
    marge = panier * frequence * percent(marque)
    conserves = v["clients_fin"] - v["nouveaux"]
    clients_debut, clients_fin, nouveaux = (format_number(v[k]) for k in ("clients_debut", "clients_fin", "nouveaux"))
    summary = (
        ("Taux de rétention", format_percent(retention)),
        ("Taux d'attrition", format_percent(HUNDRED - retention)),
        ("Marge annuelle par client", format_euros(marge)),
        ("Valeur vie client (simple)", format_euros(simple)),
        ("Valeur vie client (prudente)", format_euros(prudente)),
    )
    steps = [
        f"Taux de rétention : ({clients_fin} − {nouveaux}) ÷ {clients_debut} × 100 = "
        f"{format_number(conserves)} ÷ {clients_debut} × 100 = {format_percent(retention)}",
        f"Taux d'attrition : 100 % − {format_percent(retention)} = {format_percent(HUNDRED - retention)}",
        f"Marge annuelle : {format_euros(panier)} × {format_number(frequence)} commandes × {format_percent(marque)} = "
        f"{format_euros(marge)}",
        f"Valeur vie client simple : {format_euros(marge)} × {plural(duree, 'an')} = {format_euros(simple)}",
        f"Valeur vie client prudente : somme sur {plural(duree, 'an')} de la marge "
        f"× {format_percent(v['taux_retention_clv'])} "
        f"à la puissance (année − 1) ÷ (1 + {format_percent(v['taux_actualisation'])}) à la puissance année "
        f"= {format_euros(prudente)}",
    ]
    warnings = []
    if simple and prudente < simple * Decimal("0.5"):
        warnings.append(
            "La valeur prudente est moins de la moitié de la valeur simple : le risque de départ pèse lourd."
        )
    return Result(summary, (), "\n".join(steps), tuple(warnings))


SIMULATOR = Simulator(
    code="fidelite",
    title="Rétention et valeur vie client",
    intro=(
        "Saisissez le nombre de clients d'une période et les habitudes d'un client : le simulateur calcule le taux de "
        "rétention, le taux d'attrition et la valeur vie client, simple puis prudente."
    ),
    fields=FIELDS,
    calculate=calculate,
    pages=("apres_vente/fidelisation",),
)

__all__ = ["FIELDS", "SIMULATOR", "calculate"]
