/* fuzz_pattern.c - libFuzzer target for shell patterns (shell/pattern.c, pattern_compile.c):
 * the input is FLAGS PATTERN NUL SUBJECT (FLAGS one byte of PAT_* bits; the subject may be
 * absent). Every entry point must agree with the others: pattern_matches (with its fast path)
 * with the compiled pattern's match, the longest matching prefix with a whole match, a fixed
 * length with the length of what matches, a literal pattern with its text. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../shell/pattern.h"
#include "support.h"

static _Noreturn void fail(const char *what, const char *pattern, const char *subject)
{
	fuzz_fail("fuzz_pattern: %s\npattern: \"%s\"\nsubject: \"%s\"", what, pattern, subject);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	unsigned flags = data[0] & (PAT_EXTGLOB | PAT_NOCASE | PAT_PERIOD);
	char *text = fuzz_strndup(data + 1, size - 1);
	size_t plen = strlen(text);
	const char *subject = plen + 1 < size - 1 ? text + plen + 1 : "";
	size_t n = plen + 1 < size - 1 ? size - 1 - (plen + 1) : 0;
	/* the subject is the rest of the input, NUL bytes included; pattern_matches takes a string */
	size_t slen = strnlen(subject, n);

	struct pattern *p = pattern_compile(text, flags);
	bool whole = pattern_match_all(p, subject, n);
	long shortest = pattern_prefix(p, subject, n, false);
	long longest = pattern_prefix(p, subject, n, true);
	long fixed = pattern_fixed_length(p);
	if (longest < shortest || longest > (long)n || shortest < -1)
		fail("prefix lengths out of order", text, subject);
	if ((longest == (long)n) != whole)
		fail("longest prefix disagrees with the whole match", text, subject);
	if (whole && fixed >= 0 && fixed != (long)n)
		fail("a fixed-length pattern matched another length", text, subject);
	if (shortest >= 0 && fixed >= 0 && shortest != fixed)
		fail("a fixed-length prefix of another length", text, subject);
	const char *lit;
	size_t litlen;
	if (pattern_literal(p, &lit, &litlen) && !(flags & PAT_NOCASE)) {
		bool same = litlen == n && memcmp(lit, subject, n) == 0;
		if (same != whole)
			fail("a literal pattern disagrees with its text", text, subject);
	}
	bool whole_str = slen == n ? whole : pattern_match_all(p, subject, slen);
	if (pattern_matches(text, subject, flags) != whole_str)
		fail("pattern_matches disagrees with pattern_match_all", text, subject);
	if (!pattern_has_magic(text, flags) && !(flags & PAT_NOCASE) && pattern_literal(p, &lit, &litlen) == false)
		fail("a pattern without magic is not a literal", text, subject);
	pattern_free(p);
	free(text);
	return 0;
}
