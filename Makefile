# Every target installs what it needs on first use: a fresh clone needs only `make demo` or `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
OPTIC_DIR := tools/optic
OPTIC_STAMP := $(OPTIC_DIR)/node_modules/.installed

.PHONY: demo test ensure-redis pytest lint regenerate regenerate-check normalize spec-gate diff-spec release-spec bench record-cassettes sandbox clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

$(OPTIC_STAMP): $(OPTIC_DIR)/package.json $(OPTIC_DIR)/package-lock.json
	cd $(OPTIC_DIR) && npm ci --no-audit --no-fund --loglevel=error
	touch $(OPTIC_STAMP)

demo: $(STAMP)
	$(VENV)/bin/paypal-invoicing demo

test: $(STAMP) $(OPTIC_STAMP) ensure-redis lint regenerate-check spec-gate pytest

# The Redis token store tests start their own redis-server (Debian's package).
ensure-redis:
	scripts/ensure-redis

pytest: $(STAMP) $(OPTIC_STAMP)
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check overlay scripts tests
	$(VENV)/bin/ruff format --check overlay scripts tests
	$(VENV)/bin/mypy --strict overlay/paypal_invoicing
	$(VENV)/bin/mypy --strict --scripts-are-modules $(shell find scripts -maxdepth 1 -type f | sort)

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

release-spec: $(STAMP)
	cp spec/openapi.json spec/baseline/openapi.json
	@echo "spec/baseline/openapi.json now matches spec/openapi.json; commit it with the release."

bench: $(STAMP)
	$(PY) scripts/bench

record-cassettes: $(STAMP)
	$(PY) scripts/record-cassettes $(ARGS)

sandbox: $(STAMP)
	$(VENV)/bin/paypal-invoicing sandbox

clean:
	rm -rf $(VENV) $(OPTIC_DIR)/node_modules .mypy_cache .ruff_cache .hypothesis .schemathesis
