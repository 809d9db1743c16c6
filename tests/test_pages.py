"""Helpers shared by the book's pages (glue_markdown is exercised by the strict build)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pandas as pd
import pytest

from salesplan import paiement
from salesplan.commande import Ligne, calculer_commande
from salesplan.concepts import ROLES, TRAITS_CIBLES, Concept, TechniqueConclusion
from salesplan.errors import SalesplanTypeError, SalesplanValueError, UnknownCodeError
from salesplan.views.pages import (
    compliance_table,
    concept_table,
    definition_markdown,
    details_list,
    dialogues_markdown,
    french_numbers,
    parameter_text,
)
from salesplan.views.tables import format_frame


def test_concept_table_is_indexed_by_label() -> None:
    table = concept_table(ROLES, ("définition",))
    assert list(table.columns) == ["définition"]
    assert "Décideur" in table.index and len(table) == len(ROLES)


def test_concept_table_takes_some_concepts_of_a_catalogue() -> None:
    """cibles_btob_btog_cse: the traits of one target, as the chapter's table shows them."""
    table = concept_table(trait for trait in TRAITS_CIBLES if trait.cible == "btob")
    assert table.index.tolist() == [
        "Processus d'achat long",
        "Achat d'une solution complète",
        "Comparaison des fournisseurs",
        "Interlocuteurs nombreux",
    ]
    assert table.index.name == "libellé" and list(table.columns) == ["définition", "exemple"]


FICHE = Concept("identification", "Identification", "", "", details=("raison sociale", "numéro SIREN"))


def test_details_list_is_a_markdown_list() -> None:
    assert details_list(FICHE).data == "- raison sociale\n- numéro SIREN"


def test_definition_markdown_puts_the_example_after_the_definition() -> None:
    repere = Concept("r", "Repère", "La négociation BtoB est plus longue.", "Quatre mois pour un copieur.")
    assert definition_markdown(repere).data == (
        "La négociation BtoB est plus longue.\n\n*Exemple :* Quatre mois pour un copieur."
    )


def test_dialogues_markdown_quotes_each_reply() -> None:
    repliques = ("Vendeur : On signe ?", "Acheteuse : Oui.")
    directe = TechniqueConclusion("directe", "Conclusion directe", "On demande.", "", exemple_dialogue=repliques)
    choix = ("Vendeur : A ou B ?",)
    alternative = TechniqueConclusion("alt", "Conclusion alternative", "On choisit.", "", exemple_dialogue=choix)
    assert dialogues_markdown([directe, alternative]).data == (
        "**Conclusion directe.** On demande.\n\n> Vendeur : On signe ?\n>\n> Acheteuse : Oui.\n"
        "\n**Conclusion alternative.** On choisit.\n\n> Vendeur : A ou B ?\n"
    )


def test_parameter_text_writes_the_unit_in_words() -> None:
    assert parameter_text("micro_effectif", date="26/11/2026") == "10 personnes"
    assert parameter_text("pme_bilan", date="26/11/2026") == "43 millions d'euros"
    assert parameter_text("eti_chiffre_affaires", date="26/11/2026") == "1\u202f500 millions d'euros"
    assert parameter_text("cse_seuil", date="26/11/2026") == "11 salariés"
    with pytest.raises(UnknownCodeError):
        parameter_text("micro_effectifs", date="26/11/2026")


def test_compliance_table_says_oui_or_non_with_the_reason() -> None:
    table = compliance_table(
        [
            ("Paiement à 30 jours", lambda: paiement.verifier_delai("30 jours", date_facture="15/03/2026")),
            ("Paiement à 75 jours", lambda: paiement.verifier_delai("75 jours", date_facture="15/03/2026")),
        ]
    )
    assert table.index.name == "clause du projet" and table["conforme"].tolist() == ["oui", "non"]
    assert table.loc["Paiement à 30 jours", "explication"] == (
        "« 30 jours » respecte le plafond de 60 jours après la date de facture (L441-10, I)."
    )
    assert "dépasse le plafond légal de 60 jours" in table.loc["Paiement à 75 jours", "explication"]


def test_compliance_table_lets_other_errors_through() -> None:
    """Only a legal limit makes a « non »: a wrong call stays an error for the page's author."""
    with pytest.raises(SalesplanValueError, match="bientôt"):
        compliance_table([("?", lambda: paiement.verifier_delai("bientôt", date_facture="15/03/2026"))])


def test_order_table_is_the_french_table_formatter() -> None:
    """montant_commande: the foot of an order through ``views.tables.format_frame``, euros written the French way."""
    commande = calculer_commande([Ligne("Fauteuil", 6, 329)], reductions=[("remise", 10)], escompte=2, frais_de_port=90)
    table = format_frame(commande.to_frame())
    assert table["montant (€)"].tolist() == [
        "1\u202f974,00\xa0€",
        "197,40\xa0€",
        "1\u202f776,60\xa0€",
        "35,53\xa0€",
        "1\u202f741,07\xa0€",
        "90,00\xa0€",
        "1\u202f831,07\xa0€",
        "366,21\xa0€",
        "2\u202f197,28\xa0€",
    ]
    assert table.index[0] == "Montant brut HT" and table.index[-1] == "Net à payer TTC"


def test_french_numbers_leaves_text_alone() -> None:
    table = french_numbers(pd.DataFrame({"offre": ["A", "B"], "total": [Decimal("14.60"), 1234.5]}))
    assert table["offre"].tolist() == ["A", "B"]
    assert table["total"].tolist() == ["14,6", "1\u202f234,5"]


def test_glue_writes_what_myst_nb_glue_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """``pages.glue`` (no nbformat import) and ``myst_nb.glue`` display the same bundle."""
    import IPython.display
    import myst_nb.ext.glue

    from salesplan.views.pages import glue

    shown: list[tuple[Any, Any]] = []
    record = lambda bundle, raw, metadata: shown.append((bundle, metadata))  # noqa: E731
    monkeypatch.setattr(IPython.display, "display", record)
    monkeypatch.setattr(myst_nb.ext.glue, "ipy_display", record)
    for display in (True, False):
        glue("montant", "1 234,56 €", display=display)
        myst_nb.ext.glue.glue("montant", "1 234,56 €", display=display)
    assert shown[0] == shown[1] and shown[2] == shown[3] and shown[0] != shown[2]
    assert "application/papermill.record/text/plain" in shown[2][0]


@pytest.mark.parametrize(
    ("call", "named"),
    [
        (lambda: details_list("identification"), "'identification'"),  # the code, not the notion
        (lambda: definition_markdown(None), "None"),
        (lambda: dialogues_markdown([FICHE]), "pas une notion TechniqueConclusion"),  # not a closing technique
        (lambda: compliance_table([("Paiement à 30 jours", "30 jours")]), "'30 jours'"),
        (lambda: concept_table(["btob"]), "'btob'"),
    ],
)
def test_a_wrong_argument_gets_a_french_message(call: Any, named: str) -> None:
    with pytest.raises(SalesplanTypeError) as error:
        call()
    assert named in str(error.value)
