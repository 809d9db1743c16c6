"""Re-run the stored notebooks (case studies, teacher solutions) and save their outputs deterministically.

``pytest --nbval`` compares the stored outputs with a fresh run, so after a
change in the library the stored outputs must be refreshed: ``salesplan
execute``. Volatile metadata (execution timestamps) is dropped and the JSON is
written the same way every time, so an unchanged notebook gives no diff.
"""

from __future__ import annotations

from pathlib import Path

from salesplan.tooling.assignments import SOLUTIONS, dumps_notebook, read_notebook
from salesplan.tooling.build import ROOT

NOTEBOOKS = ROOT / "notebooks"
FOLDERS = (NOTEBOOKS, SOLUTIONS)
TIMEOUT = 120
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def _outputs_compared(path: Path) -> bool:
    """False for a notebook whose every code cell is tagged ``nbval-ignore-output`` (kept without outputs)."""
    cells = [c for c in read_notebook(path).get("cells", []) if c.get("cell_type") == "code"]
    return not all("nbval-ignore-output" in c.get("metadata", {}).get("tags", []) for c in cells)


def stored_notebooks(folders: tuple[Path, ...] = FOLDERS) -> list[Path]:
    """The notebooks whose outputs are stored and compared by nbval (the simulators' are not: widgets)."""
    return sorted(p for folder in folders for p in folder.glob("*.ipynb") if _outputs_compared(p))


def execute_notebook(path: Path, *, timeout: int = TIMEOUT) -> bool:
    """Run ``path`` in its own folder and save it; True when its text changed."""
    import nbformat
    from nbclient import NotebookClient

    before = path.read_text(encoding="utf-8")
    nb = nbformat.reads(before, as_version=4)  # type: ignore[no-untyped-call]
    NotebookClient(
        nb, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if any(WIDGET_VIEW in output.get("data", {}) for output in cell.get("outputs", [])):
            cell.outputs = []  # live widgets: random model ids, and nothing runs behind them once saved
    nb.metadata.get("language_info", {}).pop("version", None)  # the machine's, not the notebook's
    nb.metadata.pop("widgets", None)
    after = dumps_notebook(nb)
    path.write_text(after, encoding="utf-8")
    return after != before


def execute_all(paths: list[Path] | None = None) -> list[Path]:
    """Run every stored notebook (or ``paths``); return those whose stored text changed."""
    return [p for p in (paths or stored_notebooks()) if execute_notebook(p)]


__all__ = ["FOLDERS", "NOTEBOOKS", "TIMEOUT", "WIDGET_VIEW", "execute_all", "execute_notebook", "stored_notebooks"]
