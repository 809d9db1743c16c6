"""Escompte bancaire d'un effet de commerce : escompte, agios, valeur nette, taux réel."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, localcontext

from salesplan import parametres
from salesplan.errors import SalesplanTypeError, SalesplanValueError, show
from salesplan.financement._base import (
    _TWO_PLACES,
    JOURS_ANNEE_COMMERCIALE,
    JOURS_DE_BANQUE_MAX,
    PRECISION,
    _capital,
    _centimes,
    _round,
)
from salesplan.values import (
    HUNDRED,
    format_date,
    format_euros,
    format_percent,
    percent,
    plural,
    round_cent,
    to_count,
    to_date,
    to_rate,
)

# --- escompte d'un effet de commerce ---------------------------------------


@dataclass(frozen=True)
class EscompteEffet:
    """Négociation (escompte) d'un effet de commerce auprès de la banque."""

    valeur_nominale: Decimal
    taux: Decimal
    date_negociation: dt.date
    date_echeance: dt.date
    jours_de_banque: int
    nombre_de_jours: int
    escompte: Decimal
    commissions: Decimal
    tva_commissions: Decimal
    agios: Decimal
    valeur_nette: Decimal
    taux_reel: Decimal

    def expliquer(self) -> str:
        """French explanation, step by step."""
        jours = (self.date_echeance - self.date_negociation).days
        tva = f" + TVA sur commissions {format_euros(self.tva_commissions)}" if self.tva_commissions else ""
        return "\n".join(
            [
                f"Durée : du {format_date(self.date_negociation)} au {format_date(self.date_echeance)} = {jours} jours"
                f" + {plural(self.jours_de_banque, 'jour')} de banque = {self.nombre_de_jours} jours.",
                f"Escompte = V × t × n / 36 000 = {format_euros(self.valeur_nominale)} × "
                f"{format_percent(self.taux)} × {self.nombre_de_jours} / 360 = {format_euros(self.escompte)}.",
                f"Agios = escompte + commissions {format_euros(self.commissions)}{tva} = {format_euros(self.agios)}.",
                f"Valeur nette = {format_euros(self.valeur_nominale)} − {format_euros(self.agios)} = "
                f"{format_euros(self.valeur_nette)}.",
                f"Taux réel = agios × 36 000 / (V × n) = {format_percent(self.taux_reel)}.",
            ]
        )


def escompte_effet(
    valeur_nominale: object,
    taux: object,
    date_negociation: object,
    date_echeance: object,
    *,
    jours_de_banque: object = 0,
    commissions: object = 0,
    tva_sur_commissions: bool = False,
) -> EscompteEffet:
    """Escompte bancaire d'un effet de commerce (lettre de change, billet à ordre).

    n = jours de la date de négociation à l'échéance + jours de banque ;
    escompte = V × t × n / 36 000 (année commerciale de 360 jours, t en %) ;
    agios = escompte + commissions HT (+ TVA sur les commissions si
    ``tva_sur_commissions=True``, au taux normal en vigueur à la date de
    négociation) ; valeur nette = V − agios ; taux réel = agios × 36 000 / (V × n),
    arrondi à 0,01 %. Par défaut la TVA est laissée de côté : l'entreprise la
    récupère (TVA déductible), elle n'est donc pas un coût.

    >>> e = escompte_effet(5000, "4,8", "15/03/2026", "29/04/2026", jours_de_banque=1, commissions=5)
    >>> e.nombre_de_jours, e.escompte, e.agios, e.valeur_nette, e.taux_reel
    (46, Decimal('30.67'), Decimal('35.67'), Decimal('4964.33'), Decimal('5.58'))
    """
    v = _capital(valeur_nominale, name="valeur nominale")
    t = to_rate(taux, name="taux d'escompte")
    debut = to_date(date_negociation, name="date de négociation")
    fin = to_date(date_echeance, name="date d'échéance")
    if fin <= debut:
        raise SalesplanValueError(
            f"La date d'échéance ({format_date(fin)}) doit être postérieure à la date de négociation "
            f"({format_date(debut)})."
        )
    banque = to_count(jours_de_banque, name="jours de banque", maximum=JOURS_DE_BANQUE_MAX)
    com = _centimes(commissions, name="commissions")
    if not isinstance(tva_sur_commissions, bool):
        raise SalesplanTypeError(f"tva_sur_commissions : {show(tva_sur_commissions)} doit valoir True ou False.")
    n = (fin - debut).days + banque
    tva_rate = percent(parametres.valeur("tva_normal", date=debut)) if tva_sur_commissions else Decimal(0)
    with localcontext() as ctx:
        ctx.prec = PRECISION
        escompte = round_cent(v * t * n / (HUNDRED * JOURS_ANNEE_COMMERCIALE))
        tva = round_cent(com * tva_rate)
        agios = escompte + com + tva
        reel = _round(agios * HUNDRED * JOURS_ANNEE_COMMERCIALE / (v * n), _TWO_PLACES)
    return EscompteEffet(v, t, debut, fin, banque, n, escompte, com, tva, agios, v - agios, reel)


__all__ = ["EscompteEffet", "escompte_effet"]
