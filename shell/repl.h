/* repl.h - the read-eval loop over one input source. */
#ifndef MINISH_REPL_H
#define MINISH_REPL_H

struct shell;
struct input;

enum repl_mode {
	REPL_RUN,        /* parse and run each command line */
	REPL_CHECK,      /* -n: parse only */
};

/* Parses and runs every command of in; returns the last status (syntax error: 2). */
int repl_run(struct shell *sh, struct input *in, enum repl_mode mode);
/* Runs the file at path in the current shell (`.`, rc files); returns its status,
 * or -1 when it cannot be opened (errno set). */
int repl_source_file(struct shell *sh, const char *path);

#endif
