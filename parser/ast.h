/* ast.h - command tree node types, constructors and printers (text, JSON). */
#ifndef MINISH_AST_H
#define MINISH_AST_H

#include <stdbool.h>
#include <stdio.h>

#include "cond.h"
#include "word.h"

struct arena;

enum redir_kind {
	R_IN,           /* <   */
	R_OUT,          /* >   */
	R_CLOBBER,      /* >|  */
	R_APPEND,       /* >>  */
	R_RDWR,         /* <>  */
	R_DUP_IN,       /* <&  (target "-" closes) */
	R_DUP_OUT,      /* >&  (target "-" closes) */
	R_HEREDOC,      /* <<  */
	R_HEREDOC_TAB,  /* <<- (leading tabs stripped from body lines) */
	R_HERESTRING,   /* <<< (bash) */
	R_OUT_ERR,      /* &>  (bash: stdout and stderr to a file) */
	R_APPEND_ERR,   /* &>> (bash) */
	R_MOVE_IN,      /* <&N- (bash: N duplicated, then closed); the target is "N-" */
	R_MOVE_OUT,     /* >&N- (bash) */
};

struct redir {
	enum redir_kind kind;
	int fd;                 /* the io-number, or -1 for the operator's default */
	struct word *target;    /* file, fd word, or here-doc delimiter as written */
	/* here-documents only: */
	const char *heredoc_text; /* raw body after tab stripping: heredoc_len bytes, not always
	                             NUL-terminated (a slice of the text the body was read from) */
	size_t heredoc_len;
	struct word *heredoc_body; /* body parsed for $, `, \ when the delimiter was unquoted; NULL when quoted */
	bool heredoc_quoted;    /* delimiter had quotes: body is literal */
	const char *varname;    /* {NAME}> (bash): the shell picks a fd >= 10 and sets NAME; fd is -1 */
	bool from_pipe_amp;     /* the 2>&1 that `|&` adds to the command before the pipe (bash) */
	struct redir *next;
	int line, col;
};

/* One element of a compound assignment name=( ... ) (bash). */
struct assign_elem {
	struct word *key;       /* the subscript of [key]=value; NULL for a plain element */
	struct word *value;     /* NULL for "[key]=" (and never for a plain element) */
	bool append;            /* [key]+=value */
	struct assign_elem *next;
};

struct assign {
	char *name;
	struct word *value;     /* NULL for "name=" and for a compound assignment */
	struct assign *next;
	int line, col;
	struct word *subscript; /* name[subscript]=value (bash); NULL otherwise */
	bool append;            /* name+=value, name[subscript]+=value, name+=( ... ) */
	bool compound;          /* name=( elems ): an array assignment */
	struct assign_elem *elems;  /* the elements of a compound assignment, in order */
};

enum node_kind {
	N_SIMPLE,     /* assignments, words, redirections */
	N_PIPELINE,   /* cmd | cmd ... with optional ! */
	N_AND,        /* left && right */
	N_OR,         /* left || right */
	N_LIST,       /* items separated by ; & newline */
	N_SUBSHELL,   /* ( list ) */
	N_GROUP,      /* { list; } */
	N_IF,         /* if cond; then body; [elif...] [else ...] fi */
	N_WHILE,      /* while cond; do body; done */
	N_UNTIL,      /* until cond; do body; done */
	N_FOR,        /* for name [in words]; do body; done */
	N_CASE,       /* case word in pattern) list ;; ... esac */
	N_FUNCDEF,    /* name() compound-command [redirections] */
	N_ARITH,      /* (( expression )) (bash) */
	N_ARITH_FOR,  /* for (( init; cond; step )) do body; done (bash) */
	N_COND,       /* [[ expression ]] (bash) */
	N_SELECT,     /* select name [in words]; do body; done (bash; u.for_ as N_FOR) */
};

/* The `time' reserved word before a pipeline (bash, POSIX time -p). */
enum pipe_time {
	PT_NONE,   /* not timed */
	PT_TIME,   /* time: reported as TIMEFORMAT says (bash's default: real/user/sys in minutes) */
	PT_POSIX,  /* time -p: "real N.NN" lines in seconds (POSIX) */
};

struct list_item {
	struct node *cmd;       /* an and-or list */
	bool background;        /* terminated by & */
	struct list_item *next;
};

/* How a case item ends: ;; leaves the case, ;& runs the next body too, ;;& tests the next
 * patterns (bash). */
enum case_term { CASE_BREAK, CASE_FALLTHROUGH, CASE_CONTINUE };

struct case_item {
	struct word *patterns;  /* pattern words linked by next (alternatives) */
	struct node *body;      /* NULL for an empty body */
	enum case_term term;
	struct case_item *next;
	int line, col;
};

struct node {
	enum node_kind kind;
	int line, col;
	struct redir *redirs;   /* compound commands and simple commands; NULL otherwise */
	union {
		struct {
			struct assign *assigns;
			struct word *words;    /* argv words, linked by next */
		} simple;
		struct {
			struct node **cmds;
			int ncmds;             /* 0 only for `time' alone */
			bool bang;
			enum pipe_time time;
		} pipeline;
		struct {
			struct node *left, *right;
		} andor;                       /* N_AND, N_OR */
		struct {
			struct list_item *items;
		} list;                        /* N_LIST */
		struct {
			struct node *body;
		} group;                       /* N_SUBSHELL, N_GROUP */
		struct {
			struct node *cond, *then_part, *else_part; /* else_part is an N_IF for elif */
		} if_;
		struct {
			struct node *cond, *body;
		} loop;                        /* N_WHILE, N_UNTIL */
		struct {
			char *var;
			struct word *words;    /* list after 'in' */
			bool has_in;           /* false: iterate over "$@" */
			struct node *body;
		} for_;                        /* N_FOR, N_SELECT */
		struct {
			struct word *subject;
			struct case_item *items;
		} case_;
		struct {
			char *name;
			struct node *body;     /* compound command; its redirs apply per call */
		} func;
		struct {
			struct word *expr;     /* the text between (( and )), parts NULL when empty */
		} arith;                       /* N_ARITH */
		struct {
			struct word *init, *cond, *step; /* parts NULL when empty (cond: true) */
			struct node *body;
		} arith_for;                   /* N_ARITH_FOR */
		struct {
			struct cond_expr *expr;
		} cond;                        /* N_COND */
	} u;
};

/* Returns a zeroed node of kind k at line:col, allocated in a. */
struct node *node_new(struct arena *a, enum node_kind k, int line, int col);

/* Returns the name of node kind k ("simple", "pipeline", ...). */
const char *node_kind_name(enum node_kind k);
/* Returns the operator text of redirection kind k ("<", ">>", "<<-", ...). */
const char *redir_kind_op(enum redir_kind k);

/* Writes the tree as indented text, one node or word per line, with line:col. */
void ast_print_text(FILE *out, const struct node *n);
/* Writes the tree as one JSON object (no trailing newline). */
void ast_print_json(FILE *out, const struct node *n);
/* Writes the tree as a Graphviz digraph. */
void ast_print_dot(FILE *out, const struct node *n);
/* Writes n back as shell source on one logical line (used for job text and `type`). */
void ast_print_source(FILE *out, const struct node *n);

#endif
