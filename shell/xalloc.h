/* xalloc.h - heap allocation that never returns NULL: out of memory ends the shell with a
 * message and status 2 (as bash's xmalloc), never abort(); the places where a huge allocation
 * is likely (an expansion, a command substitution's output) use plain malloc and fail only the
 * command instead. */
#ifndef MINISH_XALLOC_H
#define MINISH_XALLOC_H

#include <stddef.h>

/* What to do when an allocation of n bytes failed (ctx as registered); must not return. */
typedef void xalloc_failure_fn(void *ctx, size_t n);
/* Registers the failure handler (the shell's clean-up and exit; see oom.c). */
void xalloc_on_failure(xalloc_failure_fn *fn, void *ctx);
/* Reports that n bytes could not be allocated: runs the handler, else says so and _exit(2). */
_Noreturn void xalloc_failed(size_t n);

/* malloc that ends the shell (xalloc_failed) on failure. */
void *xmalloc(size_t n);
/* calloc that ends the shell on failure. */
void *xcalloc(size_t n, size_t size);
/* realloc that ends the shell on failure. */
void *xrealloc(void *p, size_t n);
/* strdup that ends the shell on failure. */
char *xstrdup(const char *s);
/* strndup that ends the shell on failure. */
char *xstrndup(const char *s, size_t n);

#endif
