# The two set-up commands of the README: `make run` and `make test`. Each makes its own virtual
# environment (.venv) and installs what it needs, so they work on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check -q
# Three workers (pytest-xdist) on two cores: most tests wait on X servers, sound and child
# processes (with three workers the cores were idle half the time). The tests marked slow are
# first in the list (tests/conftest.py) and the workers steal work from each other: 7:21 here
# against 10:03 with two workers in collection order (see tests/conftest.py for the others).
# Tests marked serial run afterwards in one process (see the marker's users for why). The
# slowest 15 are listed at the end.
PYTEST_ARGS ?= -n 3 --dist worksteal --durations=15

.PHONY: run test lint bench clean

$(VENV)/.run-installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -e ".[test]"
	touch $@ $(VENV)/.run-installed

run: $(VENV)/.run-installed
	$(PY) -m walkcoach $(ARGS)

test: $(VENV)/.test-installed
	bash tools/system-packages.sh
	$(VENV)/bin/ruff check walkcoach tests benchmarks tools packaging setup.py
	$(VENV)/bin/ruff format --check walkcoach tests benchmarks tools packaging setup.py
	$(VENV)/bin/mypy
	$(PY) -m pytest $(PYTEST_ARGS) -m "not serial"
	$(PY) -m pytest -m serial

lint: $(VENV)/.test-installed
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache test-artifacts
