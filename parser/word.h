/* word.h - a shell word as a list of parts; quoting is data, never in-band bytes. */
#ifndef MINISH_WORD_H
#define MINISH_WORD_H

#include <stdbool.h>
#include <stddef.h>

struct node;
struct word;
struct assign;

enum word_part_kind {
	WP_LITERAL,     /* text; .quoted when it came from '...', "..." or a backslash */
	WP_DQUOTED,     /* "..." : .dq holds the parts inside the quotes */
	WP_PARAM,       /* $name, ${name}, ${name op word}, $1, $@, ... */
	WP_CMDSUB,      /* $(list) or `list` (.backquote) */
	WP_ARITH,       /* $((expr)) : .arith is the expression as a word */
	WP_PROCSUB_IN,  /* <(list) */
	WP_PROCSUB_OUT, /* >(list) */
	WP_TILDE,       /* ~ or ~user at the start of a word or after = / : in assignments */
};

/* ${name OP word}; PARAM_PLAIN for $name and ${name}. */
enum param_op {
	PARAM_PLAIN,
	PARAM_LENGTH,          /* ${#name} */
	PARAM_DEFAULT,         /* ${name-word}  / ${name:-word} */
	PARAM_ASSIGN,          /* ${name=word}  / ${name:=word} */
	PARAM_ERROR,           /* ${name?word}  / ${name:?word} */
	PARAM_ALTERNATE,       /* ${name+word}  / ${name:+word} */
	PARAM_TRIM_SUFFIX,     /* ${name%word} */
	PARAM_TRIM_SUFFIX_MAX, /* ${name%%word} */
	PARAM_TRIM_PREFIX,     /* ${name#word} */
	PARAM_TRIM_PREFIX_MAX, /* ${name##word} */
	PARAM_SUBSTRING,       /* ${name:offset} / ${name:offset:length} (bash) */
	PARAM_REPLACE,         /* ${name/pattern/string} (bash): the first match */
	PARAM_REPLACE_ALL,     /* ${name//pattern/string}: every match */
	PARAM_REPLACE_PREFIX,  /* ${name/#pattern/string}: a match at the start */
	PARAM_REPLACE_SUFFIX,  /* ${name/%pattern/string}: a match at the end */
	PARAM_UPPER_FIRST,     /* ${name^pattern} (bash): the first character, if it matches */
	PARAM_UPPER_ALL,       /* ${name^^pattern}: every matching character */
	PARAM_LOWER_FIRST,     /* ${name,pattern} */
	PARAM_LOWER_ALL,       /* ${name,,pattern} */
	PARAM_TOGGLE_FIRST,    /* ${name~pattern} */
	PARAM_TOGGLE_ALL,      /* ${name~~pattern} */
	PARAM_TRANSFORM,       /* ${name@X} (bash): .transform is the letter X (Q E P A a K k U u L) */
	PARAM_NAMES,           /* ${!prefix*} / ${!prefix@} (bash): names of variables; .name is the
	                          prefix, .transform is '*' or '@' */
};

struct param_exp {
	char *name;        /* "x", "10", "@", "*", "#", "?", "-", "$", "!", "0" */
	char *subscript;   /* bash ${name[subscript]}: the subscript as source text; NULL when absent */
	enum param_op op;
	bool colon;        /* the ':' forms: empty counts as unset */
	struct word *arg;  /* the word after the operator (offset, pattern); NULL for PLAIN and LENGTH */
	struct word *arg2; /* SUBSTRING's length, REPLACE's string; NULL when absent */
	struct word *index; /* the subscript parsed (expanded, then arithmetic or a key); NULL when absent */
	bool indirect;     /* bash ${!name...}: the value names the parameter to expand (with a
	                      subscript @ or *: the indices or keys of an array) */
	char transform;    /* PARAM_TRANSFORM's letter, PARAM_NAMES's '*' or '@'; else 0 */
};

struct word_part {
	enum word_part_kind kind;
	struct word_part *next;
	union {
		struct {
			char *text;  /* NUL-terminated; may hold no NUL itself */
			size_t len;
			bool quoted;
		} lit;                        /* WP_LITERAL */
		struct word_part *dq;         /* WP_DQUOTED: first inner part (may be NULL for "") */
		struct param_exp param;       /* WP_PARAM */
		struct {
			struct node *body;    /* the parsed list; NULL when empty */
			bool backquote;
		} cmd;                        /* WP_CMDSUB, WP_PROCSUB_IN, WP_PROCSUB_OUT */
		struct word *arith;           /* WP_ARITH */
		char *tilde_user;             /* WP_TILDE: "" for plain ~ */
	} u;
};

/* struct word's brace_seen, once asked: no unquoted { (no brace expansion), or some. */
enum { BRACE_NONE = 1, BRACE_SOME = 2 };

struct word {
	struct word_part *parts;  /* NULL only for a here-doc body or an empty arith */
	struct word *next;        /* next word in a list */
	int line, col;            /* where the word starts (1-based) */
	bool declaration;         /* a NAME=value operand of export, readonly or local: expanded
	                             as an assignment (tilde after = and :, no field splitting,
	                             no pathname expansion), as in dash and bash */
	struct assign *compound;  /* a NAME=( ... ) operand of declare, local ... (bash): the
	                             assignment; the parts hold "NAME=" (or "NAME+=") */
	unsigned char brace_seen; /* shell/brace.c's answer for this word, kept for the next run of
	                             it (a loop body): 0 not asked yet, else BRACE_NONE/BRACE_SOME */
};

/* Returns true when no part of w is quoted and no part is an expansion. */
bool word_is_plain_literal(const struct word *w);
/* Returns the literal text of a word made only of literal parts (quoted or not), else NULL;
 * the result points into arena memory owned by the caller's arena (a). */
struct arena;
char *word_literal_text(struct arena *a, const struct word *w);
/* Returns true when any part of w (at any depth) is quoted. */
bool word_has_quotes(const struct word *w);

#endif
