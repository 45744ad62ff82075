# renstra — everything a newcomer needs, on Debian with a Swift 6.1+ toolchain.
#
#   make demo    install what is missing, build, import the bundled samples into out/ and check them
#   make test    install what is missing, build, and run the whole test suite, then the browser test of
#                the HTML report (Tests/browser/check-report.sh; skipped when chromium is not installed,
#                except in CI, where .ci/run installs it with `make browser-deps`)
#
# Other targets: deps, build, release (the optimised, self-contained binary in .build/release/renstra), samples (regenerate samples/ from samples/source/), mappings
# (compile mappings/*.yaml into the tool after editing them), bench (issue 6).

SYSTEM_PACKAGES := libzip-dev libxml2-dev zlib1g-dev pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps browser-deps build release demo test browser-test report-screenshot samples mappings bench

deps:
	@command -v swift >/dev/null || { echo "renstra needs a Swift 6.1+ toolchain on PATH (https://www.swift.org/install/linux/)"; exit 1; }
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

# Chromium from Debian's packages, for the browser test of the HTML report.
browser-deps:
	@command -v chromium >/dev/null || { echo "Installing: chromium"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

build: deps
	swift build

# The binary to install or copy elsewhere: optimised, with the Swift runtime linked in, so that it
# starts in a few milliseconds and needs no Swift toolchain on the target machine, only libzip and libxml2.
# No $ORIGIN run path: the binary loads only system libraries, and looking for each one beside the
# binary first costs half a millisecond per run.
release: deps
	swift build -c release --static-swift-stdlib --disable-local-rpath --product renstra

demo: build
	@mkdir -p out
	swift run --skip-build renstra import samples/tabel-5.1.xlsx -o out/tabel-5.1.json --flat out/tabel-5.1.csv
	swift run --skip-build renstra import samples/tabel-6.1.xlsx -o out/tabel-6.1.json --flat out/tabel-6.1.csv
	@echo "Wrote out/tabel-5.1.json and out/tabel-6.1.json, with their flat CSVs beside them."
	@# The samples carry the defects of their source: `check` exits 1 on them, which the demo shows, not fails on.
	swift run --skip-build renstra check samples/tabel-5.1.xlsx || [ $$? -eq 1 ]
	swift run --skip-build renstra check samples/tabel-6.1.xlsx || [ $$? -eq 1 ]

test: deps
	swift test
	@$(MAKE) --no-print-directory browser-test

# Loads the HTML report of each sample in headless Chromium; exit 3 means chromium is absent (skipped).
browser-test:
	@bash Tests/browser/check-report.sh .build/debug/renstra || [ $$? -eq 3 ]

# Regenerates docs/report-tabel-6.1.png, the screenshot in the README.
report-screenshot: build browser-deps
	bash Tests/browser/check-report.sh .build/debug/renstra --screenshot

samples: deps
	swift run renstra-samples samples

mappings:
	bash scripts/embed-mappings.sh

# The performance benchmark of issue 6 (see BENCHMARKS.md); `make bench BENCH_FLAGS=--million`
# adds the 1,000,000-kegiatan files.
bench: deps
	bash bench/run.sh $(BENCH_FLAGS)
