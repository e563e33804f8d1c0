/* trap_bash.h - bash's traps on shell events: DEBUG (before each simple command), ERR (after a
 * command fails where set -e would act) and RETURN (when a function or sourced file ends). */
#ifndef MINISH_TRAP_BASH_H
#define MINISH_TRAP_BASH_H

#include <stdbool.h>

struct node;
struct shell;

/* The trap number (TRAP_DEBUG, TRAP_ERR, TRAP_RETURN) spelled name, or -1. */
int trap_bash_by_name(const char *name);
/* The name of trap number t (TRAP_DEBUG ...), or NULL when t is not one of them. */
const char *trap_bash_name(int t);
/* Remembers n's text as the command being run (BASH_COMMAND in the DEBUG and ERR traps); called
 * only while one of them is set. */
void trap_note_command(struct shell *sh, const struct node *n);
/* Runs the DEBUG trap before simple command n (BASH_COMMAND is n's text); not in functions
 * unless functrace, never inside a trap. */
void trap_run_debug(struct shell *sh, const struct node *n);
/* With functrace, runs the DEBUG trap once more as a function starts (bash); BASH_COMMAND
 * stays the call's text. */
void trap_run_debug_entry(struct shell *sh);
/* Runs the ERR trap after n failed with status; not in functions unless errtrace. */
void trap_run_err(struct shell *sh, const struct node *n, int status);
/* Runs the RETURN trap as a function (function_end; with functrace only) or a sourced file ends
 * with status. */
void trap_run_return(struct shell *sh, bool function_end, int status);
/* In a forked child: drops the ERR trap unless errtrace, DEBUG and RETURN unless functrace. */
void trap_bash_child_reset(struct shell *sh);

#endif
