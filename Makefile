# The project's commands. `make test` runs every check a clean clone must pass.

CARGO ?= cargo
export CARGO_TERM_COLOR ?= never
# Tests use debug builds; one target directory serves every crate.
export CARGO_TARGET_DIR ?= $(CURDIR)/target

.PHONY: test fmt-check clippy rust-test generate fmt bench report

## Every check: formatting, lints, all tests (generated files included).
test: fmt-check clippy rust-test

fmt-check:
	$(CARGO) fmt --all -- --check

clippy:
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings

rust-test:
	$(CARGO) test --workspace --locked

## Regenerate the checked-in generated files: schemas/ and docs/rules.md.
generate:
	OVK_BLESS=1 $(CARGO) test -p overenskommelse --test generated --locked

fmt:
	$(CARGO) fmt --all

## Benchmarks (release mode); see BENCHMARKS.md.
bench:
	$(CARGO) bench -p overenskommelse --locked

## The main job on the bundled Borås data: the stormöte report.
report:
	$(CARGO) run -p ovk -- report examples/boras/uppfoljning-2018.json --as-of 2018-12-31 --since 2018-06-15
