/* mapfile.c - mapfile / readarray: lines of a file descriptor into an indexed array
 * (-d delim, -n count, -O origin, -s skip, -t, -u fd, -C callback, -c quantum). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../parser/parser.h"
#include "../shell/array.h"
#include "../shell/error.h"
#include "../shell/pipe_peek.h"
#include "../shell/eval.h"
#include "../shell/quote.h"
#include "../shell/shell.h"
#include "../shell/signals.h"
#include "../shell/vars.h"
#include "../shell/xalloc.h"
#include "builtins.h"

struct mapfile_opts {
	int delim;
	long count;         /* -n: at most this many lines (0: all) */
	long origin;        /* -O: first index */
	bool keep_old;      /* -O given: the array is not emptied first */
	long skip;          /* -s: lines dropped first */
	bool trim;          /* -t: the delimiter is removed */
	int fd;             /* -u */
	const char *callback;   /* -C */
	long quantum;       /* -c */
	const char *name;
};

/* How the input is read without taking what mapfile does not use: a regular file in blocks
 * (the rest given back with lseek at the end); any fd in blocks when every line is taken
 * (no -n: it is read to its end anyway; bash reads a pipe a byte per read even then); a
 * pipe with -n peeked at in blocks (tee(2)) and only the bytes used taken out of it;
 * anything else (a terminal, a socket) a byte per read. */
enum input_way { IN_FILE, IN_ALL, IN_PEEK, IN_BYTES };
struct input {
	int fd;
	enum input_way way;
	struct pipe_peek peek;  /* IN_PEEK */
	char buf[8192];
	size_t pos, len;
};

/* Chooses how to read fd when at most count lines (0: all) are taken. */
static void input_open(struct input *in, int fd, long count)
{
	struct stat st;
	bool stat_ok = fstat(fd, &st) == 0;
	in->fd = fd;
	in->pos = in->len = 0;
	in->peek.r = in->peek.w = -1;
	if (stat_ok && S_ISREG(st.st_mode))
		in->way = IN_FILE;
	else if (count == 0)
		in->way = IN_ALL;
	else if (stat_ok && S_ISFIFO(st.st_mode) && pipe_peek_open(&in->peek))
		in->way = IN_PEEK;
	else
		in->way = IN_BYTES;
}

/* Gives back what was read and not used (a file: seeks back; a pipe: takes out only the
 * bytes used). */
static void input_close(struct input *in)
{
	if (in->way == IN_FILE && in->pos < in->len)
		lseek(in->fd, -(off_t)(in->len - in->pos), SEEK_CUR);
	if (in->way == IN_PEEK) {
		if (in->pos > 0)
			pipe_take(in->fd, in->buf, in->pos);
		pipe_peek_close(&in->peek);
	}
}

/* The next byte, or -1 at end of file or on an error (*err set). */
static int next_byte(struct input *in, int *err)
{
	if (in->pos < in->len)
		return (unsigned char)in->buf[in->pos++];
	if (in->way == IN_PEEK && in->len > 0 && !pipe_take(in->fd, in->buf, in->len)) {
		*err = errno;  /* all of the block was used: take it out of the pipe */
		in->pos = in->len = 0;
		return -1;
	}
	in->pos = in->len = 0;
	ssize_t n;
	do
		n = in->way == IN_PEEK ? pipe_peek(&in->peek, in->fd, in->buf, sizeof(in->buf))
		                       : read(in->fd, in->buf, in->way == IN_BYTES ? 1 : sizeof(in->buf));
	while (n < 0 && errno == EINTR && !sig_any_pending);
	if (n <= 0) {
		*err = n < 0 ? errno : 0;
		return -1;
	}
	in->pos = 1;
	in->len = (size_t)n;
	return (unsigned char)in->buf[0];
}

/* One line (with its delimiter unless trim) into a malloc'd string; NULL at end of input. */
static char *read_record(struct input *in, const struct mapfile_opts *o, int *err)
{
	size_t n = 0, cap = 64;
	char *s = xmalloc(cap);
	int c;
	while ((c = next_byte(in, err)) >= 0) {
		if (n + 2 > cap)
			s = xrealloc(s, cap *= 2);
		if (c == o->delim) {
			if (!o->trim)
				s[n++] = (char)c;
			s[n] = '\0';
			return s;
		}
		if (c != '\0')
			s[n++] = (char)c;
	}
	if (n == 0) {
		free(s);
		return NULL;
	}
	s[n] = '\0';
	return s;
}

/* Runs the -C callback with the index and the line as arguments. */
static void run_callback(struct shell *sh, const char *callback, long index, const char *line)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	if (!f)
		return;
	fprintf(f, "%s %ld ", callback, index);
	quote_single(f, line);
	fclose(f);
	eval_string(sh, text, len, "mapfile");
	free(text);
}

static int usage(void)
{
	sh_warn("mapfile: usage: mapfile [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]");
	return 2;
}

/* A whole non-negative number for option c; false after a message. */
static bool number(struct shell *sh, const char *cmd, int c, const char *s, long *out)
{
	char *end;
	errno = 0;
	*out = strtol(s, &end, 10);
	if (errno || end == s || *end || *out < 0) {
		sh_error(sh, "%s: %s: invalid %s", cmd, s,
		         c == 'O' ? "array origin" : c == 'c' ? "callback quantum" : "line count");
		return false;
	}
	return true;
}

static int parse_options(struct shell *sh, int argc, char **argv, struct mapfile_opts *o)
{
	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (strcmp(argv[i], "--") == 0)
			return i + 1;
		for (const char *p = argv[i] + 1; *p; p++) {
			int c = *p;
			if (c == 't') {
				o->trim = true;
				continue;
			}
			if (!strchr("dnOsuCc", c)) {
				sh_error(sh, "%s: -%c: invalid option", argv[0], c);
				return -usage();
			}
			const char *arg = p[1] ? p + 1 : argv[++i];
			if (!arg) {
				sh_error(sh, "%s: -%c: option requires an argument", argv[0], c);
				return -usage();
			}
			long v = 0;
			switch (c) {
			case 'd': o->delim = (unsigned char)arg[0]; break;
			case 'C': o->callback = arg; break;
			case 'u':
				if (!number(sh, argv[0], c, arg, &v) || fcntl((int)v, F_GETFD) < 0) {
					sh_error(sh, "%s: %s: invalid file descriptor: %s", argv[0], arg, strerror(EBADF));
					return -1;
				}
				o->fd = (int)v;
				break;
			default:
				if (!number(sh, argv[0], c, arg, &v))
					return -1;
				if (c == 'n')
					o->count = v;
				else if (c == 'O')
					o->origin = v, o->keep_old = true;
				else if (c == 's')
					o->skip = v;
				else if (v == 0)
					return sh_error(sh, "%s: %s: invalid callback quantum", argv[0], arg), -1;
				else
					o->quantum = v;
				break;
			}
			break;
		}
	}
	return i;
}

int bi_mapfile(struct shell *sh, int argc, char **argv)
{
	struct mapfile_opts o = { .delim = '\n', .quantum = 5000, .name = "MAPFILE" };
	int i = parse_options(sh, argc, argv, &o);
	if (i < 0)
		return -i;
	if (i < argc)
		o.name = argv[i++];
	if (i < argc)
		return usage();
	if (!is_name(o.name, strlen(o.name))) {
		sh_error(sh, "%s: `%s': not a valid identifier", argv[0], o.name);
		return 1;
	}
	struct var *v = vars_lookup(sh->vars, o.name);
	if (v && (var_flags(v) & VAR_READONLY)) {
		sh_error(sh, "%s: %s: readonly variable", argv[0], o.name);
		return 1;
	}
	if (v && var_assoc(v)) {
		sh_error(sh, "%s: %s: not an indexed array", argv[0], o.name);
		return 1;
	}
	if (!o.keep_old && shell_set_array(sh, o.name, NULL, 0) < 0)
		return 1;
	/* the common case (no -i -l -u, no callback that could change the array): elements go
	 * straight into the array, not through a subscript each */
	v = vars_lookup(sh->vars, o.name);
	struct array *direct = NULL;
	if (!o.callback && (!v || !(var_flags(v) & (VAR_INTEGER | VAR_CASE_FLAGS | VAR_NAMEREF))))
		direct = var_make_array(sh->vars, vars_lookup_or_add(sh->vars, o.name));
	input_sync_script(sh);  /* the lines after the command, in a script on stdin */
	struct input in;
	input_open(&in, o.fd, o.count == 0 ? 0 : o.skip + o.count);
	int err = 0, status = 0;
	long taken = 0;
	for (long line = 0; o.count == 0 || taken < o.count; line++) {
		char *s = read_record(&in, &o, &err);
		if (!s)
			break;
		if (line < o.skip) {
			free(s);
			continue;
		}
		long index = o.origin + taken;
		taken++;
		if (direct) {
			array_set_owned(direct, index, xrealloc(s, strlen(s) + 1));
			continue;
		}
		char num[32];
		snprintf(num, sizeof(num), "%ld", index);
		if (shell_set_element(sh, o.name, num, s, false) < 0)
			status = 1;
		if (o.callback && taken % o.quantum == 0)
			run_callback(sh, o.callback, index, s);
		free(s);
	}
	if (direct)
		var_touched(sh->vars, vars_lookup(sh->vars, o.name));
	input_close(&in);
	if (err) {
		errno = err;
		sh_perror(sh, "%s: read error", argv[0]);
		status = 1;
	}
	return status;
}
