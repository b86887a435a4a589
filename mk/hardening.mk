# Hardening: fuzzing, sanitizers, adversarial inputs, signals and pipes.
#
#   make fuzz             every libFuzzer target for FUZZ_SECONDS each (ASan)
#   make fuzz-replay      the seed corpora and past crashes, in a normal build
#   make test-asan        the unit tests under AddressSanitizer
#   make test-tsan        the unit tests under ThreadSanitizer (-j, art-fetch)
#   make adversarial      the whole adversarial corpus (1 GB stream, 100 MB record...)
#   make test-hardening   its fast subset, signals, pipes, full disk (part of make test)

FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= json jsonvalue strip sentences entities quotes
FUZZ_JOBS ?= 1
FUZZ_FLAGS ?= -max_len=65536 -timeout=30 -rss_limit_mb=2048
FUZZ_SCRATCH := .build-fuzz
FUZZ_BIN := $(FUZZ_SCRATCH)/release/art-fuzz
# The package to build from: a snapshot of a tree that others are editing
# (e.g. FUZZ_PACKAGE=.build-fuzz/src) avoids "modified during the build".
FUZZ_PACKAGE ?= .
ADVERSARIAL_FLAGS ?=

TEST_TARGETS += test-hardening

.PHONY: tsan-jobs fetch-faults fuzz fuzz-build fuzz-replay test-asan test-tsan adversarial test-hardening

# libFuzzer and ASan instrument every Swift module the driver links; the C
# scanner (CScan) gets coverage and ASan too. -DFUZZING drops the replay main.
fuzz-build:
	$(SWIFT) build -c release --package-path $(FUZZ_PACKAGE) --scratch-path $(CURDIR)/$(FUZZ_SCRATCH) --product art-fuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING \
	  -Xcc -fsanitize=fuzzer-no-link,address

# Each target runs on a scratch copy of its seed corpus (new inputs stay out
# of the repository); a crash input lands in $(FUZZ_SCRATCH)/crashes/<target>/.
fuzz: fuzz-build
	@set -u; failed=""; F="$(CURDIR)/$(FUZZ_SCRATCH)"; \
	for t in $(FUZZ_TARGETS); do \
	  mkdir -p $$F/corpus/$$t $$F/crashes/$$t; rm -f $$F/fuzz-*.log; \
	  echo "fuzz $$t: $(FUZZ_SECONDS) s"; \
	  if (cd $$F && ART_FUZZ_TARGET=$$t $$F/release/art-fuzz $(FUZZ_FLAGS) -max_total_time=$(FUZZ_SECONDS) \
	      -print_final_stats=1 $(if $(filter-out 1,$(FUZZ_JOBS)),-jobs=$(FUZZ_JOBS) -workers=$(FUZZ_JOBS)) \
	      -artifact_prefix=$$F/crashes/$$t/ $$F/corpus/$$t $(CURDIR)/fuzz/corpus/$$t) > $$F/$$t.log 2>&1; then \
	    echo "fuzz $$t: $$(cat $$F/$$t.log $$F/fuzz-*.log 2>/dev/null | awk '/stat::number_of_executed_units/ {s+=$$2} END {print s+0}') executions, no crash"; \
	  else \
	    echo "fuzz $$t: FAILED, see $$F/$$t.log and $$F/crashes/$$t/"; \
	    cat $$F/$$t.log $$F/fuzz-*.log 2>/dev/null | grep -m3 -E 'ERROR|property violated|Fatal error' || true; \
	    failed="$$failed $$t"; \
	  fi; \
	done; \
	if [ -n "$$failed" ]; then echo "make fuzz: crashes in:$$failed"; exit 1; fi

# The seed corpora and every past crash input, through the same checks, in
# the normal debug build (`swift build` builds art-fuzz too; no libFuzzer).
fuzz-replay: debug
	@for t in $(FUZZ_TARGETS); do \
	  $(DEBUG_BIN)/art-fuzz $$t fuzz/corpus/$$t $$(test -d fuzz/regressions/$$t && echo fuzz/regressions/$$t); \
	done

# The XCTest runner's own objects outlive it: Tests/hardening/lsan.supp.
test-asan:
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/hardening/lsan.supp $(SWIFT) test --sanitize=address --package-path $(FUZZ_PACKAGE) --scratch-path $(CURDIR)/.build-asan

# ThreadSanitizer: the runner's -j map and art-fetch's concurrent fetches.
test-tsan:
	$(SWIFT) test --sanitize=thread --package-path $(FUZZ_PACKAGE) --scratch-path $(CURDIR)/.build-tsan

# A lighter ThreadSanitizer check of the runner's -j map alone (no NIO): one
# filter built with -sanitize=thread, run with -j 4 over many records.
tsan-jobs:
	$(SWIFT) build --package-path $(FUZZ_PACKAGE) --scratch-path $(CURDIR)/.build-tsan --product art-sentences -Xswiftc -sanitize=thread
	$(PYTHON) -c 'import json; [print(json.dumps({"id": i, "text": "One sentence here. Another one, Mr. Smith said. " * (i % 7 + 1)})) for i in range(20000)]' \
	  | TSAN_OPTIONS=halt_on_error=1 $(CURDIR)/.build-tsan/debug/art-sentences -j 4 | wc -l | grep -qx 20000
	@echo "tsan-jobs: art-sentences -j 4 on 20,000 records: no data race reported"

adversarial: release
	$(PYTHON) Tests/hardening/adversarial.py --bin $(RELEASE_BIN) $(ADVERSARIAL_FLAGS)
	$(PYTHON) Tests/hardening/fetch_faults.py --bin $(RELEASE_BIN) --urls 10000

# 10,000 URLs against a loopback server that resets, stalls, drips, lies.
fetch-faults: release
	$(PYTHON) Tests/hardening/fetch_faults.py --bin $(RELEASE_BIN) --urls 10000

test-hardening: debug fuzz-replay
	$(PYTHON) Tests/cli/transcripts.py --bin $(DEBUG_BIN) $(sort $(wildcard Tests/hardening/*.t))
	$(PYTHON) Tests/hardening/adversarial.py --bin $(DEBUG_BIN) --quick
