/* parse_priv.h - internal to parser/: parser state shared by the grammar, word and lexer files. */
#ifndef MINISH_PARSE_PRIV_H
#define MINISH_PARSE_PRIV_H

#include <stdbool.h>

#include "ast.h"
#include "lexer.h"
#include "parser.h"

/* A here-document whose body has not been read yet. */
struct heredoc_pending {
	struct redir *r;
	const char *delim;
	size_t dlen;
	bool strip_tabs;
	int line;                  /* line of the << operator */
	struct heredoc_pending *next;
};

/* The whole state of one parse; nothing is global. */
struct parser {
	struct arena *a;
	struct reader rd;
	struct token tok;          /* one token of lookahead */
	bool have_tok;
	struct heredoc_pending *hd_head, *hd_last;
	const struct heredoc_pending *hd_waiting;  /* its body ran into the end of the input */
	int depth, max_depth;
	uintptr_t stack_floor;     /* see parse_input.stack_floor */
	alias_lookup_fn *alias_lookup;
	void *alias_ctx;
	parse_warn_fn *warn;
	void *warn_ctx;
	bool stable_input;         /* the text lives in the arena as long as the tree: a here-document
	                              body may point into it instead of being copied */
	bool extglob;              /* words take ?(...) *(...) +(...) @(...) !(...) groups */
	bool failed;               /* once set, every function returns at once */
	enum parse_status status;  /* PARSE_ERROR or PARSE_INCOMPLETE once failed */
	struct parse_error *err;
};

/* Collects list items; finish() returns NULL, the single item, or an N_LIST (which is made
 * only when a second item or a background item comes). */
struct list_builder {
	struct node *list;
	struct list_item **tail;
	struct node *first;        /* the lone foreground item while list is NULL */
};

/* --- parser.c: state, errors, tokens, lists, simple commands --- */

/* Sets up p to read buf[pos..len); errors go to err. */
void parser_init(struct parser *p, struct arena *a, const char *buf, size_t len, size_t pos,
                 int line, int col, bool at_eof, struct parse_error *err);
/* Sets up sub to parse text (a backquote or here-doc body) with p's settings; stable: the text
 * lives in p's arena as long as the tree (see struct parser). */
void parser_init_sub(struct parser *sub, const struct parser *p, const char *text, size_t len,
                     int line, int col, bool stable);
/* Copies a failed sub-parser's status into p. */
void parser_take_failure(struct parser *p, const struct parser *sub);
/* Records a syntax error with its own message (first error wins). */
void p_error(struct parser *p, int line, int col, const char *token, const char *message);
/* Reports token t as unexpected (end of input: incomplete or "unexpected end of file"). */
void p_unexpected(struct parser *p, const struct token *t);
/* The input ended inside a construct at line:col. */
void p_eof_at(struct parser *p, int line, int col);
/* The input ended inside a construct at the reader's position. */
void p_eof(struct parser *p);
/* Enters one nesting level; false (error set) when too deep. */
bool p_enter(struct parser *p, int line, int col, const char *what);
/* Leaves one nesting level. */
void p_leave(struct parser *p);

/* Lexes the next token into the lookahead (which is empty). */
void tok_fill(struct parser *p);
/* tok_peek_cmd's general case: alias lookups on a word not yet checked. */
struct token *tok_peek_cmd_slow(struct parser *p);

/* Returns the lookahead token, lexing it if needed. */
static inline struct token *tok_peek(struct parser *p)
{
	if (!p->have_tok)
		tok_fill(p);
	return &p->tok;
}

/* Like tok_peek, but expands an alias in command position first. */
static inline struct token *tok_peek_cmd(struct parser *p)
{
	struct token *t = tok_peek(p);
	if (t->kind != T_WORD || t->alias_checked || !p->alias_lookup || p->failed)
		return t;
	return tok_peek_cmd_slow(p);
}

/* Like tok_peek, but a word that follows an alias value ending in a blank is itself checked for
 * an alias (POSIX 2.3.1), as in a for loop's name and word list. */
static inline struct token *tok_peek_after_alias(struct parser *p)
{
	struct token *t = tok_peek(p);
	return t->kind == T_WORD && t->alias_ok ? tok_peek_cmd(p) : t;
}

/* Consumes the lookahead token. */
static inline void tok_next(struct parser *p)
{
	p->have_tok = false;
}
/* Returns the text of t when it is one unquoted literal (a possible reserved word), else NULL. */
const char *tok_word_text(const struct token *t);
/* True when t is the reserved word w (as an unquoted word where the grammar expects one). */
static inline bool tok_is(const struct token *t, enum rword w)
{
	return t->kind == T_WORD && t->rw == w;
}
/* Skips newline tokens (a "linebreak" in the grammar). */
void skip_newlines(struct parser *p);
/* Consumes the reserved word w or reports the token found instead. */
bool expect_word(struct parser *p, enum rword w);
/* Consumes a token of kind k or reports the token found instead. */
bool expect_tok(struct parser *p, enum tok_kind k);

/* Starts an empty list builder. */
void lb_init(struct list_builder *b);
/* Adds an and-or list (background when ended by &). */
void lb_add(struct parser *p, struct list_builder *b, struct node *cmd, bool background);
/* Returns what was built: NULL, the lone foreground command, or an N_LIST. */
struct node *lb_finish(struct list_builder *b);

/* compound_list: newline-separated and-or lists up to a closing word/token (may be empty). */
struct node *parse_compound_list(struct parser *p);
/* One whole program (all lines to the end of input) as one list. */
struct node *parse_program(struct parser *p);
/* command: simple, compound with redirections, or function definition. */
struct node *parse_command(struct parser *p);
/* Parses one redirection starting at the lookahead token. */
struct redir *parse_redirect(struct parser *p);
/* True when t starts a redirection (io-number or operator). */
bool tok_is_redirect(const struct token *t);
/* The and-or list: pipelines joined by && and ||. */
struct node *parse_and_or(struct parser *p);
/* Parses redirections after a compound command into n->redirs. */
void parse_trailing_redirs(struct parser *p, struct node *n);

/* --- parse_compound.c --- */

/* if ... fi (lookahead is "if"). */
struct node *parse_if(struct parser *p);
/* while list do list done (lookahead is "while"). */
struct node *parse_while(struct parser *p);
/* until list do list done (lookahead is "until"). */
struct node *parse_until(struct parser *p);
/* for name [in words] do ... done. */
struct node *parse_for(struct parser *p);
/* select name [in words]; do list; done (bash) */
struct node *parse_select(struct parser *p);
/* case word in ... esac. */
struct node *parse_case(struct parser *p);
/* { list } (lookahead is "{"). */
struct node *parse_group(struct parser *p);
/* ( list ) (lookahead is "("). */
struct node *parse_subshell(struct parser *p);
/* --- parse_arith.c and parse_cond.c (bash) --- */

/* With "(" as the lookahead: 1 when a second "(" follows at once and the parentheses close
 * as "))" (an arithmetic command), 0 when not, -1 when that cannot be known yet (error set:
 * incomplete input). */
int arith_command_follows(struct parser *p);
/* (( expression )) (lookahead is the first "("). */
struct node *parse_arith_command(struct parser *p);
/* for (( init; cond; step )) body, after "for" (n) with "(" as the lookahead. */
struct node *parse_arith_for(struct parser *p, struct node *n);
/* [[ expression ]] (lookahead is "[["). */
struct node *parse_cond_command(struct parser *p);

/* function name [()] compound-command (lookahead is "function"). */
struct node *parse_function_keyword(struct parser *p);
/* After "name ( )": linebreak, compound command and its redirections. */
struct node *parse_funcdef_body(struct parser *p, char *name, int line, int col);

/* --- parse_assign.c --- */

/* If w (the lookahead word, before the command name) is NAME=value, NAME+=value,
 * NAME[subscript]=value or NAME[subscript]+=value, returns it as an assignment and consumes
 * it; a subscript cut by blanks or newlines is read on to its ] (bash: a[1 + 2]=x), and
 * NAME=( ... ) is read to its ) as a compound assignment. NULL (nothing consumed) when w is
 * not an assignment, or after an error (p->failed). */
struct assign *parse_assignment(struct parser *p, struct word *w);
/* For an operand w of a declaration utility (already consumed): when it is an assignment
 * word, marks it as a declaration (expanded without splitting or globbing), splits its
 * tilde prefixes and, for NAME=( ... ), reads the compound assignment into w->compound.
 * Returns false when w is no assignment. */
bool parse_declaration_operand(struct parser *p, struct word *w);

/* --- parse_word.c and parse_dollar.c --- */

/* Where the characters being scanned are, which decides what ends the scan and how
 * quotes and backslashes behave. */
enum scan_mode {
	SM_WORD,     /* an unquoted shell word: ends at a blank or an operator */
	SM_DQ,       /* inside "...": ends at the closing quote */
	SM_HEREDOC,  /* a here-document body: ends at the end of the text */
	SM_ARG,      /* the word of ${name op word}, unquoted: ends at the matching } */
	SM_ARG_DQ,   /* the same inside "..." or a here-document */
	SM_ARG_PATTERN, /* the pattern of ${name/pattern/string}: as SM_ARG, also ends at a / */
	SM_ARG_OFFSET,  /* the offset of ${name:offset:length}: as SM_ARG, also ends at a : */
	SM_ARITH,    /* $((...)): ends at the matching )) */
	SM_SUBSCRIPT, /* an array subscript after its [: ends before the matching ] (blanks and
	                 newlines are text) */
	SM_PARAM_SUBSCRIPT, /* the same in ${a[...]}: also ends before an unmatched } */
	SM_REGEX,    /* the right side of =~ in [[ ]]: an unquoted word, where | is a character
	                and (...) a group in which blanks and operators are characters too */
	SM_EXTGLOB,  /* inside ?( *( +( @( !( of a word: everything up to the matching ) */
};

/* Builds a part list, merging adjacent literal characters of the same quotedness. */
struct wbuild {
	struct word_part *head, *last;
	struct sbuf lit;
	bool lit_open, lit_quoted;
};

/* Ends the literal being built, if any, as a part. */
void wb_flush(struct parser *p, struct wbuild *wb);
/* Opens (or continues) a literal of the given quotedness, even if nothing is added ('' ""). */
void wb_open(struct parser *p, struct wbuild *wb, bool quoted);
/* Adds character c to the literal being built. */
void wb_char(struct parser *p, struct wbuild *wb, int c, bool quoted);
/* Appends a new (zeroed) part of kind k after the pending literal. */
struct word_part *wb_part(struct parser *p, struct wbuild *wb, enum word_part_kind k);
/* Finishes the parts as a word at line:col. */
struct word *wb_word(struct parser *p, struct wbuild *wb, int line, int col);
/* True in the modes whose text is quoted ("...", here-documents). */
bool mode_quoted(enum scan_mode m);
/* Scans parts into wb until the end of mode m's text (see enum scan_mode). */
void scan_parts(struct parser *p, struct wbuild *wb, enum scan_mode m);
/* At '$': a parameter, ${...}, $(...), $((...)), $'...' or a literal '$'. */
void scan_dollar(struct parser *p, struct wbuild *wb, enum scan_mode m);
/* At '`': the backquoted text, unescaped and parsed as a program. */
void scan_backquote(struct parser *p, struct wbuild *wb, enum scan_mode m);
/* After "$(", "<(" or ">(": a list up to the matching ")" as a part of kind k. */
void scan_cmdsub(struct parser *p, struct wbuild *wb, enum word_part_kind k, int line, int col);

/* Scans an unquoted word at the reader; first is 0, or WP_PROCSUB_IN/OUT when the
 * "<(" / ">(" that starts it was already consumed. */
struct word *scan_word(struct parser *p, int line, int col, int first);
/* Skips blanks and scans the right side of =~ (SM_REGEX); NULL (nothing consumed) when an
 * operator, a newline or the end comes first. */
struct word *scan_regex_word(struct parser *p);
/* Scans a here-document delimiter word: quotes removed, no expansions. */
struct word *scan_delimiter(struct parser *p, bool *quoted);
/* Parses a here-document body as a word in here-document mode (stable: see parser_init_sub). */
struct word *parse_heredoc_word(struct parser *p, const char *text, size_t len, int line, bool stable);
/* True when w begins with an unquoted NAME= (an assignment, or an operand of export). */
bool word_starts_with_assignment(const struct word *w);
/* Splits the tilde prefixes of the value of a NAME=value operand of export (word_starts_with_
 * assignment(w) holds): after the first = and after each :, as in an assignment. */
void word_split_tilde_declaration(struct parser *p, struct word *w);
/* True when w is the unquoted command name export, readonly or local, whose NAME=value
 * operands are expanded as assignments. */
bool word_is_declaration_utility(const struct word *w);
/* word_split_tilde's general case (any word that may hold a tilde prefix). */
void word_split_tilde_parts(struct parser *p, struct word *w, bool assign);

/* Splits tilde prefixes out of w's unquoted literals (also after ':' when assign). */
static inline void word_split_tilde(struct parser *p, struct word *w, bool assign)
{
	const struct word_part *wp = w->parts;
	if (assign || (wp && wp->kind == WP_LITERAL && !wp->u.lit.quoted && wp->u.lit.text[0] == '~'))
		word_split_tilde_parts(p, w, assign);
}

#endif
