/* pipe_peek.h - looking at what a pipe holds without taking it out (Linux tee(2)), so that a
 * reader can take exactly the bytes it uses: a script's commands, a `read` line. */
#ifndef MINISH_PIPE_PEEK_H
#define MINISH_PIPE_PEEK_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct pipe_peek {
	int r, w;  /* the private pipe tee copies into; -1 when closed */
};

/* Opens the private pipe (close-on-exec); false (errno set) when none can be made. */
bool pipe_peek_open(struct pipe_peek *pp);
/* Copies up to n bytes (at most what a pipe holds) from the head of pipe fd into buf, leaving
 * them in fd; waits for data like read. Returns the count, 0 at end of input, -1 with errno
 * set (EINVAL: fd is not a pipe; EINTR: a signal came first). */
ssize_t pipe_peek(struct pipe_peek *pp, int fd, char *buf, size_t n);
/* Takes n bytes that were peeked at out of fd, reading them into buf (which may hold the
 * same bytes already). Returns false on an error. */
bool pipe_take(int fd, char *buf, size_t n);
/* Closes the private pipe (no effect when closed). */
void pipe_peek_close(struct pipe_peek *pp);

#endif
