# kvalkod: set-up, tests and the app. Every target does its own set-up, so a fresh clone
# needs only python3, pip and make.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup test test-core run bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 tests

test-core: setup
	$(BIN)/python -m pytest -n 2 tests/core

run: setup
	$(BIN)/kvalkod gui

bench: setup
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
