/* ptydrive's output side: collecting what the program writes, and matching it (expect, expect-exit). */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>

#include "ptydrive.h"

/* Appends output bytes to the match buffer and the tail. */
void take_output(struct drive *d, const char *data, size_t n)
{
    if (d->verbose)
        fwrite(data, 1, n, stderr);
    if (d->len + n + 1 > d->cap) {
        if (d->len + n + 1 > BUF_MAX) { /* keep the newest half: a runaway writer must not eat memory */
            size_t keep = d->len / 2;
            memmove(d->buf, d->buf + d->len - keep, keep);
            d->len = keep;
        }
        while (d->len + n + 1 > d->cap)
            d->cap = d->cap ? d->cap * 2 : 4096;
        d->buf = xrealloc(d->buf, d->cap);
    }
    for (size_t i = 0; i < n; i++)
        if (data[i] != '\0')
            d->buf[d->len++] = data[i];
    d->buf[d->len] = '\0';
    if (n >= TAIL_MAX) {
        memcpy(d->tail, data + n - TAIL_MAX, TAIL_MAX);
        d->tail_len = TAIL_MAX;
    } else {
        size_t keep = d->tail_len + n > TAIL_MAX ? TAIL_MAX - n : d->tail_len;
        memmove(d->tail, d->tail + d->tail_len - keep, keep);
        memcpy(d->tail + keep, data, n);
        d->tail_len = keep + n;
    }
}

/* Prints the last output bytes with C escapes, for a failure report. */
void print_tail(const struct drive *d)
{
    fprintf(stderr, "--- last %zu bytes of output ---\n", d->tail_len);
    for (size_t i = 0; i < d->tail_len; i++) {
        unsigned char c = d->tail[i];
        if (c == '\n')
            fputs("\\n\n", stderr);
        else if (c == '\r')
            fputs("\\r", stderr);
        else if (c == '\t')
            fputs("\\t", stderr);
        else if (c == '\\')
            fputs("\\\\", stderr);
        else if (c < 0x20 || c >= 0x7f)
            fprintf(stderr, "\\x%02x", c);
        else
            fputc(c, stderr);
    }
    fputs("\n--- end of output ---\n", stderr);
}

void cmd_expect(struct drive *d, char *arg)
{
    need_spawn(d);
    char *s = substitute(d, arg);
    unescape(s, 1);
    regex_t re;
    int err = regcomp(&re, s, REG_EXTENDED);
    if (err) {
        char msg[256];
        regerror(err, &re, msg, sizeof msg);
        bad_scenario(d, "bad regex: %s", msg);
    }
    double dl = step_deadline(d);
    for (;;) {
        regmatch_t m;
        if (regexec(&re, d->buf ? d->buf : "", 1, &m, 0) == 0) {
            size_t end = (size_t)m.rm_eo;
            memmove(d->buf, d->buf + end, d->len - end + 1);
            d->len -= end;
            break;
        }
        if (d->exited && !pump(d, 100))
            fail(d, "no match, and the program exited (status %d)",
                 WIFEXITED(d->status) ? WEXITSTATUS(d->status) : 128 + WTERMSIG(d->status));
        if (now() >= dl)
            fail(d, "no match within %.1f s", d->step_timeout * d->scale);
        pump(d, (dl - now()) * 1000.0 < 50 ? (dl - now()) * 1000.0 : 50);
    }
    regfree(&re);
    free(s);
}

void cmd_expect_exit(struct drive *d, char *arg)
{
    need_spawn(d);
    char *end;
    long want = strtol(arg, &end, 10);
    if (end == arg || *end)
        bad_scenario(d, "expect-exit needs a number");
    double dl = step_deadline(d);
    while (!d->exited) {
        if (now() >= dl)
            fail(d, "the program did not exit within %.1f s", d->step_timeout * d->scale);
        pump(d, 50);
    }
    while (pump(d, 0))
        continue;
    int got = WIFEXITED(d->status) ? WEXITSTATUS(d->status) : 128 + WTERMSIG(d->status);
    if (got != want)
        fail(d, "exit status %d%s, expected %ld", got, WIFSIGNALED(d->status) ? " (killed by a signal)" : "", want);
}
