/* history.c - the history builtin as bash has it: list, clear (-c), delete (-d), the history
 * file (-a -n -r -w), expand without saving (-p), save words as an entry (-s). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <readline/history.h>

#include "../shell/error.h"
#include "../shell/histlist.h"
#include "../shell/shell.h"
#include "../shell/vars.h"
#include "args.h"
#include "builtins.h"

static int usage(struct shell *sh, const char *opt)
{
	sh_error(sh, "history: %s: invalid option", opt);
	fputs("history: usage: history [-c] [-d offset] [n] or history -anrw [filename] or history -ps arg [arg...]\n",
	      stderr);
	return 2;
}

/* history [N]: the last N entries (all without N), numbered. */
static int list(struct shell *sh, int argc, char **argv)
{
	int last = -1;
	if (argc > 1) {
		sh_error(sh, "history: too many arguments");
		return 1;
	}
	if (argc == 1 && (arg_to_int(argv[0], &last) < 0 || last < 0)) {
		sh_error(sh, "history: %s: numeric argument required", argv[0]);
		return 1;
	}
	hist_apply_size(sh);
	int n = history_length;
	int first = last >= 0 && last < n ? n - last : 0;
	for (int i = first; i < n; i++) {
		HIST_ENTRY *h = history_get(history_base + i);
		if (h)
			printf("%5d  %s\n", history_base + i, h->line);
	}
	return 0;
}

/* history -d OFFSET: deletes that entry (negative: counted back from the newest, -1 is it). */
static int delete_entry(struct shell *sh, const char *arg)
{
	int n;
	if (!arg || arg_to_int(arg, &n) < 0) {
		sh_error(sh, "history: %s: history position out of range", arg ? arg : "");
		return 1;
	}
	int index = n < 0 ? history_length + n : n - history_base;
	if (n == 0 || index < 0 || index >= history_length) {
		sh_error(sh, "history: %s: history position out of range", arg);
		return 1;
	}
	hist_delete(index);
	return 0;
}

/* history -a -n -r -w [FILE]: the history file ($HISTFILE when no FILE is given). */
static int file_op(struct shell *sh, char op, const char *file)
{
	if (!file)
		file = shell_getvar(sh, "HISTFILE");
	if (!file || !*file)
		return 1;
	int r = 0;
	switch (op) {
	case 'a':
		r = hist_append_new(file);
		break;
	case 'n':
		r = hist_read_new(file);
		break;
	case 'r':
		r = read_history(file);
		hist_apply_size(sh);
		break;
	default:
		r = write_history(file);
		break;
	}
	if (r != 0) {
		errno = r;
		sh_perror(sh, "history: %s", file);
		return 1;
	}
	return 0;
}

/* history -p ARGS: each argument history-expanded and printed; history -s ARGS: saved as an
 * entry in place of the history command itself. */
static int expand_or_save(struct shell *sh, char op, int argc, char **argv)
{
	if (op == 's') {
		size_t len = 0;
		for (int i = 0; i < argc; i++)
			len += strlen(argv[i]) + 1;
		char *entry = calloc(1, len + 1);
		if (!entry)
			return 1;
		for (int i = 0; i < argc; i++) {
			strcat(entry, argv[i]);
			if (i + 1 < argc)
				strcat(entry, " ");
		}
		if (hist_current_added())
			hist_drop_last();
		hist_add(sh, entry, strlen(entry));
		free(entry);
		return 0;
	}
	int status = 0;
	for (int i = 0; i < argc; i++) {
		char *out = NULL;
		int r = history_expand(argv[i], &out);
		if (r < 0) {
			sh_error(sh, "history: %s", out);
			status = 1;
		} else {
			printf("%s\n", out);
		}
		free(out);
	}
	return status;
}

int bi_history(struct shell *sh, int argc, char **argv)
{
	int i = 1;
	if (i < argc && !strcmp(argv[i], "--"))
		i++;
	if (i >= argc || argv[i][0] != '-' || !argv[i][1] || (argv[i][1] >= '0' && argv[i][1] <= '9'))
		return list(sh, argc - i, argv + i);
	const char *opt = argv[i];
	if (strlen(opt) != 2 || !strchr("cdanrwps", opt[1]))
		return usage(sh, opt);
	switch (opt[1]) {
	case 'c':
		hist_clear();
		return 0;
	case 'd':
		return delete_entry(sh, i + 1 < argc ? argv[i + 1] : NULL);
	case 'p':
	case 's':
		return expand_or_save(sh, opt[1], argc - i - 1, argv + i + 1);
	default:
		return file_op(sh, opt[1], i + 1 < argc ? argv[i + 1] : NULL);
	}
}
