# The project's commands. `make test` runs every check a clean clone must pass.

CARGO ?= cargo
export CARGO_TERM_COLOR ?= never
# Tests use debug builds; one target directory serves every crate.
export CARGO_TARGET_DIR ?= $(CURDIR)/target

.PHONY: test fmt-check clippy wasm-check rust-test office-tools generate fmt bench bench-criterion report

## Every check: formatting, lints, all tests (generated files included).
test: fmt-check clippy wasm-check office-tools rust-test

fmt-check:
	$(CARGO) fmt --all -- --check

clippy:
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings

## The core builds for the browser (wasm32-unknown-unknown), workbooks included.
wasm-check:
	@rustup target list --installed 2> /dev/null | grep -q wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	$(CARGO) check -p overenskommelse --target wasm32-unknown-unknown --locked

## The workbook tests open what `ovk` writes in LibreOffice and in openpyxl, and fail
## when either is missing (OVK_OFFICE_TESTS=1).
rust-test:
	OVK_OFFICE_TESTS=1 OVK_PYTHON=$(OFFICE_VENV)/bin/python $(CARGO) test --workspace --locked

## LibreOffice without its desktop parts (Debian's libreoffice-calc-nogui: about 95 MB to
## download, the smallest package with a headless `soffice` that opens .xlsx) and openpyxl,
## pinned, in a virtual environment of the repository; each installed only when missing.
OFFICE_VENV := $(CURDIR)/.venv
OPENPYXL_VERSION := 3.1.5
office-tools:
	@command -v soffice > /dev/null 2>&1 || { apt-get update && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-calc-nogui; }
	@$(OFFICE_VENV)/bin/python -c "import openpyxl" > /dev/null 2>&1 || { \
		python3 -m venv $(OFFICE_VENV) 2> /dev/null || { apt-get update && \
			DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3 python3-venv && \
			rm -rf $(OFFICE_VENV) && python3 -m venv $(OFFICE_VENV); } && \
		$(OFFICE_VENV)/bin/pip install --quiet openpyxl==$(OPENPYXL_VERSION); }

## Regenerate the checked-in generated files: schemas/, docs/rules.md and docs/workbook.md.
generate:
	OVK_BLESS=1 $(CARGO) test -p overenskommelse --test generated --locked

fmt:
	$(CARGO) fmt --all

## The benchmark harness (release mode, `--locked`): `Document::from_slice` against its peers on
## the same bytes in CPU time, interleaved, first call and repeated; allocations; `ovk validate`
## and `ovk report` end to end; then the targets, met or missed. See BENCHMARKS.md.
## Its options go in BENCH_ARGS, e.g. make bench BENCH_ARGS="--quick" or BENCH_ARGS="--sizes 1000,10000".
BENCH_ARGS ?=
bench:
	$(CARGO) build --release --locked -p ovk -p overenskommelse-bench
	$(CARGO_TARGET_DIR)/release/ovk-bench $(BENCH_ARGS)

## The criterion benchmarks: the library's, then `ovk validate` end to end (a few minutes).
## Criterion's options go in CRITERION_ARGS, e.g.
## make bench-criterion CRITERION_ARGS="--warm-up-time 1 --measurement-time 3".
CRITERION_ARGS ?=
bench-criterion:
	$(CARGO) bench -p overenskommelse -p ovk --locked --bench '*' -- $(CRITERION_ARGS)

## The main job on the bundled Borås data: the stormöte report.
report:
	$(CARGO) run -p ovk -- report examples/boras/uppfoljning-2018.json --as-of 2018-12-31 --since 2018-06-15

## Screenshots of the full HTML report in Swedish and English with headless Chromium (Debian's
## `chromium`; not part of `make test`), in target/screenshots/.
.PHONY: report-screenshots
report-screenshots:
	scripts/report-screenshots.sh target/screenshots

## Fuzzing with cargo-fuzz (needs the nightly toolchain; installs cargo-fuzz when missing; not
## part of `make test`): seeds the corpora, then runs each target for FUZZ_SECONDS seconds with
## the dictionary, then the schema oracle on more documents. Fails when a target crashes or the
## schema and the library disagree; see docs/reliability.md.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= check_bytes time_parser report differential
FUZZ_CARGO ?= cargo +nightly
## How many documents the schema oracle checks after the fuzz targets (make test checks 3 000).
ORACLE_DOCUMENTS ?= 30000
.PHONY: fuzz
fuzz:
	@$(FUZZ_CARGO) fuzz --version > /dev/null 2>&1 || cargo install cargo-fuzz --locked || cargo install cargo-fuzz
	fuzz/seed.sh
	@failed=""; for target in $(FUZZ_TARGETS); do \
		echo "== $$target: $(FUZZ_SECONDS) s"; \
		CARGO_TARGET_DIR=$(CURDIR)/fuzz/target $(FUZZ_CARGO) fuzz run --sanitizer none $$target -- \
			-max_total_time=$(FUZZ_SECONDS) -dict=$(CURDIR)/fuzz/dictionary.dict || failed="$$failed $$target"; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz targets that crashed:$$failed (inputs in fuzz/artifacts/)"; exit 1; fi
	OVK_ORACLE_DOCUMENTS=$(ORACLE_DOCUMENTS) $(CARGO) test -p overenskommelse --test oracle --release --locked
