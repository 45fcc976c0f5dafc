# Hoot: `make run` starts the app, `make test` runs every check. Both are safe to repeat.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint types pytest bench screenshots dist deb clean system-deps-run system-deps-test

# Without an API key, Hoot opens in demo mode (practice answers, nothing saved until set-up).
run: system-deps-run $(VENV)/.run-installed
	$(BIN)/hoot $(if $(ANTHROPIC_API_KEY),,--demo)

test: system-deps-test $(VENV)/.test-installed lint types pytest

lint: $(VENV)/.test-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(VENV)/.test-installed
	$(BIN)/mypy app

# In CI the frozen app and the .deb are also built, started and installed (about 2.5 minutes).
ifdef CI
PYTEST_ENV := HOOT_BUILD_TESTS=1
PYTEST_DEPS := $(VENV)/.build-installed
endif

pytest: $(VENV)/.test-installed $(PYTEST_DEPS)
	$(PYTEST_ENV) $(BIN)/pytest $(PYTEST_ARGS)

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

# -- Packaging (docs/ADMIN.md). `dist` builds the one-folder app with PyInstaller, `deb` the
# Debian package from it, `installers` compiles the NSIS and WiX scripts against a Windows
# one-folder build (WINDOWS_DIST, e.g. the artifact of .github/workflows/windows-installer.yml).
.PHONY: installers
WINDOWS_DIST ?= dist/windows/hoot

$(VENV)/.build-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[build]'
	touch $@

dist: $(VENV)/.build-installed
	$(BIN)/pyinstaller --noconfirm --clean --log-level=WARN --distpath dist \
		--workpath build/pyinstaller build_spec.spec
	@du -sh dist/hoot

deb: dist
	tools/build_deb.sh dist/hoot dist

installers:
	@test -f $(WINDOWS_DIST)/hoot.exe || { echo "No Windows build in $(WINDOWS_DIST)"; exit 1; }
	tools/build_windows_installers.sh $(WINDOWS_DIST) dist
