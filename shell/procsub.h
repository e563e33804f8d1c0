/* procsub.h - <(...) and >(...) with mkfifo in a private directory; guaranteed cleanup. */
#ifndef MINISH_PROCSUB_H
#define MINISH_PROCSUB_H

#include <stdbool.h>

struct shell;
struct node;

/* Starts body in a child connected to a new FIFO and returns the FIFO's path
 * (arena memory of the current command); output is true for >(...).  NULL after a
 * message when the FIFO or the process cannot be made. */
char *procsub_start(struct shell *sh, const struct node *body, bool output);
/* Returns true when process substitutions still need cleaning up. */
bool procsub_pending(const struct shell *sh);
/* Returns a mark for procsub_finish_since (the newest live substitution). */
struct procsub *procsub_mark(const struct shell *sh);
/* After a command: for the substitutions started since mark, unlinks the FIFOs,
 * releases children stuck in open(), ends producers nobody reads, reaps them all.  When
 * the command was stopped (sh->stopped_job), they move to its job instead. */
void procsub_finish_since(struct shell *sh, struct procsub *mark);
/* Finishes a list taken out of the shell earlier (a stopped job's substitutions). */
void procsub_finish_detached(struct shell *sh, struct procsub *list);
/* procsub_finish_since(sh, NULL): every live substitution. */
void procsub_finish(struct shell *sh);
/* In a forked child: forgets the parent's substitutions without touching them. */
void procsub_forget(struct shell *sh);
/* Before `exec` replaces the shell: the FIFOs must stay readable by the new program, so
 * a small process is left to remove them and the directory when that program ends. */
void procsub_before_exec(struct shell *sh);
/* `exec PROGRAM` in a forked shell (subshell, pipeline stage, $(...)) with process
 * substitutions pending: runs the program in a child, waits for it, removes the FIFOs, ends
 * their producers, then ends with the program's status (or signal), so that whoever waits for
 * this process finds nothing left behind. */
_Noreturn void procsub_exec_and_wait(struct shell *sh, char **argv);
/* At exit or on a fatal signal: removes the private directory and everything in it. */
void procsub_cleanup_all(struct shell *sh);

#endif
