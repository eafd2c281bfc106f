# Two commands: `make serve` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/$(if $(filter Windows_NT,$(OS)),Scripts,bin)
STAMP := $(VENV)/.installed-requirements
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test build lint fix zizmor venv clean test-properdocs

venv: $(STAMP)

$(STAMP): requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ builds the site, found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(STAMP)
	$(BIN)/mkdocs build --strict

# The same checks as .pre-commit-config.yaml, on every tracked file. Checks only: `make fix`
# repairs what can be repaired (ruff's fixes and formatting, whitespace), then run `make lint` again.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/codespell docs snippets hooks tests tools history/measure.py README.md CONTRIBUTING.md
	$(BIN)/python tools/text_files.py

fix: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/python tools/text_files.py --fix

# GitHub workflows: offline static analysis (tests/test_repository.py runs it too).
zizmor: $(STAMP)
	$(BIN)/zizmor --offline --persona=pedantic .github

test: lint
	$(BIN)/python -m pytest

# The same build and site tests with ProperDocs, MkDocs 1.6's BSD-licensed continuation: the way
# off Material's end of life (2027-05-05) if MkDocs itself stops working (see README.md).
test-properdocs: $(STAMP)
	SITE_BUILDER=properdocs $(BIN)/python -m pytest tests/test_site.py tests/machinery tests/browser

clean:
	rm -rf site .pytest_cache

# The snippet tests on every interpreter found: pyenv's CPython 3.10+ and $(FREE_THREADED_PYTHON).
# Claims that differ between builds are asserted per build (see tests/conftest.py).
PYENV_PYTHONS := $(wildcard $(shell pyenv root 2>/dev/null)/versions/3.1[0-9]*/bin/python)
PYTHONS ?= $(PYENV_PYTHONS) $(FREE_THREADED_PYTHON)
SNIPPET_TESTS := tests/test_claims.py tests/test_start_methods.py tests/test_ctrl_c_ignored.py tests/test_mostly_waiting.py $(filter-out tests/machinery/ tests/browser/,$(sort $(wildcard tests/*/)))

.PHONY: test-pythons
test-pythons: $(STAMP)
	@test -n "$(strip $(PYTHONS))" || { echo "no interpreters found: set PYTHONS or FREE_THREADED_PYTHON"; exit 1; }
	@for py in $(PYTHONS); do \
		echo "=== snippet tests on $$py"; \
		SNIPPET_PYTHON=$$py $(BIN)/python -m pytest -q $(SNIPPET_TESTS) || exit 1; \
	done

# Lighthouse (needs Node.js, npm and Debian's Chromium): scores of the home page and the longest page.
LIGHTHOUSE := .cache/lighthouse/node_modules/lighthouse/cli/index.js
$(LIGHTHOUSE):
	npm install --prefix .cache/lighthouse --no-audit --no-fund lighthouse@12.2.3

.PHONY: lighthouse
lighthouse: $(STAMP) $(LIGHTHOUSE) build
	$(BIN)/python tools/lighthouse.py
