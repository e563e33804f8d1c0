/* parse_compound.c - compound commands: { }, ( ), if, while, until, for, case, and
 * function definitions. */
#include <string.h>

#include "arena.h"
#include "parse_priv.h"

/* A compound list that must not be empty (reports the closing token when it is). */
static struct node *parse_body(struct parser *p)
{
	struct node *b = parse_compound_list(p);
	if (!b && !p->failed)
		p_unexpected(p, tok_peek_cmd(p));
	return b;
}

/* Makes a node of kind k at the lookahead token and consumes that token. */
static struct node *start_node(struct parser *p, enum node_kind k)
{
	struct token *t = tok_peek(p);
	struct node *n = node_new(p->a, k, t->line, t->col);
	tok_next(p);
	return n;
}

struct node *parse_group(struct parser *p)
{
	struct node *n = start_node(p, N_GROUP);
	n->u.group.body = parse_body(p);
	if (!n->u.group.body || !expect_word(p, RW_RBRACE))
		return NULL;
	return n;
}

/* The rest of ( list ) once n (an N_SUBSHELL) was made and "(" consumed. */
static struct node *parse_subshell_rest(struct parser *p, struct node *n)
{
	n->u.group.body = parse_body(p);
	if (!n->u.group.body || !expect_tok(p, T_RPAREN))
		return NULL;
	return n;
}

struct node *parse_subshell(struct parser *p)
{
	return parse_subshell_rest(p, start_node(p, N_SUBSHELL));
}

/* cond "then" list [elif ... | else list]; an elif becomes an N_IF in else_part. */
static bool parse_if_rest(struct parser *p, struct node *n)
{
	n->u.if_.cond = parse_body(p);
	if (!n->u.if_.cond || !expect_word(p, RW_THEN))
		return false;
	n->u.if_.then_part = parse_body(p);
	if (!n->u.if_.then_part)
		return false;
	struct token *t = tok_peek_cmd(p);
	if (tok_is(t, RW_ELIF)) {
		if (!p_enter(p, t->line, t->col, "elif"))
			return false;
		struct node *e = start_node(p, N_IF);
		bool ok = parse_if_rest(p, e);
		p_leave(p);
		n->u.if_.else_part = e;
		return ok;
	}
	if (tok_is(t, RW_ELSE)) {
		tok_next(p);
		n->u.if_.else_part = parse_body(p);
		return n->u.if_.else_part != NULL;
	}
	return !p->failed;
}

struct node *parse_if(struct parser *p)
{
	struct node *n = start_node(p, N_IF);
	if (!parse_if_rest(p, n) || !expect_word(p, RW_FI))
		return NULL;
	return n;
}

/* "do" list "done" */
static struct node *parse_do_group(struct parser *p)
{
	if (!expect_word(p, RW_DO))
		return NULL;
	struct node *body = parse_body(p);
	if (!body || !expect_word(p, RW_DONE))
		return NULL;
	return body;
}

static struct node *parse_loop(struct parser *p, enum node_kind k)
{
	struct node *n = start_node(p, k);
	n->u.loop.cond = parse_body(p);
	if (!n->u.loop.cond)
		return NULL;
	n->u.loop.body = parse_do_group(p);
	return n->u.loop.body ? n : NULL;
}

struct node *parse_while(struct parser *p)
{
	return parse_loop(p, N_WHILE);
}

struct node *parse_until(struct parser *p)
{
	return parse_loop(p, N_UNTIL);
}

/* The words after "in", up to ";" or a newline. */
static bool parse_for_words(struct parser *p, struct node *n)
{
	struct word **tail = &n->u.for_.words;
	n->u.for_.has_in = true;
	struct token *t = tok_peek_after_alias(p);
	while (!p->failed && t->kind == T_WORD) {
		word_split_tilde(p, t->word, false);
		*tail = t->word;
		tail = &t->word->next;
		tok_next(p);
		t = tok_peek_after_alias(p);
	}
	if (p->failed)
		return false;
	if (t->kind != T_SEMI && t->kind != T_NEWLINE) {
		p_unexpected(p, t);
		return false;
	}
	tok_next(p);
	skip_newlines(p);
	return !p->failed;
}

/* The rest of `for NAME [in WORDS]; do ...; done` and of select, from the token t holding the
 * name (NULL or not a name: a syntax error): the variable, the words, the body, into n. */
static struct node *parse_name_in_do(struct parser *p, struct node *n, struct token *t, const char *name)
{
	if (!name || !is_name(name, strlen(name))) {
		p_unexpected(p, t);
		return NULL;
	}
	n->u.for_.var = (char *)name;
	tok_next(p);
	t = tok_peek(p);
	if (t->kind == T_SEMI) {
		tok_next(p);
		skip_newlines(p);
	} else {
		skip_newlines(p);
		if (tok_is(tok_peek_after_alias(p), RW_IN)) {
			tok_next(p);
			if (!parse_for_words(p, n))
				return NULL;
		}
	}
	if (p->failed)
		return NULL;
	n->u.for_.body = parse_do_group(p);
	return n->u.for_.body ? n : NULL;
}

struct node *parse_for(struct parser *p)
{
	struct node *n = start_node(p, N_FOR);
	struct token *t = tok_peek_after_alias(p);
	const char *name = tok_word_text(t);
	if (p->failed)
		return NULL;
	if (!name && t->kind == T_LPAREN) {
		int arith = arith_command_follows(p);
		if (arith != 0)
			return arith > 0 ? parse_arith_for(p, n) : NULL;
	}
	return parse_name_in_do(p, n, t, name);
}

struct node *parse_select(struct parser *p)
{
	struct node *n = start_node(p, N_SELECT);
	struct token *t = tok_peek_after_alias(p);
	const char *name = tok_word_text(t);
	if (p->failed)
		return NULL;
	return parse_name_in_do(p, n, t, name);
}

/* [(] pattern [| pattern]... ) list */
static struct case_item *parse_case_item(struct parser *p)
{
	struct token *t = tok_peek(p);
	struct case_item *ci = arena_alloc(p->a, sizeof(*ci));
	ci->line = t->line;
	ci->col = t->col;
	if (t->kind == T_LPAREN) {
		tok_next(p);
		t = tok_peek(p);
	}
	struct word **tail = &ci->patterns;
	for (;;) {
		if (p->failed)
			return NULL;
		if (t->kind != T_WORD) {
			p_unexpected(p, t);
			return NULL;
		}
		word_split_tilde(p, t->word, false);
		*tail = t->word;
		tail = &t->word->next;
		tok_next(p);
		t = tok_peek(p);
		if (t->kind != T_PIPE)
			break;
		tok_next(p);
		t = tok_peek(p);
	}
	if (!expect_tok(p, T_RPAREN))
		return NULL;
	ci->body = parse_compound_list(p);
	return p->failed ? NULL : ci;
}

struct node *parse_case(struct parser *p)
{
	struct node *n = start_node(p, N_CASE);
	struct token *t = tok_peek(p);
	if (p->failed)
		return NULL;
	if (t->kind != T_WORD) {
		p_unexpected(p, t);
		return NULL;
	}
	n->u.case_.subject = t->word;
	word_split_tilde(p, t->word, false);
	tok_next(p);
	skip_newlines(p);
	if (!expect_word(p, RW_IN))
		return NULL;
	skip_newlines(p);
	struct case_item **tail = &n->u.case_.items;
	for (;;) {
		t = tok_peek(p);
		if (p->failed)
			return NULL;
		if (tok_is(t, RW_ESAC))
			break;
		struct case_item *ci = parse_case_item(p);
		if (!ci)
			return NULL;
		*tail = ci;
		tail = &ci->next;
		t = tok_peek_cmd(p);
		if (p->failed)
			return NULL;
		if (t->kind == T_DSEMI || t->kind == T_SEMI_AMP || t->kind == T_DSEMI_AMP) {
			ci->term = t->kind == T_SEMI_AMP ? CASE_FALLTHROUGH :
			           t->kind == T_DSEMI_AMP ? CASE_CONTINUE : CASE_BREAK;
			tok_next(p);
			skip_newlines(p);
		} else if (!tok_is(t, RW_ESAC)) {
			p_unexpected(p, t);
			return NULL;
		}
	}
	tok_next(p);
	return n;
}

static bool starts_compound(const struct token *t)
{
	if (t->kind == T_LPAREN)
		return true;
	if (t->kind != T_WORD)
		return false;
	switch (t->rw) {
	case RW_LBRACE:
	case RW_IF:
	case RW_WHILE:
	case RW_UNTIL:
	case RW_FOR:
	case RW_CASE:
	case RW_DLBRACK:
	case RW_SELECT:
		return true;
	case RW_NONE:
	case RW_BANG:
	case RW_RBRACE:
	case RW_DO:
	case RW_DONE:
	case RW_ELIF:
	case RW_ELSE:
	case RW_ESAC:
	case RW_FI:
	case RW_FUNCTION:
	case RW_IN:
	case RW_THEN:
		return false;
	}
	return false;
}

struct node *parse_funcdef_body(struct parser *p, char *name, int line, int col)
{
	skip_newlines(p);
	struct token *t = tok_peek_cmd(p);
	if (p->failed)
		return NULL;
	/* POSIX asks for a compound command; dash also takes a simple one (`f() ls`), so do we */
	if (!starts_compound(t) && !(t->kind == T_WORD && t->rw == RW_NONE)) {
		p_unexpected(p, t);
		return NULL;
	}
	struct node *body = parse_command(p);
	if (!body)
		return NULL;
	struct node *n = node_new(p->a, N_FUNCDEF, line, col);
	n->u.func.name = name;
	n->u.func.body = body;
	return n;
}

struct node *parse_function_keyword(struct parser *p)
{
	struct node *kw = start_node(p, N_FUNCDEF);
	struct token *t = tok_peek(p);
	const char *name = tok_word_text(t);
	if (p->failed)
		return NULL;
	if (!name) {
		p_unexpected(p, t);
		return NULL;
	}
	tok_next(p);
	if (tok_peek(p)->kind != T_LPAREN)
		return parse_funcdef_body(p, (char *)name, kw->line, kw->col);
	/* "function f ()" or bash's "function f ( list )" */
	struct node *sub = start_node(p, N_SUBSHELL);
	if (tok_peek(p)->kind == T_RPAREN) {
		tok_next(p);
		return parse_funcdef_body(p, (char *)name, kw->line, kw->col);
	}
	if (!p_enter(p, sub->line, sub->col, "("))
		return NULL;
	struct node *body = parse_subshell_rest(p, sub);
	if (body)
		parse_trailing_redirs(p, body);
	p_leave(p);
	if (!body || p->failed)
		return NULL;
	kw->u.func.name = (char *)name;
	kw->u.func.body = body;
	return kw;
}
