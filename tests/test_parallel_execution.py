"""The pages run in parallel before Sphinx, into the cache myst-nb reads (issue #14: a build under a minute)."""

from __future__ import annotations

from pathlib import Path

import pytest

from salesplan.tooling.build import BOOK, build_command
from salesplan.tooling.parallel_execution import cache_folder, execute_into_cache, read_page, toc_pages
from salesplan.tooling.run_book import split_jobs

PAGE = """---
jupytext:
  text_representation:
    format_name: myst
kernelspec:
  display_name: Python 3
  language: python
  name: python3
---

# Page {n}

:::{{note}}
Une note.
:::

```{{code-cell}} ipython3
:tags: [remove-input]
print({n} * 2)
```
"""


def tiny_book(root: Path, *, broken: bool = False) -> Path:
    (root / "_config.yml").write_text(
        "title: t\nexecute:\n  execute_notebooks: cache\n  timeout: 60\n"
        "parse:\n  myst_enable_extensions: [colon_fence]\n",
        encoding="utf-8",
    )
    (root / "_toc.yml").write_text(
        "format: jb-book\nroot: index\nchapters:\n  - file: a/un\n  - file: deux\n  - file: trois\n", encoding="utf-8"
    )
    (root / "index.md").write_text("# Accueil\n\nPas de code ici.\n", encoding="utf-8")
    (root / "a").mkdir()
    (root / "a" / "un.md").write_text(PAGE.format(n=1), encoding="utf-8")
    (root / "deux.md").write_text(PAGE.format(n=2), encoding="utf-8")
    (root / "trois.md").write_text(
        PAGE.format(n=3).replace("print(3 * 2)", "1 / 0" if broken else "3"), encoding="utf-8"
    )
    (root / "hors_sommaire.md").write_text(PAGE.format(n=4), encoding="utf-8")
    return root


def test_toc_pages_follow_the_table_of_contents(tmp_path: Path) -> None:
    book = tiny_book(tmp_path)
    assert [p.relative_to(book).as_posix() for p in toc_pages(book)] == ["index.md", "a/un.md", "deux.md", "trois.md"]
    assert read_page(book / "index.md", []) is None  # plain Markdown: nothing to execute


def test_every_executed_page_of_the_course_is_in_the_table_of_contents() -> None:
    pages = toc_pages(BOOK)
    assert len(pages) == len(set(pages)) and BOOK / "index.md" in pages
    assert any(p.suffix == ".ipynb" for p in pages) and any(p.suffix == ".md" for p in pages)


def test_jobs_option_is_ours_the_rest_is_jupyter_books() -> None:
    assert split_jobs(["--jobs", "3", "build", "book", "-W"]) == (3, ["build", "book", "-W"])
    assert split_jobs(["build", "book"]) == (None, ["build", "book"])
    with pytest.raises(SystemExit, match="--jobs attend un nombre entier"):
        split_jobs(["--jobs", "zéro", "build", "book"])
    assert build_command(jobs=2)[3:6] == ["--jobs", "2", "build"]


@pytest.mark.kernel
def test_pages_run_once_in_parallel_then_come_from_the_cache(tmp_path: Path) -> None:
    from jupyter_cache import get_cache

    book = tiny_book(tmp_path)
    first = execute_into_cache(book, jobs=2)
    assert (first.executed, first.cached, first.failed) == (3, 0, ())
    second = execute_into_cache(book, jobs=2)
    assert (second.executed, second.cached) == (0, 3)
    # what myst-nb will look up: the page as it reads it, with its outputs merged from the cache
    cache = get_cache(str(cache_folder(book)))
    _, merged = cache.merge_match_into_notebook(read_page(book / "deux.md", ["colon_fence"]))
    code = [c for c in merged.cells if c.cell_type == "code"]
    assert code[0].outputs[0]["text"] == "4\n"


@pytest.mark.kernel
def test_a_failing_page_is_left_to_the_build_which_reports_it(tmp_path: Path) -> None:
    book = tiny_book(tmp_path, broken=True)
    report = execute_into_cache(book, output=tmp_path / "sortie", jobs=2)
    assert report.executed == 2 and report.failed == (str(book / "trois.md"),)
    assert (tmp_path / "sortie" / "_build" / ".jupyter_cache").is_dir()
