/* parser.h - recursive descent parser for the POSIX shell grammar plus bash extensions. */
#ifndef MINISH_PARSER_H
#define MINISH_PARSER_H

#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>

#include "ast.h"

struct arena;

enum parse_status {
	PARSE_OK,          /* *out is one complete command line (NULL for a blank/comment line) */
	PARSE_EOF,         /* nothing but blanks/comments up to the end of the input (at_eof) */
	PARSE_INCOMPLETE,  /* the input ends inside a construct and more may come (!at_eof) */
	PARSE_ERROR,       /* a syntax error; err says where and what */
};

struct parse_error {
	int line, col;       /* position of the offending token */
	char token[64];      /* the offending token text, "newline" or "end of file" */
	char message[192];   /* full message without prefix, e.g.
	                        "syntax error near unexpected token 'fi'" */
};

/* Returns the value of alias name, or NULL; ctx is parse_input.alias_ctx. */
typedef const char *alias_lookup_fn(void *ctx, const char *name);
/* Receives a warning such as a here-document ended by end of file. */
typedef void parse_warn_fn(void *ctx, int line, const char *message);

struct parse_input {
	const char *buf;     /* all text available so far (need not be NUL-terminated) */
	size_t len;
	size_t pos;          /* where parsing starts; advanced past what was consumed on PARSE_OK/EOF */
	int line;            /* line number at pos (1-based); advanced with pos */
	bool at_eof;         /* no more text will follow buf[len] */
	alias_lookup_fn *alias_lookup;  /* may be NULL */
	void *alias_ctx;
	parse_warn_fn *warn;            /* may be NULL */
	void *warn_ctx;
	int max_depth;       /* nesting limit (0: default 1000); deeper input is a syntax error */
	uintptr_t stack_floor;  /* nesting also stops where the stack pointer passes this address
	                           (0: only max_depth counts) */
	bool extglob;        /* ?(...) *(...) +(...) @(...) !(...) are parts of words (bash's
	                        shopt extglob; always so in the patterns of [[ ]]) */
	/* Out, on PARSE_INCOMPLETE: the input ends inside the body of the here-document with this
	 * delimiter; until a line that may end it comes (heredoc_may_end), more text cannot
	 * complete the command and need not be parsed again. */
	bool heredoc_waiting;
	bool heredoc_wait_tabs;           /* <<- : leading tabs are stripped */
	size_t heredoc_wait_len;
	char heredoc_wait[128];
};

/* Parses the next complete command (a list ended by newline or end of input, with
 * the bodies of its here-documents) into arena a.  On PARSE_INCOMPLETE and PARSE_ERROR,
 * in->pos and in->line are left unchanged. */
enum parse_status parse_next(struct arena *a, struct parse_input *in, struct node **out,
                             struct parse_error *err);

/* After PARSE_INCOMPLETE with in->heredoc_waiting: returns false when none of the lines of
 * text[from..len) can end the here-document (a line is whole when a newline ends it, or at_eof),
 * true when one may (then the command must be parsed again). */
bool heredoc_may_end(const struct parse_input *in, const char *text, size_t from, size_t len,
                     bool at_eof);

/* Parses a whole string as one program (all its command lines joined in one N_LIST);
 * used by tests and the fuzzer.  at_eof is true; aliases are not expanded. */
enum parse_status parse_string(struct arena *a, const char *s, size_t len, struct node **out,
                               struct parse_error *err);

/* As parse_string, with extglob groups read as parts of words (parse_input.extglob). */
enum parse_status parse_string_extglob(struct arena *a, const char *s, size_t len,
                                       struct node **out, struct parse_error *err);

/* Parses text as the body of an unquoted here-document: $..., `...` and a backslash before
 * $ ` \ or newline are special, quotes are not (used for prompt strings).  Returns the word,
 * or NULL with *err filled in (err may be NULL). */
struct word *parse_expandable_text(struct arena *a, const char *text, size_t len, struct parse_error *err);

/* Parses text "( elements )" as the elements of a compound assignment (for declare -a
 * "a=(1 2)", whose value bash reads this way at run time). Sets *ok; NULL for no elements
 * or an error (then *err is filled in; err may be NULL). */
struct assign_elem *parse_compound_text(struct arena *a, const char *text, size_t len,
                                        bool *ok, struct parse_error *err);

/* Parses text as the subscript of an array element given as text (unset 'a["k"]',
 * printf -v 'a[$i]', a nameref to 'm[$k]'): quotes and expansions as in ${a[...]}. Returns
 * the word, or NULL with *err filled in (err may be NULL). */
struct word *parse_subscript_text(struct arena *a, const char *text, size_t len,
                                  struct parse_error *err);

/* Returns true when s is a valid shell variable name (letters, digits, _; not starting with a digit). */
bool is_name(const char *s, size_t len);

#endif
