"""Grille de comparaison des offres : critères pondérés, notes, classement, sensibilité.

The buyer weighs each criterion (prix, qualité, délai, SAV...), marks every
offer on each criterion on one scale (/20 by default), and ranks the offers by
their weighted mark. Weights are any positive numbers; they are shown as
percentages of their sum.

Exact path: :func:`comparer_offres` works on ``Decimal`` inputs and ranks with
exact fractions, so two offers are tied only when their weighted marks are
mathematically equal. Fast path: :func:`classer_vectorise` ranks a large grid
(10 000 offres × 20 critères) with numpy floats; no money is involved (marks
only), and ties there are taken within a tolerance of 1e-9 × barème.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from salesplan.errors import SalesplanTypeError, SalesplanValueError, show
from salesplan.optional import frame, require
from salesplan.values import HUNDRED, format_number, to_bool, to_decimal

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

AFFICHAGE = Decimal("0.01")
TOLERANCE_VECTORISE = 1e-9


def _texte(value: object, *, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise SalesplanTypeError(f"{name} : {show(value)} doit être un texte non vide.")
    return value


def _poids(criteres: object) -> dict[str, Decimal]:
    if not isinstance(criteres, Mapping) or not criteres:
        raise SalesplanTypeError(
            f"critères : {show(criteres)} doit être un dictionnaire non vide critère → poids (ex. {{'Prix': 40}})."
        )
    poids: dict[str, Decimal] = {}
    for code, valeur in criteres.items():
        nom = _texte(code, name="critère")
        w = to_decimal(valeur, name=f"poids du critère « {nom} »")
        if w <= 0:
            raise SalesplanValueError(f"poids du critère « {nom} » : {show(valeur)} doit être strictement positif.")
        poids[nom] = w
    return poids


def _bareme(bareme: object) -> Decimal:
    b = to_decimal(bareme, name="barème")
    if b <= 0:
        raise SalesplanValueError(f"barème : {show(bareme)} doit être strictement positif (ex. 20 pour une note /20).")
    return b


def _notes(notes: object, criteres: Mapping[str, Decimal], bareme: Decimal) -> dict[str, dict[str, Decimal]]:
    if not isinstance(notes, Mapping) or not notes:
        raise SalesplanTypeError(f"notes : {show(notes)} doit être un dictionnaire non vide offre → {{critère: note}}.")
    propres: dict[str, dict[str, Decimal]] = {}
    for offre, ligne in notes.items():
        nom = _texte(offre, name="offre")
        if not isinstance(ligne, Mapping):
            raise SalesplanTypeError(
                f"notes de l'offre « {nom} » : {show(ligne)} doit être un dictionnaire critère → note."
            )
        manquants = [c for c in criteres if c not in ligne]
        inconnus = [c for c in ligne if c not in criteres]
        if inconnus:
            raise SalesplanValueError(
                f"offre « {nom} » : critère inconnu {show(inconnus[0])} ; critères : {', '.join(criteres)}."
            )
        if manquants:
            raise SalesplanValueError(f"offre « {nom} » : il manque la note du critère {show(manquants[0])}.")
        propres[nom] = {}
        for critere in criteres:
            n = to_decimal(ligne[critere], name=f"note de l'offre « {nom} » sur « {critere} »")
            if n < 0 or n > bareme:
                raise SalesplanValueError(
                    f"note de l'offre « {nom} » sur « {critere} » : {show(ligne[critere])} "
                    f"est hors du barème [0 ; {bareme}]."
                )
            propres[nom][critere] = n
    return propres


@dataclass(frozen=True)
class Sensibilite:
    """How far the weight of one criterion must move to change the winner.

    Definition: only this criterion's weight moves, the other weights stay as
    they are (the percentages are then recomputed). ``seuil_hausse`` is the
    weight at which ``offre_hausse`` ties with the winner (above it, that offer
    wins); ``seuil_baisse`` the same going down (the weight stays > 0). ``None``
    means « aucun changement possible » in that direction. Values are exact
    fractions (a weighted mark is linear in one weight).
    """

    critere: str
    poids: Decimal
    seuil_hausse: Fraction | None
    offre_hausse: str | None
    seuil_baisse: Fraction | None
    offre_baisse: str | None

    def expliquer(self) -> str:
        """A French sentence for the student."""
        morceaux = []
        if self.seuil_hausse is not None:
            morceaux.append(
                f"au-delà d'un poids de {_lisible(self.seuil_hausse)} (au lieu de {_lisible(self.poids)}), "
                f"l'offre « {self.offre_hausse} » passe devant"
            )
        if self.seuil_baisse is not None:
            morceaux.append(
                f"en dessous d'un poids de {_lisible(self.seuil_baisse)} (au lieu de {_lisible(self.poids)}), "
                f"l'offre « {self.offre_baisse} » passe devant"
            )
        if not morceaux:
            return f"Critère « {self.critere} » : aucun changement possible du gagnant en modifiant ce seul poids."
        return f"Critère « {self.critere} » : " + " ; ".join(morceaux) + "."


def _lisible(value: Fraction | Decimal) -> str:
    """A weight shown the French way, rounded to 2 decimals (display only)."""
    d = Decimal(value.numerator) / Decimal(value.denominator) if isinstance(value, Fraction) else value
    return format_number(d, decimals=2)


@dataclass(frozen=True)
class ResultatGrille:
    """A filled-in comparison grid: weights, marks, weighted totals and ranks."""

    poids: dict[str, Decimal]
    notes: dict[str, dict[str, Decimal]]
    bareme: Decimal

    def _somme(self, offre: str) -> Fraction:
        return sum((Fraction(self.poids[c]) * Fraction(n) for c, n in self.notes[offre].items()), Fraction(0))

    def poids_pourcentage(self) -> dict[str, Decimal]:
        """Each weight as a percentage of the sum (display: rounded to 0,01)."""
        total = sum(self.poids.values(), Decimal(0))
        return {c: (w * HUNDRED / total).quantize(AFFICHAGE, rounding=ROUND_HALF_UP) for c, w in self.poids.items()}

    def total_exact(self, offre: str) -> Fraction:
        """Note pondérée exacte = Σ poids × note / Σ poids (on the grid's scale)."""
        if not isinstance(offre, str) or offre not in self.notes:
            raise SalesplanValueError(f"offre inconnue {show(offre)} ; offres : {', '.join(self.notes)}.")
        return self._somme(offre) / Fraction(sum(self.poids.values(), Decimal(0)))

    def totaux(self) -> dict[str, Decimal]:
        """Weighted mark of each offer on the grid's scale, rounded to 0,01 for display."""
        out = {}
        for offre in self.notes:
            t = self.total_exact(offre)
            out[offre] = (Decimal(t.numerator) / Decimal(t.denominator)).quantize(AFFICHAGE, rounding=ROUND_HALF_UP)
        return out

    def classement(self) -> list[tuple[int, str, Decimal]]:
        """(rang, offre, note pondérée) from best to worst.

        Ties (exactly equal weighted marks) share the same rank, and the next
        rank is skipped (1, 1, 3: « classement olympique »); tied offers keep
        the order in which they were given.
        """
        exacts = {o: self._somme(o) for o in self.notes}
        ordre = sorted(self.notes, key=lambda o: -exacts[o])  # stable: input order among ties
        totaux = self.totaux()
        rangs: list[tuple[int, str, Decimal]] = []
        for position, offre in enumerate(ordre, start=1):
            tie = rangs and exacts[rangs[-1][1]] == exacts[offre]
            rangs.append((rangs[-1][0] if tie else position, offre, totaux[offre]))
        return rangs

    def gagnant(self) -> str:
        """The first offer of the ranking (the first given among tied leaders)."""
        return self.classement()[0][1]

    def sensibilite(self) -> list[Sensibilite]:
        """For each criterion, the exact weight that changes the winner (see :class:`Sensibilite`).

        With weight x for criterion c and the others fixed, offer o scores
        S_o(x) = A_o + x × n_oc, where A_o sums the other criteria; the common
        divisor Σ poids does not change the order. The winner g is overtaken by
        o at x* = (A_g − A_o) / (n_oc − n_gc): going up if n_oc > n_gc, going
        down if n_oc < n_gc (and x* > 0). The nearest x* wins.
        """
        gagnant = self.gagnant()
        resultat = []
        for c, w in self.poids.items():
            wc = Fraction(w)
            autres = {o: self._somme(o) - wc * Fraction(self.notes[o][c]) for o in self.notes}
            haut: tuple[Fraction, str] | None = None
            bas: tuple[Fraction, str] | None = None
            for _rang, offre, _t in self.classement():
                if offre == gagnant:
                    continue
                ecart_note = Fraction(self.notes[offre][c]) - Fraction(self.notes[gagnant][c])
                if ecart_note == 0:
                    continue
                seuil = (autres[gagnant] - autres[offre]) / ecart_note
                if ecart_note > 0 and (haut is None or seuil < haut[0]):
                    haut = (seuil, offre)
                if ecart_note < 0 and seuil > 0 and (bas is None or seuil > bas[0]):
                    bas = (seuil, offre)
            resultat.append(
                Sensibilite(
                    c,
                    w,
                    haut[0] if haut else None,
                    haut[1] if haut else None,
                    bas[0] if bas else None,
                    bas[1] if bas else None,
                )
            )
        return resultat

    def to_frame(self) -> pd.DataFrame:
        """The grid as a pandas table (imported only here): marks, note pondérée, rang."""
        rangs = {offre: rang for rang, offre, _ in self.classement()}
        totaux = self.totaux()
        pourcents = self.poids_pourcentage()
        lignes = []
        for offre, notes in self.notes.items():
            ligne: dict[str, Any] = {"offre": offre}
            ligne.update({f"{c} ({_lisible(pourcents[c])}\u00a0%)": n for c, n in notes.items()})
            ligne[f"note pondérée /{_lisible(self.bareme)}"] = totaux[offre]
            ligne["rang"] = rangs[offre]
            lignes.append(ligne)
        return frame(lignes, index="offre").sort_values("rang", kind="stable")


def comparer_offres(
    criteres: Mapping[str, object],
    notes: Mapping[str, Mapping[str, object]],
    *,
    bareme: object = 20,
    marche_public: bool = False,
    date: object = None,
    environnementaux: Iterable[str] | None = None,
    cout_global: bool = False,
) -> ResultatGrille:
    """Grille de comparaison des offres (méthode des critères pondérés).

    Note pondérée d'une offre = Σ (poids du critère × note) / Σ poids, sur le
    même barème que les notes. Classic purchasing tool; in public procurement
    the award criteria and their weights are announced in advance (Code de la
    commande publique, art. R2152-7 and R2152-11).

    >>> notes = {"A": {"Prix": 15, "Qualité": 10}, "B": {"Prix": 10, "Qualité": 14}}
    >>> g = comparer_offres({"Prix": 40, "Qualité": 60}, notes)
    >>> g.totaux()
    {'A': Decimal('12.00'), 'B': Decimal('12.40')}
    >>> g.classement()[0]
    (1, 'B', Decimal('12.40'))

    A public buyer's grid (``marche_public=True``) is checked against CCP
    R2152-7 at ``date`` (launch of the consultation, default today): from
    21 August 2026, price alone cannot be the single criterion, and several
    criteria must include an environmental one (see
    :func:`salesplan.marches_publics.verifier_criteres_attribution`, which
    ``environnementaux`` and ``cout_global`` are passed to). A private
    buyer's grid may weigh price alone.
    """
    if to_bool(marche_public, name="marche_public"):
        from salesplan.marches_publics import verifier_criteres_attribution

        verifier_criteres_attribution(criteres, date=date, environnementaux=environnementaux, cout_global=cout_global)
    poids = _poids(criteres)
    b = _bareme(bareme)
    return ResultatGrille(poids, _notes(notes, poids, b), b)


def notes_prix(prix: Mapping[str, object], *, points: object = 20) -> dict[str, Decimal]:
    """Price marks of each offer with the usual formula of public buyers.

    Note prix = prix le plus bas / prix de l'offre × points (CE 29 octobre
    2013, n° 370789); the computation itself is
    :func:`salesplan.marches_publics.note_prix`, called here for every offer.
    """
    from salesplan.marches_publics import note_prix

    if not isinstance(prix, Mapping) or not prix:
        raise SalesplanTypeError(f"prix : {show(prix)} doit être un dictionnaire non vide offre → prix HT.")
    montants = {_texte(o, name="offre"): to_decimal(p, name=f"prix de l'offre « {o} »") for o, p in prix.items()}
    plus_bas = min(montants.values())
    return {o: note_prix(p, plus_bas, points) for o, p in montants.items()}


def classer_vectorise(notes: pd.DataFrame, criteres: Mapping[str, object], *, bareme: object = 20) -> pd.DataFrame:
    """The same ranking for a large grid, vectorised with numpy floats.

    ``notes`` is a DataFrame (one row per offer, one column per criterion).
    Returns a DataFrame with columns « note pondérée » and « rang », best first.
    Floats are fine here: marks, not money; two weighted marks closer than
    1e-9 × barème count as tied (same rank, « classement olympique »). For an
    exact ranking use :func:`comparer_offres`.
    """
    np = require("numpy")
    pd = require("pandas")

    if not isinstance(notes, pd.DataFrame) or notes.empty:
        raise SalesplanTypeError(f"notes : {show(notes)} doit être un DataFrame non vide (offres × critères).")
    poids = _poids(criteres)
    b = float(_bareme(bareme))
    inconnus = [c for c in notes.columns if c not in poids]
    manquants = [c for c in poids if c not in notes.columns]
    if inconnus or manquants:
        detail = f"colonne inconnue {show(inconnus[0])}" if inconnus else f"colonne manquante {show(manquants[0])}"
        raise SalesplanValueError(f"notes : {detail} ; critères de la grille : {', '.join(poids)}.")
    try:
        valeurs = notes[list(poids)].to_numpy(dtype=float)
    except (TypeError, ValueError) as exc:
        raise SalesplanTypeError(f"notes : le tableau contient une valeur non numérique ({exc}).") from exc
    hors = ~((valeurs >= 0) & (valeurs <= b))  # NaN counts as out of scale
    if hors.any():
        i, j = (int(k) for k in np.argwhere(hors)[0])
        raise SalesplanValueError(
            f"note de l'offre {show(notes.index[i])} sur {list(poids)[j]!r} : {show(valeurs[i, j])} "
            f"est hors du barème [0 ; {_lisible(Decimal(repr(b)))}]."
        )
    w = np.array([float(p) for p in poids.values()])
    totaux = valeurs @ w / w.sum()
    ordre = np.argsort(-totaux, kind="stable")
    tries = totaux[ordre]
    nouveau = np.concatenate(([True], (tries[:-1] - tries[1:]) > TOLERANCE_VECTORISE * b))
    debut_groupe = np.maximum.accumulate(np.where(nouveau, np.arange(len(tries)), 0))
    return pd.DataFrame(
        {"note pondérée": tries, "rang": debut_groupe + 1},
        index=notes.index[ordre],
    )


__all__ = ["ResultatGrille", "Sensibilite", "classer_vectorise", "comparer_offres", "notes_prix"]
