"""Exercices : délais de paiement, échéances, pénalités de retard et indemnité (calculés par ``salesplan.paiement``)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from salesplan import parametres
from salesplan.commande import ttc_depuis_ht
from salesplan.concepts import MODES_PAIEMENT, NEGOCIATION
from salesplan.errors import LegalLimitError
from salesplan.exercises.bank import Bank, Parametrised, date_mistakes, first_sentence
from salesplan.exercises.banks._tirage import variante
from salesplan.exercises.builders import categories_question, glossary
from salesplan.exercises.numeric_builders import amount_field, count_field, numeric_question
from salesplan.exercises.questions import (
    Choice,
    DateQuestion,
    InvoiceQuestion,
    Item,
    NumericQuestion,
    SingleChoice,
    notion_links,
)
from salesplan.paiement import (
    date_echeance,
    indemnite_forfaitaire,
    jours_de_retard,
    lire_delai,
    penalites_de_retard,
    taux_penalites_legal,
    taux_penalites_minimum,
    verifier_delai,
    verifier_taux_penalites,
)
from salesplan.values import ONE, format_date, format_euros, format_percent, round_cent

CHAPTER = "negociation/conditions_paiement"
_link = notion_links(CHAPTER)
OUTLINE_PAIEMENT = ("Conditions et délais de paiement (au comptant / différé)",)
FDM = "45 jours fin de mois"
# The contract signed today: the caps in force now.
AUJOURDHUI = parametres.DATE_DE_REFERENCE
# Late payments are set in the first half of 2026, the last half-year whose rates the table knows.
S1_2026 = (dt.date(2026, 1, 5), dt.date(2026, 6, 30))
METHODE_1 = "jours_puis_fin_de_mois"
METHODE_2 = "fin_de_mois_puis_jours"
TEXTE_METHODE = {
    METHODE_1: "on ajoute 45 jours à la date de facture, puis on va à la fin du mois atteint",
    METHODE_2: "on va à la fin du mois de la facture, puis on ajoute 45 jours",
}


def _jour(rng: random.Random, debut: dt.date, fin: dt.date) -> dt.date:
    return debut + dt.timedelta(days=rng.randint(0, (fin - debut).days))


def _echeance_fdm(rng: random.Random, methode: str, question_id: str) -> DateQuestion:
    """Due date of « 45 jours fin de mois » counted by ``methode``."""
    facture = _jour(rng, dt.date(2026, 12, 1), dt.date(2027, 11, 30))
    echeance = date_echeance(facture, FDM, methode=methode)
    autre = METHODE_2 if methode == METHODE_1 else METHODE_1
    return DateQuestion(
        id=question_id,
        prompt=f"Bureautik Pro émet le {format_date(facture)} une facture payable à « {FDM} ». Le contrat précise "
        f"le mode de calcul : {TEXTE_METHODE[methode]}.\nQuelle est la **date d'échéance** (JJ/MM/AAAA) ?",
        explanation=f"{TEXTE_METHODE[methode].capitalize()} : échéance le {format_date(echeance)}. Avec l'autre "
        f"méthode ({TEXTE_METHODE[autre]}), on trouverait le "
        f"{format_date(date_echeance(facture, FDM, methode=autre))} : le contrat doit dire laquelle s'applique "
        "(Code de commerce, art. L441-10, I).",
        link=_link("les-delais-legaux-entre-professionnels"),
        answer=echeance,
        mistakes=date_mistakes(
            echeance,
            (
                date_echeance(facture, FDM, methode=autre),
                f"Vous avez appliqué l'autre méthode ({TEXTE_METHODE[autre]}) : relisez celle du contrat.",
            ),
            (
                date_echeance(facture, "45 jours"),
                "Vous avez compté 45 jours nets : « fin de mois » reporte l'échéance à une fin de mois.",
            ),
            (
                date_echeance(facture, "60 jours"),
                "Vous avez compté 60 jours date de facture : c'est un autre délai que « 45 jours fin de mois ».",
            ),
        ),
        practises=OUTLINE_PAIEMENT,
    )


@variante(CHAPTER, "echeance_fdm")
def echeance_fdm_question(rng: random.Random) -> DateQuestion:
    """« 45 jours fin de mois »: date + 45 days, then end of month."""
    return _echeance_fdm(rng, METHODE_1, "echeance_fdm")


@variante(CHAPTER, "echeance_fdm_inverse")
def echeance_fdm_inverse_question(rng: random.Random) -> DateQuestion:
    """« 45 jours fin de mois »: end of month, then + 45 days."""
    return _echeance_fdm(rng, METHODE_2, "echeance_fdm_inverse")


@variante(CHAPTER, "echeance_suppletive")
def echeance_suppletive_question(rng: random.Random) -> DateQuestion:
    """No term agreed: 30 days after receipt of the goods (délai supplétif)."""
    livraison = _jour(rng, dt.date(2026, 12, 1), dt.date(2027, 11, 30))
    facture = livraison + dt.timedelta(days=rng.randint(2, 6))
    echeance = date_echeance(facture, "à réception", date_livraison=livraison)
    defaut = int(parametres.valeur("delai_paiement_defaut", date=facture))
    maximum = int(parametres.valeur("delai_paiement_max", date=facture))
    return DateQuestion(
        id="echeance_suppletive",
        prompt=f"Un cabinet d'architectes a reçu le mobilier commandé à Bureautik Pro le {format_date(livraison)}. "
        f"La facture est datée du {format_date(facture)}. **Aucun délai de paiement n'a été convenu.**\n"
        "Quelle est la **date limite de paiement** (JJ/MM/AAAA) ?",
        explanation=f"Sans accord, le délai supplétif s'applique : {defaut} jours après la réception des "
        f"marchandises, soit le {format_date(echeance)} (Code de commerce, art. L441-10, I, al. 1).",
        link=_link("les-delais-legaux-entre-professionnels"),
        answer=echeance,
        mistakes=date_mistakes(
            echeance,
            (
                date_echeance(facture, f"{defaut} jours"),
                "Sans accord, le délai court à partir de la réception des marchandises, pas de la date de facture.",
            ),
            (
                livraison + dt.timedelta(days=maximum),
                f"{maximum} jours est le plafond d'un délai convenu, pas le délai applicable sans accord.",
            ),
        ),
        practises=OUTLINE_PAIEMENT,
    )


_DELAIS_RETARD = ("30 jours", "60 jours", FDM)


@variante(CHAPTER, "jours_retard")
def jours_retard_question(rng: random.Random) -> NumericQuestion:
    """Days late: due date from the term, then payment date − due date."""
    facture = _jour(rng, dt.date(2026, 12, 1), dt.date(2027, 6, 30))
    delai = rng.choice(_DELAIS_RETARD)
    echeance = date_echeance(facture, delai, methode=METHODE_1 if delai == FDM else None)
    paiement = echeance + dt.timedelta(days=rng.randint(3, 70))
    retard = jours_de_retard(echeance, paiement)
    precision = f" (méthode du contrat : {TEXTE_METHODE[METHODE_1]})" if delai == FDM else ""
    candidats = [
        (
            Decimal((paiement - facture).days),
            "Vous avez compté depuis la date de facture : le retard court à partir de l'échéance.",
        ),
        (
            Decimal(retard + 1),
            "Un jour de trop : payer le jour de l'échéance, c'est 0 jour de retard ; on "
            "compte les jours après l'échéance.",
        ),
    ]
    if delai == FDM:
        autre = date_echeance(facture, delai, methode=METHODE_2)
        candidats.append((Decimal(jours_de_retard(autre, paiement)), "Vous avez daté l'échéance avec l'autre méthode."))
        candidats.append(
            (
                Decimal(jours_de_retard(date_echeance(facture, "45 jours"), paiement)),
                "Vous avez oublié « fin de mois » : l'échéance est reportée à une fin de mois.",
            )
        )
    return numeric_question(
        id="jours_retard",
        prompt=f"Une facture de Bureautik Pro datée du {format_date(facture)} est payable à « {delai} »"
        f"{precision}. Le client la règle le {format_date(paiement)}.\n"
        "Combien de **jours de retard** le client a-t-il ?",
        explanation=f"Échéance : {format_date(echeance)}. Retard = jours entre l'échéance et le paiement : "
        f"{format_date(paiement)} − {format_date(echeance)} = {retard} jours. Les pénalités courent dès le "
        "lendemain de l'échéance (Code de commerce, art. L441-10, II).",
        link=_link("les-penalites-de-retard"),
        answer=retard,
        unit="jours",
        step=ONE,
        wrong=candidats,
        practises=OUTLINE_PAIEMENT,
    )


_CLIENTS = (
    "l'Atelier Confluence Architectes",
    "une clinique vétérinaire de Villeurbanne",
    "un cabinet d'expertise comptable de Vienne",
    "une agence immobilière de Caluire",
)


def _taux_des_penalites(rng: random.Random, paiement: dt.date) -> tuple[Decimal, str, list[tuple[Decimal, str]]]:
    """The rate of the penalties (the legal one when the CGV say none, else the contract's), the clause that says
    so, and the rates a student may wrongly take with what each mistake was."""
    taux_bce = parametres.valeur("taux_bce", date=dt.date(paiement.year, 1, 1))
    majoration = parametres.valeur("majoration_bce", date=paiement)
    minimum = taux_penalites_minimum(date=paiement)
    if rng.random() < 0.5:
        taux = taux_penalites_legal(date=paiement)
        clause = (
            "Les CGV ne fixent **pas** de taux de pénalités ; le taux de refinancement de la BCE au 01/01/2026 "
            f"était de {format_percent(taux_bce)}."
        )
        faux_taux = [
            (
                minimum,
                f"Vous avez pris le taux minimal ({format_percent(minimum)}, trois fois l'intérêt légal) : "
                f"sans clause, c'est le taux BCE + {majoration} points.",
            ),
            (taux_bce, f"Vous avez oublié d'ajouter {majoration} points au taux de la BCE."),
        ]
    else:
        taux = Decimal(rng.choice((9, 10, 11, 12, 15)))
        verifier_taux_penalites(taux, date=paiement)  # the contract rate must respect the legal floor
        clause = f"Les CGV de Bureautik Pro fixent les pénalités de retard à {format_percent(taux)} par an."
        faux_taux = [
            (
                taux_penalites_legal(date=paiement),
                f"Le taux BCE + {majoration} points ne s'applique que si les CGV ne "
                "fixent pas de taux : ici, le taux du contrat s'applique.",
            ),
        ]
    return taux, clause, faux_taux


def _faux_penalites(
    ht: Decimal, ttc: Decimal, taux: Decimal, retard: int, faux_taux: list[tuple[Decimal, str]]
) -> list[tuple[Decimal, str]]:
    """The penalties a student may wrongly compute (on the HT amount, over 360 days, a day too many, a wrong rate)."""
    return [
        (
            penalites_de_retard(ht, taux=taux, jours_de_retard=retard),
            "Vous avez calculé sur le montant HT : les pénalités se calculent sur le montant TTC de la facture.",
        ),
        (
            round_cent(ttc * taux / 100 * retard / 360),
            "Vous avez divisé par 360 : on compte les jours de retard sur 365 jours.",
        ),
        (
            penalites_de_retard(ttc, taux=taux, jours_de_retard=retard + 1),
            "Un jour de retard de trop : on compte à partir du lendemain de l'échéance.",
        ),
        *((penalites_de_retard(ttc, taux=faux, jours_de_retard=retard), pourquoi) for faux, pourquoi in faux_taux),
    ]


@variante(CHAPTER, "penalites")
def penalites_question(rng: random.Random) -> InvoiceQuestion:
    """Late payment in the first half of 2026: days, penalties, 40 € indemnity, total claimed."""
    echeance = _jour(rng, S1_2026[0], dt.date(2026, 5, 15))
    paiement = min(echeance + dt.timedelta(days=rng.randint(8, 45)), S1_2026[1])
    retard = jours_de_retard(echeance, paiement)
    ht = Decimal(rng.randint(80, 900) * 25)
    ttc = ttc_depuis_ht(ht)
    taux, clause, faux_taux = _taux_des_penalites(rng, paiement)
    penalites = penalites_de_retard(ttc, taux=taux, jours_de_retard=retard)
    indemnite = indemnite_forfaitaire(date=paiement)
    faux_penalites = _faux_penalites(ht, ttc, taux, retard, faux_taux)
    report = "Erreur reportée : vos pénalités sont fausses, mais le total est bien enchaîné."
    fields = (
        count_field(
            "jours_de_retard",
            "Jours de retard",
            retard,
            (retard + 1, "Un jour de trop : payer le jour de l'échéance, c'est 0 jour de retard."),
            unit="jours",
        ),
        amount_field(
            "penalites",
            "Pénalités de retard",
            penalites,
            *faux_penalites,
        ),
        amount_field(
            "indemnite",
            "Indemnité forfaitaire pour frais de recouvrement",
            indemnite,
            (
                Decimal(0),
                "L'indemnité est due de plein droit, dès le premier "
                "jour de retard, même si les CGV ne la rappellent pas.",
            ),
        ),
        amount_field(
            "total",
            "Total à réclamer en plus de la facture",
            penalites + indemnite,
            (penalites, "Vous avez oublié d'ajouter l'indemnité forfaitaire aux pénalités."),
            (
                ttc + penalites + indemnite,
                "On demande ce qui s'ajoute à la facture, sans la facture elle-même.",
            ),
            *((p + indemnite, report) for p, _ in faux_penalites),
        ),
    )
    return InvoiceQuestion(
        id="penalites",
        prompt=f"Bureautik Pro a facturé {rng.choice(_CLIENTS)} {format_euros(ht)} HT, soit {format_euros(ttc)} "
        f"TTC, échéance le {format_date(echeance)}. Le client paie le {format_date(paiement)}. {clause}\n"
        "Calculez ce que Bureautik Pro peut réclamer (pénalités = montant TTC × taux × jours de retard ÷ 365).",
        explanation=f"Retard : {retard} jours. Pénalités : {format_euros(ttc)} × {format_percent(taux)} × "
        f"{retard} ÷ 365 = {format_euros(penalites)}. Indemnité forfaitaire : {format_euros(indemnite)} par "
        f"facture payée en retard (art. D441-5). Total : {format_euros(penalites + indemnite)} "
        "(Code de commerce, art. L441-10, II).",
        link=_link("les-penalites-de-retard"),
        fields=fields,
        practises=OUTLINE_PAIEMENT,
    )


_DELAIS_PROPOSES = (
    "30 jours",
    "45 jours",
    "60 jours",
    "75 jours",
    "90 jours",
    "30 jours fin de mois",
    "45 jours fin de mois",
    "50 jours fin de mois",
    "60 jours fin de mois",
)


@variante(CHAPTER, "delai_licite")
def delai_licite_question(rng: random.Random) -> SingleChoice:
    """Is the term asked for lawful? Checked by ``verifier_delai`` (LegalLimitError when not)."""
    delai = rng.choice(_DELAIS_PROPOSES)
    terme = lire_delai(delai)
    maximum = int(parametres.valeur("delai_paiement_max", date=AUJOURDHUI))
    maximum_fdm = int(parametres.valeur("delai_paiement_max_fdm", date=AUJOURDHUI))
    defaut = int(parametres.valeur("delai_paiement_defaut", date=AUJOURDHUI))
    try:
        controle = verifier_delai(delai, date_facture=AUJOURDHUI)
    except LegalLimitError as erreur:
        answer = "depasse_jours" if terme.nature == "jours" else "depasse_fdm"
        verdict = str(erreur)
    else:
        answer = "conforme"
        verdict = controle.expliquer()
    messages = {
        "conforme": f"Ce délai est illégal : {verdict}",
        "depasse_jours": f"Non. {verdict}"
        if answer == "conforme"
        else f"Le délai demandé est exprimé en jours fin de mois : le plafond est de {maximum_fdm} jours fin de "
        "mois. " + verdict,
        "depasse_fdm": f"Non. {verdict}"
        if answer == "conforme"
        else f"Le délai demandé est exprimé en jours date de facture : le plafond est de {maximum} jours. " + verdict,
        "depasse_suppletif": f"{defaut} jours est le délai supplétif (quand rien n'est convenu), pas un plafond : "
        f"un délai convenu peut aller jusqu'à {maximum} jours, ou {maximum_fdm} jours fin de mois.",
    }
    choices = (
        Choice("conforme", "Oui, ce délai est conforme à la loi."),
        Choice("depasse_jours", f"Non : il dépasse {maximum} jours après la date d'émission de la facture."),
        Choice("depasse_fdm", f"Non : il dépasse {maximum_fdm} jours fin de mois."),
        Choice("depasse_suppletif", f"Non : entre professionnels, on ne peut pas dépasser {defaut} jours."),
    )
    return SingleChoice(
        id="delai_licite",
        prompt=f"Le directeur administratif d'une ETI cliente veut inscrire dans le contrat signé ce jour (le "
        f"{format_date(AUJOURDHUI)}) un paiement à **« {delai} »**. Bureautik Pro peut-elle l'accepter ?",
        explanation=f"{verdict} Rappel : {NEGOCIATION.get('conditions_paiement').definition}",
        link=_link("les-delais-legaux-entre-professionnels"),
        choices=tuple(Choice(c.key, c.text, "" if c.key == answer else messages[c.key]) for c in choices),
        answer=answer,
        practises=(*OUTLINE_PAIEMENT, "CGV entre professionnels"),
    )


_SITUATIONS = (
    ("Le client règle ses cartouches par carte bancaire au moment de la commande en ligne.", "paiement_comptant"),
    ("La métropole de Lyon règle la facture 30 jours après l'avoir reçue.", "paiement_differe"),
    ("Le cabinet remet un chèque au technicien le jour de l'installation du copieur.", "paiement_comptant"),
    ("La PME paie à 45 jours fin de mois, comme le prévoit son contrat.", "paiement_differe"),
    ("L'ETI paie par virement 60 jours après la date de la facture.", "paiement_differe"),
    ("Le client obtient 2 % d'escompte en payant dès la livraison.", "paiement_comptant"),
)

COMPTANT_DIFFERE = categories_question(
    id="comptant_differe",
    prompt="Classez chaque règlement : **paiement au comptant** ou **paiement différé** ?",
    explanation=glossary(MODES_PAIEMENT),
    link=_link("payer-au-comptant-ou-a-terme"),
    rows=[
        (text, mode, f"{MODES_PAIEMENT.get(mode).libelle} : {first_sentence(MODES_PAIEMENT.get(mode).definition)}")
        for text, mode in _SITUATIONS
    ],
    categories=tuple(Item(m.code, m.libelle) for m in MODES_PAIEMENT),
    prefix="s",
    order="situations",
    keys_first=True,
    practises=OUTLINE_PAIEMENT,
)

BANK = Bank(
    CHAPTER,
    "Conditions et délais de paiement",
    (
        COMPTANT_DIFFERE,
        Parametrised("delai_licite", delai_licite_question),
        Parametrised("echeance_fdm", echeance_fdm_question),
        Parametrised("echeance_fdm_inverse", echeance_fdm_inverse_question),
        Parametrised("echeance_suppletive", echeance_suppletive_question),
        Parametrised("jours_retard", jours_retard_question),
        Parametrised("penalites", penalites_question),
    ),
)


__all__ = [
    "BANK",
    "CHAPTER",
    "COMPTANT_DIFFERE",
    "delai_licite_question",
    "echeance_fdm_inverse_question",
    "echeance_fdm_question",
    "echeance_suppletive_question",
    "jours_retard_question",
    "penalites_question",
]
