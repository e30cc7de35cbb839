# Every target installs what it needs on first use: a fresh clone needs only `make demo` or `make test`.
# `make demo` installs the package with its [sandbox] extra only; `make test` adds the dev toolchain.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DEMO_STAMP := $(VENV)/.installed-sandbox
STAMP := $(VENV)/.installed
OPTIC_DIR := tools/optic
OPTIC_STAMP := $(OPTIC_DIR)/node_modules/.installed
# The Pythons `make test-pythons` runs the portable part of the suite on (pyenv's by default).
PYTHONS ?= $(wildcard $(HOME)/.pyenv/versions/3.11*/bin/python $(HOME)/.pyenv/versions/3.12*/bin/python $(HOME)/.pyenv/versions/3.13*/bin/python)
# Client, overlay, sandbox, package and the contract cassettes: what needs no generator or spec
# tools (the schemathesis run of the sandbox stays in `make test`, on the main .venv).
PORTABLE_TESTS := tests/overlay tests/contract tests/sandbox tests/package --ignore=tests/sandbox/test_schemathesis.py

.PHONY: demo test test-pythons test-package ensure-redis pytest lint rules regenerate regenerate-check normalize spec-gate diff-spec update-spec release-spec bench record-cassettes sandbox clean

# A .venv without a working bin/python >= 3.11 (an interrupted or unsupported first run) is
# removed here, before any rule looks at its stamps, and rebuilt by the rules below.
ifneq ($(wildcard $(VENV)),)
ifneq ($(shell $(PY) -c 'import sys; print(sys.version_info >= (3, 11))' 2>/dev/null),True)
$(info $(VENV) is broken (no working bin/python >= 3.11): removing it to rebuild it)
$(shell rm -rf $(VENV))
endif
endif

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "paypal-invoicing needs Python >= 3.11; '$(PYTHON)' is not: run make PYTHON=python3.11 (or 3.12, 3.13)" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(DEMO_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -q --disable-pip-version-check -e '.[sandbox]'
	touch $(DEMO_STAMP)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP) $(DEMO_STAMP)

$(OPTIC_STAMP): $(OPTIC_DIR)/package.json $(OPTIC_DIR)/package-lock.json
	cd $(OPTIC_DIR) && npm ci --no-audit --no-fund --loglevel=error
	touch $(OPTIC_STAMP)

demo: $(DEMO_STAMP)
	$(VENV)/bin/paypal-invoicing demo

test: $(STAMP) $(OPTIC_STAMP) ensure-redis lint rules regenerate-check spec-gate pytest

# The Redis token store tests start their own redis-server (Debian's package).
ensure-redis:
	scripts/ensure-redis

pytest: $(STAMP) $(OPTIC_STAMP)
	$(PY) -m pytest

# The portable part of the suite on each Python in PYTHONS, each in its own .venvs/<version>.
test-pythons:
	@test -n "$(strip $(PYTHONS))" || { echo "test-pythons: no Python found; set PYTHONS=..." >&2; exit 1; }
	@for python in $(PYTHONS); do \
	  version=$$($$python -c 'import platform; print(platform.python_version())') || exit 1; \
	  venv=.venvs/$$version; \
	  echo "== Python $$version ($$python)"; \
	  if ! $$venv/bin/python -c '' 2>/dev/null || [ ! -f $$venv/.installed ] || [ pyproject.toml -nt $$venv/.installed ]; then \
	    rm -rf $$venv && $$python -m venv $$venv && \
	    $$venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]' && \
	    touch $$venv/.installed || exit 1; \
	  fi; \
	  start=$$(date +%s); \
	  $$venv/bin/python -m pytest -x $(PORTABLE_TESTS) || exit 1; \
	  echo "== Python $$version: passed in $$(( $$(date +%s) - start )) s"; \
	done

# Build the sdist and the wheel, install the wheel in fresh venvs outside the repository (with and
# without the [sandbox] extra) and run the README's commands there.
test-package: $(STAMP)
	$(PY) scripts/test-package

# The scripts without a .py suffix are named as well: ruff finds only *.py files by itself.
SCRIPTS = $(shell find scripts -maxdepth 1 -type f ! -name '*.py' | sort)

lint: $(STAMP)
	$(VENV)/bin/ruff check overlay scripts tests $(SCRIPTS)
	$(VENV)/bin/ruff format --check overlay scripts tests $(SCRIPTS)
	$(VENV)/bin/mypy --strict overlay/paypal_invoicing
	$(VENV)/bin/mypy --strict -m paypal_invoicing_client._runtime -m paypal_invoicing_client.errors
	$(VENV)/bin/mypy --strict --scripts-are-modules $(shell find scripts -maxdepth 1 -type f | sort)

# Rules the code keeps, as checks: the import contracts of pyproject.toml's [tool.importlinter]
# (TYPE_CHECKING imports included) and the size budgets (scripts/sizes prints the size line).
# Complexity (ruff's C901) runs with `lint`.
rules: $(STAMP)
	$(VENV)/bin/lint-imports --no-cache
	$(PY) scripts/sizes

normalize: $(STAMP)
	$(PY) scripts/normalize

regenerate: $(STAMP)
	$(PY) scripts/regenerate

regenerate-check: $(STAMP)
	$(PY) scripts/regenerate --check

spec-gate: $(STAMP) $(OPTIC_STAMP)
	$(PY) scripts/diff-spec --gate spec/baseline/openapi.json spec/openapi.json

diff-spec: $(STAMP) $(OPTIC_STAMP)
	$(PY) scripts/diff-spec $(ARGS)

# PayPal published a new file: put it in place, regenerate, run the gate and the contract tests
# (exit codes and the restore on failure: scripts/update-spec --help).
update-spec: $(STAMP) $(OPTIC_STAMP)
	@test -n "$(SPEC)" || { echo "usage: make update-spec SPEC=PATH (the new PayPal spec file)" >&2; exit 2; }
	$(PY) scripts/update-spec "$(SPEC)" $(ARGS)

release-spec: $(STAMP)
	cp spec/openapi.json spec/baseline/openapi.json
	@echo "spec/baseline/openapi.json now matches spec/openapi.json; commit it with the release."

bench: $(STAMP)
	$(PY) scripts/bench

record-cassettes: $(STAMP)
	$(PY) scripts/record-cassettes $(ARGS)

sandbox: $(DEMO_STAMP)
	$(VENV)/bin/paypal-invoicing sandbox

clean:
	rm -rf $(VENV) .venvs $(OPTIC_DIR)/node_modules .mypy_cache .ruff_cache .hypothesis .schemathesis demo-output dist
