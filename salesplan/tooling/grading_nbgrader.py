"""What the course adds to nbgrader: feedback that shows no hidden check and no English error.

``nbgrader generate_feedback`` shows students their autograded notebook, in
which nbgrader has put back the hidden checks and kept the tracebacks (whose
lines quote those checks). The course's ``nbgrader_config.py`` (see
:func:`salesplan.tooling.assignments.nbgrader_settings`) adds nbgrader's own
``ClearHiddenTests`` to the feedback, then :class:`HideCheckDetails`, which
replaces each error of a check cell by one French sentence (the ``assert``
message, or the kind of problem), without code.
"""

from __future__ import annotations

from typing import Any

from nbconvert.preprocessors import Preprocessor
from traitlets import Bool

from salesplan.tooling.grading_checks import french_error


def french_failure(output: dict[str, Any]) -> str:
    """The French sentence for one error output of a check cell."""
    name, value = str(output.get("ename", "")), str(output.get("evalue", ""))
    if name == "AssertionError" and value:
        return f"Vérification non réussie : {value}"
    if name == "AssertionError":
        return "Vérification non réussie : réponse inexacte."
    if name.startswith("Salesplan") and value:
        return f"Vérification non réussie : valeur illisible ({value})"
    return f"Vérification non réussie : {french_error(name)}."


class HideCheckDetails(Preprocessor):
    """Replace the error outputs of nbgrader check cells by a French sentence (no traceback, no code)."""

    enabled = Bool(True).tag(config=True)

    def preprocess_cell(self, cell: Any, resources: Any, index: int) -> tuple[Any, Any]:
        grader = cell.get("metadata", {}).get("nbgrader", {})
        if cell.get("cell_type") == "code" and grader.get("grade"):
            outputs = []
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    output = {"output_type": "stream", "name": "stderr", "text": french_failure(output) + "\n"}
                outputs.append(output)
            cell["outputs"] = outputs
        return cell, resources


__all__ = ["HideCheckDetails", "french_failure"]
