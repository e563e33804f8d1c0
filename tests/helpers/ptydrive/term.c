/* ptydrive's terminal side: the pty, spawning the program, reading and typing, time limits. */
#define _XOPEN_SOURCE 700 /* posix_openpt, grantpt, unlockpt, ptsname (XSI) */

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "ptydrive.h"

double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Notes whether the spawned program has exited (without blocking). */
void check_exit(struct drive *d)
{
    if (d->pid > 0 && !d->exited && waitpid(d->pid, &d->status, WNOHANG) == d->pid)
        d->exited = 1;
}

/* Waits up to ms milliseconds for output (never past the overall limit) and collects it;
 * returns 1 if some output arrived. */
int pump(struct drive *d, double ms)
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
double step_deadline(const struct drive *d)
{
    double dl = now() + d->step_timeout * d->scale;
    return dl < d->total_deadline ? dl : d->total_deadline;
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

void cmd_spawn(struct drive *d, char *arg)
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

void cmd_send(struct drive *d, char *arg)
{
    need_spawn(d);
    char *s = substitute(d, arg);
    char *t = strip_quotes(s);
    size_t n = unescape(t, 0);
    type_text(d, t, n);
    free(s);
}

void cmd_sleep(struct drive *d, char *arg)
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

void cmd_timeout(struct drive *d, char *arg)
{
    d->step_timeout = seconds_arg(d, arg);
}

void cmd_total_timeout(struct drive *d, char *arg)
{
    d->total_seconds = seconds_arg(d, arg) * d->scale;
    d->total_deadline = now() + d->total_seconds;
}

void cmd_resize(struct drive *d, char *arg)
{
    need_spawn(d);
    char *end;
    long rows = strtol(arg, &end, 10), cols = strtol(end, &end, 10);
    if (*end || rows <= 0 || cols <= 0 || rows > 1000 || cols > 1000)
        bad_scenario(d, "resize needs ROWS COLUMNS");
    struct winsize ws = { .ws_row = (unsigned short)rows, .ws_col = (unsigned short)cols, .ws_xpixel = 0,
                          .ws_ypixel = 0 };
    /* The kernel sends SIGWINCH to the terminal's foreground process group. */
    if (ioctl(d->master, TIOCSWINSZ, &ws) < 0)
        fail(d, "TIOCSWINSZ: %s", strerror(errno));
}

void cmd_wait_raw(struct drive *d, char *arg)
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
