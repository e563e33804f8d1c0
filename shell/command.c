/* command.c - simple commands: assignments, function/builtin/external, PATH search. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../builtins/builtins.h"
#include "../parser/arena.h"
#include "../parser/ast.h"
#include "brace.h"
#include "error.h"
#include "eval.h"
#include "exec_internal.h"
#include "expand.h"
#include "funcs.h"
#include "path.h"
#include "procsub.h"
#include "quote.h"
#include "redir.h"
#include "trace.h"
#include "shell.h"
#include "spawn.h"
#include "vars.h"
#include "xalloc.h"

enum { FUNC_DEPTH_MAX = 1000 };

/* A variable's value before a temporary assignment, to put back afterwards. */
struct saved_var {
	char *name;
	char *value;  /* NULL: was unset */
	unsigned flags;
};

/* Prints PS4 and the words of a command to stderr (set -x). */
static void trace_command(struct shell *sh, char **assigns, int nassigns, int argc, char **argv)
{
	const char *ps4 = shell_getvar(sh, "PS4");
	fflush(stdout);
	fputs(ps4 ? ps4 : "+ ", stderr);
	bool first = true;
	for (int i = 0; i < nassigns; i++, first = false) {
		if (!first)
			fputc(' ', stderr);
		char *eq = strchr(assigns[i], '=');
		fwrite(assigns[i], 1, (size_t)(eq - assigns[i]) + 1, stderr);
		print_quoted(stderr, eq + 1);
	}
	for (int i = 0; i < argc; i++, first = false) {
		if (!first)
			fputc(' ', stderr);
		print_quoted(stderr, argv[i]);
	}
	fputc('\n', stderr);
	fflush(stderr);
}

/* Expands the assignment prefixes into "name=value" strings in the command arena. */
static int expand_assigns(struct shell *sh, const struct node *n, struct strvec *out)
{
	for (const struct assign *a = n->u.simple.assigns; a; a = a->next) {
		const char *value = "";
		if (a->value) {
			value = expand_word_str(sh, a->value);
			if (!value)
				return -1;
		}
		size_t nl = strlen(a->name), vl = strlen(value);
		char *s = arena_alloc(sh->cmd_arena, nl + vl + 2);
		memcpy(s, a->name, nl);
		s[nl] = '=';
		memcpy(s + nl + 1, value, vl + 1);
		strvec_push(out, s);
	}
	return 0;
}

/* Sets each name=value; temporary ones are recorded in saved (which must hold n). */
static int apply_assigns(struct shell *sh, struct strvec *assigns, struct saved_var *saved, unsigned flags)
{
	for (size_t i = 0; i < assigns->n; i++) {
		char *eq = strchr(assigns->v[i], '=');
		*eq = '\0';
		const char *name = assigns->v[i];
		if (saved) {
			const char *old = vars_get(sh->vars, name);
			saved[i].name = xstrdup(name);
			saved[i].value = old ? xstrdup(old) : NULL;
			saved[i].flags = vars_flags(sh->vars, name);
		}
		int r = shell_setvar(sh, name, eq + 1);
		if (r == 0 && flags)
			vars_set(sh->vars, name, eq + 1, flags);
		*eq = '=';
		if (r < 0)
			return -1;
	}
	return 0;
}

static void restore_assigns(struct shell *sh, struct saved_var *saved, size_t n)
{
	for (size_t i = n; i-- > 0;) {
		if (!saved[i].name)
			continue;
		if (saved[i].value || saved[i].flags) {
			vars_unset(sh->vars, saved[i].name);
			vars_set(sh->vars, saved[i].name, saved[i].value, saved[i].flags);
		} else {
			vars_unset(sh->vars, saved[i].name);
		}
		free(saved[i].name);
		free(saved[i].value);
	}
}

/* Reports that name was not found and returns 127. */
static int not_found(struct shell *sh, const char *name)
{
	if (strchr(name, '/')) {
		errno = ENOENT;
		sh_perror(sh, "%s", name);
	} else {
		sh_error(sh, "%s: command not found", name);
	}
	return STATUS_NOTFOUND;
}

static int exec_failed(struct shell *sh, const char *path, const char *name, int e);

/* Returns the argv that runs the #!-less script at path with minish: NAME PATH ARGS...
 * (malloc'd array; the strings are argv's). */
static char **script_argv(const char *path, char **argv)
{
	int argc = 0;
	while (argv[argc])
		argc++;
	char **nargv = xcalloc((size_t)argc + 2, sizeof(char *));
	nargv[0] = argv[0];
	nargv[1] = (char *)path;
	for (int i = 1; i < argc; i++)
		nargv[i + 1] = argv[i];
	return nargv;
}

/* Replaces this process with the program at path; on failure exits 126 or 127. */
static _Noreturn void exec_path(struct shell *sh, const char *path, char **argv)
{
	char **env = vars_environ(sh->vars);
	if (sh->opt.fdtrace)
		trace_process_fds(sh, getpid(), argv, NULL);
	execve(path, argv, env);
	int e = errno;
	char *again = NULL;
	if (e == ENOENT && !strchr(argv[0], '/')) {
		/* A remembered location that has gone: search PATH once more. */
		path_forget(sh, argv[0]);
		again = path_find(sh, argv[0]);
		if (again) {
			path = again;
			execve(path, argv, env);
			e = errno;
		}
	}
	if (e == ENOEXEC && shell_self_exe(sh)) {
		execve(sh->self_exe, script_argv(path, argv), env);
		e = errno;
	}
	shell_exit(sh, exec_failed(sh, path, argv[0], e));
}

_Noreturn void exec_program(struct shell *sh, char **argv)
{
	char *path = path_find(sh, argv[0]);
	if (!path)
		shell_exit(sh, not_found(sh, argv[0]));
	exec_path(sh, path, argv);
}

void child_join_job(struct shell *sh, pid_t pgid, bool foreground)
{
	if (!sh->forked_with_job_control)
		return;
	setpgid(0, pgid);
	if (foreground && sh->tty_fd >= 0) {
		/* Take the terminal before exec, so the program never starts in the background
		 * (it would stop itself with SIGTTIN); SIGTTOU is blocked while doing it. */
		sigset_t ttou, old;
		sigemptyset(&ttou);
		sigaddset(&ttou, SIGTTOU);
		sigprocmask(SIG_BLOCK, &ttou, &old);
		tcsetpgrp(sh->tty_fd, pgid ? pgid : getpid());
		sigprocmask(SIG_SETMASK, &old, NULL);
		if (sh->opt.jobtrace)
			trace_job(sh, "terminal -> pgid %ld (taken by pid %ld before exec)", (long)(pgid ? pgid : getpid()),
			          (long)getpid());
	}
}

/* In a child (or with EX_LAST): redirections, exported assignments, exec. */
static _Noreturn void exec_in_child(struct shell *sh, const struct node *n, struct strvec *assigns,
                                    const char *path, char **argv)
{
	struct redir_saves save = { .n = 0 };
	if (redirs_apply(sh, n->redirs, &save) < 0)
		shell_exit(sh, 1);
	if (apply_assigns(sh, assigns, NULL, VAR_EXPORT) < 0)
		shell_exit(sh, 1);
	if (!path)
		shell_exit(sh, not_found(sh, argv[0]));
	if (procsub_pending(sh)) {
		/* A redirection started a process substitution: stay to clean it up, without
		 * holding its FIFO open (a >(...) reader would never see end of file). */
		pid_t pid = shell_fork(sh);
		if (pid < 0)
			shell_exit(sh, 1);
		if (pid == 0)
			exec_path(sh, path, argv);
		redirs_restore(&save);
		int status = shell_wait_pid(sh, pid);
		procsub_finish(sh);
		shell_exit(sh, status);
	}
	exec_path(sh, path, argv);
}

/* Reports why path could not be run (errno e) and returns 126 or 127. */
static int exec_failed(struct shell *sh, const char *path, const char *name, int e)
{
	struct stat st;
	if (e == EACCES && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		sh_error(sh, "%s: Is a directory", name);
		return STATUS_NOEXEC;
	}
	errno = e;
	sh_perror(sh, "%s", name);
	return e == ENOENT ? STATUS_NOTFOUND : STATUS_NOEXEC;
}

static int start_external(struct shell *sh, const struct node *n, struct strvec *assigns, char *path,
                          char **argv, pid_t pgid, pid_t *pidp);
static int fork_external(struct shell *sh, const struct node *n, struct strvec *assigns, char *path,
                         char **argv);

/* Runs an external command from the shell without forking it: redirections and
 * assignments are applied in the shell and undone after the program started (vfork). */
static int spawn_external(struct shell *sh, const struct node *n, struct strvec *assigns, char *path,
                          char **argv)
{
	pid_t pid = 0;
	int err = start_external(sh, n, assigns, path, argv, -1, &pid);
	if (err == REDIR_WOULD_BLOCK)
		return fork_external(sh, n, assigns, path, argv);
	if (err > 0)
		return exec_failed(sh, path, argv[0], err);
	if (err < 0)
		return 1;
	return wait_foreground_child(sh, pid, pid, n);
}

static bool redirs_are_pure(const struct redir *r);

static int start_external(struct shell *sh, const struct node *n, struct strvec *assigns, char *path,
                          char **argv, pid_t pgid, pid_t *pidp)
{
	struct redir_saves save = { .n = 0 };
	struct saved_var *saved = xcalloc(assigns->n + 1, sizeof(*saved));
	pid_t pid = 0;
	int err = -1;
	/* Opening a FIFO could block the shell: refuse it and let a forked child apply the
	 * redirections again, unless expanding them twice would repeat a side effect
	 * ($((n+=1)), $(...)): then the shell opens the FIFO itself, as dash's child would. */
	sh->redir_avoid_fifo = redirs_are_pure(n->redirs);
	int r = redirs_apply(sh, n->redirs, &save);
	sh->redir_avoid_fifo = false;
	if (r == REDIR_WOULD_BLOCK)
		err = REDIR_WOULD_BLOCK;
	if (r < 0 || apply_assigns(sh, assigns, saved, VAR_EXPORT) < 0)
		goto done;
	char **env = vars_environ(sh->vars);
	err = spawn_program(sh, path, argv, env, pgid, &pid);
	char *again = NULL;
	if (err == ENOENT && !strchr(argv[0], '/')) {
		/* A remembered location that has gone: search PATH once more. */
		path_forget(sh, argv[0]);
		again = path_find(sh, argv[0]);
		err = again ? spawn_program(sh, again, argv, env, pgid, &pid) : ENOENT;
		if (again)
			path = again;
	}
	if (err == ENOEXEC && shell_self_exe(sh)) {
		char **nargv = script_argv(path, argv);
		err = spawn_program(sh, sh->self_exe, nargv, env, pgid, &pid);
		free(nargv);
	}
	if (err == 0 && sh->opt.fdtrace)
		trace_process_fds(sh, pid, argv, NULL);  /* the child's fds are still exactly these */
	free(again);
done:
	restore_assigns(sh, saved, assigns->n);
	free(saved);
	redirs_restore(&save);
	*pidp = pid;
	return err;
}

/* True when expanding w can have no effect on the shell (no assignment, command
 * substitution, arithmetic, process substitution or ${x?} exit). */
static bool word_is_pure(const struct word *w);

static bool parts_are_pure(const struct word_part *p)
{
	for (; p; p = p->next) {
		switch (p->kind) {
		case WP_LITERAL:
		case WP_TILDE:
			break;
		case WP_DQUOTED:
			if (!parts_are_pure(p->u.dq))
				return false;
			break;
		case WP_PARAM:
			if (p->u.param.op == PARAM_ASSIGN || p->u.param.op == PARAM_ERROR || p->u.param.subscript ||
			    (p->u.param.arg && !word_is_pure(p->u.param.arg)) ||
			    (p->u.param.arg2 && !word_is_pure(p->u.param.arg2)))
				return false;
			break;
		case WP_CMDSUB:
		case WP_ARITH:
		case WP_PROCSUB_IN:
		case WP_PROCSUB_OUT:
			return false;
		}
	}
	return true;
}

static bool word_is_pure(const struct word *w)
{
	/* brace expansion may refuse a word with a message */
	return !w || (parts_are_pure(w->parts) && !brace_candidate(w));
}

/* True when expanding the targets and here-document bodies of redirs has no side effect, so
 * that a forked child may expand them again after the shell gave up half-way. */
static bool redirs_are_pure(const struct redir *r)
{
	for (; r; r = r->next)
		if (!word_is_pure(r->target) || !word_is_pure(r->heredoc_body))
			return false;
	return true;
}

int spawn_stage(struct shell *sh, const struct node *n, int in_fd, int out_fd, pid_t pgid, pid_t *pid)
{
	if (n->kind != N_SIMPLE || n->u.simple.assigns || !n->u.simple.words || sh->opt.nounset ||
	    sh->opt.xtrace || sh->opt.fdtrace || sh->traps[0] || sh->job_control)
		return 0;
	for (const struct word *w = n->u.simple.words; w; w = w->next)
		if (!word_is_pure(w))
			return 0;
	if (!redirs_are_pure(n->redirs))
		return 0;
	for (const struct redir *r = n->redirs; r; r = r->next)
		if (r->kind == R_DUP_OUT || r->kind == R_DUP_IN)
			return 0;
	struct arena_mark mark = arena_mark(sh->cmd_arena);
	struct strvec argv, assigns;
	strvec_init(&argv, sh->cmd_arena);
	strvec_init(&assigns, sh->cmd_arena);
	int result = 0;
	char *path = NULL;
	sh->expand_error = 0;
	if (expand_words(sh, n->u.simple.words, &argv) < 0 || argv.n == 0 || builtin_find(argv.v[0]) ||
	    funcs_find(sh->funcs, argv.v[0]) || !(path = path_find(sh, argv.v[0])))
		goto out;
	int saved_in = -1, saved_out = -1;
	if (in_fd >= 0) {
		saved_in = fcntl(0, F_DUPFD_CLOEXEC, 10);
		dup2(in_fd, 0);
	}
	if (out_fd >= 0) {
		saved_out = fcntl(1, F_DUPFD_CLOEXEC, 10);
		dup2(out_fd, 1);
	}
	int err = start_external(sh, n, &assigns, path, argv.v, pgid, pid);
	/* Put the shell's own stdin/stdout back; one that was closed is closed again. */
	if (in_fd >= 0 && saved_in >= 0) {
		dup2(saved_in, 0);
		close(saved_in);
	} else if (in_fd >= 0) {
		close(0);
	}
	if (out_fd >= 0 && saved_out >= 0) {
		dup2(saved_out, 1);
		close(saved_out);
	} else if (out_fd >= 0) {
		close(1);
	}
	/* err -1: a redirection failed and said so; err > 0 or a FIFO: the stage is forked. */
	result = err == 0 ? 1 : err == -1 ? -1 : 0;
out:
	free(path);
	arena_reset(sh->cmd_arena, mark);
	return result;
}

static int run_external(struct shell *sh, const struct node *n, struct strvec *assigns, char **argv,
                        unsigned flags)
{
	/* Search in the shell, so the hash remembers the location for the next time. */
	char *path = path_find(sh, argv[0]);
	if ((flags & EX_LAST) && !sh->traps[0] && !procsub_pending(sh))
		exec_in_child(sh, n, assigns, path, argv);
	if (!path) {
		if (!n->redirs)
			return not_found(sh, argv[0]);
		struct redir_saves save = { .n = 0 };
		int status = redirs_apply(sh, n->redirs, &save) < 0 ? 1 : not_found(sh, argv[0]);
		redirs_restore(&save);
		return status;
	}
	int status = sh->job_control ? fork_external(sh, n, assigns, path, argv)
	                             : spawn_external(sh, n, assigns, path, argv);
	free(path);
	return status;
}

/* Runs an external command in a forked child: with job control (the child joins its
 * group and takes the terminal itself), or when a redirection could block the shell. */
static int fork_external(struct shell *sh, const struct node *n, struct strvec *assigns, char *path,
                         char **argv)
{
	pid_t pid = shell_fork(sh);
	if (pid < 0)
		return 1;
	pid_t pgid = sh->procsub_pgid;
	if (pid == 0) {
		child_join_job(sh, pgid, true);
		exec_in_child(sh, n, assigns, path, argv);
	}
	if (sh->job_control)
		setpgid(pid, pgid ? pgid : pid);
	return wait_foreground_child(sh, pid, pgid ? pgid : pid, n);
}

int call_function(struct shell *sh, const struct node *body, int argc, char **argv)
{
	if (sh->func_depth >= FUNC_DEPTH_MAX) {
		sh_error(sh, "%s: maximum function nesting level exceeded (%d)", argv[0], FUNC_DEPTH_MAX);
		return 1;
	}
	const struct func *f = funcs_find(sh->funcs, argv[0]);
	struct arena *arena = f ? f->arena : NULL;
	if (arena)
		arena_ref(arena);
	struct positional saved_pos = sh->pos;
	sh->pos.argv = NULL;
	sh->pos.argc = 0;
	shell_set_positional(sh, argc - 1, argv + 1);
	struct arena *saved_tree = sh->tree_arena;
	if (arena)
		sh->tree_arena = arena;
	vars_push_scope(sh->vars);
	sh->func_depth++;
	int status = exec_tree(sh, body, 0);
	if (sh->unwind == UNWIND_RETURN) {
		sh->unwind = UNWIND_NONE;
		status = sh->status;
	}
	sh->func_depth--;
	vars_pop_scope(sh->vars);
	sh->tree_arena = saved_tree;
	shell_set_positional(sh, 0, NULL);
	free(sh->pos.argv);
	sh->pos = saved_pos;
	if (arena)
		arena_unref(arena);
	return status;
}

/* Runs a builtin or function in this process with its redirections and assignments. */
static int run_in_shell(struct shell *sh, const struct node *n, struct strvec *assigns, int argc,
                        char **argv, const struct builtin *bi, const struct func *f)
{
	bool special = bi && (bi->flags & BI_SPECIAL);
	bool is_exec = bi && bi->fn == bi_exec;
	struct redir_saves save = { .n = 0 };
	struct saved_var *saved = NULL;
	int status;
	if (redirs_apply(sh, n->redirs, is_exec ? NULL : &save) < 0) {
		status = 1;
		if (special) {
			redirs_restore(&save);
			sh->status = STATUS_SYNTAX;
			exit_if_fatal(sh, true);
		}
		goto restore;
	}
	if (!special)
		saved = xcalloc(assigns->n + 1, sizeof(*saved));
	if (apply_assigns(sh, assigns, saved, special ? 0 : VAR_EXPORT) < 0) {
		status = 1;
		goto restore;
	}
	if (sh->opt.fdtrace && sh->pipeline_stage)
		trace_process_fds(sh, getpid(), argv, bi ? "builtin, in a forked shell" : "function, in a forked shell");
	if (bi) {
		status = bi->fn(sh, argc, argv);
		if (fflush(stdout) == EOF || ferror(stdout)) {
			if (errno != EPIPE)
				sh_perror(sh, "%s: write error", argv[0]);
			clearerr(stdout);
			status = status ? status : 1;
		}
	} else {
		status = call_function(sh, f->body, argc, argv);
	}
restore:
	if (saved)
		restore_assigns(sh, saved, assigns->n);
	free(saved);
	fflush(stdout);
	redirs_restore(&save);
	return status;
}

/* Dispatches an expanded command: special builtin, function, builtin, program. */
static int dispatch(struct shell *sh, const struct node *n, struct strvec *assigns, int argc, char **argv,
                    unsigned flags, bool skip_functions)
{
	const struct builtin *bi = builtin_find(argv[0]);
	if (bi && (bi->flags & BI_SPECIAL))
		return run_in_shell(sh, n, assigns, argc, argv, bi, NULL);
	const struct func *f = skip_functions ? NULL : funcs_find(sh->funcs, argv[0]);
	if (f)
		return run_in_shell(sh, n, assigns, argc, argv, NULL, f);
	if (bi)
		return run_in_shell(sh, n, assigns, argc, argv, bi, NULL);
	return run_external(sh, n, assigns, argv, flags);
}

int run_argv(struct shell *sh, int argc, char **argv, bool skip_functions)
{
	static const struct node bare = { .kind = N_SIMPLE };
	struct strvec none;
	strvec_init(&none, sh->cmd_arena);
	return dispatch(sh, &bare, &none, argc, argv, 0, skip_functions);
}

/* A command with no words: assignments stay, redirections are tried and undone. */
static int assignments_only(struct shell *sh, const struct node *n, struct strvec *assigns)
{
	int status = 0;
	if (n->redirs) {
		struct redir_saves save = { .n = 0 };
		if (redirs_apply(sh, n->redirs, &save) < 0)
			status = 1;
		redirs_restore(&save);
	}
	if (apply_assigns(sh, assigns, NULL, 0) < 0) {
		/* `r=2` with r readonly ends a non-interactive shell in dash and bash (POSIX:
		 * a variable assignment error), with bash's status 1. */
		sh->status = 1;
		exit_if_fatal(sh, true);
		status = 1;
	}
	if (status == 0 && sh->cmdsub_status >= 0)
		status = sh->cmdsub_status;
	return status;
}

int exec_simple(struct shell *sh, const struct node *n, unsigned flags)
{
	struct arena_mark mark = arena_mark(sh->cmd_arena);
	struct procsub *procsubs = procsub_mark(sh);
	struct strvec argv, assigns;
	int status;
	sh->lineno = n->line;
	sh->cmdsub_status = -1;
	sh->expand_error = 0;
	sh->procsub_pgid = 0;
	sh->stopped_job = NULL;
	strvec_init(&argv, sh->cmd_arena);
	strvec_init(&assigns, sh->cmd_arena);
	if (expand_words(sh, n->u.simple.words, &argv) < 0 || expand_assigns(sh, n, &assigns) < 0) {
		status = sh->status ? sh->status : 1;
		sh->status = status;
		exit_if_fatal(sh, false);
		goto out;
	}
	if (sh->opt.xtrace)
		trace_command(sh, assigns.v, (int)assigns.n, (int)argv.n, argv.v);
	if (argv.n == 0)
		status = assignments_only(sh, n, &assigns);
	else
		status = dispatch(sh, n, &assigns, (int)argv.n, argv.v, flags, false);
out:
	if (procsub_mark(sh) != procsubs)
		procsub_finish_since(sh, procsubs);
	arena_reset(sh->cmd_arena, mark);
	sh->pipestatus[0] = status;
	sh->npipestatus = 1;
	return status;
}
