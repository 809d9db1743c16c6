"""Exercices : les règles de facturation entre professionnels (contrôles par ``salesplan.facture``)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from salesplan import parametres
from salesplan.commande import calculer_commande
from salesplan.concepts import NEGOCIATION
from salesplan.exercises.bank import Bank, Parametrised, shuffled
from salesplan.exercises.banks._tirage import variante
from salesplan.exercises.builders import matching_question
from salesplan.exercises.questions import (
    CategoriesQuestion,
    Choice,
    Item,
    MatchingQuestion,
    MultipleChoice,
    NotionLink,
    SingleChoice,
)
from salesplan.facture import (
    CATEGORIES,
    Facture,
    LigneFacture,
    Mention,
    mentions_manquantes,
    mentions_obligatoires,
    obligations_facturation_electronique,
)
from salesplan.paiement import date_echeance, indemnite_forfaitaire
from salesplan.values import format_date, format_euros, format_percent

CHAPTER = "negociation/facturation"
LINK_MENTIONS = NotionLink(CHAPTER, "les-mentions-obligatoires")
LINK_CONTROLE = NotionLink(CHAPTER, "controler-une-facture")
LINK_NUMEROTATION = NotionLink(CHAPTER, "la-numerotation")
LINK_EFACTURE = NotionLink(CHAPTER, "la-facturation-electronique-le-calendrier-2026-2027")
LINK_PRINCIPE = NotionLink(CHAPTER, "toute-vente-entre-professionnels-donne-lieu-a-une-facture")
P_FACTURATION = ("Les règles de facturation à respecter entre professionnels",)
REGLES = NEGOCIATION.get("regles_facturation")
AUJOURDHUI = parametres.DATE_DE_REFERENCE
# The day the four mentions of décret 2022-1299 apply to PME (first day of the parameter row).
NOUVELLES_PME = parametres.parametre("facture_mentions_2022_pme", date=dt.date(2027, 9, 1)).debut
NOMS_CATEGORIES = {"grande_entreprise": "grande entreprise", "eti": "ETI", "pme": "PME", "micro": "micro-entreprise"}
TVA = Decimal(20)


def _majuscule(text: str) -> str:
    return text[:1].upper() + text[1:]


def _cle(mention: Mention) -> str:
    return mention.code.replace(".", "_")


# ---------------------------------------------------------------- an invoice to check

# Mentions the generator may leave out of the sample invoice.
_OUBLIABLES = (
    "numero",
    "vendeur_tva",
    "numero_bon_commande",
    "lignes.taux_tva",
    "reductions",
    "escompte",
    "date_vente",
    "date_echeance",
    "taux_penalites",
    "mention_indemnite",
)
_CLIENTS = (
    ("Atelier Confluence Architectes", "5 quai Rambaud, 69002 Lyon"),
    ("Clinique vétérinaire du Parc", "18 avenue Roger-Salengro, 69100 Villeurbanne"),
    ("Cabinet Morel Expertise comptable", "3 cours Brillier, 38200 Vienne"),
)


def _facture(rng: random.Random, oublis: set[str]) -> tuple[Facture, str]:
    """A Bureautik Pro invoice without the mentions in ``oublis``, and its text as shown to the student."""
    emission = dt.date(2026, 10, 1) + dt.timedelta(days=rng.randint(0, 270))
    livraison = emission - dt.timedelta(days=rng.randint(1, 6))
    client, adresse = rng.choice(_CLIENTS)
    copieurs = rng.randint(1, 4)
    prix = Decimal(rng.choice((2900, 3400, 4200)))
    service = Decimal(rng.choice((250, 350, 480)))
    commande = calculer_commande([(copieurs, prix), (1, service)], taux_tva=TVA)
    echeance = date_echeance(emission, "30 jours")
    taux = Decimal(rng.choice((10, 12)))
    numero = f"F-{emission.year}-0{rng.randint(300, 899)}"
    bon = f"BC-{emission.year}-{rng.randint(10, 99)}"
    garde = {code for code in _OUBLIABLES if code not in oublis}
    lignes = (
        LigneFacture("Copieur multifonction A3 couleur", Decimal(copieurs), prix, TVA),
        LigneFacture("Installation et formation", Decimal(1), service, None if "lignes.taux_tva" in oublis else TVA),
    )
    facture = Facture(
        numero=numero if "numero" in garde else None,
        date_emission=emission,
        vendeur_nom="Bureautik Pro SAS",
        vendeur_adresse="12 rue Garibaldi, 69003 Lyon",
        vendeur_tva="FR00 000000000" if "vendeur_tva" in garde else None,
        client_nom=client,
        client_adresse=adresse,
        client_tva="FR11 111111111" if "client_tva" in garde else None,
        lignes=lignes,
        reductions="aucune" if "reductions" in garde else None,
        escompte="escompte néant" if "escompte" in garde else None,
        date_vente=livraison if "date_vente" in garde else None,
        total_ht=commande.net_commercial,
        tva_par_taux={TVA: commande.montant_tva},
        date_echeance=echeance if "date_echeance" in garde else None,
        taux_penalites=taux if "taux_penalites" in garde else None,
        mention_indemnite="mention_indemnite" in garde,
        bon_de_commande_emis=True,
        numero_bon_commande=bon if "numero_bon_commande" in garde else None,
    )
    return facture, _texte(facture, indemnite=format_euros(indemnite_forfaitaire(date=emission)))


def _texte(f: Facture, *, indemnite: str) -> str:
    """The invoice as lines of text; a missing mention is simply not printed."""
    assert f.date_emission is not None and f.total_ht is not None
    lignes = [f"**Facture{f' n° {f.numero}' if f.numero else ''}** du {format_date(f.date_emission)}"]
    lignes.append(
        f"Vendeur : {f.vendeur_nom}, {f.vendeur_adresse}" + (f" — TVA {f.vendeur_tva}" if f.vendeur_tva else "")
    )
    lignes.append(f"Client : {f.client_nom}, {f.client_adresse}" + (f" — TVA {f.client_tva}" if f.client_tva else ""))
    if f.numero_bon_commande:
        lignes.append(f"Votre bon de commande : {f.numero_bon_commande}")
    for ligne in f.lignes:
        assert ligne.quantite is not None and ligne.prix_unitaire_ht is not None
        tva = f", TVA {format_percent(ligne.taux_tva)}" if ligne.taux_tva is not None else ""
        lignes.append(f"• {ligne.designation} : {ligne.quantite} × {format_euros(ligne.prix_unitaire_ht)} HT{tva}")
    if f.reductions:
        lignes.append(f"Réductions : {f.reductions}")
    if f.date_vente:
        lignes.append(f"Livraison et installation le {format_date(f.date_vente)}")
    tva_txt = " ; ".join(f"TVA {format_percent(t)} : {format_euros(m)}" for t, m in f.tva_par_taux.items())
    lignes.append(f"Total HT : {format_euros(f.total_ht)} ; {tva_txt}")
    if f.date_echeance:
        lignes.append(f"Échéance : {format_date(f.date_echeance)}")
    if f.escompte:
        lignes.append(f"Escompte pour paiement anticipé : {f.escompte.removeprefix('escompte ')}")
    retard = []
    if f.taux_penalites is not None:
        retard.append(f"pénalités au taux annuel de {format_percent(f.taux_penalites)}")
    if f.mention_indemnite:
        retard.append(f"indemnité forfaitaire pour frais de recouvrement de {indemnite}")
    if retard:
        lignes.append("En cas de retard de paiement : " + " et ".join(retard) + ".")
    return "\n".join(lignes)


@variante(CHAPTER, "mentions_manquantes")
def mentions_manquantes_question(rng: random.Random) -> MultipleChoice:
    """Which mandatory mentions does this invoice lack? Checked by ``mentions_manquantes``."""
    oublis = set(rng.sample(_OUBLIABLES, rng.choice((2, 3, 4))))
    facture, texte = _facture(rng, oublis)
    exigees = mentions_obligatoires(date=facture.date_emission, categorie_emetteur="pme")
    manques = mentions_manquantes(facture, categorie_emetteur="pme")
    pourquoi = {m.code: next((s for s in manques if s.startswith(m.libelle)), "") for m in exigees}
    manquantes = [m for m in exigees if pourquoi[m.code]]
    presentes = [m for m in exigees if not pourquoi[m.code] and m.code in _OUBLIABLES]
    montrees = manquantes + rng.sample(presentes, min(len(presentes), 7 - len(manquantes)))
    return MultipleChoice(
        id="mentions_manquantes",
        prompt="Bureautik Pro (PME) s'apprête à envoyer cette facture ; le client avait émis un bon de commande.\n"
        f"{texte}\n\nCochez **toutes** les mentions obligatoires qui **manquent**.",
        explanation="Mentions manquantes :\n" + "\n".join(_majuscule(s) for s in manques) + f"\n{REGLES.definition}",
        link=LINK_CONTROLE,
        choices=tuple(
            Choice(
                _cle(m),
                _majuscule(m.libelle),
                _majuscule(pourquoi[m.code]) if pourquoi[m.code] else f"« {m.libelle} » figure bien sur la facture.",
            )
            for m in shuffled(montrees, f"mentions_manquantes|{rng.getrandbits(32)}")
        ),
        answers=frozenset(_cle(m) for m in manquantes),
        practises=P_FACTURATION,
    )


# ---------------------------------------------------------------- the e-invoicing calendar

_DATES_EFACTURE = (dt.date(2026, 6, 15), dt.date(2026, 10, 15), dt.date(2027, 3, 15), dt.date(2027, 10, 15))
_STATUTS = (
    Item("aucune", "Ni recevoir ni émettre : pas encore concernée"),
    Item("recevoir", "Recevoir seulement (elle peut encore émettre des factures papier ou PDF)"),
    Item("recevoir_emettre", "Recevoir et émettre des factures électroniques"),
)


@variante(CHAPTER, "calendrier_efacture")
def calendrier_question(rng: random.Random) -> MatchingQuestion:
    """What the e-invoicing reform requires of a company on a date (``obligations_facturation_electronique``)."""
    cas = []
    for day in rng.sample(_DATES_EFACTURE, 4):
        categorie = rng.choice(CATEGORIES)
        obligation = obligations_facturation_electronique(categorie, date=day)
        statut = "recevoir_emettre" if obligation.emettre else "recevoir" if obligation.recevoir else "aucune"
        cas.append((f"Une {NOMS_CATEGORIES[categorie]}, le {format_date(day)}", statut, obligation.expliquer()))
    return matching_question(
        id="calendrier_efacture",
        prompt="Facturation électronique entre entreprises : qu'est-ce que chaque entreprise doit faire à la date "
        "indiquée ?",
        explanation="\n".join(expl for _, _, expl in cas),
        link=LINK_EFACTURE,
        rows=cas,
        options=_STATUTS,
        prefix="d",
        shuffle=False,
        practises=P_FACTURATION,
    )


# ---------------------------------------------------------------- fixed questions

_PME_AUJOURDHUI = {m.code for m in mentions_obligatoires(date=AUJOURDHUI, categorie_emetteur="pme")}
_PME_2027 = mentions_obligatoires(date=NOUVELLES_PME, categorie_emetteur="pme")
_NOUVELLES = [m for m in _PME_2027 if m.code not in _PME_AUJOURDHUI]
_ANCIENNES = [
    m for m in _PME_2027 if m.code in {"numero_bon_commande", "adresse_facturation", "date_echeance", "escompte"}
]

NOUVELLES_MENTIONS = MultipleChoice(
    id="nouvelles_mentions",
    prompt=f"Bureautik Pro est une PME. Cochez les mentions qu'elle devra ajouter sur ses factures à partir du "
    f"{format_date(NOUVELLES_PME)}, avec la facturation électronique.",
    explanation="Mentions nouvelles (décret 2022-1299, date d'effet fixée par le décret 2024-266) : "
    + " ; ".join(m.libelle + (f" ({m.condition})" if m.condition else "") for m in _NOUVELLES)
    + ".",
    link=LINK_MENTIONS,
    choices=shuffled(
        [Choice(_cle(m), _majuscule(m.libelle), f"Mention nouvelle : {m.source}.") for m in _NOUVELLES]
        + [
            Choice(_cle(m), _majuscule(m.libelle), f"Cette mention est déjà obligatoire aujourd'hui ({m.source}).")
            for m in _ANCIENNES
        ],
        "nouvelles_mentions",
    ),
    answers=frozenset(_cle(m) for m in _NOUVELLES),
    practises=P_FACTURATION,
)

_NEANT = {"reductions", "escompte"}
_CONDITIONNELLES = shuffled(
    [
        m
        for m in _PME_2027
        if m.condition or m.code in {"date_echeance", "mention_indemnite", "escompte", "client_siren", "reductions"}
    ],
    "mentions_conditionnelles",
)
MENTIONS_CONDITIONNELLES = CategoriesQuestion(
    id="mentions_conditionnelles",
    prompt="Certaines mentions figurent sur **toutes** les factures entre professionnels, d'autres seulement "
    "**dans certains cas**. Classez-les (règles applicables à une PME à partir du "
    f"{format_date(NOUVELLES_PME)}).",
    explanation="\n".join(
        f"{_majuscule(m.libelle)} : {m.condition or 'toujours'} ({m.source})." for m in _CONDITIONNELLES
    ),
    link=LINK_MENTIONS,
    items=tuple(Item(_cle(m), _majuscule(m.libelle)) for m in _CONDITIONNELLES),
    categories=(Item("toujours", "Toujours"), Item("certains_cas", "Dans certains cas seulement")),
    answer=tuple((_cle(m), "certains_cas" if m.condition else "toujours") for m in _CONDITIONNELLES),
    feedback=tuple(
        (
            _cle(m),
            "toujours" if m.condition else "certains_cas",
            f"Obligatoire {m.condition} ({m.source})."
            if m.condition
            else f"Obligatoire sur toute facture ({m.source})."
            + (" S'il n'y en a pas, on l'écrit (« aucune », « escompte néant »)." if m.code in _NEANT else ""),
        )
        for m in _CONDITIONNELLES
    ),
    practises=P_FACTURATION,
)

NUMEROTATION = SingleChoice(
    id="numerotation",
    prompt="La facture F-2026-0412, déjà envoyée à un client, comporte une erreur de prix. Que fait Bureautik Pro ?",
    explanation="Chaque facture porte un numéro unique pris dans une séquence chronologique et continue : on ne "
    "supprime jamais une facture émise, on l'annule par une facture d'avoir, numérotée elle aussi, puis on émet "
    "une nouvelle facture avec le numéro suivant de la séquence (CGI, ann. II, art. 242 nonies A).",
    link=LINK_NUMEROTATION,
    choices=(
        Choice("avoir", "Elle émet un avoir qui annule la facture, puis une nouvelle facture au numéro suivant"),
        Choice(
            "supprimer",
            "Elle supprime la facture et en émet une nouvelle sous le même numéro",
            "Non : un numéro ne sert qu'une fois, et une facture émise ne se supprime pas ; on l'annule par un avoir.",
        ),
        Choice(
            "corriger_main",
            "Elle corrige le prix à la main sur la facture du client",
            "Non : une facture émise ne se modifie pas ; on l'annule par un avoir numéroté.",
        ),
        Choice(
            "bis",
            "Elle émet une facture F-2026-0412 bis datée du même jour",
            "Non : la séquence doit rester chronologique et continue, sans doublon ni facture antidatée.",
        ),
    ),
    answer="avoir",
    practises=P_FACTURATION,
)

FACTURE_ELECTRONIQUE = SingleChoice(
    id="facture_electronique",
    prompt="Au sens de la réforme de 2026-2027, qu'est-ce qu'une **facture électronique** entre entreprises ?",
    explanation="Une facture électronique est un fichier structuré (Factur-X, UBL ou CII) transmis par une "
    "plateforme agréée par l'administration fiscale, qui transmet aussi certaines données à l'administration. "
    + REGLES.definition[REGLES.definition.index("La facturation électronique") :],
    link=LINK_EFACTURE,
    choices=(
        Choice("structuree", "Un fichier structuré transmis par une plateforme agréée par l'administration fiscale"),
        Choice(
            "pdf",
            "Une facture en PDF envoyée par courriel",
            "Non : un PDF envoyé par courriel n'est pas une facture électronique au sens de la réforme.",
        ),
        Choice(
            "scan", "Une facture papier scannée et archivée", "Non : une image scannée n'est pas un fichier structuré."
        ),
        Choice(
            "signature",
            "Une facture papier signée électroniquement par le client",
            "Non : la réforme porte sur "
            "le format (fichier structuré) et le canal (plateforme agréée), pas sur une signature.",
        ),
    ),
    answer="structuree",
    practises=P_FACTURATION,
)

EMISSION = SingleChoice(
    id="emission",
    prompt="Bureautik Pro a livré et installé deux copieurs chez un cabinet d'avocats. Quand doit-elle émettre la "
    "facture ?",
    explanation="Tout achat ou toute prestation pour une activité professionnelle fait l'objet d'une facture, "
    "délivrée dès la réalisation de la vente ou de la prestation ; l'acheteur doit la réclamer s'il ne la reçoit "
    "pas (Code de commerce, art. L441-9).",
    link=LINK_PRINCIPE,
    choices=(
        Choice("livraison", "Dès la livraison (réalisation de la vente)"),
        Choice(
            "demande",
            "Seulement si le client la demande",
            "Non : la facture est obligatoire entre professionnels, que le client la demande ou non.",
        ),
        Choice(
            "paiement",
            "Après le paiement, pour servir de reçu",
            "Non : la facture précède le paiement ; elle porte d'ailleurs la date d'échéance.",
        ),
        Choice(
            "fin_annee",
            "En fin d'année, avec toutes les ventes de l'exercice",
            "Non : elle est délivrée dès la réalisation de la vente.",
        ),
    ),
    answer="livraison",
    practises=P_FACTURATION,
)

BANK = Bank(
    CHAPTER,
    "Les règles de facturation",
    (
        EMISSION,
        Parametrised("mentions_manquantes", mentions_manquantes_question),
        MENTIONS_CONDITIONNELLES,
        NUMEROTATION,
        FACTURE_ELECTRONIQUE,
        Parametrised("calendrier_efacture", calendrier_question),
        NOUVELLES_MENTIONS,
    ),
)


__all__ = [
    "BANK",
    "CHAPTER",
    "EMISSION",
    "FACTURE_ELECTRONIQUE",
    "MENTIONS_CONDITIONNELLES",
    "NOUVELLES_MENTIONS",
    "NUMEROTATION",
    "calendrier_question",
    "mentions_manquantes_question",
]
