/* support.h - what the fuzz targets share: a shell with a fixed variable table that never
 * forks. The Makefile links every target with --wrap for fork, vfork, exec_cmdsub and
 * procsub_start: $(...) gives a fixed text, <(...) a fixed path, and a fork aborts (a finding:
 * nothing a target runs may start a process). A brace expansion of more than
 * FUZZ_BRACE_WORDS words is refused (brace_set_max_words). */
#ifndef MINISH_FUZZ_SUPPORT_H
#define MINISH_FUZZ_SUPPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct shell;

/* libFuzzer's entry point, defined by each target. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The text $(...) and `...` expand to in a fuzz target (before trailing newlines are cut). */
#define FUZZ_CMDSUB_OUTPUT "sub  out\n\n"

/* The most words one word may become in a fuzz target (fuzz_shell_new sets it): a million
 * words took 40 s under the sanitizers and the coverage, a hang to libFuzzer. */
enum { FUZZ_BRACE_WORDS = 10000 };

struct word;


/* A new shell running a script named "fuzz", with the fixed variables (scalars, an indexed
 * and an associative array, a nameref, an integer, positional parameters), interactive so
 * that no error ends it, and the options chosen by the bits of flags (FUZZ_OPT_*). Free with
 * shell_free. */
struct shell *fuzz_shell_new(unsigned flags);

enum {
	FUZZ_OPT_NOUNSET = 1u << 0,  /* set -u */
	FUZZ_OPT_EXTGLOB = 1u << 1,  /* shopt -s extglob */
	FUZZ_OPT_NOCASE = 1u << 2,   /* shopt -s nocasematch nocaseglob */
	FUZZ_OPT_NULLGLOB = 1u << 3, /* shopt -s nullglob */
	FUZZ_OPT_NOGLOB = 1u << 4,   /* set -f */
};

/* Prints "fuzz: " and the message to the standard error the target started with (libFuzzer's
 * -close_fd_mask=3 silences the shell's messages), then aborts: an invariant does not hold. */
_Noreturn void fuzz_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A NUL-terminated malloc'd copy of data[0..size). */
char *fuzz_strndup(const uint8_t *data, size_t size);

#endif
