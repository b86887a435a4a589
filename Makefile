# art — Unix filters for news articles.
#
#   make            build release binaries
#   make test       build and run every test (unit, CLI transcripts, man pages)
#   make demo       run the whole pipeline on the bundled example article
#   make install    install binaries and man pages under $(prefix)
#   make eval       score the filters on ../shared's development data
#   make bench      measure speed and memory against the peer tools

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
.SUFFIXES:

prefix ?= /usr/local
exec_prefix ?= $(prefix)
bindir ?= $(exec_prefix)/bin
datarootdir ?= $(prefix)/share
datadir ?= $(datarootdir)
mandir ?= $(datarootdir)/man
artdatadir ?= $(datadir)/art
INSTALL ?= install
INSTALL_PROGRAM ?= $(INSTALL) -m 755
INSTALL_DATA ?= $(INSTALL) -m 644

SWIFT ?= swift
PYTHON ?= python3
SHARED ?= ../shared
BENCH_VENV ?= bench/venv
DEBUG_BIN := .build/debug
RELEASE_BIN := .build/release
TOOLS := art-json art-fetch art-strip art-sentences art-entities art-quotes
MAN_PAGES := $(wildcard man/*.1 man/*.7)

# Each filter adds its own targets to these lists in mk/<filter>.mk.
EVAL_TARGETS :=
BENCH_TARGETS :=
INSTALL_TARGETS :=
UNINSTALL_TARGETS :=
TEST_TARGETS :=

include $(sort $(wildcard mk/*.mk))

.PHONY: all build debug release test check unit-tests cli-tests man-tests report-tests lint-man \
	install uninstall eval bench demo deps version clean

all: release

build: release

deps:
	@missing=""; \
	pkg-config --exists libxml-2.0 || missing="$$missing libxml2-dev"; \
	pkg-config --exists icu-uc icu-i18n || missing="$$missing libicu-dev"; \
	command -v $(SWIFT) >/dev/null || { echo "error: swift not found: install Swift 6 (https://swift.org/install)"; exit 1; }; \
	if [ -n "$$missing" ]; then \
	  echo "error: missing development packages:$$missing"; \
	  echo "       install them with: sudo apt-get install$$missing pkg-config"; \
	  exit 1; \
	fi

debug: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# Generated from VERSION so that every filter reports the same version.
version: Sources/ArtCore/Version.swift
Sources/ArtCore/Version.swift: VERSION
	printf '// Generated from VERSION by `make version`; do not edit.\npublic let artVersion = "%s"\n' "$$(cat VERSION)" > $@

check: test
test: debug unit-tests cli-tests man-tests report-tests $(TEST_TARGETS)
	@echo "make test: all tests passed"

unit-tests: debug
	$(SWIFT) test

cli-tests: debug
	$(PYTHON) Tests/cli/transcripts.py --bin $(DEBUG_BIN) $(sort $(wildcard Tests/cli/*.t))

man-tests: debug lint-man
	$(PYTHON) Tests/cli/transcripts.py --bin $(DEBUG_BIN) $(sort $(wildcard man/*.1))
	$(PYTHON) Tests/cli/man_options.py $(DEBUG_BIN)

# The pages refer to each other: index them in a scratch manual tree first,
# so that the cross-references resolve.
# The HTML report in a real browser (skips without Chromium).
report-tests: debug
	$(PYTHON) Tests/report/screenshot.py $(DEBUG_BIN)

lint-man:
	@command -v mandoc >/dev/null || { echo "error: mandoc not found: install it with: sudo apt-get install mandoc"; exit 1; }
	rm -rf .build/manpath && mkdir -p .build/manpath/man1 .build/manpath/man7
	cp $(wildcard man/*.1) .build/manpath/man1/ && cp $(wildcard man/*.7) .build/manpath/man7/
	makewhatis .build/manpath
	MANPATH="$(CURDIR)/.build/manpath:/usr/share/man:/usr/local/share/man" mandoc -Tlint -Wstyle $(MAN_PAGES)

install: release $(INSTALL_TARGETS)
	$(INSTALL) -d $(DESTDIR)$(bindir) $(DESTDIR)$(mandir)/man1 $(DESTDIR)$(mandir)/man7
	for t in $(TOOLS); do $(INSTALL_PROGRAM) $(RELEASE_BIN)/$$t $(DESTDIR)$(bindir)/$$t; done
	for p in $(wildcard man/*.1); do $(INSTALL_DATA) $$p $(DESTDIR)$(mandir)/man1/; done
	for p in $(wildcard man/*.7); do $(INSTALL_DATA) $$p $(DESTDIR)$(mandir)/man7/; done

uninstall: $(UNINSTALL_TARGETS)
	for t in $(TOOLS); do rm -f $(DESTDIR)$(bindir)/$$t; done
	for p in $(notdir $(wildcard man/*.1)); do rm -f $(DESTDIR)$(mandir)/man1/$$p; done
	for p in $(notdir $(wildcard man/*.7)); do rm -f $(DESTDIR)$(mandir)/man7/$$p; done

eval: $(EVAL_TARGETS)

bench: $(BENCH_TARGETS)

demo: release
	@PATH="$(CURDIR)/$(RELEASE_BIN):$$PATH" bash examples/demo.sh

clean:
	rm -rf .build bench/out
