# kvalkod: set-up, tests and the app. Every target does its own set-up, so a fresh clone
# needs only python3, pip and make.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup test test-core run demo bench translations clean

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

# The fuzz, hostile-file and kill tests at full length: thousands of inputs per importer and
# forty rounds of kill -9 (docs/reliability.md).
soak: setup
	KVALKOD_SOAK=1 $(BIN)/python -m pytest -n 2 tests/core/test_fuzz_importers.py \
		tests/core/test_hostile_files.py tests/core/test_crash_safety.py --hypothesis-show-statistics

SAMPLE := sample_projects/dokumentstudie.kvalkod

# The sample project is built from the cited seed reports on first use.
$(SAMPLE): $(STAMP) sample_projects/build.py
	$(BIN)/python sample_projects/build.py $(SAMPLE)

# The app on the sample project. Without a display it says how to render offscreen instead.
run: setup $(SAMPLE)
	@$(BIN)/kvalkod gui $(SAMPLE)

# Headless: build the sample project and render the window with a coded document to out/.
demo: setup $(SAMPLE)
	@mkdir -p out
	@QT_QPA_PLATFORM=offscreen $(BIN)/kvalkod gui $(SAMPLE) --open-doc 002_0322864ac7075944 \
		--screenshot out/dokumentstudie.png
	@echo "demo: project $(SAMPLE), window out/dokumentstudie.png"

translations:
	$(BIN)/pyside6-lupdate $$(find ui -name '*.py' | sort) -ts resources/translations/kvalkod_sv.ts \
		-source-language en -target-language sv -no-obsolete
	$(BIN)/pyside6-lrelease resources/translations/kvalkod_sv.ts -qm resources/translations/kvalkod_sv.qm

bench: setup
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
