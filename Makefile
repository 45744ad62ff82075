# renstra — everything a newcomer needs, on Debian with a Swift 6.1+ toolchain.
#
#   make demo    install what is missing, build, import the bundled samples into out/ and check them
#   make test    install what is missing, build, and run the whole test suite
#
# Other targets: deps, build, samples (regenerate samples/ from samples/source/), mappings
# (compile mappings/*.yaml into the tool after editing them), bench (issue 6).

SYSTEM_PACKAGES := libzip-dev libxml2-dev pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build demo test samples mappings bench

deps:
	@command -v swift >/dev/null || { echo "renstra needs a Swift 6.1+ toolchain on PATH (https://www.swift.org/install/linux/)"; exit 1; }
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

build: deps
	swift build

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

samples: deps
	swift run renstra-samples samples

mappings:
	bash scripts/embed-mappings.sh

# The performance benchmark of issue 6 (see BENCHMARKS.md); `make bench BENCH_FLAGS=--million`
# adds the 1,000,000-kegiatan files.
bench: deps
	bash bench/run.sh $(BENCH_FLAGS)
