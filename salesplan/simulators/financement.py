"""Financer un achat : emprunt, crédit-bail ou escompte d'un effet (l'effet porte le montant TTC)."""

from __future__ import annotations

from salesplan import commande, financement
from salesplan.errors import SalesplanValueError
from salesplan.simulators import presets
from salesplan.simulators._base import Result, Simulator, Values, table
from salesplan.simulators._common import rate_of, vat_field
from salesplan.simulators._fields import Field, choice, date, integer, money, rate
from salesplan.values import format_euros, format_percent

PERIODICITES = (("12", "Mensuelles"), ("4", "Trimestrielles"), ("2", "Semestrielles"), ("1", "Annuelles"))
TERMES = (("a_echoir", "Payés d'avance (à échoir)"), ("echu", "Payés en fin de période (échus)"))


def _annual_rate(name: str, solution: str) -> Field:
    """The annual rate of a solution; left empty, the solution is left out of the comparison."""
    return rate(
        name,
        f"{solution.capitalize()} : taux annuel",
        "4,5",
        maximum="30",
        step="0,05",
        required=False,
        help=f"Vide : pas d'{solution} dans la comparaison.",
    )


FIELDS = (
    money(
        "prix_ht",
        "Prix du bien HT",
        "24 450",
        minimum="1",
        help="Prix d'achat hors taxes (cinq copieurs à 4 890 € dans le chapitre).",
    ),
    vat_field("Taux de TVA du bien", help="L'effet de commerce porte le montant TTC dû par le client."),
    _annual_rate("taux_emprunt", "emprunt"),
    integer(
        "duree_emprunt", "Emprunt : durée", "4", minimum="1", maximum="30", unit="ans", help="Durée du prêt en années."
    ),
    choice(
        "echeances_emprunt",
        "Emprunt : échéances",
        "12",
        choices=PERIODICITES,
        help="Rythme des remboursements (taux périodique proportionnel).",
    ),
    money(
        "loyer",
        "Crédit-bail : loyer HT",
        "560",
        minimum="0,01",
        required=False,
        help="Vide : pas de crédit-bail dans la comparaison.",
    ),
    integer(
        "nombre_loyers",
        "Crédit-bail : nombre de loyers",
        "48",
        minimum="1",
        maximum="360",
        help="Nombre total de loyers du contrat.",
    ),
    choice(
        "periodicite_loyers",
        "Crédit-bail : périodicité des loyers",
        "12",
        choices=PERIODICITES,
        help="Un loyer par mois, par trimestre, par semestre ou par an.",
    ),
    choice(
        "terme",
        "Crédit-bail : date de paiement des loyers",
        "a_echoir",
        choices=TERMES,
        help="Payer d'avance coûte plus cher à loyers égaux.",
    ),
    money(
        "valeur_residuelle",
        "Crédit-bail : option d'achat",
        "250",
        help="Prix de levée de l'option en fin de contrat (valeur résiduelle).",
    ),
    _annual_rate("taux_escompte", "escompte"),
    date(
        "date_negociation",
        "Escompte : date de remise à la banque",
        "02/12/2026",
        help="Jour où l'effet est remis à l'escompte.",
    ),
    date("date_echeance", "Escompte : échéance de l'effet", "31/01/2027", help="Jour où le client paie l'effet."),
    integer(
        "jours_de_banque",
        "Escompte : jours de banque",
        "1",
        maximum="10",
        unit="jours",
        help="Jours ajoutés par la banque à la durée.",
    ),
    money(
        "commissions",
        "Escompte : commissions HT",
        "20",
        maximum="1000000",
        help="Commissions de la banque, hors TVA récupérable.",
    ),
)


def calculate(v: Values) -> Result:
    """Loan and leasing by :func:`comparer_financements`, the bill (TTC) by :func:`escompte_effet`."""
    prix = v["prix_ht"]
    if v["taux_emprunt"] is None and v["loyer"] is None and v["taux_escompte"] is None:
        raise SalesplanValueError(
            "Aucune solution à comparer : renseignez un taux d'emprunt, un loyer de crédit-bail ou un taux d'escompte."
        )
    if v["loyer"] is not None:
        total = v["loyer"] * v["nombre_loyers"] + v["valeur_residuelle"]
        if total > 10 * prix:  # also keeps the implicit rate finite (the library overflows on absurd rents)
            raise SalesplanValueError(
                f"Crédit-bail : loyer HT : loyers et option ({format_euros(total)}) dépassent dix fois le prix du bien "
                f"({format_euros(prix)}) ; vérifiez le loyer, le nombre de loyers et le prix."
            )
    comparaison = financement.comparer_financements(
        prix,
        taux_emprunt=v["taux_emprunt"],
        duree_emprunt=v["duree_emprunt"],
        periodes_par_an_emprunt=int(v["echeances_emprunt"]),
        loyer=v["loyer"],
        nombre_loyers=v["nombre_loyers"],
        valeur_residuelle=v["valeur_residuelle"],
        terme=v["terme"],
        periodes_par_an_credit_bail=int(v["periodicite_loyers"]),
    )
    rows = [
        (
            ligne.solution,
            ligne.duree,
            format_euros(ligne.cout),
            format_euros(ligne.decaissement_initial),
            format_percent(ligne.cout_en_pourcentage_du_prix),
            format_percent(ligne.taux_annuel),
        )
        for ligne in comparaison
    ]
    steps = []
    tables = []
    summary = [("Prix du bien HT", format_euros(prix))]
    meilleurs = [(ligne.taux_annuel, ligne.solution) for ligne in comparaison]
    if v["taux_emprunt"] is not None:
        emprunt = financement.tableau_amortissement(
            prix, v["taux_emprunt"], v["duree_emprunt"], periodes_par_an=int(v["echeances_emprunt"])
        )
        summary.append((f"Emprunt : {emprunt.nom_echeance}", format_euros(emprunt.lignes[0].annuite)))
        summary.append(("Emprunt : total des intérêts", format_euros(emprunt.total_interets)))
        steps += ["Emprunt", emprunt.expliquer()]
        tables.append(
            table(
                "Tableau d'amortissement de l'emprunt",
                (
                    "Période",
                    "Capital restant dû (début)",
                    "Intérêt",
                    "Amortissement",
                    emprunt.nom_echeance.capitalize(),
                    "Capital restant dû (fin)",
                ),
                [
                    (
                        str(ligne.periode),
                        format_euros(ligne.capital_debut),
                        format_euros(ligne.interet),
                        format_euros(ligne.amortissement),
                        format_euros(ligne.annuite),
                        format_euros(ligne.capital_fin),
                    )
                    for ligne in emprunt
                ],
                (False, True, True, True, True, True),
            )
        )
    if v["loyer"] is not None:
        cout = financement.cout_credit_bail(
            prix=prix, loyer=v["loyer"], nombre_loyers=v["nombre_loyers"], valeur_residuelle=v["valeur_residuelle"]
        )
        taux = financement.taux_implicite_credit_bail(
            prix=prix,
            loyer=v["loyer"],
            nombre_loyers=v["nombre_loyers"],
            valeur_residuelle=v["valeur_residuelle"],
            terme=v["terme"],
            periodes_par_an=int(v["periodicite_loyers"]),
        )
        summary.append(("Crédit-bail : coût", format_euros(cout.cout)))
        steps += ["Crédit-bail", cout.expliquer(), taux.expliquer()]
    if v["taux_escompte"] is not None:
        ttc = commande.ttc_depuis_ht(prix, taux_tva=rate_of(v["taux_tva"]))
        effet = financement.escompte_effet(
            ttc,
            v["taux_escompte"],
            v["date_negociation"],
            v["date_echeance"],
            jours_de_banque=v["jours_de_banque"],
            commissions=v["commissions"],
        )
        summary += [
            ("Escompte : valeur nominale de l'effet (TTC)", format_euros(ttc)),
            ("Escompte : agios", format_euros(effet.agios)),
            ("Escompte : valeur nette versée", format_euros(effet.valeur_nette)),
        ]
        steps += ["Escompte de l'effet (l'effet porte la somme due, donc le TTC)", effet.expliquer()]
        rows.append(
            (
                "Escompte d'un effet (TTC)",
                f"{effet.nombre_de_jours} jours",
                format_euros(effet.agios),
                format_euros(effet.agios),
                format_percent(effet.agios * 100 / ttc),
                format_percent(effet.taux_reel),
            )
        )
        meilleurs.append((effet.taux_reel, "Escompte d'un effet (TTC)"))
    taux_min, solution = min(meilleurs)
    summary.append(("Taux annuel le plus bas", f"{solution} ({format_percent(taux_min)})"))
    if comparaison.lignes:
        steps += ["Comparaison", comparaison.expliquer()]
    comparison_table = table(
        "Comparaison des solutions",
        ("Solution", "Durée", "Coût", "Décaissement initial", "Coût en % du montant financé", "Taux annuel"),
        rows,
        (False, False, True, True, True, True),
    )
    warnings = ["Les durées diffèrent : comparez les taux annuels, pas les coûts en euros."] if len(rows) > 1 else []
    return Result(tuple(summary), (comparison_table, *tables), "\n".join(steps), tuple(warnings))


SIMULATOR = Simulator(
    code="financement",
    title="Emprunt, crédit-bail ou escompte d'un effet",
    intro=(
        "Comparez trois façons de financer un même achat. Laissez vide le taux ou le loyer d'une solution pour "
        "l'écarter. L'escompte porte sur l'effet de commerce, qui représente la somme due TTC."
    ),
    fields=FIELDS,
    calculate=calculate,
    pages=("negociation/financement",),
    preset_loaders=presets.presets(alpinor=presets.alpinor_financement),
)

__all__ = ["FIELDS", "PERIODICITES", "SIMULATOR", "TERMES", "calculate"]
