/* explain.c - the explain builtin: what an exit status means, in words. */
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "../shell/error.h"
#include "../shell/shell.h"
#include "../shell/signals.h"
#include "args.h"
#include "builtins.h"

/* Why a signal usually arrives, for the signals students meet. */
static const char *signal_reason(int sig)
{
	switch (sig) {
	case SIGPIPE: return "a reader closed the pipe";
	case SIGINT: return "Ctrl-C";
	case SIGQUIT: return "Ctrl-\\";
	case SIGTSTP: return "Ctrl-Z";
	case SIGTERM: return "kill's default signal";
	case SIGKILL: return "kill -9: cannot be caught";
	case SIGHUP: return "the terminal went away";
	case SIGSEGV: return "invalid memory access";
	case SIGABRT: return "abort(), e.g. a failed assertion";
	case SIGBUS: return "bad memory access";
	case SIGFPE: return "arithmetic error, e.g. division by zero";
	case SIGALRM: return "a timer expired";
	case SIGTTIN: return "a background job read the terminal";
	case SIGTTOU: return "a background job wrote to or configured the terminal";
	case SIGSTOP: return "kill -STOP: cannot be caught";
	case SIGUSR1:
	case SIGUSR2: return "sent by a program on purpose";
	default: return NULL;
	}
}

/* Writes the meaning of status n after prefix. */
static void explain_status(const char *prefix, int n)
{
	printf("%s", prefix);
	if (n == 0) {
		printf("0: success\n");
	} else if (n == 1) {
		printf("1: failure (the command's own way of saying it did not work)\n");
	} else if (n == 2) {
		printf("2: misuse: a syntax error or a bad option or argument\n");
	} else if (n == 126) {
		printf("126: found, but could not be run (not executable, or a directory)\n");
	} else if (n == 127) {
		printf("127: command not found\n");
	} else if (n > 128 && n < 128 + SHELL_NSIG) {
		int sig = n - 128;
		const char *name = signal_name(sig);
		const char *why = signal_reason(sig);
		bool stop = sig == SIGTSTP || sig == SIGSTOP || sig == SIGTTIN || sig == SIGTTOU;
		if (name)
			printf("%d = 128 + %d: %s by SIG%s", n, sig, stop ? "stopped" : "killed", name);
		else
			printf("%d = 128 + %d: killed by signal %d", n, sig, sig);
		if (why)
			printf(" (%s)", why);
		putchar('\n');
	} else {
		printf("%d: failure (a status the command chose; only 0 means success)\n", n);
	}
}

int bi_explain(struct shell *sh, int argc, char **argv)
{
	int first = argc > 1 && !strcmp(argv[1], "--") ? 2 : 1;
	if (argc > first) {
		int status = 0;
		for (int i = first; i < argc; i++) {
			int n;
			if (arg_to_int(argv[i], &n) < 0 || n < 0 || n > 255) {
				sh_error(sh, "explain: %s: not an exit status (0-255)", argv[i]);
				status = 2;
				continue;
			}
			explain_status("", n);
		}
		return status;
	}
	explain_status("$? = ", sh->status);
	if (sh->npipestatus > 1)
		for (int i = 0; i < sh->npipestatus; i++) {
			char prefix[48];
			snprintf(prefix, sizeof(prefix), "PIPESTATUS[%d] = ", i);
			explain_status(prefix, sh->pipestatus[i]);
		}
	return 0;
}
