/* netredir.c - bash's special redirection files: sockets and the standard fds by name. */
#include "netredir.h"

#include <errno.h>
#include <fcntl.h>
#include <arpa/inet.h>
#include <ctype.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "error.h"
#include "interrupt.h"
#include "shell.h"

/* Splits "/dev/tcp/HOST/PORT" into a copy of HOST and PORT; false when it has another shape. */
static bool split_socket_path(const char *path, char *host, size_t hostsz, const char **port)
{
	const char *h = path + 9;
	const char *slash = strchr(h, '/');
	if (!slash || slash == h || !slash[1] || strchr(slash + 1, '/') || (size_t)(slash - h) >= hostsz)
		return false;
	memcpy(host, h, (size_t)(slash - h));
	host[slash - h] = '\0';
	*port = slash + 1;
	return true;
}

bool netredir_is_socket_path(const char *path)
{
	char host[256];
	const char *port;
	return (!strncmp(path, "/dev/tcp/", 9) || !strncmp(path, "/dev/udp/", 9)) &&
	       split_socket_path(path, host, sizeof(host), &port);
}

/* Fills *ss with host (an IPv4 or IPv6 address, or "localhost") and port; false when the host
 * is a name: looking names up would load glibc's name-service modules into the static binary. */
static bool socket_address(const char *host, unsigned port, struct sockaddr_storage *ss, socklen_t *len)
{
	memset(ss, 0, sizeof(*ss));
	struct sockaddr_in *in4 = (struct sockaddr_in *)ss;
	struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)ss;
	if (!strcmp(host, "localhost"))
		host = "127.0.0.1";
	if (inet_pton(AF_INET, host, &in4->sin_addr) == 1) {
		in4->sin_family = AF_INET;
		in4->sin_port = htons((uint16_t)port);
		*len = sizeof(*in4);
		return true;
	}
	size_t n = strlen(host);
	char bare[64];
	if (n >= 2 && host[0] == '[' && host[n - 1] == ']' && n - 2 < sizeof(bare)) {
		memcpy(bare, host + 1, n - 2);  /* [::1] as well as ::1 */
		bare[n - 2] = '\0';
		host = bare;
	}
	if (inet_pton(AF_INET6, host, &in6->sin6_addr) == 1) {
		in6->sin6_family = AF_INET6;
		in6->sin6_port = htons((uint16_t)port);
		*len = sizeof(*in6);
		return true;
	}
	return false;
}

int netredir_open(struct shell *sh, const char *path)
{
	char host[256];
	const char *port;
	if (!split_socket_path(path, host, sizeof(host), &port)) {
		errno = ENOENT;
		sh_perror(sh, "%s", path);
		return -1;
	}
	char *end;
	unsigned long pnum = strtoul(port, &end, 10);
	if (*end || !isdigit((unsigned char)*port) || pnum > 65535) {
		sh_error(sh, "%s: %s: not a port number", path, port);
		return -1;
	}
	struct sockaddr_storage ss;
	socklen_t len;
	if (!socket_address(host, (unsigned)pnum, &ss, &len)) {
		sh_error(sh, "%s: %s: not an address (host names other than localhost are not looked up)",
		         path, host);
		return -1;
	}
	int type = path[5] == 't' ? SOCK_STREAM : SOCK_DGRAM;
	int fd = socket(ss.ss_family, type | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		sh_perror(sh, "%s", path);
		return -1;
	}
	int err = connect(fd, (struct sockaddr *)&ss, len) == 0 ? 0 : errno;
	/* a signal (a child ending) interrupted it: the connection goes on; wait for its end */
	while (err == EINTR && !interrupt_pending(sh)) {
		struct pollfd p = { .fd = fd, .events = POLLOUT };
		if (poll(&p, 1, -1) < 0) {
			err = errno;
			continue;
		}
		socklen_t elen = sizeof(err);
		if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &elen) < 0)
			err = errno;
	}
	if (err == 0)
		return fd;
	close(fd);
	errno = err;
	if (!(err == EINTR && interrupt_pending(sh)))  /* Ctrl-C: no message */
		sh_perror(sh, "%s", path);
	return -1;
}

int netredir_dev_fd(const char *path, int failed)
{
	int fd;
	if (!strcmp(path, "/dev/stdin"))
		fd = 0;
	else if (!strcmp(path, "/dev/stdout"))
		fd = 1;
	else if (!strcmp(path, "/dev/stderr"))
		fd = 2;
	else if (!strncmp(path, "/dev/fd/", 8) && path[8] >= '0' && path[8] <= '9') {
		char *end;
		long n = strtol(path + 8, &end, 10);
		if (*end || n > 1 << 20)
			return failed;
		fd = (int)n;
	} else {
		return failed;
	}
	return fcntl(fd, F_DUPFD_CLOEXEC, 0);
}
