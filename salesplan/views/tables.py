"""One French table formatter: every figure of a table as a person reads it.

:func:`format_frame` turns a pandas DataFrame of library results (``Decimal``,
float, int, dates) into French strings through :mod:`salesplan.values`
(``1 234,56 €``, ``5,5 %``, ``17/03/2027``) and its snake_case headers into
French labels (``montant_ht`` → « montant HT »). The unit of a column comes
from ``unites`` or from its header: « (€) » gives euros, « % » a rate.
"""

from __future__ import annotations

import datetime as dt
import numbers
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from salesplan.errors import SalesplanTypeError, SalesplanValueError, show
from salesplan.optional import require
from salesplan.values import format_date, format_euros, format_number, format_percent

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

UNITES = ("€", "%", "nombre", "texte")
SIGLES = {"ht": "HT", "ttc": "TTC", "tva": "TVA", "ca": "CA", "bce": "BCE", "rfm": "RFM", "sav": "SAV", "pme": "PME"}


def libelle(nom: object) -> str:
    """A French header from a column name: ``montant_ht`` → « montant HT »; other names are kept.

    >>> libelle("taux_de_marque"), libelle("net_a_payer_ttc"), libelle("coût (€)")
    ('taux de marque', 'net a payer TTC', 'coût (€)')
    """
    texte = str(nom)
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+|[a-z0-9]+", texte):
        return texte
    return " ".join(SIGLES.get(mot, mot) for mot in texte.split("_"))


def _au_centime(valeurs: list[Any]) -> bool:
    """Every value is a Decimal written to the cent: an amount the library rounded."""
    remplies = [v for v in valeurs if v is not None and not (isinstance(v, float) and v != v)]
    return bool(remplies) and all(isinstance(v, Decimal) and v.as_tuple().exponent == -2 for v in remplies)


def _unite(colonne: str, unites: Mapping[str, str]) -> str:
    if colonne in unites:
        unite = unites[colonne]
        if unite not in UNITES:
            raise SalesplanValueError(f"unité de {show(colonne)} : {show(unite)} ; unités : {', '.join(UNITES)}.")
        return unite
    if "€" in colonne:
        return "€"
    if "%" in colonne or colonne.startswith("taux"):
        return "%"
    return "nombre"


def _cellule(valeur: Any, unite: str) -> str:
    if valeur is None or (isinstance(valeur, float) and valeur != valeur):
        return ""
    if isinstance(valeur, dt.date):
        return format_date(valeur)
    if isinstance(valeur, bool) or unite == "texte" or not isinstance(valeur, Decimal | numbers.Real):
        return str(valeur)
    nombre = (
        valeur
        if isinstance(valeur, Decimal)
        else int(valeur)
        if isinstance(valeur, numbers.Integral)
        else float(valeur)
    )
    if unite == "€":
        return format_euros(nombre)
    if unite == "%":
        return format_percent(nombre)
    return format_number(nombre)


def format_frame(df: pd.DataFrame, *, unites: Mapping[str, str] | None = None) -> pd.DataFrame:
    """A copy of ``df`` for display: French figures (text) and French headers.

    ``unites`` maps a column to « € », « % », « nombre » or « texte »; other
    columns take the unit their header says (« (€) », « % », « taux... »).

    >>> import pandas as pd
    >>> df = pd.DataFrame({"montant_ht": [Decimal("1234.5")], "taux_tva": [20]})
    >>> t = format_frame(df, unites={"montant_ht": "€"})
    >>> list(t.columns), t.iloc[0].tolist()
    (['montant HT', 'taux TVA'], ['1\u202f234,50\xa0€', '20\xa0%'])
    """
    pd = require("pandas")

    if not isinstance(df, pd.DataFrame):
        raise SalesplanTypeError(f"tableau : {show(df)} doit être un DataFrame pandas.")
    if unites is not None and not isinstance(unites, Mapping):
        raise SalesplanTypeError(f"unites : {show(unites)} doit associer une colonne à une unité.")
    choix = dict(unites or {})
    out = pd.DataFrame(index=df.index)
    for colonne in df.columns:
        valeurs = list(df[colonne])
        unite = _unite(str(colonne), choix)
        if unite == "nombre" and str(colonne) not in choix and _au_centime(valeurs):
            unite = "€"
        out[libelle(colonne)] = [_cellule(v, unite) for v in valeurs]
    out.index = pd.Index(
        [_cellule(v, "nombre") for v in df.index], name=libelle(df.index.name) if df.index.name else None
    )
    return out


__all__ = ["SIGLES", "UNITES", "format_frame", "libelle"]
