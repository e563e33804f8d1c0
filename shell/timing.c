/* timing.c - the `time' reserved word: runs a pipeline and reports its real, user and system
 * time on the shell's standard error as TIMEFORMAT says (bash), or as POSIX's time -p. */
#include "timing.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "../parser/ast.h"
#include "error.h"
#include "eval.h"
#include "exec_internal.h"
#include "shell.h"
#include "vars.h"

/* bash's formats: time -p, and time when TIMEFORMAT is unset. */
static const char posix_format[] = "real %2R\nuser %2U\nsys %2S";
static const char bash_format[] = "\nreal\t%3lR\nuser\t%3lU\nsys\t%3lS";

/* A duration in milliseconds, as bash truncates them. */
typedef long long msec_t;

static msec_t cpu_ms(const struct rusage *r, bool user)
{
	const struct timeval *t = user ? &r->ru_utime : &r->ru_stime;
	return (msec_t)t->tv_sec * 1000 + t->tv_usec / 1000;
}

/* Appends a duration with prec (0-3) digits after the point; lng: as MmS.FFFs (bash's mkfmt). */
static void put_duration(FILE *f, msec_t ms, int prec, bool lng)
{
	long long sec = ms / 1000, frac = ms % 1000;
	if (lng) {
		fprintf(f, "%lldm", sec / 60);
		sec %= 60;
	}
	fprintf(f, "%lld", sec);
	if (prec > 0) {
		static const int div[] = { 1000, 100, 10, 1 };
		fprintf(f, ".%0*lld", prec, frac / div[prec]);
	}
	if (lng)
		fputc('s', f);
}

/* Writes the report for format into a malloc'd string; NULL after a message on a bad format. */
static char *format_report(struct shell *sh, const char *format, msec_t real, msec_t user, msec_t sys)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (!f)
		return NULL;
	for (const char *s = format; *s; s++) {
		if (*s != '%' || !s[1]) {
			fputc(*s, f);
			continue;
		}
		s++;
		if (*s == '%') {
			fputc('%', f);
			continue;
		}
		if (*s == 'P') {
			/* CPU percentage, (user + sys) / real, in hundredths as bash computes it */
			long long cpu = real > 0 ? (user + sys) * 10000 / real : 0;
			put_duration(f, cpu / 100 * 1000 + cpu % 100 * 10, 2, false);
			continue;
		}
		int prec = 3;
		bool lng = false;
		if (*s >= '0' && *s <= '9') {
			prec = *s - '0' > 3 ? 3 : *s - '0';
			s++;
		}
		if (*s == 'l') {
			lng = true;
			s++;
		}
		if (*s == 'R' || *s == 'E' || *s == 'U' || *s == 'S') {
			put_duration(f, *s == 'U' ? user : *s == 'S' ? sys : real, prec, lng);
			continue;
		}
		fclose(f);
		free(buf);
		sh_error(sh, "TIMEFORMAT: `%c': invalid format character", *s ? *s : '%');
		return NULL;
	}
	fputc('\n', f);
	fclose(f);
	return buf;
}

int exec_timed(struct shell *sh, const struct node *n, unsigned flags)
{
	struct timespec t0, t1;
	struct rusage self0, kids0, self1, kids1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	getrusage(RUSAGE_SELF, &self0);
	getrusage(RUSAGE_CHILDREN, &kids0);
	/* The shell stays to report: never exec the last command in place. */
	int status = n->u.pipeline.ncmds > 0 ? exec_pipeline(sh, n, flags & ~EX_LAST) : 0;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	getrusage(RUSAGE_SELF, &self1);
	getrusage(RUSAGE_CHILDREN, &kids1);
	msec_t real = (msec_t)(t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
	msec_t user = cpu_ms(&self1, true) - cpu_ms(&self0, true) + cpu_ms(&kids1, true) - cpu_ms(&kids0, true);
	msec_t sys = cpu_ms(&self1, false) - cpu_ms(&self0, false) + cpu_ms(&kids1, false) - cpu_ms(&kids0, false);
	const char *format = shell_getvar(sh, "TIMEFORMAT");
	if (n->u.pipeline.time == PT_POSIX)
		format = posix_format;
	else if (!format)
		format = bash_format;
	char *report = *format ? format_report(sh, format, real < 0 ? 0 : real, user, sys) : NULL;
	if (report) {
		fflush(stdout);
		fputs(report, stderr);
		fflush(stderr);
		free(report);
	}
	return status;
}
