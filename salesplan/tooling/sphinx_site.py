"""Sphinx extension: fixes to the theme and the bibliography found by the browser tests (axe-core).

- Theme components are overridden (``site_templates/``): the search button's
  accessible name is its visible text, the colour-mode icons are hidden from
  assistive technology (axe: ``label-content-name-mismatch``); the sidebar
  toggles and the course menu get French tooltips and names (the theme's
  « Toggle primary sidebar », « Main » are not translated), and the search box
  says « Rechercher dans le cours… » instead of Jupyter Book's English default.
- A favicon (``site_static/favicon.svg``): without one, browsers ask for
  ``/favicon.ico`` and get a 404.
- ``site_static/site.css`` on every page: long inline code and headings wrap
  on a phone (390 px) instead of making the page scroll sideways.
- Bibliography entries get ``role="listitem"`` inside docutils' ``role="list"``
  (``doc-biblioentry`` is deprecated; axe: ``aria-required-children``), and
  myst-nb's « Afficher le code » toggles lose their English ``aria-label``
  (their name is then their visible French text).
- MathJax (1,2 Mo) only on pages that hold math: Sphinx also loads it on the
  home page, whose table of contents includes a page with equations.
- A French bibliography style, ``salesplan_fr``: numbered labels ([12] rather
  than [Codedlconsommation26c]), « et » between authors, titles kept as written
  (pybtex lowercases « Article L221-18 » to « Article l221-18 »).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docutils import nodes  # type: ignore[import-untyped, unused-ignore]
from pybtex.plugin import register_plugin  # type: ignore[import-untyped]
from pybtex.style.formatting.unsrt import Style as UnsrtStyle  # type: ignore[import-untyped]
from pybtex.style.template import field, href, names, sentence, words  # type: ignore[import-untyped]
from sphinx.application import Sphinx
from sphinx.config import Config

HERE = Path(__file__).resolve().parent
STATIC = HERE / "site_static"
TEMPLATES = HERE / "site_templates"
THEME_SEARCH_TEXT = "Search this book..."
BIB_STYLE = "salesplan_fr"


class FrenchStyle(UnsrtStyle):  # type: ignore[misc]
    """pybtex's ``unsrt`` with numbered labels, French conjunctions and titles left as written."""

    default_label_style = "number"

    def format_names(self, role: str, as_sentence: bool = True) -> Any:
        formatted = names(role, sep=", ", sep2=" et ", last_sep=" et ")
        return sentence[formatted] if as_sentence else formatted

    def format_title(self, e: Any, which_field: str, as_sentence: bool = True) -> Any:
        formatted = field(which_field)
        return sentence[formatted] if as_sentence else formatted

    def format_url(self, e: Any) -> Any:
        url = field("url", raw=True)
        return words["En ligne\u00a0:", href(url)[url]]


def _configure(app: Sphinx, config: Config) -> None:
    config.templates_path = [str(TEMPLATES), *config.templates_path]
    config.html_static_path = [*config.html_static_path, str(STATIC)]
    if not config.html_favicon:
        config.html_favicon = str(STATIC / "favicon.svg")
    options = dict(config.html_theme_options or {})
    if options.get("search_bar_text", THEME_SEARCH_TEXT) == THEME_SEARCH_TEXT:  # Jupyter Book's English default
        options["search_bar_text"] = "Rechercher dans le cours…"
        config.html_theme_options = options
    if "bibtex_default_style" in config and config.bibtex_default_style == "alpha":
        config.bibtex_default_style = BIB_STYLE


BODY_FIXES = (
    ('role="doc-biblioentry"', 'role="listitem"'),
    ('<summary aria-label="Toggle hidden content">', "<summary>"),
)


def _fix_body(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    body = context.get("body")
    if isinstance(body, str):
        for old, new in BODY_FIXES:
            body = body.replace(old, new)
        context["body"] = body


def _mathjax_only_with_math(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    if doctree is None or any(doctree.findall(lambda n: isinstance(n, (nodes.math, nodes.math_block)))):
        return
    scripts = context.get("script_files")
    if scripts is None:
        return
    mathjax = str(app.config.mathjax_path)
    scripts[:] = [
        s
        for s in scripts
        if mathjax not in str(getattr(s, "filename", s) or "")
        and "window.MathJax" not in str(getattr(s, "attributes", {}).get("body", ""))
    ]


def setup(app: Sphinx) -> dict[str, Any]:
    register_plugin("pybtex.style.formatting", BIB_STYLE, FrenchStyle)
    app.connect("config-inited", _configure, priority=100)
    app.add_css_file("site.css")  # site_static/site.css: long inline code wraps on a phone
    app.connect("html-page-context", _fix_body)
    app.connect("html-page-context", _mathjax_only_with_math, priority=800)  # after sphinx.ext.mathjax (500)
    return {"parallel_read_safe": True, "parallel_write_safe": True}


__all__ = ["BIB_STYLE", "BODY_FIXES", "HERE", "STATIC", "TEMPLATES", "THEME_SEARCH_TEXT", "FrenchStyle", "setup"]
