"""Small helpers for the book's pages (executed chapters): glue computed text, show catalogues and tables.

Chapters import these instead of redefining them, so a page's code stays what
it teaches. ``IPython`` is imported only when glueing.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from salesplan.values import format_number

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from salesplan.concepts import Catalogue


GLUE_PREFIX = "application/papermill.record/"

__all__ = ["GLUE_PREFIX", "concept_table", "french_numbers", "glue", "glue_markdown"]


def glue(name: str, value: object, display: bool = True) -> None:
    """Make a computed value available to the prose (``{glue}`name```), as ``myst_nb.glue`` does.

    The same output (mime types prefixed ``application/papermill.record/``, metadata
    ``scrapbook``), without importing ``myst_nb.ext.glue``: that module imports
    ``nbformat`` and through it ``jsonschema``'s format checkers, two seconds of
    start-up in every chapter's kernel.
    """
    from IPython.core.formatters import format_display_data
    from IPython.display import display as show

    bundle, metadata = format_display_data(value)  # type: ignore[no-untyped-call]
    prefix = "" if display else GLUE_PREFIX
    metadata["scrapbook"] = {"name": name, "mime_prefix": prefix}
    show({prefix + mime: data for mime, data in bundle.items()}, raw=True, metadata=metadata)  # type: ignore[no-untyped-call]


def glue_markdown(name: str, text: object) -> None:
    """Make a computed text available to the prose as ``{glue:md}`name```."""
    from IPython.display import Markdown

    glue(name, Markdown(str(text)), display=False)  # type: ignore[no-untyped-call]


def concept_table(catalogue: Catalogue[Any], columns: Sequence[str] = ("définition", "exemple")) -> pd.DataFrame:
    """A catalogue of the library, one row per notion, indexed by its French label."""
    return catalogue.to_frame().set_index("libellé")[list(columns)]


def french_numbers(table: pd.DataFrame) -> pd.DataFrame:
    """The same table with its numbers written the French way (``1 234,5``); text is left as it is."""
    return table.map(
        lambda v: (
            format_number(v, decimals=2) if isinstance(v, int | float | Decimal) and not isinstance(v, bool) else v
        )
    )
