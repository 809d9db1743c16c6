"""Student packages (``salesplan release``): one deterministic zip per assignment.

Each zip holds the generated student notebook (``exercises/<name>.ipynb``, never
the solution) and the data files listed in the solution's metadata
(``metadata.salesplan.fichiers``, paths relative to ``exercises/``). Entries are
sorted, dated 1980-01-01 and given fixed permissions, so the same sources give
byte-identical zips.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from salesplan.errors import SalesplanValueError
from salesplan.tooling.assignments import EXERCISES, SOLUTIONS, generate, read_notebook, solution_paths

FIXED_DATE = (1980, 1, 1, 0, 0, 0)


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
    info.external_attr = 0o644 << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, data)


def release(*, out: Path, solutions: Path = SOLUTIONS, exercises: Path = EXERCISES) -> list[Path]:
    """Write ``out/<assignment>.zip`` for each solution notebook; refuse if exercises/ is out of date."""
    stale = generate(solutions=solutions, exercises=exercises, check=True)
    if stale:
        names = ", ".join(p.name for p in stale)
        raise SalesplanValueError(f"sujets non à jour ({names}) : lancez d'abord « salesplan generate ».")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for path in solution_paths(solutions):
        files = read_notebook(path).get("metadata", {}).get("salesplan", {}).get("fichiers", [])
        target = out / f"{path.stem}.zip"
        with zipfile.ZipFile(target, "w") as archive:
            for name in sorted({path.name, *files}):
                source = exercises / name
                if not source.is_file():
                    raise SalesplanValueError(f"{path.name} : le fichier de données « {name} » manque dans exercises/.")
                _add(archive, f"{path.stem}/{name}", source.read_bytes())
        written.append(target)
    return written
