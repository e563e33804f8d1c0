/* termsize.c - the terminal's size: $COLUMNS and $LINES, and readline told when it changes. */
/* _GNU_SOURCE: TIOCGWINSZ and struct winsize (<sys/ioctl.h> is not POSIX). */
#define _GNU_SOURCE
#include "termsize.h"

#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <readline/readline.h>

#include "shell.h"
#include "vars.h"

void termsize_update(struct shell *sh)
{
	static unsigned short rows, cols;
	struct winsize ws;
	int fd = sh->tty_fd >= 0 ? sh->tty_fd : STDERR_FILENO;
	if (ioctl(fd, TIOCGWINSZ, &ws) < 0 || ws.ws_row == 0 || ws.ws_col == 0)
		return;
	if (ws.ws_row == rows && ws.ws_col == cols)
		return;
	rows = ws.ws_row;
	cols = ws.ws_col;
	char buf[16];
	snprintf(buf, sizeof(buf), "%u", (unsigned)cols);
	shell_setvar(sh, "COLUMNS", buf);
	snprintf(buf, sizeof(buf), "%u", (unsigned)rows);
	shell_setvar(sh, "LINES", buf);
	rl_set_screen_size(rows, cols);
}
