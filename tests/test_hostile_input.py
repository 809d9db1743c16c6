"""The library never hangs and never shows a raw Python error (issue #13).

Two parts:

* named cases: every way in found so far (a huge text, a huge whole number,
  a duration of a million years, a date at the end of the calendar, a
  retention rate of 0 %, ``ignorer=None``...) gets a French error of the
  ``SalesplanError`` family, at once;
* a property test over every public function and input class of the core
  (found through each module's ``__all__``): hypothesis draws hostile values
  for every parameter (None, NaN, ±inf, huge and tiny Decimals, booleans,
  long texts, wrong shapes, impossible dates, endless iterators), each call
  runs in a worker thread with a deadline, and the only outcomes allowed are
  a result without NaN or an error of the ``SalesplanError`` family.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import inspect
import itertools
import threading
import time
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salesplan import SalesplanError
from salesplan.commande import prix_degressif
from salesplan.fidelite import valeur_vie_client
from salesplan.financement import annuite_constante, tableau_amortissement
from salesplan.lead_scoring import score_prospect
from salesplan.paiement import date_echeance
from salesplan.values import (
    format_date,
    format_euros,
    format_number,
    format_percent,
    parse_number,
    percent,
    plural,
    round_cent,
    to_count,
    to_date,
    to_decimal,
)

CORE_MODULES = (
    "salesplan.errors",
    "salesplan.optional",
    "salesplan.values",
    "salesplan.parametres",
    "salesplan.entreprises",
    "salesplan.commande",
    "salesplan.marges",
    "salesplan.paiement",
    "salesplan.retractation",
    "salesplan.facture",
    "salesplan.financement",
    "salesplan.financement._base",
    "salesplan.financement.emprunt",
    "salesplan.financement.credit_bail",
    "salesplan.financement.escompte",
    "salesplan.financement.comparaison",
    "salesplan.marches_publics",
    "salesplan.grille",
    "salesplan.lead_scoring",
    "salesplan.fidelite",
    "salesplan.concepts",
    "salesplan.concepts._catalogue",
    "salesplan.concepts._types",
)
# Classes a user fills in (their constructor checks its input); other classes are results.
INPUT_CLASSES = {"Ligne", "LigneFacture", "Facture", "ReglesScoring"}
DEADLINE = 5.0  # seconds per call, generous: the machine is shared


class _Long(str):
    """A long text that hypothesis reports in a few characters."""

    def __repr__(self) -> str:
        return f"<texte de {len(self)} caractères commençant par {str.__repr__(self[:5])}>"


HUGE_TEXT = _Long("1" * 1_000_000)
HUGE_INT = int("1" * 4000) * 10**996_000  # a whole number of a million digits, built once


def _public_callables() -> Iterator[tuple[str, Callable[..., object]]]:
    seen: set[int] = set()
    for name in CORE_MODULES:
        module = importlib.import_module(name)
        for attr in module.__all__:
            obj = getattr(module, attr)
            wanted = inspect.isfunction(obj) or (inspect.isclass(obj) and attr in INPUT_CLASSES)
            if not wanted or id(obj) in seen or not inspect.signature(obj).parameters:
                continue
            seen.add(id(obj))
            yield f"{obj.__module__}.{attr}", obj


CALLABLES = sorted(_public_callables())

_FIXED: list[object] = [
    None,
    True,
    False,
    float("nan"),
    float("inf"),
    float("-inf"),
    Decimal("NaN"),
    Decimal("sNaN"),
    Decimal("Infinity"),
    Decimal("-Infinity"),
    Decimal("1E+999999"),
    Decimal("1E-999999"),
    Decimal("0E-1000"),
    10**400,
    HUGE_INT,
    -(10**400),
    10**15,
    HUGE_TEXT,
    _Long("1" + "%" * 300_000),
    "",
    " ",
    "abc",
    "1.2.3",
    "١٢٣",
    "31/12/9999",
    "31/12/2199",
    "30/02/2027",
    "2027-W11-3",
    "999 jours",
    "45 jours fin de mois",
    "comptant",
    "12,5",
    "-12,5",
    "15/01/2027",
    dt.date(2027, 1, 15),
    dt.date.max,
    dt.date.min,
    dt.datetime(9999, 12, 31, 23, 59),
    0,
    1,
    2,
    12,
    -1,
    1.5,
    Decimal("0.001"),
    [],
    [1, 2],
    [(10, 45)],
    [(1, 25), (50, "23,50")],
    [("remise", 10)],
    [None],
    [[[]]],
    (1, 2, 3),
    {},
    {"a": 1},
    {"Prix": 40, "Qualité": 60},
    {"A": {"Prix": 15}},
    {"client": "A", "date": "01/01/2026", "montant_ht": 10},
    {None: None},
    set(),
    b"12",
    object(),
    lambda: None,
]

HOSTILE = st.one_of(
    st.sampled_from(_FIXED),
    st.builds(itertools.count),  # an endless iterator, fresh at every draw
    st.builds(lambda: iter([(1, 2)] * 3)),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.integers(),
    st.floats(),
    st.text(max_size=30),
    st.dates(),
    st.lists(st.sampled_from([None, 1, "x", (1, 2), float("nan")]), max_size=4),
    st.dictionaries(st.sampled_from(["a", "Prix", "client", 1, None]), st.sampled_from([None, 1, "x", {}]), max_size=3),
)
_OMIT = object()


def _call(func: Callable[..., object], args: list[object], kwargs: dict[str, object]) -> object:
    """Run one call in a daemon thread; fail if it outlasts the deadline (the thread is left behind)."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["result"] = func(*args, **kwargs)
        except BaseException as error:  # handed back to the test thread
            box["error"] = error

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(DEADLINE)
    if worker.is_alive():
        pytest.fail(f"{func.__qualname__}({_short(args)}, {_short(kwargs)}) dure plus de {DEADLINE} s")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box.get("result")


def _short(value: object) -> str:
    from salesplan.errors import show

    return show(value)


def _no_nan(value: object, where: str) -> None:
    if isinstance(value, Decimal):
        assert value.is_finite(), f"{where} renvoie {value}"
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            inner = getattr(value, f.name)
            if isinstance(inner, Decimal):
                assert inner.is_finite(), f"{where}.{f.name} vaut {inner}"


@pytest.mark.parametrize(("name", "func"), CALLABLES, ids=[name for name, _ in CALLABLES])
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(data=st.data())
def test_hostile_values_get_a_french_error_or_a_sound_result(
    name: str, func: Callable[..., object], data: st.DataObject
) -> None:
    args: list[object] = []
    kwargs: dict[str, object] = {}
    for param in inspect.signature(func).parameters.values():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        required = param.default is inspect.Parameter.empty
        value = data.draw(HOSTILE if required else st.one_of(st.just(_OMIT), HOSTILE), label=param.name)
        if value is _OMIT:
            continue
        if param.kind is param.POSITIONAL_ONLY:
            args.append(value)
        else:
            kwargs[param.name] = value
    try:
        result = _call(func, args, kwargs)
    except SalesplanError as error:
        assert str(error).strip(), name
        return
    _no_nan(result, name)


def test_the_property_test_sees_every_module_and_the_named_functions() -> None:
    names = {name.rsplit(".", 1)[1] for name, _ in CALLABLES}
    for expected in (
        "round_cent",
        "percent",
        "format_euros",
        "plural",
        "show",
        "to_count",
        "prix_degressif",
        "tableau_amortissement",
        "valeur_vie_client",
        "score_prospect",
        "date_echeance",
        "Ligne",
        "choose",
    ):
        assert expected in names
    for name in CORE_MODULES:
        assert isinstance(importlib.import_module(name).__all__, list | tuple), name


# --------------------------------------------------------------------------- named cases


def refusal(call: Callable[[], object], error: type[Exception]) -> str:
    """The message of the error that ``call()`` must raise (of type ``error``): what the named-value tests read."""
    with pytest.raises(error) as info:
        call()
    return str(info.value)


def _fast_error(call: Callable[[], object], *, within: float = 0.5) -> SalesplanError:
    start = time.perf_counter()
    with pytest.raises(SalesplanError) as info:
        call()
    assert time.perf_counter() - start < within, "le refus doit être immédiat"
    assert str(info.value).strip()
    return info.value


@pytest.mark.parametrize(
    "call",
    [
        lambda: to_count("1" * 10**6),
        lambda: to_decimal("1" * 10**6),
        lambda: to_decimal(HUGE_INT),
        lambda: parse_number("1" + "%" * 300_000),
        lambda: prix_degressif("1" * 10**6, [(1, 25)]),
        lambda: to_date("1" * 10**6),
    ],
    ids=["to_count", "to_decimal-text", "to_decimal-int", "parse_number-units", "prix_degressif", "to_date"],
)
def test_a_huge_input_is_refused_at_once(call: Callable[[], object]) -> None:
    message = str(_fast_error(call))
    assert "trop long" in message or "hors des valeurs" in message


def test_durations_and_counts_have_realistic_bounds() -> None:
    assert "maximum" in str(_fast_error(lambda: tableau_amortissement(10000, 6, 1_000_000)))
    assert "hors des valeurs" in str(_fast_error(lambda: annuite_constante(10000, 6, 10**400)))
    assert "maximum" in str(_fast_error(lambda: annuite_constante(10000, 6, 51)))
    assert annuite_constante(10000, 6, 50) == Decimal("634.44")
    _fast_error(lambda: valeur_vie_client(1000, 1, 50, 10**6, taux_retention=80))


def test_a_retention_rate_of_zero_is_a_realistic_input() -> None:
    # first year only: 1 000 × 1 × 50 % = 500, the next years count 0 %
    assert valeur_vie_client(1000, 1, 50, 3, taux_retention=0) == Decimal("500.00")
    assert valeur_vie_client(1000, 1, 50, 3, taux_retention=0, taux_actualisation=10) == Decimal("454.55")


def test_a_due_date_beyond_the_calendar_is_a_french_error() -> None:
    assert "dates traitées" in str(_fast_error(lambda: date_echeance("31/12/9999", "30 jours")))
    assert date_echeance("01/12/2199", "30 jours") == dt.date(2199, 12, 31)
    # a term of 999 days at the last accepted date still gives a date (no OverflowError)
    assert date_echeance("31/12/2199", "999 jours", verifier=False).year == 2202
    _fast_error(lambda: date_echeance("15/01/2027", "9999999999 jours", verifier=False))


@pytest.mark.parametrize("ignorer", [None, "abc", 12, [1], itertools.count()], ids=repr)
def test_ignorer_must_be_a_list_of_field_names(ignorer: object) -> None:
    message = str(_fast_error(lambda: score_prospect({"fonction": "dirigeant"}, ignorer=ignorer)))
    assert "ignorer" in message


def test_ignorer_as_a_list_still_works() -> None:
    assert score_prospect({"fonction": "dirigeant", "abc": 1}, ignorer=["abc"]).explicite == 20


@pytest.mark.parametrize(
    ("func", "bad"),
    [
        (round_cent, Decimal("NaN")),
        (round_cent, Decimal("Infinity")),
        (round_cent, "abc"),
        (round_cent, None),
        (round_cent, Decimal("1E+30")),
        (percent, Decimal("sNaN")),
        (percent, True),
        (format_euros, float("nan")),
        (format_number, 10**400),
        (format_percent, Decimal("NaN")),
        (format_date, "31/02/2027"),
        (format_date, None),
        (plural, None),
    ],
    ids=lambda value: getattr(value, "__name__", repr(value)),  # stable ids (no addresses): pytest-xdist compares them
)
def test_values_helpers_refuse_bad_input_too(func: Callable[..., object], bad: object) -> None:
    args: list[object] = [bad, "an"] if func is plural else [bad]
    _fast_error(lambda: func(*args))


def test_values_helpers_options_are_checked() -> None:
    _fast_error(lambda: format_number(1, decimals=10**9))
    _fast_error(lambda: format_percent(1, decimals="2"))  # type: ignore[arg-type]
    _fast_error(lambda: plural(2, None))  # type: ignore[arg-type]
    _fast_error(lambda: to_count(3, maximum=2))


@pytest.mark.parametrize(
    "text",
    ["1.2.3", "1,2,3", "12 34", "1 234.567,8", "1  234", "١٢٣", "۱۲۳", "１２３", "1e5", "--5", "1__000", ".", ""],
)
def test_ambiguous_or_foreign_numbers_are_refused(text: str) -> None:
    assert "ambiguïté" in str(_fast_error(lambda: parse_number(text)))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 234,56 €", "1234.56"),
        ("1\u202f234,5\u00a0€", "1234.5"),
        ("1.234.567", "1234567"),
        ("1,234,567.5", "1234567.5"),
        ("1.234,5", "1234.5"),
        ("1,234.5", "1234.5"),
        ("1,5", "1.5"),
        ("1.5", "1.5"),
        ("1,234", "1.234"),  # one separator: always the decimal one
        (",5", "0.5"),
        ("12,", "12"),
        ("\u22123,5", "-3.5"),  # the typographic minus format_number writes
        ("+4 %", "4"),
        ("10_000", "10000"),
    ],
)
def test_unambiguous_numbers_are_read(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


def test_pandas_missing_values_are_french_errors() -> None:
    import numpy as np
    import pandas as pd

    assert "manquante" in str(_fast_error(lambda: to_date(pd.NaT)))
    _fast_error(lambda: to_decimal(pd.NA))
    _fast_error(lambda: to_decimal(np.float32("nan")))
    assert to_date(pd.Timestamp("2027-01-15")) == dt.date(2027, 1, 15)


@pytest.mark.parametrize("text", ["٠١/٠٢/٢٠٢٧", "20270201", "2027-W05-1", "2027-2-1", "1/2/27"])
def test_dates_are_read_in_two_writings_only(text: str) -> None:
    _fast_error(lambda: to_date(text))


def test_format_number_reads_back() -> None:
    for value in ("-1234.5", "0.07", "1000000"):
        assert parse_number(format_number(Decimal(value))) == Decimal(value)


def test_a_big_order_is_not_followed_forever() -> None:
    from salesplan.commande import calculer_commande, taux_global_reductions

    _fast_error(lambda: taux_global_reductions(itertools.repeat(1)))
    _fast_error(lambda: calculer_commande(itertools.repeat((1, 1))))


def test_methods_of_results_refuse_bad_input_too() -> None:
    from salesplan.grille import comparer_offres
    from salesplan.lead_scoring import REGLES_BUREAUTIK_PRO

    grille = comparer_offres({"Prix": 1}, {"A": {"Prix": 10}})
    _fast_error(lambda: grille.total_exact(["A"]))  # type: ignore[arg-type]
    _fast_error(lambda: REGLES_BUREAUTIK_PRO.statut("abc"))  # type: ignore[arg-type]


def test_show_never_fails() -> None:
    from salesplan.errors import show

    class Broken:
        def __str__(self) -> str:
            raise RuntimeError("boom")

    assert show(Broken()) == "<Broken>"
    assert "chiffres" in show(10**5000)
    assert len(show("x" * 10**6)) <= 60
