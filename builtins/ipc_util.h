/* ipc_util.h - small helpers shared by the IPC builtins' files: paths, number files, growable arrays. */
#ifndef MINISH_IPC_UTIL_H
#define MINISH_IPC_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Writes "root/dir/name" into buf: 0, or -1 (ENAMETOOLONG) when it does not fit. */
int ipc_path(char *buf, size_t size, const char *root, const char *dir, const char *name);
/* Reads the first number of a small file: 0, or -1 with errno. */
int ipc_read_u64(const char *path, uint64_t *v);
/* Appends one zeroed element of size bytes to the array *array_ptr holding *n elements
 * (growing it by doubling); returns the element, or NULL (ENOMEM) leaving the array intact. */
void *ipc_push(void *array_ptr, size_t *n, size_t size);

/* Prints "minish: CMD: message" and a newline on err. */
void ipc_err(FILE *err, const char *cmd, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Prints util-linux's "Try 'CMD --help' for more information." on err. */
void ipc_try_help(FILE *err, const char *cmd);
/* Reports the option error getopt_long just returned (c is ':' or '?', opterr being 0) in
 * glibc's words, then the try-help line. */
void ipc_bad_option(FILE *err, const char *cmd, int c, char **argv);

/* Appends a zeroed element to list l (a struct with members v and n); NULL when out of memory. */
#define IPC_PUSH(l) ipc_push(&(l)->v, &(l)->n, sizeof *(l)->v)

#endif
