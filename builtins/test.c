/* test.c - the test and [ builtins: POSIX argument-count rules, then recursive descent; what
 * each operator means is in shell/test_ops.c, shared with [[ ]]. */
#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../shell/error.h"
#include "../shell/shell.h"
#include "../shell/test_ops.h"
#include "builtins.h"

/* The state of one evaluation: the arguments (without argv[0] and `]`) and a cursor. */
struct tst {
	struct shell *sh;
	const char *name;   /* "test" or "[" for messages */
	char **av;
	int n;
	int pos;
	bool error;         /* a message was printed: the status is 2 */
};

/* Prints "NAME: [ARG: ]MSG" once and marks the evaluation as failed (status 2). */
static void fail(struct tst *t, const char *arg, const char *msg)
{
	if (t->error)
		return;
	t->error = true;
	if (arg)
		sh_error(t->sh, "%s: %s: %s", t->name, arg, msg);
	else
		sh_error(t->sh, "%s: %s", t->name, msg);
}

static bool is_binop(const char *s)
{
	enum cond_op op = cond_binary_op(s);
	return (op != COP_NONE && op != COP_REGEX) || strcmp(s, "-a") == 0 || strcmp(s, "-o") == 0;
}

/* A binary operator that is not -a/-o (those are connectives in a long expression). */
static bool is_cmp_op(const char *s)
{
	return is_binop(s) && strcmp(s, "-a") != 0 && strcmp(s, "-o") != 0;
}

static bool is_unop(const char *s)
{
	return cond_unary_op(s) != COP_NONE;
}

/* Parses an integer operand: optional blanks, sign, digits, blanks. */
static bool get_int(struct tst *t, const char *s, intmax_t *v)
{
	char *end;
	errno = 0;
	*v = strtoimax(s, &end, 10);
	while (*end == ' ' || *end == '\t')
		end++;
	if (errno || end == s || *end || strspn(s, " \t") == strlen(s)) {
		fail(t, s, "integer expression expected");
		return false;
	}
	return true;
}

static bool unary(struct tst *t, const char *op, const char *arg)
{
	enum cond_op o = cond_unary_op(op);
	if (o == COP_TTY) {
		intmax_t fd;  /* a bad fd number is an error (status 2), as in dash */
		return get_int(t, arg, &fd) && fd >= 0 && fd <= 0x7fffffff && isatty((int)fd);
	}
	if (o == COP_VARSET)
		return test_var_set(t->sh, arg, true);
	return test_unary(t->sh, o, arg);
}

static bool binary(struct tst *t, const char *a, const char *op, const char *b)
{
	intmax_t x, y;
	if (strcmp(op, "-a") == 0)
		return *a && *b;
	if (strcmp(op, "-o") == 0)
		return *a || *b;
	enum cond_op o = cond_binary_op(op);
	if (o == COP_NEWER || o == COP_OLDER || o == COP_SAME_FILE)
		return test_files(o, a, b);
	if (!cond_op_is_int(o))
		return test_strings(o, a, b);
	if (!get_int(t, a, &x) || !get_int(t, b, &y))
		return false;
	return test_ints(o, x, y);
}

static bool expr_or(struct tst *t);

/* primary: ( expr ) | unary-op arg | arg binary-op arg | arg */
static bool primary(struct tst *t)
{
	const char *s;
	bool v;

	if (t->pos >= t->n) {
		fail(t, NULL, "argument expected");
		return false;
	}
	s = t->av[t->pos];
	if (strcmp(s, "(") == 0) {
		t->pos++;
		v = expr_or(t);
		if (t->pos >= t->n || strcmp(t->av[t->pos], ")") != 0) {
			fail(t, NULL, "`)' expected");
			return false;
		}
		t->pos++;
		return v;
	}
	if (t->pos + 2 < t->n && is_cmp_op(t->av[t->pos + 1])) {
		t->pos += 3;
		return binary(t, s, t->av[t->pos - 2], t->av[t->pos - 1]);
	}
	if (is_unop(s)) {
		if (t->pos + 1 >= t->n) {
			fail(t, NULL, "argument expected");
			return false;
		}
		t->pos += 2;
		return unary(t, s, t->av[t->pos - 1]);
	}
	t->pos++;
	return s[0] != '\0';
}

static bool expr_not(struct tst *t)
{
	if (t->pos < t->n && strcmp(t->av[t->pos], "!") == 0) {
		t->pos++;
		return !expr_not(t);
	}
	return primary(t);
}

static bool expr_and(struct tst *t)
{
	bool v = expr_not(t);
	while (!t->error && t->pos < t->n && strcmp(t->av[t->pos], "-a") == 0) {
		bool r;
		t->pos++;
		r = expr_not(t);
		v = v && r;
	}
	return v;
}

static bool expr_or(struct tst *t)
{
	bool v = expr_and(t);
	while (!t->error && t->pos < t->n && strcmp(t->av[t->pos], "-o") == 0) {
		bool r;
		t->pos++;
		r = expr_and(t);
		v = v || r;
	}
	return v;
}

/* The general case: recursive descent over all the arguments from av[start]. */
static bool full_expr(struct tst *t, int start)
{
	bool v;
	t->pos = start;
	v = expr_or(t);
	if (!t->error && t->pos < t->n)
		fail(t, NULL, "too many arguments");
	return v;
}

static bool two_args(struct tst *t, int i)
{
	const char *a = t->av[i], *b = t->av[i + 1];
	if (strcmp(a, "!") == 0)
		return b[0] == '\0';
	if (is_unop(a))
		return unary(t, a, b);
	fail(t, a, "unary operator expected");
	return false;
}

static bool three_args(struct tst *t, int i)
{
	char **av = t->av + i;
	if (is_binop(av[1]))
		return binary(t, av[0], av[1], av[2]);
	if (strcmp(av[0], "!") == 0)
		return !two_args(t, i + 1);
	if (strcmp(av[0], "(") == 0 && strcmp(av[2], ")") == 0)
		return av[1][0] != '\0';
	fail(t, av[1], "binary operator expected");
	return false;
}

/* POSIX: the meaning of 0 to 4 arguments depends on their count. */
static bool eval_n(struct tst *t, int start, int n)
{
	switch (n) {
	case 0:
		return false;
	case 1:
		return t->av[start][0] != '\0';
	case 2:
		return two_args(t, start);
	case 3:
		return three_args(t, start);
	case 4:
		if (strcmp(t->av[start], "!") == 0)
			return !three_args(t, start + 1);
		if (strcmp(t->av[start], "(") == 0 && strcmp(t->av[start + 3], ")") == 0)
			return two_args(t, start + 1);
		return full_expr(t, start);
	default:
		return full_expr(t, start);
	}
}

static int run_test(struct shell *sh, const char *name, int n, char **av)
{
	struct tst t = { .sh = sh, .name = name, .av = av, .n = n };
	bool v = eval_n(&t, 0, n);
	return t.error ? 2 : !v;
}

int bi_test(struct shell *sh, int argc, char **argv)
{
	return run_test(sh, "test", argc - 1, argv + 1);
}

int bi_bracket(struct shell *sh, int argc, char **argv)
{
	if (argc < 2 || strcmp(argv[argc - 1], "]") != 0) {
		sh_error(sh, "[: missing `]'");
		return 2;
	}
	return run_test(sh, "[", argc - 2, argv + 1);
}
