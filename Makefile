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
	$(BIN)/ruff check kvalkod tests benchmarks scripts sample_projects
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 tests

test-core: setup
	$(BIN)/python -m pytest -n 2 tests/core

SAMPLE := sample_projects/dokumentstudie.kvalkod

# Until the desktop window lands (the workbench issue), `make run` builds the sample project
# from the five seed reports and shows it through the command line.
run: setup
	$(BIN)/python sample_projects/build.py $(SAMPLE)
	$(BIN)/kvalkod stats $(SAMPLE) --json
	$(BIN)/kvalkod codes $(SAMPLE) | grep -A8 '^Sökord'
	$(BIN)/kvalkod search $(SAMPLE) 'samordningsuppdrag*' --doc 002_0322864ac7075944 | head -5
	@echo "Explore it: $(BIN)/kvalkod --help   (project: $(SAMPLE))"

bench: setup
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
