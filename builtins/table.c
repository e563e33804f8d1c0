/* table.c - the sorted builtin table and its lookup. */
#include <stdlib.h>
#include <string.h>

#include "builtins.h"

/* Sorted by strcmp order of name: builtin_find uses bsearch. */
static const struct builtin table[] = {
	{ ".", bi_dot, BI_SPECIAL | BI_NONFATAL, ". FILE [ARGS...]  run FILE in this shell" },
	{ ":", bi_colon, BI_SPECIAL, ": [ARGS...]  do nothing, successfully" },
	{ "[", bi_bracket, 0, "[ EXPR ]  evaluate a test expression" },
	{ "alias", bi_alias, 0, "alias [NAME[=VALUE]...]  define or list aliases" },
	{ "bg", bi_bg, 0, "bg [%JOB...]  resume jobs in the background" },
	{ "break", bi_break, BI_SPECIAL, "break [N]  leave N enclosing loops" },
	{ "builtin", bi_builtin, 0, "builtin NAME [ARGS...]  run the builtin NAME, not a function of that name" },
	{ "caller", bi_caller, 0, "caller [N]  the line, function and file of a call on the stack" },
	{ "cd", bi_cd, 0, "cd [-L|-P] [DIR|-]  change the working directory" },
	{ "chdir", bi_cd, 0, "chdir [-L|-P] [DIR|-]  change the working directory (dash's name for cd)" },
	{ "command", bi_command, 0, "command [-pvV] NAME [ARGS...]  run NAME ignoring functions" },
	{ "compgen", bi_compgen, 0, "compgen [-abcdefkv] [-o OPT] [-W WORDS] [-F FUNC] [-X PAT] [-P PRE] [-S SUF] [WORD]  list completions" },
	{ "complete", bi_complete, 0, "complete [-pr] [-abcdefkv] [-o OPT] [-W WORDS] [-F FUNC] ... [NAME...]  how Tab completes NAME's arguments" },
	{ "continue", bi_continue, BI_SPECIAL, "continue [N]  next iteration of the Nth enclosing loop" },
	{ "declare", bi_declare, 0, "declare [-aAfFgilnprux] [NAME[=VALUE]...]  variables and their attributes" },
	{ "dirs", bi_dirs, 0, "dirs [-clpv] [+N] [-N]  show the directory stack" },
	{ "disown", bi_disown, 0, "disown [%JOB...]  forget jobs" },
	{ "echo", bi_echo, 0, "echo [-neE] [ARGS...]  write arguments" },
	{ "enable", bi_enable, 0, "enable [-anps] [NAME...]  list the builtins (all are enabled)" },
	{ "eval", bi_eval, BI_SPECIAL | BI_NONFATAL, "eval [ARGS...]  run the arguments as a command" },
	{ "exec", bi_exec, BI_SPECIAL, "exec [CMD [ARGS...]]  replace the shell, or apply redirections" },
	{ "exit", bi_exit, BI_SPECIAL, "exit [N]  leave the shell with status N" },
	{ "explain", bi_explain, 0, "explain [STATUS...]  say what an exit status means ($? and PIPESTATUS)" },
	{ "export", bi_export, BI_SPECIAL, "export [-p] [-n] NAME[=VALUE]...  export variables" },
	{ "false", bi_false, 0, "false  fail" },
	{ "fc", bi_fc, 0, "fc [-e EDITOR] [-lnr] [FIRST [LAST]] or fc -s [OLD=NEW] [CMD]  list, edit or re-run history" },
	{ "fg", bi_fg, 0, "fg [%JOB]  bring a job to the foreground" },
	{ "getopts", bi_getopts, 0, "getopts OPTSTRING NAME [ARGS...]  parse options" },
	{ "hash", bi_hash, 0, "hash [-lrdt] [-p PATH] [NAME...]  remember, show or forget command locations" },
	{ "help", bi_help, 0, "help [-s] [PATTERN...]  list builtins, or those matching PATTERN" },
	{ "history", bi_history, 0, "history [-c] [N]  list or clear the command history" },
	{ "ipcmk", bi_ipcmk, 0, "ipcmk [-Q|-M SIZE|-S N|-q|-m SIZE|-s] [-n NAME] [-p MODE]  make IPC objects" },
	{ "ipcrm", bi_ipcrm, 0, "ipcrm [-q|-m|-s ID] [-Q|-M|-S KEY] [--posix-* NAME] [-a|--all=posix] ...  remove IPC objects" },
	{ "ipcs", bi_ipcs, 0, "ipcs [-qms] [-a] [--sysv|--posix] [-tpcluJ] [-i ID] [-W]  show IPC objects" },
	{ "jobs", bi_jobs, 0, "jobs [-lp] [%JOB...]  list jobs" },
	{ "kill", bi_kill, 0, "kill [-s SIG|-SIG] PID|%JOB...  or kill -l  send signals" },
	{ "let", bi_let, 0, "let EXPR...  evaluate arithmetic expressions (status 1 when the last is 0)" },
	{ "local", bi_local, BI_KEEPS_ASSIGNS, "local [-aAilnrux] NAME[=VALUE]...  function-local variables" },
	{ "logout", bi_logout, 0, "logout [N]  leave a login shell with status N" },
	{ "mapfile", bi_mapfile, 0, "mapfile [-d D] [-n N] [-O I] [-s N] [-t] [-u FD] [-C CMD] [-c N] [ARRAY]  lines into an array" },
	{ "popd", bi_popd, 0, "popd [-n] [+N | -N]  leave the top directory of the stack" },
	{ "printf", bi_printf, 0, "printf FORMAT [ARGS...]  formatted output" },
	{ "pushd", bi_pushd, 0, "pushd [-n] [DIR | +N | -N]  change directory, saving the old one on the stack" },
	{ "pwd", bi_pwd, 0, "pwd [-L|-P]  print the working directory" },
	{ "read", bi_read, 0, "read [-rs] [-d DELIM] [-n N] [-p PROMPT] [-t SECS] [NAME...]  read a line" },
	{ "readarray", bi_mapfile, 0, "readarray [options] [ARRAY]  the same as mapfile" },
	{ "readonly", bi_readonly, BI_SPECIAL, "readonly [-p] NAME[=VALUE]...  make variables readonly" },
	{ "return", bi_return, BI_SPECIAL, "return [N]  leave a function or sourced file" },
	{ "set", bi_set, BI_SPECIAL, "set [-+abCefhmnuvx] [-o OPT] [--] [ARGS...]  options and positional parameters" },
	{ "shift", bi_shift, BI_SPECIAL, "shift [N]  drop positional parameters" },
	{ "shopt", bi_shopt, 0, "shopt [-pqsu] [-o] [NAME...]  set, unset or list shell options (bash)" },
	{ "source", bi_dot, 0, "source FILE [ARGS...]  run FILE in this shell" },
	{ "suspend", bi_suspend, 0, "suspend [-f]  stop the shell until it gets SIGCONT" },
	{ "test", bi_test, 0, "test EXPR  evaluate a test expression" },
	{ "times", bi_times, BI_SPECIAL, "times  print process times" },
	{ "trap", bi_trap, BI_SPECIAL | BI_NONFATAL, "trap [-p] [ACTION SIGNAL...]  handle signals" },
	{ "true", bi_true, 0, "true  succeed" },
	{ "type", bi_type, 0, "type [-afptP] NAME...  say what a name is" },
	{ "typeset", bi_declare, 0, "typeset [-aAfFgilnprux] [NAME[=VALUE]...]  the same as declare" },
	{ "ulimit", bi_ulimit, 0, "ulimit [-HSa] [-cdfnstuv] [LIMIT]  resource limits" },
	{ "umask", bi_umask, 0, "umask [-S] [MODE]  file creation mask" },
	{ "unalias", bi_unalias, 0, "unalias [-a] NAME...  remove aliases" },
	{ "unset", bi_unset, BI_SPECIAL, "unset [-fv] NAME...  remove variables or functions" },
	{ "wait", bi_wait, 0, "wait [PID|%JOB...]  wait for jobs" },
};

static int compare_name(const void *key, const void *elem)
{
	return strcmp(key, ((const struct builtin *)elem)->name);
}

const struct builtin *builtin_find(const char *name)
{
	return bsearch(name, table, sizeof(table) / sizeof(table[0]), sizeof(table[0]), compare_name);
}

const struct builtin *builtin_table(size_t *n)
{
	*n = sizeof(table) / sizeof(table[0]);
	return table;
}
