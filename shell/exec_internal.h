/* exec_internal.h - the executor's parts talking to each other (eval, command, pipeline). */
#ifndef MINISH_EXEC_INTERNAL_H
#define MINISH_EXEC_INTERNAL_H

#include <stdbool.h>
#include <sys/types.h>

struct shell;
struct node;

/* Runs a simple command (command.c). */
int exec_simple(struct shell *sh, const struct node *n, unsigned flags);
/* Runs a pipeline of two or more stages, or one stage with ! (pipeline.c). */
int exec_pipeline(struct shell *sh, const struct node *n, unsigned flags);
/* Starts n as a background job; sets $! (pipeline.c). */
int exec_background(struct shell *sh, const struct node *n);
/* Runs ( body ) in a forked child (pipeline.c). */
int exec_subshell(struct shell *sh, const struct node *n, unsigned flags);
/* Waits for a single foreground child as a job of process group pgid; returns its status (pipeline.c). */
int wait_foreground_child(struct shell *sh, pid_t pid, pid_t pgid, const struct node *n);
/* Runs function body with args as $1...; returns the status (command.c). */
int call_function(struct shell *sh, const struct node *body, int argc, char **argv);
/* Exits a non-interactive shell on a fatal expansion error or special-builtin failure; an
 * interactive one abandons the command line on an expansion error, a subshell of it ends (eval.c). */
void exit_if_fatal(struct shell *sh, bool special_builtin_failed);
/* Starts pipeline stage n with spawn_program (vfork) instead of a forked shell when that cannot
 * change what happens: a simple command running a program, words free of side effects.
 * Stdin/stdout come from in_fd/out_fd (-1: unchanged).  Returns 1 and *pid when
 * started; 0 when the stage must be forked (always with job control, where the child must
 * take the terminal itself; nothing was done); -1 when a redirection
 * failed (reported: the stage has status 1 and no process). */
int spawn_stage(struct shell *sh, const struct node *n, int in_fd, int out_fd, pid_t pgid, pid_t *pid);
/* Runs argv as a command (builtin, function unless skip_functions, or program looked up in
 * search_path, or PATH when NULL) with no redirections or assignments of its own; used by `command`. */
int run_argv(struct shell *sh, int argc, char **argv, bool skip_functions, const char *search_path);
/* Replaces this process with program argv[0] (PATH search); on failure prints why
 * and exits 126 or 127 (exec, children). */
_Noreturn void exec_program(struct shell *sh, char **argv);
/* exec_program with argv[0] replaced by arg0 after the PATH search (NULL: kept) and, with
 * empty_env, no environment at all (bash's exec -a NAME and exec -c). */
_Noreturn void exec_program_as(struct shell *sh, char **argv, char *arg0, bool empty_env);
/* In a child: puts the process in job pgid (0: a new group led by itself) when job control
 * is on, and gives that group the terminal when the job runs in the foreground. */
void child_join_job(struct shell *sh, pid_t pgid, bool foreground);
/* After a loop body: consumes a break/continue aimed at this loop; true means leave it
 * (eval.c). */
bool loop_should_stop(struct shell *sh);
/* set -x: writes PS4, expanded as PS1 is (bash; dash expands parameters), to stderr
 * (eval_bash.c). */
void xtrace_prefix(struct shell *sh);
/* (( expression )): 0 when the value is not 0, else 1; 1 after an error (eval_bash.c). */
int run_arith(struct shell *sh, const struct node *n, unsigned flags);
/* for (( init; cond; step )) body (eval_bash.c). */
int run_arith_for(struct shell *sh, const struct node *n, unsigned flags);
/* [[ expression ]]: 0 true, 1 false, 2 after an error (cond.c). */
int run_cond(struct shell *sh, const struct node *n, unsigned flags);
/* select name in words; do body; done (bash; shell/select.c): the menu and PS3 on stderr, a line
 * read into REPLY, name set to the item picked; ends at end of input (status 1) or break. */
int run_select(struct shell *sh, const struct node *n, unsigned flags);
/* Returns the command text of n for job listings (malloc'd). */
char *node_text(const struct node *n);

#endif
