/* error.h - messages in the form "minish: [FILE: line N: ]message". */
#ifndef MINISH_ERROR_H
#define MINISH_ERROR_H

struct shell;

/* Prints "minish: " plus, in a script or -c, "NAME: line N: ", then the message and a newline. */
void sh_error(struct shell *sh, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Like sh_error with ": strerror(errno)" appended. */
void sh_perror(struct shell *sh, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Prints "minish: " and the message only (no file or line), for builtins' usage errors. */
void sh_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
