"""Exercices : la TVA — taux datés de ``salesplan.parametres``, HT ↔ TTC, base imposable, autoliquidation."""

from __future__ import annotations

import random
from decimal import Decimal

from salesplan import parametres
from salesplan.commande import calculer_commande, ht_depuis_ttc, ttc_depuis_ht
from salesplan.concepts import FISCALITE
from salesplan.exercises.bank import Bank, Parametrised
from salesplan.exercises.banks._tirage import variante
from salesplan.exercises.builders import (
    definitions_matching,
    matching_question,
    sort_by_reason,
)
from salesplan.exercises.numeric_builders import ERREUR_REPORTEE, amount_field, numeric_question
from salesplan.exercises.questions import (
    CategoriesQuestion,
    Choice,
    InvoiceQuestion,
    Item,
    MatchingQuestion,
    NumericQuestion,
    SingleChoice,
    notion_links,
)
from salesplan.values import HUNDRED, format_decimal, format_euros, format_percent, round_cent

CHAPTER = "negociation/tva_fiscalite"
_link = notion_links(CHAPTER)
OUTLINE_FISCALITE = ("La fiscalité",)
OUTLINE_ARGUMENT = ("Argumentation financière et fiscale", *OUTLINE_FISCALITE)
CODES_TVA = ("tva_normal", "tva_intermediaire", "tva_reduit", "tva_particulier")
# (what is sold, VAT code): usual cases of each rate, as the chapter lists them
OPERATIONS = (
    ("Bureautik Pro vend des fauteuils de bureau à un cabinet d'avocats", "tva_normal"),
    (
        "Un traiteur facture le repas d'affaires servi sur place aux clients invités par Bureautik Pro",
        "tva_intermediaire",
    ),
    ("Une librairie vend des livres au CSE d'une entreprise cliente pour sa bibliothèque", "tva_reduit"),
    ("Une pharmacie vend des médicaments remboursables par la Sécurité sociale", "tva_particulier"),
)


def _taux(code: str) -> Decimal:
    """A VAT rate in force today (``salesplan.parametres``)."""
    return parametres.valeur(code)


def _libelle(code: str) -> str:
    """« taux normal de TVA » (the table's label, lower-case initial)."""
    libelle = parametres.parametre(code).libelle
    return libelle[:1].lower() + libelle[1:]


def taux_question() -> MatchingQuestion:
    """Each operation ↔ its VAT rate (rates from the dated table)."""
    options = tuple(Item(code, f"{format_percent(_taux(code))} ({_libelle(code)})") for code in CODES_TVA)
    return matching_question(
        id="taux_tva",
        prompt="Associez chaque opération au taux de TVA qui s'applique en France métropolitaine.",
        explanation="\n".join(
            f"{texte} : {_libelle(code)}, {format_percent(_taux(code))} ({parametres.parametre(code).source})."
            for texte, code in OPERATIONS
        ),
        link=_link("les-taux-de-tva"),
        rows=[
            (texte, code, f"Non : c'est le {_libelle(code)} ({format_percent(_taux(code))}) qui s'applique ici.")
            for texte, code in OPERATIONS
        ],
        options=options,
        prefix="o",
        practises=OUTLINE_FISCALITE,
    )


def _operation(rng: random.Random) -> tuple[str, str, Decimal, Decimal]:
    """A sale of the table (its text and rate code), its VAT rate and an amount from 20 € to 4 000 €."""
    texte, code = rng.choice(OPERATIONS)
    return texte, code, _taux(code), Decimal(rng.randint(2000, 400000)) / 100


@variante(CHAPTER, "ttc_depuis_ht")
def ttc_question(rng: random.Random) -> NumericQuestion:
    """TTC from HT at a rate of the table."""
    texte, code, taux, ht = _operation(rng)
    ttc = ttc_depuis_ht(ht, taux_tva=taux)
    return numeric_question(
        id="ttc_depuis_ht",
        prompt=f"{texte}, pour {format_euros(ht)} HT ({_libelle(code)}, {format_percent(taux)}).\n"
        "Quel est le montant **TTC** ?",
        explanation=f"TTC = HT × (1 + taux) = {format_euros(ht)} × (1 + {format_percent(taux)}) = {format_euros(ttc)}.",
        link=_link("passer-du-ht-au-ttc-et-inversement"),
        practises=OUTLINE_FISCALITE,
        answer=ttc,
        wrong=[
            (round_cent(ht * taux / HUNDRED), "C'est le montant de la TVA : ajoutez-le au prix HT."),
            (
                round_cent(ht / (1 - taux / HUNDRED)),
                "Vous avez divisé par (1 − taux) : on multiplie le HT par (1 + taux).",
            ),
            (ht_depuis_ttc(ht, taux_tva=taux), "Vous avez retiré la TVA au lieu de l'ajouter."),
        ],
    )


@variante(CHAPTER, "ht_depuis_ttc")
def ht_question(rng: random.Random) -> NumericQuestion:
    """HT from TTC: divide by (1 + rate); taking the rate off the TTC is the classic mistake."""
    texte, code, taux, ttc = _operation(rng)
    ht = ht_depuis_ttc(ttc, taux_tva=taux)
    coefficient = format_decimal(1 + taux / HUNDRED)
    return numeric_question(
        id="ht_depuis_ttc",
        prompt=f"{texte}. La facture totalise {format_euros(ttc)} TTC ({_libelle(code)}, "
        f"{format_percent(taux)}).\nQuel est le montant **HT** ?",
        explanation=f"HT = TTC ÷ (1 + taux) = {format_euros(ttc)} ÷ {coefficient} = {format_euros(ht)}. "
        f"Retirer {format_percent(taux)} du TTC est faux : la TVA se calcule sur le HT, pas sur le TTC.",
        link=_link("passer-du-ht-au-ttc-et-inversement"),
        practises=OUTLINE_FISCALITE,
        answer=ht,
        wrong=[
            (
                round_cent(ttc * (1 - taux / HUNDRED)),
                f"Vous avez retiré {format_percent(taux)} du TTC : c'est l'erreur classique. La TVA est un "
                f"pourcentage du HT ; il faut diviser le TTC par {coefficient}.",
            ),
            (ttc_depuis_ht(ttc, taux_tva=taux), "Vous avez ajouté la TVA au lieu de la retirer."),
            (ttc - ht, "C'est le montant de la TVA : le HT est le TTC moins cette TVA."),
        ],
    )


@variante(CHAPTER, "base_imposable")
def base_imposable_question(rng: random.Random) -> InvoiceQuestion:
    """VAT base with a discount and shipping: base, VAT, TTC."""
    quantite = rng.randint(2, 12)
    prix = Decimal(rng.randint(80, 1200) * 5) / 2
    remise = Decimal(rng.choice((5, 8, 10, 12, 15)))
    port = Decimal(rng.choice((35, 45, 60, 75, 90, 120)))
    taux = _taux("tva_normal")
    commande = calculer_commande([(quantite, prix)], reductions=[remise], frais_de_port=port, taux_tva=taux)
    sans_port = calculer_commande([(quantite, prix)], reductions=[remise], taux_tva=taux)
    sans_remise = calculer_commande([(quantite, prix)], frais_de_port=port, taux_tva=taux)
    tva_port_hors = round_cent(commande.net_commercial * taux / HUNDRED)
    fields = (
        amount_field(
            "base_ht",
            "Base imposable HT",
            commande.base_ht,
            (
                sans_port.base_ht,
                "Vous avez oublié les frais de port : facturés au client, ils entrent dans la base de la TVA.",
            ),
            (sans_remise.base_ht, "La remise accordée sur la facture réduit la base de la TVA."),
            (commande.montant_brut, "C'est le montant brut : retirez la remise et ajoutez le port."),
        ),
        amount_field(
            "tva",
            f"TVA {format_percent(taux)}",
            commande.montant_tva,
            (tva_port_hors, "Vous avez laissé le port hors de la TVA : il est taxé au taux du bien livré."),
            (sans_remise.montant_tva, ERREUR_REPORTEE),
        ),
        amount_field(
            "net_a_payer",
            "Net à payer TTC",
            commande.net_a_payer,
            (commande.net_commercial + tva_port_hors + port, "Le port doit supporter la TVA, comme le matériel."),
            (sans_port.net_a_payer, "Vous avez oublié les frais de port."),
            (sans_remise.net_a_payer, ERREUR_REPORTEE),
        ),
    )
    return InvoiceQuestion(
        id="base_imposable",
        prompt=f"Bureautik Pro livre {quantite} armoires à {format_euros(prix)} HT l'unité, avec une remise "
        f"de {format_percent(remise)} ; les frais de port facturés au client s'élèvent à {format_euros(port)} "
        f"HT. Taux normal de TVA : {format_percent(taux)}.\nCalculez la base imposable, la TVA et le net à payer.",
        explanation=commande.expliquer(),
        link=_link("la-base-imposable-que-taxe-t-on"),
        practises=OUTLINE_FISCALITE,
        fields=fields,
    )


@variante(CHAPTER, "tva_a_payer")
def tva_a_payer_question(rng: random.Random) -> NumericQuestion:
    """VAT due to the State = VAT collected − VAT deductible."""
    taux = _taux("tva_normal")
    ventes = Decimal(rng.randint(300, 900) * 100)
    achats = Decimal(rng.randint(100, 280) * 100)
    collectee = ttc_depuis_ht(ventes, taux_tva=taux) - ventes
    deductible = ttc_depuis_ht(achats, taux_tva=taux) - achats
    a_payer = collectee - deductible
    return numeric_question(
        id="tva_a_payer",
        prompt=f"Ce mois-ci, Bureautik Pro a vendu pour {format_euros(ventes)} HT et acheté pour "
        f"{format_euros(achats)} HT de marchandises et de services, tout au taux normal de "
        f"{format_percent(taux)}.\nQuel montant de **TVA doit-elle reverser à l'État** ?",
        explanation=f"TVA collectée : {format_euros(ventes)} × {format_percent(taux)} = "
        f"{format_euros(collectee)} ; "
        f"TVA déductible : {format_euros(achats)} × {format_percent(taux)} = {format_euros(deductible)} ; "
        f"TVA à reverser = {format_euros(collectee)} − {format_euros(deductible)} = {format_euros(a_payer)}.",
        link=_link("tva-collectee-tva-deductible-ce-que-coute-vraiment-la-tva"),
        practises=OUTLINE_ARGUMENT,
        answer=a_payer,
        wrong=[
            (collectee, "C'est la TVA collectée : retirez la TVA déductible payée sur les achats."),
            (collectee + deductible, "La TVA payée sur les achats se déduit, elle ne s'ajoute pas."),
            (ventes - achats, "C'est la différence des montants HT : calculez la TVA de chacun."),
        ],
    )


def _autoliquidation() -> SingleChoice:
    concept = FISCALITE.get("autoliquidation")
    taux = _taux("tva_normal")
    ht = Decimal(4000)
    return SingleChoice(
        id="autoliquidation",
        prompt="Bureautik Pro reçoit d'un éditeur de logiciels établi en Allemagne une facture de "
        f"{format_euros(ht)} sans TVA, "
        "portant la mention « Autoliquidation ». Que doit faire Bureautik Pro ?",
        explanation=f"{concept.libelle} : {concept.definition} ({concept.source})",
        link=_link("l-autoliquidation"),
        practises=OUTLINE_FISCALITE,
        choices=(
            Choice(
                "remise",
                f"Rien : l'éditeur lui a fait une remise de {format_percent(taux)}",
                "La TVA n'a pas disparu : elle est due, mais par l'acheteur. Ce n'est pas une remise.",
            ),
            Choice(
                "exiger_tva",
                "Exiger une nouvelle facture avec la TVA française",
                "La facture est conforme : avec l'autoliquidation, c'est le client qui déclare la TVA.",
            ),
            Choice(
                "declarer",
                "Déclarer elle-même la TVA française sur cet achat et la déduire en même temps",
            ),
            Choice(
                "payer_ttc",
                f"Payer {format_euros(ttc_depuis_ht(ht, taux_tva=taux))} à l'éditeur, qui reversera la TVA",
                f"Le fournisseur étranger ne collecte pas la TVA française : Bureautik Pro paie {format_euros(ht)} "
                "et déclare la TVA elle-même.",
            ),
        ),
        answer="declarer",
    )


def _base_categories() -> CategoriesQuestion:
    """What raises or lowers the VAT base (CGI art. 267)."""
    elements = (
        ("Frais de port facturés au client", "augmente"),
        ("Frais d'emballage facturés au client", "augmente"),
        ("Remise de 10 % accordée sur la facture", "diminue"),
        ("Escompte pour paiement comptant indiqué sur la facture", "diminue"),
        ("Rabais pour un défaut de teinte, sur la facture", "diminue"),
        ("TVA elle-même", "hors_base"),
    )
    categories = (
        ("augmente", "S'ajoute à la base", "Les frais accessoires facturés au client s'ajoutent à la base."),
        (
            "diminue",
            "Se retire de la base",
            "Les réductions accordées sur la facture (rabais, remise, ristourne, escompte) diminuent la base.",
        ),
        ("hors_base", "N'entre pas dans la base", "La TVA se calcule sur la base : elle n'en fait pas partie."),
    )
    base = FISCALITE.get("base_imposable")
    return sort_by_reason(
        elements,
        categories,
        id="base_categories",
        prompt="Pour chaque élément d'une facture, dites s'il s'ajoute à la base imposable de la TVA, s'il s'en "
        "retire ou s'il n'y entre pas.",
        explanation=f"{base.libelle} : {base.definition} ({base.source})",
        link=_link("la-base-imposable-que-taxe-t-on"),
        practises=OUTLINE_FISCALITE,
        prefix="e",
    )


def _definitions() -> MatchingQuestion:
    """Each VAT notion ↔ its definition (texts from ``salesplan.concepts``)."""
    return definitions_matching(
        FISCALITE,
        id="definitions_fiscalite",
        prompt="Associez chaque description à la notion de fiscalité qu'elle définit.",
        link=_link("notions"),
        practises=OUTLINE_ARGUMENT,
    )


BANK = Bank(
    CHAPTER,
    "La fiscalité : la TVA",
    (
        _definitions(),
        taux_question(),
        Parametrised("ttc_depuis_ht", ttc_question),
        Parametrised("ht_depuis_ttc", ht_question),
        _base_categories(),
        Parametrised("base_imposable", base_imposable_question),
        _autoliquidation(),
        Parametrised("tva_a_payer", tva_a_payer_question),
    ),
)


__all__ = [
    "BANK",
    "CHAPTER",
    "base_imposable_question",
    "ht_question",
    "taux_question",
    "ttc_question",
    "tva_a_payer_question",
]
