/* test_ops.c - the meaning of each test operator (files, strings, integers, options and
 * variables), shared by the test and [ builtins and by [[ ]]. */
/* S_ISVTX (the sticky bit, an XSI name) for -k. */
#define _XOPEN_SOURCE 700
#include "test_ops.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../parser/parser.h"
#include "arith.h"
#include "expand.h"
#include "options.h"
#include "shell.h"
#include "vars.h"

bool test_option_on(const struct shell *sh, const char *name)
{
	return options_lookup(sh, name) == 1;
}

/* -1, 0 or 1 as a's modification time is older, equal or newer than b's. */
static int cmp_time(const struct timespec *a, const struct timespec *b)
{
	if (a->tv_sec != b->tv_sec)
		return a->tv_sec < b->tv_sec ? -1 : 1;
	if (a->tv_nsec != b->tv_nsec)
		return a->tv_nsec < b->tv_nsec ? -1 : 1;
	return 0;
}

bool test_var_set(struct shell *sh, const char *name, bool expand)
{
	size_t len = strlen(name), namelen, sublen;
	const char *sub;
	if (len > 0 && strspn(name, "0123456789") == len) {
		char *end;
		errno = 0;
		long n = strtol(name, &end, 10);
		return errno == 0 && n >= 1 && n <= sh->pos.argc;
	}
	if (var_ref_split(name, &namelen, &sub, &sublen)) {
		char *base = strndup(name, namelen), *s = strndup(sub, sublen);
		const char *e = s && expand ? expand_subscript_text(sh, s) : s;
		bool set = false;
		if (base && e && shell_element_isset(sh, base, e, &set) < 0)
			set = false;
		free(base);
		free(s);
		return set;
	}
	return is_name(name, len) && shell_getvar(sh, name) != NULL;
}

/* The unary operators answered by stat(2) of the file arg. */
static bool stat_test(enum cond_op op, const char *arg)
{
	struct stat st;
	if (!*arg || stat(arg, &st) != 0)
		return false;
	mode_t m = st.st_mode;
	if (op == COP_BLOCK)
		return S_ISBLK(m);
	if (op == COP_CHAR)
		return S_ISCHR(m);
	if (op == COP_DIR)
		return S_ISDIR(m);
	if (op == COP_REGULAR)
		return S_ISREG(m);
	if (op == COP_FIFO)
		return S_ISFIFO(m);
	if (op == COP_SOCKET)
		return S_ISSOCK(m);
	if (op == COP_NONEMPTY_FILE)
		return st.st_size > 0;
	if (op == COP_SETGID)
		return (m & S_ISGID) != 0;
	if (op == COP_SETUID)
		return (m & S_ISUID) != 0;
	if (op == COP_STICKY)
		return (m & S_ISVTX) != 0;
	if (op == COP_OWNED)
		return st.st_uid == geteuid();
	if (op == COP_GROUP_OWNED)
		return st.st_gid == getegid();
	if (op == COP_MODIFIED)
		return cmp_time(&st.st_atim, &st.st_mtim) < 0;
	return true;  /* -a, -e: it exists */
}

bool test_unary(struct shell *sh, enum cond_op op, const char *arg)
{
	struct stat st;
	switch (op) {
	case COP_NONEMPTY:
		return arg[0] != '\0';
	case COP_EMPTY:
		return arg[0] == '\0';
	case COP_OPTION:
		return test_option_on(sh, arg);
	case COP_VARSET:
		return test_var_set(sh, arg, false);
	case COP_NAMEREF:
		return (vars_flags(sh->vars, arg) & VAR_NAMEREF) != 0;
	case COP_TTY: {
		char *end;
		errno = 0;
		long fd = strtol(arg, &end, 10);
		return !errno && end != arg && !*end && fd >= 0 && fd <= 0x7fffffff && isatty((int)fd);
	}
	case COP_READABLE:
		return faccessat(AT_FDCWD, arg, R_OK, AT_EACCESS) == 0;
	case COP_WRITABLE:
		return faccessat(AT_FDCWD, arg, W_OK, AT_EACCESS) == 0;
	case COP_EXECUTABLE:
		return faccessat(AT_FDCWD, arg, X_OK, AT_EACCESS) == 0;
	case COP_SYMLINK_H:
	case COP_SYMLINK:
		return lstat(arg, &st) == 0 && S_ISLNK(st.st_mode);
	case COP_FILE_A: case COP_BLOCK: case COP_CHAR: case COP_DIR: case COP_EXISTS:
	case COP_REGULAR: case COP_SETGID: case COP_STICKY: case COP_FIFO: case COP_NONEMPTY_FILE:
	case COP_SETUID: case COP_GROUP_OWNED: case COP_MODIFIED: case COP_OWNED: case COP_SOCKET:
		return stat_test(op, arg);
	case COP_NONE: case COP_STR_EQ: case COP_STR_EQ2: case COP_STR_NE: case COP_STR_LT:
	case COP_STR_GT: case COP_REGEX: case COP_INT_EQ: case COP_INT_NE: case COP_INT_LT:
	case COP_INT_LE: case COP_INT_GT: case COP_INT_GE: case COP_NEWER: case COP_OLDER:
	case COP_SAME_FILE:
		break;
	}
	return false;
}

bool test_files(enum cond_op op, const char *a, const char *b)
{
	struct stat sa, sb;
	bool ha = stat(a, &sa) == 0;
	bool hb = stat(b, &sb) == 0;
	if (op == COP_SAME_FILE)
		return ha && hb && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
	if (op == COP_NEWER)
		return ha && (!hb || cmp_time(&sa.st_mtim, &sb.st_mtim) > 0);
	return hb && (!ha || cmp_time(&sa.st_mtim, &sb.st_mtim) < 0);
}

bool test_ints(enum cond_op op, intmax_t x, intmax_t y)
{
	if (op == COP_INT_EQ)
		return x == y;
	if (op == COP_INT_NE)
		return x != y;
	if (op == COP_INT_LT)
		return x < y;
	if (op == COP_INT_LE)
		return x <= y;
	if (op == COP_INT_GT)
		return x > y;
	return op == COP_INT_GE && x >= y;
}

bool test_strings(enum cond_op op, const char *a, const char *b)
{
	if (op == COP_STR_EQ || op == COP_STR_EQ2)
		return strcmp(a, b) == 0;
	if (op == COP_STR_NE)
		return strcmp(a, b) != 0;
	if (op == COP_STR_LT)
		return strcoll(a, b) < 0;
	return op == COP_STR_GT && strcoll(a, b) > 0;
}
