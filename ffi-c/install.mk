# How the C library is built and installed, included by the Makefile: its file names on each
# platform (the SONAME and versioned names, the macOS install name, the Windows DLL and import
# library) and `make install-c`'s layout, pkg-config file and CMake package. The Makefile sets
# CARGO, TARGET_DIR, VERSION, ABI, PREFIX, LIBDIR and INCLUDEDIR first; BINDIR may come later.

# The C library as users get it (no std, `dist-c` profile) and with std (`--release`).
# C_TARGET cross-builds it for a target of tools/dev/targets.toml (`make dist` sets it): with
# cargo-zigbuild for Linux (a gnu target names its glibc: `TRIPLE.2.17`) and macOS, with Debian's
# mingw-w64 for Windows.
C_TARGET ?=
ifeq ($(C_TARGET),)
C_DIST := $(TARGET_DIR)/dist-c
C_LIB_BUILD = $(CARGO) build --locked --profile dist-c -p httpcodes-ffi
# MSYS2's and Git for Windows' shells name themselves MINGW64_NT-…, MSYS_NT-… or CYGWIN_NT-….
C_OS := $(if $(filter MINGW% MSYS% CYGWIN%,$(shell uname -s)),Windows,$(shell uname -s))
else ifneq ($(findstring windows,$(C_TARGET)),)
C_DIST := $(TARGET_DIR)/$(C_TARGET)/dist-c
C_LIB_BUILD = $(CARGO) build --locked --profile dist-c -p httpcodes-ffi --target $(C_TARGET)
C_OS := Windows
else
C_DIST := $(TARGET_DIR)/$(basename $(basename $(C_TARGET)))/dist-c
C_LIB_BUILD = $(CARGO) zigbuild --locked --profile dist-c -p httpcodes-ffi --target $(C_TARGET)
C_OS := $(if $(findstring apple,$(C_TARGET)),Darwin,Linux)
endif
SHARED_DIR = $(LIBDIR)
IMPLIB :=
ifeq ($(C_OS),Darwin)
SHARED_BUILT := libhttpcodes.dylib
SHARED_FILE := libhttpcodes.$(ABI).dylib
# The install name build.rs writes into the .dylib: under LIBDIR, or INSTALL_NAME_DIR=@rpath for
# a tree that is unpacked anywhere (the release archive).
INSTALL_NAME_DIR ?= $(abspath $(LIBDIR))
SHARED_ABI_NAME = $(INSTALL_NAME_DIR)/$(SHARED_FILE)
SHARED_LINKS := libhttpcodes.dylib
C_LIB_ENV = HTTPCODES_LIBDIR=$(INSTALL_NAME_DIR)
else ifeq ($(C_OS),Windows)
# A DLL goes beside the programs (bin/); programs link its import library, in lib/.
SHARED_BUILT := httpcodes.dll
SHARED_FILE := httpcodes.dll
SHARED_ABI_NAME := httpcodes.dll
SHARED_LINKS :=
SHARED_DIR = $(BINDIR)
IMPLIB := libhttpcodes.dll.a
C_LIB_ENV :=
else
SHARED_BUILT := libhttpcodes.so
SHARED_FILE := libhttpcodes.so.$(VERSION)
SHARED_ABI_NAME := libhttpcodes.so.$(ABI)
SHARED_LINKS := libhttpcodes.so.$(ABI) libhttpcodes.so
C_LIB_ENV :=
endif

c-lib:
	$(C_LIB_ENV) $(C_LIB_BUILD)

CMAKE_DIR := $(LIBDIR)/cmake/httpcodes
# The path to folder $(1) from folder $(2), neither of which need exist (macOS has no `realpath -m`).
RELATIVE = $(shell python3 -c 'import os, sys; print(os.path.relpath(*sys.argv[1:]))' $(abspath $(1)) $(abspath $(2)))
# The CMake package finds the header relative to its own folder, so the tree stays relocatable.
INCLUDEDIR_FROM_CMAKE = $(call RELATIVE,$(INCLUDEDIR),$(CMAKE_DIR))
# The .pc names its folders from ${prefix} when they are under it, so `pkg-config --define-prefix`
# can relocate an unpacked tree.
PC_DIR = $(patsubst $(abspath $(PREFIX))/%,$${prefix}/%,$(abspath $(1)))
# Where the shared library is, from LIBDIR (a DLL is in bin/), for the CMake package.
SHARED_FROM_LIBDIR = $(call RELATIVE,$(SHARED_DIR)/$(SHARED_FILE),$(LIBDIR))
SUBSTITUTE = sed -e 's|@PREFIX@|$(abspath $(PREFIX))|' -e 's|@SHARED_FROM_LIBDIR@|$(SHARED_FROM_LIBDIR)|' \
	-e 's|@IMPLIB@|$(IMPLIB)|' -e 's|@LIBDIR@|$(call PC_DIR,$(LIBDIR))|' \
	-e 's|@INCLUDEDIR@|$(call PC_DIR,$(INCLUDEDIR))|' -e 's|@INCLUDEDIR_FROM_HERE@|$(INCLUDEDIR_FROM_CMAKE)|' \
	-e 's|@VERSION@|$(VERSION)|' -e 's|@VERSION_MAJOR@|$(VERSION_MAJOR)|' \
	-e 's|@VERSION_MINOR@|$(VERSION_MINOR)|' -e 's|@SHARED_FILE@|$(SHARED_FILE)|' \
	-e 's|@SHARED_ABI_NAME@|$(SHARED_ABI_NAME)|' -e 's|@SIZEOF_VOID_P@|8|'

# The header, the shared and static libraries, pkg-config's httpcodes.pc and CMake's package.
install-c: c-lib
	install -d $(DESTDIR)$(INCLUDEDIR) $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(CMAKE_DIR) \
		$(DESTDIR)$(SHARED_DIR)
	install -m 644 include/httpcodes.h $(DESTDIR)$(INCLUDEDIR)/
	install -m 644 $(C_DIST)/libhttpcodes.a $(DESTDIR)$(LIBDIR)/
	install -m 755 $(C_DIST)/$(SHARED_BUILT) $(DESTDIR)$(SHARED_DIR)/$(SHARED_FILE)
	$(if $(IMPLIB),install -m 644 $(C_DIST)/$(IMPLIB) $(DESTDIR)$(LIBDIR)/)
	@set -e; target=$(SHARED_FILE); for link in $(SHARED_LINKS); do \
		echo "ln -sf $$target $(DESTDIR)$(LIBDIR)/$$link"; \
		ln -sf $$target $(DESTDIR)$(LIBDIR)/$$link; target=$$link; done
	@echo "writing httpcodes.pc, httpcodesConfig.cmake and httpcodesConfigVersion.cmake"
	@$(SUBSTITUTE) ffi-c/httpcodes.pc.in > $(DESTDIR)$(LIBDIR)/pkgconfig/httpcodes.pc
	@$(SUBSTITUTE) ffi-c/cmake/httpcodesConfig.cmake.in > $(DESTDIR)$(CMAKE_DIR)/httpcodesConfig.cmake
	@$(SUBSTITUTE) ffi-c/cmake/httpcodesConfigVersion.cmake.in \
		> $(DESTDIR)$(CMAKE_DIR)/httpcodesConfigVersion.cmake
