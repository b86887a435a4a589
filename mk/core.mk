# The core's benchmark: JSON Lines throughput against cat and jq, and memory.
.PHONY: bench-core
BENCH_TARGETS += bench-core

bench-core: release
	$(PYTHON) bench/core/bench.py --bin $(RELEASE_BIN) --data bench/data
