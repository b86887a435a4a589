# art-strip: evaluation on ../shared's extraction pages (text F1 and metadata
# agreement), and the benchmark against trafilatura.
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

eval-strip:
	@if [ ! -f "$(STRIP_DATA)/truth.jsonl" ] || [ ! -d "$(STRIP_DATA)/pages" ] || [ ! -f "$(STRIP_SCORER)" ]; then \
	  echo "eval-strip: $(STRIP_DATA) not found (set SHARED=...); skipping"; \
	else \
	  $(MAKE) --no-print-directory release-art-strip && \
	  mkdir -p $(STRIP_EVAL_DIR) && \
	  $(PYTHON) bench/strip/make_input.py $(STRIP_DATA)/pages > $(STRIP_EVAL_DIR)/in.jsonl && \
	  $(RELEASE_BIN)/art-strip --drop-html $(STRIP_EVAL_DIR)/in.jsonl > $(STRIP_EVAL_DIR)/out.jsonl && \
	  echo "== art-strip: text F1 on $(STRIP_DATA) (whole-page baseline 0.840)" && \
	  $(PYTHON) $(STRIP_SCORER) $(STRIP_DATA)/truth.jsonl $(STRIP_EVAL_DIR)/out.jsonl && \
	  echo "== art-strip: metadata agreement" && \
	  $(PYTHON) bench/strip/score_metadata.py $(STRIP_DATA)/truth.jsonl $(STRIP_EVAL_DIR)/out.jsonl; \
	fi

# Text, title, authors and date on WCXB's development article pages.
eval-strip-wcxb:
	@if [ ! -f "$(WCXB_DATA)/truth.jsonl" ] || [ ! -f "$(WCXB_SCORER)" ]; then \
	  echo "eval-strip-wcxb: $(WCXB_DATA) not found (set SHARED=...); skipping"; \
	else \
	  $(MAKE) --no-print-directory release-art-strip && \
	  mkdir -p $(STRIP_EVAL_DIR) && \
	  $(PYTHON) -c '$(WCXB_INPUT)' $(WCXB_DATA) > $(STRIP_EVAL_DIR)/wcxb_in.jsonl && \
	  $(RELEASE_BIN)/art-strip --drop-html $(STRIP_EVAL_DIR)/wcxb_in.jsonl > $(STRIP_EVAL_DIR)/wcxb_out.jsonl && \
	  echo "== art-strip: WCXB development articles (text F1, title, authors, date)" && \
	  $(PYTHON) $(WCXB_SCORER) $(WCXB_DATA)/truth.jsonl $(STRIP_EVAL_DIR)/wcxb_out.jsonl; \
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
