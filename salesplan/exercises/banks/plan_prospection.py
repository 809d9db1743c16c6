"""Exercices : le plan de prospection (fichier, livre blanc, lead scoring calculé par ``salesplan.lead_scoring``)."""

from __future__ import annotations

import dataclasses
import random
from decimal import Decimal

from salesplan.concepts import OUTILS_PROSPECTION, STRATEGIES_APPROCHE
from salesplan.exercises.bank import Bank, Parametrised, shuffled
from salesplan.exercises.banks._tirage import variante
from salesplan.exercises.builders import (
    capitalised,
    concept_choices,
    definition_text,
    multiple_choice,
    sort_by_reason,
)
from salesplan.exercises.numeric_builders import count_field, numeric_question
from salesplan.exercises.questions import (
    CategoriesQuestion,
    Choice,
    InvoiceQuestion,
    MultipleChoice,
    NumericQuestion,
    SingleChoice,
    notion_links,
)
from salesplan.lead_scoring import REGLES_BUREAUTIK_PRO as REGLES
from salesplan.lead_scoring import ScoreProspect, score_prospect
from salesplan.values import format_number

CHAPTER = "preparation/plan_prospection"
_link = notion_links(CHAPTER)
OUTLINE_FICHIER = ("Créer un fichier",)
OUTLINE_LIVRE_BLANC = ("Créer un livre blanc",)
OUTLINE_SCORING = ("Faire du lead scoring",)

# French labels of the codes of the grid (labels, not definitions).
FONCTIONS = {
    "dirigeant": "dirigeant",
    "directeur_achats": "directeur des achats",
    "responsable_services_generaux": "responsable des services généraux",
    "directeur_administratif_financier": "directeur administratif et financier",
    "office_manager": "office manager",
    "assistant_direction": "assistant de direction",
}
SECTEURS = {
    "cabinet_comptable": "cabinet d'expertise comptable",
    "cabinet_avocats": "cabinet d'avocats",
    "sante": "santé",
    "immobilier": "immobilier",
    "industrie": "industrie",
    "commerce": "commerce",
    "association": "association",
}
ZONES = {
    "metropole_lyon": "métropole de Lyon",
    "rhone": "Rhône (hors métropole)",
    "auvergne_rhone_alpes": "Auvergne-Rhône-Alpes (hors Rhône)",
    "hors_region": "hors région",
}
ACTIONS = {
    "email_ouvert": "e-mail ouvert",
    "clic_email": "lien cliqué dans un e-mail",
    "livre_blanc": "livre blanc téléchargé",
    "webinaire": "webinaire suivi",
    "visite_tarifs": "visite de la page des tarifs",
    "demande_demo": "démonstration demandée",
    "desabonnement": "désabonnement de la lettre d'information",
}
TRANCHES = {"effectif": ("effectif", "salariés"), "chiffre_affaires": ("chiffre d'affaires", "€")}
SANS_PLAFOND = dataclasses.replace(REGLES, plafonds={})


def _prospect(rng: random.Random) -> dict[str, object]:
    """A prospect of the Bureautik Pro file: profile and tracked actions (some above their cap)."""
    prospect: dict[str, object] = {
        "fonction": rng.choice(list(FONCTIONS)),
        "secteur": rng.choice(list(SECTEURS)),
        "zone": rng.choice(list(ZONES)),
        "effectif": rng.choice((rng.randint(3, 9), rng.randint(11, 48), rng.randint(52, 240), rng.randint(260, 600))),
        "chiffre_affaires": rng.randint(3, 300) * 50_000,
    }
    comptes = {
        "email_ouvert": rng.randint(0, 9),
        "clic_email": rng.randint(0, 6),
        "livre_blanc": rng.randint(0, 3),
        "webinaire": rng.randint(0, 2),
        "visite_tarifs": rng.randint(0, 5),
        "demande_demo": rng.choice((0, 0, 1)),
        "desabonnement": rng.choice((0, 0, 0, 1)),
    }
    prospect |= {k: v for k, v in comptes.items() if v}
    return prospect


def _description(prospect: dict[str, object]) -> str:
    actions = [f"{ACTIONS[a]} × {prospect[a]}" for a in ACTIONS if a in prospect]
    return (
        f"Fonction : {FONCTIONS[str(prospect['fonction'])]} ; secteur : {SECTEURS[str(prospect['secteur'])]} ; "
        f"zone : {ZONES[str(prospect['zone'])]} ; "
        f"effectif : {format_number(int(str(prospect['effectif'])))} salariés ; "
        f"chiffre d'affaires : {format_number(int(str(prospect['chiffre_affaires'])))} €.\n"
        f"Actions depuis le début de la campagne : {', '.join(actions) if actions else 'aucune'}."
    )


def _grille(prospect: dict[str, object]) -> str:
    """The lines of the grid this prospect needs (every bracket and every action, with its cap)."""
    lignes = [
        f"fonction {FONCTIONS[str(prospect['fonction'])]} : {REGLES.categories['fonction'][str(prospect['fonction'])]}",
        f"secteur {SECTEURS[str(prospect['secteur'])]} : {REGLES.categories['secteur'][str(prospect['secteur'])]}",
        f"zone {ZONES[str(prospect['zone'])]} : {REGLES.categories['zone'][str(prospect['zone'])]}",
    ]
    for critere, (nom, unite) in TRANCHES.items():
        bornes = ", ".join(f"à partir de {format_number(b)} {unite} : {p}" for b, p in REGLES.tranches[critere] if b)
        lignes.append(f"{nom} (on retient la tranche atteinte la plus haute, 0 en dessous) — {bornes}")
    for action, texte in ACTIONS.items():
        lignes.append(
            f"{texte} : {REGLES.comportements[action]:+d} par action, compté {REGLES.plafonds[action]} fois au plus"
        )
    return "Grille de Bureautik Pro (points) :\n" + "\n".join(f"– {ligne}" for ligne in lignes)


def _cumul_tranches(prospect: dict[str, object]) -> int:
    """Explicit points when every bracket reached is added (instead of keeping the highest one)."""
    score = score_prospect(prospect)
    cumul = score.explicite
    for critere in TRANCHES:
        valeur = int(str(prospect[critere]))
        cumul += sum(p for b, p in REGLES.tranches[critere] if valeur >= b) - score.detail[critere]
    return cumul


def _seuils() -> str:
    return (
        f"Seuils : MQL à partir de {REGLES.seuil_mql} points, SQL (transmis à un commercial) à partir de "
        f"{REGLES.seuil_sql} points."
    )


CUMUL = "Vous avez additionné toutes les tranches atteintes : on ne retient que la plus haute."
PLAFOND = "Vous n'avez pas plafonné les actions répétées : au-delà du plafond, une action ne rapporte plus rien."
DESABO = "Le désabonnement retire des points : il compte en négatif."


@variante(CHAPTER, "fiche_score")
def fiche_score_question(rng: random.Random) -> InvoiceQuestion:
    """Explicit points, implicit points and total of one prospect."""
    prospect = _prospect(rng)
    score = score_prospect(prospect)
    sans_plafond = score_prospect(prospect, SANS_PLAFOND)
    cumul = _cumul_tranches(prospect)
    abonne = score.implicite - score.detail["desabonnement"]
    fields = (
        count_field(
            "explicite",
            "Points explicites (profil)",
            score.explicite,
            (cumul, CUMUL),
            (score.total, "C'est le score total : le profil seul donne les points explicites."),
        ),
        count_field(
            "implicite",
            "Points implicites (comportement)",
            score.implicite,
            (sans_plafond.implicite, PLAFOND),
            (abonne, DESABO),
        ),
        count_field(
            "total",
            "Score total",
            score.total,
            (sans_plafond.total, PLAFOND),
            (cumul + score.implicite, CUMUL),
            (score.explicite + abonne, DESABO),
        ),
    )
    return InvoiceQuestion(
        id="fiche_score",
        prompt="Calculez le score de ce prospect du fichier de Bureautik Pro.\n"
        + _description(prospect)
        + "\n"
        + _grille(prospect),
        explanation=score.expliquer(),
        link=_link("faire-du-lead-scoring"),
        practises=OUTLINE_SCORING,
        fields=fields,
    )


def _statut_texte(statut: str) -> str:
    return {
        "froid": "Prospect froid",
        "MQL": "MQL (à nourrir par le marketing)",
        "SQL": "SQL (à transmettre à un commercial)",
    }[statut]


@variante(CHAPTER, "statut")
def statut_question(rng: random.Random) -> SingleChoice:
    """Froid, MQL or SQL? A wrong pick is explained by the mistake that produces it, when there is one."""
    voulu = rng.choice(("froid", "MQL", "SQL"))
    for _ in range(500):
        prospect = _prospect(rng)
        score = score_prospect(prospect)
        if score.statut == voulu:
            break
    sans_plafond = score_prospect(prospect, SANS_PLAFOND)
    cumul = REGLES.statut(_cumul_tranches(prospect) + score.implicite)

    def retour(statut: str) -> str:
        if statut == score.statut:
            return ""
        if sans_plafond.statut == statut:
            return f"{PLAFOND} Le total est de {score.total} points."
        if cumul == statut:
            return f"{CUMUL} Le total est de {score.total} points."
        return f"Le total est de {score.total} points : comparez-le aux deux seuils."

    return SingleChoice(
        id="statut_lead",
        prompt="Quel est le statut de ce prospect ?\n"
        + _description(prospect)
        + "\n"
        + _grille(prospect)
        + "\n"
        + _seuils(),
        explanation=score.expliquer() + " " + _seuils(),
        link=_link("faire-du-lead-scoring"),
        practises=OUTLINE_SCORING,
        choices=tuple(Choice(st, _statut_texte(st), retour(st)) for st in ("froid", "MQL", "SQL")),
        answer=score.statut,
    )


@variante(CHAPTER, "points_manquants")
def points_manquants_question(rng: random.Random) -> NumericQuestion | None:
    """How many points a prospect still needs to be handed to a salesperson."""
    prospect = _prospect(rng)
    score: ScoreProspect = score_prospect(prospect)
    if not 0 < score.total < REGLES.seuil_sql:
        return None  # a prospect with no points, or already a SQL: draw again
    manque = Decimal(REGLES.seuil_sql - score.total)
    sans_plafond = score_prospect(prospect, SANS_PLAFOND)
    return numeric_question(
        id="points_manquants",
        prompt="Combien de points manque-t-il à ce prospect pour devenir un **SQL** ?\n"
        + _description(prospect)
        + "\n"
        + _grille(prospect)
        + "\n"
        + _seuils(),
        explanation=f"{score.expliquer()} Il manque {REGLES.seuil_sql} − {score.total} = {manque} points "
        "pour atteindre "
        "le seuil SQL ; d'ici là, le marketing continue de le nourrir (contenus, invitations).",
        link=_link("faire-du-lead-scoring"),
        practises=OUTLINE_SCORING,
        answer=manque,
        unit="",
        wrong=[
            (
                Decimal(REGLES.seuil_mql - score.total),
                "Vous avez visé le seuil MQL : un SQL doit atteindre le seuil SQL.",
            ),
            (Decimal(REGLES.seuil_sql - sans_plafond.total), PLAFOND),
            (
                Decimal(REGLES.seuil_sql - score.explicite),
                "Vous n'avez compté que le profil : ajoutez les points de comportement.",
            ),
            (Decimal(score.total), "C'est le score actuel : la question porte sur l'écart au seuil SQL."),
        ],
    )


def _criteres() -> CategoriesQuestion:
    explicites = [
        "fonction du contact",
        "secteur d'activité",
        "zone géographique",
        "effectif de l'entreprise",
        "chiffre d'affaires",
    ]
    rangs = [(t, "explicite") for t in explicites] + [(ACTIONS[a], "implicite") for a in REGLES.comportements]
    lead = OUTILS_PROSPECTION.get("lead_scoring")
    categories = (
        (
            "explicite",
            capitalised(lead.details[0]),
            "C'est une caractéristique du prospect (ce qu'il est) : un critère explicite.",
        ),
        (
            "implicite",
            capitalised(lead.details[1]),
            "C'est une action du prospect (ce qu'il fait) : un critère implicite.",
        ),
    )
    return sort_by_reason(
        [(capitalised(t), famille) for t, famille in rangs],
        categories,
        id="criteres_scoring",
        prompt="Classez chaque critère de la grille de lead scoring de Bureautik Pro : critère **explicite** "
        "(profil) ou **implicite** (comportement) ?",
        explanation=definition_text(lead),
        link=_link("faire-du-lead-scoring"),
        practises=OUTLINE_SCORING,
        prefix="c",
    )


def _fichier() -> MultipleChoice:
    fichier = OUTILS_PROSPECTION.get("fichier")
    hors_sujet = (
        ("situation_familiale", "Situation familiale du dirigeant"),
        ("adresse_personnelle", "Adresse personnelle du contact"),
        ("opinions", "Opinions politiques ou syndicales du contact"),
        ("date_naissance", "Date de naissance du contact"),
    )
    message = (
        "Donnée personnelle sans rapport avec la prospection : le RGPD (art. 5) n'autorise que les données "
        "utiles à la finalité, ici la fonction et les coordonnées professionnelles."
    )
    choix = [
        Choice(f"f{n}", capitalised(d), "Information utile pour qualifier et contacter le prospect.")
        for n, d in enumerate(fichier.details, start=1)
    ]
    choix += [Choice(code, texte, message) for code, texte in hors_sujet]
    return multiple_choice(
        id="contenu_fichier",
        prompt="Bureautik Pro constitue son **fichier de prospection** de cabinets comptables. Cochez **toutes** les "
        "informations qui y ont leur place.",
        explanation=f"{fichier.libelle} : {fichier.definition} Chaque fiche contient : "
        + ", ".join(fichier.details)
        + ".",
        link=_link("creer-un-fichier"),
        practises=OUTLINE_FICHIER,
        choices=choix,
        answers=frozenset(f"f{n}" for n in range(1, len(fichier.details) + 1)),
    )


EMAIL_BTOB = SingleChoice(
    id="email_btob",
    prompt="Bureautik Pro a trouvé dans son fichier l'adresse professionnelle nominative du responsable des services "
    "généraux d'une PME. Peut-elle lui envoyer un e-mail de prospection pour ses copieurs **sans son consentement "
    "préalable** ?",
    explanation="En BtoB, la CNIL admet l'e-mail de prospection sans consentement préalable à l'adresse "
    "professionnelle d'une personne si le message concerne sa profession, si elle a été informée et a pu s'opposer, "
    "et si chaque message permet de se désinscrire gratuitement (CPCE, art. L34-5 ; RGPD, art. 21).",
    link=_link("creer-un-fichier"),
    practises=OUTLINE_FICHIER,
    choices=(
        Choice(
            "jamais",
            "Non, jamais : le consentement préalable est toujours obligatoire",
            "C'est la règle envers les particuliers (BtoC) ; en BtoB, la CNIL admet une exception.",
        ),
        Choice(
            "sous_conditions",
            "Oui, si l'offre concerne sa fonction, qu'il a été informé et qu'il peut se désinscrire gratuitement",
        ),
        Choice(
            "toujours",
            "Oui, sans condition : le RGPD ne s'applique pas entre entreprises",
            "Le nom et l'adresse nominative d'un salarié sont des données personnelles : le RGPD s'applique.",
        ),
        Choice(
            "toute_offre",
            "Oui, pour n'importe quelle offre, même sans lien avec son métier",
            "L'exception BtoB ne vaut que si le message concerne la profession du destinataire.",
        ),
    ),
    answer="sous_conditions",
)


def _livre_blanc() -> SingleChoice:
    livre = OUTILS_PROSPECTION.get("livre_blanc")
    options = [*OUTILS_PROSPECTION, STRATEGIES_APPROCHE.get("prospection_directe")]
    return SingleChoice(
        id="livre_blanc",
        prompt="Quel outil du plan de prospection Bureautik Pro utilise-t-elle ici ?\n*Sur son site, Bureautik Pro "
        "propose un guide de vingt pages, « Archiver sans papier : le mode d'emploi pour les cabinets médicaux », "
        "à télécharger contre le nom, la fonction et l'adresse e-mail professionnelle du visiteur.*",
        explanation=definition_text(livre),
        link=_link("creer-un-livre-blanc"),
        practises=OUTLINE_LIVRE_BLANC,
        choices=concept_choices(shuffled(options, "livre_blanc"), livre.code),
        answer=livre.code,
    )


BANK = Bank(
    CHAPTER,
    "Le plan de prospection",
    (
        _fichier(),
        EMAIL_BTOB,
        _livre_blanc(),
        _criteres(),
        Parametrised("fiche_score", fiche_score_question),
        Parametrised("statut_lead", statut_question),
        Parametrised("points_manquants", points_manquants_question),
    ),
)


__all__ = [
    "BANK",
    "CHAPTER",
    "EMAIL_BTOB",
    "fiche_score_question",
    "points_manquants_question",
    "statut_question",
]
