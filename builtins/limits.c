/* limits.c - the umask and ulimit builtins. */
/* _GNU_SOURCE: the Linux resource limits (RLIMIT_NPROC, RLIMIT_MEMLOCK, RLIMIT_RTTIME...). */
#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../shell/error.h"
#include "../shell/stack.h"
#include "builtins.h"
#include "output.h"

/* ---- umask ---- */

static void print_symbolic(mode_t mask)
{
	static const char *const who[] = { "u", "g", "o" };
	int i;
	for (i = 0; i < 3; i++) {
		unsigned perm = ~(unsigned)mask >> (6 - 3 * i) & 7;
		printf("%s%s=%s%s%s", i ? "," : "", who[i], perm & 4 ? "r" : "", perm & 2 ? "w" : "",
		       perm & 1 ? "x" : "");
	}
	putchar('\n');
}

/* The permission bits of class c (u, g or o) of perm, copied to all three classes (a=u). */
static unsigned perm_copy(unsigned perm, char c)
{
	unsigned shift = c == 'u' ? 6 : c == 'g' ? 3 : 0;
	return ((perm >> shift) & 7) * 0111u;
}

/* Applies a chmod-like symbolic mode (u=rwx,g+r,a-w,a=u...) to the mask in *mask: s and t
 * are accepted and change nothing a mask can hold; a copy (u, g, o) reads the mask as it was
 * before this mode (dash, chmod). */
static int symbolic_mask(struct shell *sh, const char *s, mode_t *mask)
{
	unsigned perm = ~(unsigned)*mask & 0777;
	const unsigned orig = perm;

	for (;;) {
		unsigned who = 0;
		for (; *s && strchr("ugoa", *s); s++)
			who |= *s == 'u' ? 0700u : *s == 'g' ? 0070u : *s == 'o' ? 0007u : 0777u;
		if (!who)
			who = 0777;
		do {
			char op = *s;
			unsigned bits = 0;
			if (!op || !strchr("+-=", op)) {
				sh_error(sh, "umask: `%c': invalid symbolic mode operator", op ? op : ' ');
				return 1;
			}
			for (s++; *s && strchr("rwxst", *s); s++)
				bits |= *s == 'r' ? 0444u : *s == 'w' ? 0222u : *s == 'x' ? 0111u : 0;
			if (*s && strchr("ugo", *s))
				bits |= perm_copy(orig, *s++);
			if (*s && !strchr(",+-=", *s)) {
				sh_error(sh, "umask: `%c': invalid symbolic mode character", *s);
				return 1;
			}
			bits &= who;
			if (op == '+')
				perm |= bits;
			else if (op == '-')
				perm &= ~bits;
			else
				perm = (perm & ~who) | bits;
		} while (*s && *s != ',');
		if (!*s)
			break;
		s++;
	}
	*mask = (mode_t)(~perm & 0777);
	return 0;
}

int bi_umask(struct shell *sh, int argc, char **argv)
{
	bool symbolic = false, reusable = false;
	mode_t mask;
	int c;

	opterr = 0;
	optind = 0;
	while ((c = getopt(argc, argv, "+Sp")) != -1) {
		if (c == 'S') {
			symbolic = true;
		} else if (c == 'p') {
			reusable = true;
		} else {
			sh_error(sh, "umask: -%c: invalid option", optopt);
			sh_warn("umask: usage: umask [-p] [-S] [mode]");
			return 2;
		}
	}
	mask = umask(0);
	umask(mask);
	if (optind < argc) {
		const char *m = argv[optind];
		if (*m >= '0' && *m <= '9') {
			char *end;
			unsigned long v = strtoul(m, &end, 8);
			if (*end || strspn(m, "01234567") != strlen(m)) {
				sh_error(sh, "umask: %s: octal number out of range", m);
				return 1;
			}
			mask = (mode_t)(v & 0777);
		} else if (symbolic_mask(sh, m, &mask) != 0) {
			return 1;
		}
		umask(mask);
		if (!symbolic)
			return 0;
	}
	if (reusable)
		fputs(symbolic ? "umask -S " : "umask ", stdout);
	if (symbolic)
		print_symbolic(mask);
	else
		printf("%04o\n", (unsigned)mask);
	return bi_flush_stdout(sh, "umask");
}

/* ---- ulimit ---- */

/* One resource: its option letter, limit, unit factor (0: read-only pipe size), description. */
struct resource {
	char opt;
	int res;
	rlim_t factor;
	const char *desc;
	const char *units;
};

static const struct resource resources[] = {
	{ 'R', RLIMIT_RTTIME, 1, "real-time non-blocking time", "microseconds" },
	{ 'c', RLIMIT_CORE, 1024, "core file size", "blocks" },
	{ 'd', RLIMIT_DATA, 1024, "data seg size", "kbytes" },
	{ 'e', RLIMIT_NICE, 1, "scheduling priority", NULL },
	{ 'f', RLIMIT_FSIZE, 512, "file size", "blocks" },  /* POSIX's 512-byte blocks (dash; bash uses 1024) */
	{ 'i', RLIMIT_SIGPENDING, 1, "pending signals", NULL },
	{ 'l', RLIMIT_MEMLOCK, 1024, "max locked memory", "kbytes" },
	{ 'm', RLIMIT_RSS, 1024, "max memory size", "kbytes" },
	{ 'n', RLIMIT_NOFILE, 1, "open files", NULL },
	{ 'p', -1, 0, "pipe size", "512 bytes" },
	{ 'q', RLIMIT_MSGQUEUE, 1, "POSIX message queues", "bytes" },
	{ 'r', RLIMIT_RTPRIO, 1, "real-time priority", NULL },
	{ 's', RLIMIT_STACK, 1024, "stack size", "kbytes" },
	{ 't', RLIMIT_CPU, 1, "cpu time", "seconds" },
	{ 'u', RLIMIT_NPROC, 1, "max user processes", NULL },
	{ 'v', RLIMIT_AS, 1024, "virtual memory", "kbytes" },
	{ 'x', RLIMIT_LOCKS, 1, "file locks", NULL },
};

enum { NRES = sizeof(resources) / sizeof(resources[0]) };

static const struct resource *find_resource(char opt)
{
	size_t i;
	for (i = 0; i < NRES; i++)
		if (resources[i].opt == opt)
			return &resources[i];
	return NULL;
}

/* Prints one limit, with its description when several are shown. */
static void print_limit(const struct resource *r, bool hard, bool describe)
{
	struct rlimit rl;
	if (describe) {
		char unit[40];
		if (r->units)
			snprintf(unit, sizeof(unit), "(%s, -%c) ", r->units, r->opt);
		else
			snprintf(unit, sizeof(unit), "(-%c) ", r->opt);
		printf("%-20s %20s", r->desc, unit);
	}
	if (r->res < 0) {
		printf("%d\n", PIPE_BUF / 512);
		return;
	}
	if (getrlimit(r->res, &rl) != 0) {
		printf("%s\n", strerror(errno));
		return;
	}
	if ((hard ? rl.rlim_max : rl.rlim_cur) == RLIM_INFINITY)
		puts("unlimited");
	else
		printf("%" PRIuMAX "\n", (uintmax_t)((hard ? rl.rlim_max : rl.rlim_cur) / r->factor));
}

/* Sets one limit from the operand v; returns 0 or 1 after a message. */
static int set_limit(struct shell *sh, const struct resource *r, const char *v, bool soft, bool hard)
{
	struct rlimit rl;
	rlim_t value;

	if (r->res < 0 || getrlimit(r->res, &rl) != 0) {
		sh_error(sh, "ulimit: %s: cannot modify limit: %s", r->desc, strerror(EINVAL));
		return 1;
	}
	if (strcmp(v, "unlimited") == 0) {
		value = RLIM_INFINITY;
	} else if (strcmp(v, "hard") == 0) {
		value = rl.rlim_max;
	} else if (strcmp(v, "soft") == 0) {
		value = rl.rlim_cur;
	} else {
		char *end;
		uintmax_t n;
		if (*v < '0' || *v > '9') {
			sh_error(sh, "ulimit: %s: invalid number", v);
			return 1;
		}
		errno = 0;
		n = strtoumax(v, &end, 10);
		if (*end) {
			sh_error(sh, "ulimit: %s: invalid number", v);
			return 1;
		}
		if (errno == ERANGE || n > (uintmax_t)(RLIM_INFINITY - 1) / r->factor) {
			sh_error(sh, "ulimit: %s: limit out of range", v);
			return 1;
		}
		value = (rlim_t)n * r->factor;
	}
	if (soft)
		rl.rlim_cur = value;
	if (hard)
		rl.rlim_max = value;
	if (setrlimit(r->res, &rl) != 0) {
		sh_error(sh, "ulimit: %s: cannot modify limit: %s", r->desc, strerror(errno));
		return 1;
	}
	if (r->res == RLIMIT_STACK)
		stack_limit_changed(sh);
	return 0;
}

static int ulimit_usage(void)
{
	sh_warn("ulimit: usage: ulimit [-SHa] [-cdefilmnpqrRstuvx] [limit]");
	return 2;
}

int bi_ulimit(struct shell *sh, int argc, char **argv)
{
	const struct resource *sel[NRES];
	size_t nsel = 0, i;
	bool soft = false, hard = false, all = false;
	int c, status = 0;

	opterr = 0;
	optind = 0;
	while ((c = getopt(argc, argv, "+HSacdefilmnpqrRstuvx")) != -1) {
		const struct resource *r = find_resource((char)c);
		if (c == 'H') {
			hard = true;
		} else if (c == 'S') {
			soft = true;
		} else if (c == 'a') {
			all = true;
		} else if (r) {
			for (i = 0; i < nsel && sel[i] != r; i++)
				;
			if (i == nsel)
				sel[nsel++] = r;
		} else {
			sh_error(sh, "ulimit: -%c: invalid option", optopt);
			return ulimit_usage();
		}
	}
	if (argc - optind > 1) {
		sh_error(sh, "ulimit: too many arguments");
		return ulimit_usage();
	}
	if (all && optind < argc) {
		sh_error(sh, "ulimit: %s: -a takes no limit", argv[optind]);
		return ulimit_usage();
	}
	if (all) {
		for (i = 0; i < NRES; i++)
			print_limit(&resources[i], hard && !soft, true);
		return bi_flush_stdout(sh, "ulimit");
	}
	if (nsel == 0)
		sel[nsel++] = find_resource('f');
	if (optind < argc) {
		if (!soft && !hard)
			soft = hard = true;
		for (i = 0; i < nsel; i++)
			status |= set_limit(sh, sel[i], argv[optind], soft, hard);
		return status;
	}
	for (i = 0; i < nsel; i++)
		print_limit(sel[i], hard && !soft, nsel > 1);
	return bi_flush_stdout(sh, "ulimit");
}
