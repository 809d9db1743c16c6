"""Charts for the book, drawn with matplotlib's object API (no pyplot state).

Convention: every function returns a :class:`Chart`, a named tuple
``(figure, alt)`` — the ``matplotlib.figure.Figure`` and a French alternative
text that says what the figure shows, with its key figures. In a notebook a
``Chart`` displays itself as an ``<img>`` carrying that alt text; ``fig, alt =
chart`` unpacks it. Labels are French and axis numbers use the French format
(comma as decimal separator, narrow no-break space between thousands).
matplotlib is imported only when a chart is drawn.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from salesplan import values
from salesplan.errors import SalesplanTypeError, SalesplanValueError, show
from salesplan.fidelite import SEGMENTS, AnalyseRFM
from salesplan.grille import ResultatGrille
from salesplan.lead_scoring import REGLES_BUREAUTIK_PRO, ReglesScoring
from salesplan.optional import require
from salesplan.values import NBSP, format_euros, to_amount, to_decimal

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

PALETTE = ("#1f4e79", "#e07b39", "#5b9b4c", "#b5443b", "#7d5ba6", "#8c8c8c", "#2a9d8f", "#c9a227")


class Chart(NamedTuple):
    """A figure and its French alternative text."""

    figure: Figure
    alt: str

    def png(self) -> bytes:
        """The figure as PNG bytes."""
        buffer = io.BytesIO()
        self.figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
        return buffer.getvalue()

    def _repr_html_(self) -> str:
        data = base64.b64encode(self.png()).decode("ascii")
        return f'<img src="data:image/png;base64,{data}" alt="{html.escape(self.alt)}">'


def format_number(value: float | Decimal, *, decimals: int = 2) -> str:
    """French display of a number for axes, at most ``decimals`` places: ``1 234,5``.

    >>> format_number(1234.5)
    '1\u202f234,5'
    """
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise SalesplanTypeError(f"nombre : {show(value)} n'est pas un nombre.")
    return values.format_number(value, decimals=decimals)


def _new_figure(width: float = 7.5, height: float = 4.2, *, value_axes: str = "xy") -> tuple[Figure, Any]:
    """A figure with one axes; ``value_axes`` names the numeric axes that get French number labels."""
    Figure = require("matplotlib.figure").Figure
    from matplotlib.ticker import FuncFormatter

    fig = Figure(figsize=(width, height), layout="constrained")
    ax = fig.add_subplot()
    formatter = FuncFormatter(lambda x, _pos: format_number(x))
    if "x" in value_axes:
        ax.xaxis.set_major_formatter(formatter)
    if "y" in value_axes:
        ax.yaxis.set_major_formatter(formatter)
    ax.spines[["top", "right"]].set_visible(False)
    return fig, ax


def _integer_axis(axis: Any) -> None:
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def _amounts(values: object, *, name: str, allow_negative: bool = False) -> list[Decimal]:
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise SalesplanTypeError(f"{name} : {show(values)} doit être une suite de montants.")
    amounts = [to_amount(v, name=name, allow_negative=allow_negative) for v in values]
    if not amounts:
        raise SalesplanValueError(f"{name} : la suite de montants est vide.")
    return amounts


def grid_chart(resultat: ResultatGrille) -> Chart:
    """Weighted marks of a comparison grid as stacked bars, one part per criterion.

    The part of criterion c in an offer's bar is poids_c / Σ poids × note_c, so
    the bar's length is the offer's weighted mark.
    """
    if not isinstance(resultat, ResultatGrille):
        raise SalesplanTypeError(f"grille : {show(resultat)} doit être le résultat de comparer_offres(...).")
    fig, ax = _new_figure(value_axes="x")
    total_poids = sum(resultat.poids.values(), Decimal(0))
    classement = resultat.classement()
    offres = [offre for _, offre, _ in reversed(classement)]  # best at the top
    gauche = [0.0] * len(offres)
    pourcents = resultat.poids_pourcentage()
    for i, (critere, poids) in enumerate(resultat.poids.items()):
        parts = [float(poids * resultat.notes[o][critere] / total_poids) for o in offres]
        label = f"{critere} ({format_number(pourcents[critere])}{NBSP}%)"
        ax.barh(offres, parts, left=gauche, color=PALETTE[i % len(PALETTE)], label=label)
        gauche = [g + p for g, p in zip(gauche, parts, strict=True)]
    bareme = format_number(resultat.bareme)
    for y, total in enumerate(gauche):
        ax.text(total, y, f" {format_number(total)}", va="center")
    ax.set_xlim(0, float(resultat.bareme))
    ax.set_xlabel(f"Note pondérée (sur {bareme})")
    ax.set_title("Grille de comparaison des offres")
    ax.legend(title="Critère (poids)", loc="lower right", fontsize="small")
    rangs = ", ".join(f"{offre} {format_number(total)} (rang {rang})" for rang, offre, total in classement)
    criteres = ", ".join(f"{c} {format_number(p)}{NBSP}%" for c, p in pourcents.items())
    alt = (
        f"Barres horizontales empilées : la note pondérée sur {bareme} de chaque offre, découpée par critère. "
        f"Notes : {rangs}. Poids des critères : {criteres}."
    )
    return Chart(fig, alt)


def rfm_chart(analyse: AnalyseRFM) -> Chart:
    """Number of clients and turnover share of each RFM segment (bars)."""
    if not isinstance(analyse, AnalyseRFM):
        raise SalesplanTypeError(f"analyse : {show(analyse)} doit être le résultat de segmenter_rfm(...).")
    fig, ax = _new_figure(value_axes="y")
    effectifs = analyse.effectifs()
    ca = {
        s: sum((c.indicateurs.chiffre_affaires for c in analyse.clients if c.segment == s), Decimal(0))
        for s in SEGMENTS
    }
    ca_total = sum(ca.values(), Decimal(0))
    parts = {s: (ca[s] * 100 / ca_total if ca_total else Decimal(0)) for s in SEGMENTS}
    barres = ax.bar(list(SEGMENTS), [effectifs[s] for s in SEGMENTS], color=PALETTE[: len(SEGMENTS)])
    for barre, s in zip(barres, SEGMENTS, strict=True):
        ax.annotate(
            f"{format_number(parts[s], decimals=1)}{NBSP}% du CA",
            (barre.get_x() + barre.get_width() / 2, barre.get_height()),
            ha="center",
            va="bottom",
            fontsize="small",
        )
    ax.set_ylabel("Nombre de clients")
    _integer_axis(ax.yaxis)
    ax.set_xlabel("Segment RFM")
    ax.set_title(f"Segmentation RFM au {analyse.date_reference:%d/%m/%Y}")
    ax.tick_params(axis="x", labelrotation=15)
    detail = ", ".join(f"{s} {effectifs[s]} ({format_number(parts[s], decimals=1)}{NBSP}% du CA)" for s in SEGMENTS)
    alt = (
        f"Diagramme en barres : nombre de clients par segment RFM au {analyse.date_reference:%d/%m/%Y}, "
        f"sur {len(analyse.clients)} clients : {detail}."
    )
    return Chart(fig, alt)


def lead_score_chart(totaux: Iterable[object], regles: ReglesScoring = REGLES_BUREAUTIK_PRO) -> Chart:
    """Histogram of lead scores with the MQL and SQL thresholds as vertical lines."""
    if not isinstance(regles, ReglesScoring):
        raise SalesplanTypeError(f"règles : {show(regles)} doit être un ReglesScoring.")
    if isinstance(totaux, str | bytes) or not isinstance(totaux, Iterable):
        raise SalesplanTypeError(f"scores : {show(totaux)} doit être une suite de scores entiers.")
    valeurs = [int(to_decimal(t, name="score")) for t in totaux]
    if not valeurs:
        raise SalesplanValueError("scores : la suite de scores est vide.")
    fig, ax = _new_figure()
    bas, haut = min(valeurs), max(valeurs)
    largeur = max(1, (haut - bas + 1) // 30)
    ax.hist(valeurs, bins=range(bas, haut + largeur + 1, largeur), color=PALETTE[0], edgecolor="white")
    for seuil, nom, couleur in ((regles.seuil_mql, "MQL", PALETTE[1]), (regles.seuil_sql, "SQL", PALETTE[3])):
        ax.axvline(seuil, color=couleur, linestyle="--", label=f"seuil {nom} : {seuil} points")
    comptes = {s: sum(1 for v in valeurs if regles.statut(v) == s) for s in ("froid", "MQL", "SQL")}
    ax.set_xlabel("Score total (points)")
    ax.set_ylabel("Nombre de prospects")
    _integer_axis(ax.yaxis)
    ax.set_title("Répartition des scores des prospects")
    ax.legend(fontsize="small")
    alt = (
        f"Histogramme des scores de {len(valeurs)} prospects (de {bas} à {haut} points), avec le seuil MQL à "
        f"{regles.seuil_mql} points et le seuil SQL à {regles.seuil_sql} points : {comptes['froid']} froids, "
        f"{comptes['MQL']} MQL, {comptes['SQL']} SQL."
    )
    return Chart(fig, alt)


def amortization_chart(capital_restant: Sequence[object], interets: Sequence[object]) -> Chart:
    """Loan table as a chart: interest of each period (bars) and capital remaining after it (line).

    Takes two sequences of amounts of the same length, one item per period.
    """
    capital = _amounts(capital_restant, name="capital restant dû")
    interet = _amounts(interets, name="intérêts")
    if len(capital) != len(interet):
        raise SalesplanValueError(
            f"tableau d'amortissement : {len(capital)} capitaux restants pour {len(interet)} intérêts ; "
            "une valeur par période est attendue."
        )
    fig, ax = _new_figure()
    periodes = list(range(1, len(capital) + 1))
    ax.bar(periodes, [float(i) for i in interet], color=PALETTE[1], label="Intérêts de la période (€)")
    ax.set_xlabel("Période")
    ax.set_ylabel("Intérêts (€)")
    droite = ax.twinx()
    droite.plot(periodes, [float(c) for c in capital], color=PALETTE[0], marker="o", label="Capital restant dû (€)")
    droite.set_ylabel("Capital restant dû (€)")
    from matplotlib.ticker import FuncFormatter

    droite.yaxis.set_major_formatter(FuncFormatter(lambda x, _pos: format_number(x)))
    _integer_axis(ax.xaxis)
    droite.set_ylim(bottom=0)
    ax.set_title("Tableau d'amortissement : intérêts et capital restant dû")
    lignes = ax.get_legend_handles_labels()
    lignes_d = droite.get_legend_handles_labels()
    ax.legend(lignes[0] + lignes_d[0], lignes[1] + lignes_d[1], fontsize="small", loc="upper right")
    total = sum(interet, Decimal(0))
    alt = (
        f"Graphique sur {len(capital)} périodes : barres des intérêts (de {format_euros(interet[0])} à "
        f"{format_euros(interet[-1])}, {format_euros(total)} au total) et courbe du capital restant dû "
        f"(de {format_euros(capital[0])} après la première période à {format_euros(capital[-1])} après la dernière)."
    )
    return Chart(fig, alt)


def order_waterfall_chart(etapes: Sequence[tuple[str, object]], *, sous_totaux: Iterable[str] | None = None) -> Chart:
    """Order amount as a waterfall: montant brut → réductions → net commercial → escompte → port → TVA → net à payer.

    ``etapes`` are (label, amount) pairs. The first is the starting total;
    changes are signed (a remise is negative). Subtotals are the labels in
    ``sous_totaux``, or by default every pair whose amount equals the running
    total; the last pair must be a subtotal equal to the running total.
    """
    if isinstance(etapes, str | bytes) or not isinstance(etapes, Sequence) or len(etapes) < 2:
        raise SalesplanTypeError(
            f"étapes : {show(etapes)} doit être une liste d'au moins deux paires (libellé, montant)."
        )
    paires = []
    for etape in etapes:
        if not isinstance(etape, tuple) or len(etape) != 2 or not isinstance(etape[0], str):
            raise SalesplanTypeError(f"étape : {show(etape)} doit être une paire (libellé, montant).")
        paires.append((etape[0], to_amount(etape[1], name=etape[0], allow_negative=True)))
    forces = None if sous_totaux is None else set(sous_totaux)
    barres: list[tuple[str, Decimal, Decimal, bool]] = [
        (paires[0][0], Decimal(0), paires[0][1], True)
    ]  # label, base, h
    courant = paires[0][1]
    for label, montant in paires[1:]:
        total = montant == courant if forces is None else label in forces
        if total and montant != courant:
            raise SalesplanValueError(
                f"{label} : {format_euros(montant)} ne correspond pas au cumul des étapes ({format_euros(courant)})."
            )
        barres.append((label, Decimal(0), montant, True) if total else (label, courant, montant, False))
        courant = courant if total else courant + montant
    if not barres[-1][3]:
        raise SalesplanValueError(
            f"{paires[-1][0]} : {format_euros(paires[-1][1])} ne correspond pas au cumul des étapes "
            f"({format_euros(courant)}) ; une réduction s'écrit avec un signe moins."
        )
    fig, ax = _new_figure(8.5, 4.5, value_axes="y")
    for x, (_label, base, hauteur, total) in enumerate(barres):
        couleur = PALETTE[0] if total else (PALETTE[3] if hauteur < 0 else PALETTE[2])
        ax.bar(x, float(hauteur), bottom=float(base), color=couleur)
        ax.annotate(format_euros(hauteur), (x, float(base + max(hauteur, Decimal(0)))), ha="center", va="bottom")
    ax.set_xticks(range(len(barres)), [b[0] for b in barres], rotation=20, ha="right")
    ax.set_ylabel("Montant (€)")
    ax.set_title("Du montant brut au net à payer")
    detail = ", ".join(f"{label} {format_euros(h)}" for label, _b, h, _t in barres)
    alt = f"Graphique en cascade du calcul de la commande, étape par étape : {detail}."
    return Chart(fig, alt)


__all__ = [
    "PALETTE",
    "Chart",
    "amortization_chart",
    "format_number",
    "grid_chart",
    "lead_score_chart",
    "order_waterfall_chart",
    "rfm_chart",
]
