"""Every public function of the library refuses nonsense with a French SalesplanError.

A sweep over the public API: each function is called with the same bad value
in every required parameter, and must answer with an error of the
``SalesplanError`` family (never a bare ``TypeError``, ``KeyError`` or
``decimal.InvalidOperation`` from deep inside). The modules' own tests check
each message in detail; this one makes sure no public function was forgotten.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Iterator

import pytest
from test_hostile_input import CORE_MODULES

from salesplan import SalesplanError

MODULES = CORE_MODULES  # the same sweep list as the hostile-input property test
# show() renders any value for a message (it never refuses); to_frame() takes no input.
# The formatting helpers (round_cent, percent, format_*, plural) are input-facing too (issue #13).
NOT_INPUT_FACING = {"to_frame", "show"}
BAD_VALUES = (float("nan"), True, object())
# Functions for which one of the bad values above is a legitimate input.
LEGITIMATE = {"to_bool": (bool,)}


def public_functions() -> Iterator[tuple[str, Callable[..., object]]]:
    for name in MODULES:
        module = importlib.import_module(name)
        for attr in module.__all__:  # every module declares its public names
            obj = getattr(module, attr)
            if not inspect.isfunction(obj) or attr in NOT_INPUT_FACING:
                continue
            if not obj.__module__.startswith(name):
                continue  # imported from elsewhere, tested there
            if not inspect.signature(obj).parameters:
                continue  # takes no input, so has nothing to refuse
            yield f"{name}.{attr}", obj


def bad_call(func: Callable[..., object], bad: object) -> tuple[list[object], dict[str, object]]:
    """The bad value in every required parameter; in every parameter when none is required."""
    params = [p for p in inspect.signature(func).parameters.values() if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
    chosen = [p for p in params if p.default is inspect.Parameter.empty] or params
    args = [bad for p in chosen if p.kind is p.POSITIONAL_ONLY]
    kwargs = {p.name: bad for p in chosen if p.kind is not p.POSITIONAL_ONLY}
    return args, kwargs


FUNCTIONS = sorted(public_functions())


def test_the_sweep_sees_the_whole_api() -> None:
    names = {name.rsplit(".", 1)[1] for name, _ in FUNCTIONS}
    for expected in ("calculer_commande", "taux_de_marque", "date_echeance", "annuite_constante", "note_prix"):
        assert expected in names
    for expected in ("round_cent", "percent", "format_percent", "format_date", "plural", "choose"):
        assert expected in names


@pytest.mark.parametrize("bad", BAD_VALUES, ids=["nan", "bool", "object"])
@pytest.mark.parametrize(("name", "func"), FUNCTIONS, ids=[name for name, _ in FUNCTIONS])
def test_bad_input_is_a_french_salesplan_error(name: str, func: Callable[..., object], bad: object) -> None:
    if isinstance(bad, LEGITIMATE.get(func.__name__, ())):
        bad = float("nan")
    args, kwargs = bad_call(func, bad)
    with pytest.raises(SalesplanError) as info:
        func(*args, **kwargs)
    assert str(info.value).strip(), name
