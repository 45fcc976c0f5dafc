# Hoot: `make run` starts the app, `make test` runs every check. Both are safe to repeat.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint types pytest bench screenshots dist deb clean system-deps-run system-deps-test

run: system-deps-run $(VENV)/.run-installed
	$(BIN)/hoot

test: system-deps-test $(VENV)/.test-installed lint types pytest

lint: $(VENV)/.test-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(VENV)/.test-installed
	$(BIN)/mypy app

pytest: $(VENV)/.test-installed
	$(BIN)/pytest $(PYTEST_ARGS)

bench: $(VENV)/.test-installed
	$(BIN)/python -m benchmarks

system-deps-run:
	@tools/system-deps.sh run

system-deps-test:
	@tools/system-deps.sh test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The stamp files make a second run quick: pip runs again only when pyproject.toml changes.
$(VENV)/.run-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@ $(VENV)/.run-installed

clean:
	rm -rf build dist .mypy_cache .ruff_cache .pytest_cache

screenshots: $(VENV)/.test-installed
	xvfb-run -a -s "-screen 0 1280x1024x24 -dpi 96" $(BIN)/python tools/screenshots.py
