# undersigned: `make run` serves the demo, `make test` runs lint, types and the whole suite.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test install install-test lint typecheck test-sqlite test-postgres messages bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# Installing compiles the matching engine with mypyc (setup.py).  The compiled modules sit
# next to their sources and would shadow them, so any change to a source reinstalls.
ENGINE_SOURCES := $(wildcard undersigned/matching/*.py)
BUILD_INPUTS := $(BIN)/python pyproject.toml setup.py $(ENGINE_SOURCES)
SAY_ENGINE := $(BIN)/python -c 'import undersigned.matching as m; print("matching engine:", m.ENGINE)'

# Reinstalling keeps the test extras, so their stamp stays valid.
$(VENV)/.installed: $(BUILD_INPUTS)
	$(BIN)/pip install -q -e .
	@$(SAY_ENGINE)
	touch $@
	if [ -e $(VENV)/.installed-test ]; then touch $(VENV)/.installed-test; fi

$(VENV)/.installed-test: $(BUILD_INPUTS)
	$(BIN)/pip install -q -e '.[test]'
	@$(SAY_ENGINE)
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

run: install
	mkdir -p var
	$(BIN)/undersigned migrate --no-input -v 0
	$(BIN)/undersigned demo
	$(BIN)/undersigned serve --port $(PORT)

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install-test
	$(BIN)/mypy

test-sqlite: install-test
	DATABASE_URL= $(BIN)/pytest

# PostgreSQL: TEST_DATABASE_URL, else a local server if one answers; skipped with the reason otherwise.
test-postgres: install-test
	@url="$$($(BIN)/python scripts/test_database_url.py)"; \
	if [ -n "$$url" ]; then \
		echo "== PostgreSQL: $$url"; DATABASE_URL="$$url" $(BIN)/pytest; \
	else \
		echo "== PostgreSQL suite skipped: TEST_DATABASE_URL is not set and no local server answers on 127.0.0.1:5432"; \
	fi

test: lint typecheck test-sqlite test-postgres

messages: install
	cd undersigned && ../$(BIN)/django-admin makemessages -l hy -l ru --no-obsolete --ignore 'matching/*' && ../$(BIN)/django-admin compilemessages

bench: install-test
	$(BIN)/python bench/matching_bench.py

clean:
	rm -rf $(VENV) var .mypy_cache .ruff_cache build
	rm -f undersigned/matching/*.so undersigned/matching/*.pyd
