"""Exercices : le calcul du montant de la commande (réductions en cascade, escompte, TVA, échéance)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from salesplan import parametres
from salesplan.commande import (
    appliquer_reductions,
    calculer_commande,
    ht_depuis_ttc,
    prix_degressif,
    taux_global_reductions,
)
from salesplan.exercises.bank import Bank, Parametrised, date_mistakes
from salesplan.exercises.banks._tirage import variante
from salesplan.exercises.numeric_builders import amount_field, numeric_question
from salesplan.exercises.questions import (
    Choice,
    DateQuestion,
    InvoiceQuestion,
    NotionLink,
    NumericQuestion,
    SingleChoice,
    notion_links,
)
from salesplan.paiement import date_echeance
from salesplan.values import CENT, HUNDRED, format_date, format_decimal, format_euros, format_percent, round_cent

CHAPTER = "negociation/montant_commande"
_link = notion_links(CHAPTER)
# The normal VAT rate in force on the course date (« 20 » for 20 %), and TTC = HT × its coefficient (1,20).
TVA = parametres.valeur("tva_normal", date=parametres.DATE_DE_REFERENCE)
COEFFICIENT_TVA = 1 + TVA / HUNDRED
_COEFFICIENT = format_decimal(COEFFICIENT_TVA.quantize(CENT))
OUTLINE_MONTANT = ("Étapes du processus de conclusion", "Calcul du montant de la commande")
OUTLINE_TVA = ("Calcul du montant de la commande", "La fiscalité")
OUTLINE_DEGRESSIF = ("Calcul du montant de la commande", "Apprécie les tarifs référentiels dégressifs")
ADDED = "Vous avez additionné les remises au lieu de les enchaîner : la seconde s'applique au net après la première."


def _order(rng: random.Random) -> tuple[int, Decimal, Decimal, Decimal]:
    """A quantity, a unit price HT and two successive discount rates."""
    quantite = rng.randint(4, 40)
    prix = Decimal(rng.randint(25, 500)) / 2  # 12,50 to 250,00 by 0,50
    return quantite, prix, Decimal(rng.choice((5, 8, 10, 12, 15, 20))), Decimal(rng.choice((2, 3, 4, 5)))


@variante(CHAPTER, None)
def net_commercial_question(rng: random.Random) -> NumericQuestion:
    """Net commercial after two successive remises."""
    quantite, prix, r1, r2 = _order(rng)
    brut = round_cent(quantite * prix)
    net = appliquer_reductions(brut, [r1, r2])
    apres_r1 = appliquer_reductions(brut, [r1])
    return numeric_question(
        id="net_commercial",
        prompt=f"Un client commande {quantite} articles à {format_euros(prix)} HT l'unité. Vous lui accordez une "
        f"remise de {format_percent(r1)} puis une remise de {format_percent(r2)}.\n"
        "Quel est le **net commercial** HT ?",
        explanation=f"Montant brut : {quantite} × {format_euros(prix)} = {format_euros(brut)}. "
        f"Première remise : il reste {format_euros(apres_r1)} ; seconde remise calculée sur ce montant : "
        f"net commercial = {format_euros(net)}.",
        link=_link("notions"),
        practises=OUTLINE_MONTANT,
        answer=net,
        wrong=[
            (appliquer_reductions(brut, [r1 + r2]), ADDED),
            (apres_r1, "Vous n'avez appliqué que la première remise."),
            (brut - net, "Vous avez donné le montant total des remises, pas le net commercial."),
            (brut, "C'est le montant brut : il reste à déduire les remises."),
        ],
    )


@variante(CHAPTER, None)
def taux_global_question(rng: random.Random) -> NumericQuestion:
    """Global rate of two successive remises."""
    r1, r2 = Decimal(rng.choice((5, 10, 15, 20, 25))), Decimal(rng.choice((2, 4, 5, 10)))
    taux = taux_global_reductions([r1, r2])
    return numeric_question(
        id="taux_global",
        prompt=f"Une remise de {format_percent(r1)} est suivie d'une remise de {format_percent(r2)}. "
        "Quel est le **taux global** de réduction, en % (à 0,01 près) ?",
        explanation=f"On multiplie les coefficients : 1 − (1 − {format_percent(r1)}) × (1 − {format_percent(r2)}) "
        f"= {format_percent(taux)}.",
        link=_link("notions"),
        practises=OUTLINE_MONTANT,
        answer=taux,
        unit="%",
        wrong=[(r1 + r2, ADDED)],
    )


@variante(CHAPTER, None)
def ht_depuis_ttc_question(rng: random.Random) -> NumericQuestion:
    """HT from TTC: divide by the VAT coefficient (1,20), do not take the rate (20 %) off."""
    ttc = Decimal(rng.randint(1000, 90000)) / 10
    ht = ht_depuis_ttc(ttc, taux_tva=TVA)
    return numeric_question(
        id="ht_depuis_ttc",
        prompt=f"Un prix est affiché {format_euros(ttc)} TTC (TVA {format_percent(TVA)}). Quel est le prix **HT** ?",
        explanation=f"HT = TTC ÷ (1 + taux de TVA) = {format_euros(ttc)} ÷ {_COEFFICIENT} = {format_euros(ht)}.",
        link=_link("notions"),
        practises=OUTLINE_TVA,
        answer=ht,
        wrong=[
            (
                round_cent(ttc * (1 - TVA / HUNDRED)),
                f"Vous avez retiré {format_percent(TVA)} du TTC : il faut diviser le TTC par {_COEFFICIENT}.",
            ),
            (round_cent(ttc * COEFFICIENT_TVA), "Vous avez ajouté la TVA au lieu de la retirer."),
        ],
    )


@variante(CHAPTER, None)
def facture_question(rng: random.Random) -> InvoiceQuestion:
    """The invoice footing: net commercial, escompte, TVA, net à payer."""
    quantite, prix, r1, r2 = _order(rng)
    escompte = Decimal(rng.choice((1, 2, 3)))
    commande = calculer_commande([(quantite, prix)], reductions=[r1, r2], escompte=escompte, taux_tva=TVA)
    additionne = calculer_commande([(quantite, prix)], reductions=[r1 + r2], escompte=escompte, taux_tva=TVA)
    sans_escompte = calculer_commande([(quantite, prix)], reductions=[r1, r2], taux_tva=TVA)
    report = "Erreur reportée : votre net commercial est faux, mais ce calcul-ci est bien enchaîné."
    fields = (
        amount_field(
            "net_commercial",
            "Net commercial HT",
            commande.net_commercial,
            (additionne.net_commercial, ADDED),
        ),
        amount_field(
            "escompte",
            f"Escompte {format_percent(escompte)}",
            commande.montant_escompte,
            (
                round_cent(commande.montant_brut * escompte / 100),
                "L'escompte se calcule sur le net commercial, pas sur le montant brut.",
            ),
            (additionne.montant_escompte, report),
        ),
        amount_field(
            "tva",
            f"TVA {format_percent(TVA)}",
            commande.montant_tva,
            (sans_escompte.montant_tva, "L'escompte accordé sur la facture réduit la base de la TVA."),
            (additionne.montant_tva, report),
        ),
        amount_field(
            "net_a_payer",
            "Net à payer TTC",
            commande.net_a_payer,
            (commande.net_financier, "C'est le net financier HT : il reste à ajouter la TVA."),
            (sans_escompte.net_a_payer, "Vous avez oublié de déduire l'escompte."),
            (additionne.net_a_payer, report),
        ),
    )
    return InvoiceQuestion(
        id="facture",
        prompt=f"Complétez le pied de facture : {quantite} articles à {format_euros(prix)} HT, remise de "
        f"{format_percent(r1)} puis remise de {format_percent(r2)}, escompte de {format_percent(escompte)} "
        f"pour paiement comptant, TVA à {format_percent(TVA)}, pas de frais de port.",
        explanation=commande.expliquer(),
        link=_link("notions"),
        practises=OUTLINE_MONTANT,
        fields=fields,
    )


@variante(CHAPTER, None)
def echeance_question(rng: random.Random) -> DateQuestion:
    """Due date of « N jours » (net, no end of month)."""
    facture = dt.date(2027, 1, 1) + dt.timedelta(days=rng.randint(0, 360))
    jours = rng.choice((30, 45, 60))
    delai = f"{jours} jours"
    echeance = date_echeance(facture, delai)
    fin_de_mois = date_echeance(facture, f"{jours} jours fin de mois", verifier=False)
    candidats = [
        (fin_de_mois, "Le délai ne dit pas « fin de mois » : on compte seulement les jours depuis la facture."),
        (echeance - dt.timedelta(days=1), "Il manque un jour : ajoutez exactement le nombre de jours à la date."),
    ]
    if jours == 30:
        un_mois = _add_month(facture)
        candidats.insert(0, (un_mois, "30 jours ne font pas toujours un mois : comptez les jours."))
    return DateQuestion(
        id="echeance",
        prompt=f"La facture est datée du {format_date(facture)} ; les conditions de paiement sont « {delai} ». "
        "Quelle est la **date d'échéance** (JJ/MM/AAAA) ?",
        explanation=f"{format_date(facture)} + {jours} jours = {format_date(echeance)} (Code de commerce, art. "
        "L441-10 : le délai court à compter de la date d'émission de la facture).",
        link=NotionLink("negociation/conditions_paiement", "notions"),
        practises=("Conditions et délais de paiement (au comptant / différé)", "Calcul du montant de la commande"),
        answer=echeance,
        mistakes=date_mistakes(echeance, *candidats),
    )


def _add_month(day: dt.date) -> dt.date:
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    for jour in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, jour)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


BASE_ESCOMPTE = SingleChoice(
    id="base_escompte",
    prompt="Sur quel montant calcule-t-on l'**escompte** accordé pour un paiement anticipé ?",
    explanation="L'escompte est une réduction financière : il se calcule sur le net commercial, après toutes les "
    "réductions commerciales, et il réduit ensuite la base de la TVA (CGI, art. 267, II-1°).",
    link=_link("notions"),
    practises=OUTLINE_MONTANT,
    choices=(
        Choice("brut", "Le montant brut HT", "Les réductions commerciales passent avant l'escompte."),
        Choice("net_commercial", "Le net commercial HT"),
        Choice("ttc", "Le net à payer TTC", "La TVA se calcule après l'escompte, pas avant."),
        Choice("premiere_remise", "Le montant après la première remise seulement", "Toutes les remises d'abord."),
    ),
    answer="net_commercial",
)

MODES_TEXTE = {
    "tranche_atteinte": "à la tranche atteinte (toutes les unités au prix de la tranche atteinte par la quantité)",
    "par_tranche": "par tranche (chaque tranche facturée à son propre prix)",
}


@variante(CHAPTER, "tarif_degressif")
def degressif_question(rng: random.Random) -> NumericQuestion:
    """Amount HT of a quantity under a degressive price list, in the mode the CGV state."""
    prix = Decimal(rng.randint(16, 60))
    baisses = (Decimal(rng.choice((2, 3, 4))) / 2, Decimal(rng.choice((2, 3, 4, 5))) / 2)
    seuils = (rng.choice((20, 25, 50)), rng.choice((100, 150, 200)))
    bareme = [(1, prix), (seuils[0], prix - baisses[0]), (seuils[1], prix - baisses[0] - baisses[1])]
    quantite = rng.randint(seuils[0] + 1, seuils[1] + 80)
    mode = rng.choice(tuple(MODES_TEXTE))
    autre = "par_tranche" if mode == "tranche_atteinte" else "tranche_atteinte"
    resultat = prix_degressif(quantite, bareme, mode=mode)
    bornes = [f"de 1 à {seuils[0] - 1}", f"de {seuils[0]} à {seuils[1] - 1}", f"à partir de {seuils[1]}"]
    texte_bareme = " ; ".join(
        f"{borne} : {format_euros(p)} HT l'unité" for borne, (_, p) in zip(bornes, bareme, strict=True)
    )
    return numeric_question(
        id="tarif_degressif",
        prompt=f"Le CSE d'une entreprise cliente commande {quantite} coffrets de papeterie. Barème de Bureautik "
        f"Pro ({texte_bareme}). Les CGV appliquent le barème {MODES_TEXTE[mode]}.\n"
        "Quel est le **montant HT** de la commande ?",
        explanation=resultat.expliquer(),
        link=_link("les-tarifs-degressifs"),
        practises=OUTLINE_DEGRESSIF,
        answer=resultat.montant_ht,
        wrong=[
            (
                prix_degressif(quantite, bareme, mode=autre).montant_ht,
                f"Vous avez appliqué le barème {MODES_TEXTE[autre].split(' (')[0]} : les CGV disent "
                f"{MODES_TEXTE[mode].split(' (')[0]}.",
            ),
            (round_cent(quantite * prix), "Vous avez facturé toutes les unités au prix de la première tranche."),
        ],
    )


BANK = Bank(
    CHAPTER,
    "Le montant de la commande",
    (
        Parametrised("net_commercial", net_commercial_question),
        Parametrised("taux_global", taux_global_question),
        BASE_ESCOMPTE,
        Parametrised("ht_depuis_ttc", ht_depuis_ttc_question),
        Parametrised("facture", facture_question),
        Parametrised("echeance", echeance_question),
        Parametrised("tarif_degressif", degressif_question),
    ),
)


__all__ = [
    "BANK",
    "BASE_ESCOMPTE",
    "CHAPTER",
    "degressif_question",
    "echeance_question",
    "facture_question",
    "ht_depuis_ttc_question",
    "net_commercial_question",
    "taux_global_question",
]
