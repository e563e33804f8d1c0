/* arith_lex.c - the tokenizer of arithmetic expressions: constants in every base bash reads,
 * names with their [subscript], and operators. */
#include <stdio.h>
#include <string.h>

#include "arith_priv.h"
#include "error.h"

void arith_fail(struct arith *a, const char *msg)
{
	if (!a->failed)
		sh_error(a->sh, "%s: %s", a->expr, msg);
	a->failed = true;
	a->tok = A_END;
}

static bool is_name_start(char c)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_name_char(char c)
{
	return is_name_start(c) || (c >= '0' && c <= '9');
}

/* The value of digit c in a base up to 64 (bash: 0-9 a-z A-Z @ _, letters of either case
 * being 10-35 up to base 36), or 64 for a character that is no digit. */
static unsigned digit_value(char c, unsigned base)
{
	if (c >= '0' && c <= '9')
		return (unsigned)(c - '0');
	if (c >= 'a' && c <= 'z')
		return (unsigned)(c - 'a') + 10;
	if (c >= 'A' && c <= 'Z')
		return (unsigned)(c - 'A') + (base <= 36 ? 10 : 36);
	if (c == '@')
		return 62;
	if (c == '_')
		return 63;
	return 64;
}

bool arith_constant(struct arith *a, const char *s, size_t n, intmax_t *out)
{
	const char *end = s + n;
	unsigned base = 10;
	bool prefixed = false;  /* 0 or 0x chose the base: no BASE# may follow */
	if (n >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		s += 2;
		prefixed = true;
		if (s == end) {
			arith_fail(a, "arithmetic syntax error");
			return false;
		}
	} else if (n >= 2 && s[0] == '0') {
		base = 8;
		s++;
		prefixed = true;
	}
	uintmax_t v = 0;
	bool hash = false;
	for (const char *c = s; c < end; c++) {
		if (*c == '#') {
			if (hash || prefixed || c == s) {
				arith_fail(a, "invalid number");
				return false;
			}
			if (v < 2 || v > 64) {
				arith_fail(a, "invalid arithmetic base");
				return false;
			}
			if (c + 1 == end) {
				arith_fail(a, "invalid integer constant");
				return false;
			}
			base = (unsigned)v;
			v = 0;
			hash = true;
			continue;
		}
		unsigned d = digit_value(*c, base);
		if (d >= base) {
			arith_fail(a, hash ? "value too great for base" : "arithmetic syntax error");
			return false;
		}
		v = v * base + d;  /* wraps, as bash's does */
	}
	*out = v <= INTMAX_MAX ? (intmax_t)v : -(intmax_t)(UINTMAX_MAX - v) - 1;
	return true;
}

/* Picks t2 when the next character is c (a two-character operator), else t1. */
static enum atok pick(const char **pp, char c, enum atok t2, enum atok t1)
{
	if ((*pp)[1] == c) {
		*pp += 2;
		return t2;
	}
	*pp += 1;
	return t1;
}

/* + - *: doubled (++ -- **), with = (+= -= *=), or alone. */
static enum atok pick3(const char **pp, enum atok twice, enum atok assign, enum atok one)
{
	char c = **pp;
	if ((*pp)[1] == c) {
		*pp += 2;
		return twice;
	}
	return pick(pp, '=', assign, one);
}

/* Reads the operator at *pp (advancing past it); A_BAD for an unknown character. */
static enum atok operator(const char **pp)
{
	const char *p = *pp;
	switch (*p) {
	case '(': *pp += 1; return A_LPAREN;
	case ')': *pp += 1; return A_RPAREN;
	case '?': *pp += 1; return A_QUEST;
	case ':': *pp += 1; return A_COLON;
	case '~': *pp += 1; return A_TILDE;
	case ',': *pp += 1; return A_COMMA;
	case '!': return pick(pp, '=', A_NE, A_NOT);
	case '*': return pick3(pp, A_POW, A_MUL_A, A_MUL);
	case '+': return pick3(pp, A_INC, A_ADD_A, A_ADD);
	case '-': return pick3(pp, A_DEC, A_SUB_A, A_SUB);
	case '/': return pick(pp, '=', A_DIV_A, A_DIV);
	case '%': return pick(pp, '=', A_MOD_A, A_MOD);
	case '^': return pick(pp, '=', A_XOR_A, A_BXOR);
	case '=': return pick(pp, '=', A_EQ, A_ASSIGN);
	case '&':
		if (p[1] == '&') {
			*pp += 2;
			return A_LAND;
		}
		return pick(pp, '=', A_AND_A, A_BAND);
	case '|':
		if (p[1] == '|') {
			*pp += 2;
			return A_LOR;
		}
		return pick(pp, '=', A_OR_A, A_BOR);
	case '<':
		if (p[1] == '<') {
			*pp += 1;
			return pick(pp, '=', A_SHL_A, A_SHL);
		}
		return pick(pp, '=', A_LE, A_LT);
	case '>':
		if (p[1] == '>') {
			*pp += 1;
			return pick(pp, '=', A_SHR_A, A_SHR);
		}
		return pick(pp, '=', A_GE, A_GT);
	default:
		*pp += 1;
		return A_BAD;
	}
}

/* After a name: its [subscript] up to the matching ], kept as text. */
static bool read_subscript(struct arith *a, const char **pp)
{
	const char *p = *pp + 1;
	int depth = 0;
	for (; *p; p++) {
		if (*p == '[') {
			depth++;
		} else if (*p == ']' && depth-- == 0) {
			a->ref.sub = *pp + 1;
			a->ref.sublen = (size_t)(p - a->ref.sub);
			*pp = p + 1;
			return true;
		}
	}
	arith_fail(a, "bad array subscript");
	return false;
}

void arith_next(struct arith *a)
{
	if (a->failed) {
		a->tok = A_END;
		return;
	}
	const char *p = a->p;
	while (*p == ' ' || *p == '\t' || *p == '\n')
		p++;
	a->start = p;
	if (*p == '\0') {
		a->p = p;
		a->tok = A_END;
		return;
	}
	if (*p >= '0' && *p <= '9') {
		const char *s = p;
		while (is_name_char(*p) || *p == '#' || *p == '@')
			p++;
		a->p = p;
		a->tok = A_NUM;
		arith_constant(a, s, (size_t)(p - s), &a->num);
		return;
	}
	if (is_name_start(*p)) {
		a->ref.name = p;
		while (is_name_char(*p))
			p++;
		a->ref.namelen = (size_t)(p - a->ref.name);
		a->ref.sub = NULL;
		a->ref.sublen = 0;
		if (*p == '[' && !read_subscript(a, &p))
			return;
		a->p = p;
		a->tok = A_NAME;
		return;
	}
	a->tok = operator(&p);
	a->p = p;
	if (a->tok == A_BAD)
		arith_fail(a, "arithmetic syntax error");
}

void arith_split_token(struct arith *a)
{
	a->p = a->start + 1;
	arith_next(a);
}
