"""Exercices : les repères de la carte mentale (négociation plus longue en BtoB, poids des micro-entreprises)."""

from __future__ import annotations

import random
from decimal import Decimal

from salesplan import parametres
from salesplan.concepts import NOTIONS, REPERES, TYPES_CLIENTS
from salesplan.entreprises import MILLION, categorie_entreprise
from salesplan.exercises.bank import Bank, Parametrised
from salesplan.exercises.banks._tirage import variante
from salesplan.exercises.builders import definition_text, sort_by_reason, statements_question
from salesplan.exercises.numeric_builders import numeric_question
from salesplan.exercises.questions import (
    CategoriesQuestion,
    Choice,
    NumericQuestion,
    SingleChoice,
    notion_links,
)
from salesplan.values import HUNDRED, NBSP, format_number, format_percent

CHAPTER = "reperes"
_link = notion_links(CHAPTER)
AUJOURDHUI = parametres.DATE_DE_REFERENCE

NEGOCIATION = "Négociation plus longue en BtoB qu'en BtoC"
MICRO = "Plus de 90 % des entreprises françaises ont moins de 10 salariés"
_LONGUE = REPERES.get("negociation_plus_longue_btob")
_MICRO = REPERES.get("micro_entreprises_majoritaires")
_EFFECTIF = parametres.valeur("micro_effectif", date=AUJOURDHUI)
_PLAFOND = parametres.valeur("micro_plafond", date=AUJOURDHUI)  # in M€
_SEUIL_EFFECTIF = format_number(_EFFECTIF)
_SEUIL_PLAFOND = format_number(_PLAFOND)


# ---------------------------------------------------------------- 1. why B2B negotiation takes longer

_RAISONS = (
    ("montants", "Les montants sont élevés et engagent l'entreprise, souvent sur plusieurs années.", True, ""),
    ("centre_achat", "Plusieurs personnes interviennent et doivent être convaincues (centre d'achat).", True, ""),
    ("compare", "L'acheteur formalise son besoin, consulte plusieurs fournisseurs et compare.", True, ""),
    ("procedures", "La décision suit des procédures internes (validation, budget, comité) ou publiques.", True, ""),
    (
        "moins_informe",
        "L'acheteur professionnel est moins bien informé qu'un particulier.",
        False,
        "C'est l'inverse : l'acheteur professionnel est souvent mieux informé, et il compare systématiquement.",
    ),
    (
        "prix_fixe",
        "Entre professionnels, les prix ne se négocient pas : on attend la mise à jour du tarif.",
        False,
        "Au contraire, tout se négocie en BtoB : prix, remises, délais de paiement, garanties.",
    ),
)

RAISONS = statements_question(
    _RAISONS,
    explain_left_out=True,
    id="raisons_negociation_longue",
    prompt="Pourquoi la négociation est-elle plus longue en BtoB qu'en BtoC ? Cochez **toutes** les bonnes raisons.",
    explanation=f"{_LONGUE.definition}\n*Exemple :* {_LONGUE.exemple}",
    link=_link("la-negociation-est-plus-longue-en-btob-qu-en-btoc"),
    practises=(NEGOCIATION,),
)


# ---------------------------------------------------------------- 2. B2B or B2C purchase?

_ACHATS = (
    ("Plusieurs personnes donnent leur avis avant la signature", "btob"),
    ("Un cahier des charges est rédigé et plusieurs devis sont comparés", "btob"),
    ("La commande doit être validée par la hiérarchie ou un comité", "btob"),
    ("Le contrat engage l'acheteur pour 48 mois", "btob"),
    ("L'acheteur décide seul, en magasin, en quelques minutes", "btoc"),
    ("L'achat se fait sur un coup de cœur, sans comparaison", "btoc"),
    ("L'acheteur achète pour son usage personnel", "btoc"),
)
_GENRES = (
    ("btob", "Achat BtoB (organisation)", "C'est un trait de l'achat professionnel, qui allonge la négociation."),
    (
        "btoc",
        "Achat BtoC (particulier)",
        "C'est un trait de l'achat d'un particulier : décision rapide, une seule personne.",
    ),
)


def _btob_btoc() -> CategoriesQuestion:
    processus = NOTIONS.get("processus_achat")
    return sort_by_reason(
        _ACHATS,
        _GENRES,
        id="btob_ou_btoc",
        prompt="Classez chaque situation : décrit-elle plutôt un achat BtoB ou un achat BtoC ?",
        explanation=f"{processus.libelle} : {processus.definition}\n*Exemple :* {_LONGUE.exemple}",
        link=_link("la-negociation-est-plus-longue-en-btob-qu-en-btoc"),
        prefix="t",
        practises=(NEGOCIATION,),
    )


# ---------------------------------------------------------------- 3. how many micro-enterprises?

PROPORTION = SingleChoice(
    id="part_micro_entreprises",
    prompt="Parmi les entreprises françaises (secteurs marchands non agricoles et non financiers, Insee), quelle "
    "part sont des micro-entreprises ?",
    explanation=_MICRO.definition,
    link=_link("plus-de-90-des-entreprises-francaises-ont-moins-de-10-salaries"),
    choices=(
        Choice("moitie", "Environ la moitié", "Bien plus : les micro-entreprises sont l'écrasante majorité."),
        Choice("deux_tiers", "Environ les deux tiers", "Bien plus : les micro-entreprises sont l'écrasante majorité."),
        Choice("plus_90", "Plus de 90 %"),
        Choice(
            "minorite",
            "Moins d'un quart : la plupart des entreprises sont des PME",
            "Non : les PME (hors micro-entreprises), les ETI et les grandes entreprises sont peu nombreuses, même "
            "si elles font l'essentiel du chiffre d'affaires.",
        ),
    ),
    answer="plus_90",
    practises=(MICRO,),
)

_MICRO_TYPE = TYPES_CLIENTS.get("micro")
DEFINITION_MICRO = SingleChoice(
    id="definition_micro",
    prompt="La carte mentale dit « moins de 10 salariés ». Quelle est la définition exacte d'une micro-entreprise "
    "(décret n° 2008-1354, repris par l'Insee) ?",
    explanation=definition_text(_MICRO_TYPE),
    link=_link("plus-de-90-des-entreprises-francaises-ont-moins-de-10-salaries"),
    choices=(
        Choice(
            "effectif_seul",
            f"Moins de {_SEUIL_EFFECTIF} salariés, sans autre condition",
            "C'est l'approximation de la carte mentale : le décret ajoute un critère financier.",
        ),
        Choice(
            "exacte",
            f"Moins de {_SEUIL_EFFECTIF} personnes, et un chiffre d'affaires ou un total de bilan d'au plus "
            f"{_SEUIL_PLAFOND} millions d'euros",
        ),
        Choice(
            "regime_fiscal",
            "Toute entreprise soumise au régime fiscal du micro-entrepreneur",
            "Ne confondez pas : le régime du micro-entrepreneur est un régime fiscal et social, pas une catégorie "
            "de taille.",
        ),
        Choice(
            "vingt",
            f"Moins de 20 personnes et un chiffre d'affaires d'au plus {_SEUIL_PLAFOND} millions d'euros",
            f"Le seuil d'effectif est de {_SEUIL_EFFECTIF} personnes (« moins de »).",
        ),
    ),
    answer="exacte",
    practises=(MICRO,),
)


# ---------------------------------------------------------------- 4. share of micro-enterprises in a prospect file

_PROSPECTS = (
    "Agence immobilière, Lyon 6e",
    "Cabinet d'expertise comptable, Villeurbanne",
    "Boulangerie-pâtisserie, Bron",
    "Négociant en vins, Lyon 2e",
    "Bureau d'études thermiques, Vénissieux",
    "Auto-école, Caluire",
    "Grossiste en matériel électrique, Saint-Priest",
    "Agence de communication, Lyon 3e",
    "Imprimerie, Vaulx-en-Velin",
    "Cabinet d'avocats, Lyon 1er",
)


def _profil(rng: random.Random, sorte: str) -> tuple[int, Decimal, Decimal]:
    """(effectif, CA, bilan) in euros for one kind of prospect."""
    dix_mille = Decimal(10_000)
    if sorte == "micro":
        return rng.randint(2, 9), rng.randint(12, 190) * dix_mille, rng.randint(5, 150) * dix_mille
    if sorte == "gros_montants":  # fewer than 10 people but CA and balance sheet above 2 M€
        return rng.randint(4, 9), rng.randint(220, 400) * dix_mille, rng.randint(210, 300) * dix_mille
    if sorte == "dix":  # exactly 10 people
        return 10, rng.randint(80, 180) * dix_mille, rng.randint(30, 120) * dix_mille
    return rng.randint(20, 200), rng.randint(300, 3000) * dix_mille, rng.randint(150, 2000) * dix_mille


def _en_millions(euros: Decimal) -> str:
    """« 1,25 M€ »."""
    return f"{format_number(euros / MILLION)}{NBSP}M€"


def _part(n: int, total: int) -> Decimal:
    return (Decimal(n) * HUNDRED / total).quantize(Decimal("0.1"))


@variante(CHAPTER, "part_micro_fichier")
def part_micro_question(rng: random.Random) -> NumericQuestion:
    """Share of micro-enterprises in a prospect file, by the decree's definition."""
    total = rng.randint(8, len(_PROSPECTS))
    pieges = ["gros_montants"] * rng.randint(1, 2) + ["dix"] * rng.randint(0, 1) + ["pme"] * rng.randint(0, 2)
    sortes = pieges + ["micro"] * (total - len(pieges))
    rng.shuffle(sortes)
    noms = rng.sample(_PROSPECTS, total)
    lignes = [(nom, *_profil(rng, s)) for nom, s in zip(noms, sortes, strict=True)]
    categories = [categorie_entreprise(e, ca, b, date=AUJOURDHUI) for _, e, ca, b in lignes]
    nombre_micro = sum(c.code == "micro" for c in categories)
    part = _part(nombre_micro, len(lignes))
    prompt = (
        "Voici un extrait du fichier de prospection de Bureautik Pro (effectif, chiffre d'affaires, total de "
        "bilan du dernier exercice) :\n"
        + "\n".join(
            f"- {nom} : {e} personnes ; CA {_en_millions(ca)} ; bilan {_en_millions(b)}" for nom, e, ca, b in lignes
        )
        + "\nQuelle **part** de ces entreprises sont des **micro-entreprises** au sens du décret n° 2008-1354, "
        "en % (à 0,1 près) ?"
    )
    effectif_seul = sum(e < _EFFECTIF for _, e, _, _ in lignes)
    au_plus_dix = sum(
        categorie_entreprise(min(Decimal(e), _EFFECTIF - 1), ca, b, date=AUJOURDHUI).code == "micro"
        for _, e, ca, b in lignes
    )
    detail = "\n".join(f"- {nom} : {c.libelle}" for (nom, *_), c in zip(lignes, categories, strict=True))
    return numeric_question(
        id="part_micro_fichier",
        prompt=prompt,
        explanation=f"Micro-entreprise : moins de {_SEUIL_EFFECTIF} personnes et un chiffre d'affaires ou un total "
        f"de bilan d'au plus {_SEUIL_PLAFOND} M€.\n{detail}\nSoit {nombre_micro} sur {len(lignes)} = "
        f"{format_percent(part, decimals=1)}.",
        link=_link("plus-de-90-des-entreprises-francaises-ont-moins-de-10-salaries"),
        answer=part,
        unit="%",
        step=Decimal("0.1"),
        wrong=[
            (
                _part(effectif_seul, len(lignes)),
                "Vous n'avez regardé que l'effectif : une entreprise de moins de 10 personnes dont le chiffre "
                "d'affaires ET le total de bilan dépassent 2 M€ n'est pas une micro-entreprise.",
            ),
            (
                _part(au_plus_dix, len(lignes)),
                "« Moins de 10 personnes » est strict : une entreprise de 10 personnes n'est pas une micro-entreprise.",
            ),
            (
                Decimal(nombre_micro),
                "Vous avez donné le nombre de micro-entreprises ; la question demande une part en %.",
            ),
        ],
        practises=(MICRO,),
    )


# ---------------------------------------------------------------- 5. what it means for the seller

CONSEQUENCE = SingleChoice(
    id="consequence_vendeur",
    prompt="Neuf entreprises sur dix du fichier de Bureautik Pro sont des TPE. Quelle conséquence commerciale "
    "en tirer ?",
    explanation=f"{_MICRO.exemple}\n{_MICRO_TYPE.libelle} : {_MICRO_TYPE.definition}",
    link=_link("plus-de-90-des-entreprises-francaises-ont-moins-de-10-salaries"),
    choices=(
        Choice(
            "ignorer",
            "Les ignorer : elles ne font presque pas de chiffre d'affaires",
            "Chacune achète peu, mais elles sont si nombreuses qu'elles forment une part importante de la clientèle.",
        ),
        Choice(
            "offre_simple",
            "Prévoir pour elles une offre simple, négociée avec le dirigeant, et une approche par comptes pour les ETI",
        ),
        Choice(
            "service_achats",
            "Demander à chaque TPE de passer par son service achats",
            "Une TPE n'a pas de service achats : le dirigeant décide lui-même.",
        ),
        Choice(
            "appel_offres",
            "Attendre leurs appels d'offres publiés au BOAMP",
            "Le BOAMP publie les marchés publics ; une TPE privée achète librement, souvent après quelques devis.",
        ),
    ),
    answer="offre_simple",
    practises=(MICRO, NEGOCIATION),
)


BANK = Bank(
    CHAPTER,
    "Repères",
    (
        RAISONS,
        _btob_btoc(),
        PROPORTION,
        DEFINITION_MICRO,
        Parametrised("part_micro_fichier", part_micro_question),
        CONSEQUENCE,
    ),
)


__all__ = [
    "BANK",
    "CHAPTER",
    "CONSEQUENCE",
    "DEFINITION_MICRO",
    "PROPORTION",
    "RAISONS",
    "part_micro_question",
]
