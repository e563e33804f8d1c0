/* shell_fixture.h - per-test set-up shared by unit tests that run shell code: a fresh shell
 * working in a scratch directory that is emptied and removed afterwards. */
#ifndef MINISH_SHELL_FIXTURE_H
#define MINISH_SHELL_FIXTURE_H

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../shell/shell.h"

struct fixture {
	struct shell *sh;
	char dir[64];
	char cwd[PATH_MAX];
};

#define SH struct fixture *fx = *state; struct shell *sh = fx->sh; (void)sh

/* cmocka set-up: makes the shell and the directory /tmp/minish-test-NAME-XXXXXX, enters it. */
static int fixture_setup(void **state, const char *name)
{
	struct fixture *fx = calloc(1, sizeof(*fx));
	if (!fx)
		return -1;
	snprintf(fx->dir, sizeof(fx->dir), "/tmp/minish-test-%s-XXXXXX", name);
	if (!mkdtemp(fx->dir) || !getcwd(fx->cwd, sizeof(fx->cwd)) || chdir(fx->dir) < 0)
		return -1;
	fx->sh = shell_new("minish");
	*state = fx;
	return fx->sh ? 0 : -1;
}

/* cmocka tear-down: frees the shell, empties and removes the directory, goes back. */
static int fixture_teardown(void **state)
{
	struct fixture *fx = *state;
	shell_free(fx->sh);
	DIR *d = opendir(".");
	struct dirent *e;
	while (d && (e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			unlink(e->d_name);
	if (d)
		closedir(d);
	if (chdir(fx->cwd) < 0 || rmdir(fx->dir) < 0)
		return -1;
	free(fx);
	return 0;
}

#endif
