"""Exercices : la typologie des clients professionnels (taille, centrale d'achat, CSE, administrations)."""

from __future__ import annotations

import random
from decimal import Decimal

from salesplan import parametres
from salesplan.concepts import CIBLES, TYPES_CLIENTS
from salesplan.entreprises import MILLION, categorie_entreprise
from salesplan.exercises.bank import Bank, Parametrised, first_sentence
from salesplan.exercises.banks._tirage import variante
from salesplan.exercises.builders import (
    categories_question,
    definition_text,
    definitions_matching,
    labels,
    statements_question,
)
from salesplan.exercises.questions import (
    CategoriesQuestion,
    Choice,
    MatchingQuestion,
    SingleChoice,
    notion_links,
)
from salesplan.values import NARROW_NBSP

CHAPTER = "processus_achat/typologie_clients"
AUJOURDHUI = parametres.DATE_DE_REFERENCE
_link = notion_links(CHAPTER)

TPE_PME = "TPE/PME = cible plus restreinte mais plus informée (négociation avec le directeur)"
GRANDES = "Grandes entreprises = services dédiés (centrale d'achat)"
COMITE = "Comité d'entreprise (+ de 50 salariés), présidé par le directeur"
INSTITUTIONNELS = "Acteurs institutionnels (État, administrations, ...)"
BTOB = "Professionnels (BtoB)"
BTOG = "Administrations (BtoG > Gouvernement)"

_TAILLES = ("micro", "pme", "eti", "grande_entreprise")


def _seuil(code: str) -> str:
    """A headcount threshold of the parametres table, as text (« 50 »)."""
    return format(parametres.valeur(code, date=AUJOURDHUI).normalize(), "f")


def _entier(n: Decimal) -> str:
    """« 5 400 » (narrow no-break space between thousands)."""
    return f"{int(n):,}".replace(",", NARROW_NBSP)


def _millions(euros: Decimal) -> str:
    """« 62,4 millions d'euros », « 1 093,7 millions d'euros », « 1,5 million d'euros »."""
    n = euros / MILLION
    entier, _, decimales = format(n.normalize(), "f").partition(".")
    texte = _entier(Decimal(entier)) + ("," + decimales if decimales else "")
    return texte + (" million d'euros" if n < 2 else " millions d'euros")


# ---------------------------------------------------------------- 1. definitions of each kind of client


def _definitions() -> MatchingQuestion:
    return definitions_matching(
        TYPES_CLIENTS,
        id="definitions_types",
        prompt="Associez chaque description au type de client professionnel qu'elle décrit.",
        link=_link("notions"),
        practises=(BTOB, TPE_PME, GRANDES, COMITE, BTOG, INSTITUTIONNELS),
        short=True,
    )


# ---------------------------------------------------------------- 2. size of a company (décret 2008-1354)

# Each case is drawn near a threshold, where the usual mistakes change the answer.
_CAS = ("pme_par_bilan", "seuil_pme", "micro_par_bilan", "seuil_micro", "grande_par_effectif")


def _drawn(rng: random.Random, low: int, high: int) -> Decimal:
    """A whole number of hundreds of thousands of euros between low and high (in hundreds of k€)."""
    return Decimal(rng.randint(low, high)) * 100_000


def _cas(rng: random.Random) -> tuple[Decimal, Decimal, Decimal]:
    """(effectif, chiffre d'affaires, total de bilan) for one tricky case."""
    cas = rng.choice(_CAS)
    if cas == "pme_par_bilan":  # CA above 50 M€, balance sheet below 43 M€
        return Decimal(rng.randint(60, 240)), _drawn(rng, 510, 800), _drawn(rng, 200, 420)
    if cas == "seuil_pme":  # exactly 250 people
        return Decimal(250), _drawn(rng, 250, 480), _drawn(rng, 150, 400)
    if cas == "micro_par_bilan":  # CA above 2 M€, balance sheet below
        return Decimal(rng.randint(3, 9)), _drawn(rng, 21, 35), _drawn(rng, 5, 19)
    if cas == "seuil_micro":  # exactly 10 people
        return Decimal(10), _drawn(rng, 6, 18), _drawn(rng, 3, 15)
    return Decimal(rng.randint(50, 90)) * 100, _drawn(rng, 8000, 14000), _drawn(rng, 6000, 19000)


@variante(CHAPTER, "categorie")
def categorie_question(rng: random.Random) -> SingleChoice:
    """Which category is this company? Wrong choices name the rule misread."""
    effectif, ca, bilan = _cas(rng)
    juste = categorie_entreprise(effectif, ca, bilan, date=AUJOURDHUI)
    plus_haut = max(ca, bilan)
    erreurs = (
        (
            categorie_entreprise(effectif, plus_haut, plus_haut, date=AUJOURDHUI).code,
            "Vous avez exigé que le chiffre d'affaires ET le total de bilan restent sous les plafonds : il suffit "
            "de l'un des deux (« ou »).",
        ),
        (
            categorie_entreprise(effectif - 1, ca, bilan, date=AUJOURDHUI).code,
            "Attention au seuil d'effectif : « moins de » est strict ; une entreprise qui atteint exactement le "
            "seuil passe dans la catégorie supérieure.",
        ),
        (
            categorie_entreprise(1, ca, bilan, date=AUJOURDHUI).code,
            "Vous n'avez regardé que les montants : l'effectif est une condition à part entière, et il doit "
            "rester sous le seuil de la catégorie.",
        ),
    )

    def feedback(code: str) -> str:
        if code == juste.code:
            return ""
        for mauvais, message in erreurs:
            if mauvais == code:
                return message
        type_client = TYPES_CLIENTS.get(code)
        return f"{type_client.libelle} : {first_sentence(type_client.definition)}"

    return SingleChoice(
        id="categorie",
        prompt=f"Un prospect de Bureautik Pro occupe **{_entier(effectif)} personnes** (en unités de travail "
        f"par année). Son dernier exercice : chiffre d'affaires **{_millions(ca)}**, total de bilan "
        f"**{_millions(bilan)}**.\nDans quelle catégorie le décret n° 2008-1354 le range-t-il ?",
        explanation=juste.expliquer(),
        link=_link("mesurer-la-taille-le-decret-n-2008-1354"),
        choices=tuple(Choice(code, TYPES_CLIENTS.get(code).libelle, feedback(code)) for code in _TAILLES),
        answer=juste.code,
        practises=(BTOB, TPE_PME, GRANDES),
    )


# ---------------------------------------------------------------- 3. negotiating with a TPE / PME

_TPE = (
    (
        "dirigeant",
        "On y négocie en général avec le dirigeant (ou, dans une PME, un responsable administratif et financier).",
        True,
        "Oui : le dirigeant constate le besoin, compare, négocie et signe.",
    ),
    (
        "informe",
        "L'interlocuteur est bien informé : il a consulté des comparatifs et demandé plusieurs devis.",
        True,
        "Oui : cible restreinte, mais informée ; arrivez avec des chiffres précis.",
    ),
    (
        "court",
        "Le processus est plutôt court et peu formalisé : la décision peut tomber dans la semaine.",
        True,
        "Oui : une seule personne décide, sans comité ni procédure écrite.",
    ),
    (
        "reference",
        "Il faut d'abord être référencé par la direction des achats.",
        False,
        "Le référencement par un service achats est le propre des grandes entreprises (et de beaucoup d'ETI).",
    ),
    (
        "centrale",
        "Les commandes passent par une centrale d'achat qui a négocié les prix pour tous.",
        False,
        "La centrale d'achat sert des groupes et des réseaux (filiales, franchisés, adhérents), pas une TPE isolée.",
    ),
    (
        "ccp",
        "L'achat suit le Code de la commande publique (publicité, mise en concurrence).",
        False,
        "Le Code de la commande publique s'applique aux acheteurs publics (BtoG), pas aux entreprises privées.",
    ),
)

TPE_QUESTION = statements_question(
    _TPE,
    id="negocier_tpe_pme",
    prompt="Bureautik Pro prospecte une agence de communication de 7 personnes à Villeurbanne. "
    "Cochez **toutes** les affirmations vraies sur la négociation avec ce type de client.",
    explanation=f"{TYPES_CLIENTS.get('micro').libelle} : {TYPES_CLIENTS.get('micro').definition}",
    link=_link("tpe-et-pme-une-cible-plus-restreinte-mais-informee"),
    practises=(TPE_PME, GRANDES),
)


# ---------------------------------------------------------------- 4. big companies: central buying

_CENTRALE = TYPES_CLIENTS.get("centrale_achat")
_GE = TYPES_CLIENTS.get("grande_entreprise")

CENTRALE_QUESTION = SingleChoice(
    id="centrale_achat",
    prompt="Les 35 magasins d'un réseau de franchisés de bricolage commandent désormais leurs fournitures de "
    "bureau aux conditions négociées une fois pour toutes par une structure commune, qui choisit les "
    "fournisseurs autorisés. Bureautik Pro livrait jusqu'ici quatre de ces magasins.\n"
    "Qui Bureautik Pro doit-elle convaincre **en priorité** ?",
    explanation=f"{_CENTRALE.libelle} : {_CENTRALE.definition}\nPerdre le référencement, c'est perdre tous les "
    "magasins d'un coup ; l'obtenir, c'est pouvoir les livrer tous.",
    link=_link("grandes-entreprises-des-services-dedies-et-la-centrale-d-achat"),
    choices=(
        Choice(
            "magasins",
            "Chaque directeur de magasin, un par un",
            "Les magasins commandent aux conditions fixées par la structure commune : sans référencement, "
            "ils ne peuvent plus vous choisir.",
        ),
        Choice("centrale", _CENTRALE.libelle),
        Choice(
            "cse",
            "Le comité social et économique du réseau",
            "Le CSE achète pour les salariés (activités sociales et culturelles) et pour son local, pas les "
            "fournitures des magasins.",
        ),
        Choice(
            "commande_publique",
            "Le service de la commande publique",
            "Ce service existe chez les acheteurs publics (BtoG) ; un réseau de franchisés est privé.",
        ),
    ),
    answer="centrale",
    practises=(GRANDES,),
)


# ---------------------------------------------------------------- 5. the CSE today (formerly comité d'entreprise)

_CSE = TYPES_CLIENTS.get("cse")
_ONZE, _CINQUANTE = _seuil("cse_seuil"), _seuil("cse_seuil_budgets")
_CSE_AFFIRMATIONS = (
    (
        "remplace",
        "Le comité d'entreprise a été remplacé par le comité social et économique (CSE).",
        True,
        "Oui : ordonnance n° 2017-1386, CSE en place partout au 1er janvier 2020.",
    ),
    (
        "budgets",
        f"À partir de {_CINQUANTE} salariés, le CSE a la personnalité civile et des budgets : il peut "
        "acheter en son nom.",
        True,
        "Oui : c'est le seuil de la carte mentale, toujours valable pour les budgets.",
    ),
    (
        "preside",
        "Il est présidé par l'employeur ou son représentant.",
        True,
        "Oui : « présidé par le directeur » reste exact (C. trav., art. L2315-23).",
    ),
    (
        "seulement_50",
        f"Il n'existe que dans les entreprises d'au moins {_CINQUANTE} salariés.",
        False,
        f"Non : un CSE est obligatoire dès {_ONZE} salariés pendant 12 mois consécutifs ; le seuil de "
        f"{_CINQUANTE} salariés est celui de la personnalité civile et des budgets.",
    ),
    (
        "directeur_choisit",
        "Le président (le directeur) choisit seul les prestataires des activités sociales.",
        False,
        "Non : ce sont les élus (secrétaire, trésorier, commission) qui préparent et votent ces achats : "
        "c'est eux qu'il faut convaincre.",
    ),
    (
        "ce_existe",
        f"Le comité d'entreprise existe toujours, sous ce nom, dans les entreprises de plus de {_CINQUANTE} salariés.",
        False,
        "Non : depuis 2020, il n'y a plus de comité d'entreprise ; c'est le CSE.",
    ),
)

CSE_QUESTION = statements_question(
    _CSE_AFFIRMATIONS,
    id="cse_aujourd_hui",
    prompt="Un ancien support de formation parle encore du comité d'entreprise des sociétés de plus de 50 "
    "personnes, que dirige le patron. Cochez **toutes** les affirmations exactes aujourd'hui.",
    explanation=definition_text(_CSE),
    link=_link("le-comite-social-et-economique-cse"),
    practises=(COMITE,),
)

CSE_INTERLOCUTEUR = SingleChoice(
    id="cse_interlocuteur",
    prompt="Bureautik Pro veut vendre l'équipement du local du CSE d'une clinique de 300 salariés "
    "(ordinateur, imprimante, fournitures). Qui doit-elle convaincre ?",
    explanation="Le CSE est présidé par l'employeur, mais ce sont les membres élus (trésorier, secrétaire) qui "
    "préparent les achats et les font voter en réunion. " + first_sentence(_CSE.definition),
    link=_link("le-comite-social-et-economique-cse"),
    choices=(
        Choice(
            "directeur",
            "Le directeur de la clinique, puisqu'il préside le CSE",
            "Il préside le comité, mais il ne décide pas seul de ses achats : les élus votent.",
        ),
        Choice("elus", "Les élus du CSE (trésorier, secrétaire), qui font voter l'achat en réunion"),
        Choice(
            "service_achats",
            "Le service achats de la clinique",
            "Le CSE a la personnalité civile et son propre budget : il achète lui-même, sans passer par les achats "
            "de l'employeur.",
        ),
        Choice(
            "salaries",
            "Chaque salarié, qui utilisera le local",
            "Les salariés profitent des activités du CSE, mais ce sont leurs élus qui achètent.",
        ),
    ),
    answer="elus",
    practises=(COMITE,),
)


# ---------------------------------------------------------------- 6. who is a public buyer (BtoG)?

_ACHETEURS = (
    ("La métropole de Lyon", "btog", "Une métropole est une collectivité territoriale (groupement de communes)."),
    ("Un lycée public de la région", "btog", "Un lycée public est un établissement public : acheteur public."),
    ("La préfecture du Rhône", "btog", "La préfecture est un service de l'État : acheteur public."),
    (
        "Le centre hospitalier public de Villefranche",
        "btog",
        "Un hôpital public est un établissement public, soumis au Code de la commande publique.",
    ),
    (
        "Une clinique privée de 300 salariés",
        "btob",
        "Une clinique privée est une entreprise : elle soigne, mais elle n'est pas un acheteur public.",
    ),
    ("Un cabinet d'architectes de 6 personnes", "btob", "Un cabinet d'architectes est une entreprise (TPE)."),
    (
        "Le comité social et économique d'une banque",
        "cse",
        "Le CSE achète pour les salariés avec ses propres budgets : c'est une cible à part.",
    ),
)


def _acheteurs() -> CategoriesQuestion:
    return categories_question(
        id="acheteurs_publics",
        prompt="Classez chaque client de Bureautik Pro dans sa cible.",
        explanation=definition_text(TYPES_CLIENTS.get("administration")),
        link=_link("les-administrations-btog"),
        rows=_ACHETEURS,
        categories=labels(CIBLES),
        prefix="a",
        practises=(BTOG, INSTITUTIONNELS, BTOB),
    )


BANK = Bank(
    CHAPTER,
    "Typologie des clients professionnels",
    (
        _definitions(),
        Parametrised("categorie", categorie_question),
        TPE_QUESTION,
        CENTRALE_QUESTION,
        CSE_QUESTION,
        CSE_INTERLOCUTEUR,
        _acheteurs(),
    ),
)

__all__ = ["BANK", "CHAPTER", "categorie_question"]
