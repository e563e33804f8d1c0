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
 *   resize ROWS COLUMNS   change the terminal's size (its foreground process group gets SIGWINCH)
 *   check-no-children-of-shell [COMM...]   wait until the shell has no children except COMMs
 *   check-session-empty [COMM...]   wait until no process of the shell's session is left (but COMMs)
 *   check-session-runs COMM  a live process of the shell's session runs COMM (even after it exited)
 * @NAME@ in spawn, env, send and expect is replaced by the value given with -D NAME=VALUE;
 * with -D TMP=DIR the program starts in DIR with HOME=DIR and TMPDIR=DIR/tmp.
 * At the end (or on a failure) a program still running gets SIGHUP, as when a terminal closes,
 * and one second later everything left in its session is killed.
 * Exit status: 0 when every step passed, 1 when a step failed, 2 on a usage or scenario error.
 * On a failure it prints the step, its line and the last 400 bytes of output, and it always
 * kills every process left in the spawned session, so it never hangs. */

#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ptydrive.h"

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n);
    if (!q) {
        fputs("ptydrive: out of memory\n", stderr);
        exit(2);
    }
    return q;
}

char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xrealloc(NULL, n), s, n);
}

/* Reports a failed step with its line and the recent output, kills the session, exits 1. */
void fail(struct drive *d, const char *fmt, ...)
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
void bad_scenario(struct drive *d, const char *fmt, ...)
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

void need_spawn(struct drive *d)
{
    if (d->pid <= 0)
        bad_scenario(d, "'%s' before spawn", d->step);
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
    { "resize", cmd_resize },
    { "check-no-children-of-shell", cmd_check_children },
    { "check-session-empty", cmd_check_session },
    { "check-session-runs", cmd_check_session_runs },
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
