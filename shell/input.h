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
	size_t peeked;    /* shared pipe: the last bytes of buf, still in the pipe (tee) */
	int peek_r, peek_w;  /* shared pipe: the private pipe tee copies into, or -1 */
	size_t peek_big;  /* shared pipe: the most one peek shows once pipes were grown, or 0 */
	int owner;        /* shared: the process that reads it (children leave it alone) */
};

/* Starts reading the string s (copied). */
void input_from_string(struct input *in, const char *s, size_t len);
/* Starts reading fd (a file is read whole at once; a pipe in chunks). */
void input_from_fd(struct input *in, int fd);
/* Starts reading a script on fd 0, which the commands it runs read too: as POSIX asks, the
 * shell never keeps text past the current command (input_stdin.c: a pipe is peeked at with
 * tee and only the command's text taken from it, a file read in blocks and what was read too
 * far given back by seeking, a terminal or socket read a byte per read). */
void input_from_stdin(struct input *in);
/* Leaves the text buffered past the command being run to the shared stdin it came from (a
 * pipe: takes out only what was run; a file: seeks back); no effect for other inputs. */
void input_give_back(struct input *in);
/* input_stdin.c: takes n of the bytes peeked at out of the pipe, reading them again over their
 * copy (the same bytes: nothing else reads the pipe while the shell parses). */
void input_stdin_consume(struct input *in, size_t n);
/* Starts reading lines from the terminal with readline. */
void input_from_readline(struct shell *sh, struct input *in);
/* Makes room for n more bytes (and a NUL) after buf[len]; returns buf + len. */
char *input_reserve(struct input *in, size_t n);
/* input_stdin.c: reads more of a script on stdin for an incomplete command (line_at_a_time:
 * one line, for an interactive shell's prompts); false at end of input. */
bool input_stdin_more(struct input *in, bool line_at_a_time);
/* input_stdin.c: closes the private pipe used to peek at a pipe. */
void input_stdin_close(struct input *in);
/* Reads more text; continuation selects PS2.  Returns false at end of input. */
bool input_more(struct shell *sh, struct input *in, bool continuation);
/* Drops what was consumed (text before pos) to keep the buffer small. */
void input_compact(struct input *in);
/* Discards everything buffered (after a syntax error or Ctrl-C at the prompt). */
void input_discard(struct input *in);
/* Frees the buffer. */
void input_free(struct input *in);

#endif
