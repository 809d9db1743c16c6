"""The notebooks run as stored: nbval on solutions/ and notebooks/ (outputs compared), nbval-lax on exercises/.

One ``pytest`` runs everything: each folder is checked by a child pytest with the
nbval plugin, so the kernels and the output comparison stay out of this process.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from salesplan.tooling.build import ROOT

pytestmark = pytest.mark.kernel

SANITIZE = Path(__file__).with_name("nbval_sanitize.cfg")
FOLDERS = [("solutions", "--nbval"), ("notebooks", "--nbval"), ("exercises", "--nbval-lax")]


def nbval(folder: Path, mode: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=", mode]
    command += ["--sanitize-with", str(SANITIZE), "--nbval-kernel-name", "python3", str(folder)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


@pytest.mark.parametrize(("folder", "mode"), FOLDERS, ids=[f for f, _ in FOLDERS])
def test_notebooks_run_as_stored(folder: str, mode: str) -> None:
    path = ROOT / folder
    if not any(path.glob("**/*.ipynb")):
        assert folder == "notebooks", f"{folder}/ ne contient aucun carnet"
        return
    result = nbval(path, mode)
    assert result.returncode == 0, f"{mode} {folder}/ :\n{result.stdout[-6000:]}\n{result.stderr[-3000:]}"


def test_nbval_catches_a_changed_output(tmp_path: Path) -> None:
    stored = (ROOT / "solutions" / "montant_commande.ipynb").read_text(encoding="utf-8")
    (tmp_path / "faux.ipynb").write_text(stored.replace("Montant brut HT : 3", "Montant brut HT : 9"), encoding="utf-8")
    result = nbval(tmp_path, "--nbval")
    assert result.returncode == 1 and "faux.ipynb" in result.stdout
