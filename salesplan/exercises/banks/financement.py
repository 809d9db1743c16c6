"""Exercices : financer un achat (emprunt, crédit-bail, escompte d'un effet) avec ``salesplan.financement``."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from salesplan.concepts import FINANCEMENTS
from salesplan.exercises.bank import Bank, Parametrised, shuffled
from salesplan.exercises.banks._tirage import variante
from salesplan.exercises.builders import definitions_matching, multiple_choice
from salesplan.exercises.numeric_builders import ERREUR_REPORTEE, amount_field, count_field, numeric_question
from salesplan.exercises.questions import (
    Choice,
    InvoiceQuestion,
    MatchingQuestion,
    MultipleChoice,
    NumericQuestion,
    SingleChoice,
    notion_links,
)
from salesplan.financement import (
    annuite_constante,
    comparer_financements,
    cout_credit_bail,
    escompte_effet,
    tableau_amortissement,
    taux_implicite_credit_bail,
)
from salesplan.values import HUNDRED, format_date, format_euros, format_percent, plural, round_cent

CHAPTER = "negociation/financement"
_link = notion_links(CHAPTER)
OUTLINE_FINANCEMENT = ("Financement (emprunt / crédit-bail / escompte bancaire)",)
OUTLINE_ARGUMENT = ("Argumentation financière et fiscale", *OUTLINE_FINANCEMENT)
TAUX_EMPRUNT = tuple(Decimal(t) for t in ("3", "3.5", "4", "4.2", "4.5", "4.8", "5", "5.5", "6"))
ACHATS = (
    "un parc de copieurs multifonctions",
    "le mobilier d'un nouvel open space",
    "les postes informatiques d'une agence",
    "un système de visioconférence pour trois salles",
    "des armoires de classement et un destructeur industriel",
)


def _emprunt(rng: random.Random) -> tuple[str, Decimal, Decimal, int]:
    """A purchase, a capital, an annual rate (in %) and a duration in years."""
    achat = rng.choice(ACHATS)
    capital = Decimal(rng.randint(8, 60) * 1000 + rng.choice((0, 0, 500)))
    taux = rng.choice(TAUX_EMPRUNT)
    return achat, capital, taux, rng.choice((3, 4, 5, 6))


@variante(CHAPTER, "annuite_constante")
def annuite_question(rng: random.Random) -> NumericQuestion:
    """Constant annual payment of a loan."""
    achat, capital, taux, duree = _emprunt(rng)
    annuite = annuite_constante(capital, taux, duree)
    constant = tableau_amortissement(capital, taux, duree, mode="amortissement_constant")
    return numeric_question(
        id="annuite_constante",
        prompt=f"Pour financer {achat}, un client de Bureautik Pro emprunte {format_euros(capital)} au taux "
        f"annuel de {format_percent(taux)}, remboursables en {plural(duree, 'annuité')} constantes.\n"
        "Quel est le montant de l'**annuité constante** (au centime) ?",
        explanation=f"a = C × i / (1 − (1 + i)^−n) = {format_euros(capital)} × {format_percent(taux)} / "
        f"(1 − (1 + {format_percent(taux)})^−{duree}) = {format_euros(annuite)}.",
        link=_link("l-emprunt-bancaire"),
        practises=OUTLINE_FINANCEMENT,
        answer=annuite,
        wrong=[
            (
                round_cent(capital / duree),
                "Vous avez divisé le capital par la durée : vous avez oublié les intérêts.",
            ),
            (
                constant.lignes[0].annuite,
                "C'est la première annuité d'un remboursement par amortissement constant (C / n + intérêts "
                "sur tout le capital) : ici l'annuité est constante, a = C × i / (1 − (1 + i)^−n).",
            ),
            (
                round_cent(capital * (1 + taux * duree / HUNDRED) / duree),
                "Vous avez calculé des intérêts simples sur tout le capital pendant toute la durée : les "
                "intérêts portent sur le capital restant dû, qui diminue.",
            ),
            (
                round_cent(capital * taux / HUNDRED),
                "C'est seulement l'intérêt de la première année : l'annuité rembourse aussi du capital.",
            ),
        ],
    )


@variante(CHAPTER, "ligne_amortissement")
def ligne_amortissement_question(rng: random.Random) -> InvoiceQuestion:
    """The second row of a constant-payment schedule, the annuity being given."""
    achat, capital, taux, duree = _emprunt(rng)
    tableau = tableau_amortissement(capital, taux, duree)
    un, deux = tableau.lignes[0], tableau.lignes[1]
    annuite = un.annuite
    debut_faux = capital - annuite
    fields = (
        amount_field(
            "capital_debut",
            "Capital restant dû au début de l'année 2",
            deux.capital_debut,
            (
                debut_faux,
                "Vous avez retiré toute l'annuité : seul l'amortissement (annuité − intérêt) "
                "réduit le capital restant dû.",
            ),
            (capital, "Le capital a déjà été en partie remboursé par la première annuité."),
        ),
        amount_field(
            "interet",
            "Intérêt de l'année 2",
            deux.interet,
            (
                un.interet,
                "Vous avez calculé l'intérêt sur le capital emprunté au départ : il se calcule "
                "sur le capital restant dû au début de l'année 2.",
            ),
            (round_cent(debut_faux * taux / HUNDRED), ERREUR_REPORTEE),
        ),
        amount_field(
            "amortissement",
            "Amortissement de l'année 2",
            deux.amortissement,
            (
                un.amortissement,
                "C'est l'amortissement de l'année 1 : il augmente chaque année, car l'intérêt diminue.",
            ),
            (
                round_cent(capital / duree),
                "C / n est l'amortissement d'un remboursement par amortissement "
                "constant : ici, amortissement = annuité − intérêt.",
            ),
            (annuite - round_cent(debut_faux * taux / HUNDRED), ERREUR_REPORTEE),
        ),
    )
    return InvoiceQuestion(
        id="ligne_amortissement",
        prompt=f"Pour financer {achat}, un client emprunte {format_euros(capital)} au taux annuel de "
        f"{format_percent(taux)} sur {plural(duree, 'an')}, par annuités constantes de {format_euros(annuite)}.\n"
        "Complétez la **deuxième ligne** du tableau d'amortissement (au centime).",
        explanation=f"Année 1 : intérêt {format_euros(capital)} × {format_percent(taux)} = "
        f"{format_euros(un.interet)} ; amortissement {format_euros(annuite)} − {format_euros(un.interet)} = "
        f"{format_euros(un.amortissement)} ; capital restant dû {format_euros(un.capital_fin)}.\n"
        f"Année 2 : intérêt {format_euros(deux.capital_debut)} × {format_percent(taux)} = "
        f"{format_euros(deux.interet)} ; amortissement {format_euros(annuite)} − {format_euros(deux.interet)} = "
        f"{format_euros(deux.amortissement)}.",
        link=_link("l-emprunt-bancaire"),
        practises=OUTLINE_FINANCEMENT,
        fields=fields,
    )


def _credit_bail(rng: random.Random, taux: Decimal | None = None) -> tuple[str, Decimal, Decimal, int, Decimal]:
    """A purchase, its price HT, a monthly rent (whole euros), the number of rents and the purchase option.

    The rent repays the price at ``taux`` (annual, in %; drawn if None) over the contract.
    """
    achat = rng.choice(ACHATS)
    prix = Decimal(rng.randint(6, 50) * 1000 + rng.choice((0, 250, 490, 900)))
    nombre = rng.choice((24, 36, 48, 60))
    taux = Decimal(rng.randint(45, 95)) / 10 if taux is None else taux
    loyer = annuite_constante(prix, taux, nombre // 12, periodes_par_an=12).quantize(Decimal(1))
    option = round_cent(prix * Decimal(rng.choice((1, 2, 3))) / HUNDRED).quantize(Decimal(10))
    return achat, prix, loyer, nombre, max(option, Decimal(50))


@variante(CHAPTER, "cout_credit_bail")
def cout_credit_bail_question(rng: random.Random) -> NumericQuestion:
    """Cost of a leasing contract: rents + option − price."""
    achat, prix, loyer, nombre, option = _credit_bail(rng)
    cout = cout_credit_bail(prix=prix, loyer=loyer, nombre_loyers=nombre, valeur_residuelle=option)
    return numeric_question(
        id="cout_credit_bail",
        prompt=f"Pour {achat}, au prix de {format_euros(prix)} HT, le partenaire financier de Bureautik Pro "
        f"propose un crédit-bail : {nombre} loyers mensuels de {format_euros(loyer)} HT et une option d'achat "
        f"de {format_euros(option)} HT en fin de contrat.\n"
        "Quel est le **coût du crédit-bail** si le client lève l'option ?",
        explanation=cout.expliquer(),
        link=_link("le-credit-bail"),
        practises=OUTLINE_FINANCEMENT,
        answer=cout.cout,
        wrong=[
            (
                cout.total_loyers - prix,
                "Vous avez oublié l'option d'achat : le client la paie pour devenir propriétaire.",
            ),
            (
                cout.total_decaisse,
                "C'est le total décaissé (loyers + option) : le coût est ce qu'on paie en plus "
                "du prix comptant, retirez le prix du bien.",
            ),
            (
                cout.total_loyers - option - prix,
                "Vous avez retiré l'option d'achat : c'est une somme de plus que le client paie, il faut l'ajouter.",
            ),
            (cout.total_loyers, "C'est le total des loyers : ajoutez l'option et retirez le prix du bien."),
        ],
    )


def _effet(rng: random.Random) -> tuple[Decimal, Decimal, dt.date, dt.date, int, Decimal]:
    """A bill of exchange handed to the bank: nominal, discount rate, dates, bank days and commission."""
    nominal = Decimal(rng.randint(150, 3000) * 10)
    taux = Decimal(rng.choice(("3.6", "4", "4.2", "4.5", "4.8", "5", "5.4")))
    remise = dt.date(2027, 1, 4) + dt.timedelta(days=rng.randint(0, 150))
    echeance = remise + dt.timedelta(days=rng.randint(20, 90))
    return nominal, taux, remise, echeance, rng.choice((1, 1, 2)), Decimal(rng.choice((5, 8, 10, 12, 15, 20)))


@variante(CHAPTER, "escompte_effet")
def escompte_question(rng: random.Random) -> InvoiceQuestion:
    """Discounting a bill of exchange: days, escompte, agios, net value."""
    nominal, taux, remise, echeance, banque, commission = _effet(rng)
    effet = escompte_effet(nominal, taux, remise, echeance, jours_de_banque=banque, commissions=commission)
    sans_banque = escompte_effet(nominal, taux, remise, echeance, commissions=commission)
    an_365 = round_cent(nominal * taux * effet.nombre_de_jours / 36500)
    jours = (echeance - remise).days
    fields = (
        count_field(
            "nombre_de_jours",
            "Nombre de jours retenu",
            effet.nombre_de_jours,
            (jours, "Vous avez oublié les jours de banque, que la banque ajoute à la durée."),
            (
                effet.nombre_de_jours + 1,
                "Ne comptez pas le jour de la remise : seulement les jours "
                "jusqu'à l'échéance, puis les jours de banque.",
            ),
            unit="jours",
        ),
        amount_field(
            "escompte",
            "Escompte",
            effet.escompte,
            (
                an_365,
                "Vous avez divisé par 36 500 : l'escompte commercial se calcule sur une année de "
                "360 jours (V × t × n / 36 000).",
            ),
            (sans_banque.escompte, ERREUR_REPORTEE),
        ),
        amount_field(
            "agios",
            "Agios",
            effet.agios,
            (effet.escompte, "Vous avez oublié la commission : agios = escompte + commissions."),
            (an_365 + commission, ERREUR_REPORTEE),
            (sans_banque.agios, ERREUR_REPORTEE),
        ),
        amount_field(
            "valeur_nette",
            "Valeur nette versée par la banque",
            effet.valeur_nette,
            (
                nominal - effet.escompte,
                "Vous n'avez retiré que l'escompte : la banque retient aussi la "
                "commission (valeur nette = valeur nominale − agios).",
            ),
            (nominal + effet.agios, "Les agios se retirent de la valeur nominale, ils ne s'y ajoutent pas."),
            (nominal - an_365 - commission, ERREUR_REPORTEE),
            (sans_banque.valeur_nette, ERREUR_REPORTEE),
        ),
    )
    return InvoiceQuestion(
        id="escompte_effet",
        prompt=f"Le {format_date(remise)}, Bureautik Pro remet à l'escompte une lettre de change de "
        f"{format_euros(nominal)} payable le {format_date(echeance)} par un client. Conditions de la banque : "
        f"taux d'escompte {format_percent(taux)}, {plural(banque, 'jour')} de banque, commission de "
        f"{format_euros(commission)} HT (la TVA sur la commission, récupérable, est laissée de côté).\n"
        "Calculez le nombre de jours, l'escompte, les agios et la valeur nette (année commerciale de 360 jours).",
        explanation=effet.expliquer(),
        link=_link("l-escompte-bancaire-d-un-effet-de-commerce"),
        practises=OUTLINE_FINANCEMENT,
        fields=fields,
    )


CODES_SOLUTIONS = {"Emprunt": "emprunt", "Crédit-bail": "credit_bail"}


def _code_solution(solution: str) -> str:
    return CODES_SOLUTIONS.get(solution, "escompte")


@variante(CHAPTER, "comparer_financements")
def comparer_question(rng: random.Random) -> SingleChoice:
    """Which financing costs least: compare annual rates, not euro costs over different durations."""
    taux_emprunt = rng.choice(TAUX_EMPRUNT)
    achat, prix, loyer, nombre, option = _credit_bail(rng, taux_emprunt + Decimal(rng.randint(-25, 5)) / 10)
    remise = dt.date(2027, 2, 1) + dt.timedelta(days=rng.randint(0, 120))
    echeance = remise + dt.timedelta(days=rng.choice((30, 45, 60)))
    comparaison = comparer_financements(
        prix,
        taux_emprunt=taux_emprunt,
        duree_emprunt=nombre // 12 + rng.choice((-1, 1, 2)),
        periodes_par_an_emprunt=12,
        loyer=loyer,
        nombre_loyers=nombre,
        valeur_residuelle=option,
        taux_escompte=Decimal(rng.choice(("3.6", "4", "4.4", "4.8", "5.2", "5.6"))),
        date_negociation=remise,
        date_echeance=echeance,
        jours_de_banque=1,
        commissions=rng.choice((5, 8, 10, 15)),
    )
    meilleure = comparaison.moins_chere()
    moins_d_euros = min(comparaison.lignes, key=lambda ligne: ligne.cout)
    tableau = "\n".join(
        f"- **{ligne.solution}** ({ligne.duree}) : coût {format_euros(ligne.cout)}, taux annuel "
        f"{format_percent(ligne.taux_annuel)}"
        for ligne in comparaison.lignes
    )

    def retour(ligne_solution: str) -> str:
        ligne = next(lg for lg in comparaison.lignes if lg.solution == ligne_solution)
        if ligne is moins_d_euros:
            return (
                f"C'est le coût en euros le plus faible, mais sur {ligne.duree} seulement : des coûts sur des durées "
                f"différentes ne se comparent pas. Son taux annuel ({format_percent(ligne.taux_annuel)}) dépasse "
                f"celui de « {meilleure.solution} » ({format_percent(meilleure.taux_annuel)})."
            )
        return (
            f"Son taux annuel ({format_percent(ligne.taux_annuel)}) dépasse celui de « {meilleure.solution} » "
            f"({format_percent(meilleure.taux_annuel)})."
        )

    return SingleChoice(
        id="comparer_financements",
        prompt=f"Un client veut financer {achat} d'un prix de {format_euros(prix)} HT. La simulation de "
        f"son banquier et du partenaire de Bureautik Pro donne :\n{tableau}\n"
        "Quelle solution **coûte le moins cher** ?",
        explanation=comparaison.expliquer(),
        link=_link("comparer-les-solutions-pour-un-meme-achat"),
        practises=OUTLINE_ARGUMENT,
        choices=tuple(
            Choice(
                _code_solution(ligne.solution),
                ligne.solution,
                "" if ligne is meilleure else retour(ligne.solution),
            )
            for ligne in shuffled(comparaison.lignes, f"comparer_financements|{rng.getrandbits(32)}")
        ),
        answer=_code_solution(meilleure.solution),
    )


def _definitions() -> MatchingQuestion:
    """Each financing ↔ its definition (texts from ``salesplan.concepts``)."""
    return definitions_matching(
        FINANCEMENTS,
        id="definitions_financements",
        prompt="Associez chaque description au moyen de financement qu'elle décrit.",
        link=_link("notions"),
        practises=OUTLINE_FINANCEMENT,
    )


def _affirmations() -> MultipleChoice:
    """True/false statements; the two numeric ones are checked on an example computed by the library."""
    exemple = tableau_amortissement(20000, 5, 4)
    constant = tableau_amortissement(20000, 5, 4, mode="amortissement_constant")
    avance = taux_implicite_credit_bail(prix=20000, loyer=470, nombre_loyers=48, valeur_residuelle=200)
    echu = taux_implicite_credit_bail(prix=20000, loyer=470, nombre_loyers=48, valeur_residuelle=200, terme="echu")
    interets = [format_euros(ligne.interet) for ligne in exemple]
    choix = (
        Choice(
            "interets_baissent",
            "En annuités constantes, la part des intérêts diminue d'une annuité à la suivante.",
            f"Elle diminue bien : les intérêts portent sur le capital restant dû (exemple : {', '.join(interets)}).",
        ),
        Choice(
            "amortissement_constant_moins_cher",
            "Pour le même emprunt, un amortissement constant coûte moins d'intérêts au total que des annuités "
            "constantes.",
            f"C'est exact : le capital est remboursé plus vite (exemple de 20 000 € à 5 % sur 4 ans : "
            f"{format_euros(constant.total_interets)} contre {format_euros(exemple.total_interets)}).",
        ),
        Choice(
            "proprietaire",
            "Pendant un crédit-bail, le client est propriétaire du matériel.",
            "Non : il est locataire ; il ne devient propriétaire qu'en levant l'option d'achat.",
        ),
        Choice(
            "avance_moins_cher",
            "À loyers égaux, des loyers payés d'avance (à échoir) donnent un taux implicite plus faible que des "
            "loyers échus.",
            f"Non : payer plus tôt coûte plus cher (exemple : {format_percent(avance.taux_annuel_proportionnel)} "
            f"à échoir contre {format_percent(echu.taux_annuel_proportionnel)} échus).",
        ),
        Choice(
            "annee_365",
            "L'escompte d'un effet se calcule sur une année de 365 jours.",
            "Non : l'escompte commercial compte une année de 360 jours (V × t × n / 36 000).",
        ),
        Choice(
            "taux_reel",
            "Avec une commission, le taux réel de l'escompte dépasse le taux d'escompte affiché.",
            "C'est exact : le taux réel rapporte tous les agios, commissions comprises, à la valeur nominale.",
        ),
    )
    vraies = frozenset({"interets_baissent", "amortissement_constant_moins_cher", "taux_reel"})
    return multiple_choice(
        id="affirmations_financement",
        prompt="Cochez les affirmations **exactes**.",
        explanation="Emprunt : intérêt = capital restant dû × taux, d'où des intérêts décroissants ; en "
        "amortissement constant on rembourse plus vite, donc moins d'intérêts. Crédit-bail : location avec "
        "option d'achat, plus chère si les loyers sont payés d'avance. Escompte : année de 360 jours, et les "
        "commissions font monter le taux réel.",
        link=_link("notions"),
        practises=OUTLINE_FINANCEMENT,
        choices=choix,
        answers=vraies,
    )


BANK = Bank(
    CHAPTER,
    "Le financement",
    (
        _definitions(),
        Parametrised("annuite_constante", annuite_question),
        Parametrised("ligne_amortissement", ligne_amortissement_question),
        Parametrised("cout_credit_bail", cout_credit_bail_question),
        Parametrised("escompte_effet", escompte_question),
        Parametrised("comparer_financements", comparer_question),
        _affirmations(),
    ),
)


__all__ = [
    "BANK",
    "CHAPTER",
    "annuite_question",
    "comparer_question",
    "cout_credit_bail_question",
    "escompte_question",
    "ligne_amortissement_question",
]
