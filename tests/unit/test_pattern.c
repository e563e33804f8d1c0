/* test_pattern.c - unit tests for the pattern matcher (shell/pattern.c) and the directory
 * walker of pathname expansion (shell/glob.c); expectations checked against bash 5.2. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "../../parser/arena.h"
#include "../../shell/glob.h"
#include "../../shell/pattern.h"
#include "../../shell/strvec.h"
#include "shell_fixture.h"

#define YES(p, s) assert_true(pattern_matches((p), (s), PAT_EXTGLOB))
#define NO(p, s) assert_false(pattern_matches((p), (s), PAT_EXTGLOB))

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* ---- plain patterns ---- */

static void match__star_and_question__any(void **state)
{
	(void)state;
	YES("*", "");
	YES("*", "a/b");
	YES("a*c", "abbbc");
	NO("a*c", "abd");
	YES("a?c", "abc");
	NO("a?c", "ac");
	YES("*a*b*", "xaxxbx");
	NO("*a*b*", "xbxa");
}

static void match__brackets__sets_ranges_classes(void **state)
{
	(void)state;
	YES("[abc]", "b");
	NO("[abc]", "d");
	YES("[!abc]", "d");
	YES("[^abc]", "d");
	YES("[a-c]x", "bx");
	YES("[]]", "]");
	YES("[a-]", "-");
	YES("[[:alpha:]][[:digit:]]", "x1");
	NO("[[:upper:]]", "a");
	YES("[[.a.]][[=b=]]", "ab");
	YES("[\\]]", "]");
	YES("[C\\-D]", "-");
	NO("[C\\-D]", "c");
}

static void match__bad_brackets__literal(void **state)
{
	(void)state;
	YES("[", "[");
	YES("[ab", "[ab");
	YES("a[", "a[");
	NO("[[:nosuch:]]", "[[:nosuch:]]");  /* an unknown class matches nothing (bash) */
	NO("[[:nosuch:]]", "n]");
}

static void match__backslash__quotes(void **state)
{
	(void)state;
	YES("a\\*", "a*");
	NO("a\\*", "ab");
	YES("\\[x]", "[x]");
	YES("\\@(a)", "@(a)");
}

static void match__nocase__letters_and_sets(void **state)
{
	(void)state;
	assert_true(pattern_matches("ABC", "abc", PAT_NOCASE));
	assert_true(pattern_matches("[a-c]*", "Bz", PAT_NOCASE));
	assert_false(pattern_matches("ABC", "abc", 0));
}

static void match__period__only_explicit(void **state)
{
	(void)state;
	assert_false(pattern_matches("*", ".x", PAT_PERIOD));
	assert_false(pattern_matches("?x", ".x", PAT_PERIOD));
	assert_false(pattern_matches("[.]x", ".x", PAT_PERIOD));
	assert_true(pattern_matches(".*", ".x", PAT_PERIOD));
	assert_true(pattern_matches("*", "a.x", PAT_PERIOD));
	assert_false(pattern_matches("!(y)", ".x", PAT_PERIOD | PAT_EXTGLOB));
	assert_false(pattern_matches("*(.x)", ".x", PAT_PERIOD | PAT_EXTGLOB) &&
	             pattern_matches("*", ".x", PAT_PERIOD));
}

/* ---- extglob ---- */

static void match__groups__each_kind(void **state)
{
	(void)state;
	YES("@(a|b)", "b");
	NO("@(a|b)", "ab");
	YES("?(a)b", "b");
	YES("?(a)b", "ab");
	NO("?(a)b", "aab");
	YES("*(ab)", "");
	YES("*(ab)", "abab");
	NO("*(ab)", "aba");
	YES("+(ab)", "ab");
	NO("+(ab)", "");
	YES("!(a)", "b");
	YES("!(a)", "");
	NO("!(a)", "a");
	YES("!(a)", "aa");
	YES("*.@(c|h)", "x.h");
	YES("a@(X|Y)b", "aXb");
}

static void match__groups__nested_and_mixed(void **state)
{
	(void)state;
	YES("+(a|@(b|c)d)", "abdcd");
	NO("+(a|@(b|c)d)", "abd d");
	YES("*(+(a)|b)", "aabaa");
	NO("a!(b)c", "abc");
	YES("a!(b)c", "axc");
	YES("a!(b)c", "ac");
	NO("!(*.*)", "a.b");
	YES("@(|a)", "");
	YES("@()", "");
	NO("@()", "x");
}

static void match__groups_off__literal(void **state)
{
	(void)state;
	assert_true(pattern_matches("@(a)", "@(a)", 0));
	assert_false(pattern_matches("@(a)", "a", 0));
	assert_true(pattern_matches("+(a", "+(a", PAT_EXTGLOB));  /* no ): text */
}

static void match__star_then_empty_group__as_written(void **state)
{
	(void)state;
	/* bash 5.2 misses these matches; the pattern says they match */
	YES("*@(|x)", "a");
	YES("*?()", "a");
}

static void match__plus_against_long_subject__linear(void **state)
{
	(void)state;
	enum { N = 10000 };
	char *s = malloc(N + 2);
	memset(s, 'a', N);
	s[N] = '\0';
	double t0 = now();
	YES("+(a)", s);
	YES("*(a|b)", s);
	YES("+(a)*(a)", s);
	s[N] = 'b';
	s[N + 1] = '\0';
	NO("+(a)", s);
	YES("+(a)b", s);
	double t = now() - t0;
	if (t > 2.0)
		fail_msg("five matches against 10,000 bytes took %.2f s", t);
	free(s);
}

static void match__plus_against_a_million__linear(void **state)
{
	(void)state;
	enum { N = 1000000 };
	char *s = malloc(N + 2);
	memset(s, 'a', N);
	s[N] = '\0';
	double t0 = now();
	YES("+(a)", s);
	s[N] = 'b';
	s[N + 1] = '\0';
	NO("+(a)", s);
	double t = now() - t0;
	/* 0.1 s here; it was quadratic (more than 60 s) */
	if (t > 3.0)
		fail_msg("two matches against 1,000,000 bytes took %.2f s", t);
	free(s);
}

static void match__negation_nested_in_repeats__polynomial(void **state)
{
	(void)state;
	/* from fuzz_pattern (issue #21): each !( ) was matched again for every start of the
	 * groups around it, exponential in the nesting (more than 60 s); 0.01 s with the memo */
	enum { N = 250 };
	char s[N + 2];
	memset(s, 'x', N);
	s[N] = '\0';
	const char *p = "*(?!(??*(?!(??*(?!(??*(?!(?))))))))";
	double t0 = now();
	YES(p, s);
	YES(p, "x");
	YES("*(?!(x))", "xyxx");
	YES("*(?!(?*))", "xyxx");
	NO("+(x!(*y*))", "xyxx");
	s[N - 1] = 'y';
	YES("*(!(*y*)|y)", s);
	NO("+(!(*y*))", s);
	double t = now() - t0;
	if (t > 3.0)
		fail_msg("nested negations against 250 bytes took %.2f s", t);
}

static void match__ten_thousand_alternatives__found(void **state)
{
	(void)state;
	enum { K = 10000 };
	char *p = malloc(K * 8 + 8);
	char *d = p + sprintf(p, "@(");
	for (int i = 0; i < K; i++)
		d += sprintf(d, "%sa%d", i ? "|" : "", i);
	strcpy(d, ")");
	double t0 = now();
	YES(p, "a9999");
	YES(p, "a0");
	NO(p, "a10000");
	double t = now() - t0;
	if (t > 2.0)
		fail_msg("three matches took %.2f s", t);
	free(p);
}

static void ends__from_any_start__one_pass(void **state)
{
	(void)state;
	unsigned char ends[8] = { 0 };
	struct pattern *p = pattern_compile("a+(b)", PAT_EXTGLOB);
	assert_true(pattern_ends(p, "xabbab", 6, ends));
	static const unsigned char want[7] = { 0, 0, 0, 1, 1, 0, 1 };
	assert_memory_equal(ends, want, 7);
	memset(ends, 0, sizeof(ends));
	assert_false(pattern_ends(p, "xaxa", 4, ends));
	pattern_free(p);
	/* 10,000 alternatives against 100,000 bytes: the alternatives share the steps of their
	 * bytes (each alternative stepping on its own took 11 s) */
	enum { K = 10000, N = 100000 };
	char *pat = malloc(K * 8 + 8);
	char *d = pat + sprintf(pat, "@(");
	for (int i = 0; i < K; i++)
		d += sprintf(d, "%sa%d", i ? "|" : "", i);
	strcpy(d, ")");
	char *s = malloc(N + 8);
	memset(s, 'x', N);
	strcpy(s + N, "a9999y");
	unsigned char *found = calloc(N + 8, 1);
	double t0 = now();
	p = pattern_compile(pat, PAT_EXTGLOB);
	assert_true(pattern_ends(p, s, N + 6, found));
	pattern_free(p);
	double t = now() - t0;
	assert_true(found[N + 2] && found[N + 3] && found[N + 4] && found[N + 5]);
	assert_false(found[N + 1] || found[N + 6] || found[N]);
	if (t > 3.0)
		fail_msg("10,000 alternatives against 100,000 bytes took %.2f s", t);
	free(found);
	free(s);
	free(pat);
}

static void match__deep_nesting__no_crash(void **state)
{
	(void)state;
	enum { D = 5000 };
	char *p = malloc(D * 3 + 8);
	char *d = p;
	for (int i = 0; i < D; i++)
		d += sprintf(d, "@(");
	*d++ = 'a';
	for (int i = 0; i < D; i++)
		*d++ = ')';
	*d = '\0';
	/* past 200 levels a group is text: no stack as deep as the pattern */
	NO(p, "a");
	free(p);
}

/* ---- prefixes and what is known of a pattern ---- */

static void prefix__shortest_and_longest(void **state)
{
	(void)state;
	struct pattern *p = pattern_compile("*/", 0);
	assert_int_equal(pattern_prefix(p, "usr/local/doc", 13, false), 4);
	assert_int_equal(pattern_prefix(p, "usr/local/doc", 13, true), 10);
	assert_int_equal(pattern_prefix(p, "usr", 3, false), -1);
	pattern_free(p);
	p = pattern_compile("+(ab)", PAT_EXTGLOB);
	assert_int_equal(pattern_prefix(p, "ababx", 5, false), 2);
	assert_int_equal(pattern_prefix(p, "ababx", 5, true), 4);
	pattern_free(p);
}

static void compiled__literal_and_fixed_length(void **state)
{
	(void)state;
	const char *text;
	size_t len;
	struct pattern *p = pattern_compile("a\\*b", 0);
	assert_true(pattern_literal(p, &text, &len));
	assert_int_equal(len, 3);
	assert_memory_equal(text, "a*b", 3);
	assert_int_equal(pattern_fixed_length(p), 3);
	pattern_free(p);
	p = pattern_compile("?[ab]c", 0);
	assert_false(pattern_literal(p, &text, &len));
	assert_int_equal(pattern_fixed_length(p), 3);
	pattern_free(p);
	p = pattern_compile("a*", 0);
	assert_int_equal(pattern_fixed_length(p), -1);
	pattern_free(p);
}

static void has_magic__by_flags(void **state)
{
	(void)state;
	assert_true(pattern_has_magic("a*", 0));
	assert_true(pattern_has_magic("[ab]", 0));
	assert_false(pattern_has_magic("[ab", 0));
	assert_false(pattern_has_magic("a\\*", 0));
	assert_false(pattern_has_magic("@(a)", 0));
	assert_true(pattern_has_magic("@(a)", PAT_EXTGLOB));
}

/* ---- the directory walker ---- */

static int setup(void **state)
{
	return fixture_setup(state, "pattern");
}

/* Removes the tree the glob tests made (the fixture removes plain files only). */
static int teardown(void **state)
{
	if (system("rm -rf t") != 0)
		return -1;
	return fixture_teardown(state);
}

/* Runs glob_paths and returns the paths joined by spaces (in the shell's arena). */
static const char *paths(struct shell *sh, const char *pattern, unsigned flags)
{
	struct strvec sv;
	strvec_init(&sv, sh->cmd_arena);
	glob_paths(pattern, flags, sh->cmd_arena, &sv);
	size_t n = 1;
	for (size_t i = 0; i < sv.n; i++)
		n += strlen(sv.v[i]) + 1;
	char *r = arena_alloc(sh->cmd_arena, n);
	r[0] = '\0';
	for (size_t i = 0; i < sv.n; i++) {
		if (i)
			strcat(r, " ");
		strcat(r, sv.v[i]);
	}
	return r;
}

/* t/ with a/1.c a/b/2.c a/b/c/3.c d/4.c top.c B.c .h/5.c .hid.c, links d/link -> ../a and
 * a/b/up -> .. (a loop). */
static void make_tree(void)
{
	assert_int_equal(system("mkdir -p t/a/b/c t/d t/.h && touch t/a/1.c t/a/b/2.c t/a/b/c/3.c "
	                        "t/d/4.c t/top.c t/B.c t/.h/5.c t/.hid.c && ln -s ../a t/d/link && "
	                        "ln -s .. t/a/b/up"), 0);
	assert_int_equal(chdir("t"), 0);
}

static void glob__star__sorted_no_dot_files(void **state)
{
	SH;
	make_tree();
	assert_string_equal(paths(sh, "*", 0), "B.c a d top.c");
	assert_string_equal(paths(sh, "*", GLOB_DOTS), ".h .hid.c B.c a d top.c");
	assert_string_equal(paths(sh, ".*", 0), ".h .hid.c");
	assert_string_equal(paths(sh, "*/", 0), "a/ d/");
	assert_string_equal(paths(sh, "d/link/*", 0), "d/link/1.c d/link/b");
	assert_string_equal(paths(sh, "b*", GLOB_ICASE), "B.c");
	assert_string_equal(paths(sh, "nomatch*", 0), "");
	assert_int_equal(chdir(".."), 0);
}

static void glob__globstar__links_listed_not_entered(void **state)
{
	SH;
	make_tree();
	assert_string_equal(paths(sh, "**", GLOB_STAR),
	                    "B.c a a/1.c a/b a/b/2.c a/b/c a/b/c/3.c a/b/up d d/4.c d/link top.c");
	assert_string_equal(paths(sh, "**/", GLOB_STAR), "a/ a/b/ a/b/c/ a/b/up/ d/ d/link/");
	assert_string_equal(paths(sh, "**/*.c", GLOB_STAR), "B.c a/1.c a/b/2.c a/b/c/3.c d/4.c top.c");
	assert_string_equal(paths(sh, "**/**/*.c", GLOB_STAR), "B.c a/1.c a/b/2.c a/b/c/3.c d/4.c top.c");
	assert_string_equal(paths(sh, "a/**", GLOB_STAR), "a/ a/1.c a/b a/b/2.c a/b/c a/b/c/3.c a/b/up");
	assert_string_equal(paths(sh, "**/*.c", GLOB_STAR | GLOB_DOTS),
	                    ".h/5.c .hid.c B.c a/1.c a/b/2.c a/b/c/3.c d/4.c top.c");
	/* without globstar, ** is * */
	assert_string_equal(paths(sh, "**/*.c", 0), "a/1.c d/4.c");
	assert_int_equal(chdir(".."), 0);
}

static void glob__extglob__components(void **state)
{
	SH;
	make_tree();
	assert_string_equal(paths(sh, "!(*.c)", GLOB_EXT), "a d");
	assert_string_equal(paths(sh, "+(a|d)/*.c", GLOB_EXT), "a/1.c d/4.c");
	assert_string_equal(paths(sh, "@(a|d)/*", GLOB_EXT), "a/1.c a/b d/4.c d/link");
	assert_int_equal(chdir(".."), 0);
}

static void glob__wide_tree__completes(void **state)
{
	SH;
	/* 100 directories of 100 files, 10 levels deep somewhere: ** goes through it all */
	assert_int_equal(system("mkdir -p t/deep/1/2/3/4/5/6/7/8/9/10"), 0);
	char path[64];
	for (int d = 1; d <= 100; d++) {
		snprintf(path, sizeof(path), "t/d%d", d);
		assert_int_equal(mkdir(path, 0755), 0);
		for (int f = 1; f <= 100; f++) {
			snprintf(path, sizeof(path), "t/d%d/%d", d, f);
			FILE *fp = fopen(path, "w");
			assert_non_null(fp);
			fclose(fp);
		}
	}
	assert_int_equal(chdir("t"), 0);
	struct strvec sv;
	strvec_init(&sv, sh->cmd_arena);
	assert_int_equal(glob_paths("**", GLOB_STAR, sh->cmd_arena, &sv), 100 + 100 * 100 + 11);
	assert_int_equal(chdir(".."), 0);
}

/* True when the reversed compile of p matches the reverse of s (all of it). */
static bool reversed_matches(const char *p, const char *s)
{
	struct pattern *rp = pattern_compile(p, PAT_EXTGLOB);
	pattern_reverse(rp);
	size_t n = strlen(s);
	char *r = malloc(n + 1);
	for (size_t i = 0; i < n; i++)
		r[i] = s[n - 1 - i];
	r[n] = '\0';
	bool m = pattern_match_all(rp, r, n);
	free(r);
	pattern_free(rp);
	return m;
}

static void reverse__matches_reversed_strings(void **state)
{
	(void)state;
	assert_true(reversed_matches("ab*c", "abxxc"));
	assert_false(reversed_matches("ab*c", "cxxba"));
	assert_true(reversed_matches("[a-c]?d", "bzd"));
	assert_true(reversed_matches("x@(ab|cd)y", "xcdy"));
	assert_true(reversed_matches("+(ab)c", "ababc"));
	assert_false(reversed_matches("+(ab)c", "abbac"));
	assert_true(reversed_matches("a!(b*)", "acd"));
	assert_false(reversed_matches("a!(b*)", "abc"));
	assert_true(reversed_matches("*(a@(bc|d))e", "abcade"));
	assert_true(reversed_matches("lit", "lit"));
}

static void occurs__anywhere_or_not(void **state)
{
	(void)state;
	struct pattern *p = pattern_compile("b*c", PAT_EXTGLOB);
	assert_true(pattern_occurs(p, "aaabxxcaa", 9));
	assert_false(pattern_occurs(p, "aaacxxbaa", 9));
	pattern_free(p);
	p = pattern_compile("+(a)", PAT_EXTGLOB);
	assert_false(pattern_occurs(p, "bbb", 3));
	assert_true(pattern_occurs(p, "bab", 3));
	pattern_free(p);
	p = pattern_compile("*", 0);
	assert_true(pattern_occurs(p, "", 0));
	pattern_free(p);
}

static void last_byte__only_plain_final_char(void **state)
{
	(void)state;
	unsigned char c = 0;
	struct pattern *p = pattern_compile("*b", 0);
	assert_true(pattern_last_byte(p, &c));
	assert_int_equal(c, 'b');
	pattern_free(p);
	p = pattern_compile("b*", 0);
	assert_false(pattern_last_byte(p, &c));
	pattern_free(p);
	p = pattern_compile("*b", PAT_NOCASE);
	assert_false(pattern_last_byte(p, &c));
	pattern_free(p);
}

#define T(f) cmocka_unit_test(f)
#define TG(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(match__star_and_question__any), T(match__brackets__sets_ranges_classes),
		T(match__bad_brackets__literal), T(match__backslash__quotes),
		T(match__nocase__letters_and_sets), T(match__period__only_explicit),
		T(match__groups__each_kind), T(match__groups__nested_and_mixed),
		T(match__groups_off__literal), T(match__star_then_empty_group__as_written),
		T(match__plus_against_long_subject__linear), T(match__plus_against_a_million__linear),
		T(match__negation_nested_in_repeats__polynomial),
		T(match__ten_thousand_alternatives__found), T(ends__from_any_start__one_pass),
		T(match__deep_nesting__no_crash),
		T(prefix__shortest_and_longest), T(compiled__literal_and_fixed_length),
		T(has_magic__by_flags), T(reverse__matches_reversed_strings), T(occurs__anywhere_or_not),
		T(last_byte__only_plain_final_char), TG(glob__star__sorted_no_dot_files),
		TG(glob__globstar__links_listed_not_entered), TG(glob__extglob__components),
		TG(glob__wide_tree__completes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
