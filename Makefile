# The project's commands. `make test` runs every check a clean clone must pass.

CARGO ?= cargo
export CARGO_TERM_COLOR ?= never
# Tests use debug builds; one target directory serves every crate.
export CARGO_TARGET_DIR ?= $(CURDIR)/target

.PHONY: test fmt-check clippy wasm-check rust-test office-tools generate fmt bench bench-criterion report web web-serve web-test python-test python-bench bindings-check kotlin-test swift-test vendor conformance-compare

## Every check: formatting, lints, all tests (generated files included), the Python package,
## the Kotlin package, the conformance results of Rust, Python and Kotlin compared, and the
## browser validator end to end.
test: fmt-check clippy wasm-check bindings-check rust-test python-test kotlin-test conformance-compare web-test

fmt-check:
	$(CARGO) fmt --all -- --check

clippy:
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings

## The core builds for wasm32-unknown-unknown (for wasm-bindgen users), workbooks included;
## the browser validator is built for wasm32-wasip1 by `make web` (see web/build.sh).
wasm-check:
	@rustup target list --installed 2> /dev/null | grep -q wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	$(CARGO) check -p overenskommelse --target wasm32-unknown-unknown --locked

## The Python package (bindings/python): a virtual environment in .venv with the pinned test
## requirements (maturin, pytest, mypy, pandas, pyarrow, and openpyxl for the workbook tests;
## made again when they change), the package built into it with `maturin
## develop` (debug, sharing the one target directory), then pytest (the conformance suite, the
## time corpus, hostile input, the tables, the built wheel in a fresh environment), mypy
## --strict on the package, its tests and examples/python, and stubtest of the native module.
VENV = $(CURDIR)/.venv
PYTHON = $(VENV)/bin/python
PYTHON_DIR = bindings/python
$(VENV)/installed: $(PYTHON_DIR)/requirements-test.txt
	python3 -m venv $(VENV) 2> /dev/null || { apt-get update && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3 python3-venv && \
		python3 -m venv $(VENV); }
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -r $(PYTHON_DIR)/requirements-test.txt
	touch $@
python-test: $(VENV)/installed
	$(CARGO) build --locked -p ovk
	cd $(PYTHON_DIR) && VIRTUAL_ENV=$(VENV) $(VENV)/bin/maturin develop --quiet --locked
	$(PYTHON) -m pytest -q $(PYTHON_DIR)/tests
	cd $(PYTHON_DIR) && $(PYTHON) -m mypy --strict
	cd $(PYTHON_DIR) && $(PYTHON) -m mypy.stubtest overenskommelse._core

## The workbook tests open what `ovk` writes in LibreOffice and in openpyxl (from .venv), and
## fail when either is missing (OVK_OFFICE_TESTS=1).
rust-test: office-tools
	OVK_OFFICE_TESTS=1 OVK_PYTHON=$(PYTHON) $(CARGO) test --workspace --locked

## LibreOffice without its desktop parts (Debian's libreoffice-calc-nogui: about 95 MB to
## download, the smallest package with a headless `soffice` that opens .xlsx), installed when
## missing, and the virtual environment with openpyxl.
office-tools: $(VENV)/installed
	@command -v soffice > /dev/null 2>&1 || { apt-get update && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-calc-nogui; }

## The Python package against its peers (pydantic, jsonschema_rs, json.loads) on generated
## documents; its own pinned requirements in .venv. See BENCHMARKS.md.
python-bench: $(VENV)/installed
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -r $(PYTHON_DIR)/benches/requirements.txt
	cd $(PYTHON_DIR) && VIRTUAL_ENV=$(VENV) $(VENV)/bin/maturin develop --quiet --locked --release
	$(CARGO) build --release --locked -p overenskommelse-synthetic --example document
	$(PYTHON) $(PYTHON_DIR)/benches/bench.py $(PYTHON_BENCH_ARGS)

## The browser validator (web/): the core compiled to WebAssembly with the size-optimized
## `wasm` profile (adds the wasm32-wasip1 target when missing) and the page, as static
## files in target/web.
WEB_DIR = $(CARGO_TARGET_DIR)/web
web:
	web/build.sh $(WEB_DIR)

## Serves the browser validator on http://127.0.0.1:$(WEB_PORT)/ (Ctrl-C stops).
WEB_PORT ?= 8000
web-serve: web
	node web/browser/serve.mjs $(WEB_DIR) $(WEB_PORT)

## The browser validator end to end in headless Chromium with playwright-core: Debian's
## chromium (installed with apt-get when missing; the machine cannot download a browser of its
## own), npm packages from web/package-lock.json. Screenshots go to target/web-screenshots/.
## The workbook tests make their files with `ovk export` and read the page's back with `ovk
## import` (the debug build), and break a workbook with python3.
CHROMIUM ?= /usr/bin/chromium
web-test: web
	@test -x $(CHROMIUM) || (apt-get update && apt-get install -y chromium)
	@command -v npm > /dev/null || (apt-get update && apt-get install -y nodejs npm)
	@command -v python3 > /dev/null || (apt-get update && apt-get install -y python3)
	$(CARGO) build --locked -p ovk
	cd web && npm ci --no-audit --no-fund --loglevel=error
	cd web && OVK_WEB_DIR=$(WEB_DIR) OVK=$(CARGO_TARGET_DIR)/debug/ovk CHROMIUM=$(CHROMIUM) node --test browser/

generate:
	OVK_BLESS=1 $(CARGO) test -p overenskommelse --test generated --locked
	python3 $(PYTHON_DIR)/tools/typeddicts.py
	CARGO="$(CARGO)" bindings/uniffi/generate.sh

## The Kotlin and Swift sources that uniffi generates (bindings/kotlin, bindings/swift) are
## those of the library as it is; `make generate` writes them again when they are stale.
bindings-check:
	CARGO="$(CARGO)" bindings/uniffi/generate.sh --check

## The Kotlin package (bindings/kotlin) with Maven from Maven Central (cached in ~/.m2;
## Debian's maven and a JDK 17 installed when missing): the library through JNA, JUnit over
## the conformance suite, the time corpus, the Borås report against `ovk report`, bad input.
MVN ?= mvn
kotlin-test:
	@command -v $(MVN) > /dev/null 2>&1 && command -v javac > /dev/null 2>&1 || { apt-get update && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends maven openjdk-17-jdk-headless; }
	$(CARGO) build --locked -p ovk -p overenskommelse-uniffi
	cd bindings/kotlin && $(MVN) -B test -Dkotlin.compiler.daemon=false -Dovk.cargo.target=$(CARGO_TARGET_DIR)

## The conformance results of the Rust, Python and Kotlin runners (target/conformance/*.json,
## written by each) are the same, case by case.
conformance-compare:
	python3 tests/conformance/compare_results.py $(CARGO_TARGET_DIR)/conformance rust python kotlin

## The Swift package (bindings/swift): the Rust library built, then `swift test` against it
## where a Swift toolchain is installed (not part of `make test`: Debian has none). Offline
## from crates that `make vendor` put in OVK_VENDOR_DIR, when it is set.
OVK_VENDOR_DIR ?=
CARGO_OFFLINE = $(if $(OVK_VENDOR_DIR),--offline --config 'source.crates-io.replace-with="vendored-sources"' --config 'source.vendored-sources.directory="$(abspath $(OVK_VENDOR_DIR))"')
swift-test:
	$(CARGO) build --locked $(CARGO_OFFLINE) -p overenskommelse-uniffi -p ovk
	@command -v swift > /dev/null 2>&1 || { echo "swift-test: no \`swift\` on this machine: the Rust library is built ($(CARGO_TARGET_DIR)/debug), the Swift tests did not run." >&2; exit 1; }
	cd bindings/swift && LD_LIBRARY_PATH=$(CARGO_TARGET_DIR)/debug DYLD_LIBRARY_PATH=$(CARGO_TARGET_DIR)/debug \
		swift test -Xlinker -L$(CARGO_TARGET_DIR)/debug

## Every crate the workspace needs, copied into OVK_VENDOR_DIR (default target/vendor) for a
## machine that reaches no crate registry: `make swift-test OVK_VENDOR_DIR=…` there.
vendor:
	$(CARGO) vendor --locked --versioned-dirs $(abspath $(or $(OVK_VENDOR_DIR),target/vendor)) > /dev/null

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
