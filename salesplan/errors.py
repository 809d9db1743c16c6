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


class MissingDependencyError(SalesplanError, ImportError):
    """An optional package (pandas, matplotlib...) that a table or chart needs is not installed."""


def show(value: object) -> str:
    """Render a bad value for an error message (short, with quotes for text).

    Never fails and never takes long: a long text is cut before it is quoted,
    a huge whole number is described by its number of digits.
    """
    if isinstance(value, str):
        text = repr(value[:61])
    elif isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 200:
        text = (
            f"un nombre entier de {len(str(abs(value))) if value.bit_length() < 13_000 else 'plus de 4 000'} chiffres"
        )
    else:
        try:
            text = str(value)
        except Exception:  # a broken __str__, an int beyond the str() limit...
            text = f"<{type(value).__name__}>"
    return text if len(text) <= 60 else text[:57] + "..."


__all__ = [
    "LegalLimitError",
    "MissingDependencyError",
    "SalesplanError",
    "SalesplanTypeError",
    "SalesplanValueError",
    "UnknownCodeError",
    "show",
]
