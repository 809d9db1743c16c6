"""The class report (``OUT/<devoir>/rapport.html``): what the teacher should explain again, at a glance.

Written by ``salesplan grade`` next to ``notes.csv``, from the same results.
One self-contained French HTML page, readable offline: inline CSS, charts
drawn here as inline SVG (no script, no font, no request to any host). Every
chart sits in a ``<figure>`` with a ``<figcaption>`` and the data table it
draws, so a screen-reader user, a printout or a colour-blind reader get the
same facts; the SVG itself carries a title and a description (``role="img"``).

Sections: the figures of the class (copies, handed in, mean, median), the
questions to explain again (success rate under half, with their most frequent
message), the grade distribution, the success rate per question, the most
frequent mistakes with their messages, the copies not handed in and the copies
to look at (unreadable, stopped...).
"""

from __future__ import annotations

import html
import math
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from statistics import median

from salesplan.tooling.grading import Assignment, Result, label, question_label, write_atomically
from salesplan.values import format_number, format_percent, plural

NOT_HANDED = ("non rendu", "hors liste")
TO_EXPLAIN = Decimal("0.5")  # a question fewer than half the copies got right is to explain again
TOP_MISTAKES = 8
REPORT_NAME = "rapport.html"

_CSS = """
body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff;line-height:1.45}
main{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:2px solid #1f4e8c}
.chiffres{display:flex;flex-wrap:wrap;gap:.75rem;list-style:none;padding:0}
.chiffres li{border:1px solid #6b6b6b;border-radius:.4rem;padding:.5rem .8rem}
.chiffres strong{display:block;font-size:1.3rem}
.alerte{border-left:.4rem solid #a3261b;padding:.4rem .9rem;background:#fdf1f0}
.ok{border-left:.4rem solid #1d6b3a;padding:.4rem .9rem;background:#eff8f2}
figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.4rem}
svg{max-width:100%;height:auto}
table{border-collapse:collapse;margin-top:.6rem}
th,td{border:1px solid #8a8a8a;padding:.25rem .6rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right}caption{text-align:left;font-style:italic;padding:.2rem 0}
"""
_BAR = "#1f4e8c"
_WEAK = "#a3261b"
_STRONG = "#1d6b3a"
_INK = "#1b1b1b"
_GRID = "#767676"


def _html(text: object) -> str:
    return html.escape(str(text), quote=True)


def _percent(part: int, whole: int) -> str:
    if not whole:
        return "—"
    return format_percent(Decimal(100) * part / whole, decimals=0)


def _mark(value: Decimal) -> str:
    return format_number(value, decimals=2)


# ---------------------------------------------------------------- the figures


def handed_in(results: Sequence[Result]) -> list[Result]:
    """The copies handed in by students of the class (everything but « non rendu » and « hors liste »)."""
    return [r for r in results if r.status not in NOT_HANDED]


def distribution(results: Sequence[Result], total: Decimal) -> list[tuple[str, int]]:
    """Grades by bins of one point (ten bins above 20 points): ``[("de 0 à moins de 1", n), ...]``."""
    count = math.ceil(total) if 0 < total <= 20 else 10
    width = total / count if total > 0 else Decimal(1)
    bins = [0] * count
    for result in results:
        index = int(result.total / width) if width else 0
        bins[min(max(index, 0), count - 1)] += 1
    rows = []
    for i, n in enumerate(bins):
        low, high = format_number(width * i), format_number(width * (i + 1))
        rows.append((f"de {low} à {high}" if i == count - 1 else f"de {low} à moins de {high}", n))
    return rows


def success(results: Sequence[Result], assignment: Assignment) -> list[tuple[str, Decimal, int, int]]:
    """Per question: (grade id, points, copies that earned the points, copies handed in)."""
    graded = handed_in(results)
    return [
        (q.grade_id, q.points, sum(1 for r in graded if r.scores.get(q.grade_id, 0) >= q.points), len(graded))
        for q in assignment.questions
    ]


def mistakes(results: Sequence[Result]) -> list[tuple[str, int, list[str]]]:
    """The messages of the copies handed in, most frequent first: (message, count, students)."""
    students: dict[str, list[str]] = {}
    for result in handed_in(results):
        for message in dict.fromkeys(result.messages):
            students.setdefault(message, []).append(result.student)
    counts = Counter({m: len(s) for m, s in students.items()})
    return [(m, n, sorted(students[m])) for m, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


# ---------------------------------------------------------------- the charts (inline SVG)


def _svg(chart_id: str, title: str, description: str, width: int, height: int, body: list[str]) -> str:
    return (
        f'<svg role="img" aria-labelledby="{chart_id}-t {chart_id}-d" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{chart_id}-t">{_html(title)}</title><desc id="{chart_id}-d">{_html(description)}</desc>'
        + "".join(body)
        + "</svg>"
    )


def column_chart(chart_id: str, title: str, description: str, rows: Sequence[tuple[str, int]]) -> str:
    """Vertical bars, one per row, its count written above it; the labels under the bars are short."""
    width, height, left, bottom, top = 640, 260, 40, 40, 20
    plot_w, plot_h = width - left - 10, height - bottom - top
    peak = max((n for _, n in rows), default=0) or 1
    step = plot_w / max(len(rows), 1)
    body = [f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 10}" y2="{top + plot_h}" stroke="{_GRID}"/>']
    for i, (name, n) in enumerate(rows):
        h = plot_h * n / peak
        x = left + i * step + step * 0.15
        body.append(
            f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{step * 0.7:.1f}" height="{h:.1f}" fill="{_BAR}"/>'
        )
        body.append(
            f'<text x="{x + step * 0.35:.1f}" y="{top + plot_h - h - 4:.1f}" text-anchor="middle" '
            f'font-size="13" fill="{_INK}">{n}</text>'
        )
        short = name.removeprefix("de ").split(" à")[0]
        body.append(
            f'<text x="{x + step * 0.35:.1f}" y="{top + plot_h + 16}" text-anchor="middle" '
            f'font-size="12" fill="{_INK}">{_html(short)}</text>'
        )
    body.append(
        f'<text x="{left + plot_w / 2:.0f}" y="{height - 4}" text-anchor="middle" font-size="12" '
        f'fill="{_INK}">note (borne basse de chaque tranche)</text>'
    )
    return _svg(chart_id, title, description, width, height, body)


def bar_chart(
    chart_id: str, title: str, description: str, rows: Sequence[tuple[str, Decimal, str]], *, percent: bool
) -> str:
    """Horizontal bars: (label, value between 0 and 1 of the longest, text written after the bar)."""
    label_w, bar_w, row_h = 310, 300, 30
    width, height = label_w + bar_w + 80, row_h * max(len(rows), 1) + 10
    body = []
    for i, (name, share, text) in enumerate(rows):
        y = 5 + i * row_h
        colour = (_WEAK if share < TO_EXPLAIN else _STRONG) if percent else _BAR
        short = name if len(name) <= 42 else name[:41] + "…"
        body.append(
            f'<text x="{label_w - 8}" y="{y + 19}" text-anchor="end" font-size="13" fill="{_INK}">{_html(short)}</text>'
        )
        body.append(
            f'<rect x="{label_w}" y="{y + 5}" width="{max(float(share) * bar_w, 1):.1f}" height="{row_h - 10}" '
            f'fill="{colour}"/>'
        )
        body.append(
            f'<text x="{label_w + float(share) * bar_w + 6:.1f}" y="{y + 19}" font-size="13" '
            f'fill="{_INK}">{_html(text)}</text>'
        )
    return _svg(chart_id, title, description, width, height, body)


# ---------------------------------------------------------------- the page


def _table(caption: str, headers: Sequence[str], rows: Sequence[Sequence[str]], numeric: set[int]) -> str:
    head = "".join(
        f'<th scope="col"{" class=n" if i in numeric else ""}>{_html(h)}</th>' for i, h in enumerate(headers)
    )
    lines = []
    for row in rows:
        cells = [f'<th scope="row">{_html(row[0])}</th>']
        cells += [f"<td{' class=n' if i in numeric else ''}>{_html(v)}</td>" for i, v in enumerate(row) if i]
        lines.append(f"<tr>{''.join(cells)}</tr>")
    body = "".join(lines)
    return f"<table><caption>{_html(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def report_html(results: Sequence[Result], assignment: Assignment) -> str:
    """The class report of one assignment, as one self-contained French HTML page."""
    name, on = assignment.name, format_number(assignment.total)
    graded = handed_in(results)
    totals = sorted(r.total for r in graded)
    mean = sum(totals, Decimal(0)) / len(totals) if totals else Decimal(0)
    middle = Decimal(median(totals)) if totals else Decimal(0)
    missing = sorted(r.student for r in results if r.status == "non rendu")
    outside = sorted(r.student for r in results if r.status == "hors liste")
    odd = sorted((r for r in graded if r.status != "corrigé"), key=lambda r: r.student)
    rates = success(results, assignment)
    errors = mistakes(results)
    first_message = {}
    for message, _n, _who in errors:
        for gid, *_ in rates:
            if message.startswith(f"{question_label(gid)} ") and gid not in first_message:
                first_message[gid] = message

    parts = [
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Rapport de correction — {_html(name)}</title><style>{_CSS}</style></head><body><main>",
        f"<h1>Rapport de correction — {_html(name)}</h1>",
        '<ul class="chiffres">',
        f"<li>Copies attendues ou reçues<strong>{len(results)}</strong></li>",
        f"<li>Copies rendues<strong>{len(graded)}</strong></li>",
        f"<li>Moyenne des rendus<strong>{_mark(mean)} / {on}</strong></li>",
        f"<li>Médiane des rendus<strong>{_mark(middle)} / {on}</strong></li>",
        f"<li>Non rendues<strong>{len(missing)}</strong></li>",
        "</ul>",
    ]

    weak = sorted((r for r in rates if r[3] and Decimal(r[2]) / r[3] < TO_EXPLAIN), key=lambda r: (r[2], r[0]))
    parts.append('<section aria-labelledby="s-reexpliquer"><h2 id="s-reexpliquer">À réexpliquer en priorité</h2>')
    if weak:
        parts.append('<div class="alerte"><p>Moins de la moitié des copies rendues réussissent :</p><ul>')
        for gid, points, ok, count in weak:
            hint = f" Erreur la plus fréquente : « {_html(first_message[gid])} »" if gid in first_message else ""
            parts.append(
                f"<li><strong>{_html(question_label(gid))}</strong> ({format_number(points)} pt) : "
                f"{plural(ok, 'réussite')} sur {count} ({_percent(ok, count)}).{hint}</li>"
            )
        parts.append("</ul></div>")
    elif graded:
        parts.append('<p class="ok">Chaque question est réussie par au moins la moitié des copies rendues.</p>')
    else:
        parts.append("<p>Aucune copie rendue : rien à analyser.</p>")
    parts.append("</section>")

    rows = distribution(graded, assignment.total)
    described = (
        f"{plural(len(graded), 'copie rendue', 'copies rendues')} : "
        + " ; ".join(f"{n} {r}" for r, n in rows if n)
        + "."
        if graded
        else "Aucune copie rendue."
    )
    parts += [
        '<section aria-labelledby="s-notes"><h2 id="s-notes">Répartition des notes</h2><figure>',
        f"<figcaption>Nombre de copies rendues par tranche de note (sur {on}). {_html(described)}</figcaption>",
        column_chart("graphe-notes", f"Répartition des notes sur {on}", described, rows),
        _table("Données du graphique", ["Note", "Copies"], [(r, str(n)) for r, n in rows], {1}),
        "</figure></section>",
    ]

    bars = [
        (label(gid).replace(" (vérification)", ""), Decimal(ok) / count if count else Decimal(0), _percent(ok, count))
        for gid, _p, ok, count in rates
    ]
    described = "; ".join(f"{b[0]} : {b[2]}" for b in bars) + "."
    parts += [
        '<section aria-labelledby="s-questions"><h2 id="s-questions">Réussite par question</h2><figure>',
        "<figcaption>Part des copies rendues qui obtiennent tous les points de la question "
        "(en rouge : moins de la moitié).</figcaption>",
        bar_chart("graphe-questions", "Taux de réussite par question", described, bars, percent=True),
        _table(
            "Données du graphique",
            ["Question", "Points", "Réussites", "Copies rendues", "Taux de réussite"],
            [
                (question_label(gid), format_number(p), str(ok), str(count), _percent(ok, count))
                for gid, p, ok, count in rates
            ],
            {1, 2, 3, 4},
        ),
        "</figure></section>",
    ]

    parts.append('<section aria-labelledby="s-erreurs"><h2 id="s-erreurs">Erreurs les plus fréquentes</h2>')
    if errors:
        top = errors[:TOP_MISTAKES]
        most = top[0][1]
        described = "; ".join(f"{m} : {plural(n, 'copie')}" for m, n, _ in top) + "."
        parts += [
            "<figure><figcaption>Les messages de correction reçus par le plus de copies "
            f"(les {len(top)} premiers ; tous figurent dans le tableau).</figcaption>",
            bar_chart(
                "graphe-erreurs",
                "Erreurs les plus fréquentes",
                described,
                [(m, Decimal(n) / most, f"{n} copie(s)") for m, n, _ in top],
                percent=False,
            ),
            _table(
                "Tous les messages, du plus fréquent au moins fréquent",
                ["Message", "Copies", "Étudiants"],
                [(m, str(n), ", ".join(who)) for m, n, who in errors],
                {1},
            ),
            "</figure>",
        ]
    else:
        parts.append("<p>Aucun message d'erreur dans les copies rendues.</p>")
    parts.append("</section>")

    parts.append('<section aria-labelledby="s-absents"><h2 id="s-absents">Copies non rendues</h2>')
    parts.append(
        f"<p>{len(missing)} étudiant(s) n'ont pas rendu de copie :</p><ul>"
        + "".join(f"<li>{_html(s)}</li>" for s in missing)
        + "</ul>"
        if missing
        else "<p>Tous les étudiants ont rendu une copie.</p>"
    )
    if outside:
        parts.append(
            "<p>Copies d'étudiants absents de la liste de classe (non notées) : " + _html(", ".join(outside)) + ".</p>"
        )
    parts.append("</section>")
    if odd:
        parts += [
            '<section aria-labelledby="s-regarder"><h2 id="s-regarder">Copies à regarder</h2>',
            "<p>Ces copies n'ont pas pu être corrigées entièrement ; leur retour dit pourquoi.</p>",
            _table(
                "Copies rendues dont la correction s'est arrêtée",
                ["Étudiant", "Statut", "Note"],
                [(r.student, r.status, f"{format_number(r.total)} / {on}") for r in odd],
                set(),
            ),
            "</section>",
        ]
    parts.append("</main></body></html>\n")
    return "".join(parts)


def write_report(results: Sequence[Result], assignment: Assignment, folder: Path) -> Path:
    """Write ``folder/rapport.html`` (through a temporary file and ``os.replace``); returns its path."""
    path = folder / REPORT_NAME
    write_atomically(path, report_html(results, assignment))
    return path


__all__ = [
    "NOT_HANDED",
    "REPORT_NAME",
    "TOP_MISTAKES",
    "TO_EXPLAIN",
    "bar_chart",
    "column_chart",
    "distribution",
    "handed_in",
    "mistakes",
    "report_html",
    "success",
    "write_report",
]
