/* ipc_watch.c - ipcs --watch: the view redrawn every few seconds until a signal (Ctrl-C); on a
 * terminal the screen is cleared and what changed is shown in reverse video, elsewhere each
 * frame is written after the last as plain text. */
#define _GNU_SOURCE  /* open_memstream's prototype with some headers */
#include "ipc_ipcs.h"
#include "ipc_util.h"
#include "../shell/signals.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char REVERSE_ON[] = "\033[7m", REVERSE_OFF[] = "\033[27m", CLEAR[] = "\033[H\033[2J";

/* A line of a frame: where it starts, its length, and its identity (first word, or key and id). */
struct row {
	const char *s;
	size_t len;
	const char *id;
	size_t idlen;
	bool used;  /* matched already */
};

struct rows {
	struct row *v;
	size_t n;
};

static bool blank(char c)
{
	return c == ' ' || c == '\t';
}

/* The word at s (up to len): its length, after skipping blanks (*skip). */
static size_t word_at(const char *s, size_t len, size_t *skip)
{
	size_t i = 0, w;
	while (i < len && blank(s[i]))
		i++;
	*skip = i;
	for (w = i; w < len && !blank(s[w]); w++)
		;
	return w - i;
}

/* Splits text into rows with their identities; false when out of memory. */
static bool split(const char *text, struct rows *r)
{
	for (const char *s = text; s && *s;) {
		const char *nl = strchr(s, '\n');
		size_t len = nl ? (size_t)(nl - s) : strlen(s), skip, w1, skip2, w2;
		struct row *row = ipc_push(&r->v, &r->n, sizeof *r->v);
		if (!row)
			return false;
		w1 = word_at(s, len, &skip);
		row->s = s;
		row->len = len;
		row->id = s + skip;
		row->idlen = w1;
		if (w1 > 2 && strncmp(row->id, "0x", 2) == 0) {  /* a System V key: the id follows */
			w2 = word_at(row->id + w1, len - skip - w1, &skip2);
			row->idlen = w1 + skip2 + w2;
		}
		s = nl ? nl + 1 : s + len;
	}
	return true;
}

/* The first unused row of prev with row's identity, searched from *hint on (wrapping), or NULL. */
static struct row *match(struct rows *prev, const struct row *row, size_t *hint)
{
	for (size_t k = 0; k < prev->n; k++) {
		size_t i = (*hint + k) % prev->n;
		struct row *p = &prev->v[i];
		if (!p->used && p->idlen == row->idlen && memcmp(p->id, row->id, row->idlen) == 0) {
			p->used = true;
			*hint = i + 1;
			return p;
		}
	}
	return NULL;
}

/* Writes row, its words that differ from old's word at the same place highlighted (old NULL:
 * the whole row, blanks at its ends excepted). */
static void put_row(FILE *out, const struct row *row, const struct row *old, const char *on, const char *off)
{
	size_t i = 0, o = 0, skip, w, ow, oskip;
	if (!old) {
		size_t end = row->len;
		while (i < end && blank(row->s[i]))
			fputc(row->s[i++], out);
		while (end > i && blank(row->s[end - 1]))
			end--;
		if (end > i)
			fprintf(out, "%s%.*s%s", on, (int)(end - i), row->s + i, off);
		fprintf(out, "%.*s", (int)(row->len - end), row->s + end);
		return;
	}
	while (i < row->len) {
		w = word_at(row->s + i, row->len - i, &skip);
		fprintf(out, "%.*s", (int)skip, row->s + i);
		i += skip;
		ow = o < old->len ? word_at(old->s + o, old->len - o, &oskip) : 0;
		o += o < old->len ? oskip : 0;
		if (w && (ow != w || memcmp(row->s + i, old->s + o, w) != 0))
			fprintf(out, "%s%.*s%s", on, (int)w, row->s + i, off);
		else
			fprintf(out, "%.*s", (int)w, row->s + i);
		i += w;
		o += ow;
	}
}

void ipc_watch_render(FILE *out, const char *prev, const char *cur, const char *on, const char *off)
{
	struct rows p = { 0 }, c = { 0 };
	size_t hint = 0;
	if (!prev || !split(prev, &p) || !split(cur, &c)) {
		fputs(cur, out);  /* the first frame, or no memory to compare: the frame as it is */
		free(p.v);
		free(c.v);
		return;
	}
	for (size_t i = 0; i < c.n; i++) {
		const struct row *row = &c.v[i];
		if (row->len > 0)
			put_row(out, row, match(&p, row, &hint), on, off);
		if (row->s[row->len] == '\n')
			fputc('\n', out);
	}
	free(p.v);
	free(c.v);
}

/* A signal that ends the watch (not SIGCHLD or SIGWINCH, which a shell may catch), or 0. */
static int ending_signal(void)
{
	for (int s = 1; s < SHELL_NSIG; s++) {
		if (sig_pending[s] && s != SIGCHLD && s != SIGWINCH)
			return s;
	}
	return 0;
}

/* Sleeps for seconds, or until a signal ends the watch: returns that signal, or 0. */
static int pause_for(double seconds)
{
	struct timespec left = { (time_t)seconds, (long)((seconds - (double)(time_t)seconds) * 1e9) };
	int sig;
	while ((sig = ending_signal()) == 0) {
		if (nanosleep(&left, &left) == 0)
			return 0;
		if (errno != EINTR)
			return 0;
	}
	return sig;
}

/* "Every 2s: ipcs -q -W    Thu Dec  4 10:00:00 2025" */
static void title(const struct ipcs *p, FILE *out)
{
	char when[64] = "";
	time_t now = time(NULL);
	struct tm tm;
	if (localtime_r(&now, &tm))
		strftime(when, sizeof when, "%a %b %e %H:%M:%S %Y", &tm);
	fprintf(out, "Every %gs:", p->interval);
	for (int i = 0; i < p->argc; i++)
		fprintf(out, " %s", p->argv[i]);
	fprintf(out, "    %s\n", when);
}

/* Runs one view into memory: the frame's text and messages (malloc'd), or false. */
static bool one_frame(struct ipcs *p, char **frame, char **errs)
{
	FILE *out = p->out, *err = p->err;
	size_t flen, elen;
	FILE *fo = open_memstream(frame, &flen);
	FILE *fe = fo ? open_memstream(errs, &elen) : NULL;
	if (!fe) {
		if (fo)
			fclose(fo);
		return false;
	}
	ipcs_view_reset(p);
	p->out = fo;
	p->err = fe;
	ipcs_view(p);
	p->out = out;
	p->err = err;
	return fclose(fo) == 0 && fclose(fe) == 0;
}

int ipcs_watch(struct ipcs *p)
{
	bool tty = isatty(fileno(p->out));
	char *prev = NULL, *prev_errs = NULL;
	int sig = 0, rc = 0;
	while (rc == 0 && !sig) {
		char *frame = NULL, *errs = NULL;
		if (!one_frame(p, &frame, &errs)) {
			ipc_err(p->err, "ipcs", "%s", strerror(errno));
			rc = 1;
		} else {
			if (tty)
				fputs(CLEAR, p->out);
			title(p, p->out);
			fflush(p->out);
			if (*errs && (tty || !prev_errs || strcmp(errs, prev_errs) != 0)) {
				fputs(errs, p->err);
				fflush(p->err);
			}
			ipc_watch_render(p->out, tty ? prev : NULL, frame, REVERSE_ON, REVERSE_OFF);
			if (fflush(p->out) != 0 || ferror(p->out))
				rc = 1;  /* nobody reads any more: nothing more to do */
		}
		free(prev);
		free(prev_errs);
		prev = frame;
		prev_errs = errs;
		if (rc == 0)
			sig = pause_for(p->interval);
	}
	free(prev);
	free(prev_errs);
	return rc ? rc : 128 + sig;
}
