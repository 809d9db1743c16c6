"""A hostile class for the grader: good, wrong, blank, crashing, looping, escaping and malformed copies.

Used by tests/test_grading_hostile.py and benchmarks/grading_bench.py. Each escaping copy answers
question 1 only if its escape worked, so any point it gets is an escape; its side effects outside
the sandbox (files, connections, processes) are looked for by the test as well.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from salesplan.tooling.assignments import EXERCISES, SOLUTIONS, dumps_notebook, read_notebook
from salesplan.tooling.sandbox import PACKAGE

ASSIGNMENT = "montant_commande"
SOLUTION = SOLUTIONS / f"{ASSIGNMENT}.ipynb"
RIGHT_Q1 = 'montant_brut = "3 970,00"'


def solution() -> dict[str, Any]:
    return copy.deepcopy(read_notebook(SOLUTION))


def blank() -> dict[str, Any]:
    return copy.deepcopy(read_notebook(EXERCISES / f"{ASSIGNMENT}.ipynb"))


def answered(nb: dict[str, Any], **sources: str) -> dict[str, Any]:
    """``nb`` with some answer cells' sources replaced (by cell id, ``q1_reponse`` for ``q1-reponse``)."""
    wanted = {k.replace("_", "-"): v for k, v in sources.items()}
    for cell in nb["cells"]:
        if cell.get("id") in wanted:
            cell["source"] = wanted[cell["id"]]
    return nb


def extra(nb: dict[str, Any], source: str, *, after: str | None = None) -> dict[str, Any]:
    """Insert a cell the student wrote (no nbgrader metadata) after cell ``after`` (first when None)."""
    index = 0 if after is None else next(i for i, c in enumerate(nb["cells"]) if c.get("id") == after) + 1
    nb["cells"].insert(index, {"cell_type": "code", "metadata": {}, "source": source, "outputs": []})
    return nb


def escape(body: str) -> str:
    """A q1 answer: run ``body`` (which sets ``escaped``), and answer right only if it escaped."""
    return f"escaped = False\ntry:\n{_indent(body)}\nexcept BaseException:\n    pass\n" + (
        'montant_brut = "3 970,00" if escaped else ...'
    )


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.split("\n"))


@dataclass(frozen=True)
class Traps:
    """Places outside the sandbox an escaping copy would touch."""

    token: str
    port: int
    submissions: Path
    out: Path

    @property
    def tmp_file(self) -> Path:
        return Path("/tmp") / f"salesplan-evasion-{self.token}"

    @property
    def pth_file(self) -> Path:
        import sysconfig

        return Path(sysconfig.get_paths()["purelib"]) / f"zz_evasion_{self.token}.pth"

    @property
    def package_file(self) -> Path:
        return PACKAGE / f"evasion_{self.token}.py"


def escaping_copies(traps: Traps) -> dict[str, dict[str, Any]]:
    gradebook = traps.out / ASSIGNMENT / "notes.csv"
    other = traps.submissions / "bon" / f"{ASSIGNMENT}.ipynb"
    bodies = {
        "lit_corriges": f"""
found = ""
for attempt in (lambda: open({str(SOLUTION)!r}).read(), lambda: " ".join(__import__("os").listdir({str(SOLUTIONS)!r})),
                lambda: open({str(other)!r}).read(), lambda: open("/proc/1/root" + {str(SOLUTION)!r}).read()):
    try:
        found += attempt()
    except BaseException:
        pass
escaped = "HIDDEN TESTS" in found or "montant_commande" in found or "3 970,00" in found""",
        "fork_exec": f"""
import os, subprocess, _posixsubprocess
out = b""
try:
    out += subprocess.run(["/bin/cat", {str(SOLUTION)!r}], capture_output=True).stdout
except BaseException:
    pass
try:
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    out += b"fork"
except BaseException:
    pass
try:
    os.posix_spawn("/bin/true", ["/bin/true"], {{}})
    out += b"spawn"
except BaseException:
    pass
try:
    out += b"system" if os.system("/bin/true") == 0 else b""
except BaseException:
    pass
escaped = bool(out)""",
        "pth_venv": f"""
open({str(traps.pth_file)!r}, "w").write("import os; os.environ['EVASION'] = '1'\\n")
escaped = True""",
        "ecrit_salesplan": f"""
for target in ({str(traps.package_file)!r}, "/opt/salesplan/salesplan/{traps.package_file.name}"):
    try:
        open(target, "w").write("x = 1\\n")
        escaped = True
    except OSError:
        pass""",
        "ecrit_tmp": f"""
open({str(traps.tmp_file)!r}, "w").write("x")
escaped = False  # writing the private /tmp works; the test checks nothing reached the real /tmp""",
        "socket": f"""
import socket
connection = socket.create_connection(("127.0.0.1", {traps.port}), timeout=2)
connection.sendall(b"evasion")
escaped = True""",
        "arriere_plan": f"""
import os, subprocess
subprocess.Popen(["/bin/sh", "-c", "sleep 3; echo evasion-{traps.token} > {gradebook}"], start_new_session=True)
escaped = True""",
        "ecrit_rendus": f"""
open({str(other)!r}, "w").write("{{}}")
escaped = True""",
    }
    return {name: answered(blank(), q1_reponse=escape(body)) for name, body in bodies.items()}


def hostile_copies(traps: Traps) -> dict[str, dict[str, Any] | str | bytes | None]:
    """Every copy of the class: a notebook, raw text or bytes (a malformed file), or None (empty folder)."""
    q2_wrong = (
        'montant_remise = "317,60"\nnet_apres_remise = "3 652,40"\nmontant_ristourne = "109,56"\n'
        'net_commercial = "3 542,84"'
    )
    metadata_list = solution()
    for cell in metadata_list["cells"]:
        cell["metadata"] = []
    fake_equal = """class Tout:
    def __eq__(self, other):
        return True
    def __gt__(self, other):
        return True
montant_brut = Tout()"""
    copies: dict[str, dict[str, Any] | str | bytes | None] = {
        "bon": solution(),
        "faux": answered(solution(), q2_reponse=q2_wrong),
        "vide": blank(),
        "plantage": answered(solution(), q1_reponse="montant_brut = 1 / 0"),
        "boucle": answered(solution(), q3_reponse="while True:\n    pass"),
        "ignore_signaux": answered(
            solution(),
            q3_reponse="import signal\nfor s in (signal.SIGINT, signal.SIGALRM, signal.SIGTERM):\n"
            "    signal.signal(s, signal.SIG_IGN)\nwhile True:\n    pass",
        ),
        "masque_erreurs": extra(blank(), "get_ipython()._showtraceback = lambda *a, **k: None"),
        "avale_erreurs": extra(
            blank(),
            "import sys\nsys.excepthook = lambda *a: None\nimport builtins\nbuiltins.AssertionError = Exception",
        ),
        "egalite_truquee": answered(blank(), q1_reponse=fake_equal),
        "bombe_memoire": answered(
            solution(),
            q2_reponse="def gonfle():\n    blocs = []\n    while True:\n        blocs.append(bytes(50_000_000))\n"
            "gonfle()",
        ),
        "sortie_inondee": answered(blank(), q1_reponse="while True:\n    print('x' * 100_000)"),
        "remplit_disque": answered(
            blank(),
            q1_reponse="import os\nfor folder in ('.', '/tmp'):\n    for n in range(10_000):\n"
            "        try:\n            open(os.path.join(folder, f'bloc{n}'), 'wb').write(b'x' * 1_000_000)\n"
            "        except OSError:\n            break",
        ),
        "os_exit": answered(solution(), q2_reponse="import os\nos._exit(0)"),
        "tue_tout": answered(solution(), q2_reponse="import os, signal\nos.kill(-1, signal.SIGKILL)"),
        "json_liste": "[1, 2, 3]",
        "cellules_nombres": json.dumps({"cells": [1, 2], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}),
        "cellules_texte": json.dumps({"cells": "du texte", "metadata": {}, "nbformat": 4, "nbformat_minor": 5}),
        "metadonnees_liste": metadata_list,
        "json_profond": "[" * 100_000 + "]" * 100_000,
        "pas_du_json": "{ pas du json",
        "binaire": b"\xff\xfe\x00 binaire",
        "dossier_vide": None,
    }
    copies.update(escaping_copies(traps))
    return copies


def write_class(root: Path, copies: dict[str, dict[str, Any] | str | bytes | None]) -> None:
    for student, nb in copies.items():
        folder = root / student
        folder.mkdir(parents=True)
        if nb is None:
            continue
        path = folder / f"{ASSIGNMENT}.ipynb"
        if isinstance(nb, bytes):
            path.write_bytes(nb)
        else:
            path.write_text(nb if isinstance(nb, str) else dumps_notebook(nb), encoding="utf-8")
    (root / "lien").mkdir()
    (root / "lien" / f"{ASSIGNMENT}.ipynb").symlink_to(SOLUTION)


ESCAPES = (
    "lit_corriges",
    "fork_exec",
    "pth_venv",
    "ecrit_salesplan",
    "ecrit_tmp",
    "socket",
    "arriere_plan",
    "ecrit_rendus",
)

# The expected line of every copy: (points per question, status).
ZERO = (0, 0, 0, 0, 0)
EXPECTED: dict[str, tuple[tuple[int, ...], str]] = {
    "bon": ((1, 2, 2, 3, 2), "corrigé"),
    "faux": ((1, 0, 0, 0, 2), "corrigé"),
    "vide": (ZERO, "corrigé"),
    "plantage": ((0, 0, 0, 0, 2), "corrigé"),
    "boucle": ((1, 2, 0, 0, 2), "temps dépassé"),
    "ignore_signaux": ((1, 2, 0, 0, 0), "temps dépassé"),
    "masque_erreurs": (ZERO, "corrigé"),
    "avale_erreurs": (ZERO, "corrigé"),
    "egalite_truquee": (ZERO, "corrigé"),
    "bombe_memoire": ((1, 0, 0, 0, 2), "mémoire dépassée"),
    "sortie_inondee": (ZERO, "sortie trop longue"),  # its printing fails at the size limit
    "remplit_disque": (ZERO, "corrigé"),  # the sandbox's folders are small, in memory, and vanish
    "os_exit": ((1, 0, 0, 0, 0), "arrêt du noyau"),
    "tue_tout": ((1, 0, 0, 0, 2), "corrigé"),  # kill(-1) reaches nothing outside; the copy's q2 is lost
    "json_liste": (ZERO, "illisible"),
    "cellules_nombres": (ZERO, "illisible"),
    "cellules_texte": (ZERO, "illisible"),
    "metadonnees_liste": (ZERO, "corrigé"),
    "json_profond": (ZERO, "illisible"),
    "pas_du_json": (ZERO, "illisible"),
    "binaire": (ZERO, "illisible"),
    "dossier_vide": (ZERO, "non rendu"),
    "lien": (ZERO, "illisible"),
    **dict.fromkeys(ESCAPES, (ZERO, "corrigé")),
}
