/* jobctl.c - taking the terminal, process groups for job control, editing mode. */
#include "jobctl.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <termios.h>
#include <unistd.h>

#include <readline/readline.h>

#include "redir.h"
#include "shell.h"
#include "signals.h"

void jobctl_init(struct shell *sh)
{
	int fd = open("/dev/tty", O_RDWR | O_CLOEXEC);
	if (fd < 0) {
		/* No terminal: a script's `set -m` still puts each job in a process group of its own,
		 * so fg, bg and kill %n work on them (bash); an interactive shell says nothing here. */
		sh->job_control = !sh->opt.interactive;
		sh->opt.monitor = sh->job_control;
		sh->shell_pgid = getpgrp();
		return;
	}
	int high = fd_move_high(fd);
	if (high < 0) {
		close(fd);
		return;
	}
	sh->tty_fd = high;
	/* Wait until we are in the foreground (started in the background of another shell). */
	for (;;) {
		pid_t fg = tcgetpgrp(sh->tty_fd);
		if (fg < 0 || fg == getpgrp())
			break;
		kill(-getpgrp(), SIGTTIN);
	}
	signals_shell_ignore(SIGTSTP);
	signals_shell_ignore(SIGTTIN);
	signals_shell_ignore(SIGTTOU);
	pid_t me = getpid();
	sh->original_pgrp = getpgrp();
	if (getpgrp() != me)
		setpgid(0, me);
	sh->shell_pgid = me;
	tcsetpgrp(sh->tty_fd, me);
	sh->have_tmodes = tcgetattr(sh->tty_fd, &sh->tmodes) == 0;
	sh->job_control = true;
	sh->opt.monitor = true;
}

void jobctl_end(struct shell *sh)
{
	if (sh->tty_fd < 0 || sh->original_pgrp <= 0 || sh->original_pgrp == sh->shell_pgid)
		return;
	if (tcgetpgrp(sh->tty_fd) == sh->shell_pgid)
		tcsetpgrp(sh->tty_fd, sh->original_pgrp);  /* SIGTTOU is ignored: the shell is foreground */
	setpgid(0, sh->original_pgrp);
}

void jobctl_set_monitor(struct shell *sh, bool on)
{
	if (on && !sh->job_control && sh->tty_fd < 0)
		jobctl_init(sh);
	else
		sh->job_control = on && (sh->tty_fd >= 0 || !sh->opt.interactive);
}

void jobctl_set_editing_mode(struct shell *sh)
{
	if (sh->opt.vi)
		rl_variable_bind("editing-mode", "vi");
	else
		rl_variable_bind("editing-mode", "emacs");
}
