"""Marchés publics : quelle procédure pour quel montant, et la note du prix.

Rules of the Code de la commande publique (CCP), with every threshold read
from :mod:`salesplan.parametres` at the date the consultation is launched
(the decrees apply to consultations engaged, or notices sent, from their
entry into force):

* below the dispense threshold (value *strictly below*, R2122-8: « inférieure
  à »): contract without publicity or competition;
* from that threshold up to the EU threshold (strictly below, R2123-1 1°):
  procédure adaptée (MAPA); for the State, its non-industrial public bodies
  and local authorities, free publicity below 90 000 € HT, a notice in the
  BOAMP or a legal journal (JAL) from 90 000 € HT (R2131-12);
* from the EU threshold (« égale ou supérieure », R2124-1): formalised
  procedure, notice in the BOAMP and the JOUE, or the JOUE alone for the
  other buyers (R2131-16).

The definitions of the notions (appel d'offres, DUME...) live in
:mod:`salesplan.concepts`; this module keeps to rules and figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext

from salesplan import parametres
from salesplan.concepts import choose, sans_accents
from salesplan.errors import LegalLimitError, SalesplanTypeError, SalesplanValueError, show
from salesplan.paiement import Controle
from salesplan.parametres import Parametre
from salesplan.values import (
    format_date,
    format_euros,
    to_amount,
    to_bool,
    to_date,
    to_decimal,
    to_items,
    to_text,
)

NATURES = ("fournitures_services", "travaux")
ACHETEURS = ("etat", "collectivite", "entite_adjudicatrice")
PROCEDURES = {
    "sans_publicite": "Marché sans publicité ni mise en concurrence préalables",
    "mapa": "Marché à procédure adaptée (MAPA)",
    "procedure_formalisee": "Procédure formalisée",
}
_SEUIL_DISPENSE = {"fournitures_services": "seuil_dispense_fournitures", "travaux": "seuil_dispense_travaux"}
_SEUIL_UE = {"etat": "seuil_ue_etat", "collectivite": "seuil_ue_collectivites"}
_LIBELLE_ACHETEUR = {
    "etat": "l'État",
    "collectivite": "une collectivité territoriale ou un autre pouvoir adjudicateur",
    "entite_adjudicatrice": "une entité adjudicatrice (réseaux : eau, énergie, transports, poste)",
}
_DEBUT_CRITERE_VERT = parametres.historique("marche_public_prix_seul_interdit")[-1].debut
_LIBELLE_NATURE = {"fournitures_services": "fournitures ou services", "travaux": "travaux"}


@dataclass(frozen=True)
class ProcedureRequise:
    """The procedure a public buyer must follow for one estimated amount."""

    code: str
    libelle: str
    montant_estime: Decimal
    nature: str
    acheteur: str
    date: dt.date
    publicite_obligatoire: bool
    publicite: str
    procedures: tuple[str, ...]
    articles: tuple[str, ...]
    seuils: tuple[Parametre, ...]

    def expliquer(self) -> str:
        """French explanation: the thresholds compared, the procedure, the publicity."""
        lignes = [
            f"Marché de {_LIBELLE_NATURE[self.nature]} passé par {_LIBELLE_ACHETEUR[self.acheteur]}, "
            f"valeur estimée {format_euros(self.montant_estime)} HT, consultation lancée le {format_date(self.date)}.",
            "Seuils applicables à cette date :",
        ]
        lignes += [
            f"- {s.libelle} : {format_euros(s.valeur)} HT (depuis le {format_date(s.debut)} ; {s.source})"
            for s in self.seuils
        ]
        montant, dispense, ue = format_euros(self.montant_estime), self.seuils[0], self.seuils[-1]
        if self.code == "sans_publicite":
            motif = f"{montant} < {format_euros(dispense.valeur)} (valeur strictement inférieure au seuil de dispense)"
        elif self.code == "mapa":
            motif = f"{format_euros(dispense.valeur)} ≤ {montant} < {format_euros(ue.valeur)} (seuil européen)"
        else:
            motif = f"{montant} ≥ {format_euros(ue.valeur)} (seuil européen atteint)"
        lignes += [
            f"Comparaison : {motif}.",
            f"Procédure : {self.libelle}.",
            f"Publicité : {self.publicite}",
            "Procédures possibles : " + " ; ".join(self.procedures) + ".",
            "Articles du Code de la commande publique : " + ", ".join(self.articles) + ".",
        ]
        return "\n".join(lignes)


def _seuils(nature: str, acheteur: str, day: dt.date) -> tuple[Parametre, Parametre, Parametre]:
    ue = "seuil_ue_travaux" if nature == "travaux" else _SEUIL_UE.get(acheteur, "seuil_ue_entites_adjudicatrices")
    return (
        parametres.parametre(_SEUIL_DISPENSE[nature], date=day),
        parametres.parametre("seuil_publicite_mapa", date=day),
        parametres.parametre(ue, date=day),
    )


def procedure_requise(
    montant_estime: object,
    *,
    nature: str = "fournitures_services",
    acheteur: str = "collectivite",
    date: object = None,
) -> ProcedureRequise:
    """Procédure de passation exigée pour un marché public, selon son montant.

    ``montant_estime`` : valeur estimée HT du besoin ; ``nature`` :
    ``"fournitures_services"`` ou ``"travaux"`` ; ``acheteur`` : ``"etat"``,
    ``"collectivite"`` (collectivités territoriales, leurs établissements
    publics, hôpitaux et autres pouvoirs adjudicateurs) ou
    ``"entite_adjudicatrice"`` ; ``date`` : lancement de la consultation
    (par défaut : aujourd'hui). Règles (CCP) :

    * valeur < seuil de dispense (R2122-8) : sans publicité ni mise en concurrence ;
    * seuil de dispense ≤ valeur < seuil européen (L2123-1, R2123-1) : MAPA ;
      publicité libre sous 90 000 € HT, BOAMP ou JAL au-delà (R2131-12, État
      et collectivités) ;
    * valeur ≥ seuil européen (L2124-1, R2124-1) : procédure formalisée,
      avis au BOAMP et au JOUE (R2131-16).

    Simplification : R2131-12 vise l'État, ses établissements publics non
    industriels et commerciaux et les collectivités ; un pouvoir adjudicateur
    d'une autre sorte (un EPIC, par exemple) choisit librement sa publicité
    en MAPA, comme une entité adjudicatrice. Une date que la table des
    paramètres ne couvre pas lève une erreur plutôt qu'un seuil deviné.

    >>> procedure_requise(59999.99, date="01/04/2026").code
    'sans_publicite'
    >>> procedure_requise(60000, date="01/04/2026").code
    'mapa'
    >>> procedure_requise(60000, date="31/03/2026").code
    'mapa'
    >>> procedure_requise(216000, date="01/04/2026").code
    'procedure_formalisee'
    """
    code_nature = choose("nature du marché", nature, NATURES)
    code_acheteur = choose("acheteur public", acheteur, ACHETEURS)
    montant = to_amount(montant_estime, name="montant estimé")
    day = dt.date.today() if date is None else to_date(date)
    dispense, publicite_mapa, ue = _seuils(code_nature, code_acheteur, day)
    soumis_r2131_12 = code_acheteur != "entite_adjudicatrice"
    if montant < dispense.valeur:
        return ProcedureRequise(
            "sans_publicite",
            PROCEDURES["sans_publicite"],
            montant,
            code_nature,
            code_acheteur,
            day,
            False,
            "aucune publicité obligatoire. L'acheteur choisit une offre pertinente, fait une bonne utilisation "
            "des deniers publics et ne contracte pas systématiquement avec le même opérateur s'il existe "
            "plusieurs offres possibles.",
            ("gré à gré (demande de devis conseillée)",),
            ("L2122-1", "R2122-8"),
            (dispense,),
        )
    if montant < ue.valeur:
        if not soumis_r2131_12:
            publicite = "adaptée, librement choisie par l'entité adjudicatrice selon le montant et l'objet."
            articles: tuple[str, ...] = ("L2123-1", "R2123-1")
            seuils: tuple[Parametre, ...] = (dispense, ue)
        elif montant < publicite_mapa.valeur:
            publicite = (
                f"adaptée, librement choisie par l'acheteur (sous {format_euros(publicite_mapa.valeur)} HT) : "
                "site internet, profil d'acheteur, presse locale..."
            )
            articles, seuils = ("L2123-1", "R2123-1", "R2131-12"), (dispense, publicite_mapa, ue)
        else:
            publicite = (
                f"avis d'appel à la concurrence au BOAMP ou dans un journal d'annonces légales (JAL), "
                f"dès {format_euros(publicite_mapa.valeur)} HT ; en plus, si utile, presse spécialisée ou JOUE."
            )
            articles, seuils = ("L2123-1", "R2123-1", "R2131-12"), (dispense, publicite_mapa, ue)
        return ProcedureRequise(
            "mapa",
            PROCEDURES["mapa"],
            montant,
            code_nature,
            code_acheteur,
            day,
            True,
            publicite,
            ("procédure adaptée : modalités fixées par l'acheteur, négociation possible si elle est annoncée",),
            articles,
            seuils,
        )
    supports = "au BOAMP et au JOUE" if soumis_r2131_12 else "au JOUE"
    return ProcedureRequise(
        "procedure_formalisee",
        PROCEDURES["procedure_formalisee"],
        montant,
        code_nature,
        code_acheteur,
        day,
        True,
        f"avis de marché {supports} (seuil européen : {format_euros(ue.valeur)} HT).",
        ("appel d'offres ouvert ou restreint", "procédure avec négociation (cas prévus)", "dialogue compétitif"),
        ("L2124-1", "R2124-1", "R2124-2 à R2124-6", "R2131-16"),
        (dispense, ue),
    )


def note_prix(prix: object, prix_le_plus_bas: object, points: object) -> Decimal:
    """Note du critère prix : prix le plus bas / prix de l'offre × points.

    L'offre la moins chère obtient tous les points, les autres en proportion
    inverse de leur prix (méthode usuelle ; sur la notation du prix, voir
    Conseil d'État, 29 octobre 2013, n° 370789). Résultat arrondi à
    0,01 point, demi vers le haut.

    >>> note_prix(12500, 10000, 40)
    Decimal('32.00')
    >>> note_prix(10000, 10000, 40)
    Decimal('40.00')
    """
    p = to_amount(prix, name="prix")
    bas = to_amount(prix_le_plus_bas, name="prix le plus bas")
    pts = to_decimal(points, name="points")
    if p <= 0:
        raise SalesplanValueError(f"prix : {show(prix)} doit être strictement positif.")
    if bas <= 0:
        raise SalesplanValueError(f"prix le plus bas : {show(prix_le_plus_bas)} doit être strictement positif.")
    if bas > p:
        raise SalesplanValueError(
            f"Le prix le plus bas ({show(prix_le_plus_bas)}) dépasse le prix de l'offre ({show(prix)}) : "
            "il doit être le plus bas de toutes les offres."
        )
    if pts <= 0:
        raise SalesplanValueError(f"points : {show(points)} doit être strictement positif (exemple : 40).")
    with localcontext() as ctx:
        ctx.prec = 34
        return (bas / p * pts).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def verifier_criteres_attribution(
    criteres: Mapping[str, object],
    *,
    date: object = None,
    environnementaux: Iterable[str] | None = None,
    cout_global: bool = False,
) -> Controle:
    """Check a public buyer's award criteria against CCP R2152-7 (décret 2022-767).

    Consultations launched from 21 August 2026: price alone can no longer be
    the single award criterion. The buyer uses either a single criterion of
    cost, determined by a global approach (life-cycle cost, say) that takes
    the offer's environmental characteristics into account
    (``cout_global=True``), or several criteria, at least one of which takes
    those characteristics into account. Before that day, a single price
    criterion was allowed (for standardised supplies or services). A private
    buyer is free to weigh price alone: this check is for public contracts.

    ``criteres``: criterion → weight, as for :func:`salesplan.grille.comparer_offres`;
    ``environnementaux``: the names of the environmental criteria (default:
    those whose name mentions « environnement »); ``date``: launch of the
    consultation (default: today). A breach raises ``LegalLimitError``.

    >>> verifier_criteres_attribution({"Prix": 60, "Performance environnementale": 40}, date="01/12/2026").conforme
    True
    """
    if not isinstance(criteres, Mapping) or not criteres:
        raise SalesplanTypeError(f"critères : {show(criteres)} doit être un dictionnaire non vide critère → poids.")
    noms = [to_text(nom, name="critère") for nom in criteres]
    day = dt.date.today() if date is None else to_date(date)
    cout = to_bool(cout_global, name="cout_global")
    if environnementaux is None:
        verts = [nom for nom in noms if "environnement" in sans_accents(nom)]
    else:
        if isinstance(environnementaux, str):
            raise SalesplanTypeError(
                f"environnementaux : {show(environnementaux)} est un texte ; donnez une liste de critères."
            )
        verts = [to_text(nom, name="critère environnemental") for nom in to_items(environnementaux)]
        inconnus = [nom for nom in verts if nom not in noms]
        if inconnus:
            raise SalesplanValueError(
                f"critère environnemental inconnu {show(inconnus[0])} ; critères : {', '.join(noms)}."
            )
    regle = parametres.parametre("marche_public_prix_seul_interdit", date=day)
    source = "Code de la commande publique, art. R2152-7"
    if not regle.valeur:
        return Controle(
            source,
            True,
            f"Consultation lancée le {format_date(day)}, avant le {format_date(_DEBUT_CRITERE_VERT)} : "
            "un critère unique (le prix pour des fournitures ou services standardisés, ou le coût) était encore admis.",
        )
    if len(noms) == 1:
        if cout:
            return Controle(
                source,
                True,
                f"Critère unique « {noms[0]} » : coût déterminé selon une approche globale qui prend en compte "
                "les caractéristiques environnementales de l'offre (R2152-7).",
            )
        raise LegalLimitError(
            f"critères d'attribution : « {noms[0]} » seul ; depuis le {format_date(regle.debut)}, le prix ne peut plus "
            "être le critère unique d'un marché public. Retenez soit le coût global (approche en coût du cycle de "
            "vie, qui prend en compte l'environnement ; cout_global=True), soit plusieurs critères dont au moins un "
            f"environnemental ({source}, décret 2022-767)."
        )
    if not verts:
        raise LegalLimitError(
            f"critères d'attribution : {', '.join(noms)} ; depuis le {format_date(regle.debut)}, au moins un critère "
            "d'un marché public doit prendre en compte les caractéristiques environnementales de l'offre "
            f"({source} et L2152-7, décret 2022-767). Indiquez-le avec environnementaux=[...]."
        )
    return Controle(
        source,
        True,
        f"Plusieurs critères, dont {len(verts)} environnemental{'s' if len(verts) > 1 else ''} "
        f"({', '.join(verts)}) : conforme à R2152-7 depuis le {format_date(regle.debut)}.",
    )


def prix_critere_unique_possible(*, date: object) -> bool:
    """Le prix seul peut-il être le critère unique d'attribution d'un marché lancé à ``date`` ?

    Jusqu'au 20 août 2026, oui ; depuis le 21 août 2026 (CCP art. R2152-7,
    décret 2022-767), non : voir :func:`verifier_criteres_attribution`.

    >>> prix_critere_unique_possible(date="20/08/2026"), prix_critere_unique_possible(date="21/08/2026")
    (True, False)
    """
    return not parametres.regle("marche_public_prix_seul_interdit", date=to_date(date, name="date"))


__all__ = [
    "ACHETEURS",
    "NATURES",
    "PROCEDURES",
    "ProcedureRequise",
    "note_prix",
    "prix_critere_unique_possible",
    "procedure_requise",
    "verifier_criteres_attribution",
]
