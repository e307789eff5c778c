# Jigsaw: `make demo` sets up and opens the app on the example cases; `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LINT := tests/cypher_lint

.PHONY: demo test install lint-deps bench clean

demo: $(VENV)/.installed
	$(BIN)/jigsaw demo

test: $(VENV)/.installed $(LINT)/node_modules/.installed
	$(BIN)/pytest -q

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# Neo4j's own Cypher parser, used by the portability test (only pre-releases are published, so it is pinned).
$(LINT)/node_modules/.installed: $(LINT)/package.json
	cd $(LINT) && npm install --no-audit --no-fund --loglevel=error
	touch $@

bench: $(VENV)/.installed
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) $(LINT)/node_modules
