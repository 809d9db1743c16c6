"""Simulators students play with in Jupyter: change a value, the result follows (computed by the library).

Each function returns a :class:`Simulator`: its ``controls`` (name → widget,
every one with a French accessible name), its ``output`` (HTML) and the
``widget`` a notebook displays. A bad input shows the library's French
message in the output, never a traceback. They need a running kernel: they
live in ``notebooks/simulateurs.ipynb``, not on the static site.

Rates are never binary floats: rate sliders offer exact ``Decimal`` steps,
weights and thresholds are whole numbers, amounts are typed as French text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from salesplan import commande, financement, grille, lead_scoring, marges, paiement, parametres
from salesplan.errors import SalesplanError, SalesplanTypeError, show
from salesplan.values import format_date, format_euros, format_percent, plural, to_date
from salesplan.views.widgets._base import Panel, box, guarded, ipywidgets

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

Values = dict[str, Any]
_WIDE = {"description_width": "initial"}
TVA_CODES = ("tva_normal", "tva_intermediaire", "tva_reduit", "tva_particulier")


class Simulator(Panel):
    """Controls, and an output recomputed by ``compute(values)`` (HTML) whenever a control changes."""

    def __init__(self, title: str, controls: dict[str, Any], compute: Callable[[Values], str]) -> None:
        w = ipywidgets()
        self.controls = controls
        self.output = w.HTML()
        self._compute = compute
        refresh = guarded(self.update, self._show)
        for control in controls.values():
            control.observe(refresh, names="value")
        heading = w.HTML(f"<h3>{html.escape(title, quote=False)}</h3>")
        self.widget = w.VBox([heading, *controls.values(), self.output])
        refresh()

    def update(self) -> None:
        """Recompute the output from the current values of the controls."""
        self.output.value = self._compute({name: control.value for name, control in self.controls.items()})

    def _show(self, text: str) -> None:
        self.output.value = text


# ------------------------------------------------------------------ controls and HTML pieces


def text_box(description: str, value: str, placeholder: str = "") -> Any:
    """A text field read by the library (« 1 234,56 », « 15/01/2026 »); updates when the field is left."""
    w = ipywidgets()
    return w.Text(value=value, description=description, placeholder=placeholder, continuous_update=False, style=_WIDE)


def rate_slider(description: str, *, maximum: int, step: str, value: str) -> Any:
    """A slider of exact rates 0 to ``maximum`` % by ``step`` (values are ``Decimal``, labels French)."""
    w = ipywidgets()
    stride = Decimal(step)
    rates = [stride * n for n in range(int(maximum / stride) + 1)]
    options = [(format_percent(r), r) for r in rates]
    return w.SelectionSlider(
        options=options, value=Decimal(value), description=description, continuous_update=False, style=_WIDE
    )


def int_slider(description: str, *, minimum: int, maximum: int, value: int, step: int = 1) -> Any:
    """A slider of whole numbers (durations, weights, thresholds)."""
    w = ipywidgets()
    return w.IntSlider(
        value=value, min=minimum, max=maximum, step=step, description=description, continuous_update=False, style=_WIDE
    )


def dropdown(description: str, options: Sequence[tuple[str, object]], value: object) -> Any:
    """A list box of (French label, value) options."""
    w = ipywidgets()
    return w.Dropdown(options=list(options), value=value, description=description, style=_WIDE)


def vat_dropdown(*, date: object = None) -> Any:
    """The VAT rates in force (from :mod:`salesplan.parametres`)."""
    rows = [parametres.parametre(code, date=date) for code in TVA_CODES]
    options = [(f"{format_percent(p.valeur)} ({p.libelle[0].lower()}{p.libelle[1:]})", p.valeur) for p in rows]
    return dropdown("Taux de TVA", options, rows[0].valeur)


def table(rows: Iterable[Sequence[object]], header: Sequence[str] = ()) -> str:
    """An HTML table; the first cell of a row is its header."""
    head = "".join(f'<th scope="col">{html.escape(h, quote=False)}</th>' for h in header)
    body = ""
    for row in rows:
        first, *rest = (html.escape(str(cell), quote=False) for cell in row)
        cells = "".join(f'<td style="text-align:right;padding:0 0.6em">{c}</td>' for c in rest)
        body += f'<tr><th scope="row" style="text-align:left;padding:0 0.6em">{first}</th>{cells}</tr>'
    return f"<table>{f'<thead><tr>{head}</tr></thead>' if head else ''}<tbody>{body}</tbody></table>"


def steps_html(text: str, summary: str = "Le calcul pas à pas") -> str:
    """A multi-line explanation (``expliquer()``), folded under a summary."""
    lines = "<br>".join(html.escape(line, quote=False) for line in text.splitlines())
    return f"<details open><summary>{html.escape(summary, quote=False)}</summary><div>{lines}</div></details>"


def _optional(text: str) -> str | None:
    return text if text.strip() else None


# ------------------------------------------------------------------ order amount


def order_simulator() -> Simulator:
    """Montant d'une commande: two lines, successive discounts, escompte, shipping, VAT (``calculer_commande``)."""
    controls = {
        "quantite_1": text_box("Quantité (ligne 1)", "10"),
        "prix_1": text_box("Prix unitaire HT (ligne 1, €)", "50,00", "ex. 1 234,56"),
        "quantite_2": text_box("Quantité (ligne 2, facultative)", "5"),
        "prix_2": text_box("Prix unitaire HT (ligne 2, €)", "100,00", "ex. 1 234,56"),
        "reductions": text_box("Remises successives (%, séparées par « ; »)", "10 ; 5", "ex. 10 ; 5"),
        "escompte": rate_slider("Escompte", maximum=5, step="0.5", value="2"),
        "frais_de_port": text_box("Frais de port HT (€)", "15,00"),
        "taux_tva": vat_dropdown(),
    }

    def compute(v: Values) -> str:
        lignes = [commande.Ligne("ligne 1", v["quantite_1"], v["prix_1"], v["taux_tva"])]
        if v["quantite_2"].strip() or v["prix_2"].strip():
            lignes.append(commande.Ligne("ligne 2", v["quantite_2"], v["prix_2"], v["taux_tva"]))
        reductions = [part.strip() for part in v["reductions"].split(";") if part.strip()]
        c = commande.calculer_commande(
            lignes,
            reductions=reductions,
            escompte=v["escompte"],
            frais_de_port=v["frais_de_port"] or "0",
            taux_tva=v["taux_tva"],
        )
        frame = c.to_frame()
        rows = [(label, format_euros(amount)) for label, amount in frame["montant (€)"].items()]
        return table(rows, ("Pied de facture", "Montant")) + steps_html(c.expliquer())

    return Simulator("Simulateur : montant d'une commande", controls, compute)


# ------------------------------------------------------------------ margins


def margin_simulator() -> Simulator:
    """Marges: taux de marge, taux de marque, coefficient multiplicateur, prix plancher, remise maximale."""
    controls = {
        "cout": text_box("Coût d'achat HT (€)", "80,00"),
        "prix": text_box("Prix de vente HT (€)", "100,00"),
        "taux_tva": vat_dropdown(),
        "marge_minimale": int_slider("Taux de marge minimal exigé (%)", minimum=0, maximum=100, value=20, step=5),
    }

    def compute(v: Values) -> str:
        cout, prix, tva, exigence = v["cout"], v["prix"], v["taux_tva"], v["marge_minimale"]
        prix_ttc = commande.ttc_depuis_ht(prix, taux_tva=tva)
        rows = [
            ("Marge unitaire HT", format_euros(marges.marge_unitaire(cout, prix))),
            ("Taux de marge (marge ÷ coût d'achat)", format_percent(marges.taux_de_marge(cout, prix))),
            ("Taux de marque (marge ÷ prix de vente)", format_percent(marges.taux_de_marque(cout, prix))),
            ("Prix de vente TTC", format_euros(prix_ttc)),
            (
                "Coefficient multiplicateur (PV TTC ÷ coût HT)",
                str(marges.coefficient_multiplicateur(cout, prix_ttc)).replace(".", ","),
            ),
            (
                f"Prix plancher HT (marge d'au moins {exigence} %)",
                format_euros(marges.prix_plancher(cout, taux_de_marge_minimal=exigence)),
            ),
            (
                "Remise maximale sur le prix de vente",
                format_percent(marges.remise_maximale(prix, cout, taux_de_marge_minimal=exigence)),
            ),
        ]
        return table(rows, ("Indicateur", "Valeur"))

    return Simulator("Simulateur : marges et prix plancher", controls, compute)


# ------------------------------------------------------------------ due date and late penalties

METHODS = (
    ("date de facture + N jours, puis fin du mois", "jours_puis_fin_de_mois"),
    ("fin du mois de la facture, puis + N jours", "fin_de_mois_puis_jours"),
)


def payment_simulator() -> Simulator:
    """Échéance et pénalités de retard: term (checked against L441-10), due date, days late, penalties, 40 €."""
    controls = {
        "date_facture": text_box("Date de la facture", "15/01/2026", "JJ/MM/AAAA"),
        "delai": text_box("Délai de paiement", "45 jours fin de mois", "ex. 30 jours, 45 jours fin de mois"),
        "methode": dropdown("Calcul « fin de mois »", METHODS, paiement.METHODE_PAR_DEFAUT),
        "date_paiement": text_box("Date du paiement", "15/04/2026", "JJ/MM/AAAA"),
        "montant": text_box("Montant TTC de la facture (€)", "12 450,00"),
        "taux": text_box("Taux des pénalités (%)", "12,15"),
    }

    def compute(v: Values) -> str:
        facture = to_date(v["date_facture"], name="date de la facture")
        controle = paiement.verifier_delai(v["delai"], date_facture=facture)
        terme = paiement.lire_delai(v["delai"])
        methode = None if terme.methode else v["methode"]
        echeance = paiement.date_echeance(facture, v["delai"], methode=methode)
        retard = paiement.jours_de_retard(echeance, v["date_paiement"])
        penalites = paiement.penalites_de_retard(v["montant"], taux=v["taux"], jours_de_retard=retard)
        indemnite = paiement.indemnite_forfaitaire(date=echeance) if retard else Decimal("0.00")
        rows = [
            ("Date d'échéance", format_date(echeance)),
            ("Jours de retard", plural(retard, "jour")),
            ("Pénalités de retard", format_euros(penalites)),
            ("Indemnité forfaitaire de recouvrement", format_euros(indemnite)),
            ("Total dû en plus de la facture", format_euros(penalites + indemnite)),
        ]
        parts = [box("info", html.escape(controle.expliquer(), quote=False)), table(rows, ("Élément", "Valeur"))]
        if terme.nature == "fin_de_mois" and not terme.methode:
            autres = paiement.echeances_possibles(facture, v["delai"])
            parts.append(steps_html("\n".join(e.expliquer() for e in autres), "Les deux façons licites de compter"))
        parts.append(_penalty_rate_note(v["taux"], echeance))
        return "".join(parts)

    return Simulator("Simulateur : échéance et pénalités de retard", controls, compute)


def _penalty_rate_note(taux: object, echeance: dt.date) -> str:
    """The legal floor of the penalty rate, or why it cannot be checked (the table may not know the half-year)."""
    try:
        return box("info", html.escape(paiement.verifier_taux_penalites(taux, date=echeance).expliquer(), quote=False))
    except SalesplanError as error:
        return box("hint", html.escape(str(error), quote=False))


# ------------------------------------------------------------------ loan, leasing, discounting

PERIODS = (("annuels", 1), ("semestriels", 2), ("trimestriels", 4), ("mensuels", 12))
TERMS = (("payés d'avance (à échoir)", "a_echoir"), ("payés en fin de période (échus)", "echu"))


def financing_simulator() -> Simulator:
    """Emprunt, crédit-bail ou escompte d'un effet pour un même achat (``comparer_financements``)."""
    controls = {
        "prix": text_box("Prix du bien HT (€)", "10 000"),
        "taux_emprunt": text_box("Emprunt : taux annuel (%, vide = sans emprunt)", "6"),
        "duree_emprunt": int_slider("Emprunt : durée (ans)", minimum=1, maximum=15, value=5),
        "loyer": text_box("Crédit-bail : loyer (€, vide = sans crédit-bail)", "2 400"),
        "nombre_loyers": int_slider("Crédit-bail : nombre de loyers", minimum=1, maximum=84, value=5),
        "periodes": dropdown("Crédit-bail : loyers", PERIODS, 1),
        "terme": dropdown("Crédit-bail : loyers", TERMS, "a_echoir"),
        "valeur_residuelle": text_box("Crédit-bail : option d'achat (€)", "100"),
        "taux_escompte": text_box("Escompte : taux (%, vide = sans escompte)", "8"),
        "date_negociation": text_box("Escompte : date de négociation", "15/03/2026", "JJ/MM/AAAA"),
        "date_echeance": text_box("Escompte : échéance de l'effet", "14/05/2026", "JJ/MM/AAAA"),
    }

    def compute(v: Values) -> str:
        c = financement.comparer_financements(
            v["prix"],
            taux_emprunt=_optional(v["taux_emprunt"]),
            duree_emprunt=v["duree_emprunt"],
            loyer=_optional(v["loyer"]),
            nombre_loyers=v["nombre_loyers"],
            valeur_residuelle=v["valeur_residuelle"] or "0",
            terme=v["terme"],
            periodes_par_an_credit_bail=v["periodes"],
            taux_escompte=_optional(v["taux_escompte"]),
            date_negociation=v["date_negociation"],
            date_echeance=v["date_echeance"],
        )
        if not c.lignes:
            return box("hint", "Renseignez au moins une solution : un taux d'emprunt, un loyer ou un taux d'escompte.")
        header = ("Solution", "Durée", "Coût", "Décaissement initial", "Coût en % du prix", "Taux annuel")
        rows = [
            (
                ligne.solution,
                ligne.duree,
                format_euros(ligne.cout),
                format_euros(ligne.decaissement_initial),
                format_percent(ligne.cout_en_pourcentage_du_prix),
                format_percent(ligne.taux_annuel),
            )
            for ligne in c
        ]
        best = c.moins_chere()
        verdict = box(
            "info",
            html.escape(
                f"Taux annuel le plus bas : {best.solution} ({format_percent(best.taux_annuel)}).", quote=False
            ),
        )
        return table(rows, header) + verdict + steps_html(c.expliquer(), "Lecture et limites")

    return Simulator("Simulateur : emprunt, crédit-bail ou escompte", controls, compute)


# ------------------------------------------------------------------ offer comparison grid

EXAMPLE_CRITERIA: dict[str, int] = {"Prix": 40, "Qualité": 30, "Délai": 15, "SAV": 15}
EXAMPLE_MARKS: dict[str, dict[str, int]] = {
    "Offre A": {"Prix": 16, "Qualité": 11, "Délai": 14, "SAV": 10},
    "Offre B": {"Prix": 12, "Qualité": 16, "Délai": 12, "SAV": 15},
    "Offre C": {"Prix": 14, "Qualité": 13, "Délai": 17, "SAV": 12},
}


def grid_simulator(
    criteria: Mapping[str, int] = EXAMPLE_CRITERIA,
    marks: Mapping[str, Mapping[str, object]] = EXAMPLE_MARKS,
    *,
    scale: object = 20,
) -> Simulator:
    """Grille de comparaison des offres: a weight slider per criterion, ranking, sensitivity and chart."""
    from salesplan.views.charts import grid_chart

    controls = {
        name: int_slider(f"Poids du critère « {name} »", minimum=0, maximum=100, value=int(weight))
        for name, weight in criteria.items()
    }

    def compute(v: Values) -> str:
        resultat = grille.comparer_offres(v, marks, bareme=scale)
        rows = [(f"{rang}. {offre}", str(note).replace(".", ",")) for rang, offre, note in resultat.classement()]
        sensibilite = "\n".join(s.expliquer() for s in resultat.sensibilite())
        chart = grid_chart(resultat)
        return (
            table(rows, ("Rang et offre", "Note pondérée"))
            + box("info", html.escape(f"Offre retenue : {resultat.gagnant()}.", quote=False))
            + steps_html(sensibilite, "Sensibilité aux poids")
            + chart._repr_html_()
        )

    return Simulator("Simulateur : grille de comparaison des offres", controls, compute)


# ------------------------------------------------------------------ lead scoring

PROSPECT_COLUMNS = (
    "prospect",
    "fonction",
    "secteur",
    "zone",
    "effectif",
    "email_ouvert",
    "livre_blanc",
    "demande_demo",
)
EXAMPLE_PROSPECTS: tuple[tuple[object, ...], ...] = (
    (
        "Cabinet Morel Expertise",
        "directeur_administratif_financier",
        "cabinet_comptable",
        "metropole_lyon",
        18,
        3,
        1,
        0,
    ),
    ("Mécanique Berthier", "responsable_services_generaux", "industrie", "metropole_lyon", 120, 4, 1, 0),
    ("Clinique des Monts d'Or", "office_manager", "sante", "rhone", 25, 5, 0, 1),
    ("Saône Habitat Immobilier", "assistant_direction", "immobilier", "auvergne_rhone_alpes", 8, 2, 0, 0),
    ("Entraide Croix-Rousse", "autre", "association", "metropole_lyon", 4, 1, 0, 0),
)
"""A small prospect file (Bureautik Pro, Lyon) for the lead-scoring simulator."""


def lead_scoring_simulator(
    prospects: pd.DataFrame | None = None,
    rules: lead_scoring.ReglesScoring = lead_scoring.REGLES_BUREAUTIK_PRO,
    *,
    name_column: str = "prospect",
) -> Simulator:
    """Lead scoring of a small prospect file (``scorer_fichier``) with sliders for the MQL and SQL thresholds."""
    import pandas as pd

    fichier = pd.DataFrame(list(EXAMPLE_PROSPECTS), columns=list(PROSPECT_COLUMNS)) if prospects is None else prospects
    if not isinstance(fichier, pd.DataFrame):
        raise SalesplanTypeError(f"fichier de prospects : {show(prospects)} doit être un DataFrame pandas.")
    ignore = [c for c in fichier.columns if c not in rules.champs()]
    controls = {
        "seuil_mql": int_slider("Seuil MQL (points)", minimum=0, maximum=150, value=rules.seuil_mql, step=5),
        "seuil_sql": int_slider("Seuil SQL (points)", minimum=0, maximum=150, value=rules.seuil_sql, step=5),
    }

    def compute(v: Values) -> str:
        regles = dataclasses.replace(rules, seuil_mql=v["seuil_mql"], seuil_sql=v["seuil_sql"])
        scores = lead_scoring.scorer_fichier(fichier, regles, ignorer=ignore)
        scores = scores.sort_values("score total", ascending=False, kind="stable")
        names = scores[name_column] if name_column in scores.columns else scores.index.astype(str)
        rows = [
            (name, int(row["score explicite"]), int(row["score implicite"]), int(row["score total"]), row["statut"])
            for name, (_, row) in zip(names, scores.iterrows(), strict=True)
        ]
        counts = scores["statut"].value_counts()
        summary = ", ".join(f"{statut} : {int(counts.get(statut, 0))}" for statut in lead_scoring.STATUTS)
        header = ("Prospect", "Profil", "Comportement", "Total", "Statut")
        return table(rows, header) + box("info", html.escape(f"Répartition — {summary}.", quote=False))

    return Simulator("Simulateur : lead scoring d'un fichier de prospects", controls, compute)


__all__ = [
    "Simulator",
    "financing_simulator",
    "grid_simulator",
    "lead_scoring_simulator",
    "margin_simulator",
    "order_simulator",
    "payment_simulator",
]
