"""Case-study presets: each simulator's defaults taken from the case's own data files (``notebooks/data/*.csv``).

Read with the standard ``csv`` module when a preset is asked for (at build time,
with the full checkout): the figures are never typed twice, and the simulators
still import without ``notebooks/`` (in the browser, say). Amounts that the case
computes (an order's net, a price band) are computed here with the library, as
the case notebooks do.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path

from salesplan import commande, paiement, parametres
from salesplan.errors import SalesplanValueError
from salesplan.simulators._base import Preset
from salesplan.simulators._common import NORMAL_VAT
from salesplan.simulators._fields import Default
from salesplan.values import format_date, format_number, to_count, to_date

DATA = Path(__file__).resolve().parents[2] / "notebooks" / "data"
"""Where the case studies keep their data (a full checkout)."""

TITLES = {
    "bureautik": "Étude de cas : Bureautik Pro et le cabinet d'architectes",
    "alpinor": "Étude de cas : le grand compte Alpinor et sa centrale d'achat",
    "commune": "Étude de cas : l'acheteur public (la commune)",
    "cse": "Étude de cas : la billetterie du CSE",
}


def rows(name: str) -> list[dict[str, str]]:
    """The rows of ``notebooks/data/<name>.csv`` (French error if the checkout lacks it)."""
    path = DATA / f"{name}.csv"
    if not path.is_file():
        raise SalesplanValueError(f"préréglage : le fichier de données {path.name} est introuvable ({DATA}).")
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def table(name: str, key: str, value: str = "valeur") -> dict[str, str]:
    """A two-column data file as a dict (``condition`` → ``valeur``)."""
    return {row[key]: row[value] for row in rows(name)}


# ------------------------------------------------------------------ Bureautik Pro (cabinet d'architectes)


def _bureautik_offer() -> list[tuple[str, Decimal, Decimal, Decimal]]:
    """(désignation, quantité, coût d'achat HT, prix de vente HT) of the offer to Atelier Confluence."""
    tarif = {row["reference"]: row for row in rows("bureautik_tarif")}
    return [
        (
            tarif[row["reference"]]["designation"],
            Decimal(row["quantite"]),
            Decimal(tarif[row["reference"]]["cout_achat_ht"]),
            Decimal(tarif[row["reference"]]["prix_vente_ht"]),
        )
        for row in rows("bureautik_offre_confluence")
    ]


def bureautik_commande() -> dict[str, Default]:
    conditions = table("bureautik_conditions", "condition")
    lignes = tuple(
        {"designation": d, "quantite": format_number(q), "prix_unitaire_ht": format_number(p), "taux_tva": NORMAL_VAT}
        for d, q, _, p in _bureautik_offer()
    )
    remises = tuple(
        {"nature": "remise", "taux": format_number(Decimal(conditions[k]))}
        for k in ("remise_quantite", "remise_ouverture_compte")
    )
    return {
        "lignes": lignes,
        "reductions": remises,
        "escompte": format_number(Decimal(conditions["escompte"])),
        "frais_de_port": "0",
    }


def bureautik_marges() -> dict[str, Default]:
    conditions = table("bureautik_conditions", "condition")
    offre = _bureautik_offer()
    cout = sum((q * c for _, q, c, _ in offre), Decimal(0))
    tarif = sum((q * p for _, q, _, p in offre), Decimal(0))
    remise = commande.taux_global_reductions([conditions["remise_quantite"], conditions["remise_ouverture_compte"]])
    return {
        "cout_achat": format_number(cout),
        "prix_vente": format_number(tarif),
        "exigence": "taux_de_marque",
        "taux_minimal": format_number(Decimal(conditions["taux_de_marque_minimal"])),
        "remise_demandee": format_number(remise),
    }


def bureautik_lead_scoring() -> dict[str, Default]:
    columns = (
        "fonction",
        "secteur",
        "zone",
        "effectif",
        "chiffre_affaires",
        "email_ouvert",
        "clic_email",
        "livre_blanc",
        "webinaire",
        "visite_tarifs",
        "demande_demo",
        "desabonnement",
    )
    prospects = tuple(
        {"prospect": row["raison_sociale"], **{c: row[c] for c in columns}} for row in rows("bureautik_prospects")
    )
    return {"prospects": prospects}


def bureautik_retractation() -> dict[str, Default]:
    conditions = table("bureautik_conditions", "condition")
    client = next(r for r in rows("bureautik_prospects") if r["raison_sociale"] == "Atelier Confluence Architectes")
    return {
        "hors_etablissement": "oui",
        "hors_activite_principale": "oui",
        "effectif": client["effectif"],
        "nature": "biens",
        "date_conclusion": conditions["date_commande"],
        "date_livraison": conditions["date_facture"],
    }


# ------------------------------------------------------------------ Alpinor (grand compte, centrale d'achat)


def _alpinor_orders() -> tuple[commande.Commande, commande.Commande]:
    """Bureautik Pro's whole quote and the equipment invoice (first two lines), with the volume discount."""
    conditions = table("alpinor_conditions", "condition")
    lignes = [
        commande.Ligne(r["designation"], Decimal(r["quantite"]), Decimal(r["prix_unitaire_ht"]))
        for r in rows("alpinor_devis_bureautik")
    ]
    remise = [("remise", conditions["remise_volume"])]
    return commande.calculer_commande(lignes, reductions=remise), commande.calculer_commande(
        lignes[:2], reductions=remise
    )


def alpinor_commande() -> dict[str, Default]:
    conditions = table("alpinor_conditions", "condition")
    lignes = tuple(
        {
            "designation": r["designation"],
            "quantite": r["quantite"],
            "prix_unitaire_ht": format_number(Decimal(r["prix_unitaire_ht"])),
            "taux_tva": NORMAL_VAT,
        }
        for r in rows("alpinor_devis_bureautik")
    )
    remise = ({"nature": "remise", "taux": conditions["remise_volume"]},)
    return {"lignes": lignes, "reductions": remise, "escompte": "0", "frais_de_port": "0"}


def alpinor_grille() -> dict[str, Default]:
    conditions = table("alpinor_conditions", "condition")
    poids = table("alpinor_criteres", "critere", "poids")
    autres = [c for c in poids if c != "Prix"]
    offres = [
        {
            "offre": r["fournisseur"],
            "prix_ht": format_number(Decimal(r["prix_total_ht"])),
            **{f"note_{k}": r[c] for k, c in enumerate(autres, start=1)},
        }
        for r in rows("alpinor_offres_concurrents")
    ]
    notes_bureautik = ("note_bureautik_valeur_technique", "note_bureautik_service", "note_bureautik_environnement")
    offres.append(
        {
            "offre": "Bureautik Pro",
            "prix_ht": format_number(_alpinor_orders()[0].net_commercial),
            **{f"note_{k}": conditions[n] for k, n in enumerate(notes_bureautik, start=1)},
        }
    )
    return {
        "poids_prix": poids.get("Prix", "0"),
        "criteres": tuple({"critere": c, "poids": poids[c]} for c in autres),
        "offres": tuple(offres),
    }


def _alpinor_due_date() -> str:
    conditions = table("alpinor_conditions", "condition")
    return format_date(paiement.date_echeance(conditions["date_facture"], conditions["delai_propose_vendeur"]))


def alpinor_echeance() -> dict[str, Default]:
    conditions = table("alpinor_conditions", "condition")
    delai = paiement.lire_delai(conditions["delai_propose_vendeur"])
    return {
        "date_facture": conditions["date_facture"],
        "nature": "jours_fin_de_mois" if delai.nature == "fin_de_mois" else delai.nature,
        "jours": str(delai.jours),
        "date_paiement": conditions["date_paiement_effectif"],
        "montant_ttc": format_number(_alpinor_orders()[1].net_a_payer),
        "taux_penalites": format_number(Decimal(conditions["taux_penalites_cgv"])),
    }


def alpinor_financement() -> dict[str, Default]:
    conditions = table("alpinor_conditions", "condition")
    f = table("alpinor_financement", "parametre")
    return {
        "prix_ht": format_number(_alpinor_orders()[1].net_commercial),
        "taux_tva": NORMAL_VAT,
        "taux_emprunt": format_number(Decimal(f["taux_emprunt"])),
        "duree_emprunt": f["duree_emprunt"],
        "echeances_emprunt": "12",
        "loyer": format_number(Decimal(f["loyer_mensuel"])),
        "nombre_loyers": f["nombre_loyers"],
        "periodicite_loyers": "12",
        "terme": "a_echoir",
        "valeur_residuelle": format_number(Decimal(f["valeur_residuelle"])),
        "taux_escompte": format_number(Decimal(f["taux_escompte"])),
        "date_negociation": conditions["date_facture"],  # the bill is discounted on the invoice day
        "date_echeance": _alpinor_due_date(),
        "jours_de_banque": f["jours_de_banque"],
        "commissions": format_number(Decimal(f["commissions"])),
    }


# ------------------------------------------------------------------ the commune (public buyer)


def commune_note_prix() -> dict[str, Default]:
    offres = tuple(
        {"candidat": r["candidat"], "prix_ht": format_number(Decimal(r["prix_ht"]))} for r in rows("commune_offres")
    )
    return {"points": "20", "offres": offres}


def commune_grille() -> dict[str, Default]:
    poids = table("commune_criteres", "critere", "poids")
    autres = [c for c in poids if c != "Prix"]
    offres = tuple(
        {
            "offre": r["candidat"],
            "prix_ht": format_number(Decimal(r["prix_ht"])),
            **{f"note_{k}": r[c] for k, c in enumerate(autres, start=1)},
        }
        for r in rows("commune_offres")
    )
    return {
        "poids_prix": poids.get("Prix", "0"),
        "criteres": tuple({"critere": c, "poids": poids[c]} for c in autres),
        "offres": offres,
    }


# ------------------------------------------------------------------ the CSE's ticket order


def cse_commande() -> dict[str, Default]:
    contexte = table("cse_contexte", "donnee")
    bareme = [(int(r["a_partir_de"]), r["prix_unitaire_ht"]) for r in rows("cse_bareme_cinema")]
    quantite = to_count(contexte["effectif"]) * to_count(contexte["billets_par_salarie"])
    tarif = commande.prix_degressif(quantite, bareme, mode="tranche_atteinte")
    taux = parametres.valeur("tva_reduit", date=to_date(contexte["date_commande"]))
    lignes = tuple(
        {
            "designation": f"Billets de cinéma, tranche à partir de {t.a_partir_de}",
            "quantite": format_number(Decimal(t.quantite)),
            "prix_unitaire_ht": format_number(t.prix_unitaire_ht),
            "taux_tva": format_number(taux),
        }
        for t in tarif.tranches
    )
    return {"lignes": lignes, "reductions": (), "escompte": "0", "frais_de_port": "0"}


def cse_tarif_degressif() -> dict[str, Default]:
    contexte = table("cse_contexte", "donnee")
    quantite = to_count(contexte["effectif"]) * to_count(contexte["billets_par_salarie"])
    bareme = tuple(
        {"a_partir_de": r["a_partir_de"], "prix_unitaire_ht": format_number(Decimal(r["prix_unitaire_ht"]))}
        for r in rows("cse_bareme_cinema")
    )
    return {"quantite": str(quantite), "mode": "tranche_atteinte", "bareme": bareme}


def presets(**loaders: Callable[[], Mapping[str, Default]]) -> dict[str, Preset]:
    """``preset_loaders`` for a :class:`Simulator`: case code → :class:`Preset` (title from :data:`TITLES`)."""
    return {case: Preset(TITLES[case], load) for case, load in loaders.items()}


__all__ = [
    "DATA",
    "TITLES",
    "alpinor_commande",
    "alpinor_echeance",
    "alpinor_financement",
    "alpinor_grille",
    "bureautik_commande",
    "bureautik_lead_scoring",
    "bureautik_marges",
    "bureautik_retractation",
    "commune_grille",
    "commune_note_prix",
    "cse_commande",
    "cse_tarif_degressif",
    "presets",
    "rows",
    "table",
]
