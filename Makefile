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

# Two workers: four (tests/e2e 269 s instead of 399 s, the suite 9 min) let the fleet test that
# kills chat and digest processes (tests/e2e/test_shards_run.py) miss its 240 s wave once in four
# runs; worksteal evens out the slow tests at the end.
XDIST := -n 2 --dist worksteal

unit: $(STAMP)
	$(BIN)/pytest -q $(XDIST)

# Before a release (nothing schedules it): the heaviest exhaustive-scoring properties on their whole pool, every example
# (make test checks the same properties on a sample: tests/conftest.py FULL_TESTS).
test-full: $(STAMP) lint types
	CONCIERGE_FULL_TESTS=1 $(BIN)/pytest -q $(XDIST)

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
