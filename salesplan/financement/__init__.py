"""Financer un achat professionnel : emprunt, crédit-bail, escompte d'un effet.

Every computation runs in ``Decimal`` with a local context of 34 digits;
amounts are rounded half-up to the cent where a bank statement rounds.
Rates are annual, in percent (6 means 6 %).

Rate convention for periods shorter than a year: the *proportional* rate
(i = t / 12 for a month), which is French banking usage for quoting loans.
The actuarial (equivalent) rate (1 + t)^(1/12) − 1 is the one of the TAEG;
:func:`taux_implicite_credit_bail` gives both.

References: classic financial mathematics (annuity of a constant-payment
loan, commercial discount on a 360-day year), e.g. the BTS NDRC course on
"argumentation financière".
"""

from salesplan.financement._base import MODES, TERMES
from salesplan.financement.comparaison import ComparaisonFinancements, LigneComparaison, comparer_financements
from salesplan.financement.credit_bail import (
    CoutCreditBail,
    TauxImpliciteCreditBail,
    cout_credit_bail,
    taux_implicite_credit_bail,
)
from salesplan.financement.emprunt import (
    LigneAmortissement,
    TableauAmortissement,
    annuite_constante,
    tableau_amortissement,
)
from salesplan.financement.escompte import EscompteEffet, escompte_effet

__all__ = [
    "MODES",
    "TERMES",
    "ComparaisonFinancements",
    "CoutCreditBail",
    "EscompteEffet",
    "LigneAmortissement",
    "LigneComparaison",
    "TableauAmortissement",
    "TauxImpliciteCreditBail",
    "annuite_constante",
    "comparer_financements",
    "cout_credit_bail",
    "escompte_effet",
    "tableau_amortissement",
    "taux_implicite_credit_bail",
]
