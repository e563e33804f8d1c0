/* caller.c - caller: where the running function (or one further up the stack) was called. */
#include <stdio.h>
#include <string.h>

#include "../shell/error.h"
#include "../shell/shell.h"
#include "args.h"
#include "builtins.h"

/* The file a frame was called from, as bash names it ("NULL" for -c and the prompt). */
static const char *frame_file(const struct call_frame *f)
{
	return f->file && strcmp(f->file, "-c") != 0 ? f->file : "NULL";
}

int bi_caller(struct shell *sh, int argc, char **argv)
{
	int i = 1;
	if (i < argc && !strcmp(argv[i], "--"))
		i++;
	const struct call_frame *f = sh->frames;
	if (i >= argc) {
		if (!f) {
			if (!sh->script_file)
				return 1;
			puts("0 NULL");
			return 0;
		}
		printf("%d %s\n", f->line, frame_file(f));
		return 0;
	}
	int n;
	if (arg_to_int(argv[i], &n) != 0 || n < 0) {
		sh_error(sh, "caller: %s: invalid number", argv[i]);
		fputs("caller: usage: caller [expr]\n", stderr);
		return 2;
	}
	for (; f && n > 0; n--)
		f = f->up;
	if (!f)
		return 1;
	const char *name = f->up ? f->up->name : sh->script_file ? "main" : NULL;
	if (!name)
		return 1;
	printf("%d %s %s\n", f->line, name, frame_file(f));
	return 0;
}
