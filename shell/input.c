/* input.c - line sources: string, file descriptor, interactive (GNU readline). */
#include "input.h"

#include <errno.h>
#include <signal.h>
#include <sys/select.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "complete.h"
#include "eval.h"
#include "histexp.h"
#include "histlist.h"
#include "interrupt.h"
#include "jobs.h"
#include "prompt.h"
#include "signals.h"
#include "shell.h"
#include "termsize.h"
#include "vars.h"
#include "xalloc.h"

enum { CHUNK = 64 * 1024 };

char *input_reserve(struct input *in, size_t n)
{
	if (in->len + n + 1 > in->cap) {
		size_t cap = in->cap ? in->cap : 256;
		while (cap < in->len + n + 1)
			cap *= 2;
		in->buf = xrealloc(in->buf, cap);
		in->cap = cap;
	}
	return in->buf + in->len;
}

static void append(struct input *in, const char *s, size_t n)
{
	memcpy(input_reserve(in, n), s, n);
	in->len += n;
	in->buf[in->len] = '\0';
}

void input_from_string(struct input *in, const char *s, size_t len)
{
	memset(in, 0, sizeof(*in));
	in->kind = INPUT_STRING;
	in->line = 1;
	in->fd = -1;
	in->peek_r = in->peek_w = -1;
	append(in, s, len);
	in->eof = true;
}

void input_from_fd(struct input *in, int fd)
{
	memset(in, 0, sizeof(*in));
	in->kind = INPUT_FD;
	in->line = 1;
	in->fd = fd;
	in->peek_r = in->peek_w = -1;
	append(in, "", 0);
}

void input_from_stdin(struct input *in)
{
	input_from_fd(in, 0);
	in->shared = true;
	in->owner = getpid();
}

void input_from_readline(struct shell *sh, struct input *in)
{
	memset(in, 0, sizeof(*in));
	in->kind = INPUT_READLINE;
	in->line = 1;
	in->fd = 0;
	in->peek_r = in->peek_w = -1;
	append(in, "", 0);
	rl_readline_name = "minish";
	rl_catch_signals = 0;
	rl_catch_sigwinch = 0;      /* the shell catches SIGWINCH and tells readline (termsize.c) */
	rl_change_environment = 0;  /* COLUMNS and LINES are shell variables, not environ */
	signals_watch_resize();
	complete_init(sh);
	using_history();
}

/* Reads the next chunk of a file descriptor; a regular file is read whole. */
static bool more_from_fd(struct input *in, bool line_at_a_time)
{
	if (in->shared)
		return input_stdin_more(in, line_at_a_time);
	struct stat st;
	size_t want = CHUNK;
	bool regular = fstat(in->fd, &st) == 0 && S_ISREG(st.st_mode);
	if (regular && st.st_size > 0)
		want = (size_t)st.st_size + 1;
	bool got = false;
	for (;;) {
		/* straight into the buffer: a copy through a scratch buffer touched every page twice
		 * (bench f, -n on a 3.3 MB script: a sixth of the time) */
		ssize_t r = read(in->fd, input_reserve(in, want), want);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0) {
			in->eof = true;
			break;
		}
		in->len += (size_t)r;
		in->buf[in->len] = '\0';
		got = true;
		if (!regular)
			break;
		want = CHUNK;  /* the end, or what the file grew by */
	}
	return got;
}

/* The line readline's callback interface hands over (its callback takes no context). */
static char *rl_line;
static bool rl_line_ready;

static void on_line(char *line)
{
	rl_line = line;
	rl_line_ready = true;
	rl_callback_handler_remove();
}

/* Reads one line with readline's callback interface, so that Ctrl-C (a flag set by the
 * shell's handler) can abandon it: returns 1 for a line, 0 at end of input, -1 when
 * interrupted. */
static int read_line_interruptible(struct shell *sh, const char *prompt, char **line)
{
	/* SIGINT stays blocked except inside pselect, so a Ctrl-C arriving while readline
	 * handles a key is seen at the next check instead of being lost until the next key. */
	sigset_t block, orig;
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigprocmask(SIG_BLOCK, &block, &orig);
	rl_line = NULL;
	rl_line_ready = false;
	rl_callback_handler_install(prompt, on_line);
	int fd = fileno(rl_instream ? rl_instream : stdin);
	int result = 1;
	while (!rl_line_ready) {
		if (sig_pending[SIGHUP] || sig_pending[SIGTERM])
			signals_handle_fatal(sh);  /* the terminal is gone: pass it on to the jobs, die */
		if (sig_pending[SIGCHLD] && sh->opt.notify) {
			/* set -b: report finished jobs at once, then redraw the line being typed. */
			sig_pending[SIGCHLD] = 0;
			fputc('\n', stderr);
			jobs_notify(sh);
			rl_on_new_line();
			rl_redisplay();
		}
		if (sig_pending[SIGWINCH]) {
			sig_pending[SIGWINCH] = 0;
			/* readline first: it redraws the line being typed only when the size it knew changed */
			rl_resize_terminal();
			termsize_update(sh);
		}
		if (sig_pending[SIGINT]) {
			sig_pending[SIGINT] = 0;
			rl_free_line_state();
			rl_callback_sigcleanup();
			rl_callback_handler_remove();
			fputc('\n', stderr);
			result = -1;
			break;
		}
		fd_set in;
		FD_ZERO(&in);
		FD_SET(fd, &in);
		if (pselect(fd + 1, &in, NULL, NULL, NULL, &orig) > 0)
			rl_callback_read_char();
	}
	sigprocmask(SIG_SETMASK, &orig, NULL);
	if (result < 0)
		return -1;
	*line = rl_line;
	return rl_line != NULL;
}

/* Ctrl-D at the prompt with ignoreeof (set -o ignoreeof, or IGNOREEOF set: its value, else 10, is
 * how many in a row are refused): says so and returns true, as bash does. */
static long eofs_refused;  /* Ctrl-Ds in a row refused so far */

static bool refuse_eof(struct shell *sh)
{
	const char *v = shell_getvar(sh, "IGNOREEOF");
	if (!v && !sh->opt.ignoreeof)
		return false;
	char *end;
	long limit = v && *v ? strtol(v, &end, 10) : 10;
	if (!v || !*v || *end)
		limit = 10;
	if (eofs_refused >= limit) {
		eofs_refused = 0;
		return false;
	}
	eofs_refused++;
	fprintf(stderr, "Use \"%s\" to leave the shell.\n", sh->login_shell ? "logout" : "exit");
	return true;
}

/* Before the primary prompt: runs $PROMPT_COMMAND (bash), which sees $? and leaves it as it was. */
static void run_prompt_command(struct shell *sh)
{
	const char *cmd = shell_getvar(sh, "PROMPT_COMMAND");
	if (!cmd || !*cmd)
		return;
	int status = sh->status;
	char *copy = xstrdup(cmd);
	eval_string(sh, copy, strlen(copy), "PROMPT_COMMAND");
	free(copy);
	interrupt_finish(sh);
	if (sh->unwind != UNWIND_EXIT)
		sh->unwind = UNWIND_NONE;
	sh->status = status;
}

/* An interactive shell reading commands from a pipe or file (-i) prompts on stderr, as bash. */
static void prompt_without_readline(struct shell *sh, bool continuation)
{
	if (!continuation)
		run_prompt_command(sh);
	char *prompt = prompt_expand(sh, continuation ? "PS2" : "PS1");
	fputs(prompt, stderr);
	fflush(stderr);
	free(prompt);
}

static bool more_from_readline(struct shell *sh, struct input *in, bool continuation)
{
	termsize_update(sh);
	if (!continuation)
		run_prompt_command(sh);
	char *prompt = prompt_expand(sh, continuation ? "PS2" : "PS1");
	fflush(stdout);
	char *line = NULL;
	int r = read_line_interruptible(sh, prompt, &line);
	free(prompt);
	termsize_update(sh);  /* a resize while readline took in a whole typed-ahead line */
	if (r < 0) {
		if (in->pos < in->len)
			hist_add(sh, in->buf + in->pos, in->len - in->pos);  /* as bash keeps the lines typed */
		input_discard(in);
		sh->status = STATUS_SIGNAL_BASE + SIGINT;
		return true;
	}
	if (r == 0 && !continuation && refuse_eof(sh))
		return true;
	if (r == 0 && sh->job_control && jobs_any_stopped(sh) && sh->exit_warned + 1 != sh->commands_run) {
		/* Ctrl-D with stopped jobs: warn once, as `exit` does. */
		fputs("\nThere are stopped jobs.\n", stderr);
		sh->exit_warned = sh->commands_run;
		sh->commands_run++;
		return true;
	}
	if (r == 0) {
		in->eof = true;
		return false;
	}
	eofs_refused = 0;
	char *expanded = NULL;
	switch (histexp_line(sh, line, &expanded)) {
	case HISTEXP_SAME:
		break;
	case HISTEXP_EXPANDED:
		free(line);
		line = expanded;
		break;
	case HISTEXP_DROP:
		free(line);
		return true;  /* not run; the prompt comes again */
	}
	append(in, line, strlen(line));
	append(in, "\n", 1);
	free(line);
	return true;
}

bool input_more(struct shell *sh, struct input *in, bool continuation)
{
	if (in->eof)
		return false;
	switch (in->kind) {
	case INPUT_STRING:
		in->eof = true;
		return false;
	case INPUT_FD:
		if (sh && sh->opt.interactive && in->shared)
			prompt_without_readline(sh, continuation);
		return more_from_fd(in, sh && sh->opt.interactive);  /* a prompt per line */
	case INPUT_READLINE:
		return more_from_readline(sh, in, continuation);
	}
	return false;
}

void input_compact(struct input *in)
{
	if (in->pos == 0)
		return;
	if (in->peeked > in->len - in->pos)
		input_stdin_consume(in, in->peeked - (in->len - in->pos));  /* the commands run */
	memmove(in->buf, in->buf + in->pos, in->len - in->pos + 1);
	in->len -= in->pos;
	in->pos = 0;
}

void input_discard(struct input *in)
{
	in->len = 0;
	in->pos = 0;
	in->peeked = 0;  /* still in the pipe, unread */
	if (in->buf)
		in->buf[0] = '\0';
}

void input_free(struct input *in)
{
	input_stdin_close(in);
	free(in->buf);
	in->buf = NULL;
}
