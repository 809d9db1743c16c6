"""The one command-line entry point: ``salesplan build``, ``salesplan ...``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from salesplan.errors import SalesplanError
from salesplan.values import plural


def _build(args: argparse.Namespace) -> int:
    from salesplan.tooling.build import build_site

    code = build_site(strict=not args.lenient, full=args.all, edition=args.edition, jobs=args.jobs, pdf=args.pdf)
    if code == 0 and args.scorm:
        if args.edition != "etudiant":
            print("salesplan : le paquetage SCORM est l'édition étudiant (sans --edition enseignant).", file=sys.stderr)
            return 2
        return _package(args)
    return code


def _package(args: argparse.Namespace) -> int:
    from salesplan.tooling.scorm import DEFAULT_MASTERY, PACKAGE, SIMULATORS, package

    exclude = [*args.exclude, *(SIMULATORS if args.sans_simulateurs else ())]
    out = package(
        out=Path(args.out) if args.out else PACKAGE,
        mastery=DEFAULT_MASTERY if args.mastery_score is None else args.mastery_score,
        exclude=exclude,
    )
    print(f"Paquetage SCORM 1.2 écrit : {out} ({out.stat().st_size / 1e6:.1f} Mo)")
    return 0


def _package_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--mastery-score",
        type=int,
        default=None,
        metavar="N",
        help="note sur 100 à partir de laquelle le quiz d'un chapitre est réussi (défaut : 60)",
    )
    parser.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="MOTIF",
        help="fichiers à laisser hors du paquetage (motif, ex. _static/gros*)",
    )
    parser.add_argument(
        "--sans-simulateurs", action="store_true", help="paquetage allégé, sans le Python du navigateur (Pyodide)"
    )
    parser.add_argument("--out", default=None, help="fichier .zip écrit (défaut : release/salesplan-scorm.zip)")


def _generate(args: argparse.Namespace) -> int:
    from salesplan.tooling.assignments import generate

    changed = generate(check=args.check)
    for path in changed:
        print(f"{'à régénérer' if args.check else 'écrit'} : {path}")
    if args.check and changed:
        print("Les sujets ne sont pas à jour : lancez « salesplan generate ».", file=sys.stderr)
        return 1
    print("Sujets à jour." if not changed else f"{plural(len(changed), 'sujet régénéré', 'sujets régénérés')}.")
    return 0


def _execute(args: argparse.Namespace) -> int:
    from salesplan.tooling.execute import execute_all

    paths = [Path(p) for p in args.notebooks] or None
    changed = execute_all(paths)
    for path in changed:
        print(f"sorties mises à jour : {path}")
    print(f"{plural(len(changed), 'carnet modifié', 'carnets modifiés')}.")
    return 0


def _release(args: argparse.Namespace) -> int:
    from salesplan.tooling.release import release

    class_list = Path(args.classe) if args.classe else None
    written = release(out=Path(args.out), class_list=class_list)
    for path in written if class_list is None else []:
        print(f"Archive pour les étudiants : {path}")
    if class_list is not None:
        print(f"{plural(len(written), 'archive')}, une par étudiant et par devoir, dans {args.out}/<devoir>/.")
    return 0


def _grade(args: argparse.Namespace) -> int:
    from salesplan.tooling.grading import grade

    grade(
        args.devoir,
        Path(args.submissions),
        out=Path(args.out),
        timeout=args.timeout,
        class_list=Path(args.classe) if args.classe else None,
        isolate=not args.sans_bac_a_sable,
        workers=args.processus,
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="salesplan", description="Outils du cours salesplan.")
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="construire le site du cours (book/_build/html)")
    build.add_argument("--all", action="store_true", help="tout reconstruire (fichiers statiques compris)")
    build.add_argument("--lenient", action="store_true", help="ne pas traiter les avertissements comme des erreurs")
    build.add_argument(
        "--edition",
        choices=("etudiant", "enseignant"),
        default="etudiant",
        help="étudiant (défaut, sans corrigé) ou enseignant (avec les corrigés, dans book/_build/enseignant)",
    )
    build.add_argument("--scorm", action="store_true", help="puis écrire le paquetage SCORM 1.2 (plateforme Moodle)")
    _package_options(build)
    build.add_argument(
        "--jobs", type=int, default=None, help="carnets exécutés en même temps (défaut : un par cœur du processeur)"
    )
    build.add_argument(
        "--pdf",
        action="store_true",
        help="imprimer aussi l'édition en PDF : cours.pdf (étudiant, book/_build/pdf) ou corriges.pdf (enseignant)",
    )
    build.set_defaults(run=_build)
    pack = commands.add_parser(
        "package", help="paquetage SCORM 1.2 du site construit, pour Moodle (« Paquetage SCORM »)"
    )
    _package_options(pack)
    pack.set_defaults(run=_package)
    gen = commands.add_parser("generate", help="régénérer les sujets (exercises/) depuis les corrigés (solutions/)")
    gen.add_argument("--check", action="store_true", help="vérifier sans écrire (code 1 si un sujet n'est pas à jour)")
    gen.set_defaults(run=_generate)
    exe = commands.add_parser("execute", help="relancer les études de cas et les corrigés et enregistrer leurs sorties")
    exe.add_argument("notebooks", nargs="*", help="carnets à relancer (défaut : notebooks/ et solutions/)")
    exe.set_defaults(run=_execute)
    rel = commands.add_parser("release", help="une archive .zip par devoir (ou par étudiant), sans corrigé")
    rel.add_argument("--out", default="release", help="dossier des archives (défaut : release)")
    rel.add_argument("--classe", metavar="CSV", help="liste de classe : un sujet (des chiffres) par étudiant")
    rel.set_defaults(run=_release)
    grade = commands.add_parser("grade", help="corriger un devoir : RENDUS/<étudiant>/<devoir>.ipynb")
    grade.add_argument("devoir", metavar="DEVOIR", help="nom du devoir (ex. montant_commande)")
    grade.add_argument("submissions", metavar="RENDUS", help="dossier des rendus, un sous-dossier par étudiant")
    grade.add_argument("--out", default="correction", help="dossier du carnet de notes et des retours")
    grade.add_argument("--timeout", type=float, default=30, help="temps maximal par cellule, en secondes (défaut : 30)")
    grade.add_argument("--classe", metavar="CSV", help="liste de classe (sujets par étudiant, absents notés)")
    grade.add_argument("--processus", type=int, help="copies corrigées en même temps (défaut : nombre de cœurs)")
    grade.add_argument(
        "--sans-bac-a-sable",
        action="store_true",
        help="corriger sans bubblewrap (seulement si vous faites confiance à toutes les copies)",
    )
    grade.set_defaults(run=_grade)
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except SalesplanError as exc:
        print(f"salesplan : {exc}", file=sys.stderr)
        return 2
    return code


__all__ = ["main"]

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
