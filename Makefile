PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-full lint types unit bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	@$(BIN)/concierge run

test: $(STAMP) lint types unit

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	# Dead code; tests, bench and scripts count as users. Whitelist: framework callbacks only.
	$(BIN)/vulture core adapters bot scripts bench tests vulture_whitelist.py --min-confidence 60

types: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q -n 2

# Nightly: the heaviest exhaustive-scoring properties on their whole pool, every example
# (make test checks the same properties on a sample: tests/conftest.py FULL_TESTS).
test-full: $(STAMP) lint types
	CONCIERGE_FULL_TESTS=1 $(BIN)/pytest -q -n 2

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
