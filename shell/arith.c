/* arith.c - the $(( )) evaluator: C integer expressions on intmax_t, by precedence climbing,
 * with short-circuit evaluation and wrap-around (never undefined) arithmetic. */
#include "arith.h"

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "shell.h"
#include "vars.h"
#include "xalloc.h"

enum { ARITH_MAX_DEPTH = 1000, ARITH_NAME_INLINE = 64 };

enum tok {
	T_END, T_NUM, T_NAME, T_LPAREN, T_RPAREN, T_QUEST, T_COLON, T_NOT, T_TILDE,
	/* binary operators */
	T_MUL, T_DIV, T_MOD, T_ADD, T_SUB, T_SHL, T_SHR, T_LT, T_LE, T_GT, T_GE, T_EQ, T_NE,
	T_BAND, T_BXOR, T_BOR, T_LAND, T_LOR,
	/* assignment operators */
	T_ASSIGN, T_MUL_A, T_DIV_A, T_MOD_A, T_ADD_A, T_SUB_A, T_SHL_A, T_SHR_A, T_AND_A,
	T_XOR_A, T_OR_A,
	T_BAD,
};

struct arith {
	struct shell *sh;
	const char *expr;     /* the whole text, for messages */
	const char *p;        /* after the current token */
	enum tok tok;
	intmax_t num;         /* T_NUM */
	const char *name;     /* T_NAME: start and length in expr */
	size_t namelen;
	bool noeval;          /* inside a branch that is parsed but not evaluated */
	bool failed;          /* an error was reported */
	int depth;
};

static void syntax_error(struct arith *a)
{
	if (!a->failed)
		sh_error(a->sh, "%s: arithmetic syntax error", a->expr);
	a->failed = true;
	a->tok = T_END;
}

static bool is_name_start(char c)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_name_char(char c)
{
	return is_name_start(c) || (c >= '0' && c <= '9');
}

/* Parses a constant in s[0..n): decimal, octal (0...) or hex (0x...); clamps on overflow. */
static bool parse_constant(const char *s, size_t n, intmax_t *out)
{
	char buf[128];
	if (n >= sizeof(buf))
		n = sizeof(buf) - 1;  /* longer constants cannot be valid anyway */
	memcpy(buf, s, n);
	buf[n] = '\0';
	char *end;
	errno = 0;
	*out = strtoimax(buf, &end, 0);
	return end != buf && *end == '\0' && !(n == sizeof(buf) - 1);
}

/* Picks t2 when the next character is c (a two-character operator), else t1. */
static enum tok pick(const char **pp, char c, enum tok t2, enum tok t1)
{
	if ((*pp)[1] == c) {
		*pp += 2;
		return t2;
	}
	*pp += 1;
	return t1;
}

/* Reads the operator at *pp (advancing past it); T_BAD for an unknown character. */
static enum tok operator(const char **pp)
{
	const char *p = *pp;
	switch (*p) {
	case '(': *pp += 1; return T_LPAREN;
	case ')': *pp += 1; return T_RPAREN;
	case '?': *pp += 1; return T_QUEST;
	case ':': *pp += 1; return T_COLON;
	case '~': *pp += 1; return T_TILDE;
	case '!': return pick(pp, '=', T_NE, T_NOT);
	case '*': return pick(pp, '=', T_MUL_A, T_MUL);
	case '/': return pick(pp, '=', T_DIV_A, T_DIV);
	case '%': return pick(pp, '=', T_MOD_A, T_MOD);
	case '+': return pick(pp, '=', T_ADD_A, T_ADD);
	case '-': return pick(pp, '=', T_SUB_A, T_SUB);
	case '^': return pick(pp, '=', T_XOR_A, T_BXOR);
	case '=': return pick(pp, '=', T_EQ, T_ASSIGN);
	case '&':
		if (p[1] == '&') {
			*pp += 2;
			return T_LAND;
		}
		return pick(pp, '=', T_AND_A, T_BAND);
	case '|':
		if (p[1] == '|') {
			*pp += 2;
			return T_LOR;
		}
		return pick(pp, '=', T_OR_A, T_BOR);
	case '<':
		if (p[1] == '<') {
			*pp += 1;
			return pick(pp, '=', T_SHL_A, T_SHL);
		}
		return pick(pp, '=', T_LE, T_LT);
	case '>':
		if (p[1] == '>') {
			*pp += 1;
			return pick(pp, '=', T_SHR_A, T_SHR);
		}
		return pick(pp, '=', T_GE, T_GT);
	default:
		*pp += 1;
		return T_BAD;
	}
}

static void next(struct arith *a)
{
	if (a->failed) {
		a->tok = T_END;
		return;
	}
	const char *p = a->p;
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	if (*p == '\0') {
		a->p = p;
		a->tok = T_END;
		return;
	}
	if (*p >= '0' && *p <= '9') {
		const char *s = p;
		while (is_name_char(*p))
			p++;
		a->p = p;
		a->tok = T_NUM;
		if (!parse_constant(s, (size_t)(p - s), &a->num))
			syntax_error(a);
		return;
	}
	if (is_name_start(*p)) {
		a->name = p;
		while (is_name_char(*p))
			p++;
		if (*p == '[') {
			/* an array element a[i] (bash): the name takes its subscript along */
			const char *q = p;
			for (int depth = 0; *q && !(*q == ']' && --depth == 0); q++)
				depth += *q == '[';
			if (*q)
				p = q + 1;
		}
		a->namelen = (size_t)(p - a->name);
		a->p = p;
		a->tok = T_NAME;
		return;
	}
	a->tok = operator(&p);
	a->p = p;
	if (a->tok == T_BAD)
		syntax_error(a);
}

/* Copies the current name token into buf (or a malloc'd buffer returned to be freed). */
static char *name_copy(const struct arith *a, char *buf, size_t bufsize)
{
	char *s = a->namelen < bufsize ? buf : xmalloc(a->namelen + 1);
	memcpy(s, a->name, a->namelen);
	s[a->namelen] = '\0';
	return s;
}

/* The numeric value of variable name: unset or empty is 0; otherwise it must be a number. */
static intmax_t var_value(struct arith *a, const char *name)
{
	const char *v = NULL;
	if (!strchr(name, '['))
		v = shell_getvar(a->sh, name);
	else if (shell_get_ref(a->sh, name, &v) < 0)
		a->failed = true;
	if (!v)
		return 0;
	const char *s = v;
	while (isspace((unsigned char)*s))
		s++;
	if (*s == '\0')
		return 0;
	char *end;
	intmax_t n = strtoimax(s, &end, 0);
	while (isspace((unsigned char)*end))
		end++;
	if (end == s || *end != '\0') {
		if (!a->failed)
			sh_error(a->sh, "%s: illegal number: %s", name, v);
		a->failed = true;
		a->tok = T_END;
		return 0;
	}
	return n;
}

static intmax_t wrap(uintmax_t u)
{
	return u <= INTMAX_MAX ? (intmax_t)u : -(intmax_t)(UINTMAX_MAX - u) - 1;
}

/* Applies binary operator op; reports division by zero unless in a skipped branch. */
static intmax_t apply(struct arith *a, enum tok op, intmax_t l, intmax_t r)
{
	uintmax_t ul = (uintmax_t)l, ur = (uintmax_t)r;
	switch (op) {
	case T_MUL: case T_MUL_A: return wrap(ul * ur);
	case T_ADD: case T_ADD_A: return wrap(ul + ur);
	case T_SUB: case T_SUB_A: return wrap(ul - ur);
	case T_DIV: case T_DIV_A:
	case T_MOD: case T_MOD_A:
		if (r == 0) {
			if (a->noeval)
				return 0;
			if (!a->failed)
				sh_error(a->sh, "%s: division by zero", a->expr);
			a->failed = true;
			a->tok = T_END;
			return 0;
		}
		if (r == -1)
			return (op == T_DIV || op == T_DIV_A) ? wrap(0 - ul) : 0;
		return (op == T_DIV || op == T_DIV_A) ? l / r : l % r;
	case T_SHL: case T_SHL_A: return wrap(ul << (ur & 63));
	case T_SHR: case T_SHR_A:
		return l >= 0 ? l >> (ur & 63) : ~(~l >> (ur & 63));
	case T_LT: return l < r;
	case T_LE: return l <= r;
	case T_GT: return l > r;
	case T_GE: return l >= r;
	case T_EQ: return l == r;
	case T_NE: return l != r;
	case T_BAND: case T_AND_A: return l & r;
	case T_BXOR: case T_XOR_A: return l ^ r;
	case T_BOR: case T_OR_A: return l | r;
	case T_LAND: return l && r;
	case T_LOR: return l || r;
	case T_ASSIGN: return r;
	case T_END: case T_NUM: case T_NAME: case T_LPAREN: case T_RPAREN: case T_QUEST:
	case T_COLON: case T_NOT: case T_TILDE: case T_BAD:
		break;
	}
	return 0;
}

/* Binding strength of a binary operator token; 0 for anything else. */
static int precedence(enum tok t)
{
	switch (t) {
	case T_LOR: return 1;
	case T_LAND: return 2;
	case T_BOR: return 3;
	case T_BXOR: return 4;
	case T_BAND: return 5;
	case T_EQ: case T_NE: return 6;
	case T_LT: case T_LE: case T_GT: case T_GE: return 7;
	case T_SHL: case T_SHR: return 8;
	case T_ADD: case T_SUB: return 9;
	case T_MUL: case T_DIV: case T_MOD: return 10;
	case T_END: case T_NUM: case T_NAME: case T_LPAREN: case T_RPAREN: case T_QUEST:
	case T_COLON: case T_NOT: case T_TILDE: case T_ASSIGN: case T_MUL_A: case T_DIV_A:
	case T_MOD_A: case T_ADD_A: case T_SUB_A: case T_SHL_A: case T_SHR_A: case T_AND_A:
	case T_XOR_A: case T_OR_A: case T_BAD:
		break;
	}
	return 0;
}

static bool is_assign_op(enum tok t)
{
	return t >= T_ASSIGN && t <= T_OR_A;
}

static intmax_t parse_assign(struct arith *a);
static intmax_t parse_cond(struct arith *a);

/* Counts one level of recursion; false (after a message) past the limit. */
static bool enter(struct arith *a)
{
	if (a->failed)
		return false;
	if (++a->depth > ARITH_MAX_DEPTH) {
		sh_error(a->sh, "%s: arithmetic expression nested too deeply", a->expr);
		a->failed = true;
		a->tok = T_END;
		return false;
	}
	return true;
}

static intmax_t parse_unary(struct arith *a)
{
	if (!enter(a))
		return 0;
	intmax_t v = 0;
	enum tok t = a->tok;
	switch (t) {
	case T_ADD: case T_SUB: case T_NOT: case T_TILDE:
		next(a);
		v = parse_unary(a);
		v = t == T_SUB ? wrap(0 - (uintmax_t)v) : t == T_NOT ? !v : t == T_TILDE ? ~v : v;
		break;
	case T_NUM:
		v = a->num;
		next(a);
		break;
	case T_NAME: {
		char buf[ARITH_NAME_INLINE];
		char *name = name_copy(a, buf, sizeof(buf));
		v = a->noeval ? 0 : var_value(a, name);
		if (name != buf)
			free(name);
		next(a);
		break;
	}
	case T_LPAREN:
		next(a);
		v = parse_assign(a);
		if (a->tok != T_RPAREN)
			syntax_error(a);
		next(a);
		break;
	case T_END: case T_RPAREN: case T_QUEST: case T_COLON: case T_MUL: case T_DIV:
	case T_MOD: case T_SHL: case T_SHR: case T_LT: case T_LE: case T_GT: case T_GE:
	case T_EQ: case T_NE: case T_BAND: case T_BXOR: case T_BOR: case T_LAND: case T_LOR:
	case T_ASSIGN: case T_MUL_A: case T_DIV_A: case T_MOD_A: case T_ADD_A: case T_SUB_A:
	case T_SHL_A: case T_SHR_A: case T_AND_A: case T_XOR_A: case T_OR_A: case T_BAD:
		syntax_error(a);
		break;
	}
	a->depth--;
	return v;
}

static intmax_t parse_binary(struct arith *a, int minprec)
{
	intmax_t lhs = parse_unary(a);
	for (;;) {
		enum tok op = a->tok;
		int prec = precedence(op);
		if (a->failed || prec == 0 || prec < minprec)
			return lhs;
		next(a);
		bool saved = a->noeval;
		if ((op == T_LAND && !lhs) || (op == T_LOR && lhs))
			a->noeval = true;
		intmax_t rhs = parse_binary(a, prec + 1);
		a->noeval = saved;
		lhs = apply(a, op, lhs, rhs);
	}
}

static intmax_t parse_cond(struct arith *a)
{
	if (!enter(a))
		return 0;
	intmax_t c = parse_binary(a, 1);
	if (a->failed || a->tok != T_QUEST) {
		a->depth--;
		return c;
	}
	next(a);
	bool saved = a->noeval;
	a->noeval = saved || !c;
	intmax_t yes = parse_assign(a);
	if (a->tok != T_COLON) {
		syntax_error(a);
		return 0;
	}
	next(a);
	a->noeval = saved || c;
	intmax_t no = parse_cond(a);
	a->noeval = saved;
	a->depth--;
	return c ? yes : no;
}

static intmax_t parse_assign(struct arith *a)
{
	if (a->failed || a->tok != T_NAME)
		return parse_cond(a);
	/* look ahead one token for an assignment operator */
	struct arith save = *a;
	next(a);
	enum tok op = a->tok;
	if (!is_assign_op(op)) {
		*a = save;
		return parse_cond(a);
	}
	if (!enter(a))
		return 0;
	char buf[ARITH_NAME_INLINE];
	char *name = name_copy(&save, buf, sizeof(buf));
	next(a);
	intmax_t r = parse_assign(a);
	intmax_t v = 0;
	if (!a->failed && !a->noeval) {
		v = op == T_ASSIGN ? r : apply(a, op, var_value(a, name), r);
		if (!a->failed) {
			char num[32];
			snprintf(num, sizeof(num), "%" PRIdMAX, v);
			if ((strchr(name, '[') ? shell_set_ref(a->sh, NULL, name, num, false)
			                       : shell_setvar(a->sh, name, num)) < 0) {
				a->failed = true;
				a->tok = T_END;
			}
		}
	}
	if (name != buf)
		free(name);
	a->depth--;
	return v;
}

int arith_eval(struct shell *sh, const char *expr, intmax_t *result)
{
	struct arith a = { .sh = sh, .expr = expr, .p = expr };
	*result = 0;
	next(&a);
	if (a.failed)
		return -1;
	if (a.tok == T_END)
		return 0;
	intmax_t v = parse_assign(&a);
	if (!a.failed && a.tok != T_END)
		syntax_error(&a);
	if (a.failed)
		return -1;
	*result = v;
	return 0;
}
