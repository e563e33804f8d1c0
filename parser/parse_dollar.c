/* parse_dollar.c - what follows a '$' ($name, ${...}, $(...), $((...)), $'...') and
 * backquotes: each becomes one word part, nested lists parsed recursively. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast_priv.h"
#include "parse_priv.h"
#include "word.h"

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
void scan_cmdsub(struct parser *p, struct wbuild *wb, enum word_part_kind k, int line,
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

void scan_backquote(struct parser *p, struct wbuild *wb, enum scan_mode m)
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
	parser_init_sub(&sub, p, text.s, text.len, line, col + 1, true);
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

/* bash ${name[subscript]}: the subscript up to the matching "]", parsed into pe->index
 * (quotes and expansions as in an unquoted word) and written back as pe->subscript. */
static bool scan_subscript(struct parser *p, struct param_exp *pe)
{
	struct reader *r = &p->rd;
	rd_getc(r);
	int line = r->line, col = r->col;
	struct wbuild wb = { 0 };
	scan_parts(p, &wb, SM_PARAM_SUBSCRIPT);
	if (p->failed)
		return false;
	if (rd_getc(r) != ']') {
		p_error(p, line, col, "}", "syntax error: bad substitution");
		return false;
	}
	pe->index = wb_word(p, &wb, line, col);
	char *text = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&text, &len);
	if (!mem) {
		p_error(p, line, col, "[", "out of memory");
		return false;
	}
	src_word(mem, pe->index);
	fclose(mem);
	pe->subscript = arena_strndup(p->a, text ? text : "", len);
	free(text);
	return true;
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
		if (c == '}' || c == RD_EOF) {
			bad_substitution(p, line, col, name, c == RD_EOF ? c : ':');
			return false;
		}
		if (c != '-' && c != '=' && c != '?' && c != '+') {
			pe->op = PARAM_SUBSTRING;  /* ${name:offset...}, the offset not read yet */
			return true;
		}
		pe->colon = true;
	}
	if (c == '/' && !pre) {
		rd_getc(r);
		c = rd_peek(r);
		pe->op = c == '/' ? PARAM_REPLACE_ALL : c == '#' ? PARAM_REPLACE_PREFIX :
		         c == '%' ? PARAM_REPLACE_SUFFIX : PARAM_REPLACE;
		if (pe->op != PARAM_REPLACE)
			rd_getc(r);
		return true;
	}
	switch (c) {
	case '-': pe->op = PARAM_DEFAULT; break;
	case '=': pe->op = PARAM_ASSIGN; break;
	case '?': pe->op = PARAM_ERROR; break;
	case '+': pe->op = PARAM_ALTERNATE; break;
	case '%': pe->op = PARAM_TRIM_SUFFIX; break;
	case '#': pe->op = PARAM_TRIM_PREFIX; break;
	case '^': pe->op = PARAM_UPPER_FIRST; break;
	case ',': pe->op = PARAM_LOWER_FIRST; break;
	case '~': pe->op = PARAM_TOGGLE_FIRST; break;
	case '@': pe->op = PARAM_TRANSFORM; break;
	default:
		bad_substitution(p, line, col, name, c);
		return false;
	}
	if (!pre)
		rd_getc(r);
	if (pe->op == PARAM_TRANSFORM) {
		int x = rd_peek(r);
		if (x == RD_EOF || !strchr("QEPAaKkUuL", x)) {
			bad_substitution(p, line, col, name, '@');
			return false;
		}
		rd_getc(r);
		pe->transform = (char)x;
		if (rd_peek(r) != '}') {
			bad_substitution(p, line, col, name, rd_peek(r));
			return false;
		}
		return true;
	}
	if (strchr("%#^,~", c) && rd_peek(r) == c) {
		rd_getc(r);
		pe->op = c == '%' ? PARAM_TRIM_SUFFIX_MAX : c == '#' ? PARAM_TRIM_PREFIX_MAX :
		         c == '^' ? PARAM_UPPER_ALL : c == ',' ? PARAM_LOWER_ALL : PARAM_TOGGLE_ALL;
	}
	return true;
}

/* One word of ${name OP ...} scanned in mode m; tildes split out when tilde is set; with
 * slash, a / that comes first is part of the word (the pattern of ${name//...}). */
static struct word *scan_param_word_slash(struct parser *p, enum scan_mode m, bool tilde,
                                          bool slash)
{
	struct reader *r = &p->rd;
	int line = r->line, col = r->col;
	struct wbuild arg = { 0 };
	if (slash && rd_peek(r) == '/') {
		rd_getc(r);
		wb_char(p, &arg, '/', false);
	}
	scan_parts(p, &arg, m);
	if (p->failed)
		return NULL;
	struct word *w = wb_word(p, &arg, line, col);
	if (tilde)
		word_split_tilde(p, w, false);
	return w;
}

/* One word of ${name OP ...} scanned in mode m; tildes split out when tilde is set. */
static struct word *scan_param_word(struct parser *p, enum scan_mode m, bool tilde)
{
	return scan_param_word_slash(p, m, tilde, false);
}

/* The words after the operator of pe, up to and including the closing }; mode m is where
 * the ${...} is. A pattern (# ## % %% /) keeps its own quoting even inside "..." (POSIX, and
 * bash for /), and so does the string of ${v/p/string} (bash: "${v/:/'x'}" is axb, tilde
 * expanded too); an offset and a length are arithmetic; the other words are quoted in "...". */
static bool scan_param_words(struct parser *p, struct param_exp *pe, enum scan_mode m)
{
	struct reader *r = &p->rd;
	bool dq = mode_quoted(m);
	enum scan_mode word_mode = dq ? SM_ARG_DQ : SM_ARG;
	switch (pe->op) {
	case PARAM_PLAIN:
	case PARAM_LENGTH:
	case PARAM_TRANSFORM:
	case PARAM_NAMES:
		break;
	case PARAM_UPPER_FIRST:
	case PARAM_UPPER_ALL:
	case PARAM_LOWER_FIRST:
	case PARAM_LOWER_ALL:
	case PARAM_TOGGLE_FIRST:
	case PARAM_TOGGLE_ALL:
		pe->arg = scan_param_word(p, SM_ARG, !dq);
		break;
	case PARAM_DEFAULT:
	case PARAM_ASSIGN:
	case PARAM_ERROR:
	case PARAM_ALTERNATE:
		pe->arg = scan_param_word(p, word_mode, !dq);
		break;
	case PARAM_TRIM_SUFFIX:
	case PARAM_TRIM_SUFFIX_MAX:
	case PARAM_TRIM_PREFIX:
	case PARAM_TRIM_PREFIX_MAX:
		pe->arg = scan_param_word(p, SM_ARG, !dq);
		break;
	case PARAM_SUBSTRING:
		pe->arg = scan_param_word(p, SM_ARG_OFFSET, false);
		if (pe->arg && rd_peek(r) == ':') {
			rd_getc(r);
			pe->arg2 = scan_param_word(p, SM_ARG, false);
		}
		break;
	case PARAM_REPLACE:
	case PARAM_REPLACE_ALL:
	case PARAM_REPLACE_PREFIX:
	case PARAM_REPLACE_SUFFIX:
		/* a / right after ${x// begins the pattern (bash: ${x///} drops the slashes) */
		pe->arg = scan_param_word_slash(p, SM_ARG_PATTERN, !dq, pe->op == PARAM_REPLACE_ALL);
		if (pe->arg && rd_peek(r) == '/') {
			rd_getc(r);
			pe->arg2 = scan_param_word(p, SM_ARG, true);
		}
		break;
	}
	if (p->failed)
		return false;
	rd_getc(r);
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
	if (c == '!') {
		/* ${!} is $!; ${!name...} indirection; ${!prefix*} names */
		rd_getc(r);
		c = rd_peek(r);
		if (c == '}')
			sb_putc(p->a, &name, '!');
		else
			pe.indirect = true;
	} else if (c == '#') {
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
	c = rd_peek(r);
	if (pe.indirect && (c == '*' || c == '@') && is_name_start((unsigned char)pe.name[0])) {
		rd_getc(r);
		if (rd_peek(r) == '}') {
			pe.op = PARAM_NAMES;
			pe.transform = (char)c;
			pe.indirect = false;
			rd_getc(r);
			p_leave(p);
			wb_part(p, wb, WP_PARAM)->u.param = pe;
			return;
		}
		if (c == '*') {
			bad_substitution(p, line, col, &name, c);
			return;
		}
		pre = c;
	}
	if (!pre && rd_peek(r) == '[' && (is_name_start((unsigned char)pe.name[0]))) {
		if (!scan_subscript(p, &pe))
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
		if (!scan_param_op(p, &pe, line, col, &name, pre) || !scan_param_words(p, &pe, m))
			return;
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

void scan_dollar(struct parser *p, struct wbuild *wb, enum scan_mode m)
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
	} else if (c == '\'' && !mode_quoted(m) && m != SM_ARITH) {
		scan_ansi(p, wb);
	} else if (c == '"' && !mode_quoted(m)) {
		return; /* bash $"...": translated string, read as "..." */
	} else {
		wb_char(p, wb, '$', mode_quoted(m));
	}
}
