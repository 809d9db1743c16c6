"""Student packages (``salesplan release``): one deterministic zip per assignment, or per student and assignment.

Same subject for everyone (the default): ``OUT/<devoir>.zip`` holds the
generated student notebook (``exercises/<devoir>.ipynb``, never the solution)
and the data files listed in the solution's metadata
(``metadata.salesplan.fichiers``, paths relative to ``exercises/``).

One subject per student (``--classe classe.csv``): ``OUT/<devoir>/<identifiant>.zip``
for each student of the class list, the notebook carrying that student's own
figures (:mod:`salesplan.tooling.grading_subjects`), and ``OUT/<devoir>/sujets.csv``
listing every student's figures for the teacher.

Entries are sorted, dated 1980-01-01 and given fixed permissions, so the same
sources give byte-identical zips.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from salesplan.errors import SalesplanValueError
from salesplan.tooling.assignments import (
    EXERCISES,
    SOLUTIONS,
    dumps_notebook,
    generate,
    read_notebook,
    solution_paths,
    student_notebook,
)
from salesplan.tooling.grading_subjects import draw_figures, read_class_list, with_figures

FIXED_DATE = (1980, 1, 1, 0, 0, 0)


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
    info.external_attr = 0o644 << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, data)


def _zip(target: Path, folder: str, notebook: tuple[str, bytes], files: list[str], exercises: Path) -> None:
    entries = {notebook[0]: notebook[1]}
    for name in files:
        source = exercises / name
        if not source.is_file():
            raise SalesplanValueError(f"{notebook[0]} : le fichier de données « {name} » manque dans exercises/.")
        entries[name] = source.read_bytes()
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w") as archive:
        for name in sorted(entries):
            _add(archive, f"{folder}/{name}", entries[name])


def release(
    *, out: Path, solutions: Path = SOLUTIONS, exercises: Path = EXERCISES, class_list: Path | None = None
) -> list[Path]:
    """Write the zips; refuse if exercises/ is out of date. Returns the zips written."""
    stale = generate(solutions=solutions, exercises=exercises, check=True)
    if stale:
        names = ", ".join(p.name for p in stale)
        raise SalesplanValueError(f"sujets non à jour ({names}) : lancez d'abord « salesplan generate ».")
    students = read_class_list(class_list) if class_list is not None else None
    written = []
    for path in solution_paths(solutions):
        solution = read_notebook(path)
        files = list(solution.get("metadata", {}).get("salesplan", {}).get("fichiers", []))
        if students is None:
            target = out / f"{path.stem}.zip"
            _zip(target, path.stem, (path.name, (exercises / path.name).read_bytes()), files, exercises)
            written.append(target)
            continue
        table = []
        for student in students:
            figures = draw_figures(solution, assignment=path.stem, seed=student.seed)
            nb = student_notebook(with_figures(solution, figures, assignment=path.stem), name=path.name)
            target = out / path.stem / f"{student.identifiant}.zip"
            _zip(target, path.stem, (path.name, dumps_notebook(nb).encode()), files, exercises)
            written.append(target)
            table.append([student.identifiant, *(str(figures[k]) for k in sorted(figures))])
        columns = sorted(draw_figures(solution, assignment=path.stem, seed="-"))
        lines = [";".join(["identifiant", *columns]), *(";".join(row) for row in table)]
        (out / path.stem / "sujets.csv").write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    return written


__all__ = ["FIXED_DATE", "release"]
