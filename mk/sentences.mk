# art-sentences: evaluation on ../shared's sentence data, and the benchmark
# against ICU's sentence BreakIterator and pySBD.
.PHONY: eval-sentences bench-sentences
EVAL_TARGETS += eval-sentences
BENCH_TARGETS += bench-sentences

SENTENCES_DATA = $(SHARED)/data/sentences
SENTENCES_SCORER = $(SHARED)/tools/score_sentences.py
SENTENCES_EVAL_DIR = bench/out/eval-sentences
# Keep only id and text, so that the filter sees what a pipeline gives it.
SENTENCES_STRIP = import json,sys; [print(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False)) for r in map(json.loads, sys.stdin)]

eval-sentences:
	@if [ ! -f "$(SENTENCES_DATA)/golden_en.jsonl" ] || [ ! -f "$(SENTENCES_SCORER)" ]; then \
	  echo "eval-sentences: $(SENTENCES_DATA) not found (set SHARED=...); skipping"; \
	else \
	  $(MAKE) --no-print-directory release-art-sentences && \
	  mkdir -p $(SENTENCES_EVAL_DIR) && \
	  for set in golden_en ewt; do \
	    $(PYTHON) -c '$(SENTENCES_STRIP)' < $(SENTENCES_DATA)/$$set.jsonl > $(SENTENCES_EVAL_DIR)/$$set.in.jsonl; \
	    $(RELEASE_BIN)/art-sentences $(SENTENCES_EVAL_DIR)/$$set.in.jsonl > $(SENTENCES_EVAL_DIR)/$$set.out.jsonl; \
	  done; \
	  echo "== art-sentences: Golden Rules (target >= 50/52)"; \
	  $(PYTHON) $(SENTENCES_SCORER) $(SENTENCES_DATA)/golden_en.jsonl $(SENTENCES_EVAL_DIR)/golden_en.out.jsonl | tail -3; \
	  echo "== art-sentences: UD English Web Treebank (target F1 >= 0.93)"; \
	  $(PYTHON) $(SENTENCES_SCORER) $(SENTENCES_DATA)/ewt.jsonl $(SENTENCES_EVAL_DIR)/ewt.out.jsonl --by-genre | tail -8; \
	fi

$(BENCH_VENV)/.pysbd:
	@test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --quiet pysbd
	touch $@

bench-sentences: release $(BENCH_VENV)/.pysbd
	$(PYTHON) bench/sentences/bench.py --bin $(RELEASE_BIN) --python $(BENCH_VENV)/bin/python
