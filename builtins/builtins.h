/* builtins.h - builtin commands: one signature, a sorted table. */
#ifndef MINISH_BUILTINS_H
#define MINISH_BUILTINS_H

#include <stddef.h>

struct shell;

typedef int builtin_fn(struct shell *sh, int argc, char **argv);

enum builtin_flags {
	BI_SPECIAL = 1u << 0,  /* POSIX special builtin: errors exit a script, assignments persist */
	BI_NONFATAL = 1u << 1,  /* special, but its failure does not end a script: eval and . run code
	                           whose errors are not their own; trap fails with status 1 as in bash */
	BI_KEEPS_ASSIGNS = 1u << 2, /* prefix assignments stay, as for a special builtin (local, as dash) */
};

struct builtin {
	const char *name;
	builtin_fn *fn;
	unsigned flags;
	const char *usage;  /* one line for `help` */
};

/* Returns the builtin called name, or NULL (binary search in the sorted table). */
const struct builtin *builtin_find(const char *name);
/* Returns the whole table (sorted by name) and its length in *n. */
const struct builtin *builtin_table(size_t *n);

/* core.c */
builtin_fn bi_colon, bi_true, bi_false, bi_exit, bi_return, bi_break, bi_continue, bi_eval,
	bi_dot, bi_exec, bi_shift, bi_set, bi_times, bi_help, bi_command, bi_type, bi_hash,
	bi_alias, bi_unalias, bi_logout;
/* limits.c */
builtin_fn bi_umask, bi_ulimit;
/* getopts.c */
builtin_fn bi_getopts;
/* vars.c */
builtin_fn bi_export, bi_readonly, bi_unset;
/* declare.c */
builtin_fn bi_declare, bi_local;
/* mapfile.c */
builtin_fn bi_mapfile;
/* cd.c */
builtin_fn bi_cd, bi_pwd;
/* complete.c */
builtin_fn bi_compgen, bi_complete;
/* caller.c */
builtin_fn bi_caller;
/* info.c (with command, type, hash, help) */
builtin_fn bi_builtin, bi_enable, bi_suspend;
/* dirs.c */
builtin_fn bi_pushd, bi_popd, bi_dirs;
/* io.c */
builtin_fn bi_echo, bi_printf, bi_read;
/* test.c */
builtin_fn bi_test, bi_bracket;
/* trap.c */
builtin_fn bi_trap, bi_kill;
/* jobctl.c */
builtin_fn bi_jobs, bi_fg, bi_bg, bi_wait, bi_disown;
/* explain.c */
builtin_fn bi_explain;
/* history.c */
builtin_fn bi_history;
/* let.c */
builtin_fn bi_let;
/* shopt.c */
builtin_fn bi_shopt;
/* fc.c */
builtin_fn bi_fc;
/* ipc.c */
builtin_fn bi_ipcs, bi_ipcrm, bi_ipcmk;

#endif
