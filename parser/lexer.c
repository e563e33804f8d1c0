/* lexer.c - characters to tokens: the reader (aliases, backslash-newline, NULs),
 * operators, comments, and here-document bodies. */
#include "lexer.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "parse_priv.h"
#include "word.h"

/* ---- growable buffers ---- */

void sb_grow(struct arena *a, struct sbuf *b, size_t need)
{
	if (need <= b->cap)
		return;
	size_t cap = b->cap ? b->cap * 2 : 32;
	while (cap < need)
		cap *= 2;
	char *s = arena_alloc_raw(a, cap);
	if (b->len)
		memcpy(s, b->s, b->len);
	b->s = s;
	b->cap = cap;
}

char *sb_str(struct arena *a, struct sbuf *b)
{
	if (b->len + 1 > b->cap)
		sb_grow(a, b, b->len + 1);
	b->s[b->len] = '\0';
	return b->s;
}

/* ---- the reader ---- */

void rd_init(struct reader *r, struct arena *a, const char *buf, size_t len, size_t pos,
             int line, int col, bool at_eof)
{
	memset(r, 0, sizeof(*r));
	r->a = a;
	r->first.buf = buf;
	r->first.len = len;
	r->first.pos = pos;
	r->frames = &r->first;
	r->nframes = 1;
	r->cap = 1;
	r->line = line;
	r->col = col;
	r->at_eof = at_eof;
}

/* Index of the topmost frame that still has characters, or -1 at the end of input. */
static int rd_cur_index(const struct reader *r)
{
	for (int i = r->nframes - 1; i >= 0; i--)
		if (r->frames[i].pos < r->frames[i].len)
			return i;
	return -1;
}

static void rd_advance(struct reader *r, struct rframe *f)
{
	char c = f->buf[f->pos++];
	if (f != r->frames)
		return;
	if (c == '\n') {
		r->line++;
		r->col = 1;
	} else {
		r->col++;
	}
}

/* The frame being read when its next byte is an ordinary one (the fast path). */
static struct rframe *rd_top(struct reader *r)
{
	struct rframe *f = &r->frames[r->nframes - 1];
	return f->pos < f->len && f->buf[f->pos] != '\0' ? f : NULL;
}

int rd_peek_raw(struct reader *r)
{
	struct rframe *f = rd_top(r);
	if (f)
		return (unsigned char)f->buf[f->pos];
	for (;;) {
		int i = rd_cur_index(r);
		if (i < 0)
			return RD_EOF;
		f = &r->frames[i];
		unsigned char c = (unsigned char)f->buf[f->pos];
		if (c != '\0')
			return c;
		rd_advance(r, f);
	}
}

int rd_peek_slow(struct reader *r)
{
	for (;;) {
		int c = rd_peek_raw(r);
		if (c != '\\')
			return c;
		struct rframe *f = &r->frames[rd_cur_index(r)];
		size_t i = f->pos + 1;
		while (i < f->len && f->buf[i] == '\0')
			i++;
		if (i >= f->len || f->buf[i] != '\n')
			return c;
		while (f->pos <= i)
			rd_advance(r, f);
	}
}

/* Consumes the byte that a peek has just returned. */
static void rd_consume(struct reader *r)
{
	struct rframe *f = rd_top(r);
	rd_advance(r, f ? f : &r->frames[rd_cur_index(r)]);
}

int rd_getc_slow(struct reader *r)
{
	int c = rd_peek_slow(r);
	if (c != RD_EOF)
		rd_consume(r);
	return c;
}

int rd_getc_raw(struct reader *r)
{
	int c = rd_peek_raw(r);
	if (c != RD_EOF)
		rd_consume(r);
	return c;
}

size_t rd_run(struct reader *r, const unsigned char *stop, const char **run)
{
	struct rframe *f = rd_top(r);
	if (!f)
		return 0;
	size_t i = f->pos;
	while (i < f->len && !stop[(unsigned char)f->buf[i]])
		i++;
	size_t n = i - f->pos;
	*run = f->buf + f->pos;
	f->pos = i;
	if (f == r->frames)
		r->col += (int)n;
	return n;
}

void rd_push_alias(struct reader *r, const char *name, const char *value, int line, int col)
{
	if (r->nframes == r->cap) {
		int cap = r->cap * 2 + 2;
		struct rframe *f = arena_alloc(r->a, sizeof(*f) * (size_t)cap);
		memcpy(f, r->frames, sizeof(*f) * (size_t)r->nframes);
		r->frames = f;
		r->cap = cap;
	}
	size_t len = strlen(value);
	struct rframe *f = &r->frames[r->nframes++];
	f->buf = arena_strndup(r->a, value, len);
	f->len = len;
	f->pos = 0;
	f->alias = arena_strdup(r->a, name);
	f->blank_end = len > 0 && (value[len - 1] == ' ' || value[len - 1] == '\t');
	f->line = line;
	f->col = col;
}

bool rd_alias_active(const struct reader *r, const char *name)
{
	for (int i = 1; i < r->nframes; i++)
		if (strcmp(r->frames[i].alias, name) == 0)
			return true;
	return false;
}

bool rd_pop_exhausted(struct reader *r)
{
	bool blank = false;
	while (r->nframes > 1 && r->frames[r->nframes - 1].pos >= r->frames[r->nframes - 1].len) {
		if (r->frames[r->nframes - 1].blank_end)
			blank = true;
		r->nframes--;
	}
	return blank;
}

/* Skips NUL bytes and backslash-newlines from i; returns the index of the next real byte. */
static size_t skip_invisible(const struct rframe *f, size_t i)
{
	while (i < f->len) {
		if (f->buf[i] == '\0')
			i++;
		else if (f->buf[i] == '\\' && i + 1 < f->len && f->buf[i + 1] == '\n')
			i += 2;
		else
			break;
	}
	return i;
}

enum arith_guess rd_guess_arith(const struct reader *r)
{
	int fi = rd_cur_index(r);
	bool more = !r->at_eof && fi <= 0;  /* the input itself may still grow */
	if (fi < 0)
		return more ? GUESS_NEED_MORE : GUESS_ARITH;
	const struct rframe *f = &r->frames[fi];
	size_t i = f->pos + 1;  /* the reader is at the second '(' */
	int depth = 0;
	while (i < f->len) {
		char c = f->buf[i++];
		if (c == '\\') {
			i++;
		} else if (c == '\'') {
			while (i < f->len && f->buf[i] != '\'')
				i++;
			i++;
		} else if (c == '"') {
			while (i < f->len && f->buf[i] != '"')
				i += f->buf[i] == '\\' ? 2 : 1;
			i++;
		} else if (c == '(') {
			depth++;
		} else if (c == ')') {
			if (depth > 0) {
				depth--;
				continue;
			}
			i = skip_invisible(f, i);
			if (i >= f->len)
				return more ? GUESS_NEED_MORE : GUESS_ARITH;
			return f->buf[i] == ')' ? GUESS_ARITH : GUESS_CMDSUB;
		}
	}
	return more ? GUESS_NEED_MORE : GUESS_ARITH;
}

/* ---- tokens ---- */

const char *tok_kind_text(enum tok_kind k)
{
	switch (k) {
	case T_EOF: return "end of file";
	case T_NEWLINE: return "newline";
	case T_WORD: return NULL;
	case T_IO_NUMBER: return NULL;
	case T_SEMI: return ";";
	case T_DSEMI: return ";;";
	case T_SEMI_AMP: return ";&";
	case T_DSEMI_AMP: return ";;&";
	case T_AMP: return "&";
	case T_AND_IF: return "&&";
	case T_PIPE: return "|";
	case T_OR_IF: return "||";
	case T_LPAREN: return "(";
	case T_RPAREN: return ")";
	case T_LESS: return "<";
	case T_GREAT: return ">";
	case T_CLOBBER: return ">|";
	case T_DGREAT: return ">>";
	case T_LESSGREAT: return "<>";
	case T_LESSAND: return "<&";
	case T_GREATAND: return ">&";
	case T_DLESS: return "<<";
	case T_DLESSDASH: return "<<-";
	case T_TLESS: return "<<<";
	case T_AMPGREAT: return "&>";
	case T_AMPDGREAT: return "&>>";
	case T_PIPEAMP: return "|&";
	}
	return NULL;
}

/* Bytes that end a run in a comment or a quoted here-document line. */
static const unsigned char line_stops[256] = { ['\0'] = 1, ['\n'] = 1 };
/* The same for an unquoted here-document line, where backslash-newline joins lines. */
static const unsigned char body_stops[256] = { ['\0'] = 1, ['\n'] = 1, ['\\'] = 1 };

/* Skips blanks, comments and finished alias values before a token; returns whether a
 * finished alias value ended in a blank. */
static bool skip_blanks(struct reader *r)
{
	bool alias_ok = false;
	for (;;) {
		if (rd_pop_exhausted(r))
			alias_ok = true;
		struct rframe *f = rd_top(r);
		if (f && (f->buf[f->pos] == ' ' || f->buf[f->pos] == '\t')) {
			size_t i = f->pos;
			while (i < f->len && (f->buf[i] == ' ' || f->buf[i] == '\t'))
				i++;
			if (f == r->frames)
				r->col += (int)(i - f->pos);
			f->pos = i;
		}
		int c = rd_peek(r);
		if (c == ' ' || c == '\t') {
			rd_getc(r);
		} else if (c == '#') {
			const char *run;
			while ((c = rd_peek_raw(r)) != RD_EOF && c != '\n')
				if (rd_run(r, line_stops, &run) == 0)
					rd_getc_raw(r);
		} else {
			return alias_ok;
		}
	}
}

/* Lexes an operator that starts with < or > (the first character is consumed). */
static enum tok_kind lex_angle(struct reader *r, int first, int *procsub)
{
	int c = rd_peek(r);
	*procsub = 0;
	if (c == '(') {
		*procsub = first == '<' ? WP_PROCSUB_IN : WP_PROCSUB_OUT;
		return T_WORD;
	}
	if (first == '<') {
		if (c == '&' || c == '>') {
			rd_getc(r);
			return c == '&' ? T_LESSAND : T_LESSGREAT;
		}
		if (c != '<')
			return T_LESS;
		rd_getc(r);
		c = rd_peek(r);
		if (c == '-' || c == '<') {
			rd_getc(r);
			return c == '-' ? T_DLESSDASH : T_TLESS;
		}
		return T_DLESS;
	}
	if (c == '>' || c == '&' || c == '|') {
		rd_getc(r);
		return c == '>' ? T_DGREAT : c == '&' ? T_GREATAND : T_CLOBBER;
	}
	return T_GREAT;
}

/* Lexes an operator token starting with c; returns T_WORD when c starts a word. */
static enum tok_kind lex_operator(struct reader *r, int c, int *procsub)
{
	*procsub = 0;
	switch (c) {
	case '\n':
		rd_getc(r);
		return T_NEWLINE;
	case ';':
	case '&':
	case '|':
		rd_getc(r);
		if (c == ';' && rd_peek(r) == '&') {
			rd_getc(r);
			return T_SEMI_AMP;
		}
		if (c == ';' && rd_peek(r) == ';') {
			rd_getc(r);
			if (rd_peek(r) != '&')
				return T_DSEMI;
			rd_getc(r);
			return T_DSEMI_AMP;
		}
		if (rd_peek(r) == c) {
			rd_getc(r);
			return c == ';' ? T_DSEMI : c == '&' ? T_AND_IF : T_OR_IF;
		}
		if (c == '&' && rd_peek(r) == '>') {
			rd_getc(r);
			if (rd_peek(r) != '>')
				return T_AMPGREAT;
			rd_getc(r);
			return T_AMPDGREAT;
		}
		if (c == '|' && rd_peek(r) == '&') {
			rd_getc(r);
			return T_PIPEAMP;
		}
		return c == ';' ? T_SEMI : c == '&' ? T_AMP : T_PIPE;
	case '(':
		rd_getc(r);
		return T_LPAREN;
	case ')':
		rd_getc(r);
		return T_RPAREN;
	case '<':
	case '>':
		rd_getc(r);
		return lex_angle(r, c, procsub);
	default:
		return T_WORD;
	}
}

/* True when w is {NAME}, unquoted, NAME a variable name (bash's {fd}> redirections);
 * *name is NAME, NUL-terminated, in arena a. */
static bool word_is_fd_var(struct arena *a, const struct word *w, const char **name)
{
	const struct word_part *wp = w->parts;
	if (!wp || wp->next || wp->kind != WP_LITERAL || wp->u.lit.quoted)
		return false;
	const char *s = wp->u.lit.text;
	size_t n = wp->u.lit.len;
	if (n < 3 || s[0] != '{' || s[n - 1] != '}' || isdigit((unsigned char)s[1]))
		return false;
	for (size_t i = 1; i < n - 1; i++)
		if (!isalnum((unsigned char)s[i]) && s[i] != '_')
			return false;
	char *v = arena_alloc_raw(a, n - 1);
	memcpy(v, s + 1, n - 2);
	v[n - 2] = '\0';
	*name = v;
	return true;
}

/* True when w is a short run of unquoted digits (an io-number candidate). */
static bool word_is_digits(const struct word *w, int *value)
{
	const struct word_part *wp = w->parts;
	if (!wp || wp->next || wp->kind != WP_LITERAL || wp->u.lit.quoted)
		return false;
	if (wp->u.lit.len == 0 || wp->u.lit.len > 9)
		return false;
	int v = 0;
	for (size_t i = 0; i < wp->u.lit.len; i++) {
		char c = wp->u.lit.text[i];
		if (c < '0' || c > '9')
			return false;
		v = v * 10 + (c - '0');
	}
	*value = v;
	return true;
}

enum rword rword_of(const char *s, size_t n)
{
	switch (n) {
	case 1:
		return s[0] == '!' ? RW_BANG : s[0] == '{' ? RW_LBRACE : s[0] == '}' ? RW_RBRACE : RW_NONE;
	case 2:
		return memcmp(s, "do", 2) == 0   ? RW_DO
		       : memcmp(s, "[[", 2) == 0 ? RW_DLBRACK
		       : memcmp(s, "fi", 2) == 0 ? RW_FI
		       : memcmp(s, "if", 2) == 0 ? RW_IF
		       : memcmp(s, "in", 2) == 0 ? RW_IN
		                                 : RW_NONE;
	case 3:
		return memcmp(s, "for", 3) == 0 ? RW_FOR : RW_NONE;
	case 4:
		return memcmp(s, "case", 4) == 0   ? RW_CASE
		       : memcmp(s, "done", 4) == 0 ? RW_DONE
		       : memcmp(s, "elif", 4) == 0 ? RW_ELIF
		       : memcmp(s, "else", 4) == 0 ? RW_ELSE
		       : memcmp(s, "esac", 4) == 0 ? RW_ESAC
		       : memcmp(s, "then", 4) == 0 ? RW_THEN
		                                   : RW_NONE;
	case 5:
		return memcmp(s, "until", 5) == 0   ? RW_UNTIL
		       : memcmp(s, "while", 5) == 0 ? RW_WHILE
		                                    : RW_NONE;
	case 6:
		return memcmp(s, "select", 6) == 0 ? RW_SELECT : RW_NONE;
	case 8:
		return memcmp(s, "function", 8) == 0 ? RW_FUNCTION : RW_NONE;
	default:
		return RW_NONE;
	}
}

/* The reserved word that w spells when it is one unquoted literal, else RW_NONE. */
static enum rword word_rword(const struct word *w)
{
	const struct word_part *wp = w->parts;
	if (!wp || wp->next || wp->kind != WP_LITERAL || wp->u.lit.quoted)
		return RW_NONE;
	return rword_of(wp->u.lit.text, wp->u.lit.len);
}

/* Skips the blanks before a token when only the input itself is being read; returns false
 * when what follows them (a comment, NUL, backslash, alias values) needs skip_blanks. */
static bool skip_blanks_fast(struct reader *r)
{
	if (r->nframes != 1)
		return false;
	struct rframe *f = r->frames;
	size_t i = f->pos;
	while (i < f->len && (f->buf[i] == ' ' || f->buf[i] == '\t'))
		i++;
	r->col += (int)(i - f->pos);
	f->pos = i;
	return i >= f->len || (f->buf[i] != '#' && f->buf[i] != '\\' && f->buf[i] != '\0');
}

void lex_token(struct parser *p, struct token *t)
{
	struct reader *r = &p->rd;
	memset(t, 0, sizeof(*t));
	bool alias_ok = skip_blanks_fast(r) ? false : skip_blanks(r);
	t->line = r->line;
	t->col = r->col;
	int fi = r->nframes == 1 ? (r->frames[0].pos < r->frames[0].len ? 0 : -1) : rd_cur_index(r);
	const char *fbuf = fi >= 0 ? r->frames[fi].buf : NULL;
	size_t start = fi >= 0 ? r->frames[fi].pos : 0;
	t->from_alias = fi > 0;
	if (t->from_alias) {
		t->line = r->frames[fi].line;
		t->col = r->frames[fi].col;
	}

	int c = rd_peek(r);
	if (c == RD_EOF) {
		t->kind = T_EOF;
		return;
	}
	int procsub;
	t->kind = lex_operator(r, c, &procsub);
	if (t->kind == T_WORD) {
		t->alias_ok = alias_ok;
		t->word = scan_word(p, t->line, t->col, procsub);
		if (p->failed) {
			t->kind = T_EOF;
			return;
		}
		c = rd_peek(r);
		if ((c == '<' || c == '>') && word_is_digits(t->word, &t->io_number)) {
			t->kind = T_IO_NUMBER;
		} else if ((c == '<' || c == '>') && word_is_fd_var(p->a, t->word, &t->io_name)) {
			t->kind = T_IO_NUMBER;
			t->io_number = -1;
		} else
			t->rw = word_rword(t->word);
	}
	if (fi >= 0 && fi < r->nframes && r->frames[fi].buf == fbuf) {
		t->raw = fbuf + start;
		t->rawlen = r->frames[fi].pos - start;
		if (t->kind == T_NEWLINE)
			t->rawlen = 0;
	}
	if (t->kind == T_NEWLINE)
		read_heredoc_bodies(p);
}

/* ---- here-documents ---- */

bool lex_heredoc_delim(struct parser *p, struct redir *r)
{
	bool quoted = false;
	struct word *w = scan_delimiter(p, &quoted);
	if (p->failed)
		return false;
	if (!w) {
		p_unexpected(p, tok_peek(p));
		return false;
	}
	r->target = w;
	r->heredoc_quoted = quoted;
	struct heredoc_pending *h = arena_alloc(p->a, sizeof(*h));
	h->r = r;
	h->delim = word_literal_text(p->a, w);
	h->dlen = strlen(h->delim);
	h->strip_tabs = r->kind == R_HEREDOC_TAB;
	h->line = r->line;
	if (p->hd_last)
		p->hd_last->next = h;
	else
		p->hd_head = h;
	p->hd_last = h;
	return true;
}

/* Reads one physical line of a body into text (NULL: the body is a slice of the input, see
 * read_one_heredoc) and, without the backslash-newlines of an unquoted body, into line;
 * returns the character that ended it ('\n' or RD_EOF). */
static int read_body_line(struct parser *p, bool quoted, struct sbuf *text, struct sbuf *line)
{
	struct reader *r = &p->rd;
	int c;
	for (;;) {
		const char *run;
		size_t n = rd_run(r, quoted ? line_stops : body_stops, &run);
		if (n) {
			if (text)
				sb_putn(p->a, text, run, n);
			sb_putn(p->a, line, run, n);
		}
		c = rd_getc_raw(r);
		if (c == RD_EOF || c == '\n')
			break;
		if (c == '\\' && !quoted) {
			int d = rd_peek_raw(r);
			if (d != RD_EOF) {
				rd_getc_raw(r);
				if (text) {
					sb_putc(p->a, text, c);
					sb_putc(p->a, text, d);
				}
				if (d != '\n') {
					sb_putc(p->a, line, c);
					sb_putc(p->a, line, d);
				}
				continue;
			}
		}
		if (text)
			sb_putc(p->a, text, c);
		sb_putc(p->a, line, c);
	}
	return c;
}

/* Copies text[0..*len) into a, without the NUL bytes the reader skips; updates *len. */
static char *copy_without_nuls(struct arena *a, const char *text, size_t *len)
{
	if (!memchr(text, '\0', *len))
		return arena_strndup(a, text, *len);
	char *s = arena_alloc_raw(a, *len + 1);
	size_t n = 0;
	for (size_t i = 0; i < *len; i++)
		if (text[i] != '\0')
			s[n++] = text[i];
	s[n] = '\0';
	*len = n;
	return s;
}

/* Reads the body of h up to its delimiter line. When the text being parsed stays in the arena
 * (a here-document or backquote inside one) and nothing is stripped, the body is a slice of it,
 * not a copy: here-documents nested in $(...) in here-documents then cost memory linear in the
 * script, not quadratic. */
static void read_one_heredoc(struct parser *p, struct heredoc_pending *h)
{
	struct reader *r = &p->rd;
	struct sbuf text = { 0 }, line = { 0 };
	bool quoted = h->r->heredoc_quoted;
	int body_line = r->line;
	/* raw: the body is the input text as it is, copied once at the end (a slice when stable) */
	bool raw = !h->strip_tabs && r->nframes == 1;
	bool slice = raw && p->stable_input;
	const char *start = r->frames[0].buf + r->frames[0].pos;
	for (;;) {
		size_t line_start = raw ? (size_t)(r->frames[0].buf + r->frames[0].pos - start) : text.len;
		line.len = 0;
		if (h->strip_tabs)
			while (rd_peek_raw(r) == '\t')
				rd_getc_raw(r);
		int c = read_body_line(p, quoted, raw ? NULL : &text, &line);
		if (line.len == h->dlen && (h->dlen == 0 || memcmp(line.s, h->delim, h->dlen) == 0)) {
			text.len = line_start;
			break;
		}
		if (c == RD_EOF) {
			if (!r->at_eof) {
				p->hd_waiting = h;
				p_eof(p);
				return;
			}
			if (p->warn) {
				char msg[256];
				snprintf(msg, sizeof(msg),
				         "here-document at line %d delimited by end-of-file (wanted '%.100s')",
				         h->line, h->delim);
				p->warn(p->warn_ctx, r->line, msg);
			}
			if (raw)
				text.len = (size_t)(r->frames[0].buf + r->frames[0].pos - start);
			break;
		}
		if (!raw)
			sb_putc(p->a, &text, '\n');
	}
	if (slice)
		h->r->heredoc_text = start;
	else if (raw)
		h->r->heredoc_text = copy_without_nuls(p->a, start, &text.len);
	else
		h->r->heredoc_text = sb_str(p->a, &text);
	h->r->heredoc_len = text.len;
	if (!quoted)
		h->r->heredoc_body = parse_heredoc_word(p, h->r->heredoc_text, text.len, body_line, true);
}

/* True when line (without its newline) may be the last physical line of a delimiter line: the
 * delimiter itself (after tabs with <<-), or the end of it after a backslash-newline. */
static bool may_end_with(const struct parse_input *in, const char *line, size_t n, bool joined)
{
	const char *d = in->heredoc_wait;
	size_t dlen = in->heredoc_wait_len;
	if (in->heredoc_wait_tabs)
		while (n > 0 && *line == '\t') {
			line++;
			n--;
		}
	if (n == dlen && memcmp(line, d, n) == 0)
		return true;
	return joined && n <= dlen && memcmp(line, d + dlen - n, n) == 0;
}

bool heredoc_may_end(const struct parse_input *in, const char *text, size_t from, size_t len,
                     bool at_eof)
{
	if (!in->heredoc_waiting || in->heredoc_wait_len == 0)
		return true;
	while (from > 0 && text[from - 1] != '\n')
		from--;  /* the line the new text continues */
	while (from < len) {
		const char *nl = memchr(text + from, '\n', len - from);
		if (!nl && !at_eof)
			return false;
		size_t end = nl ? (size_t)(nl - text) : len;
		bool joined = from >= 2 && text[from - 2] == '\\';
		if (may_end_with(in, text + from, end - from, joined))
			return true;
		from = end + 1;
	}
	return at_eof;
}

void read_heredoc_bodies(struct parser *p)
{
	while (p->hd_head && !p->failed) {
		struct heredoc_pending *h = p->hd_head;
		p->hd_head = h->next;
		if (!p->hd_head)
			p->hd_last = NULL;
		read_one_heredoc(p, h);
	}
}
