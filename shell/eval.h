/* eval.h - exec_node(): run a command tree; lists, and/or, compound commands. */
#ifndef MINISH_EVAL_H
#define MINISH_EVAL_H

#include <stdbool.h>
#include <stddef.h>

struct shell;
struct node;

enum exec_flags {
	EX_LAST = 1u << 0,  /* nothing runs after n in this process: exec without forking */
};

/* Runs n with flags (enum exec_flags); returns its status (also in sh->status). */
int exec_tree(struct shell *sh, const struct node *n, unsigned flags);
/* Runs n in the current shell and returns its exit status (also stored in sh->status). */
int exec_node(struct shell *sh, const struct node *n);
/* Parses and runs the text s (eval, ., -c); name is used in messages. Returns the status. */
int eval_string(struct shell *sh, const char *s, size_t len, const char *name);
/* Runs body in a forked child with stdout on a pipe and collects everything it writes but NUL
 * bytes into *out (malloc'd, NUL-terminated, trailing newlines kept) and *len.  Returns the
 * child's status, or -1 when the pipe or fork failed (message printed), or CMDSUB_NO_MEMORY
 * when the output did not fit in memory (*out NULL, *len what could not be allocated; the
 * child was ended and reaped; no message). */
enum { CMDSUB_NO_MEMORY = -2 };
int exec_cmdsub(struct shell *sh, const struct node *body, char **out, size_t *len);

#endif
