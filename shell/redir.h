/* redir.h - apply a redirection list, remembering saved fds; restore them. */
#ifndef MINISH_REDIR_H
#define MINISH_REDIR_H

#include <stdbool.h>

struct shell;
struct redir;

enum {
	REDIR_SAVE_MAX = 64,
	REDIR_WOULD_BLOCK = -2,  /* redirs_apply: a FIFO target while sh->redir_avoid_fifo */
};

/* What to undo: the original fds, moved above 9 (saved -1: the fd was closed). */
struct redir_saves {
	struct {
		int fd;
		int saved;
	} v[REDIR_SAVE_MAX];
	int n;
	bool close_var_fds;  /* {NAME}> fds are closed again too (a program started from the shell) */
};

/* Makes save empty without filling its slots (a builtin or function call makes two; zeroing
 * the 64 slots was 5.5 M instructions of 20,000 calls of make bench c, 2.5%). */
static inline void redir_saves_init(struct redir_saves *save, bool close_var_fds)
{
	save->n = 0;
	save->close_var_fds = close_var_fds;
}

/* Applies redirections left to right.  With save non-NULL, every fd changed is
 * first copied so redirs_restore() can undo them (builtins, groups, functions);
 * with NULL they are permanent (children, exec).  Returns 0, or -1 after a message
 * (the fds already changed stay recorded in save), or REDIR_WOULD_BLOCK (no message)
 * when sh->redir_avoid_fifo is set and a target is a FIFO: opening it in the shell could
 * wait for a process that does not exist yet, so the caller forks instead. */
int redirs_apply(struct shell *sh, const struct redir *r, struct redir_saves *save);
/* Undoes what redirs_apply recorded, in reverse order. */
void redirs_restore(struct redir_saves *save);
/* Returns a close-on-exec copy of fd above 9, or in the lowest free slot above 2 when the fd
 * limit leaves no room there; -1 (errno set) when there is none. */
int fd_dup_high(int fd);
/* Moves fd as fd_dup_high copies it (the old fd is closed); returns the new fd or -1. */
int fd_move_high(int fd);

#endif
