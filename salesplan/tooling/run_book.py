"""``python -m salesplan.tooling.run_book [--jobs N] build SOURCE [options]``: jupyter-book, pages executed first.

What ``salesplan build``, the tests and the benchmarks run. Before handing the
command line to jupyter-book (same options, same exit code), the pages that
jupyter-cache lacks are executed in parallel (``parallel_execution``), in this
same process, so Sphinx finds them all cached.

One start-up cost is cut here: importing ``nbformat`` imports ``jsonschema``,
which imports the optional IRI checker ``rfc3987_syntax`` when it is installed
(it comes with ``jupyter-events``); that module compiles a grammar at import,
about 2 s of CPU for every build, while nbformat never checks IRIs. It is marked
absent in this process only.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from salesplan.tooling.parallel_execution import execute_into_cache


def _option(argv: list[str], name: str) -> str | None:
    """The value of ``name VALUE`` or ``name=VALUE`` in ``argv`` (None when absent)."""
    for index, arg in enumerate(argv):
        if arg == name and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


def split_jobs(argv: Sequence[str]) -> tuple[int | None, list[str]]:
    """``--jobs N`` (ours) apart from the rest (jupyter-book's)."""
    rest = list(argv)
    if "--jobs" in rest:
        index = rest.index("--jobs")
        value = rest[index + 1] if index + 1 < len(rest) else ""
        if not value.isdigit() or int(value) < 1:
            raise SystemExit(f"--jobs attend un nombre entier de processus (au moins 1), pas « {value} ».")
        del rest[index : index + 2]
        return int(value), rest
    return None, rest


def main(argv: Sequence[str] | None = None) -> None:
    sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]
    jobs, args = split_jobs(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["build"] and len(args) > 1:
        output = _option(args, "--path-output")
        report = execute_into_cache(Path(args[1]), output=Path(output) if output else None, jobs=jobs)
        if report.executed or report.failed:
            print(
                f"Carnets exécutés en parallèle : {report.executed} en {report.seconds:.1f} s"
                f" ({report.cached} déjà en cache ; {len(report.failed)} en échec, repris par jupyter-book)."
            )
    from jupyter_book.cli.main import main as jupyter_book  # type: ignore[import-untyped]

    jupyter_book(args=args, prog_name="jupyter-book")


if __name__ == "__main__":  # pragma: no cover
    main()


__all__ = ["main", "split_jobs"]
