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

# Four workers on two cores: the end-to-end tests mostly wait on the processes they start
# (tests/e2e: 399 s with -n 2, 269 s with -n 4); worksteal evens out the slow tests at the end.
XDIST := -n 4 --dist worksteal

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
