# art-fetch: the loopback benchmark (5,000 pages of ~20 KB at concurrency
# 64, side by side with xargs -P 64 curl) and the fault run (5,000 URLs,
# ~10% failing, checked record by record).
.PHONY: bench-fetch bench-warc
BENCH_TARGETS += bench-fetch bench-warc

bench-fetch: release
	$(PYTHON) bench/fetch/bench.py --bin $(RELEASE_BIN)

# art-fetch --warc beside gzip -dc on the same file: a WARC of 20,000
# gzipped responses, written once under bench/data/warc.
bench-warc: release
	$(PYTHON) bench/warc/bench.py --bin $(RELEASE_BIN)
