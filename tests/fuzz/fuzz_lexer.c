/* fuzz_lexer.c - libFuzzer target for the reader and the tokenizer (parser/lexer.c) on their
 * own: every token of the input, as at the end of the input and as in the middle of it (an
 * interactive line), with here-documents queued after << as the parser does. Each token must
 * consume input (no more tokens than bytes), positions must be valid and never go back, a
 * reserved word must be one unquoted literal spelling it. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../parser/arena.h"
#include "../../parser/ast.h"
#include "../../parser/lexer.h"
#include "../../parser/parse_priv.h"
#include "support.h"

static _Noreturn void fail(const char *what, const struct token *t)
{
	fuzz_fail("fuzz_lexer: %s (token kind %d at %d:%d)", what, (int)t->kind, t->line, t->col);
}

static void lex_all(const uint8_t *data, size_t size, bool at_eof, bool extglob)
{
	struct arena *a = arena_new();
	struct parser p;
	struct parse_error err;
	parser_init(&p, a, (const char *)data, size, 0, 1, 1, at_eof, &err);
	p.extglob = extglob;
	int line = 1;
	for (size_t count = 0;; count++) {
		struct token t;
		lex_token(&p, &t);
		if (count > size + 1)
			fail("more tokens than input bytes", &t);
		if (p.failed || t.kind == T_EOF)
			break;
		if (t.line < line || t.col < 1)
			fail("a position before the previous token's", &t);
		line = t.line;
		if (t.kind == T_WORD && !t.word)
			fail("a word token without a word", &t);
		if (t.kind != T_WORD && t.kind != T_IO_NUMBER && !tok_kind_text(t.kind))
			fail("an operator without a text", &t);
		if (t.kind == T_IO_NUMBER && t.io_number < 0 && !t.io_name)
			fail("a negative io-number that is not {NAME}", &t);
		if (t.kind == T_IO_NUMBER && t.io_name && t.io_number != -1)
			fail("a {NAME} io-number with a number", &t);
		if (t.rw != RW_NONE) {
			const struct word_part *w = t.word ? t.word->parts : NULL;
			if (!w || w->next || w->kind != WP_LITERAL || w->u.lit.quoted ||
			    rword_of(w->u.lit.text, w->u.lit.len) != t.rw)
				fail("a reserved word that is not its spelling", &t);
		}
		if (t.kind == T_DLESS || t.kind == T_DLESSDASH) {
			struct redir *r = arena_alloc(a, sizeof(*r));
			r->kind = t.kind == T_DLESS ? R_HEREDOC : R_HEREDOC_TAB;
			r->fd = -1;
			if (!lex_heredoc_delim(&p, r))
				break;
		}
	}
	if (p.failed && (!err.message[0] || err.line < 1))
		fuzz_fail("fuzz_lexer: an error without a message or line");
	arena_free(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bool extglob = size && (data[0] & 1);
	lex_all(data, size, true, extglob);
	lex_all(data, size, false, !extglob);
	return 0;
}
