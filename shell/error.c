/* error.c - messages in the form "minish: [FILE: line N: ]message". */
#include "error.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "shell.h"

/* (The format attribute lets clang's -Wformat=2 check the callers instead of this vfprintf.) */
static void vmessage(struct shell *sh, const char *fmt, va_list ap, const char *suffix)
	__attribute__((format(printf, 2, 0)));

static void vmessage(struct shell *sh, const char *fmt, va_list ap, const char *suffix)
{
	fflush(stdout);
	if (sh)
		sh->errors_reported++;
	if (sh && sh->script_name && !sh->opt.interactive)
		fprintf(stderr, "minish: %s: line %d: ", sh->script_name, sh->lineno);
	else
		fputs("minish: ", stderr);
	vfprintf(stderr, fmt, ap);
	if (suffix)
		fprintf(stderr, ": %s", suffix);
	fputc('\n', stderr);
	fflush(stderr);
}

void sh_error(struct shell *sh, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmessage(sh, fmt, ap, NULL);
	va_end(ap);
}

void sh_perror(struct shell *sh, const char *fmt, ...)
{
	const char *why = strerror(errno);
	va_list ap;
	va_start(ap, fmt);
	vmessage(sh, fmt, ap, why);
	va_end(ap);
}

void sh_warn(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmessage(NULL, fmt, ap, NULL);
	va_end(ap);
}
