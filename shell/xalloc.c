/* xalloc.c - heap allocation that never returns NULL. */
#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static xalloc_failure_fn *on_failure;
static void *on_failure_ctx;

void xalloc_on_failure(xalloc_failure_fn *fn, void *ctx)
{
	on_failure = fn;
	on_failure_ctx = ctx;
}

void xalloc_failed(size_t n)
{
	if (on_failure)
		on_failure(on_failure_ctx, n);  /* does not return */
	char msg[96];
	int len = snprintf(msg, sizeof(msg), "minish: out of memory (cannot allocate %zu bytes)\n", n);
	(void)!write(2, msg, len > 0 ? (size_t)len : 0);
	_exit(2);
}

static void *check(void *p, size_t n)
{
	if (!p)
		xalloc_failed(n);
	return p;
}

void *xmalloc(size_t n) { return check(malloc(n ? n : 1), n); }
void *xcalloc(size_t n, size_t size) { return check(calloc(n ? n : 1, size ? size : 1), n * size); }
void *xrealloc(void *p, size_t n) { return check(realloc(p, n ? n : 1), n); }
char *xstrdup(const char *s) { return check(strdup(s), strlen(s) + 1); }
char *xstrndup(const char *s, size_t n) { return check(strndup(s, n), n + 1); }
