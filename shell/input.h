/* input.h - line sources: string, file descriptor, interactive (GNU readline). */
#ifndef MINISH_INPUT_H
#define MINISH_INPUT_H

#include <stdbool.h>
#include <stddef.h>

struct shell;

enum input_kind {
	INPUT_STRING,    /* -c STRING, eval */
	INPUT_FD,        /* a script file or non-interactive stdin */
	INPUT_READLINE,  /* an interactive terminal */
};

struct input {
	enum input_kind kind;
	char *buf;        /* text read so far (malloc'd) */
	size_t len, cap;
	size_t pos;       /* start of the next command */
	int line;         /* line number at pos */
	bool eof;         /* nothing more will come */
	int fd;           /* INPUT_FD */
	bool shared;      /* INPUT_FD: fd is also the commands' standard input (a script on stdin) */
};

/* Starts reading the string s (copied). */
void input_from_string(struct input *in, const char *s, size_t len);
/* Starts reading fd (a file is read whole at once; a pipe in chunks). */
void input_from_fd(struct input *in, int fd);
/* Starts reading a script on fd 0, which the commands it runs read too: as POSIX asks, the
 * shell never keeps text past the current command (a pipe is read a line at a time, a byte
 * per read; a file in blocks, what was read too far given back by input_give_back). */
void input_from_stdin(struct input *in);
/* Before a command runs: seeks a shared stdin back over the text buffered past the command,
 * so that the command reads it (no effect for other inputs). */
void input_give_back(struct input *in);
/* Starts reading lines from the terminal with readline. */
void input_from_readline(struct shell *sh, struct input *in);
/* Reads more text; continuation selects PS2.  Returns false at end of input. */
bool input_more(struct shell *sh, struct input *in, bool continuation);
/* Drops what was consumed (text before pos) to keep the buffer small. */
void input_compact(struct input *in);
/* Discards everything buffered (after a syntax error or Ctrl-C at the prompt). */
void input_discard(struct input *in);
/* Frees the buffer. */
void input_free(struct input *in);

#endif
