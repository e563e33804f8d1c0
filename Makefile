# minish - a small Unix shell.  `make run` builds and starts it; `make test` runs every test layer.
CC      ?= cc
PREFIX  ?= /usr/local
DESTDIR ?=
BUILD   ?= build
FUZZ_SECONDS ?= 60
VERSION := 0.1.0

WARN     := -Wall -Wextra -Wpedantic -Werror -Wshadow -Wstrict-prototypes \
            -Wmissing-prototypes -Wswitch-enum -Wformat=2 -Wundef -Wvla
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -DMINISH_VERSION='"$(VERSION)"' -MMD -MP
CFLAGS   ?= -O2 -g
CFLAGS   += -std=c17 $(WARN)
# Hardened as Debian builds its shells: position-independent (address-space randomisation
# for the code too), stack protector, fortified libc calls, read-only relocations bound at
# start. What it costs at start-up (the relocations of readline's keymaps and of glibc):
# callgrind, `minish -c true`: 118,015 instructions as a fixed-address binary, 160,335 as a
# static PIE (dash: 227,989); make bench (d): 0.65 of dash's time before, 0.82 after (median of
# 8 rounds each, on a loaded machine). The sanitizers do without _FORTIFY_SOURCE (they check
# the same calls their own way).
HARDEN_CFLAGS := -fPIE -fstack-protector-strong
ifneq ($(SAN),1)
HARDEN_CFLAGS += -D_FORTIFY_SOURCE=2
endif
CFLAGS   += $(HARDEN_CFLAGS)
# readline and its terminfo library are linked statically: loading two shared
# libraries was a third of minish's start-up time (`make bench`, workload d).
LDLIBS   += -Wl,-Bstatic -lreadline -ltinfo -Wl,-Bdynamic -lrt -lpthread
LDFLAGS  += -pie -Wl,-z,relro,-z,now
# The minish binary links glibc statically too (STATIC=0 turns it off; SAN=1 always does, the
# sanitizers need the shared libc): loading libc.so was most of what start-up still cost
# (make bench, workload d: 1.00 of dash's time dynamic, 0.70 static). A static glibc would load
# the name-service modules of /etc/nsswitch.conf for getpwnam & co. itself and can crash doing
# so; the six functions readline and minish use are wrapped to shell/static_userdb.c instead.
# (glob(3) links glibc's getpwnam_r as well, for GLOB_TILDE only, which minish never passes.)
STATIC   ?= 1
USERDB_WRAPS := getpwnam getpwuid getgrgid setpwent getpwent endpwent
ifeq ($(SAN),1)
STATIC   := 0
CFLAGS   += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
LDFLAGS  += -fsanitize=address,undefined
endif
ifeq ($(STATIC),1)
MINISH_LDFLAGS := -static-pie $(USERDB_WRAPS:%=-Wl,--wrap=%)
MINISH_LDLIBS  := -lreadline -ltinfo
else
MINISH_LDLIBS  := $(LDLIBS)
endif

LIB_SRC  := $(wildcard parser/*.c) $(filter-out shell/main.c,$(wildcard shell/*.c)) $(wildcard builtins/*.c)
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
MAIN_OBJ := $(BUILD)/shell/main.o
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/unit/%)
HELPER_SRC := $(wildcard tests/helpers/*.c)
HELPER_BIN := $(HELPER_SRC:tests/helpers/%.c=$(BUILD)/tests/helpers/%)
# A helper too big for one file lives in tests/helpers/NAME/ (every .c there makes $(BUILD)/tests/helpers/NAME).
HELPER_DIRS := $(patsubst tests/helpers/%/,%,$(sort $(dir $(wildcard tests/helpers/*/*.c))))
HELPER_BIN += $(HELPER_DIRS:%=$(BUILD)/tests/helpers/%)

# libFuzzer targets: every tests/fuzz/fuzz_*.c, linked with tests/fuzz/support.c and the library,
# compiled with the flags above (tests/fuzz/run.sh builds them as `make fuzz-bins BUILD=build-fuzz
# CC=clang SAN=1 FUZZ=1`). A target's shell never forks: fork, vfork, command and process
# substitution are wrapped to support.c's stand-ins (brace expansion is bounded by a lower limit).
FUZZ_SRC := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BIN := $(FUZZ_SRC:tests/fuzz/%.c=$(BUILD)/tests/fuzz/%)
FUZZ_WRAPS := fork vfork exec_cmdsub procsub_start
ifeq ($(FUZZ),1)
CFLAGS   += -fsanitize=fuzzer-no-link
endif

BUILD_DEPS := libreadline-dev libc6-dev
TEST_DEPS  := libcmocka-dev
FUZZ_DEPS  := clang libclang-rt-14-dev

# ensure_pkgs: installs missing Debian packages as root, else prints the exact command and fails.
define ensure_pkgs
	@command -v dpkg-query >/dev/null 2>&1 || exit 0; missing=""; \
	for p in $(1); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; done; \
	[ -z "$$missing" ] && exit 0; \
	if [ "$$(id -u)" = 0 ]; then echo "make: installing$$missing"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing) >/dev/null || \
	  { echo "make: apt-get install$$missing failed" >&2; exit 1; }; \
	else echo "make: minish needs the Debian packages$$missing; run: sudo apt-get install$$missing" >&2; exit 1; fi
endef

.PHONY: all run deps test-deps test check cases bench fuzz fuzz-deps install clean unit-bins fuzz-bins FORCE
all: deps minish

deps:
	$(call ensure_pkgs,$(BUILD_DEPS))

test-deps: deps
	$(call ensure_pkgs,$(TEST_DEPS))

minish: $(BUILD)/minish
	@if [ "$(BUILD)" = build ]; then cp $(BUILD)/minish minish; fi

$(BUILD)/minish: $(MAIN_OBJ) $(LIB_OBJ) $(BUILD)/minish.link
	$(CC) $(LDFLAGS) $(MINISH_LDFLAGS) -o $@ $(MAIN_OBJ) $(LIB_OBJ) $(MINISH_LDLIBS)

# The link command as last used: a change (make STATIC=0) links minish again.
$(BUILD)/minish.link: FORCE
	@mkdir -p $(BUILD)
	@echo '$(LDFLAGS) $(MINISH_LDFLAGS) $(MINISH_LDLIBS)' | cmp -s - $@ || echo '$(LDFLAGS) $(MINISH_LDFLAGS) $(MINISH_LDLIBS)' > $@
FORCE:

# The compile command as last used: a change of flags (hardening, SAN=1) compiles everything again.
$(BUILD)/compile.flags: FORCE
	@mkdir -p $(BUILD)
	@echo '$(CC) $(CPPFLAGS) $(CFLAGS)' | cmp -s - $@ || echo '$(CC) $(CPPFLAGS) $(CFLAGS)' > $@

$(BUILD)/%.o: %.c $(BUILD)/compile.flags
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/tests/unit/%: $(BUILD)/tests/unit/%.o $(LIB_OBJ)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS) -lcmocka

$(BUILD)/tests/helpers/%: tests/helpers/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< -lrt -lpthread

.SECONDEXPANSION:
$(HELPER_DIRS:%=$(BUILD)/tests/helpers/%): $(BUILD)/tests/helpers/%: $$(wildcard tests/helpers/%/*.c) $$(wildcard tests/helpers/%/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(filter-out -MMD -MP,$(CPPFLAGS)) $(CFLAGS) $(LDFLAGS) -o $@ $(filter %.c,$^) -lrt -lpthread

unit-bins: $(UNIT_BIN) $(HELPER_BIN) $(BUILD)/minish

$(BUILD)/tests/fuzz/%: $(BUILD)/tests/fuzz/%.o $(BUILD)/tests/fuzz/support.o $(LIB_OBJ)
	$(CC) $(LDFLAGS) -fsanitize=fuzzer $(FUZZ_WRAPS:%=-Wl,--wrap=%) -o $@ $^ $(LDLIBS)

fuzz-bins: $(FUZZ_BIN) $(FUZZ_BIN:=.o) $(BUILD)/tests/fuzz/support.o

run: deps minish
	./minish

test: test-deps
	@$(MAKE) --no-print-directory unit-bins
	@BUILD=$(BUILD) bash tests/run-all.sh

# (As root the fuzz layer's clang is installed too; without it that layer counts as skipped.)
check: test-deps
	@if [ "$$(id -u)" = 0 ]; then $(MAKE) --no-print-directory fuzz-deps; fi
	@$(MAKE) --no-print-directory BUILD=build-san SAN=1 unit-bins
	@BUILD=build-san SAN=1 bash tests/run-all.sh

cases: deps
	@$(MAKE) --no-print-directory $(BUILD)/minish
	@bash tests/cases/run.sh $(if $(REF),--ref $(REF),$(BUILD)/minish)

bench: deps
	@$(MAKE) --no-print-directory $(BUILD)/minish
	@bash tests/bench/run.sh $(BUILD)/minish

fuzz-deps:
	$(call ensure_pkgs,$(FUZZ_DEPS))

fuzz: deps fuzz-deps
	@FUZZ_SECONDS=$(FUZZ_SECONDS) bash tests/fuzz/run.sh $(FUZZ_TARGETS)

install: deps minish
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 minish $(DESTDIR)$(PREFIX)/bin/minish
	install -m 644 shell/minish.1 $(DESTDIR)$(PREFIX)/share/man/man1/minish.1

clean:
	rm -rf build build-san build-fuzz minish

# The dependency files of what is still built (a stale one naming a deleted source would stop make).
-include $(wildcard $(LIB_OBJ:.o=.d) $(MAIN_OBJ:.o=.d) $(UNIT_BIN:=.d) $(HELPER_SRC:tests/helpers/%.c=$(BUILD)/tests/helpers/%.d) $(FUZZ_BIN:=.d) $(BUILD)/tests/fuzz/support.d)
