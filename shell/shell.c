/* shell.c - creating, configuring and leaving a shell. */
#include "shell.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../parser/arena.h"
#include "alias.h"
#include "compspec.h"
#include "eval.h"
#include "funcs.h"
#include "histlist.h"
#include "jobctl.h"
#include "jobs.h"
#include "path.h"
#include "procsub.h"
#include "vars.h"
#include "xalloc.h"

extern char **environ;

/* Sets PWD from the environment when it names the cwd, else from getcwd. */
static void init_pwd(struct shell *sh)
{
	const char *pwd = vars_get(sh->vars, "PWD");
	struct stat a, b;
	if (pwd && pwd[0] == '/' && stat(pwd, &a) == 0 && stat(".", &b) == 0 &&
	    a.st_dev == b.st_dev && a.st_ino == b.st_ino)
		return;
	char buf[PATH_MAX];
	if (getcwd(buf, sizeof(buf)))
		vars_set(sh->vars, "PWD", buf, VAR_EXPORT);
}

struct shell *shell_new(const char *argv0)
{
	struct shell *sh = xcalloc(1, sizeof(*sh));
	sh->vars = vars_new();
	sh->funcs = funcs_new();
	sh->aliases = alias_new();
	jobs_init(sh);
	sh->arg0 = xstrdup(argv0 ? argv0 : "minish");
	sh->pos.argv = xcalloc(1, sizeof(char *));
	sh->shell_pid = getpid();
	sh->cmdsub_status = -1;
	sh->tty_fd = -1;
	sh->trace_fd = -1;
	sh->opt.braceexpand = true;
	sh->shopt.checkwinsize = true;
	sh->shopt.cmdhist = true;
	sh->shopt.expand_aliases = true;
	sh->shopt.globasciiranges = true;
	sh->shopt.interactive_comments = true;
	sh->cmd_arena = arena_new();
	vars_import_environ(sh->vars, environ);
	vars_set(sh->vars, "IFS", " \t\n", 0);
	vars_set(sh->vars, "PS2", "> ", 0);
	vars_set(sh->vars, "PS4", "+ ", 0);
	vars_set(sh->vars, "OPTIND", "1", 0);
	vars_init_shell(sh);
	if (!vars_get(sh->vars, "PATH"))
		vars_set(sh->vars, "PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", 0);
	init_pwd(sh);
	if (!vars_get(sh->vars, "OLDPWD"))
		vars_set(sh->vars, "OLDPWD", NULL, VAR_EXPORT); /* exported once cd sets it (dash, bash) */
	return sh;
}

static void free_positional(struct positional *p)
{
	for (int i = 0; i < p->argc; i++)
		free(p->argv[i]);
	free(p->argv);
	p->argv = NULL;
	p->argc = 0;
}

void shell_push_frame(struct shell *sh, struct call_frame *frame, const char *name, bool function)
{
	frame->name = name;
	frame->line = sh->lineno;
	frame->file = sh->script_name;
	frame->function = function;
	frame->up = sh->frames;
	sh->frames = frame;
}

void shell_pop_frame(struct shell *sh)
{
	if (sh->frames)
		sh->frames = sh->frames->up;
}

void shell_set_positional(struct shell *sh, int argc, char *const argv[])
{
	char **v = xcalloc((size_t)argc + 1, sizeof(char *));
	for (int i = 0; i < argc; i++)
		v[i] = xstrdup(argv[i]);
	free_positional(&sh->pos);
	sh->pos.argv = v;
	sh->pos.argc = argc;
}

void shell_free(struct shell *sh)
{
	if (!sh)
		return;
	vars_free(sh->vars);
	funcs_free(sh->funcs);
	alias_free(sh->aliases);
	jobs_free(sh);
	path_free(sh);
	free_positional(&sh->pos);
	for (int i = 0; i < SHELL_NTRAPS; i++)
		free(sh->traps[i]);
	free(sh->arg0);
	free(sh->procsub_dir);
	free(sh->self_exe);
	free(sh->getopts_arg);
	free(sh->bash_command);
	free(sh->last_arg);
	compspec_clear(sh);
	for (int i = 0; i < sh->ndirstack; i++)
		free(sh->dirstack[i]);
	free(sh->dirstack);
	arena_unref(sh->cmd_arena);
	free(sh);
}

const char *shell_self_exe(struct shell *sh)
{
	if (!sh->self_exe) {
		char buf[PATH_MAX];
		ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
		if (n <= 0)
			return NULL;
		buf[n] = '\0';
		sh->self_exe = xstrdup(buf);
	}
	return sh->self_exe;
}

_Noreturn void shell_exit(struct shell *sh, int status)
{
	if (sh->traps[0] && *sh->traps[0] && !sh->trap_running) {
		char *cmd = sh->traps[0];
		sh->traps[0] = NULL;
		sh->status = status;
		sh->unwind = UNWIND_NONE;
		sh->trap_running = true;
		eval_string(sh, cmd, strlen(cmd), "trap");
		free(cmd);
		if (sh->unwind == UNWIND_EXIT)
			status = sh->status;
	}
	procsub_cleanup_all(sh);
	input_sync_script(sh);  /* the rest of a script on stdin stays for whoever reads it next */
	if (sh->opt.interactive && !sh->in_subshell)
		hist_save(sh);
	if (sh->job_control && !sh->in_subshell) {
		/* As bash: running jobs keep running unless a login shell has huponexit. */
		jobs_hangup(sh, sh->login_shell && sh->shopt.huponexit);
		jobctl_end(sh);
	}
	fflush(stdout);
	fflush(stderr);
	if (sh->in_subshell)
		_exit(status & 0xff);
	exit(status & 0xff);
}
