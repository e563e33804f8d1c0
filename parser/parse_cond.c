/* parse_cond.c - bash's [[ expression ]]: its own small grammar over the shell's tokens.
 *   or:   and [ || or ]            (newlines may follow && and ||, and any term but a
 *                                   lone word)
 *   and:  term [ && and ]
 *   term: ( or ) | ! term | UNARY-OP word | word BINARY-OP word | word
 * Words are not split or globbed later; the right side of =~ is read as a regular expression
 * (| and parenthesised groups belong to it), the pattern of == and != takes extglob groups. */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "parse_priv.h"

static struct cond_expr *cond_or(struct parser *p);
static struct cond_expr *cond_term(struct parser *p);

static struct cond_expr *new_expr(struct parser *p, enum cond_kind k, int line, int col)
{
	struct cond_expr *e = arena_alloc(p->a, sizeof(*e));
	e->kind = k;
	e->line = line;
	e->col = col;
	return e;
}

/* True for the word "]]" (unquoted), which ends the expression. */
static bool is_close(const struct token *t)
{
	const char *s = tok_word_text(t);
	return s && strcmp(s, "]]") == 0;
}

/* A token that can be an operand: a word that is not ]] (an io-number such as the 2 of
 * "2>1" is a word here). */
static bool is_operand(const struct token *t)
{
	return (t->kind == T_WORD || t->kind == T_IO_NUMBER) && !is_close(t);
}

/* The text of t for a message. */
static void token_text(const struct token *t, char *buf, size_t size)
{
	const char *s = tok_kind_text(t->kind);
	if (s && t->kind != T_IO_NUMBER)
		snprintf(buf, size, "%s", s);
	else
		snprintf(buf, size, "%.*s", (int)(t->rawlen > 60 ? 60 : t->rawlen), t->raw ? t->raw : "");
}

/* Reports "syntax error: unexpected argument 'TOKEN' to conditional OP operator". */
static void bad_argument(struct parser *p, const struct token *t, const char *which)
{
	if (t->kind == T_EOF) {
		p_unexpected(p, t);
		return;
	}
	char tok[64], msg[160];
	token_text(t, tok, sizeof(tok));
	snprintf(msg, sizeof(msg), "syntax error: unexpected argument '%s' to conditional %s operator",
	         tok, which);
	p_error(p, t->line, t->col, tok, msg);
}

/* Takes the operand word at the lookahead. */
static struct word *take_word(struct parser *p)
{
	struct word *w = tok_peek(p)->word;
	tok_next(p);
	word_split_tilde(p, w, false);
	return w;
}

/* The binary operator at t (a word, < or >), or COP_NONE. */
static enum cond_op binary_op_at(const struct token *t)
{
	if (t->kind == T_LESS)
		return COP_STR_LT;
	if (t->kind == T_GREAT)
		return COP_STR_GT;
	const char *s = tok_word_text(t);
	return s ? cond_binary_op(s) : COP_NONE;
}

/* After a first word w: a binary operator and its right side, or w alone. */
static struct cond_expr *cond_after_word(struct parser *p, struct word *w, int line, int col)
{
	struct token *t = tok_peek(p);
	if (p->failed)
		return NULL;
	enum cond_op op = binary_op_at(t);
	if (op == COP_NONE) {
		if (t->kind == T_AND_IF || t->kind == T_OR_IF || t->kind == T_RPAREN || is_close(t)) {
			struct cond_expr *e = new_expr(p, CK_WORD, line, col);
			e->arg = w;
			return e;
		}
		if (t->kind == T_EOF) {
			p_unexpected(p, t);
			return NULL;
		}
		char tok[64], msg[160];
		token_text(t, tok, sizeof(tok));
		snprintf(msg, sizeof(msg), "syntax error: unexpected token '%s', conditional binary operator expected", tok);
		p_error(p, t->line, t->col, tok, msg);
		return NULL;
	}
	struct cond_expr *e = new_expr(p, CK_BINARY, line, col);
	e->op = op;
	e->arg = w;
	tok_next(p);
	if (op == COP_REGEX) {
		e->arg2 = scan_regex_word(p);
		if (p->failed)
			return NULL;
		if (!e->arg2) {
			bad_argument(p, tok_peek(p), "binary");
			return NULL;
		}
		const struct word_part *wp = e->arg2->parts;
		if (wp && !wp->next && wp->kind == WP_LITERAL && !wp->u.lit.quoted &&
		    strcmp(wp->u.lit.text, "]]") == 0) {
			p_error(p, e->arg2->line, e->arg2->col, "]]",
			        "syntax error: unexpected argument ']]' to conditional binary operator");
			return NULL;
		}
		word_split_tilde(p, e->arg2, false);
		return e;
	}
	/* bash 5.2 reads the pattern of == and != with extglob groups, whatever shopt says */
	bool extglob = p->extglob;
	if (op == COP_STR_EQ || op == COP_STR_EQ2 || op == COP_STR_NE)
		p->extglob = true;
	t = tok_peek(p);
	p->extglob = extglob;
	if (p->failed)
		return NULL;
	if (!is_operand(t)) {
		bad_argument(p, t, "binary");
		return NULL;
	}
	e->arg2 = take_word(p);
	return e;
}

static struct cond_expr *cond_term_at(struct parser *p)
{
	skip_newlines(p);
	struct token *t = tok_peek(p);
	if (p->failed)
		return NULL;
	int line = t->line, col = t->col;
	if (t->kind == T_LPAREN) {
		if (!p_enter(p, line, col, "("))
			return NULL;
		tok_next(p);
		struct cond_expr *e = new_expr(p, CK_GROUP, line, col);
		e->left = cond_or(p);
		p_leave(p);
		if (!e->left)
			return NULL;
		t = tok_peek(p);
		if (p->failed)
			return NULL;
		if (t->kind != T_RPAREN) {
			if (t->kind == T_EOF) {
				p_unexpected(p, t);
				return NULL;
			}
			char tok[64], msg[160];
			token_text(t, tok, sizeof(tok));
			snprintf(msg, sizeof(msg), "syntax error: unexpected token '%s', expected ')'", tok);
			p_error(p, t->line, t->col, tok, msg);
			return NULL;
		}
		tok_next(p);
		return e;
	}
	if (!is_operand(t)) {
		p_unexpected(p, t);
		return NULL;
	}
	if (tok_is(t, RW_BANG)) {
		if (!p_enter(p, line, col, "!"))
			return NULL;
		tok_next(p);
		struct cond_expr *e = new_expr(p, CK_NOT, line, col);
		e->left = cond_term(p);
		p_leave(p);
		return e->left ? e : NULL;
	}
	const char *s = tok_word_text(t);
	enum cond_op op = s ? cond_unary_op(s) : COP_NONE;
	if (op != COP_NONE) {
		tok_next(p);
		t = tok_peek(p);
		if (p->failed)
			return NULL;
		if (!is_operand(t)) {
			bad_argument(p, t, "unary");
			return NULL;
		}
		struct cond_expr *e = new_expr(p, CK_UNARY, line, col);
		e->op = op;
		e->arg = take_word(p);
		return e;
	}
	struct word *w = take_word(p);
	return cond_after_word(p, w, line, col);
}

/* A term and the newlines after it (a lone word cannot be followed by one: it stopped at the
 * newline when looking for a binary operator). */
static struct cond_expr *cond_term(struct parser *p)
{
	struct cond_expr *e = cond_term_at(p);
	if (e)
		skip_newlines(p);
	return p->failed ? NULL : e;
}

/* term [&& and]; a chain of N operators nests N deep */
static struct cond_expr *cond_and(struct parser *p)
{
	struct cond_expr *left = cond_term(p);
	if (!left)
		return NULL;
	struct token *t = tok_peek(p);
	if (p->failed || t->kind != T_AND_IF)
		return p->failed ? NULL : left;
	if (!p_enter(p, t->line, t->col, "&&"))
		return NULL;
	struct cond_expr *e = new_expr(p, CK_AND, left->line, left->col);
	tok_next(p);
	e->left = left;
	e->right = cond_and(p);
	p_leave(p);
	return e->right ? e : NULL;
}

static struct cond_expr *cond_or(struct parser *p)
{
	struct cond_expr *left = cond_and(p);
	if (!left)
		return NULL;
	struct token *t = tok_peek(p);
	if (p->failed || t->kind != T_OR_IF)
		return p->failed ? NULL : left;
	if (!p_enter(p, t->line, t->col, "||"))
		return NULL;
	struct cond_expr *e = new_expr(p, CK_OR, left->line, left->col);
	tok_next(p);
	e->left = left;
	e->right = cond_or(p);
	p_leave(p);
	return e->right ? e : NULL;
}

struct node *parse_cond_command(struct parser *p)
{
	struct token *t = tok_peek(p);
	struct node *n = node_new(p->a, N_COND, t->line, t->col);
	tok_next(p);
	n->u.cond.expr = cond_or(p);
	if (n->u.cond.expr) {
		t = tok_peek(p);
		if (!p->failed && !is_close(t))
			p_unexpected(p, t);
		else
			tok_next(p);
	}
	return p->failed ? NULL : n;
}
