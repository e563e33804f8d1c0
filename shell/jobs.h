/* jobs.h - the job table; job state is derived from its processes. */
#ifndef MINISH_JOBS_H
#define MINISH_JOBS_H

#include <stdbool.h>
#include <sys/types.h>

struct shell;
struct procsub;
struct termios;
struct node;

struct job_proc {
	pid_t pid;
	int wstatus;    /* last waitpid status */
	bool done;      /* exited or killed */
	bool stopped;
	char *text;     /* this stage's command, for jobs -l (may be NULL) */
};

enum job_state {
	JOB_RUNNING,
	JOB_STOPPED,
	JOB_DONE,
};

struct job {
	int id;                 /* %N */
	pid_t pgid;             /* 0 without job control */
	struct job_proc *procs;
	int nprocs;
	char *text;             /* the command as typed, for listings */
	bool background;
	bool notified;          /* its last state change was reported */
	unsigned long seq;      /* when it last became current (for %+ and %-) */
	struct procsub *procsubs; /* process substitutions of a stopped command, finished with it */
	struct termios *tmodes; /* the terminal modes it had when it stopped (NULL: none saved) */
	const struct node *node; /* a foreground job: its command, while it runs (death messages) */
	struct job *next;
};

/* Makes the table for sh (empty). */
void jobs_init(struct shell *sh);
/* Frees the table. */
void jobs_free(struct shell *sh);
/* Registers a job of n processes; text is copied.  Returns the job. */
struct job *jobs_add(struct shell *sh, pid_t pgid, const pid_t *pids, int n, const char *text,
                     bool background);
/* Gives each process of j its own command text (texts[i] copied; for jobs -l). */
void jobs_set_proc_texts(struct job *j, char **texts);
/* Returns true when some job is stopped. */
bool jobs_any_stopped(struct shell *sh);
/* The shell is going away: sends SIGHUP and SIGCONT to every stopped job and, with
 * running_too, SIGHUP to the running ones (the shell got SIGHUP itself, or huponexit). */
void jobs_hangup(struct shell *sh, bool running_too);
/* Returns the state derived from the job's processes. */
enum job_state job_state(const struct job *j);
/* Returns the shell status of a job: its last process's (pipefail: last failing one). */
int job_status(const struct shell *sh, const struct job *j);
/* Collects every child that has changed state without blocking. */
void jobs_reap(struct shell *sh);
/* Reaps the processes of background jobs that ended (only those: waitpid by pid, never -1,
 * so no foreground or substitution child is taken from whoever waits for it). */
void jobs_reap_background(struct shell *sh);
/* Waits until j is done or stopped; returns its status (stopped: 128+SIG).  With job
 * control the terminal is handed to j and taken back.  Fills sh->pipestatus.  A done
 * job is removed (j is gone on return); a stopped one is reported and kept. */
int jobs_wait_foreground(struct shell *sh, struct job *j);
/* fg: like jobs_wait_foreground, but continues j once it has the terminal and its modes. */
int jobs_resume_foreground(struct shell *sh, struct job *j);
/* Sends SIGCONT to j (its group, or each process) and marks it running. */
void jobs_continue(struct job *j);
/* Waits until j is done (or stopped); returns its status, or 128+N if interrupted by a trapped signal N. */
int jobs_wait_job(struct shell *sh, struct job *j);
/* wait -n: waits until one of the jobs only[0..n) (any job when n is 0) is done, removes it
 * and returns its status, a job that ended before the call first; *pid is its last process.
 * 127 when none is left to wait for, 128+N when a trapped signal N came. */
int jobs_wait_next(struct shell *sh, struct job *const *only, int n, pid_t *pid);
/* Removes j from the table and frees it; statuses of its finished processes stay known to wait PID. */
void jobs_remove(struct shell *sh, struct job *j);
/* Finds a job by spec ("%1", "%+", "%%", "%-", "%str", "%?str"); NULL after a message. */
struct job *jobs_find_spec(struct shell *sh, const char *spec, const char *who);
/* Returns the job owning pid, or NULL. */
struct job *jobs_find_pid(struct shell *sh, pid_t pid);
/* Records the status of a reaped child that no job holds (process substitutions). */
void jobs_remember(struct shell *sh, pid_t pid, int status);
/* Returns the recorded status of a reaped child that no job holds (127 when unknown). */
int jobs_take_status(struct shell *sh, pid_t pid);
/* Reports finished/stopped background jobs (interactive) and forgets the finished ones. */
void jobs_notify(struct shell *sh);
/* Returns the first job (for iteration through ->next). */
struct job *jobs_first(struct shell *sh);
/* Returns the current (+) and previous (-) jobs. */
struct job *jobs_current(struct shell *sh);
struct job *jobs_previous(struct shell *sh);
/* After foreground job j ended: reports a death by a signal as bash does (not SIGINT, SIGPIPE):
 * interactive "Segmentation fault (core dumped)" on its own line; a script
 * "minish: FILE: line N:  PID Segmentation fault      cmd" (jobreport.c). */
void jobs_report_death(struct shell *sh, const struct job *j);
/* A script's `wait` found background job j ended: reports a death by a signal as bash does
 * ("minish: FILE: line N:  PID Hangup   cmd"; not SIGINT, SIGTERM, SIGPIPE or a trapped one). */
void jobs_report_background_death(struct shell *sh, const struct job *j);
/* Prints one job line in bash's format ("[1]+  Running    sleep 30 &"). */
void jobs_print(struct shell *sh, struct job *j, bool with_pids);

#endif
