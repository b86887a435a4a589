# Language identification: how often art-strip's `lang` is right on texts of
# at least 200 characters built from ../shared's development data and from
# bench/language/pud_texts.jsonl (eleven more languages, in the repository).
.PHONY: eval-language
EVAL_TARGETS += eval-language

eval-language:
	@$(MAKE) --no-print-directory release-art-strip && \
	echo "== language identification (art-strip lang; target >= 0.99)" && \
	$(PYTHON) bench/language/accuracy.py --bin $(RELEASE_BIN) --shared $(SHARED)

# Throughput per language beside English (art(7): no filter below 80% of its
# English speed on its languages).
.PHONY: bench-languages
BENCH_TARGETS += bench-languages

bench-languages:
	@if [ ! -d "$(SHARED)/data/multilingual" ]; then \
	  echo "bench-languages: $(SHARED)/data not found (set SHARED=...); skipping"; \
	else \
	  $(MAKE) --no-print-directory release-art-sentences release-art-entities release-art-quotes && \
	  $(PYTHON) bench/language/throughput.py --bin $(RELEASE_BIN) --shared $(SHARED); \
	fi
