"""Lead scoring : noter les prospects pour passer de MQL à SQL.

Two families of points, declared as plain data in :class:`ReglesScoring`:

* explicit points (profil) — the prospect's job, sector, zone (``categories``)
  and size brackets: headcount, turnover (``tranches``);
* implicit points (comportement) — each tracked action (e-mail opened, white
  paper downloaded, webinar, demo request...) is worth points per occurrence,
  counted up to a cap (``plafonds``).

Total = explicite + implicite. Statut : « froid » below ``seuil_mql``,
« MQL » (marketing qualified lead) from ``seuil_mql``, « SQL » (sales qualified
lead, handed to a salesperson) from ``seuil_sql``. Points are whole numbers
(no money here). A missing field or an empty value scores 0 (« non renseigné »);
an unknown field or value is refused with a French message.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from salesplan.concepts import Catalogue, Concept
from salesplan.errors import SalesplanTypeError, SalesplanValueError, UnknownCodeError, show
from salesplan.optional import require
from salesplan.values import to_count, to_decimal, to_items

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

STATUTS = ("froid", "MQL", "SQL")


def _figer(data: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(data))


@dataclass(frozen=True)
class ReglesScoring:
    """A scoring grid as data.

    ``categories``: critère → {valeur: points}; ``tranches``: critère →
    ((borne basse, points), ...) in increasing order (a value gets the points
    of the highest bound it reaches, 0 below the first); ``comportements``:
    action → points per occurrence; ``plafonds``: action → maximum number of
    occurrences counted (no cap when absent); ``libelles``: code (criterion,
    action or category value) → French label, for what a person reads.
    """

    categories: Mapping[str, Mapping[str, int]]
    tranches: Mapping[str, tuple[tuple[int, int], ...]]
    comportements: Mapping[str, int]
    seuil_mql: int
    seuil_sql: int
    plafonds: Mapping[str, int] = field(default_factory=dict)
    libelles: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.seuil_mql, int) or not isinstance(self.seuil_sql, int):
            raise SalesplanTypeError(f"seuils : {show(self.seuil_mql)} et {show(self.seuil_sql)} doivent être entiers.")
        if self.seuil_mql > self.seuil_sql:
            raise SalesplanValueError(
                f"seuils : le seuil MQL {show(self.seuil_mql)} dépasse le seuil SQL {show(self.seuil_sql)}."
            )
        for critere, bornes in self.tranches.items():
            basses = [b for b, _ in bornes]
            if not basses or basses != sorted(set(basses)):
                raise SalesplanValueError(f"tranches de {critere!r} : {show(bornes)} doivent être croissantes.")
        for action in self.plafonds:
            if action not in self.comportements:
                raise SalesplanValueError(f"plafond pour une action inconnue : {show(action)}.")
        communs = set(self.categories) & set(self.tranches) | (set(self.categories) | set(self.tranches)) & set(
            self.comportements
        )
        if communs:
            raise SalesplanValueError(f"critère déclaré deux fois : {show(sorted(communs)[0])}.")
        object.__setattr__(self, "categories", _figer({k: _figer(v) for k, v in self.categories.items()}))
        object.__setattr__(self, "tranches", _figer({k: tuple(v) for k, v in self.tranches.items()}))
        object.__setattr__(self, "comportements", _figer(self.comportements))
        object.__setattr__(self, "plafonds", _figer(self.plafonds))
        object.__setattr__(self, "libelles", _figer(self.libelles))

    def libelle(self, code: str) -> str:
        """The French label of a criterion, action or value code (the code, spaced, when the grid has none).

        >>> REGLES_BUREAUTIK_PRO.libelle("demande_demo"), REGLES_BUREAUTIK_PRO.libelle("architecture")
        ('Démonstration demandée', 'Architecture')
        """
        return self.libelles.get(code, code.replace("_", " "))

    def champs(self) -> tuple[str, ...]:
        """Every field the rules read: profile first, then behaviour."""
        return (*self.categories, *self.tranches, *self.comportements)

    def statut(self, total: int) -> str:
        """« froid », « MQL » or « SQL » for a total score."""
        if isinstance(total, bool) or not isinstance(total, int):
            raise SalesplanTypeError(f"score total : {show(total)} doit être un nombre entier de points.")
        if total >= self.seuil_sql:
            return "SQL"
        return "MQL" if total >= self.seuil_mql else "froid"


#: Bureautik Pro (Lyon PME: copieurs, mobilier, fournitures et services aux entreprises).
REGLES_BUREAUTIK_PRO = ReglesScoring(
    categories={
        "fonction": {
            "dirigeant": 20,
            "directeur_achats": 20,
            "responsable_services_generaux": 15,
            "directeur_administratif_financier": 15,
            "office_manager": 10,
            "assistant_direction": 5,
            "autre": 0,
            "etudiant": -20,
        },
        "secteur": {
            "cabinet_comptable": 15,
            "cabinet_avocats": 15,
            "sante": 10,
            "immobilier": 10,
            "industrie": 5,
            "commerce": 5,
            "association": 0,
            "concurrent": -50,
            "architecture": 15,  # the architects' firms of the Bureautik Pro case study
        },
        "zone": {"metropole_lyon": 15, "rhone": 10, "auvergne_rhone_alpes": 5, "hors_region": 0},
    },
    tranches={
        "effectif": ((0, 0), (10, 10), (50, 20), (250, 10)),
        "chiffre_affaires": ((0, 0), (500_000, 5), (2_000_000, 10), (10_000_000, 15)),
    },
    comportements={
        "email_ouvert": 2,
        "clic_email": 3,
        "livre_blanc": 10,
        "webinaire": 15,
        "visite_tarifs": 5,
        "demande_demo": 30,
        "desabonnement": -20,
    },
    plafonds={
        "email_ouvert": 5,
        "clic_email": 5,
        "livre_blanc": 2,
        "webinaire": 2,
        "visite_tarifs": 3,
        "demande_demo": 1,
        "desabonnement": 1,
    },
    seuil_mql=40,
    seuil_sql=80,
    libelles={
        "fonction": "Fonction du contact",
        "secteur": "Secteur",
        "zone": "Zone",
        "effectif": "Effectif",
        "chiffre_affaires": "Chiffre d'affaires",
        "dirigeant": "Dirigeant",
        "directeur_achats": "Directeur des achats",
        "responsable_services_generaux": "Responsable des services généraux",
        "directeur_administratif_financier": "Directeur administratif et financier",
        "office_manager": "Office manager",
        "assistant_direction": "Assistant de direction",
        "autre": "Autre",
        "etudiant": "Étudiant",
        "cabinet_comptable": "Cabinet comptable",
        "cabinet_avocats": "Cabinet d'avocats",
        "sante": "Santé",
        "immobilier": "Immobilier",
        "industrie": "Industrie",
        "commerce": "Commerce",
        "association": "Association",
        "concurrent": "Concurrent",
        "architecture": "Architecture",
        "metropole_lyon": "Métropole de Lyon",
        "rhone": "Rhône",
        "auvergne_rhone_alpes": "Auvergne-Rhône-Alpes",
        "hors_region": "Hors région",
        "email_ouvert": "Courriels ouverts",
        "clic_email": "Clics dans un courriel",
        "livre_blanc": "Livres blancs téléchargés",
        "webinaire": "Webinaires suivis",
        "visite_tarifs": "Visites de la page tarifs",
        "demande_demo": "Démonstration demandée",
        "desabonnement": "Désabonnement",
    },
)


@dataclass(frozen=True)
class ScoreProspect:
    """The score of one prospect: both parts, the total, the status and the points of each field."""

    explicite: int
    implicite: int
    total: int
    statut: str
    detail: Mapping[str, int]
    libelles: Mapping[str, str] = field(default_factory=dict)

    def expliquer(self) -> str:
        """A French summary with the grid's labels: « 30 (profil) + 20 (comportement) = 50 points : MQL — ... ».

        >>> print(score_prospect({"fonction": "dirigeant", "demande_demo": 1}).expliquer())
        20 (profil) + 30 (comportement) = 50 points : MQL — fonction du contact +20, démonstration demandée +30.
        """
        lignes = ", ".join(f"{self._libelle(k)} {v:+d}" for k, v in self.detail.items() if v)
        return f"{self.explicite} (profil) + {self.implicite} (comportement) = {self.total} points : {self.statut}" + (
            f" — {lignes}." if lignes else "."
        )

    def _libelle(self, code: str) -> str:
        texte = self.libelles.get(code, code.replace("_", " "))
        return texte[:1].lower() + texte[1:]


def _manquant(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def _regles(regles: object) -> ReglesScoring:
    if not isinstance(regles, ReglesScoring):
        raise SalesplanTypeError(f"règles : {show(regles)} doit être un ReglesScoring (ex. REGLES_BUREAUTIK_PRO).")
    return regles


def _ignorer(ignorer: object) -> tuple[str, ...]:
    """The fields to leave out: a list of names (a lone text would be read letter by letter: refused)."""
    if isinstance(ignorer, str):
        raise SalesplanTypeError(
            f"ignorer : {show(ignorer)} est un texte ; donnez une liste de noms de champs, "
            f"par exemple ignorer=({ignorer[:40]!r},)."
        )
    noms = to_items(ignorer, name="ignorer")
    for nom in noms:
        if not isinstance(nom, str):
            raise SalesplanTypeError(f"ignorer : {show(nom)} n'est pas un nom de champ (texte).")
    return tuple(str(nom) for nom in noms)


def _verifier_champs(noms: Iterable[object], regles: ReglesScoring, ignorer: Iterable[str]) -> None:
    connus = set(regles.champs()) | set(ignorer)
    for nom in noms:
        if nom not in connus:
            raise UnknownCodeError(
                f"lead scoring : champ inconnu {show(nom)} ; champs connus : {', '.join(regles.champs())} "
                "(passez ignorer=(...) pour les colonnes à ne pas noter)."
            )


def _valeur_categorie(critere: str, valeur: object, regles: ReglesScoring) -> str:
    """The code of a category value: exact, or folded (accents, case), else an error suggesting one."""
    if not isinstance(valeur, str):
        raise SalesplanTypeError(f"{critere} : {show(valeur)} doit être un texte.")
    options = regles.categories[critere]
    if valeur in options:
        return valeur
    catalogue = Catalogue(critere, tuple(Concept(o, o, "", "") for o in options))
    return catalogue.get(valeur).code


def _points_tranche(critere: str, valeur: object, bornes: tuple[tuple[int, int], ...]) -> int:
    nombre = to_decimal(valeur, name=critere)
    if nombre < 0:
        raise SalesplanValueError(f"{critere} : {show(valeur)} est négatif.")
    points = 0
    for borne, pts in bornes:
        if nombre >= borne:
            points = pts
    return points


def score_prospect(
    prospect: Mapping[str, object], regles: ReglesScoring = REGLES_BUREAUTIK_PRO, *, ignorer: Iterable[str] = ()
) -> ScoreProspect:
    """Score d'un prospect (lead scoring) = points explicites (profil) + points implicites (comportement).

    Points implicites d'une action = points × min(nombre d'occurrences, plafond).

    >>> s = score_prospect({"fonction": "dirigeant", "effectif": 12, "livre_blanc": 1, "email_ouvert": 9})
    >>> (s.explicite, s.implicite, s.total, s.statut)
    (30, 20, 50, 'MQL')
    """
    regles = _regles(regles)
    if not isinstance(prospect, Mapping):
        raise SalesplanTypeError(f"prospect : {show(prospect)} doit être un dictionnaire champ → valeur.")
    _verifier_champs(prospect, regles, _ignorer(ignorer))
    detail: dict[str, int] = {}
    for critere, options in regles.categories.items():
        valeur = prospect.get(critere)
        detail[critere] = 0 if _manquant(valeur) else options[_valeur_categorie(critere, valeur, regles)]
    for critere, bornes in regles.tranches.items():
        valeur = prospect.get(critere)
        detail[critere] = 0 if _manquant(valeur) else _points_tranche(critere, valeur, bornes)
    explicite = sum(detail.values())
    for action, points in regles.comportements.items():
        valeur = prospect.get(action)
        fois = 0 if _manquant(valeur) else to_count(valeur, name=action)
        if action in regles.plafonds:
            fois = min(fois, regles.plafonds[action])
        detail[action] = points * fois
    total = sum(detail.values())
    return ScoreProspect(
        explicite, total - explicite, total, regles.statut(total), MappingProxyType(detail), regles.libelles
    )


def scorer_fichier(
    df: pd.DataFrame, regles: ReglesScoring = REGLES_BUREAUTIK_PRO, *, ignorer: Iterable[str] = ()
) -> pd.DataFrame:
    """Score a whole prospect file at once (vectorised; same rules as :func:`score_prospect`).

    Returns a copy of ``df`` with four more columns: « score explicite »,
    « score implicite », « score total » and « statut » (categorical froid <
    MQL < SQL). Empty cells (NaN, None) score 0.
    """
    np = require("numpy")
    pd = require("pandas")

    regles = _regles(regles)
    if not isinstance(df, pd.DataFrame):
        raise SalesplanTypeError(f"fichier : {show(df)} doit être un DataFrame pandas.")
    _verifier_champs(df.columns, regles, _ignorer(ignorer))
    n = len(df)
    explicite = np.zeros(n, dtype=np.int64)
    implicite = np.zeros(n, dtype=np.int64)
    for critere, options in regles.categories.items():
        if critere not in df.columns:
            continue
        codes, uniques = pd.factorize(df[critere], use_na_sentinel=True)
        table = np.array([options[_valeur_categorie(critere, u, regles)] for u in uniques] + [0], dtype=np.int64)
        explicite += table[codes]  # code -1 (empty cell) reads the trailing 0
    for critere, bornes in regles.tranches.items():
        if critere in df.columns:
            valeurs = _colonne_numerique(df, critere)
            if (valeurs < 0).any():
                raise SalesplanValueError(f"{critere} : {show(valeurs[valeurs < 0][0])} est négatif.")
            bas = np.array([b for b, _ in bornes], dtype=float)
            pts = np.array([0] + [p for _, p in bornes], dtype=np.int64)
            idx = np.searchsorted(bas, np.nan_to_num(valeurs, nan=-1.0), side="right")
            explicite += np.where(np.isnan(valeurs), 0, pts[idx])
    for action, points in regles.comportements.items():
        if action in df.columns:
            valeurs = np.nan_to_num(_colonne_numerique(df, action), nan=0.0)
            mauvais = (valeurs < 0) | (valeurs != np.floor(valeurs))
            if mauvais.any():
                raise SalesplanValueError(f"{action} : {show(valeurs[mauvais][0])} n'est pas un nombre entier positif.")
            if action in regles.plafonds:
                valeurs = np.minimum(valeurs, regles.plafonds[action])
            implicite += valeurs.astype(np.int64) * points
    total = explicite + implicite
    niveau = (total >= regles.seuil_mql).astype(np.int8) + (total >= regles.seuil_sql).astype(np.int8)
    out = df.copy()
    out["score explicite"] = explicite
    out["score implicite"] = implicite
    out["score total"] = total
    out["statut"] = pd.Categorical.from_codes(niveau, categories=list(STATUTS), ordered=True)
    return out


def _colonne_numerique(df: pd.DataFrame, nom: str) -> Any:
    """A column as floats (NaN when empty); text cells are read like :func:`score_prospect` reads them."""
    np = require("numpy")
    pd = require("pandas")

    colonne = df[nom]
    if pd.api.types.is_bool_dtype(colonne):
        raise SalesplanTypeError(f"{nom} : {show(colonne.iloc[0])} est un booléen, un nombre est attendu.")
    if pd.api.types.is_numeric_dtype(colonne):
        return colonne.to_numpy(dtype=float, na_value=np.nan)
    codes, uniques = pd.factorize(colonne, use_na_sentinel=True)
    table = np.array([float(to_decimal(u, name=nom)) for u in uniques] + [np.nan])
    return table[codes]


__all__ = ["REGLES_BUREAUTIK_PRO", "STATUTS", "ReglesScoring", "ScoreProspect", "score_prospect", "scorer_fichier"]
