"""Exercices : objectifs, stratégie d'approche, marge (``salesplan.marges``) et outils d'aide à la vente."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import partial

from salesplan import marges, parametres
from salesplan.commande import ttc_depuis_ht
from salesplan.concepts import OBJECTIFS, OUTILS_AIDE_VENTE, STRATEGIES_APPROCHE
from salesplan.exercises.bank import Bank, Parametrised, first_sentence
from salesplan.exercises.banks._tirage import variante
from salesplan.exercises.builders import (
    categories_question,
    concept_matching,
    glossary,
    recall_picked_quoted,
    situation_question,
)
from salesplan.exercises.numeric_builders import numeric_question
from salesplan.exercises.questions import (
    CategoriesQuestion,
    Item,
    MatchingQuestion,
    NumericQuestion,
    notion_links,
)
from salesplan.values import CENT, HUNDRED, format_decimal, format_euros, format_percent

CHAPTER = "preparation/objectifs_strategie"
_link = notion_links(CHAPTER)
OUTLINE_OBJECTIFS = ("Fixer les objectifs : qualitatifs / quantitatifs",)
OUTLINE_APPROCHE = ("Stratégie d'approche",)
OUTLINE_MARGE = ("Évaluer sa marge",)
OUTLINE_OUTILS = ("Préparer les outils d'aide à la vente",)
# Every numeric question of the bank is a margin calculation: it links to « Évaluer sa marge » and trains that line.
_question_marge = partial(numeric_question, link=_link("evaluer-sa-marge"), practises=OUTLINE_MARGE)
PRODUITS = (
    ("un copieur multifonction couleur", 1800, 4200),
    ("un bureau réglable en hauteur", 280, 650),
    ("un fauteuil ergonomique", 120, 380),
    ("une armoire à rideaux", 190, 420),
    ("un destructeur de documents", 90, 260),
    ("un vidéoprojecteur", 350, 900),
)
TAUX = (15, 20, 25, 30, 35, 40, 45, 50, 60)
MARQUE_POUR_MARGE = (
    "Vous avez calculé le taux de marque (marge ÷ prix de vente) : "
    "le taux de marge divise la marge par le coût d'achat."
)
MARGE_POUR_MARQUE = (
    "Vous avez calculé le taux de marge (marge ÷ coût d'achat) : "
    "le taux de marque divise la marge par le prix de vente."
)


def _tva() -> Decimal:
    return parametres.valeur("tva_normal")


def _affaire(rng: random.Random) -> tuple[str, Decimal, Decimal]:
    """A product, its purchase cost HT and its selling price HT (cost × (1 + a usual taux de marge))."""
    produit, bas, haut = rng.choice(PRODUITS)
    cout = Decimal(rng.randint(bas, haut))
    prix = marges.prix_vente_depuis_taux_de_marge(cout, Decimal(rng.choice(TAUX)) + rng.randint(0, 9))
    return produit, cout, prix


def _enonce(produit: str, cout: Decimal, prix: Decimal) -> str:
    return (
        f"Bureautik Pro achète {produit} {format_euros(cout)} HT à son fournisseur et le propose à "
        f"{format_euros(prix)} HT."
    )


@dataclass(frozen=True)
class _TauxDeMarge:
    """One of the two margin rates: the margin divided by the cost (taux de marge) or by the price (taux de marque)."""

    id: str
    nom: str
    sur_le_prix: bool
    confusion: str  # the message when the other rate is given

    def calculer(self, cout: Decimal, prix: Decimal) -> Decimal:
        return (marges.taux_de_marque if self.sur_le_prix else marges.taux_de_marge)(cout, prix)

    def autre(self, cout: Decimal, prix: Decimal) -> Decimal:
        return (marges.taux_de_marge if self.sur_le_prix else marges.taux_de_marque)(cout, prix)


_TAUX_DE_MARGE = _TauxDeMarge("taux_de_marge", "taux de marge", sur_le_prix=False, confusion=MARQUE_POUR_MARGE)
_TAUX_DE_MARQUE = _TauxDeMarge("taux_de_marque", "taux de marque", sur_le_prix=True, confusion=MARGE_POUR_MARQUE)


def _taux_question(rng: random.Random, taux: _TauxDeMarge) -> NumericQuestion:
    """The rate asked on a product drawn with :func:`_affaire`; the other rate is the classic wrong answer."""
    produit, cout, prix = _affaire(rng)
    valeur = taux.calculer(cout, prix)
    marge = marges.marge_unitaire(cout, prix)
    diviseur, base = ("prix de vente HT", prix) if taux.sur_le_prix else ("coût d'achat HT", cout)
    comparaison = (
        f" Il est plus petit que le taux de marge ({format_percent(taux.autre(cout, prix))}) : même marge, "
        "diviseur plus grand."
        if taux.sur_le_prix
        else ""
    )
    return _question_marge(
        id=taux.id,
        prompt=_enonce(produit, cout, prix) + f" Quel est son **{taux.nom}**, en % (à 0,01 près) ?",
        explanation=f"Marge unitaire = {format_euros(prix)} − {format_euros(cout)} = {format_euros(marge)} ; "
        f"{taux.nom} = marge ÷ {diviseur} × 100 = {format_euros(marge)} ÷ {format_euros(base)} × 100 = "
        f"{format_percent(valeur)}.{comparaison}",
        answer=valeur,
        unit="%",
        wrong=[
            (taux.autre(cout, prix), taux.confusion),
            (marge, f"C'est la marge en euros : rapportez-la au {diviseur.removesuffix(' HT')} pour obtenir un taux."),
        ],
    )


@variante(CHAPTER, "taux_de_marge")
def taux_de_marge_question(rng: random.Random) -> NumericQuestion:
    """Taux de marge (on the cost); the taux de marque is the classic wrong answer."""
    return _taux_question(rng, _TAUX_DE_MARGE)


@variante(CHAPTER, "taux_de_marque")
def taux_de_marque_question(rng: random.Random) -> NumericQuestion:
    """Taux de marque (on the selling price); the taux de marge is the classic wrong answer."""
    return _taux_question(rng, _TAUX_DE_MARQUE)


@variante(CHAPTER, "coefficient")
def coefficient_question(rng: random.Random) -> NumericQuestion:
    """Coefficient multiplicateur = PV TTC ÷ coût d'achat HT (the VAT is inside)."""
    produit, cout, prix = _affaire(rng)
    tva = _tva()
    ttc = ttc_depuis_ht(prix, taux_tva=tva)
    coef = marges.coefficient_multiplicateur(cout, ttc).quantize(CENT, rounding=ROUND_HALF_UP)
    sans_tva = marges.coefficient_multiplicateur(cout, prix).quantize(CENT, rounding=ROUND_HALF_UP)
    return _question_marge(
        id="coefficient",
        prompt=_enonce(produit, cout, prix) + f" La TVA est au taux normal de {format_percent(tva)}.\n"
        "Quel est le **coefficient multiplicateur** (à 0,01 près) ?",
        explanation=f"Prix de vente TTC = {format_euros(prix)} × (1 + {format_percent(tva)}) = "
        f"{format_euros(ttc)} ; "
        f"coefficient = PV TTC ÷ coût d'achat HT = {format_euros(ttc)} ÷ {format_euros(cout)} ≈ "
        f"{format_decimal(coef)}.",
        answer=coef,
        unit="",
        wrong=[
            (sans_tva, "Vous avez divisé le prix HT par le coût : le coefficient mène au prix TTC, TVA comprise."),
            (
                (ttc / prix).quantize(CENT, rounding=ROUND_HALF_UP),
                "Vous avez divisé le TTC par le HT : c'est le coefficient de TVA, pas le coefficient multiplicateur.",
            ),
        ],
    )


def _exigence(rng: random.Random) -> tuple[str, Decimal, Decimal, Decimal]:
    """A product, its cost, its list price HT and the minimal taux de marque demanded by the management."""
    while True:
        produit, cout, prix = _affaire(rng)
        minimum = Decimal(rng.choice((10, 12, 15, 18, 20, 22, 25)))
        if marges.taux_de_marque(cout, prix) > minimum + 3:
            return produit, cout, prix, minimum


@variante(CHAPTER, "prix_plancher")
def prix_plancher_question(rng: random.Random) -> NumericQuestion | None:
    """Floor price from a minimal taux de marque; applying it on the cost (taux de marge) is the mistake."""
    produit, cout, prix, minimum = _exigence(rng)
    plancher = marges.prix_plancher(cout, taux_de_marque_minimal=minimum)
    exact = cout / (1 - minimum / HUNDRED)
    if exact.quantize(CENT, rounding=ROUND_HALF_UP) != plancher:  # a doubt on the last cent: draw again
        return None
    return _question_marge(
        id="prix_plancher",
        prompt=_enonce(produit, cout, prix) + f" La direction exige un **taux de marque** d'au moins "
        f"{format_percent(minimum)}. Quel est le **prix plancher** HT, en dessous duquel le commercial "
        "doit refuser ?",
        explanation=f"Prix plancher = coût d'achat ÷ (1 − taux de marque minimal) = {format_euros(cout)} ÷ "
        f"(1 − {format_percent(minimum)}) = {format_euros(plancher)} HT. Vérification : la marge "
        f"{format_euros(plancher - cout)} représente {format_percent(marges.taux_de_marque(cout, plancher))} "
        "du prix de vente.",
        answer=plancher,
        wrong=[
            (
                marges.prix_plancher(cout, taux_de_marge_minimal=minimum),
                "Vous avez appliqué le taux au coût d'achat (coût × (1 + taux)) : c'est un taux de marge. Un "
                "taux de marque se calcule sur le prix de vente : coût ÷ (1 − taux).",
            ),
            (cout, "C'est le coût d'achat : vendre à ce prix ne laisse aucune marge."),
        ],
    )


@variante(CHAPTER, "remise_maximale")
def remise_maximale_question(rng: random.Random) -> NumericQuestion | None:
    """Largest discount that keeps the minimal taux de marque."""
    produit, cout, prix, minimum = _exigence(rng)
    remise = marges.remise_maximale(prix, cout, taux_de_marque_minimal=minimum)
    plancher = marges.prix_plancher(cout, taux_de_marque_minimal=minimum)
    exact = (1 - plancher / prix) * HUNDRED
    if exact.quantize(CENT, rounding=ROUND_HALF_UP) != remise:  # rounding down or to the nearest must agree
        return None
    ecart = marges.taux_de_marque(cout, prix) - minimum
    return _question_marge(
        id="remise_maximale",
        prompt=_enonce(produit, cout, prix) + f" La direction exige un taux de marque d'au moins "
        f"{format_percent(minimum)}.\nQuelle **remise maximale**, en % du prix proposé (à 0,01 près), "
        "le commercial "
        "peut-il accorder ?",
        explanation=f"Prix plancher = {format_euros(cout)} ÷ (1 − {format_percent(minimum)}) = "
        f"{format_euros(plancher)} ; remise maximale = (1 − {format_euros(plancher)} ÷ {format_euros(prix)}) × 100 "
        f"= {format_percent(remise)}. Au-delà, toute concession se négocie contre une contrepartie.",
        answer=remise,
        unit="%",
        wrong=[
            (
                marges.remise_maximale(prix, cout, taux_de_marge_minimal=minimum),
                "Vous avez traité l'exigence comme un taux de marge (sur le coût) : c'est un taux de marque, "
                "prix plancher = coût ÷ (1 − taux).",
            ),
            (ecart, "On ne soustrait pas des taux : calculez le prix plancher, puis l'écart avec le prix proposé."),
            (prix - plancher, "C'est la remise maximale en euros : exprimez-la en % du prix proposé."),
            (
                ((prix - plancher) / plancher * HUNDRED).quantize(CENT, rounding=ROUND_HALF_UP),
                "Vous avez rapporté l'écart au prix plancher : une remise s'exprime en % du prix proposé.",
            ),
        ],
    )


OBJECTIFS_PROPOSES = (
    ("objectifs_quantitatifs", "Vendre au moins 20 fauteuils de bureau à la clinique, livraison comprise."),
    ("objectifs_quantitatifs", "Louer trois copieurs couleur au cabinet Durand & Associés."),
    ("objectifs_quantitatifs", "Ne pas dépasser 8 % de remise sur le mobilier."),
    ("objectifs_quantitatifs", "Garder un taux de marque d'au moins 25 % sur la commande."),
    ("objectifs_qualitatifs", "Savoir quand se termine le contrat actuel de la clinique."),
    ("objectifs_qualitatifs", "Obtenir une démonstration devant l'associé gérant."),
    ("objectifs_qualitatifs", "Apprendre qui décide des achats pour le site de Grenoble."),
    ("objectifs_qualitatifs", "Laisser l'image d'un fournisseur expert de la maintenance."),
)


def _objectifs() -> CategoriesQuestion:
    types = ("objectifs_quantitatifs", "objectifs_qualitatifs")
    return categories_question(
        id="objectifs",
        prompt="Le commercial de Bureautik Pro prépare son rendez-vous. Classez chacun de ses objectifs.",
        explanation=glossary(OBJECTIFS.get(t) for t in types),
        link=_link("fixer-les-objectifs-qualitatifs-et-quantitatifs"),
        practises=OUTLINE_OBJECTIFS,
        rows=[
            (texte, t, f"{OBJECTIFS.get(t).libelle} : {OBJECTIFS.get(t).definition}") for t, texte in OBJECTIFS_PROPOSES
        ],
        categories=tuple(Item(t, OBJECTIFS.get(t).libelle) for t in types),
        prefix="o",
    )


# New situations (not the lesson's examples), one drawn per variant.
APPROCHES: dict[str, tuple[str, ...]] = {
    "recommandation": (
        "La directrice d'une crèche, cliente depuis trois ans, donne le nom de Bureautik Pro à la directrice "
        "d'une autre crèche du réseau ; le commercial appelle de sa part.",
        "Un syndic de copropriété satisfait transmet les coordonnées du commercial à deux confrères, qui "
        "recevront une remise de bienvenue, lui un bon d'achat.",
    ),
    "social_selling": (
        "Sur un réseau professionnel, le commercial lit qu'un cabinet de recrutement vient de gagner un gros "
        "client ; il commente la publication puis écrit au dirigeant pour proposer un rendez-vous.",
        "Le commercial partage chaque semaine sur un réseau professionnel un conseil pour réduire les coûts "
        "d'impression ; une gérante qui a aimé trois de ses publications reçoit une invitation à échanger.",
    ),
}


def _approche(code: str) -> Parametrised:
    return situation_question(
        f"approche_{code}",
        situations=APPROCHES[code],
        right=STRATEGIES_APPROCHE.get(code),
        family=list(STRATEGIES_APPROCHE),
        prompt="Quelle stratégie d'approche Bureautik Pro utilise-t-elle ici ?",
        link=_link("definir-la-strategie-d-approche"),
        practises=OUTLINE_APPROCHE,
    )


def _outils() -> MatchingQuestion:
    return concept_matching(
        OUTILS_AIDE_VENTE,
        id="outils_aide_vente",
        prompt="Avant le rendez-vous chez Durand & Associés, le commercial réunit ses outils d'aide à la vente. "
        "Associez chaque description à l'outil qu'elle décrit.",
        explanation="\n".join(f"**{o.libelle}** — exemple : {o.exemple}" for o in OUTILS_AIDE_VENTE),
        link=_link("preparer-les-outils-d-aide-a-la-vente"),
        practises=OUTLINE_OUTILS,
        shown=lambda o: first_sentence(o.definition),
        prefix="d",
        wrong=recall_picked_quoted,
    )


BANK = Bank(
    CHAPTER,
    "Objectifs et stratégie",
    (
        _objectifs(),
        _approche("recommandation"),
        _approche("social_selling"),
        Parametrised("taux_de_marge", taux_de_marge_question),
        Parametrised("taux_de_marque", taux_de_marque_question),
        Parametrised("coefficient", coefficient_question),
        Parametrised("prix_plancher", prix_plancher_question),
        Parametrised("remise_maximale", remise_maximale_question),
        _outils(),
    ),
)


__all__ = [
    "BANK",
    "CHAPTER",
    "coefficient_question",
    "prix_plancher_question",
    "remise_maximale_question",
    "taux_de_marge_question",
    "taux_de_marque_question",
]
