"""Execute the book's notebooks in parallel, into the cache myst-nb reads, before Sphinx starts.

With ``execute_notebooks: cache`` myst-nb looks each page up in jupyter-cache
(by a hash of its code cells) and, on a miss, runs it there and then, one page
after another. This step reads every page of the table of contents exactly as
myst-nb does, runs the misses in a pool of processes (one kernel each) and
stores them in the same cache: Sphinx then finds every page already executed.
A page that fails is not stored, so myst-nb runs it again and reports the error
in the strict build as before.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]

NotebookNode = Any  # nbformat's dict-like notebook (untyped)


@dataclass(frozen=True)
class Report:
    """What the pre-execution did: pages found in the cache, pages run, failures (left to myst-nb)."""

    cached: int
    executed: int
    failed: tuple[str, ...]
    seconds: float


def cache_folder(source: Path, output: Path | None = None) -> Path:
    """Where myst-nb keeps its cache for ``jupyter-book build SOURCE [--path-output OUTPUT]``."""
    return (output or source) / "_build" / ".jupyter_cache"


def _toc_entries(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("file", "root") and isinstance(value, str):
                yield value
            else:
                yield from _toc_entries(value)
    elif isinstance(node, list):
        for item in node:
            yield from _toc_entries(item)


def toc_pages(source: Path) -> list[Path]:
    """Every page of ``_toc.yml`` (root first), as a path with its suffix."""
    toc = yaml.safe_load((source / "_toc.yml").read_text(encoding="utf-8"))
    pages = []
    for entry in _toc_entries(toc):
        base = source / entry
        for suffix in ("", ".md", ".ipynb"):
            candidate = base.with_name(base.name + suffix)
            if candidate.is_file():
                pages.append(candidate)
                break
    return pages


def _config(source: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((source / "_config.yml").read_text(encoding="utf-8"))
    return loaded


def read_page(path: Path, extensions: list[str]) -> NotebookNode | None:
    """The page as myst-nb reads it (None for plain Markdown, which is not executed)."""
    import nbformat
    from myst_nb.core.read import is_myst_markdown_notebook, read_myst_markdown_notebook  # type: ignore[import-untyped]
    from myst_parser.config.main import MdParserConfig

    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ipynb":
        return nbformat.reads(text, as_version=4)  # type: ignore[no-untyped-call]
    if not is_myst_markdown_notebook(text):
        return None
    config = MdParserConfig(enable_extensions=set(extensions))
    return read_myst_markdown_notebook(text, config=config, add_source_map=True, path=str(path))


def _run(job: tuple[str, NotebookNode, int, bool]) -> tuple[str, NotebookNode, float, str | None]:
    """In a worker process: run one notebook in its own folder, as myst-nb would."""
    from jupyter_cache.executors.utils import single_nb_execution  # type: ignore[import-untyped]

    path, notebook, timeout, allow_errors = job
    result = single_nb_execution(
        notebook, cwd=str(Path(path).parent), timeout=timeout, allow_errors=allow_errors, meta_override=True
    )
    return path, result.nb, result.time, (result.exc_string if result.err is not None else None)


def default_jobs() -> int:
    """One kernel per core the process may use."""
    return max(1, len(os.sched_getaffinity(0)))


def execute_into_cache(source: Path, *, output: Path | None = None, jobs: int | None = None) -> Report:
    """Run, ``jobs`` at a time, every page of ``source`` that its cache lacks; store the results there."""
    from jupyter_cache import get_cache  # type: ignore[import-untyped]
    from jupyter_cache.base import CacheBundleIn  # type: ignore[import-untyped]

    start = time.perf_counter()
    config = _config(source)
    execute = config.get("execute") or {}
    if execute.get("execute_notebooks") != "cache":
        return Report(0, 0, (), 0.0)
    extensions = list((config.get("parse") or {}).get("myst_enable_extensions", []))
    timeout, allow_errors = int(execute.get("timeout", 30)), bool(execute.get("allow_errors", False))
    cache = get_cache(str(cache_folder(source, output)))
    todo, cached = [], 0
    for page in toc_pages(source):
        notebook = read_page(page, extensions)
        if notebook is None:
            continue
        try:
            cache.match_cache_notebook(notebook)
            cached += 1
        except KeyError:
            todo.append((str(page), notebook, timeout, allow_errors))
    failed = []
    if todo:
        with ProcessPoolExecutor(max_workers=min(jobs or default_jobs(), len(todo))) as pool:
            for path, notebook, seconds, error in pool.map(_run, todo):
                if error is not None:
                    failed.append(path)
                    continue
                bundle = CacheBundleIn(notebook, path, data={"execution_seconds": seconds})
                cache.cache_notebook_bundle(bundle, check_validity=False, overwrite=True)
    return Report(cached, len(todo) - len(failed), tuple(failed), time.perf_counter() - start)


__all__ = ["Report", "cache_folder", "default_jobs", "execute_into_cache", "read_page", "toc_pages"]
