"""A school on nbgrader can use the solution notebooks as they are: `nbgrader generate_assignment` accepts them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from salesplan.tooling.assignments import solution_fingerprints, solution_paths

pytestmark = pytest.mark.kernel


@pytest.mark.parametrize("solution", solution_paths(), ids=lambda p: p.stem)
def test_nbgrader_generates_the_student_version(solution: Path, tmp_path: Path) -> None:
    source = tmp_path / "source" / solution.stem
    source.mkdir(parents=True)
    shutil.copy2(solution, source / solution.name)
    bin_dir = str(Path(sys.executable).parent)  # nbgrader runs alembic from PATH
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    command = [str(Path(bin_dir) / "nbgrader"), "generate_assignment", solution.stem]
    result = subprocess.run(
        [*command, f"--CourseDirectory.root={tmp_path}"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    released = (tmp_path / "release" / solution.stem / solution.name).read_text(encoding="utf-8")
    hidden = [f for f in solution_fingerprints(solution) if f.startswith("assert") or " = " in f]
    assert "BEGIN HIDDEN TESTS" not in released and "BEGIN SOLUTION" not in released
    leaked = [line for line in hidden if line in released]
    assert not leaked, leaked
