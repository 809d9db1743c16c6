"""Grille de comparaison des offres: worked example, ties, sensitivity, vectorised path."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salesplan.errors import SalesplanTypeError, SalesplanValueError
from salesplan.grille import classer_vectorise, comparer_offres, notes_prix

# Worked by hand (weights sum to 100, marks /20):
#   A: 40×16 + 30×12 + 20×14 + 10×10 = 1380 → 13,80
#   B: 40×12 + 30×16 + 20×12 + 10×14 = 1340 → 13,40
#   C: 40×14 + 30×14 + 20×10 + 10×12 = 1300 → 13,00
CRITERES = {"Prix": 40, "Qualité": 30, "Délai": 20, "SAV": 10}
NOTES = {
    "A": {"Prix": 16, "Qualité": 12, "Délai": 14, "SAV": 10},
    "B": {"Prix": 12, "Qualité": 16, "Délai": 12, "SAV": 14},
    "C": {"Prix": 14, "Qualité": 14, "Délai": 10, "SAV": 12},
}


def test_worked_example_totals_and_ranking() -> None:
    g = comparer_offres(CRITERES, NOTES)
    assert g.totaux() == {"A": Decimal("13.80"), "B": Decimal("13.40"), "C": Decimal("13.00")}
    assert g.classement() == [(1, "A", Decimal("13.80")), (2, "B", Decimal("13.40")), (3, "C", Decimal("13.00"))]
    assert g.gagnant() == "A"
    assert g.poids_pourcentage()["Prix"] == Decimal("40.00")


def test_worked_example_sensitivity() -> None:
    # Qualité, others fixed: A = 1020 + 12x, B = 860 + 16x, C = 880 + 14x.
    # B catches A at x = 160 / 4 = 40; C at 140 / 2 = 70 → 40, offer B.
    # Prix going down: A = 740 + 16x, B = 860 + 12x → x = 30; C = 740 + 14x ties only at x = 0.
    # SAV going up: A = 1280 + 10x, B = 1200 + 14x → x = 20. Délai: ties only at x = 0 → no change.
    sens = {s.critere: s for s in comparer_offres(CRITERES, NOTES).sensibilite()}
    assert (sens["Qualité"].seuil_hausse, sens["Qualité"].offre_hausse) == (Fraction(40), "B")
    assert sens["Qualité"].seuil_baisse is None
    assert (sens["Prix"].seuil_baisse, sens["Prix"].offre_baisse, sens["Prix"].seuil_hausse) == (
        Fraction(30),
        "B",
        None,
    )
    assert (sens["SAV"].seuil_hausse, sens["SAV"].offre_hausse) == (Fraction(20), "B")
    assert sens["Délai"].seuil_hausse is None and sens["Délai"].seuil_baisse is None
    assert "aucun changement possible" in sens["Délai"].expliquer()
    assert "40" in sens["Qualité"].expliquer() and "« B »" in sens["Qualité"].expliquer()


@pytest.mark.parametrize(
    ("poids", "gagnant", "rangs"), [("39", "A", [1, 2, 3]), ("40", "A", [1, 1, 3]), ("41", "B", [1, 2, 3])]
)
def test_the_quality_weight_flips_the_winner_at_exactly_40(poids: str, gagnant: str, rangs: list[int]) -> None:
    g = comparer_offres({**CRITERES, "Qualité": Decimal(poids)}, NOTES)
    assert g.gagnant() == gagnant
    assert [r for r, _, _ in g.classement()] == rangs


def test_ties_share_a_rank_and_keep_input_order() -> None:
    g = comparer_offres({"x": 1, "y": 1}, {"P": {"x": 10, "y": 10}, "Q": {"x": 12, "y": 8}, "R": {"x": 5, "y": 5}})
    assert g.classement() == [(1, "P", Decimal("10.00")), (1, "Q", Decimal("10.00")), (3, "R", Decimal("5.00"))]


def test_tied_leaders_change_at_the_current_weight() -> None:
    g = comparer_offres({"x": 1, "y": 1}, {"P": {"x": 10, "y": 10}, "Q": {"x": 12, "y": 8}})
    sens = g.sensibilite()[0]
    assert (sens.seuil_hausse, sens.offre_hausse) == (Fraction(1), "Q")


def test_weights_are_shown_as_percentages_rounded_for_display() -> None:
    g = comparer_offres({"a": 1, "b": 1, "c": 1}, {"O": {"a": 1, "b": 2, "c": 2}})
    assert g.poids_pourcentage() == {"a": Decimal("33.33"), "b": Decimal("33.33"), "c": Decimal("33.33")}
    assert g.total_exact("O") == Fraction(5, 3)
    assert g.totaux() == {"O": Decimal("1.67")}


def test_other_scale_and_decimal_marks() -> None:
    g = comparer_offres({"a": "2,5", "b": "7,5"}, {"O": {"a": "8,5", "b": 10}}, bareme=10)
    assert g.totaux() == {"O": Decimal("9.63")}  # (2.5 × 8.5 + 7.5 × 10) / 10 = 9.625 → 9.63 (half up)


def test_to_frame_has_french_columns() -> None:
    frame = comparer_offres(CRITERES, NOTES).to_frame()
    assert list(frame.index) == ["A", "B", "C"]
    assert "Prix (40\u00a0%)" in frame.columns
    assert list(frame["rang"]) == [1, 2, 3]
    assert frame.loc["B", "note pondérée /20"] == Decimal("13.40")


def test_vectorised_path_on_the_worked_example() -> None:
    frame = pd.DataFrame(NOTES).T
    out = classer_vectorise(frame, CRITERES)
    assert list(out.index) == ["A", "B", "C"]
    assert list(out["rang"]) == [1, 2, 3]
    assert out["note pondérée"].tolist() == pytest.approx([13.8, 13.4, 13.0])


@pytest.mark.parametrize(
    ("criteres", "notes", "fragment", "error"),
    [
        ({"Prix": -1}, {"A": {"Prix": 1}}, "-1", SalesplanValueError),
        ({"Prix": 0}, {"A": {"Prix": 1}}, "0", SalesplanValueError),
        ({"Prix": "beaucoup"}, {"A": {"Prix": 1}}, "beaucoup", SalesplanValueError),
        ({}, {"A": {"Prix": 1}}, "{}", SalesplanTypeError),
        ({"Prix": 1}, {"A": {"Prix": 21}}, "21", SalesplanValueError),
        ({"Prix": 1}, {"A": {"Prix": -2}}, "-2", SalesplanValueError),
        ({"Prix": 1}, {"A": {"Prox": 3}}, "Prox", SalesplanValueError),
        ({"Prix": 1, "SAV": 1}, {"A": {"Prix": 3}}, "SAV", SalesplanValueError),
        ({"Prix": 1}, {"A": [3]}, "[3]", SalesplanTypeError),
        ({"Prix": 1}, [], "[]", SalesplanTypeError),
        ({"Prix": 1}, {"A": {"Prix": True}}, "True", SalesplanTypeError),
    ],
)
def test_comparer_offres_bad_input(criteres: object, notes: object, fragment: str, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        comparer_offres(criteres, notes)  # type: ignore[arg-type]
    assert fragment in str(info.value)


def test_bad_scale_and_unknown_offer() -> None:
    with pytest.raises(SalesplanValueError, match="-20"):
        comparer_offres({"a": 1}, {"O": {"a": 1}}, bareme=-20)
    with pytest.raises(SalesplanValueError, match="'Z'"):
        comparer_offres({"a": 1}, {"O": {"a": 1}}).total_exact("Z")


def test_classer_vectorise_bad_input() -> None:
    with pytest.raises(SalesplanTypeError, match="liste"):
        classer_vectorise("liste", {"a": 1})  # type: ignore[arg-type]
    with pytest.raises(SalesplanValueError, match="'b'"):
        classer_vectorise(pd.DataFrame({"a": [1.0], "b": [2.0]}), {"a": 1})
    with pytest.raises(SalesplanValueError, match="'c'"):
        classer_vectorise(pd.DataFrame({"a": [1.0]}), {"a": 1, "c": 1})
    with pytest.raises(SalesplanValueError, match="25"):
        classer_vectorise(pd.DataFrame({"a": [1.0, 25.0]}, index=["O1", "O2"]), {"a": 1})
    with pytest.raises(SalesplanValueError, match="nan"):
        classer_vectorise(pd.DataFrame({"a": [float("nan")]}), {"a": 1})
    with pytest.raises(SalesplanTypeError, match="non numérique"):
        classer_vectorise(pd.DataFrame({"a": ["douze"]}), {"a": 1})
    with pytest.raises(SalesplanValueError, match="-3"):
        classer_vectorise(pd.DataFrame({"a": [1.0]}), {"a": -3})


# --- properties --------------------------------------------------------------

CODES = ["c1", "c2", "c3", "c4"]


Grille = tuple[dict[str, int], dict[str, dict[str, Decimal]]]  # weights by criterion, marks by offer
sur_150_grilles = settings(max_examples=150, deadline=None)


@st.composite
def grilles(draw: st.DrawFn) -> Grille:
    n_crit = draw(st.integers(1, 4))
    n_off = draw(st.integers(2, 5))
    criteres = {CODES[i]: draw(st.integers(1, 100)) for i in range(n_crit)}
    marks = st.integers(0, 200).map(lambda k: Decimal(k) / 10)
    notes = {f"O{j}": {c: draw(marks) for c in criteres} for j in range(n_off)}
    return criteres, notes


@sur_150_grilles
@given(grilles(), st.integers(1, 1000), st.integers(0, 3))
def test_ranking_is_invariant_when_all_weights_are_scaled(grille: Grille, num: int, decimales: int) -> None:
    criteres, notes = grille
    # An exact factor (num / 10^k): an inexact one would change the weights' ratios and could break exact ties.
    facteur = Decimal(num).scaleb(-decimales)
    avant = comparer_offres(criteres, notes).classement()
    apres = comparer_offres({c: w * facteur for c, w in criteres.items()}, notes).classement()
    assert [(r, o) for r, o, _ in avant] == [(r, o) for r, o, _ in apres]


@sur_150_grilles
@given(grilles())
def test_vectorised_and_exact_paths_agree_on_the_ranking(
    grille: Grille,
) -> None:
    criteres, notes = grille
    exact = {o: r for r, o, _ in comparer_offres(criteres, notes).classement()}
    frame = pd.DataFrame({o: {c: float(n) for c, n in ligne.items()} for o, ligne in notes.items()}).T
    vite = classer_vectorise(frame, criteres)
    assert {o: int(r) for o, r in vite["rang"].items()} == exact


@sur_150_grilles
@given(grilles())
def test_sensitivity_thresholds_really_change_the_winner(
    grille: Grille,
) -> None:
    criteres, notes = grille
    g = comparer_offres(criteres, notes)
    gagnant = g.gagnant()
    for s in g.sensibilite():
        if s.seuil_hausse is not None:
            au_dela = Decimal(int(s.seuil_hausse) + 1)
            assert comparer_offres({**criteres, s.critere: au_dela}, notes).gagnant() != gagnant
        if s.seuil_baisse is not None:
            en_dessous = Decimal(s.seuil_baisse.numerator) / Decimal(s.seuil_baisse.denominator) / 2
            assert comparer_offres({**criteres, s.critere: en_dessous}, notes).gagnant() != gagnant
        # Moving the weight inside the safe interval keeps the winner.
        haut = s.seuil_hausse if s.seuil_hausse is not None else Fraction(s.poids) * 2
        bas = s.seuil_baisse if s.seuil_baisse is not None else Fraction(0)
        if haut > Fraction(s.poids) + Fraction(1, 10**6):
            milieu = (Fraction(s.poids) + haut) / 2
            w = Decimal(milieu.numerator) / Decimal(milieu.denominator)
            assert comparer_offres({**criteres, s.critere: w}, notes).gagnant() == gagnant
        if Fraction(s.poids) - bas > Fraction(1, 10**6):
            milieu = (Fraction(s.poids) + bas) / 2
            w = Decimal(milieu.numerator) / Decimal(milieu.denominator)
            assert comparer_offres({**criteres, s.critere: w}, notes).gagnant() == gagnant


def test_price_marks_come_from_marches_publics_note_prix() -> None:
    # 10 000 / 12 500 × 20 = 16; the lowest price gets every point.
    notes = notes_prix({"A": 10_000, "B": "12 500"}, points=20)
    assert notes == {"A": Decimal("20.00"), "B": Decimal("16.00")}
    g = comparer_offres({"Prix": 60, "Qualité": 40}, {o: {"Prix": n, "Qualité": 10} for o, n in notes.items()})
    assert g.totaux() == {"A": Decimal("16.00"), "B": Decimal("13.60")}


def test_notes_prix_bad_input() -> None:
    with pytest.raises(SalesplanTypeError, match=r"\{\}"):
        notes_prix({})
    with pytest.raises(SalesplanValueError, match="'x'"):
        notes_prix({"A": "x"})
    with pytest.raises(SalesplanValueError, match="0"):
        notes_prix({"A": 0, "B": 10})
