"""Every legal or financial figure the course uses, in one dated table.

Each row gives a value, the day from which it applies (and, for a value fixed
for a period, the last day), its source and the day the source was checked.
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
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from salesplan.concepts._catalogue import Catalogue, Concept
from salesplan.errors import UnknownCodeError
from salesplan.values import format_date, to_date

D = Decimal
_CHECKED = dt.date(2026, 11, 26)


@dataclass(frozen=True)
class Parametre:
    """One dated value of a legal or financial figure."""

    code: str
    libelle: str
    valeur: Decimal
    unite: str  # "%", "€", "jours", "salariés", "M€"
    debut: dt.date
    source: str
    fin: dt.date | None = None
    verifie_le: dt.date = _CHECKED
    note: str = ""


def _p(code: str, libelle: str, valeur: str, unite: str, debut: str, source: str, **kw: object) -> Parametre:
    fin = kw.pop("fin", None)
    return Parametre(
        code,
        libelle,
        D(valeur),
        unite,
        dt.date.fromisoformat(debut),
        source,
        fin=dt.date.fromisoformat(str(fin)) if fin else None,
        **kw,  # type: ignore[arg-type]
    )


_CIBS = " (numérotation jusqu'au 31/08/2026 ; depuis le 01/09/2026 : CIBS, livre II, ordonnance 2025-1247)"
_ORIGIN = "2000-01-01"  # a rule older than any date the course computes with

TABLE: tuple[Parametre, ...] = (
    # --- TVA (CGI art. 278 à 281 nonies; rates unchanged since 1 Jan 2014)
    # checked 2026-11-26: VAT moved from the CGI to the CIBS on 1 Sept 2026 (ordonnance 2025-1247), same rules
    _p(
        "tva_normal",
        "Taux normal de TVA",
        "20",
        "%",
        "2014-01-01",
        "CGI art. 278" + _CIBS,
    ),
    _p(
        "tva_intermediaire",
        "Taux intermédiaire de TVA",
        "10",
        "%",
        "2014-01-01",
        "CGI art. 279" + _CIBS,
    ),
    _p(
        "tva_reduit",
        "Taux réduit de TVA",
        "5.5",
        "%",
        "2014-01-01",
        "CGI art. 278-0 bis" + _CIBS,
    ),
    _p(
        "tva_particulier",
        "Taux particulier de TVA",
        "2.1",
        "%",
        "2014-01-01",
        "CGI art. 281 quater à 281 nonies" + _CIBS,
    ),
    # --- Délais de paiement (C. com. L441-10, version since loi 2019-486 / ord. 2019-359)
    _p(
        "delai_paiement_defaut",
        "Délai de paiement à défaut de convention",
        "30",
        "jours",
        _ORIGIN,
        "Code de commerce, art. L441-10, I, al. 1",
    ),
    _p(
        "delai_paiement_max",
        "Délai convenu maximal (date d'émission de la facture)",
        "60",
        "jours",
        _ORIGIN,
        "Code de commerce, art. L441-10, I, al. 2",
    ),
    _p(
        "delai_paiement_max_fdm",
        "Délai convenu maximal en fin de mois (si prévu au contrat)",
        "45",
        "jours",
        _ORIGIN,
        "Code de commerce, art. L441-10, I, al. 2",
    ),
    # --- Pénalités de retard (C. com. L441-10 II; D441-5)
    _p(
        "majoration_bce",
        "Points ajoutés au taux de refinancement de la BCE",
        "10",
        "points",
        _ORIGIN,
        "Code de commerce, art. L441-10, II",
    ),
    _p(
        "multiple_interet_legal",
        "Multiple minimal du taux de l'intérêt légal",
        "3",
        "fois",
        _ORIGIN,
        "Code de commerce, art. L441-10, II",
    ),
    _p(
        "indemnite_recouvrement",
        "Indemnité forfaitaire pour frais de recouvrement",
        "40",
        "€",
        "2013-01-01",
        "Code de commerce, art. D441-5",
    ),
    # ECB main refinancing operations rate (decisions of the Governing Council).
    _p(
        "taux_bce",
        "Taux des opérations principales de refinancement de la BCE",
        "2.40",
        "%",
        "2025-04-23",
        "BCE, décision du 17 avril 2025",
        fin="2025-06-10",
    ),
    _p(
        "taux_bce",
        "Taux des opérations principales de refinancement de la BCE",
        "2.15",
        "%",
        "2025-06-11",
        "BCE, décision du 5 juin 2025 (maintenu aux réunions suivantes de 2025 et le 5 février 2026)",
        # checked 2026-11-26: rate held at 2.15 % on 5 Feb 2026 (press reports of the ECB decision); later
        # decisions (from 19 March 2026, effective 25 March) not verified, so the row stops on 24 March 2026.
        fin="2026-03-24",
        note="Dernière décision vérifiée : 5 février 2026 ; au-delà du 24/03/2026, donnez le taux BCE en paramètre.",
    ),
    # Legal interest rate, fixed per half-year (CMF L313-2, D313-1-A)
    _p(
        "interet_legal_professionnel",
        "Taux de l'intérêt légal (autres cas)",
        "3.71",
        "%",
        "2025-01-01",
        "Arrêté fixant le taux de l'intérêt légal pour le 1er semestre 2025",
        fin="2025-06-30",
    ),
    _p(
        "interet_legal_professionnel",
        "Taux de l'intérêt légal (autres cas)",
        "2.76",
        "%",
        "2025-07-01",
        "Arrêté du 19 juin 2025 (JO du 24 juin 2025)",
        fin="2025-12-31",
    ),
    _p(
        "interet_legal_professionnel",
        "Taux de l'intérêt légal (autres cas)",
        "2.62",
        "%",
        "2026-01-01",
        "Arrêté du 15 décembre 2025 (JO du 26 décembre 2025)",
        fin="2026-06-30",
    ),
    _p(
        "interet_legal_particulier",
        "Taux de l'intérêt légal (créancier particulier)",
        "7.21",
        "%",
        "2025-01-01",
        "Arrêté fixant le taux de l'intérêt légal pour le 1er semestre 2025",
        fin="2025-06-30",
    ),
    _p(
        "interet_legal_particulier",
        "Taux de l'intérêt légal (créancier particulier)",
        "6.65",
        "%",
        "2025-07-01",
        "Arrêté du 19 juin 2025 (JO du 24 juin 2025)",
        fin="2025-12-31",
    ),
    _p(
        "interet_legal_particulier",
        "Taux de l'intérêt légal (créancier particulier)",
        "6.67",
        "%",
        "2026-01-01",
        "Arrêté du 15 décembre 2025 (JO du 26 décembre 2025)",
        fin="2026-06-30",
    ),
    # --- Facturation (C. com. L441-9; CGI ann. II art. 242 nonies A; CGI art. 289 bis)
    # Dated obligations: 1 = the rule applies on that day, 0 = not yet.
    # checked 2026-11-26: mentions added by ordonnance 2019-359 (C. com. L441-9), from 1 Oct 2019.
    _p(
        "facture_mentions_2019",
        "Mentions n° de bon de commande et adresse de facturation exigées (1 = oui)",
        "0",
        "oui/non",
        _ORIGIN,
        "Ordonnance 2019-359 du 24 avril 2019 (C. com. art. L441-9)",
        fin="2019-09-30",
    ),
    _p(
        "facture_mentions_2019",
        "Mentions n° de bon de commande et adresse de facturation exigées (1 = oui)",
        "1",
        "oui/non",
        "2019-10-01",
        "Ordonnance 2019-359 du 24 avril 2019 (C. com. art. L441-9)",
    ),
    # checked 2026-11-26: e-invoicing calendar of loi 2023-1322 (LF 2024) art. 91, kept by LF 2025 and by
    # LF 2026 (adopted Feb. 2026); décret 2024-266 aligns the four mentions of décret 2022-1299 on it.
    _p(
        "facture_electronique_reception",
        "Obligation de recevoir les factures électroniques, toute entreprise assujettie (1 = oui)",
        "0",
        "oui/non",
        _ORIGIN,
        "Loi 2023-1322 de finances pour 2024, art. 91 (CGI art. 289 bis)",
        fin="2026-08-31",
    ),
    _p(
        "facture_electronique_reception",
        "Obligation de recevoir les factures électroniques, toute entreprise assujettie (1 = oui)",
        "1",
        "oui/non",
        "2026-09-01",
        "Loi 2023-1322 de finances pour 2024, art. 91 (CGI art. 289 bis)",
    ),
    _p(
        "facture_electronique_emission_ge_eti",
        "Obligation d'émettre les factures électroniques, grandes entreprises et ETI (1 = oui)",
        "0",
        "oui/non",
        _ORIGIN,
        "Loi 2023-1322 de finances pour 2024, art. 91",
        fin="2026-08-31",
    ),
    _p(
        "facture_electronique_emission_ge_eti",
        "Obligation d'émettre les factures électroniques, grandes entreprises et ETI (1 = oui)",
        "1",
        "oui/non",
        "2026-09-01",
        "Loi 2023-1322 de finances pour 2024, art. 91",
    ),
    _p(
        "facture_electronique_emission_pme",
        "Obligation d'émettre les factures électroniques, PME et micro-entreprises (1 = oui)",
        "0",
        "oui/non",
        _ORIGIN,
        "Loi 2023-1322 de finances pour 2024, art. 91",
        fin="2027-08-31",
    ),
    _p(
        "facture_electronique_emission_pme",
        "Obligation d'émettre les factures électroniques, PME et micro-entreprises (1 = oui)",
        "1",
        "oui/non",
        "2027-09-01",
        "Loi 2023-1322 de finances pour 2024, art. 91",
    ),
    _p(
        "facture_mentions_2022_ge_eti",
        "Quatre mentions du décret 2022-1299 exigées, émetteur GE ou ETI (1 = oui)",
        "0",
        "oui/non",
        _ORIGIN,
        "CGI ann. II art. 242 nonies A (décret 2022-1299), date d'effet fixée par le décret 2024-266",
        fin="2026-08-31",
    ),
    _p(
        "facture_mentions_2022_ge_eti",
        "Quatre mentions du décret 2022-1299 exigées, émetteur GE ou ETI (1 = oui)",
        "1",
        "oui/non",
        "2026-09-01",
        "CGI ann. II art. 242 nonies A (décret 2022-1299), date d'effet fixée par le décret 2024-266",
    ),
    # checked 2026-11-30: décret 2022-767 du 2 mai 2022 (loi 2021-1104, art. 35), R2152-7 1° from 21 Aug 2026
    _p(
        "marche_prix_critere_unique",
        "Le prix seul peut être le critère unique d'attribution d'un marché public (1 = oui)",
        "1",
        "oui/non",
        _ORIGIN,
        "CCP art. R2152-7 1° (version antérieure au décret 2022-767)",
        fin="2026-08-20",
    ),
    _p(
        "marche_prix_critere_unique",
        "Le prix seul peut être le critère unique d'attribution d'un marché public (1 = oui)",
        "0",
        "oui/non",
        "2026-08-21",
        "CCP art. R2152-7 1° modifié par le décret 2022-767 du 2 mai 2022 (loi 2021-1104 Climat et résilience, "
        "art. 35) : critère unique = le coût global (cycle de vie) ; sinon plusieurs critères dont au moins un "
        "environnemental",
    ),
    _p(
        "facture_mentions_2022_pme",
        "Quatre mentions du décret 2022-1299 exigées, émetteur PME ou micro-entreprise (1 = oui)",
        "0",
        "oui/non",
        _ORIGIN,
        "CGI ann. II art. 242 nonies A (décret 2022-1299), date d'effet fixée par le décret 2024-266",
        fin="2027-08-31",
    ),
    _p(
        "facture_mentions_2022_pme",
        "Quatre mentions du décret 2022-1299 exigées, émetteur PME ou micro-entreprise (1 = oui)",
        "1",
        "oui/non",
        "2027-09-01",
        "CGI ann. II art. 242 nonies A (décret 2022-1299), date d'effet fixée par le décret 2024-266",
    ),
    # --- Droit de rétractation des petits professionnels (C. consom. L221-3)
    _p(
        "retractation_effectif_max",
        "Effectif maximal du professionnel protégé",
        "5",
        "salariés",
        "2014-06-14",
        "Code de la consommation, art. L221-3 (loi 2014-344 dite Hamon)",
    ),
    _p(
        "retractation_delai",
        "Délai de rétractation",
        "14",
        "jours",
        "2014-06-14",
        "Code de la consommation, art. L221-18",
    ),
    _p(
        "retractation_prolongation",
        "Prolongation du délai de rétractation sans information sur ce droit",
        "12",
        "mois",
        "2014-06-14",
        "Code de la consommation, art. L221-20",
    ),
    # --- Catégories d'entreprises (décret 2008-1354, art. 3)
    _p(
        "micro_effectif",
        "Micro-entreprise : effectif inférieur à",
        "10",
        "personnes",
        "2008-12-20",
        "Décret 2008-1354, art. 3",
    ),
    _p(
        "micro_plafond",
        "Micro-entreprise : CA ou total de bilan au plus",
        "2",
        "M€",
        "2008-12-20",
        "Décret 2008-1354, art. 3",
    ),
    _p("pme_effectif", "PME : effectif inférieur à", "250", "personnes", "2008-12-20", "Décret 2008-1354, art. 3"),
    _p(
        "pme_chiffre_affaires", "PME : chiffre d'affaires au plus", "50", "M€", "2008-12-20", "Décret 2008-1354, art. 3"
    ),
    _p("pme_bilan", "PME : total de bilan au plus", "43", "M€", "2008-12-20", "Décret 2008-1354, art. 3"),
    _p("eti_effectif", "ETI : effectif inférieur à", "5000", "personnes", "2008-12-20", "Décret 2008-1354, art. 3"),
    _p(
        "eti_chiffre_affaires",
        "ETI : chiffre d'affaires au plus",
        "1500",
        "M€",
        "2008-12-20",
        "Décret 2008-1354, art. 3",
    ),
    _p("eti_bilan", "ETI : total de bilan au plus", "2000", "M€", "2008-12-20", "Décret 2008-1354, art. 3"),
    # --- CSE (C. trav.; ordonnance 2017-1386)
    _p(
        "cse_seuil",
        "CSE obligatoire à partir de (12 mois consécutifs)",
        "11",
        "salariés",
        "2018-01-01",
        "Code du travail, art. L2311-2",
    ),
    _p(
        "cse_seuil_budgets",
        "CSE avec personnalité civile et budgets à partir de",
        "50",
        "salariés",
        "2018-01-01",
        "Code du travail, art. L2315-23 (personnalité civile), L2315-61 et L2312-81 (budgets)",
    ),
    _p(
        "cse_budget_fonctionnement",
        "Budget de fonctionnement (50 à 1 999 salariés)",
        "0.20",
        "% de la masse salariale",
        "2018-01-01",
        "Code du travail, art. L2315-61",
    ),
    _p(
        "cse_budget_fonctionnement_2000",
        "Budget de fonctionnement (2 000 salariés et plus)",
        "0.22",
        "% de la masse salariale",
        "2018-01-01",
        "Code du travail, art. L2315-61",
    ),
    # --- Commande publique (CCP R2122-8; avis seuils UE 2026-2027)
    _p(
        "seuil_dispense_fournitures",
        "Marché sans publicité ni mise en concurrence (fournitures et services)",
        "40000",
        "€ HT",
        "2020-01-01",
        "CCP art. R2122-8 (décret 2019-1344)",
        fin="2026-03-31",
    ),
    _p(
        "seuil_dispense_fournitures",
        "Marché sans publicité ni mise en concurrence (fournitures et services)",
        "60000",
        "€ HT",
        "2026-04-01",
        "CCP art. R2122-8 (décret 2025-1386)",
    ),
    # Works: 100 000 € HT was a temporary derogation (loi ASAP art. 142, then
    # décrets 2022-1683 and 2024-1217) before décret 2025-1386 made it permanent.
    _p(
        "seuil_dispense_travaux",
        "Marché sans publicité ni mise en concurrence (travaux)",
        "100000",
        "€ HT",
        "2023-01-01",
        "Décret 2022-1683 du 28 décembre 2022 (prorogation jusqu'au 31 décembre 2024 de la dérogation à R2122-8)",
        fin="2024-12-31",
        note="Mesure temporaire issue de la loi 2020-1525 (ASAP), art. 142, prorogée.",
    ),
    _p(
        "seuil_dispense_travaux",
        "Marché sans publicité ni mise en concurrence (travaux)",
        "100000",
        "€ HT",
        "2025-01-01",
        "Décret 2024-1217 du 28 décembre 2024 (prorogation jusqu'au 31 décembre 2025)",
        fin="2025-12-31",
    ),
    _p(
        "seuil_dispense_travaux",
        "Marché sans publicité ni mise en concurrence (travaux)",
        "100000",
        "€ HT",
        "2026-01-01",
        "CCP art. R2122-8 (décret 2025-1386)",
    ),
    _p(
        "seuil_publicite_mapa",
        "Publicité au BOAMP ou dans un JAL (fournitures et services, MAPA)",
        "90000",
        "€ HT",
        "2019-04-01",
        "CCP art. R2131-12",
    ),
    _p(
        "seuil_ue_etat",
        "Seuil européen, fournitures et services (État)",
        "143000",
        "€ HT",
        "2024-01-01",
        "Règlements délégués (UE) de la Commission (seuils 2024-2025)",
        fin="2025-12-31",
    ),
    _p(
        "seuil_ue_etat",
        "Seuil européen, fournitures et services (État)",
        "140000",
        "€ HT",
        "2026-01-01",
        "Règlements délégués (UE) de la Commission (seuils 2026-2027) ; avis relatif aux seuils de procédure",
    ),
    _p(
        "seuil_ue_collectivites",
        "Seuil européen, fournitures et services (autres pouvoirs adjudicateurs)",
        "221000",
        "€ HT",
        "2024-01-01",
        "Règlements délégués (UE) de la Commission (seuils 2024-2025)",
        fin="2025-12-31",
    ),
    _p(
        "seuil_ue_collectivites",
        "Seuil européen, fournitures et services (autres pouvoirs adjudicateurs)",
        "216000",
        "€ HT",
        "2026-01-01",
        "Règlements délégués (UE) de la Commission (seuils 2026-2027) ; avis relatif aux seuils de procédure",
    ),
    _p(
        "seuil_ue_entites_adjudicatrices",
        "Seuil européen, fournitures et services (entités adjudicatrices)",
        "443000",
        "€ HT",
        "2024-01-01",
        "Règlements délégués (UE) de la Commission (seuils 2024-2025)",
        fin="2025-12-31",
    ),
    _p(
        "seuil_ue_entites_adjudicatrices",
        "Seuil européen, fournitures et services (entités adjudicatrices)",
        "432000",
        "€ HT",
        "2026-01-01",
        "Règlements délégués (UE) de la Commission (seuils 2026-2027) ; avis relatif aux seuils de procédure",
    ),
    _p(
        "seuil_ue_travaux",
        "Seuil européen, travaux et concessions",
        "5538000",
        "€ HT",
        "2024-01-01",
        "Règlements délégués (UE) de la Commission (seuils 2024-2025)",
        fin="2025-12-31",
    ),
    _p(
        "seuil_ue_travaux",
        "Seuil européen, travaux et concessions",
        "5404000",
        "€ HT",
        "2026-01-01",
        "Règlements délégués (UE) de la Commission (seuils 2026-2027) ; avis relatif aux seuils de procédure",
    ),
    _p(
        "plafond_ca_candidat",
        "Chiffre d'affaires minimal exigible : au plus ce multiple du montant du marché",
        "1.5",
        "fois",
        "2026-04-01",
        "CCP art. R2142-7 (décret 2025-1383)",
    ),
)

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


def parametre(code: str, *, date: object = None) -> Parametre:
    """The row of ``code`` that applies on ``date`` (default: today).

    Raises a French error when the table does not know the value for that
    date (a half-year whose legal interest rate is not yet recorded, say).
    """
    day = dt.date.today() if date is None else to_date(date)
    rows = historique(code)
    for row in reversed(rows):
        if row.debut <= day and (row.fin is None or day <= row.fin):
            return row
    known = ", ".join(f"du {format_date(r.debut)}" + (f" au {format_date(r.fin)}" if r.fin else "") for r in rows)
    raise UnknownCodeError(
        f"{rows[0].libelle} : aucune valeur connue au {format_date(day)} (valeurs connues : {known}). "
        "Donnez la valeur en paramètre ou complétez la table salesplan.parametres."
    )


def valeur(code: str, *, date: object = None) -> Decimal:
    """The value of ``code`` on ``date`` (default: today)."""
    return parametre(code, date=date).valeur


def to_frame():  # type: ignore[no-untyped-def]
    """The whole table as a pandas DataFrame (imported only when called)."""
    import pandas as pd

    return pd.DataFrame(
        [
            {
                "code": p.code,
                "libellé": p.libelle,
                "valeur": p.valeur,
                "unité": p.unite,
                "depuis": p.debut,
                "jusqu'au": p.fin,
                "source": p.source,
                "vérifié le": p.verifie_le,
            }
            for p in TABLE
        ]
    )


__all__ = ["PARAMETRES", "TABLE", "Parametre", "historique", "parametre", "to_frame", "valeur"]
