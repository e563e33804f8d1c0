/* ptydrive: runs a shell on a fresh pseudo-terminal and drives it from a scenario file
 * (spawn, send keys, expect output, check the terminal's foreground group and the process table).
 *
 * usage: ptydrive [-v] [-t TOTAL_SECONDS] [-s SCALE] [-D NAME=VALUE]... SCENARIO
 *   -v   echo every step and all output to stderr      -t   overall time limit (default 30)
 *   -s   multiply every time limit (sanitizer builds)   -D   define @NAME@ for the scenario
 * Scenario lines (blank lines and lines starting with # are ignored):
 *   env NAME=VALUE        add to the spawned program's environment (VALUE may be '...' or "...")
 *   spawn ARGS...         start ARGS as a session leader with the pty as controlling terminal
 *   send TEXT             type TEXT (C escapes: \r \n \t \e \\ \xHH \NNN; "TEXT" keeps spaces)
 *   expect REGEX          POSIX ERE over the output since the last match (\r \n \t \e \xHH
 *                         become bytes; other backslashes stay regex escapes)
 *   expect-exit N         wait for the spawned program to exit with status N (128+SIG if killed)
 *   sleep MS              wait MS milliseconds, collecting output
 *   timeout SECONDS       per-step time limit for the following steps (default 5)
 *   total-timeout SECONDS overall time limit of the scenario
 *   check-fg-is-shell     the terminal's foreground process group is the shell's pid
 *   wait-fg-job [COMM]    wait until a job (not the shell) holds the terminal and, with COMM,
 *                         a process of that job runs the program COMM (it has been exec'd)
 *   wait-raw              wait until the terminal is out of canonical mode (line editor reading)
 *   check-no-children-of-shell [COMM...]   wait until the shell has no children except COMMs
 *   check-session-empty   wait until no process of the shell's session is left
 * @NAME@ in spawn, env, send and expect is replaced by the value given with -D NAME=VALUE;
 * with -D TMP=DIR the program starts in DIR with HOME=DIR and TMPDIR=DIR/tmp.
 * At the end (or on a failure) a program still running gets SIGHUP, as when a terminal closes,
 * and one second later everything left in its session is killed.
 * Exit status: 0 when every step passed, 1 when a step failed, 2 on a usage or scenario error.
 * On a failure it prints the step, its line and the last 400 bytes of output, and it always
 * kills every process left in the spawned session, so it never hangs. */
#define _XOPEN_SOURCE 700 /* posix_openpt, grantpt, unlockpt, ptsname (XSI) */

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <regex.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

enum { TAIL_MAX = 400, BUF_MAX = 1 << 20, MAX_DEFS = 32, MAX_ENV = 64, MAX_ARGS = 64 };

struct def {
    char *name;
    char *value;
};

struct drive {
    const char *file;
    unsigned line;
    const char *step;         /* text of the current scenario line */
    int verbose;
    double scale;             /* multiplies every time limit */
    double step_timeout;      /* seconds, before scaling */
    double total_deadline;    /* monotonic seconds */
    double total_seconds;
    int master, slave;
    pid_t pid;                /* the spawned program; 0 before spawn */
    int exited, status;
    char *buf;                /* output since the last match (NUL bytes dropped) */
    size_t len, cap;
    unsigned char tail[TAIL_MAX]; /* the last TAIL_MAX bytes of all output */
    size_t tail_len;
    struct def defs[MAX_DEFS];
    size_t ndefs;
    char *env[MAX_ENV + 1];
    size_t nenv;
};

struct proc {
    pid_t pid, ppid, pgrp, sid;
    char state;
    char comm[64];
};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n);
    if (!q) {
        fputs("ptydrive: out of memory\n", stderr);
        exit(2);
    }
    return q;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xrealloc(NULL, n), s, n);
}

/* Lists every process (at most max) from /proc into out; returns how many. */
static size_t list_procs(struct proc *out, size_t max)
{
    size_t n = 0;
    DIR *dir = opendir("/proc");
    if (!dir)
        return 0;
    for (struct dirent *e; n < max && (e = readdir(dir)) != NULL;) {
        if (!isdigit((unsigned char)e->d_name[0]))
            continue;
        char path[300], text[512];
        snprintf(path, sizeof path, "/proc/%s/stat", e->d_name);
        FILE *f = fopen(path, "r");
        if (!f)
            continue;
        size_t got = fread(text, 1, sizeof text - 1, f);
        fclose(f);
        text[got] = '\0';
        char *open = strchr(text, '('), *close = strrchr(text, ')');
        if (!open || !close || close < open)
            continue;
        struct proc p;
        int ppid, pgrp, sid;
        if (sscanf(close + 1, " %c %d %d %d", &p.state, &ppid, &pgrp, &sid) != 4)
            continue;
        p.pid = (pid_t)atoi(text);
        p.ppid = (pid_t)ppid;
        p.pgrp = (pid_t)pgrp;
        p.sid = (pid_t)sid;
        size_t clen = (size_t)(close - open - 1);
        if (clen >= sizeof p.comm)
            clen = sizeof p.comm - 1;
        memcpy(p.comm, open + 1, clen);
        p.comm[clen] = '\0';
        out[n++] = p;
    }
    closedir(dir);
    return n;
}

static void check_exit(struct drive *d);

/* Hangs up the spawned program, then kills every process of its session and reaps it. */
static void kill_session(struct drive *d)
{
    if (d->pid <= 0)
        return;
    if (!d->exited) {
        /* Hang up first, as closing a terminal window does, so the shell can clean up. */
        kill(d->pid, SIGHUP);
        kill(d->pid, SIGCONT);
        double until = now() + 1.0 * d->scale;
        while (!d->exited && now() < until) {
            struct timespec ts = { 0, 10 * 1000 * 1000 };
            nanosleep(&ts, NULL);
            check_exit(d);
        }
    }
    enum { MAXP = 8192 };
    struct proc *ps = xrealloc(NULL, MAXP * sizeof *ps);
    for (int round = 0; round < 3; round++) {
        size_t n = list_procs(ps, MAXP);
        for (size_t i = 0; i < n; i++)
            if (ps[i].sid == d->pid && ps[i].pid != getpid())
                kill(ps[i].pid, SIGKILL);
        if (!d->exited)
            kill(d->pid, SIGKILL);
    }
    free(ps);
    if (!d->exited && waitpid(d->pid, &d->status, 0) == d->pid)
        d->exited = 1;
}

/* Prints the last output bytes with C escapes, for a failure report. */
static void print_tail(const struct drive *d)
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

/* Reports a failed step with its line and the recent output, kills the session, exits 1. */
__attribute__((format(printf, 2, 3), noreturn))
static void fail(struct drive *d, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "ptydrive: %s:%u: step '%s' failed: ", d->file, d->line, d->step ? d->step : "");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    print_tail(d);
    kill_session(d);
    exit(1);
}

/* Reports a mistake in the scenario file itself and exits 2. */
__attribute__((format(printf, 2, 3), noreturn))
static void bad_scenario(struct drive *d, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "ptydrive: %s:%u: ", d->file, d->line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    kill_session(d);
    exit(2);
}

/* Appends output bytes to the match buffer and the tail. */
static void take_output(struct drive *d, const char *data, size_t n)
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

/* Notes whether the spawned program has exited (without blocking). */
static void check_exit(struct drive *d)
{
    if (d->pid > 0 && !d->exited && waitpid(d->pid, &d->status, WNOHANG) == d->pid)
        d->exited = 1;
}

/* Waits up to ms milliseconds for output (never past the overall limit) and collects it;
 * returns 1 if some output arrived. */
static int pump(struct drive *d, double ms)
{
    double left = (d->total_deadline - now()) * 1000.0;
    if (left <= 0)
        fail(d, "scenario timed out after %.0f s", d->total_seconds);
    if (ms > left)
        ms = left;
    int got = 0;
    if (d->master >= 0) {
        struct pollfd p = { .fd = d->master, .events = POLLIN, .revents = 0 };
        if (poll(&p, 1, (int)(ms < 0 ? 0 : ms)) > 0 && (p.revents & POLLIN)) {
            char chunk[4096];
            ssize_t r;
            while ((r = read(d->master, chunk, sizeof chunk)) > 0) {
                take_output(d, chunk, (size_t)r);
                got = 1;
            }
        }
    } else if (ms > 0) {
        struct timespec ts = { (time_t)(ms / 1000), (long)((ms - (double)(long)(ms / 1000) * 1000) * 1e6) };
        nanosleep(&ts, NULL);
    }
    check_exit(d);
    return got;
}

/* The deadline of the current step. */
static double step_deadline(const struct drive *d)
{
    double dl = now() + d->step_timeout * d->scale;
    return dl < d->total_deadline ? dl : d->total_deadline;
}

/* Replaces @NAME@ by its -D value; returns a new string. */
static char *substitute(struct drive *d, const char *s)
{
    size_t cap = strlen(s) + 1, len = 0;
    char *out = xrealloc(NULL, cap);
    while (*s) {
        const char *end = NULL;
        if (*s == '@' && (isupper((unsigned char)s[1]) || s[1] == '_')) {
            end = s + 1;
            while (isupper((unsigned char)*end) || isdigit((unsigned char)*end) || *end == '_')
                end++;
            if (*end != '@')
                end = NULL;
        }
        const char *piece = s;
        size_t plen = 1;
        if (end) {
            size_t nlen = (size_t)(end - s - 1);
            size_t i = 0;
            while (i < d->ndefs && !(strlen(d->defs[i].name) == nlen && !strncmp(d->defs[i].name, s + 1, nlen)))
                i++;
            if (i == d->ndefs)
                bad_scenario(d, "@%.*s@ is not defined (use -D %.*s=VALUE)", (int)nlen, s + 1, (int)nlen, s + 1);
            piece = d->defs[i].value;
            plen = strlen(piece);
            s = end + 1;
        } else {
            s++;
        }
        if (len + plen + 1 > cap) {
            cap = (len + plen + 1) * 2;
            out = xrealloc(out, cap);
        }
        memcpy(out + len, piece, plen);
        len += plen;
    }
    out[len] = '\0';
    return out;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = tolower(c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Decodes C escapes of s in place; with regex set, escapes other than \r \n \t \e \xHH are
 * kept as they are for regcomp. Returns the decoded length (the text may contain NUL). */
static size_t unescape(char *s, int regex)
{
    char *o = s;
    for (const char *p = s; *p; p++) {
        if (*p != '\\' || !p[1]) {
            *o++ = *p;
            continue;
        }
        char c = *++p;
        switch (c) {
        case 'r': *o++ = '\r'; continue;
        case 'n': *o++ = '\n'; continue;
        case 't': *o++ = '\t'; continue;
        case 'e': *o++ = '\033'; continue;
        case 'x':
            if (hexval(p[1]) >= 0) {
                int v = hexval(*++p);
                if (hexval(p[1]) >= 0)
                    v = v * 16 + hexval(*++p);
                *o++ = (char)v;
                continue;
            }
            break;
        default:
            break;
        }
        if (regex) {
            *o++ = '\\';
            *o++ = c;
        } else if (c >= '0' && c <= '7') {
            int v = c - '0';
            for (int k = 0; k < 2 && p[1] >= '0' && p[1] <= '7'; k++)
                v = v * 8 + (*++p - '0');
            *o++ = (char)v;
        } else if (c == 'a') {
            *o++ = '\a';
        } else if (c == 'b') {
            *o++ = '\b';
        } else {
            *o++ = c; /* \\ \" \' and anything else: the character itself */
        }
    }
    *o = '\0';
    return (size_t)(o - s);
}

/* Strips one pair of surrounding double quotes, if any. */
static char *strip_quotes(char *s)
{
    size_t n = strlen(s);
    if (n >= 2 && s[0] == '"' && s[n - 1] == '"') {
        s[n - 1] = '\0';
        return s + 1;
    }
    return s;
}

/* Writes all of text to the terminal, collecting output meanwhile so neither side blocks. */
static void type_text(struct drive *d, const char *text, size_t n)
{
    double dl = step_deadline(d);
    while (n > 0) {
        ssize_t w = write(d->master, text, n);
        if (w > 0) {
            text += w;
            n -= (size_t)w;
            continue;
        }
        if (w < 0 && errno != EAGAIN && errno != EINTR)
            fail(d, "write to the terminal: %s", strerror(errno));
        if (now() >= dl)
            fail(d, "the terminal did not accept input for %.1f s", d->step_timeout * d->scale);
        pump(d, 20);
    }
}

/* Splits s into whitespace-separated words with '...' and "..." quoting; returns the count. */
static size_t split_words(struct drive *d, char *s, char **argv, size_t max)
{
    size_t n = 0;
    while (*s) {
        while (isspace((unsigned char)*s))
            s++;
        if (!*s)
            break;
        if (n == max)
            bad_scenario(d, "too many words");
        char *o = s;
        argv[n++] = o;
        while (*s && !isspace((unsigned char)*s)) {
            char q = *s;
            if (q == '\'' || q == '"') {
                s++;
                while (*s && *s != q) {
                    if (q == '"' && *s == '\\' && s[1])
                        s++;
                    *o++ = *s++;
                }
                if (*s != q)
                    bad_scenario(d, "unterminated %c quote", q);
                s++;
            } else {
                *o++ = *s++;
            }
        }
        if (*s)
            s++;
        *o = '\0';
    }
    return n;
}

/* Returns the value of NAME in the scenario environment, or NULL. */
static const char *env_get(const struct drive *d, const char *name)
{
    size_t n = strlen(name);
    for (size_t i = 0; i < d->nenv; i++)
        if (!strncmp(d->env[i], name, n) && d->env[i][n] == '=')
            return d->env[i] + n + 1;
    return NULL;
}

/* Sets NAME=VALUE (one string) in the scenario environment, replacing an earlier value. */
static void env_put(struct drive *d, const char *assignment)
{
    size_t n = strcspn(assignment, "=");
    for (size_t i = 0; i < d->nenv; i++)
        if (!strncmp(d->env[i], assignment, n) && d->env[i][n] == '=') {
            free(d->env[i]);
            d->env[i] = xstrdup(assignment);
            return;
        }
    if (d->nenv == MAX_ENV)
        bad_scenario(d, "too many env lines");
    d->env[d->nenv++] = xstrdup(assignment);
    d->env[d->nenv] = NULL;
}

/* In the child: runs argv[0], searching the scenario PATH; never returns. */
static void exec_program(struct drive *d, char **argv)
{
    const char *path = env_get(d, "PATH");
    if (strchr(argv[0], '/') || !path) {
        execve(argv[0], argv, d->env);
    } else {
        for (const char *p = path; *p;) {
            size_t n = strcspn(p, ":");
            char full[4096];
            snprintf(full, sizeof full, "%.*s/%s", (int)n, p, argv[0]);
            execve(full, argv, d->env);
            p += n + (p[n] == ':');
        }
    }
    fprintf(stderr, "ptydrive: cannot run %s: %s\n", argv[0], strerror(errno));
    _exit(127);
}

static void cmd_spawn(struct drive *d, char *arg)
{
    char *argv[MAX_ARGS + 1];
    if (d->pid > 0)
        bad_scenario(d, "only one spawn per scenario");
    size_t argc = split_words(d, arg, argv, MAX_ARGS);
    if (argc == 0)
        bad_scenario(d, "spawn needs a program");
    for (size_t i = 0; i < argc; i++)
        argv[i] = substitute(d, argv[i]);
    argv[argc] = NULL;

    d->master = posix_openpt(O_RDWR | O_NOCTTY);
    if (d->master < 0 || grantpt(d->master) < 0 || unlockpt(d->master) < 0)
        fail(d, "cannot allocate a pseudo-terminal: %s", strerror(errno));
    const char *name = ptsname(d->master);
    if (!name)
        fail(d, "ptsname: %s", strerror(errno));
    char slave_name[256];
    snprintf(slave_name, sizeof slave_name, "%s", name);
    struct winsize ws = { .ws_row = 24, .ws_col = 80, .ws_xpixel = 0, .ws_ypixel = 0 };
    ioctl(d->master, TIOCSWINSZ, &ws);
    /* The driver keeps the slave open: reads never fail with EIO, and the exit of the shell is
     * seen through waitpid instead. */
    d->slave = open(slave_name, O_RDWR | O_NOCTTY);
    if (d->slave < 0)
        fail(d, "open %s: %s", slave_name, strerror(errno));
    fcntl(d->master, F_SETFD, FD_CLOEXEC);
    fcntl(d->slave, F_SETFD, FD_CLOEXEC);
    fflush(NULL);

    pid_t pid = fork();
    if (pid < 0)
        fail(d, "fork: %s", strerror(errno));
    if (pid == 0) {
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        for (int sig = 1; sig < 32; sig++)
            signal(sig, SIG_DFL);
        setsid();
        int fd = open(slave_name, O_RDWR);
        if (fd < 0 || ioctl(fd, TIOCSCTTY, 0) < 0) {
            perror("ptydrive: controlling terminal");
            _exit(127);
        }
        for (int i = 0; i < 3; i++)
            dup2(fd, i);
        /* The shell must see only 0, 1 and 2 (fd-hygiene checks); close whatever the driver got. */
        long open_max = sysconf(_SC_OPEN_MAX);
        if (open_max < 0 || open_max > 65536)
            open_max = 65536;
        for (int other = 3; other < open_max; other++)
            close(other);
        const char *home = env_get(d, "HOME");
        if (home && chdir(home) < 0) {
            perror("ptydrive: chdir HOME");
            _exit(127);
        }
        exec_program(d, argv);
    }
    d->pid = pid;
    fcntl(d->master, F_SETFL, fcntl(d->master, F_GETFL) | O_NONBLOCK);
    for (size_t i = 0; i < argc; i++)
        free(argv[i]);
}

static void need_spawn(struct drive *d)
{
    if (d->pid <= 0)
        bad_scenario(d, "'%s' before spawn", d->step);
}

static void cmd_env(struct drive *d, char *arg)
{
    char *s = substitute(d, arg);
    char *eq = strchr(s, '=');
    if (!eq || eq == s)
        bad_scenario(d, "env needs NAME=VALUE");
    char *v = eq + 1;
    size_t n = strlen(v);
    if (n >= 2 && v[0] == '\'' && v[n - 1] == '\'') {
        memmove(v, v + 1, n - 2);
        v[n - 2] = '\0';
    } else {
        char *inner = strip_quotes(v);
        memmove(v, inner, strlen(inner) + 1);
        unescape(v, 0);
    }
    env_put(d, s);
    free(s);
}

static void cmd_send(struct drive *d, char *arg)
{
    need_spawn(d);
    char *s = substitute(d, arg);
    char *t = strip_quotes(s);
    size_t n = unescape(t, 0);
    type_text(d, t, n);
    free(s);
}

static void cmd_expect(struct drive *d, char *arg)
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

static void cmd_expect_exit(struct drive *d, char *arg)
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

static void cmd_sleep(struct drive *d, char *arg)
{
    char *end;
    long ms = strtol(arg, &end, 10);
    if (end == arg || *end || ms < 0)
        bad_scenario(d, "sleep needs milliseconds");
    double until = now() + (double)ms / 1000.0;
    while (now() < until)
        pump(d, (until - now()) * 1000.0);
}

/* Parses a number of seconds for timeout and total-timeout. */
static double seconds_arg(struct drive *d, const char *arg)
{
    char *end;
    double v = strtod(arg, &end);
    if (end == arg || *end || v <= 0)
        bad_scenario(d, "needs a positive number of seconds");
    return v;
}

static void cmd_timeout(struct drive *d, char *arg)
{
    d->step_timeout = seconds_arg(d, arg);
}

static void cmd_total_timeout(struct drive *d, char *arg)
{
    d->total_seconds = seconds_arg(d, arg) * d->scale;
    d->total_deadline = now() + d->total_seconds;
}

/* The terminal's foreground process group, from the master side. */
static pid_t fg_group(struct drive *d)
{
    pid_t pg = -1;
    if (ioctl(d->master, TIOCGPGRP, &pg) < 0)
        fail(d, "TIOCGPGRP: %s", strerror(errno));
    return pg;
}

static void cmd_check_fg(struct drive *d, char *arg)
{
    (void)arg;
    need_spawn(d);
    pid_t pg = fg_group(d);
    if (pg != d->pid)
        fail(d, "the terminal's foreground group is %ld, not the shell (%ld)", (long)pg, (long)d->pid);
}

/* Returns 1 if some process in group pg runs the program named comm. */
static int group_runs(pid_t pg, const char *comm)
{
    enum { MAXP = 8192 };
    struct proc *ps = xrealloc(NULL, MAXP * sizeof *ps);
    size_t n = list_procs(ps, MAXP);
    int found = 0;
    for (size_t i = 0; i < n && !found; i++)
        found = ps[i].pgrp == pg && !strcmp(ps[i].comm, comm);
    free(ps);
    return found;
}

static void cmd_wait_fg_job(struct drive *d, char *arg)
{
    need_spawn(d);
    char *words[2];
    size_t nwords = split_words(d, arg, words, 1);
    double dl = step_deadline(d);
    for (;;) {
        pid_t pg = fg_group(d);
        if (pg != d->pid && (nwords == 0 || group_runs(pg, words[0])))
            break;
        if (now() >= dl)
            fail(d, "no job%s%s took the terminal within %.1f s", nwords ? " running " : "", nwords ? words[0] : "",
                 d->step_timeout * d->scale);
        pump(d, 10);
    }
}

static void cmd_wait_raw(struct drive *d, char *arg)
{
    (void)arg;
    need_spawn(d);
    double dl = step_deadline(d);
    for (;;) {
        struct termios t;
        if (tcgetattr(d->slave, &t) < 0)
            fail(d, "tcgetattr: %s", strerror(errno));
        if (!(t.c_lflag & ICANON))
            break;
        if (now() >= dl)
            fail(d, "the terminal stayed in canonical mode for %.1f s", d->step_timeout * d->scale);
        pump(d, 10);
    }
}

/* Waits until no process matches: the shell's children (except the allowed names) or, with
 * session set, any process of the shell's session. */
static void wait_procs_gone(struct drive *d, char *arg, int session)
{
    char *allowed[MAX_ARGS];
    size_t nallowed = split_words(d, arg, allowed, MAX_ARGS);
    enum { MAXP = 8192 };
    struct proc *ps = xrealloc(NULL, MAXP * sizeof *ps);
    double dl = step_deadline(d);
    for (;;) {
        size_t n = list_procs(ps, MAXP), bad = 0;
        char list[1024] = "";
        for (size_t i = 0; i < n; i++) {
            int hit = session ? ps[i].sid == d->pid && ps[i].pid != d->pid : ps[i].ppid == d->pid;
            for (size_t k = 0; hit && k < nallowed; k++)
                if (!strcmp(ps[i].comm, allowed[k]))
                    hit = 0;
            if (!hit)
                continue;
            bad++;
            size_t used = strlen(list);
            snprintf(list + used, sizeof list - used, " %ld(%s,%c)", (long)ps[i].pid, ps[i].comm, ps[i].state);
        }
        if (!bad)
            break;
        if (now() >= dl) {
            free(ps);
            fail(d, "%s still there after %.1f s:%s", session ? "processes of the session" : "children of the shell",
                 d->step_timeout * d->scale, list);
        }
        pump(d, 20);
    }
    free(ps);
}

static void cmd_check_children(struct drive *d, char *arg)
{
    need_spawn(d);
    wait_procs_gone(d, arg, 0);
}

static void cmd_check_session(struct drive *d, char *arg)
{
    need_spawn(d);
    wait_procs_gone(d, arg, 1);
}

struct command {
    const char *name;
    void (*run)(struct drive *, char *);
};

static const struct command commands[] = {
    { "env", cmd_env },
    { "spawn", cmd_spawn },
    { "send", cmd_send },
    { "expect", cmd_expect },
    { "expect-exit", cmd_expect_exit },
    { "sleep", cmd_sleep },
    { "timeout", cmd_timeout },
    { "total-timeout", cmd_total_timeout },
    { "check-fg-is-shell", cmd_check_fg },
    { "wait-fg-job", cmd_wait_fg_job },
    { "wait-raw", cmd_wait_raw },
    { "check-no-children-of-shell", cmd_check_children },
    { "check-session-empty", cmd_check_session },
};

/* Runs one scenario line. */
static void run_line(struct drive *d, char *line)
{
    char *p = line;
    while (isspace((unsigned char)*p))
        p++;
    if (!*p || *p == '#')
        return;
    d->step = p;
    size_t n = strcspn(p, " \t");
    char *arg = p + n;
    while (*arg == ' ' || *arg == '\t')
        arg++;
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        if (strlen(commands[i].name) == n && !strncmp(commands[i].name, p, n)) {
            if (d->verbose)
                fprintf(stderr, "\n[ptydrive %u: %s]\n", d->line, p);
            char *copy = xstrdup(arg);
            commands[i].run(d, copy);
            free(copy);
            return;
        }
    }
    bad_scenario(d, "unknown command '%.*s'", (int)n, p);
}

/* Adds the default environment: PATH, LC_ALL, TERM, HOME and TMPDIR from @TMP@, sanitizer options. */
static void default_env(struct drive *d)
{
    env_put(d, "PATH=/usr/local/bin:/usr/bin:/bin");
    env_put(d, "LC_ALL=C");
    env_put(d, "TERM=dumb");
    for (size_t i = 0; i < d->ndefs; i++) {
        if (!strcmp(d->defs[i].name, "TMP")) {
            char *s = xrealloc(NULL, strlen(d->defs[i].value) + 16);
            sprintf(s, "HOME=%s", d->defs[i].value);
            env_put(d, s);
            sprintf(s, "TMPDIR=%s/tmp", d->defs[i].value);
            env_put(d, s);
            free(s);
        }
    }
    static const char *const pass[] = { "ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS" };
    for (size_t i = 0; i < sizeof pass / sizeof pass[0]; i++) {
        const char *v = getenv(pass[i]);
        if (v) {
            char *s = xrealloc(NULL, strlen(pass[i]) + strlen(v) + 2);
            sprintf(s, "%s=%s", pass[i], v);
            env_put(d, s);
            free(s);
        }
    }
}

/* Releases what the driver allocated (so a sanitizer build reports real leaks only). */
static void drive_free(struct drive *d)
{
    free(d->buf);
    for (size_t i = 0; i < d->nenv; i++)
        free(d->env[i]);
    for (size_t i = 0; i < d->ndefs; i++) {
        free(d->defs[i].name);
        free(d->defs[i].value);
    }
    if (d->master >= 0)
        close(d->master);
    if (d->slave >= 0)
        close(d->slave);
}

static void usage(void)
{
    fputs("usage: ptydrive [-v] [-t TOTAL_SECONDS] [-s SCALE] [-D NAME=VALUE]... SCENARIO\n", stderr);
    exit(2);
}

int main(int argc, char **argv)
{
    struct drive d;
    memset(&d, 0, sizeof d);
    d.master = d.slave = -1;
    d.scale = 1.0;
    d.step_timeout = 5.0;
    d.total_seconds = 30.0;
    d.file = "(args)";
    int opt;
    while ((opt = getopt(argc, argv, "vt:s:D:")) != -1) {
        switch (opt) {
        case 'v':
            d.verbose = 1;
            break;
        case 't':
            d.total_seconds = atof(optarg);
            break;
        case 's':
            d.scale = atof(optarg);
            break;
        case 'D': {
            char *eq = strchr(optarg, '=');
            if (!eq || d.ndefs == MAX_DEFS)
                usage();
            d.defs[d.ndefs].name = xstrdup(optarg);
            d.defs[d.ndefs].name[eq - optarg] = '\0';
            d.defs[d.ndefs].value = xstrdup(eq + 1);
            d.ndefs++;
            break;
        }
        default:
            usage();
        }
    }
    if (optind != argc - 1 || d.scale <= 0 || d.total_seconds <= 0)
        usage();
    d.file = argv[optind];
    FILE *f = fopen(d.file, "r");
    if (!f) {
        fprintf(stderr, "ptydrive: %s: %s\n", d.file, strerror(errno));
        return 2;
    }
    signal(SIGPIPE, SIG_IGN);
    d.total_seconds *= d.scale;
    d.total_deadline = now() + d.total_seconds;
    default_env(&d);

    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, f)) >= 0) {
        d.line++;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        run_line(&d, line);
    }
    free(line);
    fclose(f);
    d.step = "end of scenario";
    kill_session(&d);
    drive_free(&d);
    return 0;
}
