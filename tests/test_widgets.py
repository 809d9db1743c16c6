"""The live widgets (ipywidgets, headless): exercises with feedback in place, and the simulators."""

from __future__ import annotations

import datetime as dt
import logging
import re
import subprocess
import sys
from typing import Any

import pandas as pd
import pytest

from salesplan.errors import SalesplanTypeError, SalesplanValueError, UnknownCodeError
from salesplan.exercises import (
    CategoriesQuestion,
    DateQuestion,
    InvoiceQuestion,
    MatchingQuestion,
    Mistake,
    MultipleChoice,
    NotionLink,
    NumericQuestion,
    OrderingQuestion,
    Parametrised,
    SingleChoice,
    get_bank,
)
from salesplan.exercises import answers as A
from salesplan.exercises.banks import montant_commande
from salesplan.exercises.checking import CHOICE_HINT, INVOICE_HINT, MAPPING_HINT, RIGHT
from salesplan.simulators import INTERNAL_ERROR, REGISTRY
from salesplan.views import widgets
from salesplan.views.widgets import (
    QuestionWidget,
    QuizWidget,
    financing_simulator,
    grid_simulator,
    lead_scoring_simulator,
    margin_simulator,
    order_simulator,
    payment_simulator,
    quiz,
    show_all,
    simulator,
)
from salesplan.views.widgets import exercise as exercise_module
from salesplan.views.widgets._base import UNEXPECTED
from salesplan.views.widgets.inputs import OrderInput, answer_input
from salesplan.views.widgets.simulators import result_html

ERROR_START = UNEXPECTED.split("(")[0].strip()  # « Une erreur inattendue est survenue »


def text(value: str) -> str:
    """The readable text of an HTML value (tags dropped, entities kept rare by the renderers)."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", value)).strip()


def question(chapter: str, qid: str, seed: int = 1) -> Any:
    return next(q for q in get_bank(chapter).questions(seed=seed) if q.id == qid)


def widget_for(q: Any) -> QuestionWidget:
    return QuestionWidget(q)


# ---------------------------------------------------------------- each question type


def test_single_choice_right_and_wrong() -> None:
    q = question("processus_achat/centre_achat", "role_prescripteur")
    assert isinstance(q, SingleChoice)
    qw = widget_for(q)
    assert [key for _, key in qw.input.widget.options] == [c.key for c in q.choices]
    qw.input.widget.value = "decideur"
    qw.check_button.click()
    assert qw.status is False and "Décideur :" in text(qw.feedback.value)
    qw.input.widget.value = "prescripteur"
    qw.check_button.click()
    assert qw.status is True and RIGHT in text(qw.feedback.value)


def test_multiple_choice_details_in_place() -> None:
    q = question("processus_achat/cibles_btob_btog_cse", "traits_cse")
    assert isinstance(q, MultipleChoice)
    qw = widget_for(q)
    for key in [*q.answers, "processus_long"]:
        qw.input.boxes[key].value = True  # type: ignore[attr-defined]
    qw.check_button.click()
    shown = text(qw.feedback.value)
    assert qw.status is False and "Pas encore" in shown
    assert "« Processus d'achat long » décrit la cible BtoB (entreprises)." in shown
    qw.input.boxes["processus_long"].value = False  # type: ignore[attr-defined]
    qw.check_button.click()
    assert qw.status is True and RIGHT in text(qw.feedback.value)


def test_numeric_french_input_and_named_mistake() -> None:
    q = montant_commande.net_commercial_question(2)
    assert isinstance(q, NumericQuestion)
    qw = widget_for(q)
    assert qw.input.widget.children[1].value == "€"  # the unit beside the box
    added = next(m for m in q.mistakes if "additionné" in m.message)
    qw.input.text.value = str(added.value).replace(".", ",")  # type: ignore[attr-defined]
    qw.check_button.click()
    assert qw.status is False and "additionné les remises" in text(qw.feedback.value)
    whole, cents = f"{q.answer:.2f}".split(".")
    qw.input.text.value = f"{int(whole):,}".replace(",", " ") + f",{cents} €"  # type: ignore[attr-defined]
    qw.check_button.click()
    assert qw.status is True and RIGHT in text(qw.feedback.value) and "Montant brut" in text(qw.feedback.value)


def test_date_question() -> None:
    q = DateQuestion(
        id="echeance",
        prompt="Date d'échéance ?",
        explanation="15/01 + 45 jours = 01/03, puis fin de mois.",
        link=NotionLink("negociation/conditions_paiement"),
        answer=dt.date(2027, 3, 31),
        mistakes=(Mistake(dt.date(2027, 3, 17), "Vous avez compté la fin de mois d'abord."),),
    )
    qw = widget_for(q)
    qw.input.text.value = "17/03/2027"  # type: ignore[attr-defined]
    qw.check_button.click()
    assert "fin de mois d'abord" in text(qw.feedback.value)
    qw.input.text.value = "31/03/2027"  # type: ignore[attr-defined]
    qw.check_button.click()
    assert qw.status is True and "puis fin de mois" in text(qw.feedback.value)


def sort_with_buttons(order_input: OrderInput, target: tuple[str, ...]) -> int:
    """Put the items in ``target`` order by clicking « monter » only; returns the number of clicks."""
    clicks = 0
    for goal, key in enumerate(target):
        while (position := order_input.order.index(key)) > goal:
            order_input.ups[position].click()
            clicks += 1
    return clicks


def test_ordering_with_monter_descendre() -> None:
    q = question("processus_achat/etapes_achat", "ordre_etapes")
    assert isinstance(q, OrderingQuestion)
    qw = widget_for(q)
    order_input = qw.input
    assert isinstance(order_input, OrderInput)
    assert order_input.ups[0].disabled and order_input.downs[-1].disabled
    first_text = order_input.labels[0].value
    order_input.downs[0].click()
    assert order_input.labels[1].value.endswith(first_text.split(". ", 1)[1])
    order_input.ups[1].click()
    assert order_input.labels[0].value == first_text
    qw.check_button.click()
    assert qw.status is False and "à la bonne place" in text(qw.feedback.value)
    assert sort_with_buttons(order_input, q.answer) > 0
    qw.check_button.click()
    assert qw.status is True and RIGHT in text(qw.feedback.value)


def test_matching_dropdowns() -> None:
    q = question("processus_achat/centre_achat", "definitions_roles")
    assert isinstance(q, MatchingQuestion)
    qw = widget_for(q)
    right = dict(q.answer)
    lists = qw.input.controls  # type: ignore[attr-defined]
    assert all(dd.description.startswith("Réponse ") for dd in lists.values())  # accessible names
    first = q.items[0].key
    wrong = next(o.key for o in q.options if o.key != right[first])
    for key, dd in lists.items():
        dd.value = right[key]
    lists[first].value = wrong
    qw.check_button.click()
    assert qw.status is False and f"6 sur {len(right)}" in text(qw.feedback.value)
    lists[first].value = right[first]
    qw.check_button.click()
    assert qw.status is True


def test_categories_dropdowns() -> None:
    q = question("processus_achat/cibles_btob_btog_cse", "classer_traits")
    assert isinstance(q, CategoriesQuestion)
    qw = widget_for(q)
    for key, category in q.answer:
        qw.input.controls[key].value = category  # type: ignore[attr-defined]
    qw.check_button.click()
    assert qw.status is True and RIGHT in text(qw.feedback.value)


def test_invoice_fields_each_get_a_verdict() -> None:
    q = montant_commande.facture_question(4)
    assert isinstance(q, InvoiceQuestion)
    qw = widget_for(q)
    texts = qw.input.controls  # type: ignore[attr-defined]
    marks = qw.input.marks  # type: ignore[attr-defined]
    assert [texts[f.key].description for f in q.fields] == [f.label for f in q.fields]
    for f in q.fields:
        texts[f.key].value = str(f.answer).replace(".", ",")
    texts["tva"].value = str(q.fields[2].mistakes[0].value)
    qw.check_button.click()
    assert "3 sur 4" in text(qw.feedback.value)
    assert "base de la TVA" in text(marks["tva"].value)
    assert "Juste." in text(marks[q.fields[0].key].value)
    texts["tva"].value = "trois cents"
    qw.check_button.click()
    assert INVOICE_HINT in text(qw.feedback.value)
    assert A.NUMBER_HINT in text(marks["tva"].value) and qw.status is None


# ---------------------------------------------------------------- bad input, retry, new statement, score


@pytest.mark.parametrize(
    ("chapter", "qid", "hint"),
    [
        ("processus_achat/centre_achat", "role_prescripteur", CHOICE_HINT),
        ("processus_achat/centre_achat", "definitions_roles", MAPPING_HINT),
        ("negociation/montant_commande", "net_commercial", A.NUMBER_HINT),
    ],
)
def test_unanswered_or_unreadable_gives_the_french_hint(chapter: str, qid: str, hint: str) -> None:
    qw = widget_for(question(chapter, qid))
    if hasattr(qw.input, "text"):
        qw.input.text.value = "mille euros"
    qw.check_button.click()
    assert hint in text(qw.feedback.value) and qw.status is None
    assert "salesplan-hint" in qw.feedback.value


def test_retry_clears_answer_feedback_and_marks() -> None:
    q = montant_commande.facture_question(4)
    qw = widget_for(q)
    qw.input.controls["tva"].value = "12"  # type: ignore[attr-defined]
    qw.check_button.click()
    assert qw.feedback.value and qw.input.marks["tva"].value  # type: ignore[attr-defined]
    qw.retry_button.click()
    assert qw.feedback.value == "" and qw.status is None
    assert all(t.value == "" for t in qw.input.controls.values())  # type: ignore[attr-defined]
    assert all(m.value == "" for m in qw.input.marks.values())  # type: ignore[attr-defined]

    ordering = widget_for(question("processus_achat/etapes_achat", "ordre_etapes"))
    start = list(ordering.input.order)  # type: ignore[attr-defined]
    ordering.input.downs[0].click()  # type: ignore[attr-defined]
    ordering.retry_button.click()
    assert ordering.input.order == start  # type: ignore[attr-defined]


def test_new_statement_draws_the_next_seed() -> None:
    entry = next(e for e in get_bank("negociation/montant_commande").entries if e.id == "net_commercial")
    assert isinstance(entry, Parametrised)
    qw = QuestionWidget(entry, seed=1)
    assert qw.new_button is not None
    before = qw.prompt.value
    qw.input.text.value = "1"  # type: ignore[attr-defined]
    qw.check_button.click()
    qw.new_button.click()
    assert qw.seed == 2 and qw.question == entry.build(2) and qw.prompt.value != before
    assert qw.feedback.value == "" and qw.status is None and qw.input.text.value == ""  # type: ignore[attr-defined]
    qw.input.text.value = str(qw.question.answer).replace(".", ",")  # type: ignore[attr-defined]
    qw.check_button.click()
    assert qw.status is True


def test_fixed_question_has_no_new_statement_button() -> None:
    assert widget_for(question("processus_achat/centre_achat", "role_prescripteur")).new_button is None


def test_quiz_score_counts_the_questions_right() -> None:
    qz = quiz("processus_achat/centre_achat")
    assert isinstance(qz, QuizWidget) and qz.score == (0, len(qz.questions))
    total = len(qz.questions)
    single = [qw for qw in qz.questions if isinstance(qw.question, SingleChoice)]
    single[0].input.widget.value = single[0].question.answer  # type: ignore[attr-defined]
    single[0].check_button.click()
    single[1].input.widget.value = single[1].question.answer  # type: ignore[attr-defined]
    single[1].check_button.click()
    wrong = next(c.key for c in single[2].question.choices if c.key != single[2].question.answer)  # type: ignore[attr-defined]
    single[2].input.widget.value = wrong
    single[2].check_button.click()
    assert qz.score == (2, total)
    assert f"Score : 2 sur {total} (3 questions vérifiées)" in text(qz.score_label.value)
    single[0].retry_button.click()
    assert qz.score == (1, total) and f"Score : 1 sur {total}" in text(qz.score_label.value)


def test_quiz_renders_every_bank() -> None:
    from salesplan.exercises import BANKS

    for chapter in BANKS:
        qz = quiz(chapter)
        assert len(qz.questions) == len(BANKS[chapter].entries)
        assert qz.widget._repr_mimebundle_()  # displayable in a notebook


def test_quiz_bad_input() -> None:
    with pytest.raises(UnknownCodeError, match="negociation/montant_comande"):
        quiz("negociation/montant_comande")
    with pytest.raises(SalesplanTypeError, match="42"):
        quiz(42)  # type: ignore[arg-type]
    with pytest.raises(SalesplanTypeError, match="'pas une question'"):
        answer_input("pas une question", lambda action: lambda *_: None)  # type: ignore[arg-type]


# ---------------------------------------------------------------- no traceback, ever


def test_forced_exception_becomes_a_french_message(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_args: object) -> None:
        raise ZeroDivisionError("division by zero")

    qw = widget_for(question("processus_achat/centre_achat", "role_prescripteur"))
    monkeypatch.setattr(exercise_module, "check", broken)
    with caplog.at_level(logging.DEBUG):
        qw.check_button.click()
    shown = text(qw.feedback.value)
    assert ERROR_START in shown and "ZeroDivisionError" in shown and "enseignant" in shown
    assert "Traceback" not in qw.feedback.value and "division by zero" not in shown
    assert not caplog.records
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err


def test_library_error_in_a_callback_is_a_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> None:
        raise SalesplanValueError("taux : '200' % est hors de l'intervalle [0 ; 100]")

    qw = widget_for(question("processus_achat/centre_achat", "role_prescripteur"))
    monkeypatch.setattr(exercise_module, "check", refuse)
    qw.check_button.click()
    assert "Saisie à corriger : taux : '200' %" in text(qw.feedback.value)


def test_forced_exception_in_a_simulator(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    sim = order_simulator()

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("salesplan.commande.calculer_commande", broken)
    with caplog.at_level(logging.DEBUG):
        cell(sim, "lignes", 0, "quantite").value = "11"
    assert INTERNAL_ERROR[:40] in text(sim.output.value) and "boom" not in sim.output.value
    assert not caplog.records


# ---------------------------------------------------------------- simulators (rendered from salesplan.simulators)


def cell(sim: Any, field: str, row: int, column: str) -> Any:
    return sim.tables[field].rows[row][column]


def plain(value: str) -> str:
    return text(value).replace("\u202f", " ").replace("\xa0", " ")


def assert_hint(sim: Any, *fragments: str) -> None:
    shown = text(sim.output.value)
    assert "Saisie à corriger" in shown, shown
    for fragment in fragments:
        assert fragment in shown, shown


def names(sim: Any) -> list[str]:
    controls = list(sim.controls.values())
    for lines in sim.tables.values():
        controls += [c for row in lines.rows for c in row.values()] + [lines.add_button]
        controls += [child.children[1] for child in lines.box.children]  # the « Supprimer » buttons
    return [c.description for c in controls]


def test_every_simulator_is_rendered_with_distinct_accessible_names() -> None:
    panels = show_all()
    assert [p.definition.code for p in panels] == list(REGISTRY)
    for sim in panels:
        labels = names(sim)
        assert all(label.strip() for label in labels)
        assert len(labels) == len(set(labels)), [x for x in labels if labels.count(x) > 1]
        assert "Saisie à corriger" not in sim.output.value and INTERNAL_ERROR not in sim.output.value
        assert sim._repr_mimebundle_()
        assert "salesplan-simulator" in sim.widget._dom_classes


def test_the_widgets_show_the_definition_figures() -> None:
    for code in REGISTRY:
        expected = REGISTRY[code].compute({})
        assert simulator(code).output.value == result_html(expected)
    case = simulator("grille", preset="alpinor")
    assert case.output.value == result_html(REGISTRY["grille"].compute(REGISTRY["grille"].defaults("alpinor")))


def test_order_simulator() -> None:
    sim = order_simulator()
    assert "Net à payer TTC 1 023,48 €" in plain(sim.output.value)
    assert "<svg" in sim.output.value and "<caption>Pied de facture</caption>" in sim.output.value
    cell(sim, "lignes", 0, "quantite").value = "20"  # brut 1 500,00 €
    assert "1\u202f500,00" in sim.output.value
    sim.controls["escompte"].value = "0"
    assert "Escompte" not in text(sim.output.value)
    cell(sim, "lignes", 0, "prix_unitaire_ht").value = "cinquante"
    assert_hint(sim, "Lignes de la commande, ligne 1, Prix unitaire HT", "'cinquante'")
    cell(sim, "lignes", 0, "prix_unitaire_ht").value = "50,00"
    sim.tables["reductions"].add()
    cell(sim, "reductions", 2, "taux").value = "150"
    assert_hint(sim, "Réductions commerciales, ligne 3, Taux : 150")
    sim.tables["reductions"].remove(2)
    assert "Saisie à corriger" not in sim.output.value
    lines = sim.tables["lignes"]
    lines.remove(0)
    assert len(lines.rows) == 1 and lines.box.children[0].children[1].disabled  # min_rows 1: cannot remove the last


def test_margin_simulator() -> None:
    sim = margin_simulator()
    shown = plain(sim.output.value)
    assert "Taux de marque 33,33 %" in shown and "Prix plancher HT 3 200,00 €" in shown
    sim.controls["prix_vente"].value = "4 800"
    assert "Taux de marge 100 %" in plain(sim.output.value)
    sim.controls["cout_achat"].value = "0"
    assert_hint(sim, "Coût d'achat HT : 0 € est inférieur au minimum")


def test_payment_simulator_and_legal_cap() -> None:
    sim = payment_simulator()
    shown = text(sim.output.value)
    assert "31/03/2026" in shown and "30 jours" in shown
    sim.controls["date_paiement"].value = "31/03/2026"
    assert "0 jour" in text(sim.output.value)
    sim.controls["nature"].value = "jours"
    sim.controls["jours"].value = "70"
    assert_hint(sim, "Nombre de jours du délai : 70 jours dépasse le maximum de 60 jours")
    sim.controls["jours"].value = "30"
    sim.controls["date_facture"].value = "31/02/2026"
    assert_hint(sim, "31/02/2026")


def test_financing_simulator() -> None:
    sim = financing_simulator()
    assert "Emprunt" in text(sim.output.value) and "Crédit-bail" in text(sim.output.value)
    sim.controls["taux_emprunt"].value = ""
    shown = text(sim.output.value)
    assert "Tableau d'amortissement" not in shown and "Crédit-bail" in shown
    sim.controls["prix_ht"].value = "-5"
    assert_hint(sim, "Prix du bien HT")


def test_grid_simulator() -> None:
    sim = grid_simulator()
    assert "Offre retenue Bureautik Pro" in text(sim.output.value) and "<svg" in sim.output.value
    cell(sim, "criteres", 2, "poids").value = "80"  # beyond 74,4 (sensitivity), Imprimex passes ahead
    assert "Offre retenue Imprimex" in text(sim.output.value)
    cell(sim, "offres", 0, "note_1").value = "25"
    assert_hint(sim, "Offres reçues, ligne 1, Note critère 1 : 25 /20 dépasse le maximum de 20 /20")


def test_grid_simulator_from_a_case_notebook() -> None:
    sim = grid_simulator(
        {"Prix": 40, "Qualité": 60}, {"A": {"Prix": 15, "Qualité": 10}, "B": {"Prix": 10, "Qualité": 14}}
    )
    assert "Offre retenue B" in text(sim.output.value) and "12,4" in text(sim.output.value)  # grille doctest
    sim = grid_simulator({"Prix": 50}, {"A": {"Prix": "beaucoup"}, "B": {"Prix": 1}})
    assert_hint(sim, "'beaucoup'")


def test_lead_scoring_simulator_thresholds() -> None:
    sim = lead_scoring_simulator()
    assert "Prospects SQL 1" in text(sim.output.value)
    sim.controls["seuil_sql"].value = "70"
    assert "Prospects SQL 3" in text(sim.output.value)
    sim.controls["seuil_mql"].value = "100"
    assert_hint(sim, "Seuil MQL : 100 points dépasse le seuil SQL")


def test_lead_scoring_simulator_own_file_and_bad_input() -> None:
    prospects = pd.DataFrame({"nom": ["A", "B"], "fonction": ["dirigeant", "etudiant"], "demande_demo": [1, 0]})
    sim = lead_scoring_simulator(prospects, name_column="nom")
    assert "Scores des prospects Prospect Profil Comportement Total Statut A 20 30 50 MQL" in text(sim.output.value)
    with pytest.raises(SalesplanTypeError, match=r"'prospects\.csv'"):
        lead_scoring_simulator("prospects.csv")  # type: ignore[arg-type]
    with pytest.raises(UnknownCodeError, match="astronaute"):
        lead_scoring_simulator(pd.DataFrame({"nom": ["C"], "fonction": ["astronaute"]}), name_column="nom")


def test_every_preset_renders() -> None:
    for code, definition in REGISTRY.items():
        for preset in definition.preset_loaders:
            sim = simulator(code, preset=preset)
            assert "Saisie à corriger" not in sim.output.value, (code, preset, text(sim.output.value))


# ---------------------------------------------------------------- import cost


def test_importing_the_widgets_loads_no_heavy_library() -> None:
    code = (
        "import sys, salesplan.views.widgets as w; "
        "print(sorted(m for m in ('ipywidgets', 'pandas', 'matplotlib', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    assert widgets.__all__
