/* arith_priv.h - internal to the arithmetic evaluator: its tokens and the state of one
 * evaluation, shared by the tokenizer (arith_lex.c) and the evaluator (arith.c). */
#ifndef MINISH_ARITH_PRIV_H
#define MINISH_ARITH_PRIV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct shell;

enum atok {
	A_END, A_NUM, A_NAME, A_LPAREN, A_RPAREN, A_QUEST, A_COLON, A_NOT, A_TILDE, A_COMMA,
	A_INC, A_DEC, A_POW,
	/* binary operators */
	A_MUL, A_DIV, A_MOD, A_ADD, A_SUB, A_SHL, A_SHR, A_LT, A_LE, A_GT, A_GE, A_EQ, A_NE,
	A_BAND, A_BXOR, A_BOR, A_LAND, A_LOR,
	/* assignment operators (A_ASSIGN first, A_OR_A last) */
	A_ASSIGN, A_MUL_A, A_DIV_A, A_MOD_A, A_ADD_A, A_SUB_A, A_SHL_A, A_SHR_A, A_AND_A,
	A_XOR_A, A_OR_A,
	A_BAD,
};

/* A variable reference: name[subscript] (subscript NULL without brackets); the texts point
 * into the expression and are not NUL-terminated. */
struct lvalue {
	const char *name;
	size_t namelen;
	const char *sub;
	size_t sublen;
};

/* One evaluation: the text, the current token and what has gone wrong. */
struct arith {
	struct shell *sh;
	const char *expr;     /* the whole text, for messages */
	const char *p;        /* after the current token */
	const char *start;    /* where the current token starts */
	enum atok tok;
	intmax_t num;         /* A_NUM */
	struct lvalue ref;    /* A_NAME, with its subscript when one follows */
	bool noeval;          /* inside a branch that is parsed but not evaluated */
	bool failed;          /* an error was reported */
	int depth;            /* nesting so far, including enclosing evaluations of variables */
};

/* Reports "EXPR: msg" once and ends the evaluation. */
void arith_fail(struct arith *a, const char *msg);
/* Reads the next token after a->p into a->tok (and a->num or a->ref). */
void arith_next(struct arith *a);
/* Re-reads the text from the second character of the current token (a ++ or -- that is two
 * signs, as in 1++2 or ++5). */
void arith_split_token(struct arith *a);
/* Converts the constant s[0..n) as bash does: decimal, 0 octal, 0x hex, BASE#DIGITS with
 * BASE 2-64; wraps on overflow. False after a message. */
bool arith_constant(struct arith *a, const char *s, size_t n, intmax_t *out);

#endif
