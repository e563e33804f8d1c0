/* parse_assign.c - bash's assignment words: NAME=value, NAME+=value, NAME[subscript]=value,
 * NAME[subscript]+=value and the compound NAME=( [key]=value value ... ), as prefixes of a
 * simple command and as operands of the declaration utilities (declare, local, export ...). */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "parse_priv.h"
#include "word.h"

/* A position in a part list: byte off of part (a literal), or the part itself. */
struct ppos {
	struct word_part *part;
	size_t off;
};

/* Where the pieces of an assignment word are. */
struct asplit {
	size_t namelen;
	bool subscript;          /* NAME[...] */
	bool unbalanced;         /* a [ that no ] closes (yet) */
	struct ppos open, close; /* the [ and the ] */
	struct ppos eq;          /* the = */
	bool append;             /* += */
};

static bool is_name_start(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool is_name_char(int c)
{
	return is_name_start(c) || (c >= '0' && c <= '9');
}

static bool is_plain_literal(const struct word_part *wp)
{
	return wp && wp->kind == WP_LITERAL && !wp->u.lit.quoted;
}

/* The unquoted character at pos, or -1 when pos is in another kind of part (or past the end);
 * pos is normalised to the next part when at the end of a literal. */
static int char_at(struct ppos *pos)
{
	while (pos->part && pos->part->kind == WP_LITERAL && pos->off >= pos->part->u.lit.len) {
		pos->part = pos->part->next;
		pos->off = 0;
	}
	if (!is_plain_literal(pos->part))
		return -1;
	return (unsigned char)pos->part->u.lit.text[pos->off];
}

static void advance(struct ppos *pos)
{
	if (pos->part && pos->part->kind == WP_LITERAL && pos->off < pos->part->u.lit.len) {
		pos->off++;
	} else if (pos->part) {
		pos->part = pos->part->next;
		pos->off = 0;
	}
}

/* From just after a [ at *pos: finds its ] (unquoted, brackets nested); false at the end. */
static bool find_close(struct ppos *pos)
{
	int depth = 0;
	for (; pos->part; advance(pos)) {
		int c = char_at(pos);
		if (!pos->part)
			break;
		if (c == '[') {
			depth++;
		} else if (c == ']') {
			if (depth == 0)
				return true;
			depth--;
		}
	}
	return false;
}

/* From *pos: "=" or "+=" (the = is left in *pos); false otherwise. */
static bool find_equals(struct ppos *pos, bool *append)
{
	int c = char_at(pos);
	*append = c == '+';
	if (*append) {
		advance(pos);
		c = char_at(pos);
	}
	return c == '=';
}

/* Analyses w as an assignment word; false when it is none (s->unbalanced: a NAME[ whose
 * subscript is not closed in w). */
static bool split_assignment(struct word *w, struct asplit *s)
{
	memset(s, 0, sizeof(*s));
	struct word_part *first = w->parts;
	if (!is_plain_literal(first) || !is_name_start((unsigned char)first->u.lit.text[0]))
		return false;
	const char *t = first->u.lit.text;
	size_t n = first->u.lit.len, k = 0;
	while (k < n && is_name_char((unsigned char)t[k]))
		k++;
	if (k == n)
		return false;
	s->namelen = k;
	struct ppos pos = { first, k };
	if (t[k] == '[') {
		s->subscript = true;
		s->open = pos;
		advance(&pos);
		if (!find_close(&pos)) {
			s->unbalanced = true;
			return false;
		}
		s->close = pos;
		advance(&pos);
	}
	if (!find_equals(&pos, &s->append))
		return false;
	s->eq = pos;
	return true;
}

/* A copy of the parts from (inclusive) a to (exclusive) b; b.part NULL: to the end. */
static struct word_part *slice(struct parser *p, struct ppos a, struct ppos b)
{
	struct word_part *head = NULL, **tail = &head;
	for (struct word_part *wp = a.part; wp; wp = wp->next) {
		bool last = wp == b.part;
		struct word_part *c = arena_alloc(p->a, sizeof(*c));
		*c = *wp;
		c->next = NULL;
		if (wp->kind == WP_LITERAL) {
			size_t from = wp == a.part ? a.off : 0;
			size_t to = last ? b.off : wp->u.lit.len;
			bool quotes_only = wp->u.lit.len == 0 && !last;  /* '' or "": kept, as in a word */
			if (to <= from && !quotes_only) {
				if (last)
					break;
				continue;
			}
			c->u.lit.text = arena_strndup(p->a, wp->u.lit.text + from, to - from);
			c->u.lit.len = to - from;
		} else if (last) {
			break;
		}
		*tail = c;
		tail = &c->next;
		if (last)
			break;
	}
	return head;
}

static struct word *new_word(struct parser *p, struct word_part *parts, int line, int col)
{
	struct word *w = arena_alloc(p->a, sizeof(*w));
	w->parts = parts;
	w->line = line;
	w->col = col;
	return w;
}

/* The subscript of s as a word (an empty one for "[]"). */
static struct word *subscript_word(struct parser *p, const struct word *w, const struct asplit *s)
{
	struct ppos from = s->open;
	advance(&from);
	return new_word(p, slice(p, from, s->close), w->line, w->col + (int)s->namelen + 1);
}

/* What follows the = of s, as a word (NULL when nothing does). */
static struct word *value_word(struct parser *p, const struct word *w, const struct asplit *s)
{
	struct ppos from = s->eq;
	advance(&from);
	struct word_part *parts = slice(p, from, (struct ppos){ NULL, 0 });
	int col = w->col + (s->eq.part == w->parts ? (int)s->eq.off + 1 : 0);
	return parts ? new_word(p, parts, w->line, col) : NULL;
}

/* True when nothing follows the = of s in w. */
static bool value_empty(const struct asplit *s)
{
	struct ppos from = s->eq;
	advance(&from);
	char_at(&from);
	return from.part == NULL;
}

/* True when the [ at byte open of w's first part has its ]. */
static bool subscript_closed(struct word *w, size_t open)
{
	struct ppos pos = { w->parts, open + 1 };
	return find_close(&pos);
}

/* Reads the rest of a subscript (its [ at byte open of w's first part) that a blank or newline
 * cut (a[1 + 2]=x, ([a b]=1) in bash) and the rest of the word after it, appending them to w. */
static void extend_subscript(struct parser *p, struct word *w, size_t open)
{
	struct wbuild wb = { 0 };
	for (struct word_part *wp = w->parts; wp; wp = wp->next)
		wb.last = wp;
	wb.head = w->parts;
	do {
		scan_parts(p, &wb, SM_SUBSCRIPT);
		if (p->failed)
			return;
		wb_char(p, &wb, rd_getc(&p->rd), false);  /* the ] */
		wb_flush(p, &wb);
		w->parts = wb.head;
	} while (!subscript_closed(w, open));
	if (rd_peek(&p->rd) != RD_EOF && !strchr(" \t\n;&|<>()", rd_peek(&p->rd)))
		scan_parts(p, &wb, SM_WORD);
	wb_flush(p, &wb);
	w->parts = wb.head;
}

/* One element of a compound assignment: [key]=value, [key]+=value or a plain word. */
static struct assign_elem *parse_elem(struct parser *p, struct word *w)
{
	struct assign_elem *e = arena_alloc(p->a, sizeof(*e));
	struct word_part *first = w->parts;
	if (is_plain_literal(first) && first->u.lit.text[0] == '[') {
		struct ppos pos = { first, 1 };
		bool append;
		if (find_close(&pos)) {
			struct ppos close = pos;
			advance(&pos);
			if (find_equals(&pos, &append)) {
				e->key = new_word(p, slice(p, (struct ppos){ first, 1 }, close), w->line, w->col + 1);
				struct ppos from = pos;
				advance(&from);
				struct word_part *parts = slice(p, from, (struct ppos){ NULL, 0 });
				if (parts) {
					e->value = new_word(p, parts, w->line, w->col);
					word_split_tilde(p, e->value, true);
				}
				e->append = append;
				return e;
			}
		}
	}
	word_split_tilde(p, w, false);
	e->value = w;
	return e;
}

/* At the "(" of NAME=( ... ): the elements up to and including the ")". */
static bool parse_elems(struct parser *p, struct assign *as)
{
	struct assign_elem **tail = &as->elems;
	if (!expect_tok(p, T_LPAREN))
		return false;
	for (;;) {
		struct token *t = tok_peek(p);
		if (p->failed)
			return false;
		if (t->kind == T_NEWLINE) {
			tok_next(p);
			continue;
		}
		if (t->kind == T_RPAREN) {
			tok_next(p);
			return true;
		}
		if (t->kind != T_WORD) {
			p_unexpected(p, t);
			return false;
		}
		struct word *w = t->word;
		tok_next(p);  /* before extend_subscript: a $(...) in the rest is parsed with p */
		struct word_part *first = w->parts;
		if (is_plain_literal(first) && first->u.lit.text[0] == '[' && !subscript_closed(w, 0)) {
			extend_subscript(p, w, 0);
			if (p->failed)
				return false;
		}
		struct assign_elem *e = parse_elem(p, w);
		*tail = e;
		tail = &e->next;
	}
}

/* The assignment of w, analysed as s; compound when a ( follows "NAME=" at once. */
static struct assign *make_assign(struct parser *p, struct word *w, const struct asplit *s)
{
	struct assign *as = arena_alloc(p->a, sizeof(*as));
	as->name = arena_strndup(p->a, w->parts->u.lit.text, s->namelen);
	as->line = w->line;
	as->col = w->col;
	as->append = s->append;
	if (s->subscript)
		as->subscript = subscript_word(p, w, s);
	as->value = value_word(p, w, s);
	if (as->value)
		word_split_tilde(p, as->value, true);
	return as;
}

struct assign *parse_assignment(struct parser *p, struct word *w)
{
	struct asplit s;
	if (!split_assignment(w, &s)) {
		if (!s.unbalanced)
			return NULL;
		tok_next(p);  /* w is extended: a $(...) in the rest is parsed with p (no lookahead) */
		extend_subscript(p, w, s.namelen);
		if (p->failed || !split_assignment(w, &s))
			return NULL;
	}
	struct assign *as = make_assign(p, w, &s);
	bool compound = !s.subscript && value_empty(&s) && rd_peek(&p->rd) == '(';
	tok_next(p);
	if (compound) {
		as->compound = true;
		if (!parse_elems(p, as))
			return NULL;
	}
	return as;
}

bool parse_declaration_operand(struct parser *p, struct word *w)
{
	struct asplit s;
	if (!split_assignment(w, &s))
		return false;
	w->declaration = true;
	if (!s.subscript && value_empty(&s) && rd_peek(&p->rd) == '(') {
		struct assign *as = make_assign(p, w, &s);
		as->compound = true;
		if (!parse_elems(p, as))
			return true;
		w->compound = as;
	} else if (!s.subscript && !s.append) {
		word_split_tilde_declaration(p, w);
	}
	return true;
}

struct assign_elem *parse_compound_text(struct arena *a, const char *text, size_t len,
                                        bool *ok, struct parse_error *err)
{
	struct parse_error scratch;
	struct parser p;
	struct assign as = { 0 };
	if (!err)
		err = &scratch;
	memset(err, 0, sizeof(*err));
	parser_init(&p, a, text, len, 0, 1, 1, true, err);
	*ok = parse_elems(&p, &as) && expect_tok(&p, T_EOF);
	return *ok ? as.elems : NULL;
}

struct word *parse_subscript_text(struct arena *a, const char *text, size_t len,
                                  struct parse_error *err)
{
	struct parse_error scratch;
	struct parser p;
	if (!err)
		err = &scratch;
	memset(err, 0, sizeof(*err));
	char *buf = arena_alloc(a, len + 2);
	memcpy(buf, text, len);
	buf[len] = ']';
	buf[len + 1] = '\0';
	parser_init(&p, a, buf, len + 1, 0, 1, 1, true, err);
	struct wbuild wb = { 0 };
	scan_parts(&p, &wb, SM_SUBSCRIPT);
	if (!p.failed && (rd_getc(&p.rd) != ']' || rd_peek(&p.rd) != RD_EOF))
		p_error(&p, 1, (int)len, "]", "syntax error: unbalanced ] in subscript");
	return p.failed ? NULL : wb_word(&p, &wb, 1, 1);
}
