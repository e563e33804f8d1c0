/* arith.c - the arithmetic evaluator of $(( )), (( )), let and for (( )): bash's C-like
 * integer expressions on intmax_t by precedence climbing, evaluated while parsed, with
 * short-circuit branches parsed but not evaluated, wrap-around (never undefined) arithmetic,
 * ++ and --, **, the comma operator, and variables whose values are expressions themselves. */
#include "arith.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arith_priv.h"
#include "error.h"
#include "shell.h"
#include "stack.h"
#include "vars.h"
#include "xalloc.h"

/* Without a stack floor (unit tests) nesting stops at a count; with one, at the stack. */
enum { ARITH_MAX_DEPTH = 1000, ARITH_MAX_DEPTH_STACK = 1000000, ARITH_NAME_INLINE = 64 };

static intmax_t wrap(uintmax_t u)
{
	return u <= INTMAX_MAX ? (intmax_t)u : -(intmax_t)(UINTMAX_MAX - u) - 1;
}

static void syntax_error(struct arith *a)
{
	arith_fail(a, "arithmetic syntax error");
}

/* Counts one level of recursion; false (after a message) past the limit. */
static bool enter(struct arith *a)
{
	if (a->failed)
		return false;
	if (++a->depth > (a->sh->stack_floor ? ARITH_MAX_DEPTH_STACK : ARITH_MAX_DEPTH) ||
	    stack_low(a->sh->stack_floor)) {
		arith_fail(a, "arithmetic expression nested too deeply");
		return false;
	}
	return true;
}

/* ---- variables: the one place values are read and written ---- */

/* Copies s[0..n) NUL-terminated into buf (or a malloc'd buffer, to be freed when != buf). */
static char *copy_text(const char *s, size_t n, char *buf, size_t bufsize)
{
	char *c = n < bufsize ? buf : xmalloc(n + 1);
	memcpy(c, s, n);
	c[n] = '\0';
	return c;
}

static int eval_text(struct shell *sh, const char *text, int depth, intmax_t *result);

/* The subscript sub of name[sub] as arithmetic uses it: for an associative array, a key written
 * in single quotes is the text between them (bash: m['k'] is m[k]; double quotes are gone with
 * the expansion of the expression), cut out of sub in place; any other subscript is left to the
 * arithmetic (where a ' is an error). */
static const char *element_key(struct arith *a, const char *name, char *sub)
{
	size_t n = strlen(sub);
	if (n < 2 || sub[0] != '\'' || sub[n - 1] != '\'' || memchr(sub + 1, '\'', n - 2))
		return sub;
	const char *base = vars_resolve(a->sh->vars, name);
	const struct var *v = base ? vars_lookup(a->sh->vars, base) : NULL;
	if (!v || !var_assoc(v))
		return sub;
	sub[n - 1] = '\0';
	return sub + 1;
}

/* Reads variable lv (name, and the text of its [subscript] when it has one: an element of an
 * array, element 0 of a scalar) into *value (NULL when unset), the variable's own text: valid
 * until the next change of a variable.  False after an error.  Every read of a variable in
 * arithmetic comes through here. */
static bool arith_var_get(struct arith *a, const struct lvalue *lv, const char **value)
{
	char buf[ARITH_NAME_INLINE], sbuf[ARITH_NAME_INLINE];
	char *name = copy_text(lv->name, lv->namelen, buf, sizeof(buf));
	const char *v = NULL;
	int rc = 0;
	if (lv->sub) {
		char *sub = copy_text(lv->sub, lv->sublen, sbuf, sizeof(sbuf));
		rc = shell_get_element(a->sh, name, element_key(a, name, sub), &v);
		if (sub != sbuf)
			free(sub);
	} else {
		v = shell_getvar(a->sh, name);
	}
	if (name != buf)
		free(name);
	*value = v;
	if (rc < 0) {
		a->failed = true;
		a->tok = A_END;
	}
	return rc == 0;
}

/* Writes v to variable lv (see arith_var_get: an element of an array; a scalar with a
 * subscript other than 0 becomes an array, as in bash); false after an error.  Every
 * assignment made by arithmetic comes through here. */
static bool arith_var_set(struct arith *a, const struct lvalue *lv, intmax_t v)
{
	char num[32];
	snprintf(num, sizeof(num), "%jd", v);
	char buf[ARITH_NAME_INLINE], sbuf[ARITH_NAME_INLINE];
	char *name = copy_text(lv->name, lv->namelen, buf, sizeof(buf));
	int rc;
	if (lv->sub) {
		char *sub = copy_text(lv->sub, lv->sublen, sbuf, sizeof(sbuf));
		rc = shell_set_element(a->sh, name, element_key(a, name, sub), num, false);
		if (sub != sbuf)
			free(sub);
	} else {
		rc = shell_setvar(a->sh, name, num);
	}
	if (name != buf)
		free(name);
	if (rc < 0) {
		a->failed = true;
		a->tok = A_END;
	}
	return rc == 0;
}

/* A plain decimal number with optional blanks and sign around it (the common value). */
static bool plain_number(const char *s, intmax_t *out)
{
	while (*s == ' ' || *s == '\t' || *s == '\n')
		s++;
	bool neg = *s == '-';
	if (*s == '-' || *s == '+')
		s++;
	if (*s < '0' || *s > '9' || (*s == '0' && s[1] >= '0' && s[1] <= '9'))
		return false;  /* not a number, or octal */
	uintmax_t v = 0;
	int n = 0;
	for (; *s >= '0' && *s <= '9'; s++, n++)
		v = v * 10 + (uintmax_t)(*s - '0');
	while (*s == ' ' || *s == '\t' || *s == '\n')
		s++;
	if (*s || n > 18)
		return false;
	*out = neg ? -(intmax_t)v : (intmax_t)v;
	return true;
}

/* The numeric value of variable lv: unset or empty is 0; any other value is evaluated as
 * an expression of its own (bash: x=y y=3 makes x 3). */
static intmax_t var_value(struct arith *a, const struct lvalue *lv)
{
	const char *v;
	if (a->noeval || !arith_var_get(a, lv, &v))
		return 0;
	if (!v) {
		if (a->sh->opt.nounset) {
			/* as ${x} under set -u: fatal in a script (sh->expand_error 2) */
			sh_error(a->sh, "%.*s%s%.*s%s: unbound variable", (int)lv->namelen, lv->name,
			         lv->sub ? "[" : "", (int)lv->sublen, lv->sub ? lv->sub : "", lv->sub ? "]" : "");
			a->sh->expand_error = 2;
			a->failed = true;
			a->tok = A_END;
		}
		return 0;
	}
	intmax_t n;
	if (plain_number(v, &n))
		return n;
	char *text = xstrdup(v);  /* evaluating it may change the variable */
	if (eval_text(a->sh, text, a->depth, &n) < 0) {
		a->failed = true;
		a->tok = A_END;
		n = 0;
	}
	free(text);
	return n;
}

/* ---- operators ---- */

static intmax_t power(struct arith *a, intmax_t base, intmax_t exp)
{
	if (exp < 0) {
		if (!a->noeval)
			arith_fail(a, "exponent less than 0");
		return 0;
	}
	uintmax_t r = 1, b = (uintmax_t)base;
	for (uintmax_t e = (uintmax_t)exp; e; e >>= 1) {
		if (e & 1)
			r *= b;
		b *= b;
	}
	return wrap(r);
}

/* Applies binary operator op; reports division by zero unless in a skipped branch. */
static intmax_t apply(struct arith *a, enum atok op, intmax_t l, intmax_t r)
{
	uintmax_t ul = (uintmax_t)l, ur = (uintmax_t)r;
	switch (op) {
	case A_MUL: case A_MUL_A: return wrap(ul * ur);
	case A_ADD: case A_ADD_A: return wrap(ul + ur);
	case A_SUB: case A_SUB_A: return wrap(ul - ur);
	case A_DIV: case A_DIV_A:
	case A_MOD: case A_MOD_A:
		if (r == 0) {
			if (!a->noeval)
				arith_fail(a, "division by zero");
			return 0;
		}
		if (r == -1)
			return (op == A_DIV || op == A_DIV_A) ? wrap(0 - ul) : 0;
		return (op == A_DIV || op == A_DIV_A) ? l / r : l % r;
	case A_SHL: case A_SHL_A: return wrap(ul << (ur & 63));
	case A_SHR: case A_SHR_A:
		return l >= 0 ? l >> (ur & 63) : ~(~l >> (ur & 63));
	case A_LT: return l < r;
	case A_LE: return l <= r;
	case A_GT: return l > r;
	case A_GE: return l >= r;
	case A_EQ: return l == r;
	case A_NE: return l != r;
	case A_BAND: case A_AND_A: return l & r;
	case A_BXOR: case A_XOR_A: return l ^ r;
	case A_BOR: case A_OR_A: return l | r;
	case A_LAND: return l && r;
	case A_LOR: return l || r;
	case A_ASSIGN: return r;
	case A_POW: return power(a, l, r);
	case A_END: case A_NUM: case A_NAME: case A_LPAREN: case A_RPAREN: case A_QUEST:
	case A_COLON: case A_NOT: case A_TILDE: case A_COMMA: case A_INC: case A_DEC: case A_BAD:
		break;
	}
	return 0;
}

/* Binding strength of a binary operator token; 0 for anything else. */
static int precedence(enum atok t)
{
	switch (t) {
	case A_LOR: return 1;
	case A_LAND: return 2;
	case A_BOR: return 3;
	case A_BXOR: return 4;
	case A_BAND: return 5;
	case A_EQ: case A_NE: return 6;
	case A_LT: case A_LE: case A_GT: case A_GE: return 7;
	case A_SHL: case A_SHR: return 8;
	case A_ADD: case A_SUB: case A_INC: case A_DEC: return 9;
	case A_MUL: case A_DIV: case A_MOD: return 10;
	case A_END: case A_NUM: case A_NAME: case A_LPAREN: case A_RPAREN: case A_QUEST:
	case A_COLON: case A_NOT: case A_TILDE: case A_COMMA: case A_POW: case A_ASSIGN:
	case A_MUL_A: case A_DIV_A: case A_MOD_A: case A_ADD_A: case A_SUB_A: case A_SHL_A:
	case A_SHR_A: case A_AND_A: case A_XOR_A: case A_OR_A: case A_BAD:
		break;
	}
	return 0;
}

static bool is_assign_op(enum atok t)
{
	return t >= A_ASSIGN && t <= A_OR_A;
}

/* ---- the grammar, lowest precedence first ---- */

static intmax_t parse_comma(struct arith *a);
static intmax_t parse_unary(struct arith *a);

/* ++NAME or --NAME (inc is +1 or -1): the new value; NAME++ / NAME-- (post): the old one. */
static intmax_t increment(struct arith *a, const struct lvalue *lv, int inc, bool post)
{
	intmax_t old = var_value(a, lv);
	intmax_t v = wrap((uintmax_t)old + (uintmax_t)(intmax_t)inc);
	if (!a->failed && !a->noeval)
		arith_var_set(a, lv, v);
	return post ? old : v;
}

/* NUMBER, NAME, NAME++, NAME--, ( expression ) */
static intmax_t parse_primary(struct arith *a)
{
	intmax_t v = 0;
	switch (a->tok) {
	case A_NUM:
		v = a->num;
		arith_next(a);
		return v;
	case A_NAME: {
		struct lvalue lv = a->ref;
		arith_next(a);
		if (a->tok == A_INC || a->tok == A_DEC) {
			int inc = a->tok == A_INC ? 1 : -1;
			arith_next(a);
			return increment(a, &lv, inc, true);
		}
		return var_value(a, &lv);
	}
	case A_LPAREN:
		arith_next(a);
		v = parse_comma(a);
		if (a->tok != A_RPAREN)
			syntax_error(a);
		arith_next(a);
		return v;
	case A_END: case A_RPAREN: case A_QUEST: case A_COLON: case A_NOT: case A_TILDE:
	case A_COMMA: case A_INC: case A_DEC: case A_POW: case A_MUL: case A_DIV: case A_MOD:
	case A_ADD: case A_SUB: case A_SHL: case A_SHR: case A_LT: case A_LE: case A_GT:
	case A_GE: case A_EQ: case A_NE: case A_BAND: case A_BXOR: case A_BOR: case A_LAND:
	case A_LOR: case A_ASSIGN: case A_MUL_A: case A_DIV_A: case A_MOD_A: case A_ADD_A:
	case A_SUB_A: case A_SHL_A: case A_SHR_A: case A_AND_A: case A_XOR_A: case A_OR_A:
	case A_BAD:
		break;
	}
	syntax_error(a);
	return 0;
}

/* ++ or -- in front of an operand: an increment when a name follows, else two signs
 * (bash: ++5 is 5, --5 is 5). */
static intmax_t parse_prefix_step(struct arith *a)
{
	enum atok op = a->tok;
	struct arith save = *a;
	arith_next(a);
	if (a->tok == A_NAME) {
		struct lvalue lv = a->ref;
		arith_next(a);
		return increment(a, &lv, op == A_INC ? 1 : -1, false);
	}
	*a = save;
	arith_split_token(a);
	intmax_t v = parse_unary(a);
	return op == A_DEC ? wrap(0 - (uintmax_t)v) : v;
}

/* ! ~ + - ++ -- in front of an operand */
static intmax_t parse_unary(struct arith *a)
{
	if (!enter(a))
		return 0;
	intmax_t v = 0;
	enum atok t = a->tok;
	switch (t) {
	case A_ADD: case A_SUB: case A_NOT: case A_TILDE:
		arith_next(a);
		v = parse_unary(a);
		v = t == A_SUB ? wrap(0 - (uintmax_t)v) : t == A_NOT ? !v : t == A_TILDE ? ~v : v;
		break;
	case A_INC: case A_DEC:
		v = parse_prefix_step(a);
		break;
	case A_END: case A_NUM: case A_NAME: case A_LPAREN: case A_RPAREN: case A_QUEST:
	case A_COLON: case A_COMMA: case A_POW: case A_MUL: case A_DIV: case A_MOD: case A_SHL:
	case A_SHR: case A_LT: case A_LE: case A_GT: case A_GE: case A_EQ: case A_NE: case A_BAND:
	case A_BXOR: case A_BOR: case A_LAND: case A_LOR: case A_ASSIGN: case A_MUL_A:
	case A_DIV_A: case A_MOD_A: case A_ADD_A: case A_SUB_A: case A_SHL_A: case A_SHR_A:
	case A_AND_A: case A_XOR_A: case A_OR_A: case A_BAD:
		v = parse_primary(a);
		break;
	}
	a->depth--;
	return v;
}

/* unary [** power]: right-associative, binding less tightly than a sign (-2**2 is 4). */
static intmax_t parse_power(struct arith *a)
{
	intmax_t base = parse_unary(a);
	if (a->failed || a->tok != A_POW)
		return base;
	if (!enter(a))
		return 0;
	arith_next(a);
	intmax_t exp = parse_power(a);
	a->depth--;
	return a->failed ? 0 : apply(a, A_POW, base, exp);
}

static intmax_t parse_binary(struct arith *a, int minprec)
{
	intmax_t lhs = parse_power(a);
	for (;;) {
		enum atok op = a->tok;
		int prec = precedence(op);
		if (a->failed || prec == 0 || prec < minprec)
			return lhs;
		if (op == A_INC || op == A_DEC) {
			/* 1++2 is 1 + +2: the first sign is the operator */
			op = op == A_INC ? A_ADD : A_SUB;
			arith_split_token(a);
		} else {
			arith_next(a);
		}
		bool saved = a->noeval;
		if ((op == A_LAND && !lhs) || (op == A_LOR && lhs))
			a->noeval = true;
		intmax_t rhs = parse_binary(a, prec + 1);
		a->noeval = saved;
		lhs = apply(a, op, lhs, rhs);
	}
}

/* binary [? expression : conditional] */
static intmax_t parse_cond(struct arith *a)
{
	if (!enter(a))
		return 0;
	intmax_t c = parse_binary(a, 1);
	if (a->failed || a->tok != A_QUEST) {
		a->depth--;
		return c;
	}
	arith_next(a);
	bool saved = a->noeval;
	a->noeval = saved || !c;
	intmax_t yes = parse_comma(a);
	if (a->tok != A_COLON) {
		syntax_error(a);
		return 0;
	}
	arith_next(a);
	a->noeval = saved || c;
	intmax_t no = parse_cond(a);
	a->noeval = saved;
	a->depth--;
	return c ? yes : no;
}

/* NAME op= assignment | conditional */
static intmax_t parse_assign(struct arith *a)
{
	if (a->failed || a->tok != A_NAME)
		return parse_cond(a);
	/* look ahead one token for an assignment operator */
	struct arith save = *a;
	arith_next(a);
	enum atok op = a->tok;
	if (!is_assign_op(op)) {
		*a = save;
		return parse_cond(a);
	}
	if (!enter(a))
		return 0;
	struct lvalue lv = save.ref;
	arith_next(a);
	intmax_t r = parse_assign(a);
	intmax_t v = 0;
	if (!a->failed && !a->noeval) {
		v = op == A_ASSIGN ? r : apply(a, op, var_value(a, &lv), r);
		if (!a->failed)
			arith_var_set(a, &lv, v);
	}
	a->depth--;
	return v;
}

/* assignment [, assignment]... */
static intmax_t parse_comma(struct arith *a)
{
	intmax_t v = parse_assign(a);
	while (!a->failed && a->tok == A_COMMA) {
		arith_next(a);
		v = parse_assign(a);
	}
	return v;
}

/* Evaluates text as a whole expression, depth levels deep already. */
static int eval_text(struct shell *sh, const char *text, int depth, intmax_t *result)
{
	struct arith a = { .sh = sh, .expr = text, .p = text, .depth = depth };
	*result = 0;
	arith_next(&a);
	if (a.failed)
		return -1;
	if (a.tok == A_END)
		return 0;
	intmax_t v = parse_comma(&a);
	if (!a.failed && a.tok != A_END)
		syntax_error(&a);
	if (a.failed)
		return -1;
	*result = v;
	return 0;
}

int arith_eval(struct shell *sh, const char *expr, intmax_t *result)
{
	return eval_text(sh, expr, 0, result);
}
