"""Exercices : le droit de rétractation entre professionnels (cas tranchés par ``salesplan.retractation``)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from salesplan import parametres
from salesplan.concepts import NEGOCIATION
from salesplan.exercises.bank import Bank, Parametrised, date_mistakes
from salesplan.exercises.banks._tirage import variante
from salesplan.exercises.builders import categories_question, multiple_choice
from salesplan.exercises.questions import (
    Choice,
    DateQuestion,
    Item,
    SingleChoice,
    notion_links,
)
from salesplan.retractation import Retractation, droit_de_retractation, fin_du_delai, jours_feries
from salesplan.values import format_date

CHAPTER = "negociation/droit_retractation"
_link = notion_links(CHAPTER)
OUTLINE_RETRACTATION = ("Le droit de rétractation entre professionnels",)
RETRACTATION = NEGOCIATION.get("retractation_professionnels")
AUJOURDHUI = parametres.DATE_DE_REFERENCE
EFFECTIF_MAX = int(parametres.valeur("retractation_effectif_max", date=AUJOURDHUI))
DELAI = int(parametres.valeur("retractation_delai", date=AUJOURDHUI))
PROLONGATION = int(parametres.valeur("retractation_prolongation", date=AUJOURDHUI))


def _salaries(effectif: int) -> str:
    return f"{effectif} salarié" + "s" * (effectif > 1)


@dataclass(frozen=True)
class Cas:
    """A signed contract: who, what, where, how many employees."""

    client: str
    objet: str
    dans_son_metier: bool
    lieu: str
    hors_etablissement: bool
    effectif: int
    nature: str = "biens"

    def texte(self) -> str:
        salaries = "sans salarié" if self.effectif == 0 else _salaries(self.effectif)
        return f"{self.client} ({salaries}) : {self.objet}, contrat signé {self.lieu}"

    def decision(self) -> Retractation:
        return droit_de_retractation(
            hors_etablissement=self.hors_etablissement,
            hors_activite_principale=not self.dans_son_metier,
            effectif=self.effectif,
            nature=self.nature,
        )


# (client, object bought outside its trade, object bought for its trade)
_CLIENTS = (
    ("Une boulangerie", ("un copieur", "biens"), None),
    ("Un fleuriste", ("un contrat de maintenance de son imprimante", "services"), None),
    ("Une kinésithérapeute", ("un copieur et son installation", "biens"), None),
    ("Un plombier", ("du mobilier de bureau", "biens"), None),
    (
        "Un centre de reprographie",
        ("un contrat de maintenance de son standard téléphonique", "services"),
        ("un copieur de production destiné à ses travaux pour ses clients", "biens"),
    ),
    ("Une imprimerie", ("du mobilier pour son accueil", "biens"), ("une presse numérique", "biens")),
    (
        "Une papeterie",
        ("un copieur pour son bureau", "biens"),
        ("un lot de cartouches d'encre destinées à la revente", "biens"),
    ),
)
_DANS_SES_LOCAUX = "dans ses locaux, lors de la visite du commercial"
_AU_MAGASIN = "au magasin de Bureautik Pro, à Lyon"
_CONDITIONS = ("lieu", "activite", "effectif")


def _tirer_cas(rng: random.Random, manque: str) -> Cas:
    """A case where the condition ``manque`` fails (or none when ``manque`` is "aucune")."""
    candidats = [c for c in _CLIENTS if manque != "activite" or c[2] is not None]
    client, hors_metier, metier = rng.choice(candidats)
    objet, nature = metier if manque == "activite" and metier else hors_metier
    effectif = rng.randint(6, 40) if manque == "effectif" else rng.randint(0, EFFECTIF_MAX)
    lieu = _AU_MAGASIN if manque == "lieu" else _DANS_SES_LOCAUX
    return Cas(client, objet, manque == "activite", lieu, manque != "lieu", effectif, nature)


def _condition_qui_manque(cas: Cas) -> str:
    """The condition whose failure alone denies the right, found by asking the library with it met."""
    if cas.decision().applicable:
        return "aucune"
    remplie = {
        "lieu": Cas(cas.client, cas.objet, cas.dans_son_metier, _DANS_SES_LOCAUX, True, cas.effectif, cas.nature),
        "activite": Cas(cas.client, cas.objet, False, cas.lieu, cas.hors_etablissement, cas.effectif, cas.nature),
        "effectif": Cas(cas.client, cas.objet, cas.dans_son_metier, cas.lieu, cas.hors_etablissement, 0, cas.nature),
    }
    return next(code for code, autre in remplie.items() if autre.decision().applicable)


@variante(CHAPTER, "condition_retractation")
def condition_question(rng: random.Random) -> SingleChoice:
    """Which of the three L221-3 conditions fails, if any."""
    cas = _tirer_cas(rng, rng.choice(("aucune", *_CONDITIONS)))
    decision = cas.decision()
    answer = _condition_qui_manque(cas)
    remplie = {
        "lieu": "Le contrat a bien été signé hors établissement (dans les locaux du client).",
        "activite": "L'objet du contrat n'entre pas dans le champ de son activité principale.",
        "effectif": f"Le client emploie {_salaries(cas.effectif)}, pas plus de {EFFECTIF_MAX} : la condition est "
        "remplie.",
    }
    choices = (
        Choice("aucune", "Aucune : le client peut se rétracter"),
        Choice("lieu", "Le contrat n'a pas été conclu hors établissement"),
        Choice("activite", "L'objet du contrat entre dans le champ de l'activité principale du client"),
        Choice("effectif", f"Le client emploie plus de {EFFECTIF_MAX} salariés"),
    )
    return SingleChoice(
        id="condition_retractation",
        prompt=f"{cas.texte()}.\nLe client peut-il se rétracter ? Sinon, **quelle condition** de l'article L221-3 "
        "du Code de la consommation manque ?",
        explanation=decision.motif,
        link=_link("l-exception-des-petits-professionnels-article-l221-3"),
        choices=tuple(
            Choice(
                c.key,
                c.text,
                ""
                if c.key == answer
                else (decision.motif if c.key == "aucune" else f"{remplie[c.key]} {decision.motif}"),
            )
            for c in choices
        ),
        answer=answer,
        practises=OUTLINE_RETRACTATION,
    )


def _ouvrable(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in jours_feries(day.year)


@variante(CHAPTER, "date_limite_retractation")
def date_limite_question(rng: random.Random) -> DateQuestion:
    """Last day to withdraw: from conclusion (services) or receipt (goods), moved past weekends and holidays."""
    nature = rng.choice(("biens", "services"))
    effectif = rng.randint(0, EFFECTIF_MAX)
    depart = dt.date(2026, 12, 1) + dt.timedelta(days=rng.randint(0, 300))
    if rng.random() < 0.8:  # most variants end on a non-working day, so the extension must be applied
        while _ouvrable(depart + dt.timedelta(days=DELAI)):
            depart += dt.timedelta(days=1)
    ecart = dt.timedelta(days=rng.randint(5, 12))
    if nature == "services" and depart + ecart == fin_du_delai(depart, jours=DELAI):
        ecart += dt.timedelta(days=1)  # the technician's visit must not show the answer
    if nature == "biens":
        conclusion, livraison = depart - ecart, depart
        faits = f"signe dans sa boutique, le {format_date(conclusion)}, la commande d'un copieur, livré le "
        faits += format_date(livraison)
        autre_depart = conclusion
        autre = "Pour des biens, le délai court à partir de la réception, pas de la signature."
    else:
        conclusion, livraison = depart, depart + ecart
        faits = (
            f"signe dans sa boutique, le {format_date(conclusion)}, un contrat de maintenance de son imprimante ; "
            f"la première visite du technicien a lieu le {format_date(livraison)}"
        )
        autre_depart = livraison
        autre = "Pour une prestation de services, le délai court à partir de la conclusion du contrat."
    decision = droit_de_retractation(
        hors_etablissement=True,
        hors_activite_principale=True,
        effectif=effectif,
        nature=nature,
        date_conclusion=conclusion,
        date_livraison=livraison,
    )
    assert decision.dernier_jour is not None and decision.point_de_depart is not None
    salaries = "sans salarié" if effectif == 0 else f"qui emploie {_salaries(effectif)}"
    return DateQuestion(
        id="date_limite_retractation",
        prompt=f"Une fleuriste {salaries} {faits}. Elle a le droit de se rétracter (contrat hors établissement, "
        "hors de son activité principale).\nQuel est le **dernier jour** pour se rétracter (JJ/MM/AAAA) ?",
        explanation=decision.expliquer()
        + " Si le dernier jour tombe un samedi, un dimanche ou un jour férié, le délai est prolongé jusqu'au "
        "premier jour ouvrable suivant (C. consom. L221-19).",
        link=_link("le-delai-de-retractation"),
        answer=decision.dernier_jour,
        mistakes=date_mistakes(
            decision.dernier_jour,
            (fin_du_delai(autre_depart, jours=DELAI), autre),
            (
                decision.point_de_depart + dt.timedelta(days=DELAI),
                "Le dernier jour tombe un samedi, un dimanche ou un jour férié : le délai est prolongé jusqu'au "
                "premier jour ouvrable suivant.",
            ),
            (
                decision.point_de_depart + dt.timedelta(days=DELAI - 1),
                "Le jour de départ ne compte pas : le délai commence le lendemain.",
            ),
        ),
        practises=OUTLINE_RETRACTATION,
    )


PRINCIPE = SingleChoice(
    id="principe",
    prompt="Le responsable des achats d'une ETI de 300 salariés a signé hier, dans ses bureaux, un bon de commande "
    "de 12 copieurs. Il appelle Bureautik Pro : « Je me rétracte, j'ai 14 jours. » Que lui répond le commercial ?",
    explanation=RETRACTATION.definition,
    link=_link("le-principe-le-professionnel-est-engage-des-sa-signature"),
    choices=(
        Choice("engage", "En principe, entre professionnels, le contrat signé l'engage : pas de droit de rétractation"),
        Choice(
            "quatorze",
            "Il a raison : tout acheteur dispose de 14 jours",
            "Non : le délai de 14 jours protège "
            "le consommateur ; entre professionnels, il n'existe qu'à titre d'exception (petits "
            "professionnels).",
        ),
        Choice(
            "sept",
            "Il dispose de 7 jours seulement, car c'est un professionnel",
            "Non : il n'existe pas de "
            "délai réduit pour les professionnels ; en principe, il n'y a pas de droit de rétractation.",
        ),
        Choice(
            "hors_etablissement",
            "Il peut se rétracter puisque le contrat a été signé dans ses bureaux",
            f"Non : le lieu ne suffit pas ; il faut aussi un client de {EFFECTIF_MAX} salariés au plus et un "
            "objet hors de son activité principale. Une ETI de 300 salariés n'est pas concernée.",
        ),
    ),
    answer="engage",
    practises=OUTLINE_RETRACTATION,
)

CONDITIONS = multiple_choice(
    id="conditions",
    prompt="Cochez les conditions **cumulatives** qui donnent à un professionnel le droit de se rétracter "
    "(Code de la consommation, art. L221-3).",
    explanation=RETRACTATION.definition,
    link=_link("l-exception-des-petits-professionnels-article-l221-3"),
    choices=[
        Choice(
            "hors_etablissement",
            "Le contrat est conclu hors établissement (chez le client, par exemple)",
            "C'est l'une des trois conditions : le contrat doit être conclu hors établissement.",
        ),
        Choice(
            "hors_activite",
            "L'objet du contrat n'entre pas dans le champ de son activité principale",
            "C'est l'une des trois conditions : l'achat doit sortir de son métier.",
        ),
        Choice(
            "effectif",
            f"Il emploie {EFFECTIF_MAX} salariés au plus",
            f"C'est l'une des trois conditions : l'effectif ne doit pas dépasser {EFFECTIF_MAX} salariés.",
        ),
        Choice(
            "montant",
            "Le contrat porte sur moins de 1 000 € HT",
            "Le montant du contrat n'entre pas dans les conditions.",
        ),
        Choice(
            "recent", "L'entreprise a été créée depuis moins d'un an", "L'ancienneté de l'entreprise ne compte pas."
        ),
        Choice("comptant", "Le client a payé comptant", "Le mode de paiement ne compte pas."),
    ],
    order="conditions_retractation",
    answers=frozenset({"hors_etablissement", "hors_activite", "effectif"}),
    practises=OUTLINE_RETRACTATION,
)

INFORMATION = SingleChoice(
    id="information_oubliee",
    prompt="Un commercial fait signer à un électricien seul dans son entreprise, sur un chantier, un contrat de "
    "location de copieur, **sans** l'informer de son droit de rétractation ni lui remettre de formulaire. Quelle "
    "est la conséquence ?",
    explanation=f"Sans information, le délai de rétractation est prolongé de {PROLONGATION} mois à compter de la "
    f"fin du délai initial de {DELAI} jours (Code de la consommation, art. L221-20). Le commercial doit remettre "
    "contrat, informations précontractuelles et formulaire de rétractation.",
    link=_link("le-delai-de-retractation"),
    choices=(
        Choice("prolonge", f"Le délai de rétractation est prolongé de {PROLONGATION} mois"),
        Choice(
            "aucune",
            "Aucune : un professionnel doit connaître ses droits",
            "Non : le petit professionnel est "
            f"protégé comme un consommateur ; sans information, le délai s'allonge de {PROLONGATION} mois.",
        ),
        Choice(
            "quatorze",
            f"Le délai reste de {DELAI} jours, mais court à partir de la première facture",
            f"Non : la loi prolonge le délai de {PROLONGATION} mois.",
        ),
        Choice(
            "nul",
            "Le client n'a plus aucun droit, puisqu'il n'a pas été informé",
            "Non : c'est l'inverse, l'oubli du vendeur allonge le délai du client.",
        ),
    ),
    answer="prolonge",
    practises=OUTLINE_RETRACTATION,
)

_CAS_FIXES = (
    Cas("Une boulangerie", "un copieur", False, _DANS_SES_LOCAUX, True, 4),
    Cas("Un kinésithérapeute", "un contrat de maintenance", False, "à son cabinet", True, 0, "services"),
    Cas("L'Atelier Confluence Architectes", "un traceur", False, "dans ses locaux", True, 35),
    Cas("Une imprimerie", "une presse numérique", True, "dans son atelier", True, 3),
    Cas("Un électricien", "une imprimante", False, _AU_MAGASIN, False, 2),
    Cas("Une fleuriste", "un contrat de location de copieur", False, "dans sa boutique", True, EFFECTIF_MAX),
)
_DECISIONS = [c.decision() for c in _CAS_FIXES]

CAS_CLIENTS = categories_question(
    id="cas_clients",
    prompt="Contrats signés par des clients de Bureautik Pro : lesquels peuvent être annulés par une rétractation ?",
    explanation="\n".join(f"{_CAS_FIXES[i].texte()} — {_DECISIONS[i].motif}" for i in range(len(_CAS_FIXES))),
    link=_link("l-exception-des-petits-professionnels-article-l221-3"),
    rows=[(c.texte(), "oui" if d.applicable else "non", d.motif) for c, d in zip(_CAS_FIXES, _DECISIONS, strict=True)],
    categories=(Item("oui", "Peut se rétracter"), Item("non", "Ne peut pas se rétracter")),
    prefix="k",
    order="cas_retractation",
    keys_first=True,
    practises=OUTLINE_RETRACTATION,
)

BANK = Bank(
    CHAPTER,
    "Le droit de rétractation entre professionnels",
    (
        PRINCIPE,
        CONDITIONS,
        CAS_CLIENTS,
        Parametrised("condition_retractation", condition_question),
        Parametrised("date_limite_retractation", date_limite_question),
        INFORMATION,
    ),
)


__all__ = [
    "BANK",
    "CAS_CLIENTS",
    "CHAPTER",
    "CONDITIONS",
    "INFORMATION",
    "PRINCIPE",
    "condition_question",
    "date_limite_question",
]
