/* parse_arith.c - bash's arithmetic commands: (( expression )) and
 * for (( init; cond; step )) body. */
#include <string.h>

#include "arena.h"
#include "parse_priv.h"

int arith_command_follows(struct parser *p)
{
	struct reader *r = &p->rd;
	if (rd_peek(r) != '(')
		return 0;
	switch (rd_guess_arith(r)) {
	case GUESS_ARITH:
		return 1;
	case GUESS_CMDSUB:
		return 0;
	case GUESS_NEED_MORE:
		p_eof(p);
		return -1;
	}
	return 0;
}

/* After the first "(" (consumed): the second one and the text up to "))" as a word. */
static struct word *scan_arith_text(struct parser *p)
{
	struct reader *r = &p->rd;
	rd_getc(r);
	int line = r->line, col = r->col;
	struct wbuild wb = { 0 };
	scan_parts(p, &wb, SM_ARITH);
	if (p->failed)
		return NULL;
	return wb_word(p, &wb, line, col);
}

struct node *parse_arith_command(struct parser *p)
{
	struct token *t = tok_peek(p);
	struct node *n = node_new(p->a, N_ARITH, t->line, t->col);
	tok_next(p);
	n->u.arith.expr = scan_arith_text(p);
	return n->u.arith.expr ? n : NULL;
}

/* The parts of one of the three expressions of for (( )), being collected. */
struct part_list {
	struct word_part *head, **tail;
};

static void list_add(struct part_list *l, struct word_part *wp)
{
	wp->next = NULL;
	*l->tail = wp;
	l->tail = &wp->next;
}

/* Splits the text of for (( )) at its unquoted semicolons into three words; false (error
 * set) unless there are exactly three. */
static bool split_three(struct parser *p, const struct word *all, struct word *out[3], int line,
                        int col)
{
	struct part_list lists[3];
	for (int i = 0; i < 3; i++) {
		lists[i].head = NULL;
		lists[i].tail = &lists[i].head;
	}
	int k = 0;
	struct word_part *next;
	for (struct word_part *wp = all->parts; wp; wp = next) {
		next = wp->next;
		if (wp->kind != WP_LITERAL || wp->u.lit.quoted || !memchr(wp->u.lit.text, ';', wp->u.lit.len)) {
			list_add(&lists[k], wp);
			continue;
		}
		const char *s = wp->u.lit.text;
		size_t n = wp->u.lit.len;
		for (;;) {
			const char *semi = memchr(s, ';', n);
			size_t seg = semi ? (size_t)(semi - s) : n;
			if (seg > 0) {
				struct word_part *lit = arena_alloc(p->a, sizeof(*lit));
				lit->kind = WP_LITERAL;
				lit->u.lit.text = arena_strndup(p->a, s, seg);
				lit->u.lit.len = seg;
				list_add(&lists[k], lit);
			}
			if (!semi)
				break;
			if (++k > 2)
				break;
			s = semi + 1;
			n -= seg + 1;
		}
		if (k > 2)
			break;
	}
	if (k != 2) {
		p_error(p, line, col, "((",
		        "syntax error: for (( )) needs three expressions separated by ';'");
		return false;
	}
	for (int i = 0; i < 3; i++) {
		out[i] = arena_alloc(p->a, sizeof(*out[i]));
		out[i]->parts = lists[i].head;
		out[i]->line = all->line;
		out[i]->col = all->col;
	}
	return true;
}

struct node *parse_arith_for(struct parser *p, struct node *n)
{
	struct token *t = tok_peek(p);
	int line = t->line, col = t->col;
	tok_next(p);
	struct word *all = scan_arith_text(p);
	struct word *three[3];
	if (!all || !split_three(p, all, three, line, col))
		return NULL;
	n->kind = N_ARITH_FOR;
	n->u.arith_for.init = three[0];
	n->u.arith_for.cond = three[1];
	n->u.arith_for.step = three[2];
	t = tok_peek(p);
	if (t->kind == T_SEMI)
		tok_next(p);
	skip_newlines(p);
	t = tok_peek_cmd(p);
	if (p->failed)
		return NULL;
	if (tok_is(t, RW_LBRACE)) {
		/* bash: for ((...)) { list; } */
		n->u.arith_for.body = parse_command(p);
		return n->u.arith_for.body ? n : NULL;
	}
	if (!expect_word(p, RW_DO))
		return NULL;
	n->u.arith_for.body = parse_compound_list(p);
	if (!n->u.arith_for.body) {
		if (!p->failed)
			p_unexpected(p, tok_peek_cmd(p));
		return NULL;
	}
	return expect_word(p, RW_DONE) ? n : NULL;
}
