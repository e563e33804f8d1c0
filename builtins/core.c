/* core.c - the control builtins: : true false exit return break continue eval . exec shift times. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/times.h>
#include <unistd.h>

#include "../parser/arena.h"
#include "../shell/error.h"
#include "../shell/eval.h"
#include "../shell/exec_internal.h"
#include "../shell/jobs.h"
#include "../shell/procsub.h"
#include "../shell/repl.h"
#include "../shell/shell.h"
#include "../shell/trap_bash.h"
#include "../shell/vars.h"
#include "args.h"
#include "builtins.h"

int bi_colon(struct shell *sh, int argc, char **argv)
{
	(void)sh, (void)argc, (void)argv;
	return 0;
}

int bi_true(struct shell *sh, int argc, char **argv)
{
	(void)sh, (void)argc, (void)argv;
	return 0;
}

int bi_false(struct shell *sh, int argc, char **argv)
{
	(void)sh, (void)argc, (void)argv;
	return 1;
}

int bi_exit(struct shell *sh, int argc, char **argv)
{
	int status = sh->status;
	if (argc > 2) {
		sh_error(sh, "exit: too many arguments");
		return 1;
	}
	if (argc == 2 && arg_to_int(argv[1], &status) < 0) {
		sh_error(sh, "exit: %s: numeric argument required", argv[1]);
		status = 2;
	}
	if (sh->job_control && !sh->in_subshell && jobs_any_stopped(sh) &&
	    sh->exit_warned + 1 != sh->commands_run) {
		fputs("There are stopped jobs.\n", stderr);
		sh->exit_warned = sh->commands_run;
		return 1;
	}
	shell_exit(sh, status);
}

int bi_logout(struct shell *sh, int argc, char **argv)
{
	if (!sh->login_shell) {
		sh_error(sh, "logout: not login shell: use `exit'");
		return 1;
	}
	return bi_exit(sh, argc, argv);
}

/* return, break and continue share the argument check. */
static int unwind_arg(struct shell *sh, int argc, char **argv, int dflt, int *n)
{
	*n = dflt;
	if (argc > 2) {
		sh_error(sh, "%s: too many arguments", argv[0]);
		return -1;
	}
	if (argc == 2 && arg_to_int(argv[1], n) < 0) {
		sh_error(sh, "%s: %s: numeric argument required", argv[0], argv[1]);
		return -1;
	}
	return 0;
}

int bi_return(struct shell *sh, int argc, char **argv)
{
	int n;
	if (sh->func_depth == 0 && sh->source_depth == 0 && sh->opt.interactive) {
		sh_error(sh, "return: can only `return' from a function or sourced script");
		return 1;
	}
	if (unwind_arg(sh, argc, argv, sh->status, &n) < 0)
		n = 2;
	if (sh->func_depth == 0 && sh->source_depth == 0)
		shell_exit(sh, n);  /* a script's top level: return ends it, as in dash */
	sh->status = n & 0xff;
	sh->unwind = UNWIND_RETURN;
	return sh->status;
}

static int loop_control(struct shell *sh, int argc, char **argv, enum unwind how)
{
	int n;
	if (unwind_arg(sh, argc, argv, 1, &n) < 0)
		return 1;
	if (n < 1) {
		sh_error(sh, "%s: %s: loop count out of range", argv[0], argv[1]);
		return 1;
	}
	if (sh->loop_depth == 0) {
		sh_error(sh, "%s: only meaningful in a `for', `while', or `until' loop", argv[0]);
		return 0;
	}
	sh->unwind = how;
	sh->unwind_count = n < sh->loop_depth ? n : sh->loop_depth;
	return 0;
}

int bi_break(struct shell *sh, int argc, char **argv)
{
	return loop_control(sh, argc, argv, UNWIND_BREAK);
}

int bi_continue(struct shell *sh, int argc, char **argv)
{
	return loop_control(sh, argc, argv, UNWIND_CONTINUE);
}

int bi_eval(struct shell *sh, int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "--") == 0) {
		argc--;
		argv++;
	}
	if (argc < 2)
		return 0;
	size_t len = 0;
	for (int i = 1; i < argc; i++)
		len += strlen(argv[i]) + 1;
	char *s = malloc(len + 1);
	if (!s)
		return 1;
	char *p = s;
	for (int i = 1; i < argc; i++) {
		size_t l = strlen(argv[i]);
		memcpy(p, argv[i], l);
		p += l;
		*p++ = i + 1 < argc ? ' ' : '\0';
	}
	int status = eval_string(sh, s, strlen(s), "eval");
	free(s);
	return status;
}

/* True when path names something `.` can read that is not a directory. */
static bool readable_file(const char *path)
{
	struct stat st;
	return access(path, R_OK) == 0 && stat(path, &st) == 0 && !S_ISDIR(st.st_mode);
}

/* Finds FILE for `.`: a name with a slash as is, else through the shell's PATH (an empty
 * entry is the cwd; directories are skipped), else the cwd, as bash does. */
static char *find_dot_file(struct shell *sh, const char *name)
{
	if (strchr(name, '/'))
		return strdup(name);
	const char *path = shell_getvar(sh, "PATH");
	for (const char *p = path; p;) {
		const char *colon = strchr(p, ':');
		size_t dl = colon ? (size_t)(colon - p) : strlen(p);
		size_t size = dl + strlen(name) + 3;
		char *cand = malloc(size);
		if (!cand)
			return NULL;
		if (dl == 0)
			snprintf(cand, size, "./%s", name);
		else
			snprintf(cand, size, "%.*s/%s", (int)dl, p, name);
		if (readable_file(cand))
			return cand;
		free(cand);
		p = colon ? colon + 1 : NULL;
	}
	return readable_file(name) ? strdup(name) : NULL;
}

int bi_dot(struct shell *sh, int argc, char **argv)
{
	if (argc < 2) {
		sh_error(sh, "%s: filename argument required", argv[0]);
		return 2;
	}
	char *file = find_dot_file(sh, argv[1]);
	if (!file) {
		sh_error(sh, "%s: %s: file not found", argv[0], argv[1]);
		return 1;
	}
	struct stat st;
	if (stat(file, &st) == 0 && S_ISDIR(st.st_mode)) {
		sh_error(sh, "%s: %s: is a directory", argv[0], argv[1]);
		free(file);
		return 1;
	}
	struct positional saved = sh->pos;
	bool new_args = argc > 2;
	if (new_args) {
		sh->pos.argv = NULL;
		sh->pos.argc = 0;
		shell_set_positional(sh, argc - 2, argv + 2);
	}
	struct call_frame frame;
	shell_push_frame(sh, &frame, "source", false);
	unsigned long ran_before = sh->commands_run, errors_before = sh->errors_reported;
	int status = repl_source_file(sh, file);
	if (status > 0 && sh->commands_run == ran_before && sh->errors_reported == errors_before)
		status = 0;  /* a file with no commands: status 0 (POSIX), not the $? it started with;
		                a syntax error keeps its status 2 */
	if (sh->traps[TRAP_RETURN] && status >= 0)
		trap_run_return(sh, false, status);
	shell_pop_frame(sh);
	if (status < 0) {
		sh_perror(sh, "%s: %s", argv[0], argv[1]);
		status = 1;
	}
	if (new_args) {
		shell_set_positional(sh, 0, NULL);
		free(sh->pos.argv);
		sh->pos = saved;
	}
	free(file);
	return status;
}

int bi_exec(struct shell *sh, int argc, char **argv)
{
	/* bash's options: -a NAME is the program's argv[0], -l puts a - before it (a login
	 * shell), -c gives it an empty environment */
	char *arg0 = NULL;
	bool login = false, empty_env = false;
	int c;
	opterr = 0;
	optind = 0;
	while ((c = getopt(argc, argv, "+a:cl")) != -1) {
		if (c == 'a') {
			arg0 = optarg;
		} else if (c == 'c') {
			empty_env = true;
		} else if (c == 'l') {
			login = true;
		} else {
			sh_error(sh, optopt == 'a' ? "exec: -%c: option requires an argument"
			                           : "exec: -%c: invalid option", optopt);
			return 2;
		}
	}
	int first = optind;
	if (first >= argc)
		return 0;
	if (login) {
		const char *name = arg0 ? arg0 : argv[first];
		size_t n = strlen(name);
		char *dashed = arena_alloc_raw(sh->cmd_arena, n + 2);
		dashed[0] = '-';
		memcpy(dashed + 1, name, n + 1);
		arg0 = dashed;
	}
	if (sh->in_subshell && procsub_pending(sh))
		procsub_exec_and_wait(sh, argv + first);
	procsub_before_exec(sh);
	exec_program_as(sh, argv + first, arg0, empty_env);
}

int bi_shift(struct shell *sh, int argc, char **argv)
{
	int n = 1;  /* errors give status 2, as in dash (bash: 1) */
	if (argc > 2) {
		sh_error(sh, "shift: too many arguments");
		return 2;
	}
	if (argc == 2 && (arg_to_int(argv[1], &n) < 0 || n < 0)) {
		sh_error(sh, "shift: %s: numeric argument required", argv[1]);
		return 2;
	}
	if (n > sh->pos.argc) {
		sh_error(sh, "shift: %d: shift count out of range", n);
		return 2;
	}
	for (int i = 0; i < n; i++)
		free(sh->pos.argv[i]);
	memmove(sh->pos.argv, sh->pos.argv + n, (size_t)(sh->pos.argc - n + 1) * sizeof(char *));
	sh->pos.argc -= n;
	return 0;
}

static void print_time(double secs)
{
	int m = (int)(secs / 60);
	printf("%dm%.3fs", m, secs - m * 60);
}

int bi_times(struct shell *sh, int argc, char **argv)
{
	(void)sh, (void)argc, (void)argv;
	struct tms t;
	times(&t);
	double hz = (double)sysconf(_SC_CLK_TCK);
	print_time((double)t.tms_utime / hz);
	putchar(' ');
	print_time((double)t.tms_stime / hz);
	putchar('\n');
	print_time((double)t.tms_cutime / hz);
	putchar(' ');
	print_time((double)t.tms_cstime / hz);
	putchar('\n');
	return 0;
}
