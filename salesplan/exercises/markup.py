"""The simple inline markup of prompts and explanations, rendered as HTML.

``**gras**``, ``*italique*`` and line breaks; everything else is text (escaped).
Both renderers (site and widgets) use :func:`to_html`.
"""

from __future__ import annotations

import html
import re

_STRONG = re.compile(r"\*\*(.+?)\*\*")
_EM = re.compile(r"\*(.+?)\*")


def to_html(text: str) -> str:
    """HTML of a prompt: escaped text, ``**bold**``, ``*italic*``, newlines as ``<br>``.

    >>> to_html("Prix **HT** < 100 €\\n*hors* port")
    'Prix <strong>HT</strong> &lt; 100 €<br>\\n<em>hors</em> port'
    """
    escaped = html.escape(text, quote=False)
    escaped = _STRONG.sub(r"<strong>\1</strong>", escaped)
    escaped = _EM.sub(r"<em>\1</em>", escaped)
    return escaped.replace("\n", "<br>\n")


def to_text(text: str) -> str:
    """The prompt without markup (for plain-text displays).

    >>> to_text("Prix **HT**")
    'Prix HT'
    """
    return _EM.sub(r"\1", _STRONG.sub(r"\1", text))


__all__ = ["to_html", "to_text"]
