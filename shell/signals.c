/* signals.c - sigaction set-up; handlers only set flags. */
#include "signals.h"
#include "trap_bash.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "eval.h"
#include "interrupt.h"
#include "jobs.h"
#include "procsub.h"
#include "shell.h"

volatile sig_atomic_t sig_pending[SHELL_NSIG];
volatile sig_atomic_t sig_any_pending;
volatile sig_atomic_t sig_child_exited;

/* Mirrors of process-wide dispositions (signal dispositions are per process, like these). */
static bool ignored_at_entry[SHELL_NSIG];
static bool entry_known[SHELL_NSIG];    /* ignored_at_entry[s] was read (lazily: start-up speed) */
static bool caught[SHELL_NSIG];
static bool fatal_cleanup[SHELL_NSIG];  /* caught only to clean up, then die by the signal */
static bool shell_ignored[SHELL_NSIG];  /* ignored by the shell itself (interactive, job control) */

static void on_signal(int signo)
{
	sig_pending[signo] = 1;
	sig_any_pending = 1;
}

/* Reads the disposition signo had when the shell started, before the shell changes it. */
static void learn_entry(int signo)
{
	if (entry_known[signo])
		return;
	struct sigaction old;
	entry_known[signo] = true;
	ignored_at_entry[signo] = sigaction(signo, NULL, &old) == 0 && old.sa_handler == SIG_IGN;
}

static void set_disposition(int signo, void (*handler)(int))
{
	learn_entry(signo);
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;
	sigaction(signo, &sa, NULL);
	caught[signo] = handler == on_signal;
}

bool signals_ignored_at_entry(int signo)
{
	if (signo <= 0 || signo >= SHELL_NSIG)
		return false;
	learn_entry(signo);
	return ignored_at_entry[signo];
}

void signals_init(struct shell *sh)
{
	if (sh->opt.interactive) {
		set_disposition(SIGINT, on_signal);
		set_disposition(SIGHUP, on_signal);
		fatal_cleanup[SIGHUP] = true;
		signals_shell_ignore(SIGQUIT);
		signals_shell_ignore(SIGTERM);
	}
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
}

void signals_apply_trap(struct shell *sh, int signo)
{
	const char *action = sh->traps[signo];
	shell_ignored[signo] = false;
	if (action && !*action)
		set_disposition(signo, SIG_IGN);
	else if (action)
		set_disposition(signo, on_signal);
	else if (sh->opt.interactive && signo == SIGINT)
		set_disposition(signo, on_signal);
	else if (sh->opt.interactive && (signo == SIGQUIT || signo == SIGTERM))
		signals_shell_ignore(signo);
	else if (sh->job_control && (signo == SIGTSTP || signo == SIGTTIN || signo == SIGTTOU))
		signals_shell_ignore(signo);
	else if (signals_ignored_at_entry(signo) && !sh->opt.interactive)
		set_disposition(signo, SIG_IGN);
	else if (fatal_cleanup[signo])
		set_disposition(signo, on_signal);
	else
		set_disposition(signo, SIG_DFL);
}

void signals_shell_ignore(int signo)
{
	set_disposition(signo, SIG_IGN);
	shell_ignored[signo] = true;
}

void signals_cleanup_on_fatal(struct shell *sh)
{
	static const int fatal[] = { SIGINT, SIGTERM, SIGHUP };
	if (sh->opt.interactive)
		return;
	for (size_t i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++) {
		int s = fatal[i];
		if (sh->traps[s] || signals_ignored_at_entry(s) || caught[s])
			continue;
		fatal_cleanup[s] = true;
		set_disposition(s, on_signal);
	}
}

void signals_defer_int(struct shell *sh)
{
	if (sh->opt.interactive || sh->traps[SIGINT] || caught[SIGINT] || shell_ignored[SIGINT] ||
	    signals_ignored_at_entry(SIGINT))
		return;
	fatal_cleanup[SIGINT] = true;
	set_disposition(SIGINT, on_signal);
}

void signals_fatal_prepare(struct shell *sh)
{
	for (int s = 1; s < SHELL_NSIG; s++)
		if (s != SIGINT && sig_pending[s] && fatal_cleanup[s] && !sh->traps[s])
			signals_handle_fatal(sh);  /* SIGTERM, SIGHUP: at once, as dash */
	if (sig_pending[SIGINT] && fatal_cleanup[SIGINT] && !sh->traps[SIGINT])
		procsub_cleanup_all(sh);
}

void signals_handle_fatal(struct shell *sh)
{
	for (int s = 1; s < SHELL_NSIG; s++) {
		if (!sig_pending[s] || !fatal_cleanup[s] || sh->traps[s])
			continue;
		procsub_cleanup_all(sh);
		if (sh->job_control && !sh->in_subshell)
			jobs_hangup(sh, true);  /* SIGHUP (and SIGCONT) to every job before going */
		fflush(stdout);
		set_disposition(s, SIG_DFL);
		sigset_t set;
		sigemptyset(&set);
		sigaddset(&set, s);
		sigprocmask(SIG_UNBLOCK, &set, NULL);
		kill(getpid(), s);
		_exit(STATUS_SIGNAL_BASE + s);
	}
}

void signals_child_reset(struct shell *sh, bool ignore_int_quit)
{
	for (int s = 1; s < SHELL_NSIG; s++) {
		bool ignore_trap = sh->traps[s] && !*sh->traps[s];
		if (sh->traps[s] && *sh->traps[s]) {
			free(sh->traps[s]);
			sh->traps[s] = NULL;
		}
		if (ignore_trap)
			continue;
		fatal_cleanup[s] = false;
		if (caught[s] || shell_ignored[s])
			set_disposition(s, ignored_at_entry[s] ? SIG_IGN : SIG_DFL);
		shell_ignored[s] = false;
		sig_pending[s] = 0;
	}
	if (sh->traps[0] && *sh->traps[0]) {
		free(sh->traps[0]);
		sh->traps[0] = NULL;
	}
	trap_bash_child_reset(sh);
	/* A job of a job-control shell can always be stopped from the keyboard or by the terminal,
	 * even if the shell was started with them ignored (tmux 3.3 panes ignore SIGTTIN/SIGTTOU). */
	static const int stops[] = { SIGTSTP, SIGTTIN, SIGTTOU };
	for (size_t i = 0; sh->forked_with_job_control && i < sizeof(stops) / sizeof(stops[0]); i++)
		if (!sh->traps[stops[i]])
			set_disposition(stops[i], SIG_DFL);
	sig_any_pending = 0;
	if (ignore_int_quit) {
		set_disposition(SIGINT, SIG_IGN);
		set_disposition(SIGQUIT, SIG_IGN);
	}
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
}

bool signals_run_pending(struct shell *sh)
{
	bool ran = false;
	if (!sig_any_pending || sh->trap_running)
		return false;
	signals_handle_fatal(sh);
	interrupt_pending(sh);
	sig_any_pending = 0;
	for (int s = 1; s < SHELL_NSIG; s++) {
		if (!sig_pending[s])
			continue;
		sig_pending[s] = 0;
		if (!sh->traps[s] || !*sh->traps[s])
			continue;
		int saved_status = sh->status;
		sh->trap_running = true;
		char *cmd = strdup(sh->traps[s]);
		if (cmd) {
			eval_string(sh, cmd, strlen(cmd), "trap");
			free(cmd);
		}
		sh->trap_running = false;
		if (sh->unwind != UNWIND_EXIT)
			sh->status = saved_status;
		ran = true;
	}
	return ran;
}

static const struct {
	const char *name;
	int signo;
} names[] = {
	{ "HUP", SIGHUP }, { "INT", SIGINT }, { "QUIT", SIGQUIT }, { "ILL", SIGILL },
	{ "TRAP", SIGTRAP }, { "ABRT", SIGABRT }, { "BUS", SIGBUS }, { "FPE", SIGFPE },
	{ "KILL", SIGKILL }, { "USR1", SIGUSR1 }, { "SEGV", SIGSEGV }, { "USR2", SIGUSR2 },
	{ "PIPE", SIGPIPE }, { "ALRM", SIGALRM }, { "TERM", SIGTERM }, { "STKFLT", 16 },
	{ "CHLD", SIGCHLD }, { "CONT", SIGCONT }, { "STOP", SIGSTOP }, { "TSTP", SIGTSTP },
	{ "TTIN", SIGTTIN }, { "TTOU", SIGTTOU }, { "URG", SIGURG }, { "XCPU", SIGXCPU },
	{ "XFSZ", SIGXFSZ }, { "VTALRM", SIGVTALRM }, { "PROF", SIGPROF }, { "WINCH", 28 },
	{ "IO", 29 }, { "PWR", 30 }, { "SYS", SIGSYS },
};

int signal_by_name(const char *name)
{
	if (isdigit((unsigned char)*name)) {
		char *end;
		long n = strtol(name, &end, 10);
		return (*end || n < 0 || n >= SHELL_NSIG) ? -1 : (int)n;
	}
	if (!strcasecmp(name, "EXIT"))
		return 0;
	if (!strncasecmp(name, "SIG", 3))
		name += 3;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcasecmp(name, names[i].name))
			return names[i].signo;
	return -1;
}

const char *signal_name(int signo)
{
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (names[i].signo == signo)
			return names[i].name;
	return NULL;
}

void signals_watch_resize(void)
{
	set_disposition(SIGWINCH, on_signal);
}

void signals_watch_children(bool on)
{
	set_disposition(SIGCHLD, on ? on_signal : SIG_DFL);
}

static void on_child(int signo)
{
	(void)signo;
	sig_child_exited = 1;
}

void signals_reap_children(void)
{
	if (caught[SIGCHLD])
		return;
	learn_entry(SIGCHLD);
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_child;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;  /* reads, writes and waits go on: a child's end is no event */
	sigaction(SIGCHLD, &sa, NULL);
	caught[SIGCHLD] = true;
}

void signals_caught_set(sigset_t *set)
{
	sigemptyset(set);
	for (int s = 1; s < SHELL_NSIG; s++)
		if ((caught[s] || shell_ignored[s]) && !ignored_at_entry[s])
			sigaddset(set, s);
}
