# art-json's corpus features: --stats throughput on annotated JSON Lines and
# --duplicates memory per million distinct records.
#
#   make bench-stats   MB/s of art-json --stats; --duplicates bytes a record
.PHONY: bench-stats
BENCH_TARGETS += bench-stats

STATS_MEGABYTES ?= 256
DUPLICATE_RECORDS ?= 1000000

bench-stats: release
	$(PYTHON) bench/json/bench_stats.py --bin $(RELEASE_BIN) --megabytes $(STATS_MEGABYTES) --dup-records $(DUPLICATE_RECORDS)
