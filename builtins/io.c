/* io.c - the echo and read builtins (printf lives in printf.c). */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "../parser/parser.h"
#include "../shell/error.h"
#include "../shell/interrupt.h"
#include "../shell/pipe_peek.h"
#include "../shell/shell.h"
#include "../shell/signals.h"
#include "../shell/vars.h"
#include "builtins.h"
#include "output.h"

/* True when s is a run of echo flags such as -n, -e, -nE. */
static bool echo_flags(const char *s)
{
	return s[0] == '-' && s[1] && strspn(s + 1, "neE") == strlen(s + 1);
}

int bi_echo(struct shell *sh, int argc, char **argv)
{
	bool newline = true, escapes = sh->shopt.xpg_echo, stop = false;
	int i;

	for (i = 1; i < argc && echo_flags(argv[i]); i++) {
		const char *f;
		for (f = argv[i] + 1; *f; f++) {
			if (*f == 'n')
				newline = false;
			else
				escapes = *f == 'e';
		}
	}
	for (; i < argc && !stop; i++) {
		if (escapes)
			stop = esc_print(sh, argv[i], ESC_ECHO);
		else
			fputs(argv[i], stdout);
		if (i + 1 < argc && !stop)
			putchar(' ');
	}
	if (newline && !stop)
		putchar('\n');
	return bi_flush_stdout(sh, "echo");
}

/* ---- read ---- */

/* The options of one read call. */
struct read_opts {
	bool raw;          /* -r */
	bool silent;       /* -s */
	int delim;         /* -d: the line terminator (default '\n') */
	long nchars;       /* -n: stop after this many characters; -1 none */
	double timeout;    /* -t: seconds; < 0 none */
	const char *prompt;
	bool exact;        /* -N: exactly nchars characters, the delimiter is one of them */
	const char *array; /* -a: the fields go to this indexed array */
	int fd;            /* -u: the file descriptor read */
};

/* The bytes read so far, each with a flag saying whether a backslash quoted it. */
struct line {
	char *s;
	bool *quoted;      /* NULL until a byte is quoted (never with -r) */
	size_t n, cap;
	bool failed;       /* out of memory */
};

/* Where bytes come from, in blocks that grow from 128 bytes to 64 kB (a long line costs time
 * linear in its length): a regular file is read ahead and seeked back, a pipe read a byte per
 * read for its first PIPE_BYTEWISE bytes (a short line costs no more than that) and then peeked
 * at (tee) and only what was used taken out of it, anything else (a terminal) read a byte per
 * read. */
enum source_kind { SRC_FILE, SRC_PIPE, SRC_BYTES };
enum { BLOCK_FIRST = 128, BLOCK_MAX = 64 * 1024, PIPE_BYTEWISE = 64 };
struct source {
	int fd;
	enum source_kind kind;
	char *block;       /* malloc'd */
	size_t pos, len, size;
	struct pipe_peek peek;  /* SRC_PIPE, once bytewise is 0 (else closed) */
	size_t bytewise;        /* SRC_PIPE: bytes still to read one per read */
	struct timespec deadline;
	bool timed;
};

enum { READ_GOT = 1, READ_EOF = 0, READ_ERR = -1, READ_TIMEOUT = -2 };

/* True when the byte at i of l was quoted by a backslash. */
static bool line_quoted(const struct line *l, size_t i)
{
	return l->quoted && l->quoted[i];
}

/* Makes room for n more bytes (and a NUL) in l; false (l->failed) when there is no memory. */
static bool line_reserve(struct line *l, size_t n)
{
	if (l->failed)
		return false;
	if (l->n + n + 1 <= l->cap)
		return true;
	size_t cap = l->cap ? l->cap : 128;
	while (cap < l->n + n + 1 && cap <= SIZE_MAX / 4)
		cap *= 2;
	char *s = cap >= l->n + n + 1 ? realloc(l->s, cap) : NULL;
	if (s)
		l->s = s;
	bool *q = s && l->quoted ? realloc(l->quoted, cap * sizeof(bool)) : NULL;
	if (q)
		l->quoted = q;
	if (!s || (l->quoted && !q)) {
		l->failed = true;
		return false;
	}
	l->cap = cap;
	return true;
}

/* Appends the n unquoted bytes at p to l. */
static void line_append(struct line *l, const char *p, size_t n)
{
	if (!line_reserve(l, n))
		return;
	memcpy(l->s + l->n, p, n);
	if (l->quoted)
		memset(l->quoted + l->n, 0, n);
	l->n += n;
	l->s[l->n] = '\0';
}

static void line_add(struct line *l, char c, bool quoted)
{
	if (quoted && !l->quoted && !l->failed) {
		l->quoted = calloc(l->cap ? l->cap : 1, sizeof(bool));
		if (!l->quoted) {
			l->failed = true;
			return;
		}
	}
	if (!line_reserve(l, 1))
		return;
	l->s[l->n] = c;
	if (l->quoted)
		l->quoted[l->n] = quoted;
	l->n++;
	l->s[l->n] = '\0';
}

/* Milliseconds left before the deadline (0 when passed). */
static int ms_left(const struct timespec *deadline)
{
	struct timespec now;
	double left;
	clock_gettime(CLOCK_MONOTONIC, &now);
	left = (double)(deadline->tv_sec - now.tv_sec) * 1000.0 +
	       (double)(deadline->tv_nsec - now.tv_nsec) / 1e6;
	if (left <= 0)
		return 0;
	return left > 2e9 ? 2000000000 : (int)left + 1;
}

/* True when a system call failed only because a signal the shell does not act on
 * interrupted it (then it is simply retried). */
static bool retry(void)
{
	return errno == EINTR && !sig_any_pending;
}

/* Sets src up to read fd. */
static void source_open(struct source *src, int fd)
{
	struct stat st;
	src->fd = fd;
	src->kind = SRC_BYTES;
	src->peek.r = src->peek.w = -1;
	src->bytewise = PIPE_BYTEWISE;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
		src->kind = SRC_FILE;
	else if (S_ISFIFO(st.st_mode))
		src->kind = SRC_PIPE;
	src->block = NULL;
	src->pos = src->len = src->size = 0;
}

/* Fills the block with the next bytes of input: READ_GOT, READ_EOF, READ_ERR or READ_TIMEOUT. */
static int refill(struct source *src)
{
	bool peeking = src->peek.r >= 0;
	if (peeking && src->len > 0 && !pipe_take(src->fd, src->block, src->len))
		return READ_ERR;  /* all of the block was used: take it out of the pipe */
	src->pos = src->len = 0;
	if (src->kind == SRC_PIPE && !peeking && src->bytewise == 0) {
		if (pipe_peek_open(&src->peek))
			peeking = true;
		else
			src->kind = SRC_BYTES;  /* no fds left (ulimit -n): a byte per read */
	}
	if (src->kind == SRC_PIPE && !peeking)
		src->bytewise--;
	size_t want = (src->kind == SRC_PIPE && !peeking) || src->kind == SRC_BYTES ? 1 :
	              src->size <= 1 ? BLOCK_FIRST : src->size < BLOCK_MAX ? src->size * 2 : BLOCK_MAX;
	if (want > src->size) {
		char *b = realloc(src->block, want);
		if (!b) {
			errno = ENOMEM;
			return READ_ERR;
		}
		src->block = b;
		src->size = want;
	}
	ssize_t n;
	do {
		if (src->timed) {
			struct pollfd p = { .fd = src->fd, .events = POLLIN };
			int r = poll(&p, 1, ms_left(&src->deadline));
			if (r == 0)
				return READ_TIMEOUT;
			if (r < 0) {
				n = -1;
				continue;
			}
		}
		if (peeking)
			n = pipe_peek(&src->peek, src->fd, src->block, want);
		else
			n = read(src->fd, src->block, want);
	} while (n < 0 && retry());
	if (n < 0)
		return READ_ERR;
	if (n == 0)
		return READ_EOF;
	src->len = (size_t)n;
	return READ_GOT;
}

/* Gets the next byte of input into *c: READ_GOT, READ_EOF, READ_ERR or READ_TIMEOUT. */
static int get_byte(struct source *src, char *c)
{
	if (src->pos == src->len) {
		int r = refill(src);
		if (r != READ_GOT)
			return r;
	}
	*c = src->block[src->pos++];
	return READ_GOT;
}

/* Leaves in fd what was read past the line (a file: seeks back; a pipe: takes out only the
 * bytes used) and frees the block. */
static void source_finish(struct source *src)
{
	if (src->kind == SRC_FILE && src->pos < src->len)
		lseek(src->fd, -(off_t)(src->len - src->pos), SEEK_CUR);
	if (src->peek.r >= 0) {
		if (src->pos > 0)
			pipe_take(src->fd, src->block, src->pos);
		pipe_peek_close(&src->peek);
	}
	free(src->block);
	src->block = NULL;
}

/* Reads one line (per opts) into l; returns READ_GOT at the delimiter or -n count,
 * READ_EOF at end of file, READ_ERR or READ_TIMEOUT. */
static int read_line(const struct read_opts *o, struct source *src, struct line *l)
{
	long count = 0;
	char c;
	int r;

	while (o->nchars < 0 || count < o->nchars) {
		/* the bytes up to the next special one go in at once */
		if (src->pos < src->len) {
			const char *p = src->block + src->pos;
			size_t avail = src->len - src->pos, k = 0;
			if (o->nchars >= 0 && avail > (size_t)(o->nchars - count))
				avail = (size_t)(o->nchars - count);
			while (k < avail && !((unsigned char)p[k] == o->delim && !o->exact) &&
			       !(p[k] == '\\' && !o->raw) && !(p[k] == '\0' && o->delim != '\0'))
				k++;
			if (k > 0) {
				line_append(l, p, k);
				src->pos += k;
				count += (long)k;
				continue;
			}
		}
		r = get_byte(src, &c);
		if (r != READ_GOT)
			return r;
		if (c == '\0' && o->delim != '\0')
			continue;
		if (c == '\\' && !o->raw) {
			r = get_byte(src, &c);
			if (r != READ_GOT)
				return r;
			if (c == '\n')
				continue;
			line_add(l, c, true);
			count++;
			continue;
		}
		if ((unsigned char)c == o->delim && !o->exact)
			return READ_GOT;
		line_add(l, c, false);
		count++;
	}
	return READ_GOT;
}

/* The lowest-numbered signal whose handler ran (read was interrupted for it). */
static int pending_signal(void)
{
	int s;
	for (s = 1; s < SHELL_NSIG; s++)
		if (sig_pending[s])
			return s;
	return SIGINT;
}

static bool is_ifs(const char *ifs, char c)
{
	return c != '\0' && strchr(ifs, c) != NULL;
}

static bool is_ifs_space(const char *ifs, char c)
{
	return (c == ' ' || c == '\t' || c == '\n') && is_ifs(ifs, c);
}

/* At l->s[*pos], skips one field delimiter: IFS white space around at most one other IFS
 * character.  Returns true when it skipped something. */
static bool skip_delim(const struct line *l, const char *ifs, size_t *pos)
{
	size_t p = *pos;
	while (p < l->n && !line_quoted(l, p) && is_ifs_space(ifs, l->s[p]))
		p++;
	if (p < l->n && !line_quoted(l, p) && is_ifs(ifs, l->s[p]) && !is_ifs_space(ifs, l->s[p])) {
		p++;
		while (p < l->n && !line_quoted(l, p) && is_ifs_space(ifs, l->s[p]))
			p++;
	}
	if (p == *pos)
		return false;
	*pos = p;
	return true;
}

/* Ends the field starting at pos: the index of the first unquoted IFS character. */
static size_t field_end(const struct line *l, const char *ifs, size_t pos)
{
	while (pos < l->n && (line_quoted(l, pos) || !is_ifs(ifs, l->s[pos])))
		pos++;
	return pos;
}

/* Assigns val to a name or to an element "a[sub]" (read 'm[$key]', as in bash). */
static int set_name(struct shell *sh, const char *name, const char *val)
{
	if (strchr(name, '['))
		return shell_set_ref(sh, "read", name, val, false);
	return shell_setvar(sh, name, val);
}

/* Splits l by IFS into the names (the last one takes the rest) and assigns them. */
static int assign_fields(struct shell *sh, const struct line *l, char **names, int nnames)
{
	const char *ifs = shell_getvar(sh, "IFS");
	size_t pos = 0, end;
	int i, status = 0;

	if (!ifs)
		ifs = " \t\n";
	while (pos < l->n && !line_quoted(l, pos) && is_ifs_space(ifs, l->s[pos]))
		pos++;
	for (i = 0; i < nnames; i++) {
		const char *val;
		char saved = 0;
		if (i + 1 < nnames) {
			end = field_end(l, ifs, pos);
		} else {
			size_t f, after;
			end = l->n;
			while (end > pos && !line_quoted(l, end - 1) && is_ifs_space(ifs, l->s[end - 1]))
				end--;
			/* One field followed only by its delimiter: the delimiter goes too. */
			f = field_end(l, ifs, pos);
			after = f;
			if (f < end && skip_delim(l, ifs, &after) && after >= end)
				end = f;
		}
		if (!l->s) {
			val = "";
		} else {  /* the field in place, ended for a moment (no copy of a long line) */
			saved = l->s[end];
			l->s[end] = '\0';
			val = l->s + pos;
		}
		if (set_name(sh, names[i], val) < 0)
			status = 1;
		if (l->s)
			l->s[end] = saved;
		pos = end;
		skip_delim(l, ifs, &pos);
	}
	return status;
}

/* read -a: every field (IFS splitting without a last name taking the rest) into an array. */
static int assign_array(struct shell *sh, const struct line *l, const char *name)
{
	const char *ifs = shell_getvar(sh, "IFS");
	size_t pos = 0, n = 0, cap = 8;
	char **fields = malloc(cap * sizeof(char *));
	int status = 0;

	if (!ifs)
		ifs = " \t\n";
	while (fields && pos < l->n && !line_quoted(l, pos) && is_ifs_space(ifs, l->s[pos]))
		pos++;
	while (fields && pos < l->n) {
		size_t end = field_end(l, ifs, pos);
		if (n == cap) {
			char **f = realloc(fields, (cap *= 2) * sizeof(char *));
			if (!f)
				break;
			fields = f;
		}
		fields[n++] = strndup(l->s + pos, end - pos);
		pos = end;
		skip_delim(l, ifs, &pos);
	}
	if (!fields || shell_set_array(sh, name, fields, n) < 0)
		status = 1;
	for (size_t i = 0; fields && i < n; i++)
		free(fields[i]);
	free(fields);
	return status;
}

static int read_usage(void)
{
	sh_warn("read: usage: read [-rs] [-a array] [-d delim] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]");
	return 2;
}

/* Parses read's options into o; returns the index of the first name, or -status. */
static int read_options(struct shell *sh, int argc, char **argv, struct read_opts *o)
{
	int c;
	char *end;

	opterr = 0;
	optind = 0;
	while ((c = getopt(argc, argv, "+:rsd:n:N:p:t:a:u:")) != -1) {
		switch (c) {
		case 'r':
			o->raw = true;
			break;
		case 's':
			o->silent = true;
			break;
		case 'd':
			o->delim = (unsigned char)optarg[0];
			break;
		case 'p':
			o->prompt = optarg;
			break;
		case 'a':
			o->array = optarg;
			break;
		case 'u':
			errno = 0;
			o->fd = (int)strtol(optarg, &end, 10);
			if (errno || end == optarg || *end || o->fd < 0 || fcntl(o->fd, F_GETFD) < 0) {
				sh_error(sh, "read: %s: invalid file descriptor: %s", optarg, strerror(EBADF));
				return -1;
			}
			break;
		case 'n':
		case 'N':
			o->exact = c == 'N';
			errno = 0;
			o->nchars = strtol(optarg, &end, 10);
			if (errno || end == optarg || *end || o->nchars < 0) {
				sh_error(sh, "read: %s: invalid number", optarg);
				return -2;  /* a usage error: status 2, as in bash and dash */
			}
			break;
		case 't':
			errno = 0;
			o->timeout = strtod(optarg, &end);
			if (errno || end == optarg || *end || o->timeout < 0 || o->timeout != o->timeout) {
				sh_error(sh, "read: %s: invalid timeout specification", optarg);
				return -2;
			}
			break;
		case ':':
			sh_error(sh, "read: -%c: option requires an argument", optopt);
			return -read_usage();
		default:
			sh_error(sh, "read: -%c: invalid option", optopt);
			return -read_usage();
		}
	}
	return optind;
}

/* Turns off echo (-s) and canonical mode (-n) on a terminal; returns true if it did. */
static bool tty_setup(const struct read_opts *o, struct termios *saved)
{
	struct termios t;
	if ((!o->silent && o->nchars < 0) || !isatty(o->fd) || tcgetattr(o->fd, saved) < 0)
		return false;
	t = *saved;
	if (o->silent)
		t.c_lflag &= ~(tcflag_t)(ECHO | ECHONL);
	if (o->nchars >= 0) {
		t.c_lflag &= ~(tcflag_t)ICANON;
		t.c_cc[VMIN] = 1;
		t.c_cc[VTIME] = 0;
	}
	return tcsetattr(o->fd, TCSADRAIN, &t) == 0;
}

int bi_read(struct shell *sh, int argc, char **argv)
{
	struct read_opts o = { .delim = '\n', .nchars = -1, .timeout = -1, .fd = 0 };
	struct source src = { .fd = 0 };
	struct line l = { 0 };
	struct termios saved;
	char **names;
	int first, nnames, i, r, status, err;
	bool tty;

	first = read_options(sh, argc, argv, &o);
	if (first < 0)
		return -first;
	names = argv + first;
	nnames = argc - first;
	input_sync_script(sh);  /* read -u 3 may read a script on stdin through another fd */
	if (o.array && !is_name(o.array, strlen(o.array))) {
		sh_error(sh, "read: `%s': not a valid identifier", o.array);
		return 1;
	}
	for (i = 0; i < nnames; i++) {
		size_t nl, sl;
		const char *sub;
		if (!is_name(names[i], strlen(names[i])) && !var_ref_split(names[i], &nl, &sub, &sl)) {
			sh_error(sh, "read: `%s': not a valid identifier", names[i]);
			return 1;
		}
	}
	if (o.timeout == 0) {
		struct pollfd p = { .fd = o.fd, .events = POLLIN };
		return poll(&p, 1, 0) == 1 ? 0 : 1;
	}
	if (o.timeout > 0) {
		clock_gettime(CLOCK_MONOTONIC, &src.deadline);
		src.deadline.tv_sec += (time_t)o.timeout;
		src.deadline.tv_nsec += (long)((o.timeout - (double)(time_t)o.timeout) * 1e9);
		if (src.deadline.tv_nsec >= 1000000000L) {
			src.deadline.tv_sec++;
			src.deadline.tv_nsec -= 1000000000L;
		}
		src.timed = true;
	}
	source_open(&src, o.fd);
	if (o.prompt && isatty(o.fd)) {
		fputs(o.prompt, stderr);
		fflush(stderr);
	}
	tty = tty_setup(&o, &saved);
	r = read_line(&o, &src, &l);
	err = errno;
	if (tty)
		tcsetattr(0, TCSADRAIN, &saved);
	source_finish(&src);
	if (r == READ_ERR && err == EINTR && interrupt_pending(sh)) {
		free(l.s);  /* Ctrl-C: the line is abandoned, nothing is assigned */
		free(l.quoted);
		return sh->status;
	}
	if (r == READ_ERR && err == EINTR)
		status = STATUS_SIGNAL_BASE + pending_signal();
	else if (r == READ_ERR)
		status = 1;
	else if (r == READ_TIMEOUT)
		status = STATUS_SIGNAL_BASE + SIGALRM;
	else
		status = r == READ_EOF ? 1 : 0;
	if (r == READ_ERR && err != EINTR)
		sh_error(sh, "read: read error: %s", strerror(err));
	if (l.failed) {
		sh_error(sh, "read: out of memory");
		status = 1;
	}
	if (o.array) {
		if (assign_array(sh, &l, o.array) != 0)
			status = 1;
	} else if (first >= argc || o.exact) {
		/* No names (or -N): the line with no field splitting or trimming; -N gives it all
		 * to the first name and empties the others, as bash does. */
		if (set_name(sh, first >= argc ? "REPLY" : names[0], l.s ? l.s : "") < 0)
			status = 1;
		for (i = 1; i < nnames; i++)
			if (set_name(sh, names[i], "") < 0)
				status = 1;
	} else if (assign_fields(sh, &l, names, nnames) != 0) {
		status = 1;
	}
	free(l.s);
	free(l.quoted);
	return status;
}
