/* history.c - the history builtin: list, clear or show the last N lines (GNU readline). */
#include <stdio.h>
#include <string.h>

#include <readline/history.h>

#include "../shell/error.h"
#include "../shell/shell.h"
#include "args.h"
#include "builtins.h"

int bi_history(struct shell *sh, int argc, char **argv)
{
	int last = -1;
	if (argc > 2) {
		sh_error(sh, "history: too many arguments");
		return 1;
	}
	if (argc == 2 && !strcmp(argv[1], "-c")) {
		clear_history();
		return 0;
	}
	if (argc == 2 && (arg_to_int(argv[1], &last) < 0 || last < 0)) {
		if (argv[1][0] == '-')
			sh_error(sh, "history: %s: invalid option", argv[1]);
		else
			sh_error(sh, "history: %s: numeric argument required", argv[1]);
		fputs("history: usage: history [-c] [N]\n", stderr);
		return 2;
	}
	HIST_ENTRY **list = history_list();
	int n = 0;
	while (list && list[n])
		n++;
	int first = last >= 0 && last < n ? n - last : 0;
	for (int i = first; i < n; i++)
		printf("%5d  %s\n", history_base + i, list[i]->line);
	return 0;
}
