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
/* Returns true when process substitutions of the current command still need cleaning up. */
bool procsub_pending(const struct shell *sh);
/* After a command: unlinks its FIFOs, releases children stuck in open(), reaps them. */
void procsub_finish(struct shell *sh);
/* At exit or on a fatal signal: removes the private directory and everything in it. */
void procsub_cleanup_all(struct shell *sh);

#endif
