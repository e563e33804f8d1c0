/* test_lexer.c - cmocka tests for the reader (continuations, NUL bytes, positions, aliases)
 * and the tokenizer (operators, io-numbers, comments, words, here-document delimiters). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../parser/arena.h"
#include "../../parser/lexer.h"
#include "../../parser/parse_priv.h"

/* ---- the reader ---- */

struct fixture {
	struct arena *a;
	struct parser p;
	struct parse_error err;
};

static struct fixture *start(const char *s, size_t len, bool at_eof)
{
	struct fixture *f = calloc(1, sizeof(*f));
	f->a = arena_new();
	parser_init(&f->p, f->a, s, len, 0, 1, 1, at_eof, &f->err);
	return f;
}

static void finish(struct fixture *f)
{
	arena_free(f->a);
	free(f);
}

/* Reads everything with rd_getc (or rd_getc_raw) into a NUL-terminated string. */
static char *read_all(struct reader *r, bool raw)
{
	static char buf[256];
	size_t n = 0;
	int c;
	while (n + 1 < sizeof(buf) && (c = raw ? rd_getc_raw(r) : rd_getc(r)) != RD_EOF)
		buf[n++] = (char)c;
	buf[n] = '\0';
	return buf;
}

static void rd_getc__backslash_newline__removed(void **state)
{
	(void)state;
	/* the reader knows no escapes: the word scanner reads an escaped character raw */
	struct fixture *f = start("a\\\nb\\\\\nc", 8, true);
	assert_string_equal(read_all(&f->p.rd, false), "ab\\c");
	finish(f);
}

static void rd_getc_raw__backslash_newline__kept(void **state)
{
	(void)state;
	struct fixture *f = start("a\\\nb", 4, true);
	assert_string_equal(read_all(&f->p.rd, true), "a\\\nb");
	finish(f);
}

static void rd_getc__nul_bytes__skipped(void **state)
{
	(void)state;
	struct fixture *f = start("\0a\0\0b\\\0\nc\0", 10, true);
	assert_string_equal(read_all(&f->p.rd, false), "abc");
	finish(f);
}

static void rd_getc__newlines__line_and_column(void **state)
{
	(void)state;
	struct fixture *f = start("ab\ncd\\\ne", 8, true);
	struct reader *r = &f->p.rd;
	assert_int_equal(rd_getc(r), 'a');
	assert_int_equal(r->col, 2);
	rd_getc(r);
	rd_getc(r);
	assert_int_equal(r->line, 2);
	assert_int_equal(r->col, 1);
	rd_getc(r);
	rd_getc(r);
	assert_int_equal(rd_peek(r), 'e');
	assert_int_equal(r->line, 3);
	assert_int_equal(r->col, 1);
	finish(f);
}

static void rd_peek__high_bytes__not_negative(void **state)
{
	(void)state;
	struct fixture *f = start("\xff", 1, true);
	assert_int_equal(rd_peek(&f->p.rd), 0xff);
	finish(f);
}

static void rd_guess_arith__closing_parens__decides(void **state)
{
	(void)state;
	static const struct {
		const char *after;   /* the text from the second '(' of "$((" */
		bool at_eof;
		enum arith_guess want;
	} cases[] = {
		{ "(1 + 2))", true, GUESS_ARITH },
		{ "((1) * (2)))", true, GUESS_ARITH },
		{ "(a) | (b))", true, GUESS_CMDSUB },
		{ "(a) )", true, GUESS_CMDSUB },
		{ "(\")\" ))", true, GUESS_ARITH },
		{ "(')' ))", true, GUESS_ARITH },
		{ "(1 +", false, GUESS_NEED_MORE },
		{ "(1 +", true, GUESS_ARITH },
		{ "(1)\\\n)", true, GUESS_ARITH },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct fixture *f = start(cases[i].after, strlen(cases[i].after), cases[i].at_eof);
		if (rd_guess_arith(&f->p.rd) != cases[i].want)
			fail_msg("case %zu \"%s\"", i, cases[i].after);
		assert_int_equal(f->p.rd.frames[0].pos, 0);
		finish(f);
	}
}

static void rd_push_alias__value__read_first_then_popped(void **state)
{
	(void)state;
	struct fixture *f = start("x", 1, true);
	struct reader *r = &f->p.rd;
	rd_push_alias(r, "e", "echo ", 1, 1);
	assert_true(rd_alias_active(r, "e"));
	assert_false(rd_alias_active(r, "x"));
	assert_int_equal(r->nframes, 2);
	assert_string_equal(read_all(r, false), "echo x");
	assert_true(rd_pop_exhausted(r));
	assert_false(rd_alias_active(r, "e"));
	finish(f);
}

static void sb_putc__one_megabyte__grows(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct sbuf b = { 0 };
	for (int i = 0; i < 1024 * 1024; i++)
		sb_putc(a, &b, 'a' + i % 26);
	assert_int_equal(b.len, 1024 * 1024);
	assert_int_equal(sb_str(a, &b)[b.len], '\0');
	assert_int_equal(b.s[27], 'b');
	arena_free(a);
}

/* ---- tokens ---- */

/* Lexes s to the end; writes the kinds into kinds[] and returns how many. */
static int lex_all(const char *s, size_t len, enum tok_kind *kinds, int max, struct token *last)
{
	struct fixture *f = start(s, len, true);
	int n = 0;
	struct token t;
	do {
		lex_token(&f->p, &t);
		if (n < max)
			kinds[n] = t.kind;
		n++;
		if (last)
			*last = t;
	} while (t.kind != T_EOF && !f->p.failed);
	finish(f);
	return n;
}

static void lex_token__operators__longest_match(void **state)
{
	(void)state;
	const char *src = "&& || ;; ; & | ( ) < > >| >> <> <& >& <<- <<< a";
	enum tok_kind want[] = {
		T_AND_IF, T_OR_IF, T_DSEMI, T_SEMI, T_AMP, T_PIPE, T_LPAREN, T_RPAREN, T_LESS,
		T_GREAT, T_CLOBBER, T_DGREAT, T_LESSGREAT, T_LESSAND, T_GREATAND, T_DLESSDASH,
		T_TLESS, T_WORD, T_EOF,
	};
	enum tok_kind got[32];
	int n = lex_all(src, strlen(src), got, 32, NULL);
	assert_int_equal(n, (int)(sizeof(want) / sizeof(want[0])));
	for (int i = 0; i < n; i++)
		if (got[i] != want[i])
			fail_msg("token %d: kind %d, want %d (%s)", i, got[i], want[i],
			         tok_kind_text(want[i]) ? tok_kind_text(want[i]) : "word");
}

static void lex_token__bash_redirections__own_tokens(void **state)
{
	(void)state;
	enum tok_kind want[] = { T_WORD, T_AMPGREAT, T_WORD, T_AMPDGREAT, T_WORD, T_PIPEAMP, T_WORD,
	                         T_AMP, T_AND_IF, T_WORD, T_EOF };
	enum tok_kind got[16];
	const char *src = "a&>f&>>g|&b& &&c";
	assert_int_equal(lex_all(src, strlen(src), got, 16, NULL), 11);
	assert_memory_equal(got, want, sizeof(want));
}

static void lex_token__name_in_braces_before_redirect__io_name(void **state)
{
	(void)state;
	const char *src = "{fd}>f {1x}>g {a.b}<h {fd} >i";
	struct fixture *f = start(src, strlen(src), true);
	struct token t;
	lex_token(&f->p, &t);
	assert_int_equal(t.kind, T_IO_NUMBER);
	assert_int_equal(t.io_number, -1);
	assert_string_equal(t.io_name, "fd");
	lex_token(&f->p, &t);
	assert_int_equal(t.kind, T_GREAT);
	lex_token(&f->p, &t);
	lex_token(&f->p, &t);
	assert_int_equal(t.kind, T_WORD);  /* {1x}: not a name */
	assert_null(t.io_name);
	lex_token(&f->p, &t);
	lex_token(&f->p, &t);
	lex_token(&f->p, &t);
	assert_int_equal(t.kind, T_WORD);  /* {a.b} */
	lex_token(&f->p, &t);
	lex_token(&f->p, &t);
	lex_token(&f->p, &t);
	assert_int_equal(t.kind, T_WORD);  /* {fd} then a blank */
	finish(f);
}

static void lex_token__operators_without_blanks__split(void **state)
{
	(void)state;
	enum tok_kind want[] = { T_WORD, T_AND_IF, T_WORD, T_PIPE, T_WORD, T_SEMI, T_WORD,
	                         T_AMP, T_EOF };
	enum tok_kind got[16];
	assert_int_equal(lex_all("a&&b|c;d&", 9, got, 16, NULL), 9);
	assert_memory_equal(got, want, sizeof(want));
}

static void lex_token__digits_before_redirect__io_number(void **state)
{
	(void)state;
	const char *src = "2>&1 10<f 3 >x '4'>y a5>z";
	struct fixture *f = start(src, strlen(src), true);
	struct token t;
	lex_token(&f->p, &t);
	assert_int_equal(t.kind, T_IO_NUMBER);
	assert_int_equal(t.io_number, 2);
	lex_token(&f->p, &t);
	assert_int_equal(t.kind, T_GREATAND);
	lex_token(&f->p, &t);
	assert_int_equal(t.kind, T_WORD);
	lex_token(&f->p, &t);
	assert_int_equal(t.kind, T_IO_NUMBER);
	assert_int_equal(t.io_number, 10);
	lex_token(&f->p, &t);
	assert_int_equal(t.kind, T_LESS);
	lex_token(&f->p, &t);
	lex_token(&f->p, &t);
	assert_int_equal(t.kind, T_WORD); /* "3" then a blank */
	lex_token(&f->p, &t);
	lex_token(&f->p, &t);
	lex_token(&f->p, &t);
	assert_int_equal(t.kind, T_WORD); /* quoted '4' */
	lex_token(&f->p, &t);
	lex_token(&f->p, &t);
	lex_token(&f->p, &t);
	assert_int_equal(t.kind, T_WORD); /* a5 */
	finish(f);
}

static void lex_token__comment__skipped_to_newline(void **state)
{
	(void)state;
	enum tok_kind want[] = { T_WORD, T_NEWLINE, T_WORD, T_EOF };
	enum tok_kind got[8];
	const char *src = "a # b c \\\nd";
	assert_int_equal(lex_all(src, strlen(src), got, 8, NULL), 4);
	assert_memory_equal(got, want, sizeof(want));
}

static void lex_token__positions_and_raw_text__recorded(void **state)
{
	(void)state;
	struct fixture *f = start("  echo \"a b\"\n\tx", 15, true);
	struct token t;
	lex_token(&f->p, &t);
	assert_int_equal(t.line, 1);
	assert_int_equal(t.col, 3);
	assert_int_equal(t.rawlen, 4);
	assert_memory_equal(t.raw, "echo", 4);
	lex_token(&f->p, &t);
	assert_int_equal(t.col, 8);
	assert_int_equal(t.rawlen, 5);
	assert_memory_equal(t.raw, "\"a b\"", 5);
	lex_token(&f->p, &t);
	assert_int_equal(t.kind, T_NEWLINE);
	lex_token(&f->p, &t);
	assert_int_equal(t.line, 2);
	assert_int_equal(t.col, 2);
	finish(f);
}

static void lex_token__continuation_inside_operator__joined(void **state)
{
	(void)state;
	enum tok_kind want[] = { T_WORD, T_AND_IF, T_WORD, T_DLESSDASH, T_EOF };
	enum tok_kind got[8];
	const char *src = "a &\\\n& b <\\\n<\\\n-";
	/* the here-document delimiter is missing: the lexer alone does not care */
	assert_int_equal(lex_all(src, strlen(src), got, 8, NULL), 5);
	assert_memory_equal(got, want, sizeof(want));
}

static void lex_token__procsub_start__is_word(void **state)
{
	(void)state;
	enum tok_kind want[] = { T_WORD, T_LESS, T_WORD, T_WORD, T_EOF };
	enum tok_kind got[8];
	const char *src = "cat < <(ls) >(wc)";
	assert_int_equal(lex_all(src, strlen(src), got, 8, NULL), 5);
	assert_memory_equal(got, want, sizeof(want));
}

static void lex_token__unclosed_quote__incomplete_or_error(void **state)
{
	(void)state;
	struct token t;
	struct fixture *f = start("'abc", 4, false);
	lex_token(&f->p, &t);
	assert_true(f->p.failed);
	assert_int_equal(f->p.status, PARSE_INCOMPLETE);
	finish(f);
	f = start("'abc", 4, true);
	lex_token(&f->p, &t);
	assert_int_equal(f->p.status, PARSE_ERROR);
	assert_string_equal(f->err.message, "syntax error: unexpected end of file");
	finish(f);
}

static void lex_token__newline__reads_pending_heredoc(void **state)
{
	(void)state;
	const char *src = "<<E\nbody\nE\nnext";
	struct fixture *f = start(src, strlen(src), true);
	struct token t;
	lex_token(&f->p, &t);
	assert_int_equal(t.kind, T_DLESS);
	struct redir r = { .kind = R_HEREDOC };
	assert_true(lex_heredoc_delim(&f->p, &r));
	assert_null(r.heredoc_text);
	lex_token(&f->p, &t);
	assert_int_equal(t.kind, T_NEWLINE);
	assert_string_equal(r.heredoc_text, "body\n");
	lex_token(&f->p, &t);
	assert_int_equal(t.line, 4);
	assert_int_equal(t.kind, T_WORD);
	finish(f);
}

static void lex_heredoc_delim__quotes__removed_and_flagged(void **state)
{
	(void)state;
	static const struct {
		const char *src, *delim;
		bool quoted;
	} cases[] = {
		{ "EOF", "EOF", false },   { "'EOF'", "EOF", true },   { "\"E\"OF", "EOF", true },
		{ "\\EOF", "EOF", true },  { "E$x", "E$x", false },    { "''", "", true },
		{ "\"a\\\"b\"", "a\"b", true },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct fixture *f = start(cases[i].src, strlen(cases[i].src), true);
		struct redir r = { .kind = R_HEREDOC };
		assert_true(lex_heredoc_delim(&f->p, &r));
		assert_string_equal(f->p.hd_head->delim, cases[i].delim);
		assert_int_equal(r.heredoc_quoted, cases[i].quoted);
		finish(f);
	}
}

static void tok_kind_text__operators__spelled(void **state)
{
	(void)state;
	assert_string_equal(tok_kind_text(T_NEWLINE), "newline");
	assert_string_equal(tok_kind_text(T_EOF), "end of file");
	assert_string_equal(tok_kind_text(T_DLESSDASH), "<<-");
	assert_string_equal(tok_kind_text(T_CLOBBER), ">|");
	assert_null(tok_kind_text(T_WORD));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(rd_getc__backslash_newline__removed),
		cmocka_unit_test(rd_getc_raw__backslash_newline__kept),
		cmocka_unit_test(rd_getc__nul_bytes__skipped),
		cmocka_unit_test(rd_getc__newlines__line_and_column),
		cmocka_unit_test(rd_peek__high_bytes__not_negative),
		cmocka_unit_test(rd_guess_arith__closing_parens__decides),
		cmocka_unit_test(rd_push_alias__value__read_first_then_popped),
		cmocka_unit_test(sb_putc__one_megabyte__grows),
		cmocka_unit_test(lex_token__operators__longest_match),
		cmocka_unit_test(lex_token__operators_without_blanks__split),
		cmocka_unit_test(lex_token__digits_before_redirect__io_number),
		cmocka_unit_test(lex_token__comment__skipped_to_newline),
		cmocka_unit_test(lex_token__positions_and_raw_text__recorded),
		cmocka_unit_test(lex_token__continuation_inside_operator__joined),
		cmocka_unit_test(lex_token__procsub_start__is_word),
		cmocka_unit_test(lex_token__bash_redirections__own_tokens),
		cmocka_unit_test(lex_token__name_in_braces_before_redirect__io_name),
		cmocka_unit_test(lex_token__unclosed_quote__incomplete_or_error),
		cmocka_unit_test(lex_token__newline__reads_pending_heredoc),
		cmocka_unit_test(lex_heredoc_delim__quotes__removed_and_flagged),
		cmocka_unit_test(tok_kind_text__operators__spelled),
	};
	return cmocka_run_group_tests_name("lexer", tests, NULL, NULL);
}
