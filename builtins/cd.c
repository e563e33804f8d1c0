/* cd.c - the cd and pwd builtins: CDPATH, cd -, logical (-L) and physical (-P) paths. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../shell/error.h"
#include "../shell/vars.h"
#include "builtins.h"
#include "output.h"

/* Returns a malloc'd getcwd() result, or NULL with errno set. */
static char *current_dir(void)
{
	size_t size = 256;
	for (;;) {
		char *buf = malloc(size);
		if (!buf)
			return NULL;
		if (getcwd(buf, size))
			return buf;
		free(buf);
		if (errno != ERANGE)
			return NULL;
		size *= 2;
	}
}

/* True when p is absolute, has no . or .. components and names the current directory. */
static bool valid_pwd(const char *p)
{
	struct stat a, b;
	const char *c;

	if (!p || p[0] != '/')
		return false;
	for (c = p; *c; c++) {
		if (*c == '/' && c[1] == '.' && (c[2] == '/' || c[2] == '\0' ||
		                                  (c[2] == '.' && (c[3] == '/' || c[3] == '\0'))))
			return false;
	}
	return stat(p, &a) == 0 && stat(".", &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* The shell's idea of the current directory: $PWD when valid, else getcwd (malloc'd). */
static char *logical_cwd(struct shell *sh)
{
	const char *pwd = shell_getvar(sh, "PWD");
	return valid_pwd(pwd) ? strdup(pwd) : current_dir();
}

static bool is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Canonicalises the absolute path p in place as POSIX cd -L says: drops . components and
 * extra slashes, and a component followed by .. (which must name a directory).
 * Returns false (errno set) when a component before .. is not a directory. */
static bool canonicalise(char *p)
{
	size_t len = strlen(p);
	size_t root = (p[1] == '/' && p[2] != '/') ? 2 : 1; /* POSIX keeps a leading "//" */
	size_t in = root, out = root;

	while (in < len) {
		size_t end = in + strcspn(p + in, "/");
		if (end == in || (end - in == 1 && p[in] == '.')) {
			in = end + 1;
			continue;
		}
		if (end - in == 2 && p[in] == '.' && p[in + 1] == '.') {
			if (out > root) {
				p[out] = '\0';
				errno = 0;
				if (!is_dir(p)) {
					if (errno == 0)
						errno = ENOTDIR;
					return false;
				}
				while (out > root && p[out - 1] != '/')
					out--;
				if (out > root)
					out--;
			}
			in = end + 1;
			continue;
		}
		if (out > root)
			p[out++] = '/';
		memmove(p + out, p + in, end - in);
		out += end - in;
		in = end + 1;
	}
	p[out] = '\0';
	return true;
}

/* Joins a and b with one slash between them (malloc'd). */
static char *join(const char *a, const char *b)
{
	size_t la = strlen(a);
	char *r = malloc(la + strlen(b) + 2);
	if (!r)
		return NULL;
	strcpy(r, a);
	if (la == 0 || a[la - 1] != '/')
		r[la++] = '/';
	strcpy(r + la, b);
	return r;
}

/* True when the first component of dir is . or .. */
static bool dot_first(const char *dir)
{
	return dir[0] == '.' && (dir[1] == '/' || dir[1] == '\0' ||
	                         (dir[1] == '.' && (dir[2] == '/' || dir[2] == '\0')));
}

/* Searches CDPATH for dir; returns the malloc'd path to use and sets *print when a
 * non-empty entry matched (cd then prints the new directory). */
static char *search_cdpath(struct shell *sh, const char *dir, bool *print)
{
	const char *cdpath = shell_getvar(sh, "CDPATH");
	const char *p;

	*print = false;
	if (dir[0] == '/' || dot_first(dir) || !cdpath || !*cdpath)
		return strdup(dir);
	for (p = cdpath;; p++) {
		const char *e = strchr(p, ':');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		char *entry = strndup(n ? p : ".", n ? n : 1);
		char *cand = entry ? join(entry, dir) : NULL;
		free(entry);
		if (cand && is_dir(cand)) {
			*print = n > 0;
			return cand;
		}
		free(cand);
		if (!e)
			break;
		p = e;
	}
	return strdup(dir);
}

static int cd_usage(void)
{
	sh_warn("cd: usage: cd [-L|-P] [dir]");
	return 2;
}

/* Parses -L/-P options; returns the index of the first operand or -status. */
static int parse_lp(struct shell *sh, const char *name, int argc, char **argv, bool *physical)
{
	int c;
	opterr = 0;
	optind = 0;
	while ((c = getopt(argc, argv, "+LP")) != -1) {
		if (c == 'L') {
			*physical = false;
		} else if (c == 'P') {
			*physical = true;
		} else {
			sh_error(sh, "%s: -%c: invalid option", name, optopt);
			return -1;
		}
	}
	return optind;
}

/* Changes to target; sets *newpwd to the value PWD gets (malloc'd).  Returns 0 or errno. */
static int change_dir(struct shell *sh, const char *target, bool physical, char **newpwd)
{
	char *path = NULL;
	int err;

	*newpwd = NULL;
	if (!physical) {
		char *base = target[0] == '/' ? NULL : logical_cwd(sh);
		if (target[0] != '/' && !base)
			physical = true;
		else
			path = base ? join(base, target) : strdup(target);
		free(base);
		if (path && !canonicalise(path)) {
			err = errno;
			free(path);
			return err;
		}
		if (path && chdir(path) == 0) {
			*newpwd = path;
			return 0;
		}
		free(path);
	}
	if (chdir(target) != 0)
		return errno;
	*newpwd = current_dir();
	if (!*newpwd)
		*newpwd = strdup(target);
	return 0;
}

int bi_cd(struct shell *sh, int argc, char **argv)
{
	bool physical = false, print = false;
	const char *dir;
	char *target, *newpwd, *oldpwd;
	int i, err, status = 0;

	i = parse_lp(sh, argv[0], argc, argv, &physical);
	if (i < 0)
		return cd_usage();
	if (argc - i > 1) {
		sh_error(sh, "%s: too many arguments", argv[0]);
		return 1;
	}
	dir = argv[i];
	if (!dir) {
		dir = shell_getvar(sh, "HOME");
		if (!dir) {
			sh_error(sh, "%s: HOME not set", argv[0]);
			return 1;
		}
	} else if (strcmp(dir, "-") == 0) {
		dir = shell_getvar(sh, "OLDPWD");
		if (!dir) {
			sh_error(sh, "%s: OLDPWD not set", argv[0]);
			return 1;
		}
		print = true;
	}
	if (!*dir)
		return 0;
	if (print) {
		target = strdup(dir);
	} else {
		target = search_cdpath(sh, dir, &print);
	}
	if (!target) {
		sh_error(sh, "%s: %s: %s", argv[0], dir, strerror(ENOMEM));
		return 1;
	}
	oldpwd = logical_cwd(sh);
	if (!oldpwd && shell_getvar(sh, "PWD"))
		oldpwd = strdup(shell_getvar(sh, "PWD")); /* the directory was removed: bash and dash keep $PWD */
	err = change_dir(sh, target, physical, &newpwd);
	free(target);
	if (err) {
		sh_error(sh, "%s: %s: %s", argv[0], dir, strerror(err));
		free(oldpwd);
		return 1;
	}
	if (oldpwd && shell_setvar(sh, "OLDPWD", oldpwd) < 0)
		status = 1;
	if (newpwd && shell_setvar(sh, "PWD", newpwd) < 0)
		status = 1;
	if (print && newpwd) {
		puts(newpwd);
		if (bi_flush_stdout(sh, argv[0]))
			status = 1;
	}
	free(oldpwd);
	free(newpwd);
	return status;
}

int bi_pwd(struct shell *sh, int argc, char **argv)
{
	bool physical = false;
	const char *pwd;
	char *cwd;

	if (parse_lp(sh, "pwd", argc, argv, &physical) < 0) {
		sh_warn("pwd: usage: pwd [-LP]");
		return 2;
	}
	pwd = shell_getvar(sh, "PWD");
	if (!physical && valid_pwd(pwd)) {
		puts(pwd);
		return bi_flush_stdout(sh, "pwd");
	}
	cwd = current_dir();
	if (!cwd && !physical && pwd && pwd[0] == '/') {
		/* The directory was removed: print the name the shell knows it by, as dash and bash do. */
		puts(pwd);
		return bi_flush_stdout(sh, "pwd");
	}
	if (!cwd) {
		sh_error(sh, "pwd: error retrieving current directory: getcwd: %s", strerror(errno));
		return 1;
	}
	puts(cwd);
	free(cwd);
	return bi_flush_stdout(sh, "pwd");
}
