# The two commands of the README: `make site` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.PHONY: site test check lint bench constraints clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $@

# The site's JavaScript (widget manager, require.js, MathJax), pinned by package-lock.json.
$(NODE_STAMP): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

# Debian's chromium for the browser tests (Playwright drives it; never `playwright install`).
CHROMIUM := /usr/bin/chromium
$(CHROMIUM):
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null

# Debian's bubblewrap: the sandbox of `salesplan grade` (its tests run hostile copies in it).
BWRAP := /usr/bin/bwrap
$(BWRAP):
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap > /dev/null

# Debian's poppler-utils (pdftotext, pdffonts, pdftoppm): the PDF tests read the printed editions with it.
POPPLER := /usr/bin/pdftotext
$(POPPLER):
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils > /dev/null

site: $(STAMP) $(NODE_STAMP)  ## install everything and build the course site into book/_build/html
	$(BIN)/salesplan build

lint: $(STAMP)
	$(BIN)/ruff check salesplan tests
	$(BIN)/ruff format --check salesplan tests
	$(BIN)/mypy

# quiz.js under Node's test runner first (dots only), so that pytest's summary line closes the output.
test: lint $(NODE_STAMP) $(CHROMIUM) $(BWRAP) $(POPPLER)  ## every test: lint, types, quiz.js under node, unit and property tests, the strict site build, PDF
	SALESPLAN_PYTHON=$(BIN)/python node --test --test-reporter=dot tests/js/
	$(BIN)/pytest

# The fast loop (< 30 s): lint, types, the core, the exercise engine and the doctests; no kernel, no site
# build, no browser (markers in pyproject.toml), 20 Hypothesis examples per property instead of 100.
check: lint  ## quick checks while working; `make test` runs everything
	$(BIN)/pytest -q -p no:nbval -p no:cacheprovider -m "not build and not kernel and not browser" --hypothesis-profile=check -n auto

# Library benchmarks, then the site: clean / no-change / one-chapter builds (removes book/_build), the whole
# test suite once, page weight and quiz latency in chromium; results in benchmarks/RESULTS.md.
bench: $(STAMP) $(NODE_STAMP) $(CHROMIUM) $(BWRAP)  ## benchmarks; results in benchmarks/RESULTS.md
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/grading_bench.py

constraints: $(STAMP)
	$(BIN)/python -m pip freeze --exclude-editable | sed '1i # Versions CI installs (pip install -c constraints.txt). Regenerate with: make constraints' > constraints.txt

clean:
	rm -rf book/_build node_modules
