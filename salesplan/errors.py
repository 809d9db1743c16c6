"""Errors raised by salesplan: one family, French messages naming the bad value.

Every error derives from :class:`SalesplanError` *and* from the matching
built-in exception, so ``except ValueError`` keeps working for callers who do
not know the library.
"""

from __future__ import annotations


class SalesplanError(Exception):
    """Base of every error raised on purpose by salesplan."""


class SalesplanValueError(SalesplanError, ValueError):
    """A value of the right type but not acceptable (negative, out of range...)."""


class SalesplanTypeError(SalesplanError, TypeError):
    """A value of a type the function does not accept (bool, list...)."""


class UnknownCodeError(SalesplanValueError, LookupError):
    """A concept or option code that does not exist; the message suggests one."""


class LegalLimitError(SalesplanValueError):
    """Agreed terms that break a legal rule (for example L441-10 payment caps)."""


def show(value: object) -> str:
    """Render a bad value for an error message (short, with quotes for text)."""
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."
