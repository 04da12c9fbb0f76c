# The front door: `make demo` builds everything and runs the examples; `make test` runs lint and
# every language's tests. Both set up what they need on a fresh machine.

CARGO ?= cargo
BARE_METAL := thumbv7em-none-eabihf

.PHONY: all demo test lint bench test-rust no-std clean

all: demo

demo:
	$(CARGO) run --quiet -p httpcodes --example lookup

test: lint test-rust

lint: no-std
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings

# Building for a bare-metal target proves the core needs neither std nor an allocator.
no-std:
	@rustup target list --installed | grep -qx $(BARE_METAL) || rustup target add $(BARE_METAL)
	$(CARGO) build --locked -p httpcodes --target $(BARE_METAL)

test-rust:
	$(CARGO) test --locked -p httpcodes

clean:
	$(CARGO) clean
