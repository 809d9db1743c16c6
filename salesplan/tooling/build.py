"""Build the course site with Jupyter Book 1, strictly (``-n -W --keep-going``).

Two editions: the student edition (``book/`` as it is, no solution anywhere)
and the teacher edition, built from a copy of ``book/`` with the teacher's
solution notebooks and teacher pages (``solutions/*.ipynb`` and ``solutions/*.md``,
e.g. the model answers of the interview chapters) added as a last part « Corrigés ».
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BOOK = ROOT / "book"
OUTPUT = BOOK / "_build" / "html"
TEACHER = BOOK / "_build" / "enseignant"
TEACHER_OUTPUT = TEACHER / "_build" / "html"
SOLUTIONS = ROOT / "solutions"
EDITIONS = ("etudiant", "enseignant")


def build_command(
    *,
    strict: bool = True,
    full: bool = False,
    source: Path = BOOK,
    output: Path | None = None,
    jobs: int | None = None,
) -> list[str]:
    """The command line used by ``salesplan build``, the tests and the benchmarks.

    jupyter-book's own, run by ``salesplan.tooling.run_book``: the pages are first
    executed in parallel (``jobs`` kernels at a time, default one per core).
    """
    command = [sys.executable, "-m", "salesplan.tooling.run_book"]
    if jobs is not None:
        command += ["--jobs", str(jobs)]
    command += ["build", str(source), "--builder", "html"]
    if output is not None:
        command += ["--path-output", str(output)]
    if strict:
        command += ["-n", "-W", "--keep-going"]
    if full:
        command.append("--all")
    return command


def teacher_source() -> Path:
    """A copy of ``book/`` plus the solutions as a part « Corrigés (enseignants) »; returns its folder.

    The part lists the teacher-only pages of ``solutions/*.md`` (model answers), then the solution notebooks.
    """
    source = TEACHER / "source"
    if source.exists():
        shutil.rmtree(source)
    shutil.copytree(BOOK, source, ignore=shutil.ignore_patterns("_build", ".ipynb_checkpoints"))
    corriges = source / "corriges"
    corriges.mkdir()
    names = []
    for page in sorted(SOLUTIONS.glob("*.md")):  # teacher-only pages (model answers to the reflection questions)
        shutil.copy2(page, corriges / page.name)
        names.append(page.stem)
    for notebook in sorted(SOLUTIONS.glob("*.ipynb")):
        shutil.copy2(notebook, corriges / notebook.name)
        names.append(notebook.stem)
    config = source / "_config.yml"
    text = config.read_text(encoding="utf-8")
    marker = "  config:\n"
    if marker not in text:
        raise ValueError("book/_config.yml: no `sphinx: config:` section to extend")
    text = text.replace(marker, f"{marker}    offline_node_modules: {ROOT / 'node_modules'}\n", 1)
    config.write_text(text, encoding="utf-8")
    chapters = "".join(f"      - file: corriges/{name}\n" for name in names)
    with (source / "_toc.yml").open("a", encoding="utf-8") as toc:
        toc.write(f"  - caption: Corrigés (enseignants)\n    chapters:\n{chapters}")
    return source


def build_site(
    *, strict: bool = True, full: bool = False, edition: str = "etudiant", jobs: int | None = None, pdf: bool = False
) -> int:
    """Run the build of one edition; return its exit code (0 when the site is complete).

    With ``pdf``, then print the edition's PDF: ``cours.pdf`` (student) or ``corriges.pdf`` (teacher).
    """
    if edition == "enseignant":
        source, output, where = teacher_source(), TEACHER, TEACHER_OUTPUT
    else:
        source, output, where = BOOK, None, OUTPUT
    command = build_command(strict=strict, full=full, source=source, output=output, jobs=jobs)
    result = subprocess.run(command, cwd=ROOT, check=False)
    if result.returncode == 0:
        print(f"Site construit ({edition}) : {where / 'index.html'}")
        if pdf:
            from salesplan.tooling.pdf import student_pdf, teacher_pdf

            printed = teacher_pdf() if edition == "enseignant" else student_pdf()
            print(f"PDF écrit : {printed.path} ({printed.pages} pages)")
    return result.returncode


__all__ = [
    "BOOK",
    "EDITIONS",
    "OUTPUT",
    "ROOT",
    "SOLUTIONS",
    "TEACHER",
    "TEACHER_OUTPUT",
    "build_command",
    "build_site",
    "teacher_source",
]
