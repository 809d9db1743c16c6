"""Small helpers for the book's pages (executed chapters): glue computed text, show catalogues and tables.

Chapters import these instead of redefining them, so a page's code stays what
it teaches: no chapter cell defines a function or a class
(``tests/test_chapter_imports.py``). A helper a new page needs is added here,
with a literal test in ``tests/test_pages.py``. ``IPython`` and ``pandas`` are
imported only when a helper is called.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar

from salesplan.errors import SalesplanTypeError, show
from salesplan.values import format_number

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from IPython.display import Markdown

    from salesplan.concepts import Concept, TechniqueConclusion
    from salesplan.paiement import Controle


_Notion = TypeVar("_Notion", bound="Concept")
GLUE_PREFIX = "application/papermill.record/"

__all__ = [
    "GLUE_PREFIX",
    "compliance_table",
    "concept_table",
    "definition_markdown",
    "details_list",
    "dialogues_markdown",
    "french_numbers",
    "glue",
    "glue_markdown",
    "parameter_text",
]


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


def concept_table(concepts: Iterable[Concept], columns: Sequence[str] = ("définition", "exemple")) -> pd.DataFrame:
    """Notions of the library (a catalogue, or some of its concepts), one row each, indexed by their French label.

    >>> from salesplan.concepts import TRAITS_CIBLES
    >>> table = concept_table(t for t in TRAITS_CIBLES if t.cible == "cse")
    >>> table.index.name, list(table.columns), len(table)
    ('libellé', ['définition', 'exemple'], 6)
    """
    from salesplan.concepts import Catalogue

    catalogue = concepts if isinstance(concepts, Catalogue) else Catalogue("extrait", tuple(concepts))
    return catalogue.to_frame().set_index("libellé")[list(columns)]


# Chapter helpers: a page shows notions, legal figures and checks through these, never through code of its own.


def _notion(value: object, kind: type[_Notion]) -> _Notion:
    """``value`` if it is a notion of the library of this ``kind``, else a French error naming it."""
    if not isinstance(value, kind):
        raise SalesplanTypeError(
            f"{show(value)} n'est pas une notion {kind.__name__} de salesplan.concepts : "
            'prenez-la dans son catalogue, par exemple REPERES["micro_entreprises_majoritaires"].'
        )
    return value


def _markdown(text: str) -> Markdown:
    from IPython.display import Markdown

    return Markdown(text)  # type: ignore[no-untyped-call]


def details_list(concept: Concept) -> Markdown:
    """The ``details`` of a notion (the headings of a customer file...) as a Markdown bullet list.

    >>> from salesplan.concepts import Concept
    >>> print(details_list(Concept("c", "Fiche", "", "", details=("Raison sociale", "SIREN"))).data)
    - Raison sociale
    - SIREN
    """
    from salesplan.concepts import Concept

    return _markdown("\n".join(f"- {detail}" for detail in _notion(concept, Concept).details))


def definition_markdown(concept: Concept) -> Markdown:
    """A notion's definition then its example, in Markdown (« *Exemple :* … »).

    >>> from salesplan.concepts import Concept
    >>> print(definition_markdown(Concept("c", "C", "Une définition.", "Un exemple.")).data)
    Une définition.
    <BLANKLINE>
    *Exemple :* Un exemple.
    """
    from salesplan.concepts import Concept

    concept = _notion(concept, Concept)
    return _markdown(f"{concept.definition}\n\n*Exemple :* {concept.exemple}")


def dialogues_markdown(techniques: Iterable[TechniqueConclusion]) -> Markdown:
    """Each closing technique in bold with its definition, then its sample exchange as a quotation."""
    from salesplan.concepts import TechniqueConclusion

    blocks = []
    for item in techniques:
        technique = _notion(item, TechniqueConclusion)
        repliques = "\n>\n".join(f"> {replique}" for replique in technique.exemple_dialogue)
        blocks.append(f"**{technique.libelle}.** {technique.definition}\n\n{repliques}\n")
    return _markdown("\n".join(blocks))


def parameter_text(code: str, *, date: object = None) -> str:
    """A figure of the dated parameter table as a sentence reads it: ``10 personnes``, ``2 millions d'euros``.

    >>> parameter_text("micro_plafond", date="26/11/2026"), parameter_text("cse_seuil", date="26/11/2026")
    ("2 millions d'euros", '11 salariés')
    """
    from salesplan import parametres

    row = parametres.parametre(code, date=date)
    figure = format_number(row.valeur, decimals=2)
    if row.unite == "M€":
        return f"{figure} millions d'euros"
    return f"{figure} {row.unite}"


def compliance_table(
    checks: Iterable[tuple[str, Callable[[], Controle]]], *, heading: str = "clause du projet"
) -> pd.DataFrame:
    """Run legal checks (``paiement.verifier_*``) and tabulate them: « conforme » oui/non and the explanation.

    Each check is a label and a function without argument; a check that raises
    :class:`~salesplan.errors.LegalLimitError` is « non » with the error's French message.
    """
    import pandas as pd

    from salesplan.errors import LegalLimitError

    rows = []
    for item in checks:
        if not (isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str) and callable(item[1])):
            raise SalesplanTypeError(
                f"contrôle : {show(item)} doit être un couple (intitulé, fonction sans argument), "
                'par exemple ("Paiement à 30 jours", lambda: paiement.verifier_delai("30 jours")).'
            )
        label, check = item
        try:
            explication, conforme = check().expliquer(), "oui"
        except LegalLimitError as erreur:
            explication, conforme = str(erreur), "non"
        rows.append({heading: label, "conforme": conforme, "explication": explication})
    return pd.DataFrame(rows, columns=[heading, "conforme", "explication"]).set_index(heading)


def french_numbers(table: pd.DataFrame) -> pd.DataFrame:
    """The same table with its numbers written the French way (``1 234,5``); text is left as it is."""
    return table.map(
        lambda v: (
            format_number(v, decimals=2) if isinstance(v, int | float | Decimal) and not isinstance(v, bool) else v
        )
    )
