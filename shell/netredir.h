/* netredir.h - bash's special redirection files: /dev/tcp/HOST/PORT, /dev/udp/HOST/PORT, and
 * /dev/stdin, /dev/stdout, /dev/stderr, /dev/fd/N where /dev has no such files. */
#ifndef MINISH_NETREDIR_H
#define MINISH_NETREDIR_H

#include <stdbool.h>

struct shell;

/* True when path is /dev/tcp/HOST/PORT or /dev/udp/HOST/PORT. */
bool netredir_is_socket_path(const char *path);
/* Connects a socket to the HOST and PORT of path (see netredir_is_socket_path); returns the
 * close-on-exec fd, or -1 after a message naming path. */
int netredir_open(struct shell *sh, const char *path);
/* For /dev/stdin, /dev/stdout, /dev/stderr and /dev/fd/N: a close-on-exec copy of that fd
 * (errno EBADF when it is closed); for any other path returns failed (errno left as it is). */
int netredir_dev_fd(const char *path, int failed);

#endif
