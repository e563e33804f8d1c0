/* histlist.h - the interactive command history as bash keeps it: one entry per command (a
 * command typed over several lines is one entry), HISTCONTROL, HISTIGNORE, HISTSIZE, HISTFILE and
 * HISTFILESIZE. The list itself is GNU readline's history library. */
#ifndef MINISH_HISTLIST_H
#define MINISH_HISTLIST_H

#include <stdbool.h>
#include <stddef.h>

struct shell;

/* After the start-up files: gives HISTFILE (~/.minish_history), HISTSIZE (500) and HISTFILESIZE
 * (HISTSIZE) their defaults when unset, then reads the history file. */
void hist_start(struct shell *sh);
/* With set -o history on, saves a command as typed (its len bytes, possibly several lines; a trailing newline is dropped)
 * unless HISTCONTROL or HISTIGNORE says not to. Lines are joined with "; " or " " as bash does
 * when that keeps the command the same, else they stay lines of one entry. */
void hist_add(struct shell *sh, const char *text, size_t len);
/* True when the command being run was saved as the newest entry (not skipped by HISTCONTROL). */
bool hist_current_added(void);
/* What runs next was not typed (fc runs commands): an fc among them sees every entry. */
void hist_forget_current(void);
/* Drops the newest entry (fc replaces its own command line by the commands it runs). */
void hist_drop_last(void);
/* The number of the next entry (the \! of prompts). */
int hist_next_number(void);
/* history -d: removes the entry at index (0 is the oldest kept). */
void hist_delete(int index);
/* history -c: forgets every entry. */
void hist_clear(void);
/* HISTSIZE: keeps at most that many entries in memory (negative or unset: no limit). */
void hist_apply_size(struct shell *sh);
/* history -a: appends the entries saved since the start or the last -a to file (created if
 * missing). Returns 0 or an errno value. */
int hist_append_new(const char *file);
/* history -n: reads the lines of file this shell has not read or written yet. 0 or errno. */
int hist_read_new(const char *file);
/* At exit: appends the entries this session saved to HISTFILE (writes it whole when HISTSIZE
 * dropped some of them), then cuts the file to HISTFILESIZE lines, as bash does. */
void hist_save(struct shell *sh);

#endif
