/* trap_bash.c - bash's DEBUG, ERR and RETURN traps. */
#include "trap_bash.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../parser/ast.h"
#include "eval.h"
#include "exec_internal.h"
#include "shell.h"
#include "vars.h"

static const char *const names[] = { "DEBUG", "ERR", "RETURN" };

int trap_bash_by_name(const char *name)
{
	for (int i = 0; i < 3; i++)
		if (!strcasecmp(name, names[i]))
			return TRAP_DEBUG + i;
	return -1;
}

const char *trap_bash_name(int t)
{
	return t >= TRAP_DEBUG && t < SHELL_NTRAPS ? names[t - TRAP_DEBUG] : NULL;
}

/* Runs trap t's command with $? = status; $? and the shell's status are kept as they were,
 * unless the trap exits. */
static void run_trap(struct shell *sh, int t, int status)
{
	if (!sh->traps[t] || !*sh->traps[t] || sh->trap_running)
		return;
	int saved_status = sh->status;
	int saved_line = sh->lineno;
	sh->status = status;
	vars_set(sh->vars, "BASH_COMMAND", sh->bash_command ? sh->bash_command : "", 0);
	sh->trap_running = true;
	char *cmd = strdup(sh->traps[t]);
	if (cmd) {
		eval_string(sh, cmd, strlen(cmd), "trap");
		free(cmd);
	}
	sh->trap_running = false;
	sh->lineno = saved_line;
	if (sh->unwind != UNWIND_EXIT)
		sh->status = saved_status;
}

void trap_note_command(struct shell *sh, const struct node *n)
{
	if (sh->trap_running)
		return;
	free(sh->bash_command);
	sh->bash_command = node_text(n);
}

void trap_run_debug(struct shell *sh, const struct node *n)
{
	trap_note_command(sh, n);
	if (sh->trap_running || (sh->func_depth > 0 && !sh->opt.functrace))
		return;
	run_trap(sh, TRAP_DEBUG, sh->status);
}

void trap_run_debug_entry(struct shell *sh)
{
	if (!sh->trap_running && sh->opt.functrace)
		run_trap(sh, TRAP_DEBUG, sh->status);
}

void trap_run_err(struct shell *sh, const struct node *n, int status)
{
	if (sh->trap_running || (sh->func_depth > 0 && !sh->opt.errtrace))
		return;
	if (!sh->bash_command)
		trap_note_command(sh, n);
	sh->lineno = n->line;  /* $LINENO: the failed command's line, not the last one it ran */
	run_trap(sh, TRAP_ERR, status);
}

void trap_run_return(struct shell *sh, bool function_end, int status)
{
	/* a function inherits the trap only with functrace; a sourced file outside any
	 * function always runs it */
	if (!sh->opt.functrace && (function_end || sh->func_depth > 0))
		return;
	run_trap(sh, TRAP_RETURN, status);
}

void trap_bash_child_reset(struct shell *sh)
{
	for (int t = TRAP_DEBUG; t < SHELL_NTRAPS; t++) {
		bool keep = t == TRAP_ERR ? sh->opt.errtrace : sh->opt.functrace;
		if (!keep) {
			free(sh->traps[t]);
			sh->traps[t] = NULL;
		}
	}
}
