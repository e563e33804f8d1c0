/* xalloc.h - heap allocation that never returns NULL (out of memory aborts with a message). */
#ifndef MINISH_XALLOC_H
#define MINISH_XALLOC_H

#include <stddef.h>

/* malloc that aborts the shell with "minish: out of memory" on failure. */
void *xmalloc(size_t n);
/* calloc that aborts on failure. */
void *xcalloc(size_t n, size_t size);
/* realloc that aborts on failure. */
void *xrealloc(void *p, size_t n);
/* strdup that aborts on failure. */
char *xstrdup(const char *s);
/* strndup that aborts on failure. */
char *xstrndup(const char *s, size_t n);

#endif
