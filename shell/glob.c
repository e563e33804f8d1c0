/* glob.c - pathname expansion: the pattern is cut into components at its slashes; a
 * component with pattern characters is matched (pattern.c) against the entries of each
 * directory reached so far, a plain one is appended as it is, and with globstar a ** component
 * stands for every directory below (symbolic links to directories are listed but not
 * entered, so no loop is possible). The work is a stack of (path, component) pairs, never a
 * recursion, so the depth of the tree does not matter; the paths found are sorted at the end
 * (strcoll, as bash and glob(3) do). */
/* struct dirent's d_type and DT_DIR (BSD, in glibc under _DEFAULT_SOURCE): most entries need
 * no lstat to know whether they are directories. */
#define _DEFAULT_SOURCE
#include "glob.h"

#include <dirent.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../parser/arena.h"
#include "pattern.h"
#include "strvec.h"
#include "xalloc.h"

struct comp {
	char *text;            /* unescaped when plain */
	bool plain;            /* no pattern character: appended as it is */
	bool globstar;         /* ** with GLOB_STAR */
	struct pattern *pat;   /* compiled when !plain */
};

/* A path still to be matched against components [k..]. */
struct item {
	char *path;            /* malloc'd; "" for the current directory */
	size_t k;
	bool checked;          /* known to exist (found by readdir) */
};

struct walk {
	struct comp *comps;
	size_t n;
	unsigned flags;
	struct item *stack;
	size_t nstack, capstack;
	char **found;
	size_t nfound, capfound;
};

static void push(struct walk *w, char *path, size_t k, bool checked)
{
	if (w->nstack == w->capstack) {
		w->capstack = w->capstack ? w->capstack * 2 : 16;
		w->stack = xrealloc(w->stack, w->capstack * sizeof(*w->stack));
	}
	w->stack[w->nstack++] = (struct item){ path, k, checked };
}

static void add_found(struct walk *w, char *path)
{
	if (w->nfound == w->capfound) {
		w->capfound = w->capfound ? w->capfound * 2 : 16;
		w->found = xrealloc(w->found, w->capfound * sizeof(*w->found));
	}
	w->found[w->nfound++] = path;
}

/* path joined with name by a slash ("" joins nothing; "/" is not doubled). */
static char *join(const char *path, const char *name)
{
	size_t pl = strlen(path), nl = strlen(name);
	bool slash = pl > 0 && path[pl - 1] != '/';
	char *r = xmalloc(pl + slash + nl + 1);
	memcpy(r, path, pl);
	if (slash)
		r[pl] = '/';
	memcpy(r + pl + slash, name, nl + 1);
	return r;
}

/* Removes the backslashes that quote characters of a plain component, in place. */
static void unescape(char *s)
{
	char *d = s;
	for (; *s; s++) {
		if (*s == '\\' && s[1])
			s++;
		*d++ = *s;
	}
	*d = '\0';
}

/* Cuts pattern at its slashes into w->comps. */
static void split(struct walk *w, const char *pattern)
{
	size_t cap = 1;
	for (const char *c = pattern; *c; c++)
		cap += *c == '/';
	w->comps = xcalloc(cap, sizeof(*w->comps));
	unsigned pflags = (w->flags & GLOB_EXT ? PAT_EXTGLOB : 0) |
	                  (w->flags & GLOB_ICASE ? PAT_NOCASE : 0) |
	                  (w->flags & GLOB_DOTS ? 0 : PAT_PERIOD);
	const char *start = pattern;
	for (const char *c = pattern;; c++) {
		if (*c == '\\' && c[1] && c[1] != '/') {
			c++;
			continue;
		}
		if (*c && *c != '/')
			continue;
		struct comp *cp = &w->comps[w->n++];
		cp->text = xstrndup(start, (size_t)(c - start));
		cp->globstar = (w->flags & GLOB_STAR) && strcmp(cp->text, "**") == 0;
		cp->plain = !cp->globstar && !pattern_has_magic(cp->text, pflags & PAT_EXTGLOB);
		if (cp->plain)
			unescape(cp->text);
		else if (!cp->globstar)
			cp->pat = pattern_compile(cp->text, pflags);
		if (!*c)
			break;
		start = c + 1;
	}
}

/* True when the entry (whose d_type is type) of directory path is a directory; through a
 * symbolic link when follow. */
static bool is_dir(const char *full, unsigned char type, bool follow)
{
	if (type == DT_DIR)
		return true;
	if (type != DT_UNKNOWN && !(type == DT_LNK && follow))
		return false;
	struct stat st;
	return (follow ? stat(full, &st) : lstat(full, &st)) == 0 && S_ISDIR(st.st_mode);
}

/* True when name is listed by a ** or a plain * (dot files only with dotglob). */
static bool visible(const struct walk *w, const char *name)
{
	if (name[0] == '.' && (!name[1] || (name[1] == '.' && !name[2])))
		return false;
	return name[0] != '.' || (w->flags & GLOB_DOTS);
}

/* A path at the end of the components: found when it exists (and is a directory for a
 * pattern ending in /). */
static void finish(struct walk *w, struct item it)
{
	bool dir = w->n > 0 && w->comps[w->n - 1].text[0] == '\0';
	struct stat st;
	if (dir ? stat(it.path, &st) == 0 && S_ISDIR(st.st_mode)
	        : it.checked || lstat(it.path, &st) == 0)
		add_found(w, it.path);
	else
		free(it.path);
}

/* ** : the directories below it.path (not through links) each go on with component k + 1;
 * when ** is the last component, every entry below is found. */
static void globstar(struct walk *w, struct item it)
{
	bool last = it.k + 1 == w->n;
	bool dirs_only = it.k + 2 == w->n && w->comps[it.k + 1].text[0] == '\0';
	char **dirs = xmalloc(sizeof(char *));
	size_t ndirs = 1, cap = 1;
	dirs[0] = it.path;
	if (last) {
		if (it.path[0])
			add_found(w, join(it.path, ""));
	} else if (!dirs_only || it.path[0]) {
		push(w, xstrdup(it.path), it.k + 1, true);  /* no directory at all */
	}
	while (ndirs) {
		char *dir = dirs[--ndirs];
		DIR *d = opendir(dir[0] ? dir : ".");
		struct dirent *e;
		while (d && (e = readdir(d)) != NULL) {
			if (!visible(w, e->d_name))
				continue;
			char *full = join(dir, e->d_name);
			bool real_dir = is_dir(full, e->d_type, false);
			if (last)
				add_found(w, xstrdup(full));
			else if (real_dir || (dirs_only && is_dir(full, e->d_type, true)))
				push(w, xstrdup(full), it.k + 1, true);
			if (real_dir) {
				if (ndirs == cap) {
					cap *= 2;
					dirs = xrealloc(dirs, cap * sizeof(*dirs));
				}
				dirs[ndirs++] = full;
			} else {
				free(full);
			}
		}
		if (d)
			closedir(d);
		free(dir);
	}
	free(dirs);
}

/* A component with pattern characters: the matching entries of it.path. */
static void match_dir(struct walk *w, struct item it)
{
	const struct comp *c = &w->comps[it.k];
	bool last = it.k + 1 == w->n;
	DIR *d = opendir(it.path[0] ? it.path : ".");
	struct dirent *e;
	while (d && (e = readdir(d)) != NULL) {
		const char *name = e->d_name;
		if (name[0] == '.' && (!name[1] || (name[1] == '.' && !name[2])))
			continue;
		if (!pattern_match_all(c->pat, name, strlen(name)))
			continue;
		char *full = join(it.path, name);
		if (last)
			add_found(w, full);
		else if (is_dir(full, e->d_type, true))
			push(w, full, it.k + 1, true);
		else
			free(full);
	}
	if (d)
		closedir(d);
	free(it.path);
}

static int compare(const void *a, const void *b)
{
	return strcoll(*(char *const *)a, *(char *const *)b);
}

size_t glob_paths(const char *pattern, unsigned flags, struct arena *a, struct strvec *out)
{
	struct walk w = { .flags = flags };
	const char *rest = pattern;
	while (*rest == '/')
		rest++;
	split(&w, rest);
	push(&w, xstrndup(pattern, (size_t)(rest - pattern)), 0, false);
	while (w.nstack) {
		struct item it = w.stack[--w.nstack];
		if (it.k == w.n) {
			finish(&w, it);
			continue;
		}
		const struct comp *c = &w.comps[it.k];
		if (c->globstar) {
			globstar(&w, it);
		} else if (c->plain) {
			char *p = join(it.path, c->text);
			free(it.path);
			push(&w, p, it.k + 1, false);
		} else {
			match_dir(&w, it);
		}
	}
	if (w.nfound > 1)
		qsort(w.found, w.nfound, sizeof(*w.found), compare);
	size_t count = 0;
	for (size_t i = 0; i < w.nfound; i++) {
		/* a path reached by several ** components is listed once */
		if (i == 0 || strcmp(w.found[i], w.found[i - 1]) != 0) {
			strvec_push(out, arena_strdup(a, w.found[i]));
			count++;
		}
	}
	for (size_t i = 0; i < w.nfound; i++)
		free(w.found[i]);
	for (size_t i = 0; i < w.n; i++) {
		free(w.comps[i].text);
		pattern_free(w.comps[i].pat);
	}
	free(w.comps);
	free(w.found);
	free(w.stack);
	return count;
}
