/* ptydrive's process checks: the terminal's foreground group, the process table, ending the session. */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "ptydrive.h"

struct proc {
    pid_t pid, ppid, pgrp, sid;
    char state;
    char comm[64];
};

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

/* Hangs up the spawned program, then kills every process of its session and reaps it. */
void kill_session(struct drive *d)
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

/* The terminal's foreground process group, from the master side. */
static pid_t fg_group(struct drive *d)
{
    pid_t pg = -1;
    if (ioctl(d->master, TIOCGPGRP, &pg) < 0)
        fail(d, "TIOCGPGRP: %s", strerror(errno));
    return pg;
}

void cmd_check_fg(struct drive *d, char *arg)
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

void cmd_wait_fg_job(struct drive *d, char *arg)
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

void cmd_check_session_runs(struct drive *d, char *arg)
{
    need_spawn(d);
    char *words[2];
    if (split_words(d, arg, words, 1) != 1)
        bad_scenario(d, "check-session-runs needs a program name");
    enum { MAXP = 8192 };
    struct proc *ps = xrealloc(NULL, MAXP * sizeof *ps);
    size_t n = list_procs(ps, MAXP);
    int found = 0;
    for (size_t i = 0; i < n && !found; i++)
        found = ps[i].sid == d->pid && ps[i].state != 'Z' && !strcmp(ps[i].comm, words[0]);
    free(ps);
    if (!found)
        fail(d, "no live process of the session runs %s", words[0]);
}

void cmd_check_children(struct drive *d, char *arg)
{
    need_spawn(d);
    wait_procs_gone(d, arg, 0);
}

void cmd_check_session(struct drive *d, char *arg)
{
    need_spawn(d);
    wait_procs_gone(d, arg, 1);
}
