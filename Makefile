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

# axe-core (accessibility rules) from the npm registry, for the browser tests.
AXE := .cache/npm/node_modules/axe-core/axe.min.js
$(AXE):
	@command -v npm >/dev/null || { echo "The accessibility tests need npm: apt-get install npm (then run make test again)"; exit 1; }
	mkdir -p .cache/npm
	npm install --silent --no-audit --no-fund --prefix .cache/npm axe-core@4 >/dev/null

# Debian's chromium, for the browser tests (playwright drives it; `playwright install` cannot download here).
CHROMIUM ?= /usr/bin/chromium
$(CHROMIUM):
	@echo "The browser tests need Debian's chromium: apt-get install chromium (then run make test again)"; exit 1

# Nothing is skipped: a browser test that cannot run fails instead.
test: $(STAMP) $(CHROMIUM) $(AXE)
	REQUIRE_BROWSER_TESTS=1 CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/python -m tests.eval

clean:
	rm -rf site docs/briefings docs/sources docs/glossary docs/entities docs/review docs/data docs/_generated
