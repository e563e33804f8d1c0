/* ipc_util.c - small helpers shared by the IPC builtins' files: paths, number files, growable arrays. */
#include "ipc_util.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int ipc_path(char *buf, size_t size, const char *root, const char *dir, const char *name)
{
	int n = snprintf(buf, size, "%s/%s/%s", root, dir, name);
	if (n < 0 || (size_t)n >= size) {
		errno = ENAMETOOLONG;
		return -1;
	}
	return 0;
}

int ipc_read_u64(const char *path, uint64_t *v)
{
	char buf[64];
	char *end;
	ssize_t len;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	len = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (len <= 0) {
		errno = EINVAL;
		return -1;
	}
	buf[len] = '\0';
	errno = 0;
	*v = strtoull(buf, &end, 10);
	if (end == buf || errno != 0) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}

void *ipc_push(void *array_ptr, size_t *n, size_t size)
{
	char *v;
	memcpy(&v, array_ptr, sizeof v);
	if (*n == 0 || (*n >= 8 && (*n & (*n - 1)) == 0)) {
		size_t cap = *n < 8 ? 8 : *n * 2;
		char *nv;
		if (cap > SIZE_MAX / size) {
			errno = ENOMEM;
			return NULL;
		}
		nv = realloc(v, cap * size);
		if (!nv)
			return NULL;
		v = nv;
		memcpy(array_ptr, &v, sizeof v);
	}
	memset(v + *n * size, 0, size);
	return v + (*n)++ * size;
}

void ipc_err(FILE *err, const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(err, "minish: %s: ", cmd);
	va_start(ap, fmt);
	vfprintf(err, fmt, ap);
	va_end(ap);
	fputc('\n', err);
}

void ipc_try_help(FILE *err, const char *cmd)
{
	fprintf(err, "Try '%s --help' for more information.\n", cmd);
}

void ipc_bad_option(FILE *err, const char *cmd, int c, char **argv)
{
	const char *arg = optind > 0 ? argv[optind - 1] : "";
	bool is_long = strncmp(arg, "--", 2) == 0;
	int len = (int)strcspn(arg, "=");
	if (c == ':' && is_long)
		ipc_err(err, cmd, "option '%.*s' requires an argument", len, arg);
	else if (c == ':')
		ipc_err(err, cmd, "option requires an argument -- '%c'", optopt);
	else if (optopt == 0)
		ipc_err(err, cmd, "unrecognized option '%s'", arg);
	else if (is_long)
		ipc_err(err, cmd, "option '%.*s' doesn't allow an argument", len, arg);
	else
		ipc_err(err, cmd, "invalid option -- '%c'", optopt);
	ipc_try_help(err, cmd);
}
