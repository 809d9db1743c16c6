"""The one command-line entry point: ``salesplan build``, ``salesplan ...``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from salesplan.errors import SalesplanError


def _build(args: argparse.Namespace) -> int:
    from salesplan.tooling.build import build_site

    return build_site(strict=not args.lenient, full=args.all, edition=args.edition)


def _generate(args: argparse.Namespace) -> int:
    from salesplan.tooling.assignments import generate

    changed = generate(check=args.check)
    for path in changed:
        print(f"{'à régénérer' if args.check else 'écrit'} : {path}")
    if args.check and changed:
        print("Les sujets ne sont pas à jour : lancez « salesplan generate ».", file=sys.stderr)
        return 1
    print("Sujets à jour." if not changed else f"{len(changed)} sujet(s) régénéré(s).")
    return 0


def _execute(args: argparse.Namespace) -> int:
    from salesplan.tooling.execute import execute_all

    paths = [Path(p) for p in args.notebooks] or None
    changed = execute_all(paths)
    for path in changed:
        print(f"sorties mises à jour : {path}")
    print(f"{len(changed)} carnet(s) modifié(s).")
    return 0


def _release(args: argparse.Namespace) -> int:
    from salesplan.tooling.release import release

    for path in release(out=Path(args.out)):
        print(f"Archive pour les étudiants : {path}")
    return 0


def _grade(args: argparse.Namespace) -> int:
    from salesplan.tooling.grading import grade_all

    grade_all(Path(args.submissions), out=Path(args.out), timeout=args.timeout)
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
    build.set_defaults(run=_build)
    gen = commands.add_parser("generate", help="régénérer les sujets (exercises/) depuis les corrigés (solutions/)")
    gen.add_argument("--check", action="store_true", help="vérifier sans écrire (code 1 si un sujet n'est pas à jour)")
    gen.set_defaults(run=_generate)
    exe = commands.add_parser("execute", help="relancer les études de cas et les corrigés et enregistrer leurs sorties")
    exe.add_argument("notebooks", nargs="*", help="carnets à relancer (défaut : notebooks/ et solutions/)")
    exe.set_defaults(run=_execute)
    rel = commands.add_parser("release", help="une archive .zip par devoir, pour les étudiants (sans corrigé)")
    rel.add_argument("--out", default="release", help="dossier des archives (défaut : release)")
    rel.set_defaults(run=_release)
    grade = commands.add_parser("grade", help="corriger les rendus : RENDUS/<étudiant>/<devoir>.ipynb")
    grade.add_argument("submissions", metavar="RENDUS", help="dossier des rendus, un sous-dossier par étudiant")
    grade.add_argument("--out", default="correction", help="dossier du carnet de notes et des retours")
    grade.add_argument("--timeout", type=float, default=30, help="temps maximal par cellule, en secondes (défaut : 30)")
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
