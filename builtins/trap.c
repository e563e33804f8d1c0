/* trap.c - trap and kill. */
#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../shell/error.h"
#include "../shell/jobs.h"
#include "../shell/shell.h"
#include "../shell/signals.h"
#include "../shell/trap_bash.h"
#include "args.h"
#include "builtins.h"
#include "../shell/quote.h"

/* Prints one trap; with_sig names signals as bash's trap -p does (SIGINT), else as dash (INT). */
static void print_trap(struct shell *sh, int s, bool with_sig)
{
	if (!sh->traps[s])
		return;
	printf("trap -- ");
	print_quoted(stdout, sh->traps[s]);
	if (s == 0)
		printf(" EXIT\n");
	else if (trap_bash_name(s))
		printf(" %s\n", trap_bash_name(s));
	else
		printf(" %s%s\n", with_sig ? "SIG" : "", signal_name(s) ? signal_name(s) : "?");
}

/* Sets the action of one signal; returns -1 after a message for a bad name. */
/* The trap number of name: a signal, EXIT, or bash's DEBUG, ERR and RETURN; -1 if none. */
static int trap_number(const char *name)
{
	int t = trap_bash_by_name(name);
	return t >= 0 ? t : signal_by_name(name);
}

static int set_trap(struct shell *sh, const char *action, const char *name)
{
	int s = trap_number(name);
	if (s < 0) {  /* KILL and STOP are accepted and listed, as in bash and dash; they never run */
		sh_error(sh, "trap: %s: invalid signal specification", name);
		return -1;
	}
	if (s > 0 && s < SHELL_NSIG && !sh->opt.interactive && signals_ignored_at_entry(s))
		return 0;
	free(sh->traps[s]);
	sh->traps[s] = action ? strdup(action) : NULL;
	if (s > 0 && s < SHELL_NSIG)
		signals_apply_trap(sh, s);
	return 0;
}

/* trap -l: every signal as bash lists it, five to a line: " 2) SIGINT", then the real-time
 * ones as SIGRTMIN+N and SIGRTMAX-N. */
static void list_signals_bash(struct shell *sh)
{
	(void)sh;
	int listed = 0;
	int rtmin = SIGRTMIN, rtmax = SIGRTMAX;
	for (int s = 1; s <= rtmax; s++) {
		char rt[32];
		const char *name = s < rtmin ? signal_name(s) : NULL;
		if (s >= rtmin) {
			int mid = rtmin + (rtmax - rtmin) / 2;  /* bash: SIGRTMIN+N up to the middle */
			if (s == rtmin)
				snprintf(rt, sizeof(rt), "RTMIN");
			else if (s == rtmax)
				snprintf(rt, sizeof(rt), "RTMAX");
			else if (s <= mid)
				snprintf(rt, sizeof(rt), "RTMIN+%d", s - rtmin);
			else
				snprintf(rt, sizeof(rt), "RTMAX-%d", rtmax - s);
			name = rt;
		}
		if (!name)
			continue;
		printf("%2d) SIG%s%c", s, name, ++listed % 5 == 0 ? '\n' : '\t');
	}
	if (listed % 5 != 0)
		putchar('\n');
}

int bi_trap(struct shell *sh, int argc, char **argv)
{
	int i = 1;
	if (i < argc && !strcmp(argv[i], "--"))
		i++;
	if (i < argc && !strcmp(argv[i], "-p")) {
		i++;
		if (i >= argc)
			for (int s = 0; s < SHELL_NTRAPS; s++)
				print_trap(sh, s, true);
		for (; i < argc; i++) {
			int s = trap_number(argv[i]);
			if (s >= 0)
				print_trap(sh, s, true);
		}
		return 0;
	}
	if (i < argc && !strcmp(argv[i], "-l")) {
		list_signals_bash(sh);
		return 0;
	}
	if (i >= argc) {
		for (int s = 0; s < SHELL_NTRAPS; s++)
			print_trap(sh, s, false);
		return 0;
	}
	if (argv[i][0] == '-' && argv[i][1] && strcmp(argv[i], "-") != 0) {
		sh_error(sh, "trap: %s: invalid option", argv[i]);
		fputs("trap: usage: trap [-lp] [[arg] signal_spec ...]\n", stderr);
		return 2;
	}
	/* A first operand that is a number alone means "reset these signals". */
	const char *action = argv[i];
	bool reset = !strcmp(action, "-");
	int dummy;
	if (argc - i == 1 || (arg_to_int(action, &dummy) == 0 && signal_by_name(action) >= 0)) {
		reset = true;
	} else {
		i++;
	}
	int status = 0;
	for (; i < argc; i++)
		if (set_trap(sh, reset ? NULL : action, argv[i]) < 0)
			status = 1;
	return status;
}

/* kill -l [N]: lists signal names, or the name of status/number N. */
static int list_signals(struct shell *sh, int argc, char **argv, int i)
{
	if (i >= argc) {
		for (int s = 1; s < SHELL_NSIG; s++)
			if (signal_name(s))
				printf("%s%s", s > 1 ? " " : "", signal_name(s));
		putchar('\n');
		return 0;
	}
	int status = 0;
	for (; i < argc; i++) {
		int n;
		if (arg_to_int(argv[i], &n) == 0) {
			if (n > 128)
				n -= 128;
			const char *name = n == 0 ? "EXIT" : signal_name(n);  /* 0: the EXIT trap's (bash) */
			if (name)
				printf("%s\n", name);
			else {
				sh_error(sh, "kill: %s: invalid signal specification", argv[i]);
				status = 1;
			}
		} else {
			int s = signal_by_name(argv[i]);
			if (s > 0)
				printf("%d\n", s);
			else {
				sh_error(sh, "kill: %s: invalid signal specification", argv[i]);
				status = 1;
			}
		}
	}
	return status;
}

int bi_kill(struct shell *sh, int argc, char **argv)
{
	int sig = SIGTERM;
	int i = 1;
	if (i < argc && (!strcmp(argv[i], "-l") || !strcmp(argv[i], "-L")))
		return list_signals(sh, argc, argv, i + 1);
	if (i < argc && !strcmp(argv[i], "-s")) {
		if (i + 1 >= argc || (sig = signal_by_name(argv[i + 1])) < 0) {
			sh_error(sh, "kill: %s: invalid signal specification", i + 1 < argc ? argv[i + 1] : "");
			return 1;
		}
		i += 2;
	} else if (i < argc && argv[i][0] == '-' && argv[i][1] && strcmp(argv[i], "--") != 0) {
		const char *name = argv[i] + 1;
		if (!strncmp(name, "n", 1) && argv[i][2] == '\0' && i + 1 < argc)
			name = argv[++i];
		sig = signal_by_name(name);
		if (sig < 0) {
			sh_error(sh, "kill: %s: invalid signal specification", name);
			return 1;
		}
		i++;
	}
	if (i < argc && !strcmp(argv[i], "--"))
		i++;
	if (i >= argc) {
		fputs("kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n", stderr);
		return 2;
	}
	int status = 0;
	for (; i < argc; i++) {
		pid_t target;
		if (argv[i][0] == '%') {
			struct job *j = jobs_find_spec(sh, argv[i], "kill");
			if (!j) {
				status = 1;
				continue;
			}
			/* As bash: a stopped job is continued too, so that it can act on the signal. */
			bool wake = job_state(j) == JOB_STOPPED && sig != SIGCONT && sig != SIGKILL && sig != SIGSTOP;
			target = j->pgid > 0 ? -j->pgid : j->procs[0].pid;
			if (j->pgid <= 0) {
				for (int k = 0; k < j->nprocs; k++)
					if (!j->procs[k].done && kill(j->procs[k].pid, sig) < 0)
						status = 1;
				continue;
			}
			if (wake) {
				if (kill(target, sig) < 0) {
					sh_perror(sh, "kill: (%s)", argv[i]);
					status = 1;
				}
				kill(target, SIGCONT);
				continue;
			}
		} else {
			int n;
			if (arg_to_int(argv[i], &n) < 0) {
				sh_error(sh, "kill: %s: arguments must be process or job IDs", argv[i]);
				status = 1;
				continue;
			}
			target = n;
		}
		if (kill(target, sig) < 0) {
			sh_perror(sh, "kill: (%s)", argv[i]);
			status = 1;
		}
	}
	return status;
}
