"""Every legal or financial figure the course uses, in one dated table.

The table is data: ``salesplan/parametres.toml`` (inside the package, read
with :mod:`tomllib`, so it also works in Pyodide). Each value is keyed by the
day from which it applies and carries its source and the day the source was
last checked; a value fixed for a period also gives its last day (``fin``).
Numbers are exact ``Decimal``; yes/no rules are booleans, read with
:func:`regle`.
A function that depends on a figure takes a date and asks this table; a date
the table does not cover gets a clear French error instead of a guess.

References:
    * Code de commerce, art. L441-10 (payment terms, penalties) and D441-5
      (40 € indemnity) — legifrance.gouv.fr.
    * Code monétaire et financier, art. L313-2 and D313-1-A (legal interest).
    * Code de la commande publique, art. R2122-8, R2123-1, R2131-12, R2142-7;
      avis relatif aux seuils de procédure (2026-2027).
    * Décret 2008-1354 du 18 décembre 2008 (company categories).
    * CGI art. 278 to 281 nonies (VAT rates), recodified in the CIBS, book II,
      from 1 Sept 2026 by ordonnance 2025-1247 (same rules).
    * Code de la consommation, art. L221-3 (withdrawal right of small
      professionals).
    * Code du travail, art. L2311-2, L2315-61 (CSE).
    * Loi 2023-1322 de finances pour 2024, art. 91 (e-invoicing calendar).
    * Décret 2022-767 du 2 mai 2022 (CCP R2152-7: no price-only award from
      21 August 2026).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from salesplan.concepts import Catalogue, Concept
from salesplan.errors import SalesplanTypeError, SalesplanValueError, UnknownCodeError, show
from salesplan.optional import frame
from salesplan.values import format_date, to_date

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

FICHIER = Path(__file__).with_name("parametres.toml")
"""The data file (package data, next to this module)."""
OUI_NON = "oui/non"
DATE_DE_REFERENCE = dt.date(2026, 11, 26)
"""The course's « aujourd'hui »: the day the exercises are set (contracts signed, histories read,
thresholds and caps in force). Not a legal figure, but a date every bank must agree on: when the
course is reviewed, move it here (and nowhere else) to the review's day. Last reviewed 30/11/2026."""


@dataclass(frozen=True)
class Parametre:
    """One dated value of a legal or financial figure (a number, or a yes/no rule)."""

    code: str
    libelle: str
    valeur: Decimal | bool
    unite: str  # "%", "€", "jours", "salariés", "M€", "oui/non"
    debut: dt.date
    source: str
    fin: dt.date | None = None
    verifie_le: dt.date | None = None
    note: str = ""
    lacune: str = ""  # why no value is known between ``fin`` and the next start, if there is a gap


def _lire_periode(code: str, entete: dict[str, Any], debut: str, data: dict[str, Any]) -> Parametre:
    where = f"{FICHIER.name}, [{code}.valeurs.{debut!r}]"
    inconnus = set(data) - {"valeur", "fin", "source", "verifie_le", "note", "lacune"}
    if inconnus or "valeur" not in data or "source" not in data or "verifie_le" not in data:
        raise SalesplanValueError(
            f"{where} : champs attendus valeur, source, verifie_le (fin, note, lacune) ; lu {sorted(data)}"
        )
    brute = data["valeur"]
    if entete["unite"] == OUI_NON:
        if not isinstance(brute, bool):
            raise SalesplanValueError(f"{where} : une règle oui/non s'écrit true ou false, pas {brute!r}")
        valeur: Decimal | bool = brute
    else:
        try:
            valeur = Decimal(brute) if isinstance(brute, str) else Decimal("NaN")
        except InvalidOperation:
            valeur = Decimal("NaN")
        if not valeur.is_finite():
            raise SalesplanValueError(f'{where} : un nombre s\'écrit en texte, par exemple "5.5" ; lu {brute!r}')
    return Parametre(
        code,
        entete["libelle"],
        valeur,
        entete["unite"],
        dt.date.fromisoformat(debut),
        data["source"],
        fin=data.get("fin"),
        verifie_le=data["verifie_le"],
        note=data.get("note", ""),
        lacune=data.get("lacune", ""),
    )


def lire_table(texte: str) -> tuple[Parametre, ...]:
    """Every row of a TOML table in the format of ``parametres.toml``, in file order, oldest first per code."""
    if not isinstance(texte, str):
        raise SalesplanTypeError(f"table : {show(texte)} doit être le texte d'un fichier TOML.")
    try:
        table = tomllib.loads(texte)
    except tomllib.TOMLDecodeError as exc:
        raise SalesplanValueError(f"table : le texte n'est pas du TOML lisible ({exc}).") from exc
    rows: list[Parametre] = []
    for code, entete in table.items():
        if not isinstance(entete, dict) or not all(isinstance(entete.get(k), str) for k in ("libelle", "unite")):
            raise SalesplanValueError(f"{FICHIER.name}, [{code}] : libelle et unite (textes) sont attendus")
        periodes = entete.get("valeurs", {})
        if not isinstance(periodes, dict) or not all(isinstance(v, dict) for v in periodes.values()):
            raise SalesplanValueError(f"{FICHIER.name}, [{code}.valeurs] : une table de périodes datées est attendue")
        if not periodes:
            raise SalesplanValueError(f"{FICHIER.name}, [{code}] : aucune valeur datée")
        for debut in sorted(periodes):
            rows.append(_lire_periode(code, entete, debut, periodes[debut]))
    return tuple(rows)


TABLE: tuple[Parametre, ...] = lire_table(FICHIER.read_text(encoding="utf-8"))

PARAMETRES = Catalogue(
    "paramètre légal",
    tuple(
        Concept(code, rows[-1].libelle, rows[-1].libelle, "", rows[-1].source)
        for code, rows in {p.code: [q for q in TABLE if q.code == p.code] for p in TABLE}.items()
    ),
)


def historique(code: str) -> tuple[Parametre, ...]:
    """Every dated value of one figure, oldest first."""
    PARAMETRES.get(code)  # unknown code: French error with a suggestion
    return tuple(sorted((p for p in TABLE if p.code == code), key=lambda p: p.debut))


def _fin(rows: tuple[Parametre, ...], index: int) -> dt.date | None:
    """The last day of a period: its ``fin``, else the day before the next start."""
    row = rows[index]
    if row.fin is not None or index + 1 == len(rows):
        return row.fin
    return rows[index + 1].debut - dt.timedelta(days=1)


def parametre(code: str, *, date: object = None) -> Parametre:
    """The row of ``code`` that applies on ``date`` (default: today).

    Raises a French error when the table does not know the value for that
    date (a half-year whose legal interest rate is not yet recorded, say).
    """
    day = dt.date.today() if date is None else to_date(date)
    rows = historique(code)
    for index in reversed(range(len(rows))):
        fin = _fin(rows, index)
        if rows[index].debut <= day and (fin is None or day <= fin):
            return rows[index]
    known = ", ".join(f"du {format_date(r.debut)}" + (f" au {format_date(r.fin)}" if r.fin else "") for r in rows)
    raise UnknownCodeError(
        f"{rows[0].libelle} : aucune valeur connue au {format_date(day)} (valeurs connues : {known}). "
        "Donnez la valeur en paramètre ou complétez la table salesplan/parametres.toml."
    )


def valeur(code: str, *, date: object = None) -> Decimal:
    """The value of ``code`` on ``date`` (default: today); a yes/no rule is read with :func:`regle`."""
    row = parametre(code, date=date)
    if isinstance(row.valeur, bool):
        raise SalesplanTypeError(f"{row.libelle} : règle oui/non ; lisez-la avec parametres.regle({code!r}).")
    return row.valeur


def regle(code: str, *, date: object = None) -> bool:
    """Whether the yes/no rule ``code`` applies on ``date`` (default: today)."""
    row = parametre(code, date=date)
    if not isinstance(row.valeur, bool):
        raise SalesplanTypeError(f"{row.libelle} : valeur chiffrée ; lisez-la avec parametres.valeur({code!r}).")
    return row.valeur


def to_frame() -> pd.DataFrame:
    """The whole table as a pandas DataFrame (imported only when called)."""
    return frame(
        [
            {
                "code": p.code,
                "libellé": p.libelle,
                "valeur": ("oui" if p.valeur else "non") if isinstance(p.valeur, bool) else p.valeur,
                "unité": p.unite,
                "depuis": p.debut,
                "jusqu'au": p.fin,
                "source": p.source,
                "vérifié le": p.verifie_le,
            }
            for p in TABLE
        ]
    )


__all__ = [
    "FICHIER",
    "OUI_NON",
    "PARAMETRES",
    "TABLE",
    "Parametre",
    "historique",
    "lire_table",
    "parametre",
    "regle",
    "to_frame",
    "valeur",
]
