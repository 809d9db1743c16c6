"""Lead scoring: a prospect scored by hand, thresholds, the vectorised file path."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salesplan.errors import SalesplanTypeError, SalesplanValueError, UnknownCodeError
from salesplan.lead_scoring import REGLES_BUREAUTIK_PRO, ReglesScoring, score_prospect, scorer_fichier

# By hand with the Bureautik Pro rules:
#   profil: directeur_achats 20 + cabinet_comptable 15 + metropole_lyon 15 + effectif 45 (≥ 10) 10
#           + CA 3 500 000 (≥ 2 000 000) 10 = 70
#   comportement: 7 e-mails ouverts, capped at 5 × 2 = 10; 1 livre blanc 10; 1 webinaire 15;
#           4 visites tarifs capped at 3 × 5 = 15; 1 demande de démo 30 = 80
#   total 150 ≥ 80 → SQL
CLAIRE = {
    "fonction": "directeur_achats",
    "secteur": "cabinet_comptable",
    "zone": "metropole_lyon",
    "effectif": 45,
    "chiffre_affaires": 3_500_000,
    "email_ouvert": 7,
    "livre_blanc": 1,
    "webinaire": 1,
    "visite_tarifs": 4,
    "demande_demo": 1,
}


def test_prospect_scored_by_hand() -> None:
    s = score_prospect(CLAIRE)
    assert (s.explicite, s.implicite, s.total, s.statut) == (70, 80, 150, "SQL")
    assert s.detail["email_ouvert"] == 10 and s.detail["visite_tarifs"] == 15 and s.detail["effectif"] == 10
    assert s.expliquer().startswith("70 (profil) + 80 (comportement) = 150 points : SQL")


@pytest.mark.parametrize(
    ("prospect", "total", "statut"),
    [
        ({"fonction": "dirigeant", "zone": "rhone", "effectif": 9, "livre_blanc": 1}, 40, "MQL"),  # 20+10+0+10
        ({"fonction": "dirigeant", "zone": "rhone", "effectif": 9, "email_ouvert": 4}, 38, "froid"),  # 20+10+8
        ({"fonction": "dirigeant", "effectif": 50, "demande_demo": 3, "webinaire": 1}, 85, "SQL"),  # 20+20+30+15
        ({"secteur": "concurrent", "desabonnement": 1, "effectif": 300}, -60, "froid"),  # -50+10-20
        ({}, 0, "froid"),
    ],
)
def test_thresholds_and_caps(prospect: dict[str, object], total: int, statut: str) -> None:
    s = score_prospect(prospect)
    assert (s.total, s.statut) == (total, statut)


def test_exactly_at_the_sql_threshold() -> None:
    # dirigeant 20 + cabinet_avocats 15 + metropole_lyon 15 + effectif 50 → 20, + 5 e-mails × 2 = 80 → SQL (included)
    p = {"fonction": "dirigeant", "secteur": "cabinet_avocats", "zone": "metropole_lyon", "effectif": 50}
    assert (score_prospect({**p, "email_ouvert": 5}).total, score_prospect({**p, "email_ouvert": 5}).statut) == (
        80,
        "SQL",
    )
    # secteur sante is worth 10, not 15: 75 → MQL
    assert score_prospect({**p, "secteur": "sante", "email_ouvert": 5}).statut == "MQL"


def test_values_are_matched_without_accents_or_case_and_empty_is_zero() -> None:
    s = score_prospect({"fonction": "Directeur achats", "secteur": None, "effectif": float("nan")}, ignorer=("nom",))
    assert s.total == 20 and s.detail["secteur"] == 0
    assert score_prospect({"nom": "Durand", "fonction": "dirigeant"}, ignorer=("nom",)).total == 20


def test_custom_rules() -> None:
    regles = ReglesScoring(
        categories={"poste": {"acheteur": 5}}, tranches={}, comportements={"appel": 7}, seuil_mql=5, seuil_sql=12
    )
    assert score_prospect({"poste": "acheteur", "appel": 1}, regles).statut == "SQL"
    assert regles.champs() == ("poste", "appel")


@pytest.mark.parametrize(
    ("prospect", "error", "fragment"),
    [
        ({"fonctoin": "dirigeant"}, UnknownCodeError, "'fonctoin'"),
        ({"fonction": "directeur achat"}, UnknownCodeError, "directeur_achats"),
        ({"fonction": 3}, SalesplanTypeError, "3"),
        ({"effectif": -4}, SalesplanValueError, "-4"),
        ({"effectif": "beaucoup"}, SalesplanValueError, "beaucoup"),
        ({"email_ouvert": 2.5}, SalesplanValueError, "2.5"),
        ({"webinaire": -1}, SalesplanValueError, "-1"),
        ({"webinaire": True}, SalesplanTypeError, "True"),
    ],
)
def test_score_prospect_bad_input(prospect: dict[str, object], error: type[Exception], fragment: str) -> None:
    with pytest.raises(error) as info:
        score_prospect(prospect)
    assert fragment in str(info.value)


def test_score_prospect_bad_containers() -> None:
    with pytest.raises(SalesplanTypeError, match="liste"):
        score_prospect(["liste"])  # type: ignore[arg-type]
    with pytest.raises(SalesplanTypeError, match="'règles'"):
        score_prospect({}, "règles")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"seuil_mql": 90, "seuil_sql": 80}, "90"),
        ({"tranches": {"effectif": ((10, 1), (0, 2))}}, "effectif"),
        ({"plafonds": {"appel": 2}}, "'appel'"),
        ({"comportements": {"effectif": 1}}, "'effectif'"),
    ],
)
def test_bad_rules(kwargs: dict[str, object], fragment: str) -> None:
    base: dict[str, object] = {
        "categories": {},
        "tranches": {"effectif": ((0, 1),)},
        "comportements": {},
        "seuil_mql": 1,
        "seuil_sql": 2,
    }
    with pytest.raises(SalesplanValueError) as info:
        ReglesScoring(**{**base, **kwargs})  # type: ignore[arg-type]
    assert fragment in str(info.value)


def test_rules_thresholds_must_be_ints() -> None:
    with pytest.raises(SalesplanTypeError, match=r"40\.5"):
        ReglesScoring(categories={}, tranches={}, comportements={}, seuil_mql=40.5, seuil_sql=80)  # type: ignore[arg-type]


def test_rules_are_frozen() -> None:
    with pytest.raises(TypeError):
        REGLES_BUREAUTIK_PRO.comportements["email_ouvert"] = 100  # type: ignore[index]


def test_scorer_fichier_adds_french_columns_and_keeps_the_input() -> None:
    df = pd.DataFrame([CLAIRE, {"fonction": "etudiant", "email_ouvert": 1}], index=["p1", "p2"])
    out = scorer_fichier(df)
    assert list(out["score total"]) == [150, -18]
    assert list(out["statut"].astype(str)) == ["SQL", "froid"]
    assert list(out["score explicite"]) == [70, -20]
    assert "score total" not in df.columns


def test_scorer_fichier_bad_input() -> None:
    with pytest.raises(SalesplanTypeError, match="'fichier'"):
        scorer_fichier("fichier")  # type: ignore[arg-type]
    with pytest.raises(UnknownCodeError, match="'courriel'"):
        scorer_fichier(pd.DataFrame({"courriel": ["a@b.fr"]}))
    assert len(scorer_fichier(pd.DataFrame({"courriel": ["a@b.fr"]}), ignorer=["courriel"])) == 1
    with pytest.raises(UnknownCodeError, match="'pilote'"):
        scorer_fichier(pd.DataFrame({"fonction": ["dirigeant", "pilote"]}))
    with pytest.raises(SalesplanValueError, match="-3"):
        scorer_fichier(pd.DataFrame({"email_ouvert": [1, -3]}))
    with pytest.raises(SalesplanValueError, match=r"1\.5"):
        scorer_fichier(pd.DataFrame({"email_ouvert": [1.5]}))
    with pytest.raises(SalesplanValueError, match="-10"):
        scorer_fichier(pd.DataFrame({"effectif": [-10.0]}))
    with pytest.raises(SalesplanValueError, match="'dix'"):
        scorer_fichier(pd.DataFrame({"effectif": ["dix"]}))
    with pytest.raises(SalesplanTypeError, match="True"):
        scorer_fichier(pd.DataFrame({"webinaire": [True]}))
    with pytest.raises(SalesplanTypeError, match="'règles'"):
        scorer_fichier(pd.DataFrame(), "règles")  # type: ignore[arg-type]


def _maybe(values: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.one_of(st.none(), values)


prospects = st.fixed_dictionaries(
    {
        "fonction": _maybe(st.sampled_from(list(REGLES_BUREAUTIK_PRO.categories["fonction"]))),
        "secteur": _maybe(st.sampled_from(list(REGLES_BUREAUTIK_PRO.categories["secteur"]))),
        "zone": st.sampled_from(list(REGLES_BUREAUTIK_PRO.categories["zone"])),
        "effectif": _maybe(st.integers(0, 6000)),
        "chiffre_affaires": st.integers(0, 50_000_000),
        **{a: st.integers(0, 12) for a in REGLES_BUREAUTIK_PRO.comportements},
    }
)


@settings(max_examples=60, deadline=None)
@given(st.lists(prospects, min_size=1, max_size=20))
def test_scorer_fichier_agrees_with_score_prospect_row_by_row(rows: list[dict[str, object]]) -> None:
    out = scorer_fichier(pd.DataFrame(rows))
    for i, row in enumerate(rows):
        s = score_prospect(row)
        assert (out["score explicite"].iloc[i], out["score implicite"].iloc[i]) == (s.explicite, s.implicite)
        assert out["score total"].iloc[i] == s.total
        assert str(out["statut"].iloc[i]) == s.statut


def test_explanation_reads_the_french_labels_of_the_grid() -> None:
    """Worked example (Claire, above): every criterion by its label, never by its code."""
    assert score_prospect(CLAIRE).expliquer() == (
        "70 (profil) + 80 (comportement) = 150 points : SQL — fonction du contact +20, secteur +15, zone +15, "
        "effectif +10, chiffre d'affaires +10, courriels ouverts +10, livres blancs téléchargés +10, "
        "webinaires suivis +15, visites de la page tarifs +15, démonstration demandée +30."
    )
    grille = dataclasses.replace(REGLES_BUREAUTIK_PRO, libelles={})
    assert "chiffre affaires +10" in score_prospect(CLAIRE, grille).expliquer()  # no label: the code, spaced


def test_the_architects_sector_of_the_case_study_is_in_the_grid() -> None:
    assert REGLES_BUREAUTIK_PRO.categories["secteur"]["architecture"] == 15
    codes = {*REGLES_BUREAUTIK_PRO.champs(), *(v for c in REGLES_BUREAUTIK_PRO.categories.values() for v in c)}
    assert codes == set(REGLES_BUREAUTIK_PRO.libelles)
