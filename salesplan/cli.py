"""The one command-line entry point: ``salesplan build``, ``salesplan ...``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from salesplan.errors import SalesplanError


def _build(args: argparse.Namespace) -> int:
    from salesplan.tooling.build import build_site

    return build_site(strict=not args.lenient, full=args.all)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="salesplan", description="Outils du cours salesplan.")
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="construire le site du cours (book/_build/html)")
    build.add_argument("--all", action="store_true", help="tout reconstruire (fichiers statiques compris)")
    build.add_argument("--lenient", action="store_true", help="ne pas traiter les avertissements comme des erreurs")
    build.set_defaults(run=_build)
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except SalesplanError as exc:
        print(f"salesplan : {exc}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
