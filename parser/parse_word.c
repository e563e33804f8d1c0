/* parse_word.c - words as lists of parts: the scanning loop, quotes and backslashes,
 * process substitution, here-document delimiters and bodies, tilde prefixes
 * (everything after a '$', and backquotes, is in parse_dollar.c). */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "parse_priv.h"
#include "word.h"

/* ---- building a part list ---- */

static void wb_append(struct wbuild *wb, struct word_part *wp)
{
	if (wb->last)
		wb->last->next = wp;
	else
		wb->head = wp;
	wb->last = wp;
}

static struct word_part *new_literal(struct parser *p, const char *s, size_t len, bool quoted)
{
	struct word_part *wp = arena_alloc(p->a, sizeof(*wp));
	wp->kind = WP_LITERAL;
	wp->u.lit.text = arena_strndup(p->a, s, len);
	wp->u.lit.len = len;
	wp->u.lit.quoted = quoted;
	return wp;
}

void wb_flush(struct parser *p, struct wbuild *wb)
{
	if (!wb->lit_open)
		return;
	struct word_part *wp = arena_alloc(p->a, sizeof(*wp));
	wp->kind = WP_LITERAL;
	wp->u.lit.text = sb_str(p->a, &wb->lit);
	wp->u.lit.len = wb->lit.len;
	wp->u.lit.quoted = wb->lit_quoted;
	wb->lit = (struct sbuf){ 0 };
	wb->lit_open = false;
	wb_append(wb, wp);
}

/* Opens (or continues) a literal of the given quotedness, even if nothing is added ('' ""). */
void wb_open(struct parser *p, struct wbuild *wb, bool quoted)
{
	if (wb->lit_open && wb->lit_quoted != quoted)
		wb_flush(p, wb);
	wb->lit_open = true;
	wb->lit_quoted = quoted;
}

void wb_char(struct parser *p, struct wbuild *wb, int c, bool quoted)
{
	wb_open(p, wb, quoted);
	sb_putc(p->a, &wb->lit, c);
}

struct word_part *wb_part(struct parser *p, struct wbuild *wb, enum word_part_kind k)
{
	wb_flush(p, wb);
	struct word_part *wp = arena_alloc(p->a, sizeof(*wp));
	wp->kind = k;
	wb_append(wb, wp);
	return wp;
}

struct word *wb_word(struct parser *p, struct wbuild *wb, int line, int col)
{
	wb_flush(p, wb);
	struct word *w = arena_alloc(p->a, sizeof(*w));
	w->parts = wb->head;
	w->line = line;
	w->col = col;
	return w;
}

/* Bytes that end a run of plain characters in an unquoted word. */
static const unsigned char word_stops[256] = {
	['\0'] = 1, ['\\'] = 1, ['\n'] = 1, ['`'] = 1, ['$'] = 1, ['\''] = 1, ['"'] = 1,
	[' '] = 1, ['\t'] = 1, [';'] = 1, ['&'] = 1, ['|'] = 1, ['<'] = 1, ['>'] = 1,
	['('] = 1, [')'] = 1,
};

/* Bytes that end a run of plain characters in the other modes. */
static const unsigned char inner_stops[256] = {
	['\0'] = 1, ['\\'] = 1, ['\n'] = 1, ['`'] = 1, ['$'] = 1, ['\''] = 1, ['"'] = 1,
	['{'] = 1, ['}'] = 1, ['('] = 1, [')'] = 1,
};

/* inner_stops and the ends of a pattern (/) or an offset (:) in ${...}. */
static const unsigned char arg_stops[256] = {
	['\0'] = 1, ['\\'] = 1, ['\n'] = 1, ['`'] = 1, ['$'] = 1, ['\''] = 1, ['"'] = 1,
	['{'] = 1, ['}'] = 1, ['('] = 1, [')'] = 1, ['/'] = 1, [':'] = 1,
};

/* inner_stops and the brackets of a subscript. */
static const unsigned char subscript_stops[256] = {
	['\0'] = 1, ['\\'] = 1, ['\n'] = 1, ['`'] = 1, ['$'] = 1, ['\''] = 1, ['"'] = 1,
	['{'] = 1, ['}'] = 1, ['('] = 1, [')'] = 1, ['['] = 1, [']'] = 1,
};

/* Blanks, newline and the operator characters: they end an unquoted word. */
static const unsigned char meta_chars[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, [';'] = 1, ['&'] = 1, ['|'] = 1, ['<'] = 1, ['>'] = 1,
	['('] = 1, [')'] = 1,
};

static bool is_meta(int c)
{
	return c >= 0 && meta_chars[c];
}

/* True in modes where the text is quoted ("...", here-documents). */
bool mode_quoted(enum scan_mode m)
{
	switch (m) {
	case SM_WORD:
	case SM_ARG:
	case SM_ARG_PATTERN:
	case SM_ARG_OFFSET:
	case SM_ARITH:
	case SM_SUBSCRIPT:
	case SM_PARAM_SUBSCRIPT:
	case SM_REGEX:
	case SM_EXTGLOB:
		return false;
	case SM_DQ:
	case SM_HEREDOC:
	case SM_ARG_DQ:
		return true;
	}
	return false;
}

/* ---- quoting ---- */

static void scan_backslash(struct parser *p, struct wbuild *wb, enum scan_mode m)
{
	struct reader *r = &p->rd;
	rd_getc(r);
	int d = rd_getc_raw(r);
	if (d == RD_EOF) {
		if ((m == SM_WORD || m == SM_HEREDOC) && r->at_eof)
			wb_char(p, wb, '\\', true);
		else
			p_eof(p);
		return;
	}
	if (d == '\n')
		return;
	const char *escapable = NULL;
	switch (m) {
	case SM_WORD:
	case SM_ARG:
	case SM_ARG_PATTERN:
	case SM_ARG_OFFSET:
	case SM_SUBSCRIPT:
	case SM_PARAM_SUBSCRIPT:
	case SM_REGEX:
	case SM_EXTGLOB:
		wb_char(p, wb, d, true);
		return;
	case SM_DQ:
	case SM_ARITH:
		/* $(( )) reads its text as "..." does (bash): 2 \* 3 keeps its backslash and
		 * is refused, not 6 */
		escapable = "$`\"\\";
		break;
	case SM_ARG_DQ:
		escapable = "$`\"\\}";
		break;
	case SM_HEREDOC:
		escapable = "$`\\";
		break;
	}
	if (!strchr(escapable, d))
		wb_char(p, wb, '\\', true);
	wb_char(p, wb, d, true);
}

static void scan_single(struct parser *p, struct wbuild *wb)
{
	struct reader *r = &p->rd;
	static const unsigned char stops[256] = { ['\0'] = 1, ['\n'] = 1, ['\''] = 1 };
	rd_getc(r);
	wb_open(p, wb, true);
	for (;;) {
		const char *run;
		size_t n = rd_run(r, stops, &run);
		if (n)
			sb_putn(p->a, &wb->lit, run, n);
		int d = rd_getc_raw(r);
		if (d == RD_EOF) {
			p_eof(p);
			return;
		}
		if (d == '\'')
			return;
		sb_putc(p->a, &wb->lit, d);
	}
}

static void scan_double(struct parser *p, struct wbuild *wb)
{
	rd_getc(&p->rd);
	struct wbuild inner = { 0 };
	scan_parts(p, &inner, SM_DQ);
	if (p->failed)
		return;
	wb_flush(p, &inner);
	struct word_part *wp = wb_part(p, wb, WP_DQUOTED);
	wp->u.dq = inner.head;
}

/* ---- the scanning loop ---- */

/* True when the next two input bytes are c '(' : a process substitution inside a word
 * (bash: x=<(cmd), a<(cmd)). */
static bool procsub_follows(const struct reader *r, int c)
{
	const struct rframe *f = &r->frames[r->nframes - 1];
	return (c == '<' || c == '>') && f->pos + 1 < f->len && f->buf[f->pos] == c &&
	       f->buf[f->pos + 1] == '(';
}

/* True when c is the } that ends a ${...} word; depth counts the { opened inside it. */
static bool arg_end(int c, int *depth)
{
	if (c == '{')
		(*depth)++;
	if (c != '}')
		return false;
	if (*depth == 0)
		return true;
	(*depth)--;
	return false;
}

/* True when c ends the text of mode m (the ending characters are consumed for "..." and
 * "))"); depth counts nested ( in arithmetic and { in ${...} words. */
static bool at_end(struct parser *p, enum scan_mode m, int c, int *depth)
{
	struct reader *r = &p->rd;
	switch (m) {
	case SM_WORD:
		return is_meta(c) && !procsub_follows(r, c);
	case SM_DQ:
		if (c != '"')
			return false;
		rd_getc(r);
		return true;
	case SM_HEREDOC:
		return false;
	case SM_ARG:
	case SM_ARG_DQ:
		return arg_end(c, depth);
	case SM_ARG_PATTERN:
		return (c == '/' && *depth == 0) || arg_end(c, depth);
	case SM_ARG_OFFSET:
		return (c == ':' && *depth == 0) || arg_end(c, depth);
	case SM_SUBSCRIPT:
	case SM_PARAM_SUBSCRIPT:
		if (m == SM_PARAM_SUBSCRIPT && c == '}' && *depth == 0)
			return true;
		if (c == '[')
			(*depth)++;
		if (c != ']')
			return false;
		if (*depth == 0)
			return true;
		(*depth)--;
		return false;
	case SM_ARITH:
		if (c == '(')
			(*depth)++;
		if (c != ')')
			return false;
		if (*depth > 0) {
			(*depth)--;
			return false;
		}
		int line = r->line, col = r->col;
		rd_getc(r);
		if (rd_peek(r) == ')')
			rd_getc(r);
		else if (rd_peek(r) == RD_EOF)
			p_eof(p);
		else
			p_error(p, line, col, ")", "syntax error: missing '))' in arithmetic expansion");
		return true;
	case SM_REGEX:
		if (c == '(') {
			(*depth)++;
			return false;
		}
		if (*depth > 0) {
			*depth -= c == ')';
			return false;
		}
		return is_meta(c) && c != '|';
	case SM_EXTGLOB:
		if (c == '(')
			(*depth)++;
		if (c != ')')
			return false;
		if (*depth == 0) {
			rd_getc(r);
			return true;
		}
		(*depth)--;
		return false;
	}
	return true;
}

/* True when the word being built ends in an unquoted ? * + @ or ! (a "(" after it opens an
 * extglob group). */
static bool extglob_opens(const struct wbuild *wb)
{
	return wb->lit_open && !wb->lit_quoted && wb->lit.len > 0 &&
	       strchr("?*+@!", wb->lit.s[wb->lit.len - 1]);
}

void scan_parts(struct parser *p, struct wbuild *wb, enum scan_mode m)
{
	struct reader *r = &p->rd;
	bool q = mode_quoted(m);
	int depth = 0;
	while (!p->failed) {
		int c = rd_peek(r);
		if (c == RD_EOF) {
			if (m != SM_WORD && m != SM_HEREDOC && !(m == SM_REGEX && depth == 0))
				p_eof(p);
			return;
		}
		if (m == SM_WORD && c == '(' && p->extglob && extglob_opens(wb)) {
			rd_getc(r);
			wb_char(p, wb, '(', false);
			scan_parts(p, wb, SM_EXTGLOB);
			if (!p->failed)
				wb_char(p, wb, ')', false);
			continue;
		}
		if (at_end(p, m, c, &depth))
			return;
		if (m == SM_WORD && procsub_follows(r, c)) {
			int line = r->line, col = r->col;
			rd_getc(r);
			rd_getc(r);
			scan_cmdsub(p, wb, c == '<' ? WP_PROCSUB_IN : WP_PROCSUB_OUT, line, col);
		} else if (c == '\\') {
			scan_backslash(p, wb, m);
		} else if (c == '\'' && !q && m != SM_ARITH) {
			/* in $(( )) and (( )) a ' is text that the arithmetic refuses, as in bash and
			 * dash: $(( '1' + 2 )) is an error, not 3 */
			scan_single(p, wb);
		} else if (c == '"' && m != SM_HEREDOC) {
			scan_double(p, wb);
		} else if (c == '`') {
			scan_backquote(p, wb, m);
		} else if (c == '$') {
			scan_dollar(p, wb, m);
		} else {
			const char *run;
			const unsigned char *stops = m == SM_WORD || m == SM_REGEX ? word_stops :
			        m == SM_ARG_PATTERN || m == SM_ARG_OFFSET ? arg_stops :
			        m == SM_SUBSCRIPT || m == SM_PARAM_SUBSCRIPT ? subscript_stops : inner_stops;
			size_t n = rd_run(r, stops, &run);
			wb_open(p, wb, q);
			if (n)
				sb_putn(p->a, &wb->lit, run, n);
			else
				sb_putc(p->a, &wb->lit, rd_getc(r));
		}
	}
}

/* ---- entry points ---- */

/* The common case of scan_word: a word of ordinary bytes only, ended by a blank, an operator
 * or the end of the input, made with one allocation; NULL (nothing consumed) otherwise. */
static struct word *scan_plain_word(struct parser *p, int line, int col)
{
	struct reader *r = &p->rd;
	struct rframe *f = &r->frames[r->nframes - 1];
	size_t i = f->pos;
	while (i < f->len && !word_stops[(unsigned char)f->buf[i]])
		i++;
	size_t n = i - f->pos;
	if (n == 0)
		return NULL;
	if (i < f->len) {
		unsigned char c = (unsigned char)f->buf[i];
		if (!meta_chars[c])
			return NULL;
		if (c == '(' && p->extglob && strchr("?*+@!", f->buf[i - 1]))
			return NULL;
		if ((c == '<' || c == '>') && i + 1 < f->len && f->buf[i + 1] == '(')
			return NULL;
	} else if (r->nframes != 1) {
		return NULL;
	}
	char *mem = arena_alloc_raw(p->a, sizeof(struct word) + sizeof(struct word_part) + n + 1);
	struct word *w = (struct word *)(void *)mem;
	struct word_part *wp = (struct word_part *)(void *)(mem + sizeof(struct word));
	char *text = mem + sizeof(struct word) + sizeof(struct word_part);
	memset(w, 0, sizeof(*w));
	memset(wp, 0, sizeof(*wp));
	memcpy(text, f->buf + f->pos, n);
	text[n] = '\0';
	wp->kind = WP_LITERAL;
	wp->u.lit.text = text;
	wp->u.lit.len = n;
	w->parts = wp;
	w->line = line;
	w->col = col;
	f->pos = i;
	if (r->nframes == 1)
		r->col += (int)n;
	return w;
}

struct word *scan_word(struct parser *p, int line, int col, int first)
{
	struct wbuild wb = { 0 };
	if (first == 0) {
		struct word *w = scan_plain_word(p, line, col);
		if (w)
			return w;
	}
	if (first == WP_PROCSUB_IN || first == WP_PROCSUB_OUT) {
		rd_getc(&p->rd);
		scan_cmdsub(p, &wb, (enum word_part_kind)first, line, col);
	}
	scan_parts(p, &wb, SM_WORD);
	if (p->failed)
		return NULL;
	return wb_word(p, &wb, line, col);
}

struct word *scan_regex_word(struct parser *p)
{
	struct reader *r = &p->rd;
	while (rd_peek(r) == ' ' || rd_peek(r) == '\t')
		rd_getc(r);
	int c = rd_peek(r);
	if (c == RD_EOF || (is_meta(c) && c != '(' && c != '|'))
		return NULL;
	int line = r->line, col = r->col;
	struct wbuild wb = { 0 };
	scan_parts(p, &wb, SM_REGEX);
	if (p->failed)
		return NULL;
	return wb_word(p, &wb, line, col);
}

struct word *scan_delimiter(struct parser *p, bool *quoted)
{
	struct reader *r = &p->rd;
	while (rd_peek(r) == ' ' || rd_peek(r) == '\t')
		rd_getc(r);
	int line = r->line, col = r->col;
	struct wbuild wb = { 0 };
	bool any = false;
	for (;;) {
		int c = rd_peek(r);
		if (c == RD_EOF || is_meta(c))
			break;
		any = true;
		rd_getc(r);
		if (c == '\\') {
			int d = rd_getc_raw(r);
			if (d == RD_EOF && !r->at_eof) {
				p_eof(p);
				return NULL;
			}
			*quoted = true;
			wb_char(p, &wb, d == RD_EOF ? '\\' : d, true);
		} else if (c == '\'' || c == '"') {
			*quoted = true;
			wb_open(p, &wb, true);
			for (;;) {
				int d = c == '"' ? rd_getc(r) : rd_getc_raw(r);
				if (d == c)
					break;
				if (d == '\\' && c == '"') {
					int e = rd_getc_raw(r);
					if (e != RD_EOF && !strchr("$`\"\\", e))
						sb_putc(p->a, &wb.lit, d);
					d = e;
				}
				if (d == RD_EOF) {
					p_eof(p);
					return NULL;
				}
				sb_putc(p->a, &wb.lit, d);
			}
		} else {
			wb_char(p, &wb, c, false);
		}
	}
	return any ? wb_word(p, &wb, line, col) : NULL;
}

struct word *parse_heredoc_word(struct parser *p, const char *text, size_t len, int line, bool stable)
{
	if (stable && len > 0 && text[len] == '\0' && !memchr(text, '$', len) &&
	    !memchr(text, '`', len) && !memchr(text, '\\', len)) {
		/* nothing to expand (the common long body): one literal, the text itself */
		struct wbuild wb = { 0 };
		struct word_part *wp = arena_alloc(p->a, sizeof(*wp));
		wp->kind = WP_LITERAL;
		wp->u.lit.text = (char *)text;  /* in the arena (stable), never written through */
		wp->u.lit.len = len;
		wp->u.lit.quoted = true;
		wb_append(&wb, wp);
		return wb_word(p, &wb, line, 1);
	}
	struct parser sub;
	parser_init_sub(&sub, p, text, len, line, 1, stable);
	struct wbuild wb = { 0 };
	scan_parts(&sub, &wb, SM_HEREDOC);
	if (sub.failed) {
		parser_take_failure(p, &sub);
		return NULL;
	}
	return wb_word(&sub, &wb, line, 1);
}

struct word *parse_expandable_text(struct arena *a, const char *text, size_t len, struct parse_error *err)
{
	struct parse_error scratch;
	if (!err)
		err = &scratch;
	memset(err, 0, sizeof(*err));
	struct parser p;
	parser_init(&p, a, text, len, 0, 1, 1, true, err);
	struct arena_mark mark = arena_mark(a);
	struct word *w = parse_heredoc_word(&p, text, len, 1, false);
	if (!w)
		arena_reset(a, mark);
	return w;
}

/* ---- tilde prefixes ---- */

/* Splits the tilde prefixes of the unquoted literal at *link; returns the link of the
 * last part that replaced it (or link itself when nothing changed). */
static struct word_part **split_literal(struct parser *p, struct word_part **link, bool at_start,
                                        bool assign)
{
	struct word_part *wp = *link, *next = wp->next;
	const char *s = wp->u.lit.text;
	size_t n = wp->u.lit.len, seg = 0, i = 0;
	struct word_part *head = NULL, **tail = &head;
	bool cand = at_start;
	if (!assign && (!at_start || s[0] != '~'))
		return link;
	if (!memchr(s, '~', n))
		return link;
	while (i < n) {
		if (cand && s[i] == '~') {
			size_t j = i + 1;
			while (j < n && s[j] != '/' && !(assign && s[j] == ':'))
				j++;
			if (j < n || !next) {
				if (i > seg) {
					*tail = new_literal(p, s + seg, i - seg, false);
					tail = &(*tail)->next;
				}
				struct word_part *t = arena_alloc(p->a, sizeof(*t));
				t->kind = WP_TILDE;
				t->u.tilde_user = arena_strndup(p->a, s + i + 1, j - i - 1);
				*tail = t;
				tail = &t->next;
				seg = i = j;
				cand = false;
				continue;
			}
		}
		cand = assign && s[i] == ':';
		i++;
	}
	if (!head)
		return link;
	if (n > seg) {
		*tail = new_literal(p, s + seg, n - seg, false);
		tail = &(*tail)->next;
	}
	*tail = next;
	*link = head;
	struct word_part **last = link;
	while ((*last)->next != next)
		last = &(*last)->next;
	return last;
}

bool word_starts_with_assignment(const struct word *w)
{
	const struct word_part *wp = w->parts;
	if (!wp || wp->kind != WP_LITERAL || wp->u.lit.quoted)
		return false;
	const char *eq = memchr(wp->u.lit.text, '=', wp->u.lit.len);
	return eq && is_name(wp->u.lit.text, (size_t)(eq - wp->u.lit.text));
}

void word_split_tilde_declaration(struct parser *p, struct word *w)
{
	struct word_part *first = w->parts;
	const char *eq = memchr(first->u.lit.text, '=', first->u.lit.len);
	size_t head = (size_t)(eq - first->u.lit.text) + 1;
	struct word value = { .parts = first->next };
	struct word_part *rest = NULL;
	if (first->u.lit.len > head) {
		rest = new_literal(p, first->u.lit.text + head, first->u.lit.len - head, false);
		rest->next = first->next;
		value.parts = rest;
	}
	if (!value.parts)
		return;
	word_split_tilde_parts(p, &value, true);
	if (rest && value.parts == rest) {
		first->next = rest->next;  /* no tilde in the first literal: it stays whole */
		return;
	}
	first->u.lit.len = head;
	first->next = value.parts;
}

bool word_is_declaration_utility(const struct word *w)
{
	const struct word_part *wp = w->parts;
	if (!wp || wp->next || wp->kind != WP_LITERAL || wp->u.lit.quoted)
		return false;
	static const char *const names[] = { "declare", "export", "local", "readonly", "typeset" };
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (wp->u.lit.len == strlen(names[i]) && !memcmp(wp->u.lit.text, names[i], wp->u.lit.len))
			return true;
	return false;
}

/* In an assignment, the word of ${name-word} also gets tildes after ':' (x=${u-~:~}, as dash and
 * bash): a leading ~user that ran on past a ':' when the word was scanned is cut there. */
static void param_word_tilde_assign(struct parser *p, struct word *w)
{
	struct word_part *t = w->parts;
	const char *colon = t && t->kind == WP_TILDE ? strchr(t->u.tilde_user, ':') : NULL;
	if (colon) {
		struct word_part *rest = new_literal(p, colon, strlen(colon), false);
		rest->next = t->next;
		t->next = rest;
		t->u.tilde_user = arena_strndup(p->a, t->u.tilde_user, (size_t)(colon - t->u.tilde_user));
	}
	word_split_tilde_parts(p, w, true);
}

void word_split_tilde_parts(struct parser *p, struct word *w, bool assign)
{
	for (struct word_part **link = &w->parts; *link; link = &(*link)->next) {
		bool at_start = link == &w->parts;
		if (!assign && !at_start)
			return;
		if ((*link)->kind == WP_LITERAL && !(*link)->u.lit.quoted)
			link = split_literal(p, link, at_start, assign);
		else if (assign && (*link)->kind == WP_PARAM && (*link)->u.param.arg)
			param_word_tilde_assign(p, (*link)->u.param.arg);
	}
}
