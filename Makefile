# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: run test demo bench bench-engine bench-cold-start reliability package package-test forms screenshots lint clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Reinstall whenever pyproject.toml changes.
$(VENV)/.installed-app: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e '.[test,bench]'
	touch $@ $(VENV)/.installed-app

run: $(VENV)/.installed-app
	$(PY) -m kixie_desktop

test: $(VENV)/.installed-test
	$(PY) -m pytest $(PYTEST_ARGS)

demo: $(VENV)/.installed-app
	$(PY) -m kixie_desktop demo

bench: bench-engine

bench-engine: $(VENV)/.installed-test
	$(PY) bench/engine_throughput.py

# The time to a painted window, against a bare PySide6 window (bench/cold_start.py).
bench-cold-start: $(VENV)/.installed-app
	$(PY) bench/cold_start.py

$(VENV)/.installed-reliability: pyproject.toml $(VENV)/.installed-test
	$(PY) -m pip install --quiet -e '.[test,bench,reliability]'
	touch $@

# The long runs: kill -9 while sending (both databases when KIXIE_TEST_POSTGRES_URL is set),
# and the HTTP API fuzzed from its OpenAPI document.
reliability: $(VENV)/.installed-reliability
	$(PY) bench/crash_harness.py
	$(PY) bench/api_fuzz.py

$(VENV)/.installed-package: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e '.[package]'
	touch $@ $(VENV)/.installed-app

# A self-contained folder, dist/kixie-desktop/, built by PyInstaller from
# packaging/kixie-desktop.spec (packaging/README.md); package-test runs its self-test.
package: $(VENV)/.installed-package
	$(PY) -m PyInstaller --noconfirm --log-level WARN --workpath build/pyinstaller --distpath dist \
		packaging/kixie-desktop.spec

package-test: package
	dist/kixie-desktop/kixie-desktop --self-test

forms: $(VENV)/.installed-app
	$(PY) -m kixie_desktop.gui.build_forms

# The pictures in docs/images/, taken offscreen from the real windows.
screenshots: $(VENV)/.installed-app
	QT_QPA_PLATFORM=offscreen $(PY) docs/screenshots.py
	QT_QPA_PLATFORM=offscreen $(PY) docs/settings_screenshots.py
	QT_QPA_PLATFORM=offscreen $(PY) docs/powercall_screenshots.py
	QT_QPA_PLATFORM=offscreen $(PY) docs/analytics_screenshots.py

lint: $(VENV)/.installed-test
	$(VENV)/bin/lint-imports

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
