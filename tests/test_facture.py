"""Mandatory mentions of a B2B invoice and the e-invoicing calendar."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from salesplan.errors import SalesplanTypeError, SalesplanValueError, UnknownCodeError
from salesplan.facture import (
    Facture,
    LigneFacture,
    lire_facture,
    mentions_manquantes,
    mentions_obligatoires,
    obligations_facturation_electronique,
)

COMPLETE = Facture(
    numero="F-2027-0042",
    date_emission="15/01/2027",
    vendeur_nom="Bureautique Rhône SAS",
    vendeur_adresse="12 rue des Tanneurs, 69002 Lyon",
    vendeur_tva="FR12345678901",
    client_nom="Cabinet Durand",
    client_adresse="3 place Bellecour, 69002 Lyon",
    client_tva="FR98765432109",
    lignes=(
        LigneFacture("Fauteuil ergonomique Alto, noir", 4, "289,00", 20),
        {"designation": "Installation sur site (forfait)", "quantite": 1, "prix_unitaire_ht": "150", "taux_tva": 20},
    ),
    reductions="remise quantité 5 %",
    escompte="escompte néant",
    date_vente="12/01/2027",
    total_ht="1240.30",
    tva_par_taux={20: "248.06"},
    date_echeance="31/03/2027",
    taux_penalites="12,15",
    mention_indemnite=True,
    bon_de_commande_emis=True,
    numero_bon_commande="BC-7781",
    adresse_facturation_differente=False,
    client_siren="987654321",
    adresse_livraison_differente=True,
    adresse_livraison="Agence Part-Dieu, 69003 Lyon",
    nature_operations="mixte",
    option_debits=True,
    mention_option_debits=True,
)
NOUVELLES = {"client_siren": None, "adresse_livraison": None, "nature_operations": None, "mention_option_debits": False}


def test_complete_invoice_lacks_nothing() -> None:
    assert mentions_manquantes(COMPLETE, categorie_emetteur="pme") == []
    assert mentions_manquantes(COMPLETE, date="01/10/2027", categorie_emetteur="grande_entreprise") == []


def test_three_missing_mentions_are_listed_exactly() -> None:
    facture = dataclasses.replace(COMPLETE, vendeur_tva=None, date_echeance=None, mention_indemnite=False)
    manquantes = mentions_manquantes(facture, categorie_emetteur="pme")
    assert len(manquantes) == 3
    assert manquantes[0].startswith("numéro de TVA intracommunautaire du vendeur : manquant (CGI")
    assert manquantes[1].startswith("date d'échéance du paiement")
    assert "40 €" in manquantes[2] and "D441-5" in manquantes[2]


def test_four_new_mentions_for_a_large_company_after_1_september_2026() -> None:
    facture = dataclasses.replace(COMPLETE, date_emission="15/10/2026", **NOUVELLES)  # type: ignore[arg-type]
    ge = mentions_manquantes(facture, categorie_emetteur="grande_entreprise")
    assert len(ge) == 4
    assert ge[0].startswith("numéro SIREN du client : manquant") and "2022-1299" in ge[0]
    assert "si elle diffère de l'adresse du client" in ge[1]
    assert "biens, services ou les deux" in ge[2]
    assert "option pour le paiement de la taxe d'après les débits" in ge[3]
    # the same invoice from an ETI: same rule; from a PME before 1 Sept 2027: not yet
    assert len(mentions_manquantes(facture, categorie_emetteur="eti")) == 4
    assert mentions_manquantes(facture, categorie_emetteur="pme") == []
    assert len(mentions_manquantes(facture, date="01/09/2027", categorie_emetteur="pme")) == 4
    assert mentions_manquantes(facture, date="31/08/2026", categorie_emetteur="grande_entreprise") == []


def test_conditional_mentions_only_when_their_case_arises() -> None:
    facture = dataclasses.replace(
        COMPLETE, bon_de_commande_emis=False, numero_bon_commande=None, option_debits=False, mention_option_debits=False
    )
    assert mentions_manquantes(facture, date="01/10/2027", categorie_emetteur="micro") == []
    sans_adresse = dataclasses.replace(COMPLETE, adresse_facturation_differente=True)
    assert mentions_manquantes(sans_adresse, categorie_emetteur="pme") == [
        "adresse de facturation : manquant (C. com. art. L441-9 (ord. 2019-359), si elle diffère de l'adresse "
        "du client)."
    ]


@pytest.mark.parametrize(
    ("cas", "exige"),
    [
        ({}, False),  # a French client, an ordinary sale: the seller pays the VAT
        ({"livraison_intracommunautaire": True}, True),  # 242 nonies A, 3°: exempt supply to an EU business
        ({"autoliquidation": True}, True),  # 242 nonies A, 4°: the client pays the VAT itself
    ],
)
def test_client_vat_number_only_for_an_intra_community_supply_or_reverse_charge(
    cas: dict[str, bool], exige: bool
) -> None:
    """Worked example: Bureautique Rhône invoices without the client's VAT number (BOFiP BOI-TVA-DECLA-30-20-20-30)."""
    facture = dataclasses.replace(COMPLETE, client_tva=None, **cas)
    attendu = [
        "numéro de TVA intracommunautaire du client : manquant (CGI ann. II art. 242 nonies A, 3° et 4°, "
        "en livraison intracommunautaire ou en autoliquidation)."
    ]
    assert mentions_manquantes(facture, categorie_emetteur="pme") == (attendu if exige else [])


def test_purchase_order_number_only_since_1_october_2019() -> None:
    facture = dataclasses.replace(COMPLETE, numero_bon_commande=None)
    assert mentions_manquantes(facture, date="30/09/2019", categorie_emetteur="pme") == []
    assert len(mentions_manquantes(facture, date="01/10/2019", categorie_emetteur="pme")) == 1


def test_missing_line_details_name_the_line() -> None:
    facture = dataclasses.replace(COMPLETE, lignes=(COMPLETE.lignes[0], LigneFacture("Câble HDMI 2 m", 3, None, 20)))
    assert mentions_manquantes(facture, categorie_emetteur="pme") == [
        "prix unitaire hors TVA de chaque ligne (ligne 2) : manquant (C. com. art. L441-9 ; CGI ann. II art. "
        "242 nonies A)."
    ]
    vide = dataclasses.replace(COMPLETE, lignes=())
    assert [m.split(" :")[0] for m in mentions_manquantes(vide, categorie_emetteur="pme")] == [
        "dénomination précise de chaque produit ou service (aucune ligne)"
    ]


def test_an_invoice_may_be_a_dict() -> None:
    data = {f.name: getattr(COMPLETE, f.name) for f in dataclasses.fields(COMPLETE)}
    assert mentions_manquantes(data, categorie_emetteur="pme") == []
    assert lire_facture({"numero": " F-1 ", "total_ht": "1 240,30 €"}).total_ht == Decimal("1240.30")


def test_mentions_obligatoires_by_date_and_category() -> None:
    pme = mentions_obligatoires(date="01/03/2027", categorie_emetteur="pme")
    eti = mentions_obligatoires(date="01/03/2027", categorie_emetteur="eti")
    assert len(eti) - len(pme) == 4
    assert {m.code for m in eti} - {m.code for m in pme} == {
        "client_siren",
        "adresse_livraison",
        "nature_operations",
        "mention_option_debits",
    }
    avant_2019 = mentions_obligatoires(date="01/01/2019", categorie_emetteur="grande_entreprise")
    assert "numero_bon_commande" not in {m.code for m in avant_2019}
    assert all(m.source for m in eti)


@pytest.mark.parametrize(
    ("categorie", "date", "recevoir", "emettre"),
    [
        ("grande_entreprise", "31/08/2026", False, False),
        ("grande_entreprise", "01/09/2026", True, True),
        ("eti", "01/09/2026", True, True),
        ("pme", "01/09/2026", True, False),
        ("micro", "31/08/2027", True, False),
        ("micro", "01/09/2027", True, True),
    ],
)
def test_e_invoicing_calendar(categorie: str, date: str, recevoir: bool, emettre: bool) -> None:
    obligations = obligations_facturation_electronique(categorie, date=date)
    assert (obligations.recevoir, obligations.emettre) == (recevoir, emettre)
    assert date in obligations.expliquer()


# --- bad inputs: every public function ----------------------------------------------


def test_bad_invoice_fields() -> None:
    with pytest.raises(UnknownCodeError, match="numero_bon_commande"):
        lire_facture({"numero_bon_comande": "BC-1"})
    with pytest.raises(SalesplanTypeError, match="42"):
        lire_facture(42)
    with pytest.raises(SalesplanValueError, match="-5"):
        Facture(total_ht=-5)
    with pytest.raises(SalesplanTypeError, match="'oui'"):
        Facture(mention_indemnite="oui")  # type: ignore[arg-type]
    with pytest.raises(UnknownCodeError, match="services"):
        Facture(nature_operations="service")
    with pytest.raises(SalesplanTypeError, match="'F-1'"):
        Facture(lignes="F-1")  # type: ignore[arg-type]
    with pytest.raises(SalesplanTypeError, match="12"):
        Facture(numero=12)  # type: ignore[arg-type]
    with pytest.raises(SalesplanValueError, match="-2"):
        LigneFacture("Stylo", -2, 1, 20)
    with pytest.raises(SalesplanTypeError, match="ligne 1"):
        Facture(lignes=[("Stylo", 2)])  # type: ignore[list-item]


def test_bad_mentions_inputs() -> None:
    with pytest.raises(UnknownCodeError, match="grande_entreprise"):
        mentions_manquantes(COMPLETE, categorie_emetteur="grande_entreprises")
    with pytest.raises(SalesplanTypeError, match="3"):
        mentions_obligatoires(date="01/03/2027", categorie_emetteur=3)  # type: ignore[arg-type]
    with pytest.raises(SalesplanValueError, match="31/02/2027"):
        mentions_obligatoires(date="31/02/2027", categorie_emetteur="pme")
    with pytest.raises(UnknownCodeError, match="micro"):
        obligations_facturation_electronique("mikro", date="01/09/2026")
    with pytest.raises(SalesplanValueError, match="'bientôt'"):
        obligations_facturation_electronique("pme", date="bientôt")
