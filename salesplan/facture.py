"""Les mentions obligatoires d'une facture entre professionnels, et la facturation électronique.

An invoice is data (:class:`Facture`); :func:`mentions_manquantes` lists, in
French, each mandatory mention it lacks and why (the article). Which mentions
apply depends on the date and, for the four mentions added by décret
2022-1299, on the issuer's category: they apply with the e-invoicing
calendar, from 1 Sept 2026 for large companies and ETI, from 1 Sept 2027 for
PME and micro-enterprises (décret 2024-266).

Conventions for the fields: ``None`` or blank text means "not on the
invoice". Mentions that apply only in some cases depend on yes/no fields
(``bon_de_commande_emis``, ``adresse_facturation_differente``,
``adresse_livraison_differente``, ``option_debits``). The client's VAT
number is required only for an exempt intra-community supply of goods
(``livraison_intracommunautaire``, CGI ann. II art. 242 nonies A, 3°) or when
the client pays the VAT itself (``autoliquidation``, 4°): BOFiP
BOI-TVA-DECLA-30-20-20-30, checked 2026-11-30; a French client in an
ordinary sale may have it printed, it is not a missing mention. Reductions and early
payment discount must be stated even when there are none: write « aucune »
and « escompte néant ».

References:
    * Code de commerce, art. L441-9 (mentions of an invoice between
      professionals; purchase-order number and billing address since
      1 Oct 2019, ordonnance 2019-359) — legifrance.gouv.fr.
    * CGI annexe II, art. 242 nonies A (tax mentions; 1° as amended by décret
      2022-1299: SIREN of the client) and décret 2024-266 (start of the four
      new mentions moved to the e-invoicing dates).
    * Loi 2023-1322 de finances pour 2024, art. 91 (e-invoicing calendar, CGI
      art. 289 bis), calendar kept by the finance laws for 2025 and 2026.
    * Code de commerce, art. L441-10 II and D441-5 (penalty rate, 40 € indemnity).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from salesplan import parametres
from salesplan.concepts import Catalogue, Concept, choose
from salesplan.errors import SalesplanTypeError, show
from salesplan.values import format_date, format_number, to_amount, to_bool, to_date, to_quantity, to_rate

CATEGORIES: tuple[str, ...] = ("grande_entreprise", "eti", "pme", "micro")
NATURES_OPERATIONS: tuple[str, ...] = ("biens", "services", "mixte")

_L441_9 = "C. com. art. L441-9"
_CGI = "CGI ann. II art. 242 nonies A"
_NOUVELLE = f"{_CGI}, 1° (décret 2022-1299 ; date d'effet : décret 2024-266)"


@dataclass(frozen=True)
class Mention:
    """One mandatory mention: code (a field of :class:`Facture`), French label, source, condition."""

    code: str
    libelle: str
    source: str
    condition: str = ""


def _text(value: object, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise SalesplanTypeError(f"{name} : {show(value)} doit être un texte.")
    return value.strip() or None


@dataclass(frozen=True)
class LigneFacture:
    """One invoice line: precise description, quantity, unit price HT, VAT rate."""

    designation: str | None = None
    quantite: Decimal | None = None
    prix_unitaire_ht: Decimal | None = None
    taux_tva: Decimal | None = None

    def __post_init__(self) -> None:
        if self.designation is not None:
            object.__setattr__(self, "designation", _text(self.designation, "désignation"))
        if self.quantite is not None:
            object.__setattr__(self, "quantite", to_quantity(self.quantite, name="quantité"))
        if self.prix_unitaire_ht is not None:
            object.__setattr__(self, "prix_unitaire_ht", to_amount(self.prix_unitaire_ht, name="prix unitaire HT"))
        if self.taux_tva is not None:
            object.__setattr__(self, "taux_tva", to_rate(self.taux_tva, name="taux de TVA"))


_TEXTES = (
    "numero",
    "vendeur_nom",
    "vendeur_adresse",
    "vendeur_tva",
    "client_nom",
    "client_adresse",
    "client_tva",
    "reductions",
    "escompte",
    "numero_bon_commande",
    "adresse_facturation",
    "client_siren",
    "adresse_livraison",
)
_DATES = ("date_emission", "date_vente", "date_echeance")
_BOOLEENS = (
    "mention_indemnite",
    "bon_de_commande_emis",
    "adresse_facturation_differente",
    "adresse_livraison_differente",
    "option_debits",
    "mention_option_debits",
    "livraison_intracommunautaire",
    "autoliquidation",
)


@dataclass(frozen=True)
class Facture:
    """An invoice between professionals, as data (« facture »).

    Every field may be left empty to represent a missing mention. Lines are
    :class:`LigneFacture` (or dicts with the same keys). ``tva_par_taux``
    maps a VAT rate to its VAT amount.
    """

    numero: str | None = None
    date_emission: dt.date | None = None
    vendeur_nom: str | None = None
    vendeur_adresse: str | None = None
    vendeur_tva: str | None = None
    client_nom: str | None = None
    client_adresse: str | None = None
    client_tva: str | None = None
    lignes: tuple[LigneFacture, ...] = ()
    reductions: str | None = None
    escompte: str | None = None
    date_vente: dt.date | None = None
    total_ht: Decimal | None = None
    tva_par_taux: Mapping[Decimal, Decimal] = field(default_factory=dict)
    date_echeance: dt.date | None = None
    taux_penalites: Decimal | None = None
    mention_indemnite: bool = False
    bon_de_commande_emis: bool = False
    numero_bon_commande: str | None = None
    adresse_facturation_differente: bool = False
    adresse_facturation: str | None = None
    client_siren: str | None = None
    adresse_livraison_differente: bool = False
    adresse_livraison: str | None = None
    nature_operations: str | None = None
    option_debits: bool = False
    mention_option_debits: bool = False
    livraison_intracommunautaire: bool = False
    autoliquidation: bool = False

    def __post_init__(self) -> None:
        def put(name: str, value: object) -> None:
            object.__setattr__(self, name, value)

        for name in _TEXTES:
            put(name, _text(getattr(self, name), name))
        for name in _DATES:
            value = getattr(self, name)
            put(name, None if value is None else to_date(value, name=name))
        for name in _BOOLEENS:
            to_bool(getattr(self, name), name=name)
        if self.total_ht is not None:
            put("total_ht", to_amount(self.total_ht, name="total HT"))
        if self.taux_penalites is not None:
            put("taux_penalites", to_rate(self.taux_penalites, name="taux des pénalités"))
        if self.nature_operations is not None:
            if not isinstance(self.nature_operations, str):
                raise SalesplanTypeError(f"nature_operations : {show(self.nature_operations)} doit être un texte.")
            put("nature_operations", choose("nature des opérations", self.nature_operations, NATURES_OPERATIONS))
        if isinstance(self.lignes, str | bytes) or not isinstance(self.lignes, Sequence):
            raise SalesplanTypeError(f"lignes : {show(self.lignes)} doit être une liste de lignes de facture.")
        put("lignes", tuple(_ligne(item, i) for i, item in enumerate(self.lignes, start=1)))
        if not isinstance(self.tva_par_taux, Mapping):
            raise SalesplanTypeError(f"tva_par_taux : {show(self.tva_par_taux)} doit associer un taux à un montant.")
        put(
            "tva_par_taux",
            {
                to_rate(taux, name="taux de TVA"): to_amount(montant, name="montant de TVA")
                for taux, montant in self.tva_par_taux.items()
            },
        )


_CHAMPS_FACTURE = Catalogue(
    "champ de facture", tuple(Concept(f.name, f.name, "", "") for f in dataclasses.fields(Facture))
)
_CHAMPS_LIGNE = Catalogue(
    "champ de ligne de facture", tuple(Concept(f.name, f.name, "", "") for f in dataclasses.fields(LigneFacture))
)


def _ligne(item: object, rang: int) -> LigneFacture:
    if isinstance(item, LigneFacture):
        return item
    if isinstance(item, Mapping):
        keys = {_CHAMPS_LIGNE.get(str(k)).code: v for k, v in item.items()}
        return LigneFacture(**keys)
    raise SalesplanTypeError(f"ligne {rang} : {show(item)} n'est pas une ligne de facture (LigneFacture ou dict).")


def lire_facture(facture: object) -> Facture:
    """An invoice from a :class:`Facture` or a dict with its field names.

    >>> lire_facture({"numero": "F-2027-001"}).numero
    'F-2027-001'
    """
    if isinstance(facture, Facture):
        return facture
    if isinstance(facture, Mapping):
        if not all(isinstance(k, str) for k in facture):
            raise SalesplanTypeError(f"facture : les clés de {show(facture)} doivent être des textes.")
        return Facture(**{_CHAMPS_FACTURE.get(k).code: v for k, v in facture.items()})
    raise SalesplanTypeError(f"facture : {show(facture)} n'est pas une facture (Facture ou dict).")


def _categorie(categorie: object) -> str:
    if not isinstance(categorie, str):
        codes = ", ".join(CATEGORIES)
        raise SalesplanTypeError(f"catégorie d'entreprise : {show(categorie)} doit être un texte ({codes}).")
    return choose("catégorie d'entreprise", categorie, CATEGORIES)


def _jour(date: object) -> dt.date:
    return dt.date.today() if date is None else to_date(date)


def _nouvelles_mentions_exigees(day: dt.date, categorie: str) -> bool:
    code = "facture_mentions_2022_ge_eti" if categorie in ("grande_entreprise", "eti") else "facture_mentions_2022_pme"
    return parametres.regle(code, date=day)


def mentions_obligatoires(*, date: object, categorie_emetteur: str) -> tuple[Mention, ...]:
    """Mandatory mentions of a B2B invoice issued on ``date`` by a company of that category.

    >>> len(mentions_obligatoires(date="01/03/2027", categorie_emetteur="pme"))
    22
    >>> len(mentions_obligatoires(date="01/03/2027", categorie_emetteur="eti"))
    26
    """
    day = _jour(date)
    categorie = _categorie(categorie_emetteur)
    # checked 2026-11-26: C. com. L441-9 and CGI ann. II art. 242 nonies A (base mentions).
    mentions = [
        Mention("vendeur_nom", "nom ou dénomination du vendeur", f"{_L441_9} ; {_CGI}, 1°"),
        Mention("vendeur_adresse", "adresse du vendeur", f"{_L441_9} ; {_CGI}, 1°"),
        Mention("vendeur_tva", "numéro de TVA intracommunautaire du vendeur", f"{_CGI}, 2°"),
        Mention("client_nom", "nom ou dénomination du client", f"{_L441_9} ; {_CGI}, 1°"),
        Mention("client_adresse", "adresse du client", f"{_L441_9} ; {_CGI}, 1°"),
        Mention(
            "client_tva",
            "numéro de TVA intracommunautaire du client",
            f"{_CGI}, 3° et 4°",
            "en livraison intracommunautaire ou en autoliquidation",
        ),
        Mention("date_emission", "date d'émission", f"{_L441_9} ; {_CGI}, 6°"),
        Mention("numero", "numéro unique (séquence chronologique et continue)", f"{_CGI}, 7°"),
        Mention("lignes.quantite", "quantité de chaque produit ou service", f"{_L441_9} ; {_CGI}"),
        Mention("lignes.designation", "dénomination précise de chaque produit ou service", f"{_L441_9} ; {_CGI}"),
        Mention("lignes.prix_unitaire_ht", "prix unitaire hors TVA de chaque ligne", f"{_L441_9} ; {_CGI}"),
        Mention("lignes.taux_tva", "taux de TVA de chaque ligne", _CGI),
        Mention("reductions", "rabais, remises et ristournes acquis (ou « aucune »)", f"{_L441_9} ; {_CGI}"),
        Mention("escompte", "conditions d'escompte (ou « escompte néant »)", _L441_9),
        Mention("date_vente", "date de la vente ou de la prestation (livraison)", f"{_L441_9} ; {_CGI}"),
        Mention("total_ht", "total hors taxes", _CGI),
        Mention("tva_par_taux", "montant de la TVA par taux", _CGI),
        Mention("date_echeance", "date d'échéance du paiement (jour, mois, année)", _L441_9),
        Mention("taux_penalites", "taux des pénalités de retard", f"{_L441_9} ; C. com. art. L441-10, II"),
        Mention(
            "mention_indemnite",
            "indemnité forfaitaire pour frais de recouvrement de "
            f"{format_number(parametres.valeur('indemnite_recouvrement', date=day))} €",
            f"{_L441_9} ; C. com. art. D441-5",
        ),
    ]
    # checked 2026-11-26: ordonnance 2019-359, from 1 Oct 2019 (C. com. L441-9).
    if parametres.regle("facture_mentions_2019", date=day):
        mentions += [
            Mention(
                "numero_bon_commande",
                "numéro du bon de commande",
                f"{_L441_9} (ord. 2019-359)",
                "si l'acheteur a émis un bon de commande",
            ),
            Mention(
                "adresse_facturation",
                "adresse de facturation",
                f"{_L441_9} (ord. 2019-359)",
                "si elle diffère de l'adresse du client",
            ),
        ]
    # checked 2026-11-26: décret 2022-1299 mentions, start set by décret 2024-266 (1/9/2026 GE-ETI, 1/9/2027 PME).
    if _nouvelles_mentions_exigees(day, categorie):
        mentions += [
            Mention("client_siren", "numéro SIREN du client", _NOUVELLE),
            Mention(
                "adresse_livraison",
                "adresse de livraison des biens",
                _NOUVELLE,
                "si elle diffère de l'adresse du client",
            ),
            Mention("nature_operations", "nature des opérations : biens, services ou les deux", _NOUVELLE),
            Mention(
                "mention_option_debits",
                "mention « option pour le paiement de la taxe d'après les débits »",
                _NOUVELLE,
                "si le vendeur a choisi cette option",
            ),
        ]
    return tuple(mentions)


def _manque(facture: Facture, mention: Mention) -> list[str]:
    code = mention.code
    if code.startswith("lignes."):
        if not facture.lignes:
            return ["aucune ligne"] if code == "lignes.designation" else []
        attr = code.removeprefix("lignes.")
        return [f"ligne {i}" for i, ligne in enumerate(facture.lignes, start=1) if getattr(ligne, attr) is None]
    conditions = {
        "client_tva": facture.livraison_intracommunautaire or facture.autoliquidation,
        "numero_bon_commande": facture.bon_de_commande_emis,
        "adresse_facturation": facture.adresse_facturation_differente,
        "adresse_livraison": facture.adresse_livraison_differente,
        "mention_option_debits": facture.option_debits,
    }
    if not conditions.get(code, True):
        return []
    value = getattr(facture, code)
    return [""] if value is None or value is False or value == {} else []


def mentions_manquantes(facture: object, *, date: object = None, categorie_emetteur: str) -> list[str]:
    """The mandatory mentions an invoice lacks, each as a French sentence with its source.

    ``date`` defaults to the invoice's issue date (else today). An empty list
    means the invoice carries every mention required of that issuer on that date.

    >>> mentions_manquantes({"numero": "F-1"}, date="01/03/2027", categorie_emetteur="pme")[0]
    'nom ou dénomination du vendeur : manquant (C. com. art. L441-9 ; CGI ann. II art. 242 nonies A, 1°).'
    """
    invoice = lire_facture(facture)
    day = invoice.date_emission if date is None and invoice.date_emission else _jour(date)
    result = []
    for mention in mentions_obligatoires(date=day, categorie_emetteur=categorie_emetteur):
        for where in _manque(invoice, mention):
            prefix = f"{mention.libelle} ({where})" if where else mention.libelle
            condition = f", {mention.condition}" if mention.condition else ""
            result.append(f"{prefix} : manquant ({mention.source}{condition}).")
    return result


@dataclass(frozen=True)
class ObligationsFacturationElectronique:
    """What the e-invoicing reform requires of a company on a date."""

    categorie: str
    date: dt.date
    recevoir: bool
    emettre: bool

    def expliquer(self) -> str:
        oui_non = {True: "oui", False: "pas encore"}
        return (
            f"Au {format_date(self.date)}, une entreprise de catégorie « {self.categorie} » : "
            f"recevoir des factures électroniques : {oui_non[self.recevoir]} ; "
            f"émettre des factures électroniques : {oui_non[self.emettre]} "
            "(loi de finances pour 2024, art. 91 : réception par toutes le 01/09/2026 ; émission le 01/09/2026 "
            "pour les grandes entreprises et ETI, le 01/09/2027 pour les PME et micro-entreprises)."
        )


def obligations_facturation_electronique(categorie: str, *, date: object = None) -> ObligationsFacturationElectronique:
    """Must this company receive / issue electronic invoices on ``date``? (« facturation électronique »)

    >>> o = obligations_facturation_electronique("pme", date="01/12/2026")
    >>> o.recevoir, o.emettre
    (True, False)
    """
    code = _categorie(categorie)
    day = _jour(date)
    emission = "facture_electronique_emission_" + ("ge_eti" if code in ("grande_entreprise", "eti") else "pme")
    # checked 2026-11-26: loi 2023-1322 art. 91 calendar (receive 1/9/2026; issue 1/9/2026 or 1/9/2027).
    return ObligationsFacturationElectronique(
        code,
        day,
        parametres.regle("facture_electronique_reception", date=day),
        parametres.regle(emission, date=day),
    )


__all__ = [
    "CATEGORIES",
    "NATURES_OPERATIONS",
    "Facture",
    "LigneFacture",
    "Mention",
    "ObligationsFacturationElectronique",
    "lire_facture",
    "mentions_manquantes",
    "mentions_obligatoires",
    "obligations_facturation_electronique",
]
