/* shell.h - struct shell: all runtime state, passed explicitly. */
#ifndef MINISH_SHELL_H
#define MINISH_SHELL_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>
#include <sys/types.h>
#include <termios.h>

struct arena;
struct node;
struct var_table;
struct func_table;
struct job_table;
struct alias_table;
struct path_cache;
struct procsub;
struct input;
struct job;
struct decl_compound;

/* Exit statuses with a meaning of their own. */
enum {
	STATUS_SYNTAX = 2,
	STATUS_NOEXEC = 126,
	STATUS_NOTFOUND = 127,
	STATUS_SIGNAL_BASE = 128,
};

/* The single-letter and -o options. */
struct shell_options {
	bool allexport;   /* -a */
	bool notify;      /* -b */
	bool noclobber;   /* -C */
	bool errexit;     /* -e */
	bool noglob;      /* -f */
	bool hashall;     /* -h */
	bool interactive; /* -i */
	bool monitor;     /* -m */
	bool noexec;      /* -n */
	bool stdin_mode;  /* -s */
	bool nounset;     /* -u */
	bool verbose;     /* -v */
	bool xtrace;      /* -x */
	bool ignoreeof;
	bool pipefail;
	bool vi;
	bool emacs;
	bool fdtrace;     /* -o fdtrace: the fds of every started process */
	bool jobtrace;    /* -o jobtrace: job-control events */
	bool dumpast;     /* -o dumpast: each command's tree before it runs */
	bool braceexpand; /* -B, -o braceexpand: brace expansion (on by default) */
	bool histexpand;  /* -H: !! !n !$ ^a^b ... in lines typed at the prompt (shell/histexp.h) */
	bool history;     /* -o history: commands are saved in the history list (interactive default) */
	bool errtrace;    /* -E: the ERR trap runs in functions and subshells too (bash) */
	bool functrace;   /* -T: so do the DEBUG and RETURN traps (bash) */
	bool posix;       /* -o posix: accepted; minish follows POSIX where dash does anyway */
	bool onecmd;      /* -t: exit after one command */
	bool privileged;  /* -p: accepted; minish never reads $ENV or start-up files set-uid anyway */
};

/* The shopt options (bash); builtins/shopt.c lists which ones minish acts on. */
struct shell_shopts {
	bool checkwinsize;
	bool cmdhist;
	bool dotglob;         /* globs match names starting with . */
	bool expand_aliases;  /* aliases are expanded (on by default, POSIX) */
	bool extglob;         /* ?(...) *(...) +(...) @(...) !(...) in patterns */
	bool failglob;        /* a glob that matches nothing is an error */
	bool globasciiranges;
	bool globstar;        /* ** matches any number of directories */
	bool histappend;
	bool huponexit;
	bool inherit_errexit;
	bool interactive_comments;
	bool lastpipe;
	bool nocaseglob;      /* globs ignore case */
	bool nocasematch;     /* case, [[ == ]] and =~ ignore case */
	bool nullglob;        /* a glob that matches nothing disappears */
	bool xpg_echo;        /* echo interprets backslash escapes */
};

/* Positional parameters $1..$N (argv[0] is $1). */
struct positional {
	char **argv;  /* malloc'd strings, NULL-terminated */
	int argc;
};

/* Why control is leaving the current command: set by break/continue/return/exit. */
enum unwind {
	UNWIND_NONE,
	UNWIND_BREAK,
	UNWIND_CONTINUE,
	UNWIND_RETURN,
	UNWIND_EXIT,
	UNWIND_INTERRUPT,  /* Ctrl-C, Ctrl-\ or Ctrl-Z: the whole command line is abandoned (shell/interrupt.h) */
};

enum { PIPESTATUS_MAX = 256 };

/* Signal numbers 1..64 (Linux); SHELL_SHELL_NSIG: NSIG itself is not POSIX. */
enum { SHELL_NSIG = 65 };
/* bash's traps on shell events, numbered after the signals (shell/trap_bash.h runs them). */
enum { TRAP_DEBUG = SHELL_NSIG, TRAP_ERR, TRAP_RETURN, SHELL_NTRAPS };

struct shell {
	struct shell_options opt;
	struct shell_shopts shopt;
	struct var_table *vars;
	struct func_table *funcs;
	struct alias_table *aliases;
	struct job_table *jobs;
	struct path_cache *paths;   /* remembered command locations (hash) */
	struct positional pos;
	char *arg0;                 /* $0 */
	char *script_name;          /* name used in messages: "-c", a file name, or NULL (interactive) */
	struct input *script_input; /* a script read from stdin (input_sync_script), or NULL */
	int lineno;                 /* line of the command being run, for messages and $LINENO */
	int status;                 /* $? */
	int cmdsub_status;          /* status of the last command substitution, -1 when none ran */
	unsigned long errors_reported; /* messages printed by sh_error/sh_perror so far (a builtin's own errors) */
	int expand_error;           /* set by expansion on error: 1 ordinary, 2 fatal in scripts (${x?}, set -u) */
	pid_t last_bg;              /* $! (0: none) */
	pid_t shell_pid;            /* $$ (the top shell's pid, also in subshells) */
	int pipestatus[PIPESTATUS_MAX];
	int npipestatus;
	bool in_subshell;           /* a forked child running shell code */
	bool pipeline_stage;        /* a forked pipeline stage: fdtrace shows its builtins too */
	bool in_cmdsub;             /* a forked command substitution: no death messages (bash) */
	int loop_depth;             /* enclosing loops, for break/continue */
	int func_depth;             /* enclosing function calls, for return and recursion limit */
	uintptr_t stack_top;        /* the stack's top, measured at start-up (0: unknown) */
	uintptr_t stack_floor;      /* recursion stops above this address (stack.h; 0: not checked) */
	size_t stack_size;          /* the stack the floor was measured from (0: unknown) */
	long getopts_ind;           /* getopts: where it stopped inside a group like -abc */
	size_t getopts_off;
	char *getopts_arg;
	unsigned long commands_run; /* top-level commands so far (the stopped-jobs warning) */
	unsigned long exit_warned;  /* commands_run when `exit` last warned about stopped jobs */
	int source_depth;           /* nested . / source files, for return */
	int eval_depth;             /* nested eval/./source/cmdsub, for the recursion limit */
	enum unwind unwind;
	int unwind_count;           /* levels left for break N / continue N */
	int unwind_status;          /* UNWIND_INTERRUPT: the status the abandoned line leaves in $? */
	int errexit_suppressed;     /* >0 inside if/while conditions, && || left sides, ! */
	char *traps[SHELL_NTRAPS];        /* commands; index 0 is EXIT; NULL: default; "": ignore */
	bool trap_running;
	struct arena *cmd_arena;    /* the arena of the command line being run: expansion results */
	struct arena *tree_arena;   /* the arena holding the tree being run (function bodies keep it) */
	char *self_exe;             /* path of this minish binary (shell_self_exe), for ENOEXEC scripts */
	char *procsub_dir;          /* private mkdtemp directory, made on first use */
	pid_t procsub_dir_owner;    /* the process that made it (only it removes it) */
	struct procsub *procsubs;   /* live process substitutions, newest first */
	unsigned procsub_seq;       /* numbers FIFO names */
	pid_t procsub_pgid;         /* job control: the process group of this command's substitutions */
	struct job *stopped_job;    /* set when the foreground job just stopped (its substitutions stay) */
	int tty_fd;                 /* the controlling terminal (>= 10, CLOEXEC) or -1 */
	int trace_fd;               /* where fdtrace/jobtrace lines go (>= 10, CLOEXEC) or -1 */
	pid_t shell_pgid;
	pid_t original_pgrp;        /* the process group that had the terminal at start (given back at exit) */
	bool login_shell;           /* -l, or argv[0] starting with '-' */
	struct termios tmodes;      /* the shell's own terminal modes, put back after each job */
	bool have_tmodes;
	bool job_control;           /* monitor mode active */
	bool forked_with_job_control; /* a child whose parent shell had job control */
	bool redir_avoid_fifo;      /* redirections applied in the shell for a vfork start: FIFOs are refused */
	double seconds_base;        /* $SECONDS counts from this time (seconds since the epoch) */
	unsigned long random_state; /* $RANDOM's generator */
	char *last_arg;             /* $_: the last word of the last simple command run in this shell */
	size_t last_arg_cap;
	struct decl_compound *decl_compounds; /* name=(...) operands of the declaration builtin being run */
	struct call_frame *frames;  /* function calls and sourced files, innermost first */
	bool script_file;           /* running a script file (FUNCNAME ends with "main") */
	char *bash_command;         /* text of the command being run, kept while a DEBUG or ERR trap is set */
	struct compspec *compspecs; /* complete's specs, in name order (shell/compspec.h) */
	char **dirstack;            /* pushd's saved directories, most recent first (DIRSTACK[1]...) */
	int ndirstack;
};

/* One function call or sourced file, for FUNCNAME and BASH_LINENO. */
struct call_frame {
	const char *name;           /* the function's name, or "source" */
	int line;                   /* the line it was called from */
	const char *file;           /* the script or sourced file it was called from (caller); NULL: none */
	bool function;
	struct call_frame *up;
};

/* Makes a shell with default variables from environ; argv0 becomes $0. */
struct shell *shell_new(const char *argv0);
/* Frees everything the shell owns (used in tests and at exit under sanitizers). */
void shell_free(struct shell *sh);
/* Returns the path of this minish binary (read once, on first need), or NULL. */
const char *shell_self_exe(struct shell *sh);
/* Runs the EXIT trap, removes process-substitution leftovers and exits with status. */
_Noreturn void shell_exit(struct shell *sh, int status);
/* input_stdin.c: leaves the text of a script on stdin (sh->script_input) read past the command
 * being run to fd 0; called before anything but the parser may read or change fd 0: a fork,
 * read, mapfile, `.`, a redirection of fd 0, exec, exit. */
void input_sync_script(struct shell *sh);
/* Pushes frame (storage owned by the caller) for a call of name from line. */
void shell_push_frame(struct shell *sh, struct call_frame *frame, const char *name, bool function);
/* Pops the innermost frame. */
void shell_pop_frame(struct shell *sh);
/* Replaces the positional parameters with argv[0..argc-1] (copied). */
void shell_set_positional(struct shell *sh, int argc, char *const argv[]);

#endif
