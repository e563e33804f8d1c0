/* repl.c - the read-eval loop: read, parse into the command arena, run, reset. */
#include "repl.h"

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "../parser/arena.h"
#include "../parser/parser.h"
#include "alias.h"
#include "error.h"
#include "eval.h"
#include "histlist.h"
#include "input.h"
#include "interrupt.h"
#include "jobs.h"
#include "procsub.h"
#include "shell.h"
#include "stack.h"
#include "signals.h"
#include "trace.h"

static void warn_cb(void *ctx, int line, const char *message)
{
	struct shell *sh = ctx;
	int saved = sh->lineno;
	sh->lineno = line;
	sh_error(sh, "warning: %s", message);
	sh->lineno = saved;
}

/* An arena a function body lives in is shared by the command lines after it (each resets to
 * its own start) while its blocks take less than this: 2,000 one-line functions took 11.5 MB
 * when each kept an arena of its own (bash: 5.3 MB). */
enum { SHARED_ARENA_MAX = 64 * 1024 };

/* After a command line: keep the arena if a function body lives in it (going on in it while it
 * is small, else starting a new one), else reset it. */
static void recycle_arena(struct shell *sh, struct arena_mark start)
{
	if (sh->cmd_arena->refs == 0) {
		arena_reset(sh->cmd_arena, start);
	} else if (arena_size(sh->cmd_arena) >= SHARED_ARENA_MAX) {
		arena_unref(sh->cmd_arena);
		sh->cmd_arena = arena_new();
	}
}

/* The end of the text the parser may see: all of it at end of input, else up to the last
 * newline (a block read from a file or pipe may end inside a word: "do" of "done"). */
static size_t whole_lines(const struct input *in)
{
	if (in->eof)
		return in->len;
	size_t end = in->len;
	while (end > in->pos && in->buf[end - 1] != '\n')
		end--;
	return end;
}

int repl_run(struct shell *sh, struct input *in, enum repl_mode mode)
{
	bool interactive = in->kind == INPUT_READLINE;
	bool continuation = false;
	for (;;) {
		if (interactive && !continuation)
			jobs_notify(sh);
		struct arena_mark start = arena_mark(sh->cmd_arena);
		struct parse_input pi = {
			.buf = in->buf, .len = whole_lines(in), .pos = in->pos, .line = in->line, .at_eof = in->eof,
			.alias_lookup = sh->shopt.expand_aliases ? alias_lookup_cb : NULL,
			.alias_ctx = sh->aliases, .warn = warn_cb, .warn_ctx = sh,
			.extglob = sh->shopt.extglob,
			.max_depth = stack_chain_limit(sh), .stack_floor = sh->stack_floor,
		};
		struct node *n = NULL;
		struct parse_error err;
		enum parse_status ps = parse_next(sh->cmd_arena, &pi, &n, &err);
		switch (ps) {
		case PARSE_INCOMPLETE:
			arena_reset(sh->cmd_arena, start);
			if (!interactive)
				input_compact(in);
			for (;;) {
				size_t from = in->len;
				if (!input_more(sh, in, in->pos < in->len)) {
					in->eof = true;
					break;
				}
				/* parse again only when the command may have ended: at a newline, and inside a
				 * long here-document at a line that may be its delimiter */
				if (in->len <= from || in->eof ||
				    (memchr(in->buf + from, '\n', in->len - from) &&
				     heredoc_may_end(&pi, in->buf, from, in->len, in->eof)))
					break;
			}
			continuation = interactive && in->pos < in->len;
			continue;
		case PARSE_EOF:
			arena_reset(sh->cmd_arena, start);
			return sh->status;
		case PARSE_ERROR:
			arena_reset(sh->cmd_arena, start);
			if (sh->source_depth == 0 && in->kind != INPUT_STRING)
				hist_add(sh, in->buf + in->pos, in->len - in->pos);  /* to be fixed with Up, as in bash */
			sh->lineno = err.line;
			sh_error(sh, "%s", err.message);
			sh->status = STATUS_SYNTAX;
			if (!interactive)
				return STATUS_SYNTAX;
			input_discard(in);
			continuation = false;
			continue;
		case PARSE_OK:
			break;
		}
		if (sh->opt.verbose) {
			fwrite(in->buf + in->pos, 1, pi.pos - in->pos, stderr);
			fflush(stderr);
		}
		if (sh->source_depth == 0 && in->kind != INPUT_STRING)
			hist_add(sh, in->buf + in->pos, pi.pos - in->pos);  /* one entry per command (set -o history) */
		in->pos = pi.pos;
		in->line = pi.line;
		continuation = false;
		if (interactive)
			in->eof = false;  /* Ctrl-D ended a here-document (warned): the terminal goes on */
		if (n && mode == REPL_RUN && !sh->opt.noexec) {
			sh->commands_run++;
			sh->tree_arena = sh->cmd_arena;
			if (sh->opt.dumpast) {
				fflush(stdout);
				ast_print_text(stderr, n);
				fflush(stderr);
			}
			struct fd_snapshot before;
			bool traced = sh->opt.fdtrace;  /* `set -o fdtrace` itself has no "before" */
			if (traced)
				trace_snapshot(&before);
			exec_tree(sh, n, 0);
			procsub_finish(sh);
			if (traced && sh->opt.fdtrace)
				trace_report_leaks(sh, &before);
			/* return ends a sourced file; break and continue go on to the caller's loop */
			if (sh->unwind != UNWIND_NONE && sh->unwind != UNWIND_EXIT && sh->source_depth > 0) {
				recycle_arena(sh, start);
				return sh->status;
			}
			if (sh->unwind == UNWIND_RETURN || sh->unwind == UNWIND_BREAK || sh->unwind == UNWIND_CONTINUE)
				sh->unwind = UNWIND_NONE;
			if (interrupt_pending(sh) && sh->source_depth > 0) {
				recycle_arena(sh, start);  /* Ctrl-C ends a `.` file too, up to the prompt */
				return sh->status;
			}
			if (interrupt_finish(sh) && interactive)
				input_discard(in);  /* and whatever else was typed or pasted with the line */
			/* set -t (onecmd): the command line read is the last (a -c string is one, as in bash) */
			if (sh->opt.onecmd && sh->source_depth == 0 && in->kind != INPUT_STRING)
				shell_exit(sh, sh->status);
		}
		recycle_arena(sh, start);
		if (sig_any_pending)
			signals_run_pending(sh);
		if (interactive && in->pos >= in->len)
			input_discard(in);  /* else the rest of a pasted text runs next */
	}
}

int repl_source_file(struct shell *sh, const char *path)
{
	input_sync_script(sh);  /* `. /dev/stdin` */
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	struct input in;
	input_from_fd(&in, fd);
	input_more(sh, &in, false);
	close(fd);
	in.eof = true;
	char *saved_name = sh->script_name;
	int saved_line = sh->lineno;
	struct arena *saved_cmd = sh->cmd_arena, *saved_tree = sh->tree_arena;
	sh->cmd_arena = arena_new();
	sh->script_name = (char *)path;
	sh->source_depth++;
	int status = repl_run(sh, &in, REPL_RUN);
	if (sh->unwind == UNWIND_RETURN)
		sh->unwind = UNWIND_NONE;
	sh->source_depth--;
	arena_unref(sh->cmd_arena);
	sh->cmd_arena = saved_cmd;
	sh->tree_arena = saved_tree;
	sh->script_name = saved_name;
	sh->lineno = saved_line;
	input_free(&in);
	return status;
}
