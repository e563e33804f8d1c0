/* ptydrive's shared state (one struct drive per run) and the functions its files share. */
#ifndef PTYDRIVE_H
#define PTYDRIVE_H

#include <stddef.h>
#include <sys/types.h>

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

/* main.c: memory, error reports, the scenario loop */

/* realloc that prints a message and exits 2 when memory runs out. */
void *xrealloc(void *p, size_t n);
/* strdup through xrealloc (never returns NULL). */
char *xstrdup(const char *s);
/* Reports a failed step with its line and the recent output, kills the session, exits 1. */
__attribute__((format(printf, 2, 3), noreturn))
void fail(struct drive *d, const char *fmt, ...);
/* Reports a mistake in the scenario file itself and exits 2. */
__attribute__((format(printf, 2, 3), noreturn))
void bad_scenario(struct drive *d, const char *fmt, ...);
/* Reports a scenario error (exit 2) if the current step comes before spawn. */
void need_spawn(struct drive *d);

/* term.c: the pseudo-terminal, the spawned program, time limits */

/* The monotonic clock in seconds. */
double now(void);
/* Notes whether the spawned program has exited (without blocking). */
void check_exit(struct drive *d);
/* Waits up to ms milliseconds for output (never past the overall limit, else fail) and collects
 * it; returns 1 if some output arrived. */
int pump(struct drive *d, double ms);
/* The deadline of the current step (scaled step limit, capped by the overall one). */
double step_deadline(const struct drive *d);
/* `spawn ARGS...`: starts ARGS as a session leader on a new pty that is its controlling terminal. */
void cmd_spawn(struct drive *d, char *arg);
/* `send TEXT`: types TEXT (quotes stripped, C escapes decoded) into the terminal. */
void cmd_send(struct drive *d, char *arg);
/* `sleep MS`: waits MS milliseconds, collecting output. */
void cmd_sleep(struct drive *d, char *arg);
/* `timeout SECONDS`: sets the per-step time limit for the following steps. */
void cmd_timeout(struct drive *d, char *arg);
/* `total-timeout SECONDS`: restarts the overall time limit at SECONDS from now (scaled). */
void cmd_total_timeout(struct drive *d, char *arg);
/* `resize ROWS COLUMNS`: changes the terminal's size (the foreground group gets SIGWINCH). */
void cmd_resize(struct drive *d, char *arg);
/* `wait-raw`: waits until the terminal is out of canonical mode. */
void cmd_wait_raw(struct drive *d, char *arg);

/* script.c: scenario text */

/* Replaces @NAME@ by its -D value (scenario error if undefined); returns a new string. */
char *substitute(struct drive *d, const char *s);
/* Decodes C escapes of s in place; with regex set, escapes other than \r \n \t \e \xHH are
 * kept as they are for regcomp. Returns the decoded length (the text may contain NUL). */
size_t unescape(char *s, int regex);
/* Strips one pair of surrounding double quotes, if any; returns the inner text (inside s). */
char *strip_quotes(char *s);
/* Splits s in place into at most max whitespace-separated words with '...' and "..." quoting
 * (scenario error past max); returns the count. */
size_t split_words(struct drive *d, char *s, char **argv, size_t max);
/* Returns the value of NAME in the scenario environment, or NULL. */
const char *env_get(const struct drive *d, const char *name);
/* Sets NAME=VALUE (one string, copied) in the scenario environment, replacing an earlier value. */
void env_put(struct drive *d, const char *assignment);
/* `env NAME=VALUE`: adds to the spawned program's environment (VALUE may be '...' or "..."). */
void cmd_env(struct drive *d, char *arg);

/* expect.c: the collected output */

/* Appends output bytes to the match buffer and the tail (and to stderr with -v). */
void take_output(struct drive *d, const char *data, size_t n);
/* Prints the last output bytes with C escapes to stderr, for a failure report. */
void print_tail(const struct drive *d);
/* `expect REGEX`: waits for a match of the ERE in the output since the last match, then drops
 * the output up to the end of the match. */
void cmd_expect(struct drive *d, char *arg);
/* `expect-exit N`: waits for the program to exit with status N (128+SIG if killed). */
void cmd_expect_exit(struct drive *d, char *arg);

/* procs.c: the terminal's foreground group and the process table */

/* Hangs up the spawned program, then kills every process of its session and reaps it. */
void kill_session(struct drive *d);
/* `check-fg-is-shell`: the terminal's foreground process group is the shell's pid. */
void cmd_check_fg(struct drive *d, char *arg);
/* `wait-fg-job [COMM]`: waits until a job (running COMM, if given) holds the terminal. */
void cmd_wait_fg_job(struct drive *d, char *arg);
/* `check-no-children-of-shell [COMM...]`: waits until the shell has no children except COMMs. */
void cmd_check_children(struct drive *d, char *arg);
/* `check-session-runs COMM`: a live (not zombie) process of the shell's session runs COMM now. */
void cmd_check_session_runs(struct drive *d, char *arg);
/* `check-session-empty [COMM...]`: waits until no process of the shell's session is left except COMMs. */
void cmd_check_session(struct drive *d, char *arg);

#endif
