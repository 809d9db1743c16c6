"""Exercices : les outils d'aide à l'achat (cahier des charges, appel d'offres, grilles, argumentaire).

Les notes de la grille viennent de :func:`salesplan.grille.comparer_offres` et de
:func:`salesplan.grille.notes_prix` ; la note du prix de
:func:`salesplan.marches_publics.note_prix` ; la procédure d'un marché public de
:func:`salesplan.marches_publics.procedure_requise` (seuils datés de :mod:`salesplan.parametres`).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from salesplan import parametres
from salesplan.concepts import ETAPES_APPEL_OFFRES, OUTILS_ACHAT
from salesplan.exercises.bank import Bank, Parametrised, shuffled
from salesplan.exercises.banks._tirage import variante
from salesplan.exercises.builders import (
    categories_question,
    definition_text,
    definitions_matching,
    glossary,
    single_choice,
)
from salesplan.exercises.numeric_builders import numeric_question
from salesplan.exercises.questions import (
    CategoriesQuestion,
    Choice,
    Item,
    MatchingQuestion,
    NotionLink,
    NumericQuestion,
    OrderingQuestion,
    SingleChoice,
    notion_links,
)
from salesplan.grille import ResultatGrille, comparer_offres, notes_prix
from salesplan.marches_publics import PROCEDURES, note_prix, procedure_requise
from salesplan.values import CENT, format_date, format_decimal, format_euros, format_number, round_cent

CHAPTER = "processus_achat/outils_aide_achat"
_link = notion_links(CHAPTER)
LINK_SEUILS = NotionLink("processus_achat/cibles_btob_btog_cse")

CAHIER = "Cahier des charges : besoins qualitatifs / quantitatifs"
APPELS = "Appels d'offres : connaître ses besoins sur le marché"
PROCEDURE = "Procédure : consultation - candidature - sélection"
GRILLE = "Grille de comparaison des offres : disséquer les offres des fournisseurs et comparer"
SIMULATION = "Grille de simulation : anticiper les objections"
ARGUMENTAIRE = "Argumentaire de l'acheteur : propositions relatives aux clauses à négocier"
INSTITUTIONNELS = "Acteurs institutionnels (État, administrations, ...)"


def _nombre(value: Decimal) -> str:
    """A mark the French way: « 16 », « 17,28 »."""
    return format_number(value) if value == value.to_integral_value() else format_decimal(value)


# ---------------------------------------------------------------- 1. the specification: qualitative or quantitative


_BESOINS = (
    ("40 multifonctions couleur", "quantitatif", "Un nombre d'appareils se compte : besoin quantitatif."),
    ("4 sites à équiper", "quantitatif", "Un nombre de sites se compte : besoin quantitatif."),
    ("150 000 pages imprimées par mois", "quantitatif", "Un volume se compte : besoin quantitatif."),
    ("Contrat d'une durée de 48 mois", "quantitatif", "Une durée de contrat se compte : besoin quantitatif."),
    (
        "Intervention du technicien sous 8 heures ouvrées",
        "qualitatif",
        "Le délai d'intervention décrit le niveau de service attendu : besoin qualitatif, même s'il s'écrit en heures.",
    ),
    ("Impression sécurisée par badge", "qualitatif", "Une fonction attendue décrit la qualité : besoin qualitatif."),
    (
        "Reprise des anciens appareils pour recyclage",
        "qualitatif",
        "Une exigence environnementale décrit le niveau attendu : besoin qualitatif.",
    ),
)


def _besoins() -> CategoriesQuestion:
    categories = (Item("quantitatif", "Besoin quantitatif"), Item("qualitatif", "Besoin qualitatif"))
    return categories_question(
        id="besoins_cahier",
        prompt="Le centre hospitalier d'une ville de la région renouvelle ses copieurs. Classez chaque exigence "
        "de son cahier des charges.",
        explanation=definition_text(OUTILS_ACHAT.get("cahier_des_charges")),
        link=_link("le-cahier-des-charges-besoins-qualitatifs-et-quantitatifs"),
        rows=_BESOINS,
        categories=categories,
        prefix="b",
        practises=(CAHIER,),
    )


# ---------------------------------------------------------------- 2. what each tool is for


def _outils() -> MatchingQuestion:
    return definitions_matching(
        OUTILS_ACHAT,
        id="definitions_outils",
        prompt="Associez chaque description à l'outil d'aide à l'achat qu'elle décrit.",
        link=_link("notions"),
        practises=(CAHIER, APPELS, GRILLE, SIMULATION, ARGUMENTAIRE),
        short=True,
    )


# ---------------------------------------------------------------- 3. the three stages of a call for tenders

_ETAPES = sorted(ETAPES_APPEL_OFFRES, key=lambda e: e.ordre)

ORDRE_APPEL_OFFRES = OrderingQuestion(
    id="ordre_appel_offres",
    prompt="Remettez dans l'ordre les trois temps d'un appel d'offres, du premier au dernier.",
    explanation="\n".join(f"{e.ordre}. **{e.libelle}** : {e.definition}" for e in _ETAPES),
    link=_link("la-procedure-consultation-candidature-selection"),
    items=shuffled([Item(e.code, e.libelle) for e in _ETAPES], "ordre_appel_offres"),
    answer=tuple(e.code for e in _ETAPES),
    practises=(APPELS, PROCEDURE),
)


# ---------------------------------------------------------------- 4. the price mark


@variante(CHAPTER, "note_prix")
def note_prix_question(rng: random.Random) -> NumericQuestion:
    """Price mark = lowest price / price of the offer × points."""
    bas = Decimal(rng.randint(380, 450)) * 100
    prix = bas + Decimal(rng.randint(15, 120)) * 100
    points = Decimal(rng.choice((30, 40, 50, 60)))
    note = note_prix(prix, bas, points)
    prompt = (
        f"Dans la consultation d'une communauté de communes, le critère prix vaut **{_nombre(points)} points** "
        f"et se note avec la formule : prix le plus bas ÷ prix de l'offre × {_nombre(points)}. L'offre la moins "
        f"chère est à {format_euros(bas)} HT ; celle de Bureautik Pro à {format_euros(prix)} HT.\n"
        "Quelle **note prix** obtient Bureautik Pro (à 0,01 point près) ?"
    )
    return numeric_question(
        id="note_prix",
        prompt=prompt,
        explanation=f"Note prix = {format_euros(bas)} ÷ {format_euros(prix)} × {_nombre(points)} = "
        f"{format_decimal(note)} points. L'offre la moins chère a tous les points ; les autres en proportion inverse "
        "de leur prix (Conseil d'État, 29 octobre 2013, n° 370789 : la méthode doit donner la meilleure note "
        "au prix le plus bas). Cette note n'est qu'une partie du classement : depuis le 21 août 2026, le prix "
        "ne peut plus être le seul critère, et au moins un critère porte sur les caractéristiques "
        "environnementales de l'offre (CCP, art. R2152-7).",
        link=_link("la-grille-de-comparaison-des-offres"),
        answer=note,
        unit="",
        wrong=[
            (
                round_cent(prix / bas * points),
                "Vous avez divisé le prix de l'offre par le prix le plus bas : la fraction est à l'envers (la note "
                "dépasserait le maximum).",
            ),
            (note_prix(prix, bas, 20), f"Vous avez noté sur 20 : ici, le critère prix vaut {_nombre(points)} points."),
            (points, "Seule l'offre la moins chère obtient tous les points."),
            (
                round_cent((prix - bas) / prix * points),
                "Vous avez calculé les points perdus (l'écart de prix), pas la note obtenue.",
            ),
        ],
        practises=(GRILLE, APPELS),
    )


CRITERE_UNIQUE = single_choice(
    id="critere_unique_prix",
    prompt="Un syndicat intercommunal des eaux lance le 14 octobre 2026 une consultation pour ses vêtements de "
    "travail. Son règlement annonce : « Les offres seront classées selon le seul critère du prix. » "
    "Bureautik Pro, qui a aussi une gamme textile, lit le dossier. Que peut-elle en penser ?",
    explanation="Depuis le 21 août 2026 (CCP, art. R2152-7, modifié par le décret n° 2022-767 du 2 mai 2022), "
    "l'acheteur public juge les offres soit sur le critère unique du coût, calculé selon une approche globale qui "
    "tient compte des caractéristiques environnementales de l'offre, soit sur plusieurs critères, dont le prix ou "
    "le coût, et au moins un critère environnemental. Un règlement fondé sur le seul prix est irrégulier ; un "
    "candidat peut poser la question à l'acheteur avant la date limite.",
    link=_link("la-procedure-consultation-candidature-selection"),
    choices=[
        Choice(
            "irregulier",
            "Le règlement est irrégulier : le prix seul ne peut plus départager les offres",
        ),
        Choice(
            "mapa",
            "C'est permis, car sous le seuil européen l'acheteur fixe librement ses critères",
            "Non : en procédure adaptée aussi, le choix de l'offre obéit à l'article R2152-7, et le prix seul "
            "n'est plus admis depuis le 21 août 2026.",
        ),
        Choice(
            "cout",
            "C'est permis si le prix est noté avec la formule du prix le plus bas",
            "Non : la formule de notation ne change rien ; il faut un critère environnemental, ou un critère "
            "unique de coût global qui tienne compte de l'environnement.",
        ),
        Choice(
            "date",
            "C'est permis jusqu'en 2030, le temps que les acheteurs s'adaptent",
            "Non : l'obligation s'applique depuis le 21 août 2026.",
        ),
    ],
    answer="irregulier",
    practises=(PROCEDURE, INSTITUTIONNELS),
)


# ---------------------------------------------------------------- 5-6. the weighted comparison grid

_OFFRES = ("Bureautik Pro", "Copitec", "Imprimex")
_CRITERES = ("Prix", "Valeur technique", "Délai d'intervention", "Performance environnementale")
_POIDS = ((40, 30, 20, 10), (50, 25, 15, 10), (30, 40, 20, 10), (40, 20, 30, 10), (35, 35, 20, 10), (45, 30, 15, 10))


def _cle(offre: str) -> str:
    return offre.split()[0].lower()


def _grille(rng: random.Random) -> tuple[dict[str, Decimal], ResultatGrille]:
    """Prices and a filled grid where the cheapest offer does not win and no two offers tie."""
    while True:
        prix = {o: Decimal(rng.randint(380, 560)) * 100 for o in _OFFRES}
        points = notes_prix(prix, points=20)
        notes = {o: {"Prix": points[o], **{c: Decimal(rng.randint(8, 19)) for c in _CRITERES[1:]}} for o in _OFFRES}
        grille = comparer_offres(dict(zip(_CRITERES, rng.choice(_POIDS), strict=True)), notes, bareme=20)
        exacts = {grille.total_exact(o) for o in _OFFRES}
        moins_chere = min(prix, key=lambda o: prix[o])
        if len(exacts) == len(_OFFRES) and len(set(prix.values())) == len(_OFFRES) and grille.gagnant() != moins_chere:
            return prix, grille


def _tableau(prix: dict[str, Decimal], grille: ResultatGrille) -> str:
    """The grid as lines of text (weights, then one line per offer)."""
    poids = " ; ".join(f"{c} {_nombre(p)} %" for c, p in grille.poids_pourcentage().items())
    lignes = [f"Critères et poids : {poids}. Notes sur 20 :"]
    for offre in _OFFRES:
        prix_o, technique, delai, environnement = (_nombre(n) for n in grille.notes[offre].values())
        lignes.append(
            f"- **{offre}** : prix {format_euros(prix[offre])} HT → note prix {prix_o} ; "
            f"valeur technique {technique} ; "
            f"délai d'intervention {delai} ; performance environnementale {environnement}"
        )
    return "\n".join(lignes)


def _calcul(grille: ResultatGrille, offre: str) -> str:
    """« (40 × 17,28 + 30 × 16 + ...) ÷ 100 = 16,51 »."""
    termes = " + ".join(f"{_nombre(grille.poids[c])} × {_nombre(n)}" for c, n in grille.notes[offre].items())
    return f"({termes}) ÷ {_nombre(sum(grille.poids.values(), Decimal(0)))} = {format_decimal(grille.totaux()[offre])}"


@variante(CHAPTER, "note_ponderee")
def note_ponderee_question(rng: random.Random) -> NumericQuestion:
    """Weighted mark of one offer in the grid."""
    prix, grille = _grille(rng)
    offre = rng.choice(_OFFRES)
    note = grille.totaux()[offre]
    prompt = (
        f"Le centre hospitalier compare trois offres de copieurs.\n{_tableau(prix, grille)}\n"
        f"Quelle est la **note pondérée** de **{offre}**, sur 20 (à 0,01 près) ?"
    )
    simple = comparer_offres(dict.fromkeys(_CRITERES, 1), grille.notes, bareme=20).totaux()[offre]
    somme_poids = sum(grille.poids.values(), Decimal(0))
    return numeric_question(
        id="note_ponderee",
        prompt=prompt,
        explanation=f"Note pondérée = Σ (poids × note) ÷ Σ poids. Pour {offre} : {_calcul(grille, offre)}.",
        link=_link("la-grille-de-comparaison-des-offres"),
        answer=note,
        unit="",
        wrong=[
            (simple, "Vous avez fait la moyenne simple des notes : chaque note doit être multipliée par son poids."),
            (
                round_cent(note * somme_poids),
                f"Vous avez oublié de diviser la somme des produits par la somme des poids ({_nombre(somme_poids)}).",
            ),
            (simple * len(_CRITERES), "Vous avez additionné les notes sans les pondérer ni faire la moyenne."),
        ],
        practises=(GRILLE,),
    )


@variante(CHAPTER, "gagnant_grille")
def gagnant_question(rng: random.Random) -> SingleChoice:
    """Which offer wins the grid? The cheapest one does not."""
    prix, grille = _grille(rng)
    gagnant = grille.gagnant()
    totaux = grille.totaux()
    moins_chere = min(prix, key=lambda o: prix[o])
    simple = comparer_offres(dict.fromkeys(_CRITERES, 1), grille.notes, bareme=20)
    part_prix = _nombre(grille.poids_pourcentage()["Prix"])

    def feedback(offre: str) -> str:
        if offre == gagnant:
            return ""
        if offre == moins_chere:
            return (
                f"{offre} est la moins chère, mais le prix ne pèse que {part_prix} % : sa note pondérée est "
                f"{format_decimal(totaux[offre])}, contre {format_decimal(totaux[gagnant])} pour {gagnant}."
            )
        if offre == simple.gagnant():
            return (
                f"{offre} a la meilleure moyenne simple ; avec les poids, elle obtient "
                f"{format_decimal(totaux[offre])}, "
                f"contre {format_decimal(totaux[gagnant])} pour {gagnant}."
            )
        return (
            f"Note pondérée obtenue par {offre} : {format_decimal(totaux[offre])}, "
            f"contre {format_decimal(totaux[gagnant])} pour {gagnant}."
        )

    classement = "\n".join(f"{rang}. {o} : {_calcul(grille, o)}" for rang, o, _ in grille.classement())
    return SingleChoice(
        id="gagnant_grille",
        prompt=f"Le centre hospitalier compare trois offres de copieurs.\n{_tableau(prix, grille)}\n"
        "Quelle offre la grille classe-t-elle **première** ?",
        explanation=f"Note pondérée = Σ (poids × note) ÷ Σ poids.\n{classement}\nLa moins chère ({moins_chere}) "
        "ne gagne pas : le prix n'est qu'un critère parmi d'autres.",
        link=_link("la-grille-de-comparaison-des-offres"),
        choices=tuple(Choice(_cle(o), o, feedback(o)) for o in _OFFRES),
        answer=_cle(gagnant),
        practises=(GRILLE,),
    )


# ---------------------------------------------------------------- 7. which procedure for a public contract?

_PIVOT = parametres.parametre("seuil_dispense_fournitures", date="01/04/2026").debut  # 1 April 2026
_AVANT = (dt.date(2026, 1, 5), _PIVOT - dt.timedelta(days=1))
_APRES = (_PIVOT, parametres.DATE_DE_REFERENCE)
_RAPPEL = {
    "sans_publicite": "Le marché sans publicité ni mise en concurrence n'est permis que sous {dispense} HT ; "
    "ici, la valeur estimée est de {montant} HT.",
    "mapa": "La procédure adaptée s'applique de {dispense} HT jusqu'au seuil européen ({ue} HT) exclu ; ici, la "
    "valeur estimée est de {montant} HT.",
    "procedure_formalisee": "La procédure formalisée n'est obligatoire qu'à partir du seuil européen ({ue} HT) ; "
    "ici, la valeur estimée est de {montant} HT.",
}
_SEUIL_UE = {"etat": "seuil_ue_etat", "collectivite": "seuil_ue_collectivites"}
_DE_ACHETEUR = {"etat": "de l'État", "collectivite": "des collectivités"}
_LIBELLE_ACHETEUR = {"etat": "un service de l'État (préfecture)", "collectivite": "une communauté de communes"}


def _jour(rng: random.Random, bornes: tuple[dt.date, dt.date]) -> dt.date:
    return bornes[0] + dt.timedelta(days=rng.randint(0, (bornes[1] - bornes[0]).days))


def _besoin(rng: random.Random) -> tuple[Decimal, str, dt.date]:
    """(estimated amount HT, buyer, launch date) near a threshold, on either side of 1 April 2026."""
    jour = rng.choice((_PIVOT, _jour(rng, _AVANT), _jour(rng, _APRES), _jour(rng, _APRES)))
    cas = rng.choice(("entre_40_et_60", "entre_40_et_60", "seuil_dispense", "seuil_europeen", "bas", "haut"))
    acheteur = rng.choice(("etat", "collectivite"))
    dispense = parametres.valeur("seuil_dispense_fournitures", date=jour)
    europeen = parametres.valeur(_SEUIL_UE[acheteur], date=jour)
    if cas == "entre_40_et_60":
        montant = Decimal(rng.randint(41, 59)) * 1000
    elif cas == "seuil_dispense":
        montant = dispense
    elif cas == "seuil_europeen":
        montant = rng.choice((europeen, Decimal(rng.randint(141, 215)) * 1000))
    elif cas == "bas":
        montant = Decimal(rng.randint(12, 39)) * 1000
    else:
        montant = Decimal(rng.randint(60, 110)) * 1000 + europeen
    return montant, acheteur, jour


@variante(CHAPTER, "procedure_requise")
def procedure_question(rng: random.Random) -> SingleChoice:
    """The procedure required for an amount, a buyer and a launch date (thresholds of that date)."""
    montant, acheteur, jour = _besoin(rng)
    juste = procedure_requise(montant, acheteur=acheteur, date=jour)
    autre_jour = _PIVOT - dt.timedelta(days=1) if jour >= _PIVOT else _PIVOT
    seuil_ici = parametres.valeur("seuil_dispense_fournitures", date=jour)
    seuil_la = parametres.valeur("seuil_dispense_fournitures", date=autre_jour)
    autre_acheteur = "collectivite" if acheteur == "etat" else "etat"
    ue = {a: parametres.valeur(code, date=jour) for a, code in _SEUIL_UE.items()}
    quand = "avant" if autre_jour < _PIVOT else "depuis"
    erreurs = (
        (
            procedure_requise(montant - CENT, acheteur=acheteur, date=jour).code,
            "La valeur est égale au seuil : « inférieure au seuil » est strict ; un montant qui atteint le seuil "
            "relève de la procédure supérieure.",
        ),
        (
            procedure_requise(montant, acheteur=acheteur, date=autre_jour).code,
            f"Vous avez pris le seuil de dispense en vigueur {quand} le {format_date(_PIVOT)} "
            f"({format_euros(seuil_la)} HT) ; pour une consultation lancée le {format_date(jour)}, il est de "
            f"{format_euros(seuil_ici)} HT.",
        ),
        (
            procedure_requise(montant, acheteur=autre_acheteur, date=jour).code,
            f"Vous avez pris le seuil européen {_DE_ACHETEUR[autre_acheteur]} "
            f"({format_euros(ue[autre_acheteur])} HT) ; pour {_LIBELLE_ACHETEUR[acheteur]}, il est de "
            f"{format_euros(ue[acheteur])} HT.",
        ),
    )

    def feedback(code: str) -> str:
        if code == juste.code:
            return ""
        for mauvais, message in erreurs:
            if mauvais == code:
                return message
        return _RAPPEL[code].format(
            montant=format_euros(montant), dispense=format_euros(seuil_ici), ue=format_euros(ue[acheteur])
        )

    return SingleChoice(
        id="procedure_requise",
        prompt=f"Le {format_date(jour)}, {_LIBELLE_ACHETEUR[acheteur]} lance une consultation pour des fournitures "
        f"de bureau et des copieurs, d'une valeur estimée de **{format_euros(montant)} HT**.\n"
        "Quelle procédure le Code de la commande publique impose-t-il au minimum ?",
        explanation=juste.expliquer(),
        link=LINK_SEUILS,
        choices=tuple(Choice(code, libelle, feedback(code)) for code, libelle in PROCEDURES.items()),
        answer=juste.code,
        practises=(APPELS, INSTITUTIONNELS),
    )


# ---------------------------------------------------------------- 8. simulation grid or buyer's argument?

_LIGNES = (
    (
        "Besoin : 40 multifonctions couleur pour 4 sites",
        "cahier_des_charges",
        "C'est un besoin écrit avant la consultation : il relève du cahier des charges.",
    ),
    (
        "Objection prévue « Copitec est moins cher » → réponse : comparer le coût sur 48 mois ; concession : geste sur "
        "le prix contre un engagement de volume",
        "grille_simulation",
        "Objection, réponse et concession préparées à l'avance : c'est la grille de simulation.",
    ),
    (
        "Objection prévue « Vos cartouches ne sont pas recyclées » → réponse : attestation de la filière de reprise",
        "grille_simulation",
        "Une objection anticipée avec sa réponse : c'est la grille de simulation.",
    ),
    (
        "Demander un paiement à 60 jours",
        "argumentaire_acheteur",
        "Une proposition sur une clause du contrat (délai de paiement) : c'est l'argumentaire de l'acheteur.",
    ),
    (
        "Exiger des pénalités si le technicien arrive après le délai promis",
        "argumentaire_acheteur",
        "Une clause à négocier (pénalités) : c'est l'argumentaire de l'acheteur.",
    ),
    (
        "Obtenir une remise de 5 % en échange d'un contrat de 3 ans",
        "argumentaire_acheteur",
        "Une clause à négocier (prix et durée) : c'est l'argumentaire de l'acheteur.",
    ),
)


def _preparation() -> CategoriesQuestion:
    codes = ("cahier_des_charges", "grille_simulation", "argumentaire_acheteur")
    return categories_question(
        id="simulation_argumentaire",
        prompt="L'acheteur du centre hospitalier prépare la négociation. Dans quel outil range-t-il chaque ligne ?",
        explanation=glossary(OUTILS_ACHAT.get(c) for c in codes),
        link=_link("la-grille-de-simulation-anticiper-les-objections"),
        rows=_LIGNES,
        categories=tuple(Item(c, OUTILS_ACHAT.get(c).libelle) for c in codes),
        prefix="l",
        practises=(SIMULATION, ARGUMENTAIRE, CAHIER),
    )


BANK = Bank(
    CHAPTER,
    "Les outils d'aide à l'achat",
    (
        _besoins(),
        _outils(),
        ORDRE_APPEL_OFFRES,
        Parametrised("note_prix", note_prix_question),
        CRITERE_UNIQUE,
        Parametrised("note_ponderee", note_ponderee_question),
        Parametrised("gagnant_grille", gagnant_question),
        Parametrised("procedure_requise", procedure_question),
        _preparation(),
    ),
)


__all__ = [
    "BANK",
    "CHAPTER",
    "CRITERE_UNIQUE",
    "ORDRE_APPEL_OFFRES",
    "gagnant_question",
    "note_ponderee_question",
    "note_prix_question",
    "procedure_question",
]
