/* io.c - the echo and read builtins (printf lives in printf.c). */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
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
	bool *quoted;
	size_t n, cap;
	bool failed;       /* out of memory */
};

/* Where bytes come from: fd 0 one byte at a time, or a block when it is a regular file. */
struct source {
	int fd;
	bool regular;
	char block[4096];
	size_t pos, len;
	struct timespec deadline;
	bool timed;
};

enum { READ_GOT = 1, READ_EOF = 0, READ_ERR = -1, READ_TIMEOUT = -2 };

static void line_add(struct line *l, char c, bool quoted)
{
	if (l->n + 1 >= l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 128;
		char *s = realloc(l->s, cap);
		bool *q = s ? realloc(l->quoted, cap * sizeof(bool)) : NULL;
		if (s)
			l->s = s;
		if (!s || !q) {
			l->failed = true;
			return;
		}
		l->quoted = q;
		l->cap = cap;
	}
	l->s[l->n] = c;
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

/* Gets the next byte of input into *c: READ_GOT, READ_EOF, READ_ERR or READ_TIMEOUT. */
static int get_byte(struct source *src, char *c)
{
	ssize_t n;
	if (src->pos < src->len) {
		*c = src->block[src->pos++];
		return READ_GOT;
	}
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
		n = read(src->fd, src->regular ? src->block : c, src->regular ? sizeof(src->block) : 1);
	} while (n < 0 && retry());
	if (n < 0)
		return READ_ERR;
	if (n == 0)
		return READ_EOF;
	if (src->regular) {
		src->pos = 1;
		src->len = (size_t)n;
		*c = src->block[0];
	}
	return READ_GOT;
}

/* Gives back to the fd what was read past the line (regular files only). */
static void source_finish(struct source *src)
{
	if (src->regular && src->pos < src->len)
		lseek(src->fd, -(off_t)(src->len - src->pos), SEEK_CUR);
}

/* Reads one line (per opts) into l; returns READ_GOT at the delimiter or -n count,
 * READ_EOF at end of file, READ_ERR or READ_TIMEOUT. */
static int read_line(const struct read_opts *o, struct source *src, struct line *l)
{
	long count = 0;
	char c;
	int r;

	while (o->nchars < 0 || count < o->nchars) {
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
	while (p < l->n && !l->quoted[p] && is_ifs_space(ifs, l->s[p]))
		p++;
	if (p < l->n && !l->quoted[p] && is_ifs(ifs, l->s[p]) && !is_ifs_space(ifs, l->s[p])) {
		p++;
		while (p < l->n && !l->quoted[p] && is_ifs_space(ifs, l->s[p]))
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
	while (pos < l->n && (l->quoted[pos] || !is_ifs(ifs, l->s[pos])))
		pos++;
	return pos;
}

/* Splits l by IFS into the names (the last one takes the rest) and assigns them. */
static int assign_fields(struct shell *sh, const struct line *l, char **names, int nnames)
{
	const char *ifs = shell_getvar(sh, "IFS");
	size_t pos = 0, end;
	int i, status = 0;

	if (!ifs)
		ifs = " \t\n";
	while (pos < l->n && !l->quoted[pos] && is_ifs_space(ifs, l->s[pos]))
		pos++;
	for (i = 0; i < nnames; i++) {
		char *val;
		if (i + 1 < nnames) {
			end = field_end(l, ifs, pos);
		} else {
			size_t f, after;
			end = l->n;
			while (end > pos && !l->quoted[end - 1] && is_ifs_space(ifs, l->s[end - 1]))
				end--;
			/* One field followed only by its delimiter: the delimiter goes too. */
			f = field_end(l, ifs, pos);
			after = f;
			if (f < end && skip_delim(l, ifs, &after) && after >= end)
				end = f;
		}
		val = strndup(l->s ? l->s + pos : "", end - pos);
		if (!val || shell_setvar(sh, names[i], val) < 0)
			status = 1;
		free(val);
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
	while (fields && pos < l->n && !l->quoted[pos] && is_ifs_space(ifs, l->s[pos]))
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
	struct source src = { .fd = 0, .regular = false };
	struct line l = { 0 };
	struct termios saved;
	struct stat st;
	char **names;
	int first, nnames, i, r, status, err;
	bool tty;

	first = read_options(sh, argc, argv, &o);
	if (first < 0)
		return -first;
	names = argv + first;
	nnames = argc - first;
	src.fd = o.fd;
	input_sync_script(sh);  /* read -u 3 may read a script on stdin through another fd */
	if (o.array && !is_name(o.array, strlen(o.array))) {
		sh_error(sh, "read: `%s': not a valid identifier", o.array);
		return 1;
	}
	for (i = 0; i < nnames; i++) {
		if (!is_name(names[i], strlen(names[i]))) {
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
	src.regular = fstat(o.fd, &st) == 0 && S_ISREG(st.st_mode);
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
		if (shell_setvar(sh, first >= argc ? "REPLY" : names[0], l.s ? l.s : "") < 0)
			status = 1;
		for (i = 1; i < nnames; i++)
			if (shell_setvar(sh, names[i], "") < 0)
				status = 1;
	} else if (assign_fields(sh, &l, names, nnames) != 0) {
		status = 1;
	}
	free(l.s);
	free(l.quoted);
	return status;
}
