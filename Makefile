# kvalkod: set-up, tests and the app. Every target does its own set-up, so a fresh clone
# needs only python3, pip and make.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup test test-core soak run demo samples bench bundle translations clean

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

# The sample projects are committed (sample_projects/build.py rebuilds them byte for byte).
# The app opens a working copy in out/, so coding in the demo never changes the committed file;
# the copy is renewed when the committed demo is newer.
DEMO   := sample_projects/intervjustudie.kvalkod
WORK   := out/intervjustudie.kvalkod
EXPORT := out/demo

$(WORK): $(DEMO)
	@mkdir -p out
	cp $(DEMO) $(WORK)

# The app on the interview demo. Without a display it says how to render offscreen instead.
run: setup $(WORK)
	@$(BIN)/kvalkod gui $(WORK)

# Headless: the demo's report draft (.docx), theme matrices (.xlsx), framework matrix and the
# reviewers' page (.html), into out/demo/. From a fresh copy of the committed demo: SQLite
# rewrites a file's header even when a command only reads it.
demo: setup
	@mkdir -p $(EXPORT)
	@cp $(DEMO) $(EXPORT)/intervjustudie.kvalkod
	@$(BIN)/kvalkod report $(EXPORT)/intervjustudie.kvalkod --out $(EXPORT)/rapportutkast.docx
	@$(BIN)/kvalkod matrix $(EXPORT)/intervjustudie.kvalkod --rows case --themes \
		--out $(EXPORT)/temamatris-fall.xlsx
	@$(BIN)/kvalkod matrix $(EXPORT)/intervjustudie.kvalkod --rows var:roll --themes \
		--out $(EXPORT)/temamatris-roll.xlsx
	@$(BIN)/kvalkod framework $(EXPORT)/intervjustudie.kvalkod --rows case --theme Hanteringsstrategier \
		--out $(EXPORT)/ramverksmatris.xlsx
	@$(BIN)/kvalkod review-export $(EXPORT)/intervjustudie.kvalkod --out $(EXPORT)/granskning.html
	@echo "demo: the report draft, theme matrices, framework matrix and reviewers' page are in $(EXPORT)/"

# Rebuild the committed sample projects from sources/ (after changing a sample's script or the
# schema), or check that they are current (make test does too).
samples: setup
	$(BIN)/python sample_projects/build.py

# The app as one folder, dist/kvalkod/ (build.spec), then its smoke test: the frozen executable's
# --version, the window offscreen in Swedish and English, and exports through the lazy libraries.
# -e keeps the editable install: build.spec copies kvalkod's package metadata from .venv.
bundle: setup
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/pyinstaller build.spec --noconfirm
	$(BIN)/python scripts/bundle_smoke.py

translations:
	$(BIN)/pyside6-lupdate $$(find ui -name '*.py' | sort) -ts resources/translations/kvalkod_sv.ts \
		-source-language en -target-language sv -no-obsolete
	$(BIN)/pyside6-lrelease resources/translations/kvalkod_sv.ts -qm resources/translations/kvalkod_sv.qm

bench: setup
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
