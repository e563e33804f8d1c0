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
#include "assign.h"
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
#include "trap_bash.h"
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
static void trace_command(struct shell *sh, const struct xassigns *assigns, int argc, char **argv)
{
	xtrace_prefix(sh);
	bool first = true;
	for (size_t i = 0; i < assigns->n; i++, first = false) {
		if (!first)
			fputc(' ', stderr);
		assign_trace(stderr, &assigns->v[i]);
	}
	for (int i = 0; i < argc; i++, first = false) {
		if (!first)
			fputc(' ', stderr);
		print_quoted(stderr, argv[i]);
	}
	fputc('\n', stderr);
	fflush(stderr);
}

/* The temporary prefix assignments of a command, to put back afterwards. */
struct prefix_saves {
	struct saved_var *v;  /* one per assignment; NULL when none */
	size_t n;
	bool path;            /* PATH is among them: look the command up without the hash */
};

/* Expands the assignments of n one by one, each made before the next is expanded, so a later
 * one sees an earlier one (dash, bash). With save non-NULL they are temporary, plain values and
 * exported (the old values go to save, or, with locals, they are locals of the scope just
 * opened for a function call); else they stay, with all their forms (arrays too). traced gets
 * them as expanded, for set -x. Returns 0, -1 after an error was reported (expansion,
 * readonly variable), or -2 when a command substitution could not run (no pipe or process: only
 * the command fails, as `echo $(...)` does). A temporary a[i]=v is reported and skipped, as in bash. */
static int apply_prefixes(struct shell *sh, const struct node *n, struct prefix_saves *save,
                          struct xassigns *traced, bool locals)
{
	size_t count = 0;
	for (const struct assign *a = n->u.simple.assigns; a; a = a->next)
		count++;
	if (!count)
		return 0;
	if (save)
		save->v = xcalloc(count, sizeof(*save->v));
	traced->v = arena_alloc(sh->cmd_arena, count * sizeof(*traced->v));
	for (const struct assign *a = n->u.simple.assigns; a; a = a->next) {
		struct xassign *xa = &traced->v[traced->n];
		if (assign_expand_one(sh, a, xa) < 0)
			return sh->expand_error ? -1 : -2;
		traced->n++;
		if (!save) {
			if (assign_apply(sh, xa, 0) < 0)
				return -1;
			continue;
		}
		const char *value = assign_temp_value(sh, xa);
		if (!value)
			continue;
		if (locals) {
			if (vars_flags(sh->vars, xa->name) & VAR_READONLY) {
				sh_error(sh, "%s: readonly variable", xa->name);
				return -1;
			}
			vars_make_local(sh->vars, xa->name);
			if (shell_setvar(sh, xa->name, value) < 0)
				return -1;
			vars_set(sh->vars, xa->name, NULL, VAR_EXPORT);
			continue;
		}
		struct saved_var *sv = &save->v[save->n++];
		const char *old = vars_get(sh->vars, xa->name);
		sv->name = xstrdup(xa->name);
		sv->value = old ? xstrdup(old) : NULL;
		sv->flags = vars_flags(sh->vars, xa->name);
		save->path |= strcmp(xa->name, "PATH") == 0;
		if (shell_setvar(sh, xa->name, value) < 0)
			return -1;
		vars_set(sh->vars, xa->name, value, VAR_EXPORT);
	}
	return 0;
}

/* Puts back what apply_prefixes changed, last first. */
static void restore_prefixes(struct shell *sh, struct prefix_saves *save)
{
	for (size_t i = save->n; i-- > 0;) {
		struct saved_var *sv = &save->v[i];
		vars_unset(sh->vars, sv->name);
		if (sv->value || sv->flags)
			vars_set(sh->vars, sv->name, sv->value, sv->flags);
		free(sv->name);
		free(sv->value);
	}
	free(save->v);
	save->v = NULL;
	save->n = 0;
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
static _Noreturn void exec_path_env(struct shell *sh, const char *path, char **argv, char **env)
{
	if (sh->opt.fdtrace)
		trace_process_fds(sh, getpid(), argv, NULL);
	input_sync_script(sh);  /* exec: the program reads the rest of a script on stdin */
	execve(path, argv, env);
	int e = errno;
	if (e == ENOEXEC && shell_self_exe(sh)) {
		execve(sh->self_exe, script_argv(path, argv), env);
		e = errno;
	}
	shell_exit(sh, exec_failed(sh, path, argv[0], e));
}

static _Noreturn void exec_path(struct shell *sh, const char *path, char **argv)
{
	exec_path_env(sh, path, argv, vars_environ(sh->vars));
}

_Noreturn void exec_program(struct shell *sh, char **argv)
{
	exec_program_as(sh, argv, NULL, false);
}

_Noreturn void exec_program_as(struct shell *sh, char **argv, char *arg0, bool empty_env)
{
	char *path = path_find(sh, argv[0]);
	if (!path)
		shell_exit(sh, not_found(sh, argv[0]));
	if (arg0)
		argv[0] = arg0;
	static char *no_env[] = { NULL };
	exec_path_env(sh, path, argv, empty_env ? no_env : vars_environ(sh->vars));
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

/* In a child (or with EX_LAST): redirections, exec (the prefix assignments are set, exported). */
static _Noreturn void exec_in_child(struct shell *sh, const struct node *n, const char *path, char **argv)
{
	struct redir_saves save;
	redir_saves_init(&save, false);
	if (redirs_apply(sh, n->redirs, &save) < 0)
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
	sh_perror(sh, "%s", e == ENOENT ? path : name);
	return e == ENOENT || e == ENAMETOOLONG ? STATUS_NOTFOUND : STATUS_NOEXEC;
}

static int start_external(struct shell *sh, const struct node *n, char *path, char **argv, pid_t pgid,
                          pid_t *pidp);
static int fork_external(struct shell *sh, const struct node *n, char *path, char **argv);

/* Runs an external command from the shell without forking it: redirections are applied in
 * the shell and undone after the program started (vfork). */
static int spawn_external(struct shell *sh, const struct node *n, char *path, char **argv)
{
	pid_t pid = 0;
	int err = start_external(sh, n, path, argv, -1, &pid);
	if (err == REDIR_WOULD_BLOCK)
		return fork_external(sh, n, path, argv);
	if (err > 0)
		return exec_failed(sh, path, argv[0], err);
	if (err < 0)
		return 1;
	return wait_foreground_child(sh, pid, pid, n);
}

static bool redirs_are_pure(const struct redir *r);

static int start_external(struct shell *sh, const struct node *n, char *path, char **argv, pid_t pgid,
                          pid_t *pidp)
{
	struct redir_saves save;
	redir_saves_init(&save, true);
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
	if (r < 0)
		goto done;
	char **env = vars_environ(sh->vars);
	err = spawn_program(sh, path, argv, env, pgid, &pid);
	if (err == ENOEXEC && shell_self_exe(sh)) {
		char **nargv = script_argv(path, argv);
		err = spawn_program(sh, sh->self_exe, nargv, env, pgid, &pid);
		free(nargv);
	}
	if (err == 0 && sh->opt.fdtrace)
		trace_process_fds(sh, pid, argv, NULL);  /* the child's fds are still exactly these */
done:
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
		if (r->kind == R_DUP_OUT || r->kind == R_DUP_IN || r->kind == R_MOVE_OUT ||
		    r->kind == R_MOVE_IN || r->varname)
			return 0;
	struct arena_mark mark = arena_mark(sh->cmd_arena);
	struct strvec argv;
	strvec_init(&argv, sh->cmd_arena);
	int result = 0;
	char *path = NULL;
	sh->expand_error = 0;
	if (expand_words(sh, n->u.simple.words, &argv) < 0 || argv.n == 0 || builtin_find(argv.v[0]) ||
	    funcs_find(sh->funcs, argv.v[0]) || !(path = path_find(sh, argv.v[0])))
		goto out;
	/* Save the shell's own stdin/stdout first; when that fails (no free fd), fork the stage. */
	int saved_in = -1, saved_out = -1;
	if ((in_fd >= 0 && (saved_in = fd_dup_high(0)) < 0 && errno != EBADF) ||
	    (out_fd >= 0 && (saved_out = fd_dup_high(1)) < 0 && errno != EBADF)) {
		if (saved_in >= 0)
			close(saved_in);
		goto out;
	}
	if (in_fd >= 0)
		dup2(in_fd, 0);
	if (out_fd >= 0)
		dup2(out_fd, 1);
	int err = start_external(sh, n, path, argv.v, pgid, pid);
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

/* Runs program argv[0], looked up in search_path when it is not NULL (a PATH=... prefix,
 * command -p: the hash stays for the shell's own PATH), else through the hash. */
static int run_external(struct shell *sh, const struct node *n, char **argv, unsigned flags,
                        const char *search_path)
{
	/* Search in the shell, so the hash remembers the location for the next time. */
	char *path = search_path ? path_search_in(argv[0], search_path) : path_find(sh, argv[0]);
	if ((flags & EX_LAST) && !sh->traps[0] && !procsub_pending(sh))
		exec_in_child(sh, n, path, argv);
	if (!path) {
		if (!n->redirs)
			return not_found(sh, argv[0]);
		struct redir_saves save;
		redir_saves_init(&save, false);
		int status = redirs_apply(sh, n->redirs, &save) < 0 ? 1 : not_found(sh, argv[0]);
		redirs_restore(&save);
		return status;
	}
	int status = sh->job_control ? fork_external(sh, n, path, argv) : spawn_external(sh, n, path, argv);
	free(path);
	return status;
}

/* Runs an external command in a forked child: with job control (the child joins its
 * group and takes the terminal itself), or when a redirection could block the shell. */
static int fork_external(struct shell *sh, const struct node *n, char *path, char **argv)
{
	pid_t pid = shell_fork(sh);
	if (pid < 0)
		return 1;
	pid_t pgid = sh->procsub_pgid;
	if (pid == 0) {
		child_join_job(sh, pgid, true);
		exec_in_child(sh, n, path, argv);
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
	struct call_frame frame;
	shell_push_frame(sh, &frame, argv[0], true);
	char *saved_name = sh->script_name;
	if (f)
		sh->script_name = (char *)f->file;  /* errors name the file the function came from, as bash */
	if (sh->traps[TRAP_DEBUG])
		trap_run_debug_entry(sh);
	int status = exec_tree(sh, body, 0);
	if (sh->unwind == UNWIND_RETURN) {
		sh->unwind = UNWIND_NONE;
		status = sh->status;
	}
	if (sh->traps[TRAP_RETURN])
		trap_run_return(sh, true, status);
	shell_pop_frame(sh);
	sh->script_name = saved_name;
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

/* Runs a builtin or function in this process with its redirections;
 * via_command: run by `command`, which takes away a special builtin's special properties. */
static int run_in_shell(struct shell *sh, const struct node *n, int argc, char **argv,
                        const struct builtin *bi, const struct func *f, bool via_command)
{
	bool special = bi && (bi->flags & BI_SPECIAL) && !via_command;
	bool is_exec = bi && bi->fn == bi_exec;
	struct redir_saves save;
	redir_saves_init(&save, false);
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
	if (sh->opt.fdtrace && sh->pipeline_stage)
		trace_process_fds(sh, getpid(), argv, bi ? "builtin, in a forked shell" : "function, in a forked shell");
	if (bi) {
		unsigned long errors = sh->errors_reported;
		status = bi->fn(sh, argc, argv);
		if (special && !(bi->flags & BI_NONFATAL) && status != 0 && sh->errors_reported != errors) {
			/* POSIX 2.8.1: a special builtin's error ends a non-interactive shell (dash: status 2) */
			sh->status = STATUS_SYNTAX;
			exit_if_fatal(sh, true);
		}
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
	fflush(stdout);
	redirs_restore(&save);
	return status;
}

/* Reports a failed prefix assignment: an expansion error as expansion errors go; a readonly
 * variable ends a non-interactive shell with status 2, as in dash; rc -2 (no pipe or process for
 * a command substitution) fails only the command. Returns the status. */
static int prefix_failed(struct shell *sh, int rc)
{
	if (rc == -2)
		return sh->status ? sh->status : 1;
	if (!sh->expand_error)
		sh->status = STATUS_SYNTAX;
	exit_if_fatal(sh, true);
	return sh->expand_error && sh->status ? sh->status : 1;
}

/* Dispatches an expanded command: special builtin, function, builtin, program. The prefix
 * assignments are set first (so PATH=dir cmd searches dir); they stay after a special builtin
 * (POSIX) and after local (dash), and are temporary and exported otherwise (exec too, so that its
 * program sees them, as in bash). via_command: run by `command` (no functions, nothing special);
 * search_path: where to look for a program instead of PATH (command -p), or NULL. */
static int dispatch(struct shell *sh, const struct node *n, int argc, char **argv, unsigned flags,
                    bool via_command, const char *search_path)
{
	const struct builtin *bi = builtin_find(argv[0]);
	bool special = bi && (bi->flags & BI_SPECIAL);
	const struct func *f = special || via_command ? NULL : funcs_find(sh->funcs, argv[0]);
	if (f)
		bi = NULL;
	bool keep = bi && ((special && !via_command && bi->fn != bi_exec) || (bi->flags & BI_KEEPS_ASSIGNS));
	struct prefix_saves save = { .v = NULL, .n = 0, .path = false };
	struct xassigns traced = { NULL, 0 };
	/* x=1 f: the assignments are a scope of their own around the call (bash), so an `unset x`
	 * in f shows the x outside again */
	bool scope = f && n->u.simple.assigns;
	int status;
	if (scope)
		vars_push_scope(sh->vars);
	int applied = apply_prefixes(sh, n, keep ? NULL : &save, &traced, scope);
	if (applied < 0) {
		status = prefix_failed(sh, applied);
		goto restore;
	}
	if (sh->opt.xtrace)
		trace_command(sh, &traced, argc, argv);
	if (bi || f)
		status = run_in_shell(sh, n, argc, argv, bi, f, via_command);
	else
		status = run_external(sh, n, argv, flags,
		                      search_path ? search_path : save.path ? shell_getvar(sh, "PATH") : NULL);
restore:
	restore_prefixes(sh, &save);
	if (scope)
		vars_pop_scope(sh->vars);
	return status;
}

int run_argv(struct shell *sh, int argc, char **argv, bool skip_functions, const char *search_path)
{
	static const struct node bare = { .kind = N_SIMPLE };
	return dispatch(sh, &bare, argc, argv, 0, skip_functions, search_path);
}

/* A command with no words: the redirections are applied, then the assignments are expanded and
 * stay (so the redirections cover their command substitutions, as in dash), then the
 * redirections are undone. A failed redirection skips the assignments. */
static int assignments_only(struct shell *sh, const struct node *n)
{
	struct redir_saves save;
	redir_saves_init(&save, false);
	struct xassigns traced = { NULL, 0 };
	int status = 0, applied = 0;
	if (redirs_apply(sh, n->redirs, &save) < 0) {
		status = 1;
	} else if ((applied = apply_prefixes(sh, n, NULL, &traced, false)) < 0) {
		if (sh->opt.xtrace && traced.n)
			trace_command(sh, &traced, 0, NULL);
		redirs_restore(&save);
		return prefix_failed(sh, applied);
	} else if (sh->opt.xtrace) {
		trace_command(sh, &traced, 0, NULL);
	}
	redirs_restore(&save);
	if (status == 0 && sh->cmdsub_status >= 0)
		status = sh->cmdsub_status;
	return status;
}

int exec_simple(struct shell *sh, const struct node *n, unsigned flags)
{
	struct arena_mark mark = arena_mark(sh->cmd_arena);
	struct procsub *procsubs = procsub_mark(sh);
	struct strvec argv;
	int status;
	sh->lineno = n->line;
	sh->cmdsub_status = -1;
	sh->expand_error = 0;
	sh->procsub_pgid = 0;
	sh->stopped_job = NULL;
	assign_forget_operands(sh);
	strvec_init(&argv, sh->cmd_arena);
	if (expand_words(sh, n->u.simple.words, &argv) < 0) {
		status = sh->status ? sh->status : 1;
		sh->status = status;
		exit_if_fatal(sh, false);
		goto out;
	}
	if (argv.n == 0)
		status = assignments_only(sh, n);
	else
		status = dispatch(sh, n, (int)argv.n, argv.v, flags, false, NULL);
	vars_set_last_arg(sh, argv.n ? argv.v[argv.n - 1] : "");
out:
	assign_forget_operands(sh);
	if (procsub_mark(sh) != procsubs)
		procsub_finish_since(sh, procsubs);
	arena_reset(sh->cmd_arena, mark);
	sh->pipestatus[0] = status;
	sh->npipestatus = 1;
	return status;
}
