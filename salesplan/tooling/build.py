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
    *, strict: bool = True, full: bool = False, source: Path = BOOK, output: Path | None = None
) -> list[str]:
    """The jupyter-book command line used by ``salesplan build`` and the tests."""
    command = [str(Path(sys.executable).with_name("jupyter-book")), "build", str(source), "--builder", "html"]
    if output is not None:
        command += ["--path-output", str(output)]
    if strict:
        command += ["-n", "-W", "--keep-going"]
    if full:
        command.append("--all")
    return command


def teacher_source() -> Path:
    """A copy of ``book/`` plus the solutions as a part « Corrigés (enseignants) »; returns its folder."""
    source = TEACHER / "source"
    if source.exists():
        shutil.rmtree(source)
    shutil.copytree(BOOK, source, ignore=shutil.ignore_patterns("_build", ".ipynb_checkpoints"))
    corriges = source / "corriges"
    corriges.mkdir()
    names = []
    for page in sorted([*SOLUTIONS.glob("*.ipynb"), *SOLUTIONS.glob("*.md")]):
        shutil.copy2(page, corriges / page.name)
        names.append(page.stem)
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


def build_site(*, strict: bool = True, full: bool = False, edition: str = "etudiant") -> int:
    """Run the build of one edition; return its exit code (0 when the site is complete)."""
    if edition == "enseignant":
        command = build_command(strict=strict, full=full, source=teacher_source(), output=TEACHER)
        where = TEACHER_OUTPUT
    else:
        command, where = build_command(strict=strict, full=full), OUTPUT
    result = subprocess.run(command, cwd=ROOT, check=False)
    if result.returncode == 0:
        print(f"Site construit ({edition}) : {where / 'index.html'}")
    return result.returncode
