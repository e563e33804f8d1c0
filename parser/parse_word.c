/* parse_word.c - words as lists of parts: quotes, backslashes, $name, ${...}, $(...),
 * `...`, $((...)), <(...), >(...), $'...', here-document bodies and tilde prefixes. */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "parse_priv.h"
#include "word.h"

/* Where the characters being scanned are, which decides what ends the scan and how
 * quotes and backslashes behave. */
enum scan_mode {
	SM_WORD,     /* an unquoted shell word: ends at a blank or an operator */
	SM_DQ,       /* inside "...": ends at the closing quote */
	SM_HEREDOC,  /* a here-document body: ends at the end of the text */
	SM_ARG,      /* the word of ${name op word}, unquoted: ends at the matching } */
	SM_ARG_DQ,   /* the same inside "..." or a here-document */
	SM_ARITH,    /* $((...)): ends at the matching )) */
};

/* Builds a part list, merging adjacent literal characters of the same quotedness. */
struct wbuild {
	struct word_part *head, *last;
	struct sbuf lit;
	bool lit_open, lit_quoted;
};

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

static void wb_flush(struct parser *p, struct wbuild *wb)
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
static void wb_open(struct parser *p, struct wbuild *wb, bool quoted)
{
	if (wb->lit_open && wb->lit_quoted != quoted)
		wb_flush(p, wb);
	wb->lit_open = true;
	wb->lit_quoted = quoted;
}

static void wb_char(struct parser *p, struct wbuild *wb, int c, bool quoted)
{
	wb_open(p, wb, quoted);
	sb_putc(p->a, &wb->lit, c);
}

static struct word_part *wb_part(struct parser *p, struct wbuild *wb, enum word_part_kind k)
{
	wb_flush(p, wb);
	struct word_part *wp = arena_alloc(p->a, sizeof(*wp));
	wp->kind = k;
	wb_append(wb, wp);
	return wp;
}

static struct word *wb_word(struct parser *p, struct wbuild *wb, int line, int col)
{
	wb_flush(p, wb);
	struct word *w = arena_alloc(p->a, sizeof(*w));
	w->parts = wb->head;
	w->line = line;
	w->col = col;
	return w;
}

static bool is_name_start(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static bool is_special_param(int c)
{
	return c == '@' || c == '*' || c == '#' || c == '?' || c == '-' || c == '$' || c == '!';
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

/* Blanks, newline and the operator characters end an unquoted word. */
static bool is_meta(int c)
{
	return c != '\0' && c != '\\' && c != '`' && c != '$' && c != '\'' && c != '"' &&
	       c >= 0 && word_stops[c];
}

/* True in modes where the text is quoted ("...", here-documents). */
static bool mode_quoted(enum scan_mode m)
{
	switch (m) {
	case SM_WORD:
	case SM_ARG:
	case SM_ARITH:
		return false;
	case SM_DQ:
	case SM_HEREDOC:
	case SM_ARG_DQ:
		return true;
	}
	return false;
}

static void scan_parts(struct parser *p, struct wbuild *wb, enum scan_mode m);

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
	case SM_ARITH:
		wb_char(p, wb, d, true);
		return;
	case SM_DQ:
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

/* Reads up to max digits of base 8 or 16; returns the value, *n the count read. */
static unsigned long read_digits(struct reader *r, int base, int max, int *n)
{
	unsigned long v = 0;
	for (*n = 0; *n < max; (*n)++) {
		int c = rd_peek_raw(r);
		int d;
		if (c >= '0' && c <= '7')
			d = c - '0';
		else if (base == 16 && c >= '8' && c <= '9')
			d = c - '0';
		else if (base == 16 && c >= 'a' && c <= 'f')
			d = c - 'a' + 10;
		else if (base == 16 && c >= 'A' && c <= 'F')
			d = c - 'A' + 10;
		else
			break;
		rd_getc_raw(r);
		v = v * (unsigned long)base + (unsigned long)d;
	}
	return v;
}

static void put_utf8(struct parser *p, struct sbuf *b, unsigned long v)
{
	if (v < 0x80) {
		sb_putc(p->a, b, (int)v);
	} else if (v < 0x800) {
		sb_putc(p->a, b, (int)(0xC0 | (v >> 6)));
		sb_putc(p->a, b, (int)(0x80 | (v & 0x3F)));
	} else if (v < 0x10000) {
		sb_putc(p->a, b, (int)(0xE0 | (v >> 12)));
		sb_putc(p->a, b, (int)(0x80 | ((v >> 6) & 0x3F)));
		sb_putc(p->a, b, (int)(0x80 | (v & 0x3F)));
	} else if (v <= 0x10FFFF) {
		sb_putc(p->a, b, (int)(0xF0 | (v >> 18)));
		sb_putc(p->a, b, (int)(0x80 | ((v >> 12) & 0x3F)));
		sb_putc(p->a, b, (int)(0x80 | ((v >> 6) & 0x3F)));
		sb_putc(p->a, b, (int)(0x80 | (v & 0x3F)));
	}
}

/* One escape of $'...' after its backslash; a NUL (\0) cuts the rest of the string. */
static void ansi_escape(struct parser *p, struct sbuf *b, bool *cut)
{
	struct reader *r = &p->rd;
	struct sbuf scratch = { 0 };
	struct sbuf *out = *cut ? &scratch : b;
	int e = rd_getc_raw(r), n;
	unsigned long v;
	switch (e) {
	case RD_EOF: p_eof(p); return;
	case 'a': v = 7; break;
	case 'b': v = 8; break;
	case 'e': case 'E': v = 27; break;
	case 'f': v = 12; break;
	case 'n': v = 10; break;
	case 'r': v = 13; break;
	case 't': v = 9; break;
	case 'v': v = 11; break;
	case '\\': case '\'': case '"': case '?': v = (unsigned long)e; break;
	case 'c':
		e = rd_getc_raw(r);
		if (e == RD_EOF) {
			p_eof(p);
			return;
		}
		v = (unsigned long)e & 0x1F;
		break;
	case 'x': case 'u': case 'U':
		v = read_digits(r, 16, e == 'x' ? 2 : e == 'u' ? 4 : 8, &n);
		if (n == 0) {
			sb_putc(p->a, out, '\\');
			sb_putc(p->a, out, e);
			return;
		}
		if (e != 'x') {
			if (v == 0)
				*cut = true;
			else
				put_utf8(p, out, v);
			return;
		}
		break;
	default:
		if (e >= '0' && e <= '7') {
			v = (unsigned long)(e - '0');
			unsigned long more = read_digits(r, 8, 2, &n);
			for (int i = 0; i < n; i++)
				v *= 8;
			v = (v + more) & 0xFF;
			break;
		}
		sb_putc(p->a, out, '\\');
		sb_putc(p->a, out, e);
		return;
	}
	if ((v & 0xFF) == 0)
		*cut = true;
	else
		sb_putc(p->a, out, (int)(v & 0xFF));
}

/* bash $'...': ANSI-C escapes, the result is one quoted literal. */
static void scan_ansi(struct parser *p, struct wbuild *wb)
{
	struct reader *r = &p->rd;
	rd_getc(r);
	wb_open(p, wb, true);
	bool cut = false;
	for (;;) {
		int d = rd_getc_raw(r);
		if (d == RD_EOF) {
			p_eof(p);
			return;
		}
		if (d == '\'')
			return;
		if (d == '\\') {
			ansi_escape(p, &wb->lit, &cut);
			if (p->failed)
				return;
		} else if (!cut) {
			sb_putc(p->a, &wb->lit, d);
		}
	}
}

/* ---- substitutions ---- */

/* After "$(", "<(" or ">(": a list up to the matching ")". */
static void scan_cmdsub(struct parser *p, struct wbuild *wb, enum word_part_kind k, int line,
                        int col)
{
	if (!p_enter(p, line, col, k == WP_CMDSUB ? "$(" : k == WP_PROCSUB_IN ? "<(" : ">("))
		return;
	struct node *body = parse_compound_list(p);
	if (!p->failed) {
		struct token *t = tok_peek(p);
		if (t->kind == T_RPAREN)
			tok_next(p);
		else
			p_unexpected(p, t);
	}
	p_leave(p);
	if (p->failed)
		return;
	struct word_part *wp = wb_part(p, wb, k);
	wp->u.cmd.body = body;
}

static void scan_backquote(struct parser *p, struct wbuild *wb, enum scan_mode m)
{
	struct reader *r = &p->rd;
	int line = r->line, col = r->col;
	bool dq = m == SM_DQ || m == SM_ARG_DQ;
	struct sbuf text = { 0 };
	rd_getc(r);
	for (;;) {
		int d = rd_getc_raw(r);
		if (d == RD_EOF) {
			p_eof(p);
			return;
		}
		if (d == '`')
			break;
		if (d != '\\') {
			sb_putc(p->a, &text, d);
			continue;
		}
		int e = rd_getc_raw(r);
		if (e == RD_EOF) {
			p_eof(p);
			return;
		}
		if (e == '$' || e == '`' || e == '\\' || (dq && e == '"')) {
			sb_putc(p->a, &text, e);
		} else if (e != '\n') {
			sb_putc(p->a, &text, '\\');
			sb_putc(p->a, &text, e);
		}
	}
	if (!p_enter(p, line, col, "`"))
		return;
	struct parser sub;
	parser_init_sub(&sub, p, text.s, text.len, line, col + 1);
	struct node *body = parse_program(&sub);
	p_leave(p);
	if (sub.failed) {
		parser_take_failure(p, &sub);
		return;
	}
	struct word_part *wp = wb_part(p, wb, WP_CMDSUB);
	wp->u.cmd.body = body;
	wp->u.cmd.backquote = true;
}

static void scan_arith(struct parser *p, struct wbuild *wb, int line, int col)
{
	struct reader *r = &p->rd;
	if (!p_enter(p, line, col, "$(("))
		return;
	int eline = r->line, ecol = r->col;
	struct wbuild inner = { 0 };
	scan_parts(p, &inner, SM_ARITH);
	p_leave(p);
	if (p->failed)
		return;
	struct word *expr = wb_word(p, &inner, eline, ecol);
	struct word_part *wp = wb_part(p, wb, WP_ARITH);
	wp->u.arith = expr;
}

static void bad_substitution(struct parser *p, int line, int col, const struct sbuf *name, int c)
{
	if (c == RD_EOF) {
		p_eof(p);
		return;
	}
	char tok[64];
	int n = name->len > 40 ? 40 : (int)name->len;
	if (c > ' ' && c < 0x7F)
		snprintf(tok, sizeof(tok), "${%.*s%c", n, name->s ? name->s : "", c);
	else
		snprintf(tok, sizeof(tok), "${%.*s", n, name->s ? name->s : "");
	p_error(p, line, col, tok, "syntax error: bad substitution");
}

/* The parameter name after "${" or "${#": a name, digits, or one special character. */
static bool scan_param_name(struct parser *p, struct sbuf *name, int line, int col)
{
	struct reader *r = &p->rd;
	int c = rd_peek(r);
	if (is_name_start(c)) {
		while (is_name_start(c) || is_digit(c)) {
			sb_putc(p->a, name, rd_getc(r));
			c = rd_peek(r);
		}
	} else if (is_digit(c)) {
		while (is_digit(c)) {
			sb_putc(p->a, name, rd_getc(r));
			c = rd_peek(r);
		}
	} else if (is_special_param(c)) {
		sb_putc(p->a, name, rd_getc(r));
	} else {
		bad_substitution(p, line, col, name, c);
		return false;
	}
	return true;
}

/* bash ${name[subscript]}: the text up to the matching "]". */
static char *scan_subscript(struct parser *p)
{
	struct reader *r = &p->rd;
	struct sbuf sub = { 0 };
	int depth = 0;
	rd_getc(r);
	for (;;) {
		int c = rd_getc(r);
		if (c == RD_EOF) {
			p_eof(p);
			return NULL;
		}
		if (c == ']' && depth == 0)
			return sb_str(p->a, &sub);
		depth += c == '[' ? 1 : c == ']' ? -1 : 0;
		sb_putc(p->a, &sub, c);
	}
}

/* The operator of ${name OP word}; false (error set) when there is none.  pre is the
 * operator's first character when it was already consumed, else 0. */
static bool scan_param_op(struct parser *p, struct param_exp *pe, int line, int col,
                          const struct sbuf *name, int pre)
{
	struct reader *r = &p->rd;
	int c = pre ? pre : rd_peek(r);
	if (c == ':' && !pre) {
		rd_getc(r);
		c = rd_peek(r);
		pe->colon = true;
		if (c != '-' && c != '=' && c != '?' && c != '+') {
			bad_substitution(p, line, col, name, c == RD_EOF ? c : ':');
			return false;
		}
	}
	switch (c) {
	case '-': pe->op = PARAM_DEFAULT; break;
	case '=': pe->op = PARAM_ASSIGN; break;
	case '?': pe->op = PARAM_ERROR; break;
	case '+': pe->op = PARAM_ALTERNATE; break;
	case '%': pe->op = PARAM_TRIM_SUFFIX; break;
	case '#': pe->op = PARAM_TRIM_PREFIX; break;
	default:
		bad_substitution(p, line, col, name, c);
		return false;
	}
	if (!pre)
		rd_getc(r);
	if ((c == '%' || c == '#') && rd_peek(r) == c) {
		rd_getc(r);
		pe->op = c == '%' ? PARAM_TRIM_SUFFIX_MAX : PARAM_TRIM_PREFIX_MAX;
	}
	return true;
}

/* After "$" at "{": ${name}, ${#name}, ${name[sub]}, ${name OP word}. */
static void scan_brace(struct parser *p, struct wbuild *wb, enum scan_mode m, int line, int col)
{
	struct reader *r = &p->rd;
	struct param_exp pe = { 0 };
	struct sbuf name = { 0 };
	bool length = false;
	int pre = 0;  /* an operator already read after ${# */
	rd_getc(r);
	if (!p_enter(p, line, col, "${"))
		return;
	int c = rd_peek(r);
	if (c == '#') {
		rd_getc(r);
		c = rd_peek(r);
		if (c == '-' || c == '?' || c == '#') {
			/* ${#-} is the length of $-, ${#-word} a default for $# */
			rd_getc(r);
			if (rd_peek(r) == '}')
				sb_putc(p->a, &name, c);
			else
				pre = c;
			length = !pre;
		} else {
			length = !(c == '}' || !(is_name_start(c) || is_digit(c) || is_special_param(c)));
		}
		if (!length)
			sb_putc(p->a, &name, '#');
	}
	if (name.len == 0 && !scan_param_name(p, &name, line, col))
		return;
	pe.name = sb_str(p->a, &name);
	if (rd_peek(r) == '[' && (is_name_start((unsigned char)pe.name[0]))) {
		pe.subscript = scan_subscript(p);
		if (!pe.subscript)
			return;
	}
	c = rd_peek(r);
	if (c == '}' && !pre) {
		rd_getc(r);
		pe.op = length ? PARAM_LENGTH : PARAM_PLAIN;
	} else if (length) {
		bad_substitution(p, line, col, &name, c);
		return;
	} else {
		if (!scan_param_op(p, &pe, line, col, &name, pre))
			return;
		int aline = r->line, acol = r->col;
		struct wbuild arg = { 0 };
		scan_parts(p, &arg, mode_quoted(m) ? SM_ARG_DQ : SM_ARG);
		if (p->failed)
			return;
		rd_getc(r);
		pe.arg = wb_word(p, &arg, aline, acol);
		if (!mode_quoted(m))
			word_split_tilde(p, pe.arg, false);
	}
	p_leave(p);
	struct word_part *wp = wb_part(p, wb, WP_PARAM);
	wp->u.param = pe;
}

static void param_part(struct parser *p, struct wbuild *wb, const char *name, size_t len)
{
	struct word_part *wp = wb_part(p, wb, WP_PARAM);
	wp->u.param.name = arena_strndup(p->a, name, len);
	wp->u.param.op = PARAM_PLAIN;
}

static void scan_dollar(struct parser *p, struct wbuild *wb, enum scan_mode m)
{
	struct reader *r = &p->rd;
	int line = r->line, col = r->col;
	rd_getc(r);
	int c = rd_peek(r);
	if (c == '{') {
		scan_brace(p, wb, m, line, col);
	} else if (c == '(') {
		rd_getc(r);
		if (rd_peek(r) == '(') {
			enum arith_guess g = rd_guess_arith(r);
			if (g == GUESS_NEED_MORE) {
				p_eof(p);
				return;
			}
			if (g == GUESS_ARITH) {
				rd_getc(r);
				scan_arith(p, wb, line, col);
				return;
			}
		}
		scan_cmdsub(p, wb, WP_CMDSUB, line, col);
	} else if (is_name_start(c)) {
		struct sbuf name = { 0 };
		while (is_name_start(c) || is_digit(c)) {
			sb_putc(p->a, &name, rd_getc(r));
			c = rd_peek(r);
		}
		param_part(p, wb, name.s, name.len);
	} else if (is_digit(c) || is_special_param(c)) {
		char ch = (char)rd_getc(r);
		param_part(p, wb, &ch, 1);
	} else if (c == '\'' && (m == SM_WORD || m == SM_ARG)) {
		scan_ansi(p, wb);
	} else if (c == '"' && (m == SM_WORD || m == SM_ARG)) {
		return; /* bash $"...": translated string, read as "..." */
	} else {
		wb_char(p, wb, '$', mode_quoted(m));
	}
}

/* ---- the scanning loop ---- */

/* True when c ends the text of mode m (the ending characters are consumed for "..." and
 * "))"); depth counts nested ( in arithmetic and { in ${...} words. */
static bool at_end(struct parser *p, enum scan_mode m, int c, int *depth)
{
	struct reader *r = &p->rd;
	switch (m) {
	case SM_WORD:
		return is_meta(c);
	case SM_DQ:
		if (c != '"')
			return false;
		rd_getc(r);
		return true;
	case SM_HEREDOC:
		return false;
	case SM_ARG:
	case SM_ARG_DQ:
		if (c == '{')
			(*depth)++;
		if (c != '}')
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
	}
	return true;
}

static void scan_parts(struct parser *p, struct wbuild *wb, enum scan_mode m)
{
	struct reader *r = &p->rd;
	bool q = mode_quoted(m);
	int depth = 0;
	while (!p->failed) {
		int c = rd_peek(r);
		if (c == RD_EOF) {
			if (m != SM_WORD && m != SM_HEREDOC)
				p_eof(p);
			return;
		}
		if (at_end(p, m, c, &depth))
			return;
		if (c == '\\') {
			scan_backslash(p, wb, m);
		} else if (c == '\'' && !q) {
			scan_single(p, wb);
		} else if (c == '"' && m != SM_HEREDOC) {
			scan_double(p, wb);
		} else if (c == '`') {
			scan_backquote(p, wb, m);
		} else if (c == '$') {
			scan_dollar(p, wb, m);
		} else {
			const char *run;
			size_t n = rd_run(r, m == SM_WORD ? word_stops : inner_stops, &run);
			wb_open(p, wb, q);
			if (n)
				sb_putn(p->a, &wb->lit, run, n);
			else
				sb_putc(p->a, &wb->lit, rd_getc(r));
		}
	}
}

/* ---- entry points ---- */

struct word *scan_word(struct parser *p, int line, int col, int first)
{
	struct wbuild wb = { 0 };
	if (first == WP_PROCSUB_IN || first == WP_PROCSUB_OUT) {
		rd_getc(&p->rd);
		scan_cmdsub(p, &wb, (enum word_part_kind)first, line, col);
	}
	scan_parts(p, &wb, SM_WORD);
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

struct word *parse_heredoc_word(struct parser *p, const char *text, size_t len, int line)
{
	struct parser sub;
	parser_init_sub(&sub, p, text, len, line, 1);
	struct wbuild wb = { 0 };
	scan_parts(&sub, &wb, SM_HEREDOC);
	if (sub.failed) {
		parser_take_failure(p, &sub);
		return NULL;
	}
	return wb_word(&sub, &wb, line, 1);
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

void word_split_tilde(struct parser *p, struct word *w, bool assign)
{
	for (struct word_part **link = &w->parts; *link; link = &(*link)->next) {
		bool at_start = link == &w->parts;
		if (!assign && !at_start)
			return;
		if ((*link)->kind == WP_LITERAL && !(*link)->u.lit.quoted)
			link = split_literal(p, link, at_start, assign);
	}
}
