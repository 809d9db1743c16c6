"""A chapter's quiz printed as a worksheet (HTML for the PDF editions), from its question bank.

The printed course gets the questions, the choices and empty boxes to write in;
the teacher's ``corriges.pdf`` gets the same sheet with the boxes filled in,
each answer on a line « Réponse attendue : … » and the explanation. Both print
the first variant of each question (``Bank.questions()``), so the answers match
the sheet handed out.
"""

from __future__ import annotations

import html
import string
from collections.abc import Iterable
from decimal import Decimal

from salesplan.exercises import Bank
from salesplan.exercises import questions as q
from salesplan.exercises.markup import to_html
from salesplan.exercises.scenario import ScenarioQuestion, best_path, shown_replies, walk
from salesplan.values import format_date, format_number

ANSWER_LABEL = "Réponse attendue :"
EXPLANATION_LABEL = "Explication :"
INSTRUCTIONS = {
    "single": "Cochez la bonne réponse.",
    "multiple": "Cochez toutes les bonnes réponses (une ou plusieurs).",
    "numeric": "Écrivez le résultat dans la case.",
    "date": "Écrivez la date (JJ/MM/AAAA).",
    "ordering": "Numérotez les éléments dans l'ordre (1 = le premier).",
    "matching": "Pour chaque élément, écrivez la lettre de la réponse qui lui correspond.",
    "categories": "Cochez, pour chaque élément, la catégorie qui convient.",
    "invoice": "Complétez chaque case.",
    "scenario": "Jeu de rôle : cochez la meilleure réponse du vendeur ; la suite se joue sur le site.",
}


def _box(content: str = "", *, wide: bool = False) -> str:
    css = "sp-box sp-box-wide" if wide else "sp-box"
    return f'<span class="{css}">{content}</span>'


def _tick(checked: bool) -> str:
    return f'<span class="sp-tick">{"✓" if checked else ""}</span>'


def _plain(value: Decimal, step: Decimal) -> str:
    """The number as written in the box: ``1 234,56`` (as many decimals as the step has)."""
    exponent = step.normalize().as_tuple().exponent
    decimals = max(0, -exponent) if isinstance(exponent, int) else 2
    text = format_number(value, decimals=decimals)
    if decimals and "," not in text:
        text += "," + "0" * decimals
    elif decimals:
        whole, fraction = text.split(",")
        text = f"{whole},{fraction.ljust(decimals, '0')}"
    return text


def _number(value: Decimal, step: Decimal, unit: str) -> str:
    text = _plain(value, step)
    return f"{text}\u00a0{html.escape(unit)}" if unit else text


def _letters(count: int) -> list[str]:
    return list(string.ascii_uppercase[:count])


def _choices(question: q.SingleChoice | q.MultipleChoice, answers: bool) -> list[str]:
    right = {question.answer} if isinstance(question, q.SingleChoice) else set(question.answers)
    rows = [f"<li>{_tick(answers and c.key in right)} {to_html(c.text)}</li>" for c in question.choices]
    lines = [f'<ul class="sp-choices">{"".join(rows)}</ul>']
    if answers:
        texts = "</li><li>".join(to_html(c.text) for c in question.choices if c.key in right)
        lines.append(f'<div class="sp-answer"><strong>{ANSWER_LABEL}</strong><ul><li>{texts}</li></ul></div>')
    return lines


def _table(head: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    header = "".join(f"<th>{h}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<table class="sp-sheet-table"><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>'


def _answer_line(text: str) -> str:
    return f'<p class="sp-answer"><strong>{ANSWER_LABEL}</strong> {text}</p>'


def _speaker(code: str) -> str:
    from salesplan.concepts import ROLES

    return next((role.libelle for role in ROLES if role.code == code), code)


def _scenario(question: ScenarioQuestion, answers: bool) -> list[str]:
    """On paper: the opening line and its replies to tick; in the key, the best path with its debriefs."""
    first = question.start
    lines = [f"<p><em>{html.escape(_speaker(first.speaker))}</em> : « {to_html(first.text)} »</p>"]
    if not answers:
        lines += [f"<p>{_tick(False)} {to_html(reply.text)}</p>" for _key, reply in shown_replies(question, first)]
        return lines
    walked = walk(question, best_path(question))
    assert walked is not None
    steps, end = walked
    lines = [
        f"<p><em>{html.escape(_speaker(step.line.speaker))}</em> : « {to_html(step.line.text)} » → "
        f"<strong>{to_html(step.reply.text)}</strong> ({to_html(step.reply.debrief)})</p>"
        for step in steps
    ]
    return [f"<p><strong>{ANSWER_LABEL}</strong> le meilleur parcours :</p>", *lines, f"<p>{to_html(end.outcome)}</p>"]


def _body(question: q.Question, answers: bool) -> list[str]:
    if isinstance(question, ScenarioQuestion):
        return _scenario(question, answers)
    if isinstance(question, q.SingleChoice | q.MultipleChoice):
        return _choices(question, answers)
    if isinstance(question, q.NumericQuestion):
        filled = _box(_plain(question.answer, question.step) if answers else "", wide=True)
        line = [f'<p class="sp-write">Réponse : {filled} {html.escape(question.unit)}</p>']
        return line + ([_answer_line(_number(question.answer, question.step, question.unit))] if answers else [])
    if isinstance(question, q.DateQuestion):
        value = format_date(question.answer)
        line = [f'<p class="sp-write">Réponse : {_box(value if answers else "", wide=True)}</p>']
        return line + ([_answer_line(value)] if answers else [])
    if isinstance(question, q.OrderingQuestion):
        rank = {key: position for position, key in enumerate(question.answer, start=1)}
        rows = [[_box(str(rank[i.key]) if answers else ""), to_html(i.text)] for i in question.items]
        lines = [_table(["Rang", "Élément"], rows)]
        if answers:
            order = " ; ".join(f"{n}. {to_html(i.text)}" for n, i in enumerate(_ordered(question), start=1))
            lines.append(_answer_line(order))
        return lines
    if isinstance(question, q.MatchingQuestion):
        letters = dict(zip((o.key for o in question.options), _letters(len(question.options)), strict=True))
        options = "".join(f"<li><strong>{letters[o.key]}.</strong> {to_html(o.text)}</li>" for o in question.options)
        expected = dict(question.answer)
        rows = [[to_html(i.text), _box(letters[expected[i.key]] if answers else "")] for i in question.items]
        lines = [f'<ul class="sp-options">{options}</ul>', _table(["Élément", "Lettre"], rows)]
        if answers:
            pairs = " ; ".join(f"{to_html(i.text)} → {letters[expected[i.key]]}" for i in question.items)
            lines.append(_answer_line(pairs))
        return lines
    if isinstance(question, q.CategoriesQuestion):
        expected = dict(question.answer)
        head = ["Élément", *(to_html(c.text) for c in question.categories)]
        rows = [
            [to_html(i.text), *(_tick(answers and expected[i.key] == c.key) for c in question.categories)]
            for i in question.items
        ]
        lines = [_table(head, rows)]
        if answers:
            names = {c.key: to_html(c.text) for c in question.categories}
            lines.append(
                _answer_line(" ; ".join(f"{to_html(i.text)} : {names[expected[i.key]]}" for i in question.items))
            )
        return lines
    if isinstance(question, q.InvoiceQuestion):
        rows = [
            [to_html(f.label), _box(_plain(f.answer, f.step) if answers else "", wide=True), html.escape(f.unit)]
            for f in question.fields
        ]
        lines = [_table(["Ligne", "Montant", ""], rows)]
        if answers:
            lines.append(
                _answer_line(
                    " ; ".join(f"{to_html(f.label)} : {_number(f.answer, f.step, f.unit)}" for f in question.fields)
                )
            )
        return lines
    raise TypeError(f"type de question inconnu : {type(question).__name__}")


def _ordered(question: q.OrderingQuestion) -> list[q.Item]:
    by_key = {i.key: i for i in question.items}
    return [by_key[key] for key in question.answer]


def question_html(question: q.Question, number: int, *, answers: bool) -> str:
    """One question of the sheet: number, prompt, instruction, boxes (filled in when ``answers``)."""
    parts = [
        f'<div class="sp-question" id="q-{html.escape(question.id)}">',
        f'<p class="sp-prompt"><span class="sp-number">{number}.</span> {to_html(question.prompt)}</p>',
        f'<p class="sp-instruction">{INSTRUCTIONS[question.kind]}</p>',
        *_body(question, answers),
    ]
    if answers:
        parts.append(
            f'<p class="sp-explanation"><strong>{EXPLANATION_LABEL}</strong> {to_html(question.explanation)}</p>'
        )
    parts.append("</div>")
    return "\n".join(parts)


def worksheet_html(bank: Bank, *, answers: bool = False) -> str:
    """The chapter's quiz as a printed sheet: every question, boxes to fill in; with ``answers``, the key."""
    title = "Corrigé de la fiche d'exercices" if answers else "Fiche d'exercices"
    questions = "\n".join(question_html(q, n, answers=answers) for n, q in enumerate(bank.questions(), start=1))
    intro = (
        "Réponses de la variante imprimée dans le cours (la première) ; sur le site, les nombres peuvent changer."
        if answers
        else "Version imprimable du quiz du chapitre : répondez sur la fiche, puis vérifiez sur le site du cours."
    )
    return (
        f'<div class="sp-worksheet{" sp-key" if answers else ""}">'
        f'<p class="sp-sheet-title">{title} — {html.escape(bank.title)}</p>'
        f'<p class="sp-sheet-intro">{intro}</p>\n{questions}\n</div>'
    )


__all__ = ["ANSWER_LABEL", "EXPLANATION_LABEL", "INSTRUCTIONS", "question_html", "worksheet_html"]
