# The four-stage pipeline against the Python stack a user would pick
# instead (trafilatura -> spaCy small -> textacy), on the extraction pages,
# then on 5,000 records at -j 1 and -j 2.
.PHONY: bench-pipeline
BENCH_TARGETS += bench-pipeline
PIPELINE_PAGES := $(SHARED)/data/extraction/pages

bench-pipeline:
	@if [ ! -d "$(PIPELINE_PAGES)" ]; then \
	  echo "bench-pipeline: $(PIPELINE_PAGES) not found (set SHARED=...); skipping"; \
	else \
	  $(MAKE) --no-print-directory release $(BENCH_VENV)/.trafilatura $(BENCH_VENV)/.textacy && \
	  $(PYTHON) bench/pipeline/bench.py --bin $(RELEASE_BIN) --python $(BENCH_VENV)/bin/python --pages $(PIPELINE_PAGES); \
	fi
