# conflictkg: `make demo` builds the seed graph and runs the saved queries; `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install lint format bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/conflictkg build seeds --output out/graph.ttl --store out/store
	$(BIN)/conflictkg validate out/graph.ttl --report out/shacl-report.ttl
	@for q in $$($(BIN)/python -c "from conflictkg.query import load_queries; print(' '.join(load_queries()))"); do \
		echo; echo "== $$q"; $(BIN)/conflictkg query $$q --store out/store || exit 1; \
	done

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

format: install
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

# The shared scorer on the seeds and on the dev set; skipped with a message when ../shared is absent.
SHARED ?= ../shared/eval
eval: install
	@mkdir -p out/eval
	@if [ ! -f $(SHARED)/score.py ]; then echo "no scorer at $(SHARED)/score.py: eval skipped"; exit 0; fi; \
	for set in seeds dev; do \
		if [ $$set = seeds ]; then corpus=seeds; gold=$(SHARED)/gold/seeds.json; \
		else corpus=$(SHARED)/dev; gold=$(SHARED)/gold/dev.json; fi; \
		if [ ! -d $$corpus ]; then echo "no $$set set at $$corpus: skipped"; continue; fi; \
		echo "== $$set"; \
		$(BIN)/conflictkg build $$corpus --output out/eval/$$set.ttl > out/eval/$$set.log 2>&1 \
			|| { [ $$? -ne 1 ] || { cat out/eval/$$set.log; exit 1; }; }; \
		$(BIN)/python $(SHARED)/score.py --graph out/eval/$$set.ttl --ontology ontology/ --gold $$gold || exit 1; \
	done

# the build at 1k, 10k and 100k articles (about half an hour on 2 cores), the plain rdflib +
# owlrl + pyshacl way beside it on 1k, HTTP latency on the seeds, and
# the saved queries' latency on generated stores of ~1M quads (bench/bench_queries.py); add
# ~10M with `make bench BENCH_SIZES="1M 10M"` (its first build takes most of an hour: the stores
# stay in BENCH_WORK for the next runs); BENCH_LIMIT=100 times first pages, not whole answers.
BENCH_SIZES ?= 1M
BENCH_WORK ?= out/bench
BENCH_LIMIT ?=
bench: install
	$(BIN)/python bench/bench_build.py --sizes 1000,10000,100000 --plain 1000
	$(BIN)/python bench/bench_http.py
	$(BIN)/python bench/bench_queries.py --work $(BENCH_WORK) $(addprefix --size ,$(BENCH_SIZES)) \
		$(if $(BENCH_LIMIT),--limit $(BENCH_LIMIT)) --json $(BENCH_WORK)/queries.json

clean:
	rm -rf out build dist src/*.egg-info .pytest_cache
