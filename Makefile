# The front door: `make demo` builds everything and runs the examples; `make test` runs lint and
# every language's tests. Both set up what they need on a fresh machine.

CARGO ?= cargo
CC ?= cc
CXX ?= c++
PREFIX ?= /usr/local
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
BARE_METAL := thumbv7em-none-eabihf

# The C library as users get it (no std, `dist-c` profile) and with std (`--release`).
C_DIST := target/dist-c
C_STD := target/release
# A private install of the C library, used by the C demo and tests as a user would use one.
STAGE := $(CURDIR)/build/stage
C_BUILD := build/c
C_WARN := -Wall -Wextra -Werror
C_TESTS := $(wildcard tests/c/*.c)

.PHONY: all demo test lint bench fuzz header install clean \
	demo-rust demo-c demo-python demo-node test-rust test-c test-python test-node test-differential c-lib stage no-std pkg-config

all: demo

demo: demo-rust demo-c demo-python demo-node

test: lint test-rust test-c test-python test-node test-differential

lint: no-std
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings
	$(CARGO) test --locked -p httpcodes-ffi --test header
	tests/python/run.sh lint
	tests/node/run.sh lint

# ---- Rust ----------------------------------------------------------------------------------

demo-rust:
	$(CARGO) run --locked --quiet -p httpcodes-core --example lookup

test-rust:
	$(CARGO) test --locked -p httpcodes-core

# Building for a bare-metal target proves the core needs neither std nor an allocator.
no-std:
	@rustup target list --installed | grep -qx $(BARE_METAL) || rustup target add $(BARE_METAL)
	$(CARGO) build --locked -p httpcodes-core --target $(BARE_METAL)

# ---- C -------------------------------------------------------------------------------------

# Rewrites include/httpcodes.h from ffi-c/src; `make lint` fails while it differs.
header:
	HTTPCODES_BLESS=1 $(CARGO) test --locked -p httpcodes-ffi --test header

c-lib:
	$(CARGO) build --locked --profile dist-c -p httpcodes-ffi

install: c-lib
	install -d $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/lib/pkgconfig
	install -m 644 include/httpcodes.h $(DESTDIR)$(PREFIX)/include/
	install -m 644 $(C_DIST)/libhttpcodes.a $(DESTDIR)$(PREFIX)/lib/
	install -m 755 $(C_DIST)/libhttpcodes.so $(DESTDIR)$(PREFIX)/lib/libhttpcodes.so.$(VERSION)
	ln -sf libhttpcodes.so.$(VERSION) $(DESTDIR)$(PREFIX)/lib/libhttpcodes.so.0
	ln -sf libhttpcodes.so.0 $(DESTDIR)$(PREFIX)/lib/libhttpcodes.so
	sed -e 's|@PREFIX@|$(abspath $(PREFIX))|' -e 's|@VERSION@|$(VERSION)|' \
		ffi-c/httpcodes.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/httpcodes.pc

stage:
	@$(MAKE) --no-print-directory install PREFIX=$(STAGE)

pkg-config:
	@command -v pkg-config >/dev/null || { apt-get update -qq && apt-get install -y -qq pkg-config; }

demo-c: stage pkg-config
	@mkdir -p $(C_BUILD)
	PKG_CONFIG_PATH=$(STAGE)/lib/pkgconfig sh -c \
		'$(CC) $(C_WARN) ffi-c/examples/lookup.c $$(pkg-config --cflags --libs httpcodes) -o $(C_BUILD)/lookup'
	LD_LIBRARY_PATH=$(STAGE)/lib $(C_BUILD)/lookup

# The suite as C99 and as C++17, against the installed .so under valgrind, the std build's .a,
# and the installed .a under AddressSanitizer and UBSan.
test-c: stage
	$(CARGO) build --locked --release -p httpcodes-ffi
	@mkdir -p $(C_BUILD)
	$(CC) -std=c99 -D_POSIX_C_SOURCE=200809L $(C_WARN) -I$(STAGE)/include $(C_TESTS) \
		-o $(C_BUILD)/test_c99 -L$(STAGE)/lib -lhttpcodes -lpthread
	$(CXX) -x c++ -std=c++17 $(C_WARN) -Iinclude $(C_TESTS) \
		-o $(C_BUILD)/test_cxx $(C_STD)/libhttpcodes.a -lpthread -ldl -lm
	$(CC) -std=c99 -D_POSIX_C_SOURCE=200809L $(C_WARN) -fsanitize=address,undefined \
		-fno-sanitize-recover=all -fno-omit-frame-pointer -I$(STAGE)/include $(C_TESTS) \
		-o $(C_BUILD)/test_asan $(STAGE)/lib/libhttpcodes.a -lpthread
	LD_LIBRARY_PATH=$(STAGE)/lib $(C_BUILD)/test_c99 tests/vectors $(VERSION)
	$(C_BUILD)/test_cxx tests/vectors $(VERSION)
	$(C_BUILD)/test_asan tests/vectors $(VERSION)
	HTTPCODES_NO_RSS=1 LD_LIBRARY_PATH=$(STAGE)/lib valgrind --error-exitcode=9 \
		--leak-check=full --errors-for-leak-kinds=all $(C_BUILD)/test_c99 tests/vectors $(VERSION) 100000
	HTTPCODES_NO_RSS=1 valgrind --error-exitcode=9 --leak-check=full \
		--errors-for-leak-kinds=all $(C_BUILD)/test_cxx tests/vectors $(VERSION) 100000

# ---- Python --------------------------------------------------------------------------------

demo-python:
	tests/python/run.sh demo

# Builds the abi3 wheel once and runs the suite on Python 3.9, 3.11 and 3.13.
test-python:
	tests/python/run.sh test

# ---- Node ----------------------------------------------------------------------------------

demo-node:
	tests/node/run.sh demo

test-node:
	tests/node/run.sh test

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
	tests/python/run.sh differential $(DIFF)/ints.txt $(DIFF)/phrases.txt $(DIFF)/python.txt
	tests/node/run.sh build
	node tests/node/differential.mjs $(DIFF)/ints.txt $(DIFF)/phrases.txt $(DIFF)/node.txt
	python3 tests/differential/compare.py $(DIFF) \
		$(DIFF)/rust.txt $(DIFF)/c.txt $(DIFF)/python.txt $(DIFF)/node.txt

# One table of ratios against each language's favourite, measured side by side in one run.
bench: stage
	@mkdir -p $(C_BUILD)
	$(CC) -O2 -std=gnu99 $(C_WARN) -I$(STAGE)/include bench/c/bench.c \
		-o $(C_BUILD)/bench $(STAGE)/lib/libhttpcodes.a
	{ $(CARGO) bench --locked --quiet -p httpcodes-core --bench peers; \
	  $(C_BUILD)/bench; \
	  bench/python/run.sh; \
	  bench/node/run.sh; \
	  printf 'SIZE\tPython wheel\t%s\t204800\n' $$(stat -c %s target/python-wheel/*.whl); \
	  printf 'SIZE\tstripped libhttpcodes.so\t%s\t65536\n' \
		$$(stat -c %s $(STAGE)/lib/libhttpcodes.so.$(VERSION)); \
	} | python3 bench/report.py --markdown bench/RESULTS.md

# libFuzzer over reverse lookup and FromStr (needs nightly; installs cargo-fuzz if missing).
FUZZ_SECONDS ?= 60
fuzz:
	@command -v cargo-fuzz >/dev/null || $(CARGO) install --locked cargo-fuzz
	cd core/fuzz && $(CARGO) +nightly fuzz run reverse_lookup -- -max_total_time=$(FUZZ_SECONDS)

clean:
	$(CARGO) clean
	rm -rf build
