# Peak memory of every filter on one record of 1 KB to 300 MB, against
# art(7)'s bound (ten times the record plus 64 MB); the 300 MB record must
# pass through with too_large.
.PHONY: bench-memory
BENCH_TARGETS += bench-memory

bench-memory: release
	$(PYTHON) bench/memory/bench.py --bin $(RELEASE_BIN) --data bench/data
