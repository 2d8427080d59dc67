# Two commands do all the set-up on a fresh machine: `make serve` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Reproducible builds: "last built" is the last commit's time, so the same commit gives the same bytes.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)

.PHONY: serve build generate test check eval clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

generate: $(STAMP)
	$(BIN)/python -m build_scripts build

serve: generate
	$(BIN)/mkdocs serve

build: generate
	$(BIN)/mkdocs build --strict --site-dir site

check: $(STAMP)
	$(BIN)/python -m build_scripts check

test: $(STAMP)
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/python -m tests.eval

clean:
	rm -rf site docs/briefings docs/sources docs/glossary docs/entities docs/review docs/data docs/_generated
