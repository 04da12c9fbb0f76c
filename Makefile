# The front door: `make demo` builds everything and runs the examples; `make test` runs lint and
# every language's tests. Both set up what they need on a fresh machine.

CARGO ?= cargo
CC ?= cc
CXX ?= c++
# Where `make install` puts the C library: the GNU names, each overridable; DESTDIR stages.
PREFIX ?= /usr/local
LIBDIR ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
# The developer program: the release build, fuzzing, the target table, derived files, set-up.
DEV := python3 tools/dev
# The one place the version is typed is Cargo.toml; everything here derives from it, and the
# shared library's ABI name (0.MINOR while the major is 0) from the version, by tools/dev's rule.
VERSION := $(shell $(DEV) version)
VERSION_MAJOR := $(word 1,$(subst ., ,$(VERSION)))
VERSION_MINOR := $(word 2,$(subst ., ,$(VERSION)))
ABI := $(shell $(DEV) version --abi)
BARE_METAL := thumbv7em-none-eabihf

# Where cargo builds: its own CARGO_TARGET_DIR when set (the add-a-code test sets one).
TARGET_DIR := $(or $(CARGO_TARGET_DIR),target)
# Where `make dist` writes a release's artifacts.
DIST := $(CURDIR)/dist

C_STD := $(TARGET_DIR)/release
# A private install of the C library, used by the C demo and tests as a user would use one.
STAGE := $(CURDIR)/build/stage
C_BUILD := build/c
C_WARN := -Wall -Wextra -Werror

.PHONY: all demo test lint bench fuzz generate test-add-a-code install install-c install-cli cli clean dist test-dist \
	msrv versions version verify-repro test-instructions test-runtimes demo-rust demo-c demo-python demo-node demo-cli test-rust test-c test-python test-python-pure \
	test-node test-cli test-docs release-rehearsal test-differential test-servers test-fuzz-regressions bless-instructions c-lib stage no-std pkg-config

all: demo

demo: demo-rust demo-c demo-python demo-node demo-cli

test: lint test-rust test-c test-python test-python-pure test-node test-cli test-docs test-differential test-servers \
	test-add-a-code test-instructions test-fuzz-regressions

# The quick check: formatting, clippy, generated files, versions and each language's linter. It
# builds no door (no wheel, addon or library), so it runs in well under a minute once cargo's
# cache is warm.
lint: versions
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings
	$(CARGO) clippy -p httpcodes-core --all-targets --locked --features http,serde -- -D warnings
	$(DEV) generate --check
	$(DEV) targets --check
	$(DEV) python lint
	tests/node/run.sh lint
	tools/actionlint.sh
	tools/zizmor.sh
	tools/deny.sh
	python3 fuzz/seed.py --check
	$(CARGO) fmt --check --manifest-path fuzz/core/Cargo.toml

# Every place the sources carry the version agrees with Cargo.toml's, the one place it is typed.
versions:
	python3 tests/versions/versions.py

# Writes V into Cargo.toml and every place derived from it: `make version V=0.2.0`.
version:
	@test -n "$(V)" || { echo "usage: make version V=X.Y.Z" >&2; exit 2; }
	python3 tools/set_version.py $(V)
	$(CARGO) update --workspace --quiet
	$(CARGO) update --quiet -p httpcodes-core --manifest-path fuzz/core/Cargo.toml
	$(MAKE) --no-print-directory generate

# ---- Rust ----------------------------------------------------------------------------------

demo-rust:
	$(CARGO) run --locked --quiet -p httpcodes-core --example lookup

# The core alone, then with each optional interop feature, and built for bare metal.
test-rust: no-std
	$(CARGO) test --locked -p httpcodes-core
	$(CARGO) test --locked -p httpcodes-core --features http
	$(CARGO) test --locked -p httpcodes-core --features serde

# The oldest Rust that Cargo.toml's rust-version claims: it builds every crate and runs core's tests.
MSRV := $(shell $(DEV) version --rust)
msrv:
	@rustup toolchain list | grep -q '^$(MSRV)-' || rustup toolchain install $(MSRV) --profile minimal
	CARGO_TARGET_DIR=target/msrv $(CARGO) +$(MSRV) test --locked -p httpcodes-core
	CARGO_TARGET_DIR=target/msrv $(CARGO) +$(MSRV) check --locked --workspace --all-targets

# Building for a bare-metal target proves the core needs neither std nor an allocator.
no-std:
	@rustup target list --installed | grep -qx $(BARE_METAL) || rustup target add $(BARE_METAL)
	$(CARGO) build --locked -p httpcodes-core --target $(BARE_METAL)
	$(CARGO) build --locked -p httpcodes-core --target $(BARE_METAL) --features serde

# ---- C -------------------------------------------------------------------------------------

# Rewrites every derived file (tools/dev/generate.py): what tools/generate writes from core (Python's
# table module and stub, Node's generated modules, C's flag functions and constants), the C header,
# the release workflow from tools/dev/targets.toml, and core/public-api.txt. `make lint` fails
# while one is stale.
generate:
	$(DEV) generate

# The C library's build and install rules: its file names per platform and `make install-c`.
include ffi-c/install.mk

# The C library and the `httpcodes` command with its man page and shell completions.
install: install-c install-cli

stage:
	@$(MAKE) --no-print-directory install-c PREFIX=$(STAGE)

pkg-config:
	@$(DEV) need pkg-config

demo-c: stage pkg-config
	@mkdir -p $(C_BUILD)
	PKG_CONFIG_PATH=$(STAGE)/lib/pkgconfig sh -c \
		'$(CC) $(C_WARN) ffi-c/examples/lookup.c $$(pkg-config --cflags --libs httpcodes) -o $(C_BUILD)/lookup'
	LD_LIBRARY_PATH=$(STAGE)/lib $(C_BUILD)/lookup

# The suite as C99 and as C++17, against the installed .so under valgrind, the std build's .a,
# and the installed .a under AddressSanitizer and UBSan (tests/c/run.sh).
test-c: stage
	$(CARGO) build --locked --release -p httpcodes-ffi
	tests/c/run.sh $(STAGE) $(C_STD)/libhttpcodes.a $(VERSION)

# ---- Command line ----------------------------------------------------------------------------

BINDIR ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share
MANDIR ?= $(DATADIR)/man
CLI := $(TARGET_DIR)/release/httpcodes

cli:
	$(CARGO) build --locked --release -p httpcodes-cli

install-cli: cli
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(DATADIR)/bash-completion/completions $(DESTDIR)$(DATADIR)/zsh/site-functions \
		$(DESTDIR)$(DATADIR)/fish/vendor_completions.d
	install -m 755 $(CLI) $(DESTDIR)$(BINDIR)/httpcodes
	$(CLI) man > $(DESTDIR)$(MANDIR)/man1/httpcodes.1
	$(CLI) completions bash > $(DESTDIR)$(DATADIR)/bash-completion/completions/httpcodes
	$(CLI) completions zsh > $(DESTDIR)$(DATADIR)/zsh/site-functions/_httpcodes
	$(CLI) completions fish > $(DESTDIR)$(DATADIR)/fish/vendor_completions.d/httpcodes.fish

demo-cli:
	cli/tests/demo.sh

# Exit codes, bad argv, the reference pages (markdown against the spec, strict HTML parse, Chromium).
test-cli:
	cli/tests/test.sh

# cargo doc -D warnings for every crate, core's public API, and the examples of every page in docs/.
test-docs:
	tests/docs/run.sh

# ---- Python --------------------------------------------------------------------------------

demo-python:
	$(DEV) python demo

# Builds the abi3 wheel once and runs the suite on Python 3.9 to 3.13.
test-python:
	$(DEV) python test

# The pure wheel (py3-none-any), with the suite on CPython 3.9 and 3.13, PyPy and Pyodide.
test-python-pure:
	$(DEV) python test-pure

# ---- Node ----------------------------------------------------------------------------------

demo-node:
	tests/node/run.sh demo

test-node:
	tests/node/run.sh test

# Adding a status code is one row and one vector line: proven in a scratch copy of the workspace.
test-add-a-code:
	tests/add-a-code/run.sh

# ---- Every door together ------------------------------------------------------------------

DIFF := build/differential

# Every door answers the same generated inputs; the first disagreement fails the run.
test-differential: stage
	@mkdir -p $(DIFF) $(C_BUILD)
	python3 tests/differential/make_inputs.py tests/vectors $(DIFF)
	$(CARGO) run --locked --quiet --release -p httpcodes-core --example differential -- \
		$(DIFF)/ints.txt $(DIFF)/phrases.txt $(DIFF)/rust.txt
	$(CC) -std=c99 $(C_WARN) -I$(STAGE)/include tests/differential/dump.c \
		-o $(C_BUILD)/differential $(STAGE)/lib/libhttpcodes.a
	$(C_BUILD)/differential $(DIFF)/ints.txt $(DIFF)/phrases.txt $(DIFF)/c.txt
	$(DEV) python differential $(DIFF)/ints.txt $(DIFF)/phrases.txt $(DIFF)/python.txt
	$(DEV) python differential-pure $(DIFF)/ints.txt $(DIFF)/phrases.txt \
		$(DIFF)/python-pure.txt $(DIFF)/pypy.txt
	tests/node/run.sh build
	node tests/node/differential.mjs $(DIFF)/ints.txt $(DIFF)/phrases.txt $(DIFF)/node.txt
	node tests/node/differential.mjs --backend js $(DIFF)/ints.txt $(DIFF)/phrases.txt \
		$(DIFF)/node-js.txt
	$(CARGO) build --locked --quiet -p httpcodes-cli
	python3 cli/tests/cli_differential.py $(TARGET_DIR)/debug/httpcodes $(DIFF)/ints.txt $(DIFF)/phrases.txt \
		$(DIFF)/cli.txt
	python3 tests/differential/compare.py $(DIFF) $(DIFF)/rust.txt $(DIFF)/c.txt \
		$(DIFF)/python.txt $(DIFF)/python-pure.txt $(DIFF)/pypy.txt $(DIFF)/node.txt \
		$(DIFF)/node-js.txt $(DIFF)/cli.txt

# Real servers' 401, 405, 206, 304, 416 and 503 through httpcodes check and every door (tests/servers).
test-servers: stage
	$(CARGO) build --locked --quiet -p httpcodes-cli
	tests/node/run.sh build
	$(DEV) python servers $(TARGET_DIR)/debug/httpcodes $(STAGE)/lib/libhttpcodes.so build/servers

# The speed guard that needs no quiet machine: instructions per call of the hot paths (callgrind),
# against the budgets in tests/instructions/budgets.tsv; more than 10% over fails.
test-instructions: stage
	tests/instructions/run.sh $(STAGE)

# Rewrites those budgets from today's counts: a measured budget, so its own step.
bless-instructions: stage
	tests/instructions/run.sh $(STAGE) --bless

# One table of ratios against each language's favourite, measured side by side in one run, and
# the sizes of what a release ships, read from dist/ (`make dist` builds it when missing).
bench: stage $(DIST)/SHA256SUMS
	@mkdir -p $(C_BUILD)
	bench/gperf/build.sh $(C_BUILD)
	$(CC) -O2 -std=gnu99 $(C_WARN) -I$(STAGE)/include bench/c/bench.c $(C_BUILD)/gperf_keys.o \
		-o $(C_BUILD)/bench $(STAGE)/lib/libhttpcodes.a
	{ HTTPCODES_GPERF=$(abspath $(C_BUILD))/libgperf_keys.so \
		$(CARGO) bench --locked --quiet -p httpcodes-core --bench peers; \
	  $(C_BUILD)/bench; \
	  bench/python/run.sh; \
	  bench/node/run.sh; \
	  python3 bench/sizes.py $(DIST); \
	  printf 'SIZE\tstripped libhttpcodes.so\t%s\t65536\n' \
		$$(stat -c %s $(STAGE)/lib/libhttpcodes.so.$(VERSION)); \
	} | python3 bench/report.py --markdown bench/RESULTS.md

# Differential fuzzing of every door against core's contract, FUZZ_S seconds per door, one
# summary line per door (fuzz/README.md; installs its own nightly, cargo-fuzz, clang, atheris
# and fast-check).
FUZZ_S ?= 60
fuzz:
	$(DEV) fuzz run $(FUZZ_S)

# The committed fuzz seeds and regressions of core and C, with no fuzzing tool (Python's and
# Node's replay in their own suites).
test-fuzz-regressions: stage
	$(DEV) fuzz replay

# ---- Release -------------------------------------------------------------------------------

# What a release publishes, into dist/: wheels and sdist, crates, C tarballs, npm tarballs, an SBOM
# of each and SHA256SUMS. The build tools (maturin, zig, auditwheel, cmake, cargo-zigbuild,
# cargo-cyclonedx) install themselves into build/tools. `make verify-repro` checks that the same
# commit gives the same bytes wherever it is built.
dist:
	rm -rf $(DIST)
	$(DEV) dist $(DIST)

$(DIST)/SHA256SUMS:
	$(MAKE) --no-print-directory dist

# Installs each artifact of dist/ as its users do, and runs the tests there: Linux ones here (and
# aarch64 under qemu), Windows ones under wine, and macOS ones inspected with llvm's tools.
test-dist: dist pkg-config
	tests/dist/consumers.sh $(DIST)
	tests/dist/c-aarch64.sh $(DIST)
	tests/dist/crate.sh $(DIST)
	tests/dist/python.sh $(DIST)
	tests/node/run.sh dist-test $(DIST)
	$(DEV) need llvm
	python3 tests/dist/inspect_binaries.py $(DIST) include/httpcodes.h
	tests/dist/windows.sh $(DIST)

# `tools/dev publish` of dist/ (as make dist built it) to real npm, PyPI and crate registries on
# 127.0.0.1, users' installs from them, a second publish that publishes nothing, and a wrong tag
# and a changed file refused (tests/dist/release/rehearse.py). The GitHub release goes to our own
# loopback stand-in for GitHub's releases API (tests/dist/release/github_api.py), not to GitHub.
release-rehearsal:
	python3 tests/dist/release/rehearse.py $(DIST)

# The packed npm tarballs under every runtime `engines` claims: Node 18, 20, 22, 24 and 26, Bun,
# Deno, and the browser bundle in headless Chromium and Firefox ESR (dist/ is packed when empty).
test-runtimes:
	tests/runtimes/run.sh $(DIST)

# `make dist` twice, in two clean clones at different paths: the same SHA256SUMS, byte for byte.
# REPRO_AGAINST=dist compares one clone with this clean checkout's dist/ instead (CI does).
verify-repro:
	tests/dist/repro.sh $(REPRO_AGAINST)

clean:
	$(CARGO) clean
	rm -rf build dist
