/* main.c - options and modes (-c, file, stdin, -i, -s, -n, --dump-ast ...), then the loop. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../parser/arena.h"
#include "../parser/ast.h"
#include "../parser/parser.h"
#include "error.h"
#include "histlist.h"
#include "input.h"
#include "interrupt.h"
#include "jobctl.h"
#include "oom.h"
#include "options.h"
#include "repl.h"
#include "shell.h"
#include "stack.h"
#include "signals.h"
#include "vars.h"
#include "xalloc.h"

enum dump_format {
	DUMP_NONE,
	DUMP_TEXT,
	DUMP_JSON,
	DUMP_DOT,
};

struct invocation {
	const char *command;     /* -c STRING */
	const char *file;        /* script operand */
	int nargs;               /* operands after the script / -c name */
	char **args;
	const char *name;        /* $0 */
	bool force_interactive;  /* -i */
	bool stdin_mode;         /* -s */
	bool norc;
	bool noprofile;
	const char *rcfile;      /* --rcfile FILE: read instead of ~/.minishrc */
	bool login;              /* -l, --login, or argv[0] starting with '-' */
	enum dump_format dump;
};

static void usage(FILE *out)
{
	fputs("usage: minish [options] [-c STRING [NAME [ARGS...]] | FILE [ARGS...] | -s [ARGS...]]\n"
	      "options:\n"
	      "  -c STRING        run STRING\n"
	      "  -s               read commands from standard input\n"
	      "  -i               interactive shell\n"
	      "  -n               check syntax only\n"
	      "  -abCefhmuvx      set options (see `set`); +x turns one off\n"
	      "  -o NAME, +o NAME set or unset a long option (pipefail, vi, emacs ...)\n"
	      "  --dump-ast[=text|json|dot]  print the command tree instead of running it\n"
	      "  -l, --login      login shell: read /etc/profile and ~/.profile first\n"
	      "  --norc           do not read ~/.minishrc\n"
	      "  --rcfile FILE    read FILE instead of ~/.minishrc (also --init-file)\n"
	      "  --noprofile      do not read /etc/profile and ~/.profile\n"
	      "  --fdtrace, --jobtrace  trace fds of started processes / job control (set -o ...)\n"
	      "  --help, --version\n",
	      out);
}

/* Frees the shell and exits: used before anything has run. */
static _Noreturn void leave(struct shell *sh, int status)
{
	fflush(stdout);
	shell_free(sh);
	exit(status);
}

/* Parses argv into inv and sh->opt; exits 2 on a bad option. */
static void parse_args(struct shell *sh, struct invocation *inv, int argc, char **argv)
{
	int i = 1;
	bool want_c = false;
	for (; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--") || !strcmp(a, "-")) {
			i++;  /* both end the options, as in dash */
			break;
		}
		if (!strcmp(a, "--help")) {
			usage(stdout);
			leave(sh, 0);
		}
		if (!strcmp(a, "--version")) {
			printf("minish %s\n", MINISH_VERSION);
			leave(sh, 0);
		}
		if (!strcmp(a, "--norc")) {
			inv->norc = true;
			continue;
		}
		if (!strcmp(a, "--rcfile") || !strcmp(a, "--init-file")) {
			if (i + 1 >= argc) {
				fprintf(stderr, "minish: %s: option requires an argument\n", a);
				leave(sh, 2);
			}
			inv->rcfile = argv[++i];
			continue;
		}
		if (!strcmp(a, "--noprofile")) {
			inv->noprofile = true;
			continue;
		}
		if (!strcmp(a, "--login")) {
			inv->login = true;
			continue;
		}
		if (!strcmp(a, "--fdtrace") || !strcmp(a, "--jobtrace")) {
			options_set_long(sh, a + 2, true);
			continue;
		}
		if (!strncmp(a, "--dump-ast", 10)) {
			const char *fmt = a[10] == '=' ? a + 11 : a[10] ? NULL : "text";
			if (fmt && !strcmp(fmt, "text"))
				inv->dump = DUMP_TEXT;
			else if (fmt && !strcmp(fmt, "json"))
				inv->dump = DUMP_JSON;
			else if (fmt && !strcmp(fmt, "dot"))
				inv->dump = DUMP_DOT;
			else {
				fprintf(stderr, "minish: %s: unknown dump format (text, json or dot)\n", a);
				leave(sh, 2);
			}
			continue;
		}
		if (a[0] == '-' && a[1] == '-') {
			fprintf(stderr, "minish: %s: invalid option\n", a);
			usage(stderr);
			leave(sh, 2);
		}
		if (a[0] != '-' && a[0] != '+')
			break;
		bool on = a[0] == '-';
		for (const char *p = a + 1; *p; p++) {
			if (*p == 'c') {
				want_c = true;  /* +c too, as dash and bash take it */
			} else if (*p == 's') {
				inv->stdin_mode = on;
			} else if (*p == 'l') {
				inv->login = on;
			} else if (*p == 'i') {
				inv->force_interactive = on;
			} else if (*p == 'o') {
				if (i + 1 >= argc) {
					options_print(sh, !on);
					leave(sh, 0);
				}
				if (options_set_long(sh, argv[++i], on) < 0)
					leave(sh, 2);
			} else if (options_set_letter(sh, *p, on) < 0) {
				fprintf(stderr, "minish: %c%c: invalid option\n", a[0], *p);
				usage(stderr);
				leave(sh, 2);
			}
		}
	}
	if (want_c) {
		if (i >= argc) {
			fputs("minish: -c: option requires an argument\n", stderr);
			leave(sh, 2);
		}
		inv->command = argv[i++];
		if (i < argc)
			inv->name = argv[i++];
	} else if (!inv->stdin_mode && i < argc) {
		inv->file = argv[i++];
		inv->name = inv->file;
	}
	inv->args = argv + i;
	inv->nargs = argc - i;
}

/* Reads the whole input for --dump-ast and prints its tree; returns the exit status. */
static int dump_ast(struct invocation *inv, struct input *in)
{
	while (input_more(NULL, in, false))
		;
	struct arena *a = arena_new();
	struct node *n = NULL;
	struct parse_error err;
	enum parse_status ps = parse_string(a, in->buf, in->len, &n, &err);
	int status = 0;
	if (ps != PARSE_OK) {
		fprintf(stderr, "minish: %s: line %d: %s\n", inv->file ? inv->file : inv->command ? "-c" : "stdin",
		        err.line, err.message);
		status = STATUS_SYNTAX;
	} else if (inv->dump == DUMP_JSON) {
		ast_print_json(stdout, n);
		putchar('\n');
	} else if (inv->dump == DUMP_DOT) {
		ast_print_dot(stdout, n);
	} else {
		ast_print_text(stdout, n);
	}
	arena_free(a);
	return status;
}

/* Runs HOME/name if HOME is set; returns false when Ctrl-C ended it (no more start-up files). */
static bool source_home_file(struct shell *sh, const char *name)
{
	const char *home = shell_getvar(sh, "HOME");
	if (home) {
		size_t len = strlen(home) + strlen(name) + 2;
		char *path = xmalloc(len);
		snprintf(path, len, "%s/%s", home, name);
		repl_source_file(sh, path);
		free(path);
	}
	return !interrupt_finish(sh);
}

/* A login shell: /etc/profile, then ~/.profile (bash also tries ~/.bash_profile first). */
static bool read_profile_files(struct shell *sh, const struct invocation *inv)
{
	if (!inv->login || inv->noprofile)
		return true;
	repl_source_file(sh, "/etc/profile");
	return !interrupt_finish(sh) && source_home_file(sh, ".profile");
}

/* An interactive shell: ~/.minishrc, then the file named by $ENV (POSIX). */
static void read_rc_files(struct shell *sh, const struct invocation *inv)
{
	if (inv->norc)
		return;
	if (inv->rcfile) {
		repl_source_file(sh, inv->rcfile);
		if (interrupt_finish(sh))
			return;
	} else if (!source_home_file(sh, ".minishrc")) {
		return;  /* Ctrl-C ends start-up files, the prompt comes */
	}
	const char *env = shell_getvar(sh, "ENV");
	if (env && *env)
		repl_source_file(sh, env);
	interrupt_finish(sh);
}

int main(int argc, char **argv)
{
	struct shell *sh = shell_new(argv[0]);
	stack_init(sh, argv);
	oom_install(sh);
	struct invocation inv = { 0 };
	parse_args(sh, &inv, argc, argv);
	if (argv[0] && argv[0][0] == '-')
		inv.login = true;  /* login(1) and sshd start a login shell as "-minish" */
	sh->login_shell = inv.login;
	if (inv.name) {
		free(sh->arg0);
		sh->arg0 = xstrdup(inv.name);
	}
	shell_set_positional(sh, inv.nargs, inv.args);

	struct input in;
	if (inv.force_interactive && (inv.command || inv.file))
		sh->opt.interactive = true;  /* -i -c STRING, -i FILE: interactive, without line editing */
	if (inv.command) {
		sh->script_name = "-c";
		input_from_string(&in, inv.command, strlen(inv.command));
	} else if (inv.file) {
		int fd = open(inv.file, O_RDONLY | O_CLOEXEC);
		if (fd < 0) {
			int e = errno;
			fprintf(stderr, "minish: %s: %s\n", inv.file, strerror(e));
			leave(sh, e == ENOENT ? STATUS_NOTFOUND : STATUS_NOEXEC);
		}
		sh->script_name = (char *)inv.file;
		sh->script_file = true;
		input_from_fd(&in, fd);
		input_more(sh, &in, false);
		close(fd);
		in.eof = true;
	} else {
		bool tty = isatty(0) && isatty(2);
		sh->opt.interactive = inv.force_interactive || (tty && !inv.dump);
		sh->opt.stdin_mode = true;
		if (sh->opt.interactive && isatty(0))
			input_from_readline(sh, &in);
		else
			input_from_stdin(&in);
		sh->script_input = in.kind == INPUT_FD ? &in : NULL;
		if (!sh->opt.interactive)
			sh->script_name = NULL;
	}
	if (inv.dump) {
		int status = dump_ast(&inv, &in);
		input_free(&in);
		leave(sh, status);
	}
	signals_init(sh);
	if (sh->opt.interactive || sh->opt.monitor)
		jobctl_init(sh);
	sh->opt.histexpand = sh->opt.interactive;
	sh->opt.history = sh->opt.interactive;
	bool go_on = read_profile_files(sh, &inv);
	if (sh->opt.interactive && go_on)
		read_rc_files(sh, &inv);
	if (sh->opt.interactive)
		hist_start(sh);  /* after the start-up files, which may set HISTFILE (bash) */
	int status = repl_run(sh, &in, sh->opt.noexec ? REPL_CHECK : REPL_RUN);
	if (status == STATUS_SYNTAX && !sh->opt.interactive)
		sh->status = STATUS_SYNTAX;
	if (sh->opt.interactive) {
		if (isatty(2))
			fputs("exit\n", stderr);
	}
	input_sync_script(sh);
	sh->script_input = NULL;
	input_free(&in);
	shell_exit(sh, sh->status);
}
