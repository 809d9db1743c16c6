"""``import salesplan`` needs only the standard library: the calculators work without pandas,
numpy, matplotlib or ipywidgets (a Pyodide worker, a bare ``pip install salesplan``), and a
table asked for without pandas says in French which extra to install."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from test_hostile_input import CORE_MODULES

ROOT = Path(__file__).resolve().parent.parent
OPTIONAL = ("pandas", "numpy", "matplotlib", "ipywidgets", "IPython")

# Run in a fresh interpreter where the optional packages cannot be imported at all.
SCRIPT = textwrap.dedent(
    """
    import importlib, json, sys

    BLOCKED = set(sys.argv[1].split(","))

    class Block:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"{name} est bloqué pour ce test")
            return None

    sys.meta_path.insert(0, Block())
    import salesplan

    for name in sys.argv[2].split(","):
        importlib.import_module(name)
    import salesplan.simulators  # what the site's Pyodide worker imports
    import salesplan.views.charts, salesplan.views.pages, salesplan.views.tables  # plot and table at call time

    from salesplan.commande import calculer_commande
    from salesplan.concepts import ETAPES_ACHAT
    from salesplan.financement import annuite_constante
    from salesplan.marges import prix_vente_depuis_taux_de_marque
    from salesplan.paiement import date_echeance

    commande = calculer_commande([(10, "4.50")], reductions=[10])
    out = {
        "net_commercial": str(commande.net_commercial),
        "annuite": str(annuite_constante(10000, 5, 3)),
        "prix_de_vente": str(prix_vente_depuis_taux_de_marque(100, 20)),
        "echeance": str(date_echeance("2026-03-15", "45 jours fin de mois")),
        "loaded": sorted({m.split(".")[0] for m in sys.modules} & BLOCKED),
    }
    try:
        ETAPES_ACHAT.to_frame()
    except salesplan.SalesplanError as exc:
        out["to_frame"] = [type(exc).__name__, isinstance(exc, ImportError), str(exc)]
    try:
        salesplan.views.charts.amortization_chart([1000, 500], [50, 25])
    except salesplan.SalesplanError as exc:
        out["chart"] = str(exc)
    print(json.dumps(out))
    """
)


def test_the_core_imports_and_calculates_without_optional_packages() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, ",".join(OPTIONAL), ",".join(CORE_MODULES)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["loaded"] == []
    assert out["net_commercial"] == "40.50"
    assert out["annuite"] == "3672.09"
    assert out["prix_de_vente"] == "125.00"
    assert out["echeance"] == "2026-04-30"  # 15 mars + 45 jours = 29 avril, puis fin de mois
    name, is_import_error, message = out["to_frame"]
    assert (name, is_import_error) == ("MissingDependencyError", True)
    assert message.startswith("pandas n'est pas installé")
    assert 'pip install "salesplan[views]"' in message
    assert out["chart"].startswith("matplotlib n'est pas installé ; il sert à tracer les graphiques.")


def test_every_optional_package_is_declared_in_the_extra_its_message_names() -> None:
    import tomllib

    from salesplan.optional import EXTRAS

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["dependencies"] == []
    extras = project["optional-dependencies"]
    for module, (extra, _usage) in EXTRAS.items():
        declared = {spec.split(">")[0].split("=")[0].split("<")[0].strip().lower() for spec in extras[extra]}
        assert module.lower() in declared, (module, extra)
