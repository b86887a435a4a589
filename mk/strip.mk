# art-strip: evaluation on ../shared's extraction and WCXB pages (text F1 and
# metadata), beside trafilatura's, and the benchmark against trafilatura.
.PHONY: eval-strip eval-strip-wcxb bench-strip
EVAL_TARGETS += eval-strip eval-strip-wcxb
BENCH_TARGETS += bench-strip

STRIP_DATA = $(SHARED)/data/extraction
STRIP_SCORER = $(SHARED)/tools/score_extraction.py
STRIP_EVAL_DIR = bench/out/eval-strip
WCXB_DATA = $(SHARED)/data/wcxb
WCXB_SCORER = $(SHARED)/tools/score_wcxb.py
# WCXB's pages are all UTF-8 (its README): {"id", "url", "html"} per page.
WCXB_INPUT = import gzip,json,os,sys; d=sys.argv[1]; [print(json.dumps({"id": r["id"], "url": r["url"], "html": gzip.open(os.path.join(d, "pages", r["id"] + ".html.gz")).read().decode("utf-8", "replace")}, ensure_ascii=False)) for r in map(json.loads, open(os.path.join(d, "truth.jsonl"), encoding="utf-8"))]

# Both print art-strip's scores beside trafilatura's (bench/ venv), on the
# same pages in the same run.
TRAFILATURA = $(BENCH_VENV)/bin/python bench/strip/run_trafilatura.py --metadata
SIDE_BY_SIDE = $(PYTHON) bench/strip/side_by_side.py

eval-strip:
	@if [ ! -f "$(STRIP_DATA)/truth.jsonl" ] || [ ! -d "$(STRIP_DATA)/pages" ] || [ ! -f "$(STRIP_SCORER)" ]; then \
	  echo "eval-strip: $(STRIP_DATA) not found (set SHARED=...); skipping"; \
	else \
	  $(MAKE) --no-print-directory release-art-strip $(BENCH_VENV)/.trafilatura && \
	  mkdir -p $(STRIP_EVAL_DIR) && \
	  $(PYTHON) bench/strip/make_input.py $(STRIP_DATA)/pages > $(STRIP_EVAL_DIR)/in.jsonl && \
	  $(RELEASE_BIN)/art-strip --drop-html $(STRIP_EVAL_DIR)/in.jsonl > $(STRIP_EVAL_DIR)/out.jsonl && \
	  { $(TRAFILATURA) < $(STRIP_EVAL_DIR)/in.jsonl > $(STRIP_EVAL_DIR)/trafilatura.jsonl 2> $(STRIP_EVAL_DIR)/trafilatura.log || \
	    { echo "eval-strip: trafilatura failed: see $(STRIP_EVAL_DIR)/trafilatura.log"; false; }; } && \
	  echo "== $(STRIP_DATA): text F1 (whole-page baseline 0.840) and metadata agreement" && \
	  $(SIDE_BY_SIDE) extraction --truth $(STRIP_DATA)/truth.jsonl --scorer $(STRIP_SCORER) \
	    art-strip=$(STRIP_EVAL_DIR)/out.jsonl trafilatura=$(STRIP_EVAL_DIR)/trafilatura.jsonl; \
	fi

# Text, title, authors and date on WCXB's development article pages.
eval-strip-wcxb:
	@if [ ! -f "$(WCXB_DATA)/truth.jsonl" ] || [ ! -f "$(WCXB_SCORER)" ]; then \
	  echo "eval-strip-wcxb: $(WCXB_DATA) not found (set SHARED=...); skipping"; \
	else \
	  $(MAKE) --no-print-directory release-art-strip $(BENCH_VENV)/.trafilatura && \
	  mkdir -p $(STRIP_EVAL_DIR) && \
	  $(PYTHON) -c '$(WCXB_INPUT)' $(WCXB_DATA) > $(STRIP_EVAL_DIR)/wcxb_in.jsonl && \
	  $(RELEASE_BIN)/art-strip --drop-html $(STRIP_EVAL_DIR)/wcxb_in.jsonl > $(STRIP_EVAL_DIR)/wcxb_out.jsonl && \
	  { $(TRAFILATURA) < $(STRIP_EVAL_DIR)/wcxb_in.jsonl > $(STRIP_EVAL_DIR)/wcxb_trafilatura.jsonl 2> $(STRIP_EVAL_DIR)/trafilatura.log || \
	    { echo "eval-strip-wcxb: trafilatura failed: see $(STRIP_EVAL_DIR)/trafilatura.log"; false; }; } && \
	  echo "== $(WCXB_DATA): development articles (score_wcxb.py)" && \
	  $(SIDE_BY_SIDE) wcxb --truth $(WCXB_DATA)/truth.jsonl --scorer $(WCXB_SCORER) \
	    art-strip=$(STRIP_EVAL_DIR)/wcxb_out.jsonl trafilatura=$(STRIP_EVAL_DIR)/wcxb_trafilatura.jsonl; \
	fi

$(BENCH_VENV)/.trafilatura:
	@test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --quiet trafilatura lxml_html_clean
	touch $@

bench-strip:
	@if [ ! -d "$(STRIP_DATA)/pages" ]; then \
	  echo "bench-strip: $(STRIP_DATA) not found (set SHARED=...); skipping"; \
	else \
	  test -x /usr/bin/time || { echo "bench-strip: /usr/bin/time not found: install it with: sudo apt-get install time"; exit 1; }; \
	  $(MAKE) --no-print-directory release-art-strip $(BENCH_VENV)/.trafilatura && \
	  $(PYTHON) bench/strip/bench.py --bin $(RELEASE_BIN) --python $(BENCH_VENV)/bin/python \
	    --pages $(STRIP_DATA)/pages --truth $(STRIP_DATA)/truth.jsonl; \
	fi
