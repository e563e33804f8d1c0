/* test_expand_glob.c - unit tests for pathname expansion and pattern matching
 * (shell/expand_glob.c): globbing in a scratch directory, expand_word_pattern and
 * pattern_match, with words built by hand and parsed from source text. */
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "expand_harness.h"

/* ---- pathname expansion ---- */

static void touch(const char *name)
{
	int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	assert_true(fd >= 0);
	close(fd);
}

static const char *const glob_files[] = { "b.c", "a.c", "c.h", ".hidden.c", "a*b", "1.txt",
                                          "[x]", "sub/inner.c", NULL };

static int setup_glob(void **state)
{
	if (expand_setup(state) < 0)
		return -1;
	struct expand_fixture *f = *state;
	if (!getcwd(f->cwd, sizeof(f->cwd)))
		return -1;
	strcpy(f->dir, "/tmp/minish-glob-XXXXXX");
	if (!mkdtemp(f->dir) || chdir(f->dir) < 0 || mkdir("sub", 0700) < 0)
		return -1;
	for (int i = 0; glob_files[i]; i++)
		touch(glob_files[i]);
	return 0;
}

static int teardown_glob(void **state)
{
	struct expand_fixture *f = *state;
	for (int i = 0; glob_files[i]; i++)
		unlink(glob_files[i]);
	rmdir("sub");
	if (chdir(f->cwd) < 0)
		return -1;
	rmdir(f->dir);
	return expand_teardown(state);
}

static void expand_words__glob_star__sorted_matches(void **state)
{
	SH;
	EXPECT(WORD(LIT("*.c")), "[a.c][b.c]");
}

static void expand_words__glob_no_match__word_unchanged(void **state)
{
	SH;
	EXPECT(WORD(LIT("*.zzz")), "[*.zzz]");
}

static void expand_words__glob_dotfiles__need_explicit_dot(void **state)
{
	SH;
	EXPECT(WORD(LIT(".*.c")), "[.hidden.c]");
}

static void expand_words__glob_question__one_char(void **state)
{
	SH;
	EXPECT(WORD(LIT("?.h")), "[c.h]");
}

static void expand_words__glob_bracket__set(void **state)
{
	SH;
	EXPECT(WORD(LIT("[ab].c")), "[a.c][b.c]");
}

static void expand_words__glob_negated_bracket__complement(void **state)
{
	SH;
	EXPECT(WORD(LIT("[!a].c")), "[b.c]");
}

static void expand_words__glob_char_class__digit(void **state)
{
	SH;
	EXPECT(WORD(LIT("[[:digit:]]*")), "[1.txt]");
}

static void expand_words__glob_quoted_star__literal(void **state)
{
	SH;
	EXPECT(WORD(DQ(LIT("*.c"))), "[*.c]");
}

static void expand_words__glob_quoted_star_in_pattern__matches_literally(void **state)
{
	SH;
	EXPECT(WORD(LIT("a"), SQ("*"), LIT("*")), "[a*b]");
}

static void expand_words__glob_quoted_bracket__literal_name(void **state)
{
	SH;
	EXPECT(WORD(SQ("["), LIT("x]*")), "[[x]]");
}

static void expand_words__glob_subdirectory__path(void **state)
{
	SH;
	EXPECT(WORD(LIT("s*/*.c")), "[sub/inner.c]");
}

static void expand_words__glob_noglob__literal(void **state)
{
	SH;
	sh->opt.noglob = true;
	EXPECT(WORD(LIT("*.c")), "[*.c]");
}

static void expand_words__glob_from_variable__expanded(void **state)
{
	SH;
	set(sh, "p", "*.h");
	EXPECT(WORD(VAR("p")), "[c.h]");
}

static void expand_words__glob_from_quoted_variable__literal(void **state)
{
	SH;
	set(sh, "p", "*.h");
	EXPECT(WORD(DQ(VAR("p"))), "[*.h]");
}

static void expand_words__glob_after_split__each_field(void **state)
{
	SH;
	set(sh, "p", "*.h x");
	EXPECT(WORD(VAR("p")), "[c.h][x]");
}

static void expand_words__glob_unmatched_bracket__literal(void **state)
{
	SH;
	EXPECT(WORD(LIT("[")), "[[]");
}

/* ---- patterns ---- */

static void expand_word_pattern__quoted_specials__escaped(void **state)
{
	SH;
	assert_string_equal(expand_word_pattern(sh, WORD(SQ("*?[\\"), LIT("*"))), "\\*\\?\\[\\\\*");
}

static void expand_word_pattern__variable_unquoted__pattern_chars_active(void **state)
{
	SH;
	set(sh, "p", "a*");
	assert_string_equal(expand_word_pattern(sh, WORD(VAR("p"))), "a*");
	assert_string_equal(expand_word_pattern(sh, WORD(DQ(VAR("p")))), "a\\*");
}

static void expand_word_pattern__plain_quoted__unchanged(void **state)
{
	SH;
	assert_string_equal(expand_word_pattern(sh, WORD(SQ("abc"))), "abc");
}

static void pattern_match__star__matches(void **state)
{
	(void)state;
	assert_true(pattern_match("a*", "abc"));
	assert_false(pattern_match("a*", "bac"));
}

static void pattern_match__escaped__literal(void **state)
{
	(void)state;
	assert_true(pattern_match("a\\*", "a*"));
	assert_false(pattern_match("a\\*", "ab"));
}

static void pattern_match__bracket__class(void **state)
{
	(void)state;
	assert_true(pattern_match("[[:alpha:]]?", "x1"));
	assert_false(pattern_match("[!x]", "x"));
}

static void pattern_match__slash_and_dot__ordinary(void **state)
{
	(void)state;
	assert_true(pattern_match("*", "a/b"));
	assert_true(pattern_match("*", ".hidden"));
}

/* ---- words parsed from source text ---- */

static void parsed__case_pattern__quoted_part_escaped(void **state)
{
	SH;
	vars_set(sh->vars, "p", "*", 0);
	const struct node *c = parse_simple(sh, ": a\"*\"$p'?'\"$p\"");
	char *pat = expand_word_pattern(sh, c->u.simple.words->next);
	assert_string_equal(pat, "a\\**\\?\\*");
	assert_true(pattern_match(pat, "a*xyz?*"));
	assert_false(pattern_match(pat, "abxyz?*"));
}

/* pathname expansion from parsed words */
CASE(parsed__glob__sorted, "", "*.c", "[a.c][b.c]")
CASE(parsed__glob_quoted__literal, "", "\"*\".c '*.c' \\*.c", "[*.c][*.c][*.c]")
CASE(parsed__glob_partly_quoted__literal_star_matches, "", "a'*'*", "[a*b]")
CASE(parsed__glob_from_variable__expanded, "p='*.h'", "$p \"$p\"", "[c.h][*.h]")
CASE(parsed__glob_noglob__literal, "set -f", "*.c", "[*.c]")
CASE(parsed__glob_no_match__unchanged, "", "*.nomatch", "[*.nomatch]")
CASE(parsed__glob_hidden__explicit_dot_only, "", "*hidden* .h*", "[*hidden*][.hidden.c]")

#define TG(f) cmocka_unit_test_setup_teardown(f, setup_glob, teardown_glob)

int main(void)
{
	const struct CMUnitTest tests[] = {
		TG(expand_words__glob_star__sorted_matches),
		TG(expand_words__glob_no_match__word_unchanged),
		TG(expand_words__glob_dotfiles__need_explicit_dot),
		TG(expand_words__glob_question__one_char), TG(expand_words__glob_bracket__set),
		TG(expand_words__glob_negated_bracket__complement),
		TG(expand_words__glob_char_class__digit),
		TG(expand_words__glob_quoted_star__literal),
		TG(expand_words__glob_quoted_star_in_pattern__matches_literally),
		TG(expand_words__glob_quoted_bracket__literal_name),
		TG(expand_words__glob_subdirectory__path), TG(expand_words__glob_noglob__literal),
		TG(expand_words__glob_from_variable__expanded),
		TG(expand_words__glob_from_quoted_variable__literal),
		TG(expand_words__glob_after_split__each_field),
		TG(expand_words__glob_unmatched_bracket__literal),
		T(expand_word_pattern__quoted_specials__escaped),
		T(expand_word_pattern__variable_unquoted__pattern_chars_active),
		T(expand_word_pattern__plain_quoted__unchanged), T(pattern_match__star__matches),
		T(pattern_match__escaped__literal), T(pattern_match__bracket__class),
		T(pattern_match__slash_and_dot__ordinary),
		T(parsed__case_pattern__quoted_part_escaped), TG(parsed__glob__sorted),
		TG(parsed__glob_quoted__literal),
		TG(parsed__glob_partly_quoted__literal_star_matches),
		TG(parsed__glob_from_variable__expanded), TG(parsed__glob_noglob__literal),
		TG(parsed__glob_no_match__unchanged), TG(parsed__glob_hidden__explicit_dot_only),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
