/* jobctl.h - taking the terminal, process groups for job control, editing mode. */
#ifndef MINISH_JOBCTL_H
#define MINISH_JOBCTL_H

#include <stdbool.h>

struct shell;

/* Interactive start-up: own process group, take the terminal, save its modes.
 * Without a terminal, job control stays off silently. */
void jobctl_init(struct shell *sh);
/* Leaving: gives the terminal back to the process group that had it at start, and goes back
 * into that group, as bash does (so a parent without job control can still read). */
void jobctl_end(struct shell *sh);
/* set -m / set +m. */
void jobctl_set_monitor(struct shell *sh, bool on);
/* Applies set -o vi / emacs to readline. */
void jobctl_set_editing_mode(struct shell *sh);

#endif
