/* input_stdin.c - a script on standard input, which the commands it runs read too: nothing
 * past the command being run is taken from it (POSIX), yet each byte is read about once.
 * A pipe is peeked at with tee(2) and only the text of the commands run is taken out of it; a
 * seekable file is read in blocks and what was read too far is given back with lseek. This is
 * done lazily, as bash does: before the shell forks, reads fd 0 (read, mapfile, `.`), changes
 * fd 0, execs or exits (input_sync_script), so a script of builtins makes no system call per
 * command. */
#define _GNU_SOURCE  /* F_SETPIPE_SZ (Linux) */
#include "input.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "pipe_peek.h"
#include "redir.h"
#include "shell.h"

enum {
	BLOCK = 4096,           /* the least read (or peeked at) at once */
	PIPE_BIG = 1024 * 1024, /* a pipe is grown to this (Linux's limit for users) for a long
	                           command: tee cannot show more of it than the pipe holds */
};

/* Closes the private pipe tee copies into. */
static void input_stdin_close_pipe(struct input *in)
{
	struct pipe_peek pp = { in->peek_r, in->peek_w };
	pipe_peek_close(&pp);
	in->peek_r = in->peek_w = -1;
	in->peek_big = 0;
}

/* Makes the private pipe tee copies into (its fds above 9); false when none can be made. */
static bool peek_pipe_open(struct input *in)
{
	if (in->peek_r >= 0)
		return true;
	struct pipe_peek pp;
	if (!pipe_peek_open(&pp))
		return false;
	int r = fd_move_high(pp.r);
	int w = fd_move_high(pp.w);
	if (r < 0 || w < 0) {
		close(r < 0 ? pp.r : r);
		close(w < 0 ? pp.w : w);
		return false;
	}
	in->peek_r = r;
	in->peek_w = w;
	return true;
}

void input_stdin_consume(struct input *in, size_t n)
{
	pipe_take(in->fd, in->buf + (in->len - in->peeked), n);
	in->peeked -= n;
}

/* Copies up to want bytes from the head of the pipe into the buffer without taking them out of
 * it; returns how many, 0 at end of input, -1 when fd is not a pipe (or no private pipe). */
static ssize_t peek_pipe(struct input *in, size_t want)
{
	if (!peek_pipe_open(in))
		return -1;
	struct pipe_peek pp = { in->peek_r, in->peek_w };
	char *dst = input_reserve(in, want);
	ssize_t n;
	do
		n = pipe_peek(&pp, in->fd, dst, want);
	while (n < 0 && errno == EINTR);
	if (n <= 0)
		return n;
	in->len += (size_t)n;
	in->buf[in->len] = '\0';
	in->peeked += (size_t)n;
	if (in->peek_r < 10)
		input_stdin_close_pipe(in);  /* few fds (ulimit -n): leave the script its fds 3-9 */
	return n;
}

/* Reads a block of a seekable input (input_give_back seeks back over what the command did not
 * use). */
static bool read_block(struct input *in, size_t want)
{
	char *dst = input_reserve(in, want);
	ssize_t r;
	do
		r = read(in->fd, dst, want);
	while (r < 0 && errno == EINTR);
	if (r <= 0) {
		in->eof = true;
		return false;
	}
	in->len += (size_t)r;
	in->buf[in->len] = '\0';
	return true;
}

/* Reads one line a byte per read: nothing past it is taken from a terminal or a socket. */
static bool read_line_bytewise(struct input *in)
{
	size_t got = 0;
	for (;;) {
		char *dst = input_reserve(in, 1);
		ssize_t r = read(in->fd, dst, 1);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0) {
			in->eof = true;
			break;
		}
		in->len++;
		in->buf[in->len] = '\0';
		got++;
		if (*dst == '\n')
			break;
	}
	return got > 0;
}

bool input_stdin_more(struct input *in, bool line_at_a_time)
{
	if (line_at_a_time)
		return read_line_bytewise(in);
	/* Asked for more, the command being parsed is incomplete: all the text after its start is
	 * its own, so what was peeked at is taken, and at least as much again is read (re-parsing
	 * from the command's start then costs time linear in its length). */
	size_t pending = in->len - in->pos;
	size_t want = pending < BLOCK ? BLOCK : pending;
	input_stdin_consume(in, in->peeked);
	if (want > BLOCK * 16 && in->peek_big == 0 && peek_pipe_open(in)) {
		/* a long command (a big here-document or compound command): fewer, longer peeks */
		int a = fcntl(in->fd, F_SETPIPE_SZ, PIPE_BIG);
		int b = fcntl(in->peek_w, F_SETPIPE_SZ, PIPE_BIG);
		in->peek_big = a > 0 && b > 0 ? (size_t)(a < b ? a : b) : BLOCK * 16;
	}
	size_t most = in->peek_big ? in->peek_big : BLOCK * 16;
	ssize_t n = peek_pipe(in, want < most ? want : most);
	if (n > 0)
		return true;
	if (n == 0) {
		in->eof = true;
		return false;
	}
	if (lseek(in->fd, 0, SEEK_CUR) >= 0)
		return read_block(in, want);
	return read_line_bytewise(in);
}

void input_give_back(struct input *in)
{
	if (!in->shared || !in->buf || in->pos > in->len)
		return;
	if (in->peeked > 0) {
		if (in->owner != getpid())
			return;  /* a child that did not sync (the procsub janitor): the shell's to take */
		size_t taken = in->len - in->peeked;
		if (in->pos > taken)
			input_stdin_consume(in, in->pos - taken);
		in->peeked = 0;
	} else if (in->pos == in->len || in->owner != getpid() ||
	           lseek(in->fd, -(off_t)(in->len - in->pos), SEEK_CUR) < 0) {
		return;
	}
	in->len = in->pos;
	in->buf[in->len] = '\0';
	in->eof = false;
}

void input_stdin_close(struct input *in)
{
	input_stdin_close_pipe(in);
	in->peeked = 0;
}

void input_sync_script(struct shell *sh)
{
	if (sh->script_input)
		input_give_back(sh->script_input);
}
