/* pipe_peek.c - looking at what a pipe holds without taking it out (Linux tee(2)). */
#define _GNU_SOURCE  /* tee(2) and pipe2(2) (Linux) */
#include "pipe_peek.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

bool pipe_peek_open(struct pipe_peek *pp)
{
	int p[2];
	if (pipe2(p, O_CLOEXEC) < 0) {
		pp->r = pp->w = -1;
		return false;
	}
	pp->r = p[0];
	pp->w = p[1];
	return true;
}

ssize_t pipe_peek(struct pipe_peek *pp, int fd, char *buf, size_t n)
{
	ssize_t got = tee(fd, pp->w, n, 0);
	if (got <= 0)
		return got;
	size_t done = 0;
	while (done < (size_t)got) {
		ssize_t r = read(pp->r, buf + done, (size_t)got - done);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		done += (size_t)r;
	}
	return (ssize_t)done;
}

bool pipe_take(int fd, char *buf, size_t n)
{
	while (n > 0) {
		ssize_t r = read(fd, buf, n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return false;
		buf += r;
		n -= (size_t)r;
	}
	return true;
}

void pipe_peek_close(struct pipe_peek *pp)
{
	if (pp->r >= 0) {
		close(pp->r);
		close(pp->w);
	}
	pp->r = pp->w = -1;
}
