/* path.c - PATH search with a hash table of found commands. */
#include "path.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "shell.h"
#include "vars.h"
#include "xalloc.h"

enum { PATH_BUCKETS = 64 };

struct hashed {
	char *name, *path;
	struct hashed *next;
};

struct path_cache {
	struct hashed *buckets[PATH_BUCKETS];
	char *for_path;  /* the PATH the table was built for; another PATH drops it */
};

static struct path_cache *cache_of(struct shell *sh)
{
	if (!sh->paths)
		sh->paths = xcalloc(1, sizeof(struct path_cache));
	return sh->paths;
}

static unsigned hash_name(const char *s)
{
	unsigned h = 5381;
	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h % PATH_BUCKETS;
}

void path_forget_all(struct shell *sh)
{
	struct hashed **buckets = cache_of(sh)->buckets;
	for (int i = 0; i < PATH_BUCKETS; i++) {
		for (struct hashed *h = buckets[i], *next; h; h = next) {
			next = h->next;
			free(h->name);
			free(h->path);
			free(h);
		}
		buckets[i] = NULL;
	}
}

static bool is_executable_file(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
}

/* Searches PATH; returns a malloc'd path or NULL. */
static char *search(const char *name, const char *pathvar)
{
	size_t nlen = strlen(name);
	const char *p = pathvar;
	char *candidate = NULL;
	for (;;) {
		const char *colon = strchr(p, ':');
		size_t dlen = colon ? (size_t)(colon - p) : strlen(p);
		candidate = xrealloc(candidate, dlen + nlen + 3);
		if (dlen == 0)
			memcpy(candidate, ".", 2);
		else {
			memcpy(candidate, p, dlen);
			candidate[dlen] = '\0';
		}
		strcat(candidate, "/");
		strcat(candidate, name);
		if (is_executable_file(candidate))
			return candidate;
		if (!colon)
			break;
		p = colon + 1;
	}
	free(candidate);
	return NULL;
}

int path_each_match(const char *name, const char *search_path, void (*fn)(void *ctx, const char *path),
                    void *ctx)
{
	int count = 0;
	const char *p = search_path;
	for (;;) {
		const char *colon = strchr(p, ':');
		size_t dlen = colon ? (size_t)(colon - p) : strlen(p);
		char *candidate = xmalloc(dlen + strlen(name) + 3);
		snprintf(candidate, dlen + strlen(name) + 3, "%.*s/%s", dlen ? (int)dlen : 1,
		         dlen ? p : ".", name);
		if (is_executable_file(candidate)) {
			fn(ctx, candidate);
			count++;
		}
		free(candidate);
		if (!colon)
			break;
		p = colon + 1;
	}
	return count;
}

void path_each_remembered(struct shell *sh, void (*fn)(void *ctx, const char *name, const char *path),
                          void *ctx)
{
	struct hashed **buckets = cache_of(sh)->buckets;
	for (int i = 0; i < PATH_BUCKETS; i++)
		for (struct hashed *h = buckets[i]; h; h = h->next)
			fn(ctx, h->name, h->path);
}

void path_set(struct shell *sh, const char *name, const char *path)
{
	path_forget(sh, name);
	struct path_cache *c = cache_of(sh);
	const char *pathvar = shell_getvar(sh, "PATH");
	if (!c->for_path || strcmp(c->for_path, pathvar ? pathvar : "") != 0) {
		path_forget_all(sh);  /* the table is for another PATH: start it for this one */
		free(c->for_path);
		c->for_path = xstrdup(pathvar ? pathvar : "");
	}
	struct hashed *h = xcalloc(1, sizeof(*h));
	h->name = xstrdup(name);
	h->path = xstrdup(path);
	unsigned b = hash_name(name);
	h->next = c->buckets[b];
	c->buckets[b] = h;
}

const char *path_remembered(struct shell *sh, const char *name)
{
	for (struct hashed *h = cache_of(sh)->buckets[hash_name(name)]; h; h = h->next)
		if (!strcmp(h->name, name))
			return h->path;
	return NULL;
}

static struct hashed *lookup(struct shell *sh, const char *name)
{
	struct path_cache *c = cache_of(sh);
	struct hashed **buckets = c->buckets;
	const char *pathvar = shell_getvar(sh, "PATH");
	if (!pathvar)
		pathvar = "";
	if (!c->for_path || strcmp(c->for_path, pathvar) != 0) {
		path_forget_all(sh);
		free(c->for_path);
		c->for_path = xstrdup(pathvar);
	}
	unsigned b = hash_name(name);
	for (struct hashed *h = buckets[b]; h; h = h->next)
		if (!strcmp(h->name, name))
			return h;
	char *found = search(name, pathvar);
	if (!found)
		return NULL;
	struct hashed *h = xcalloc(1, sizeof(*h));
	h->name = xstrdup(name);
	h->path = found;
	h->next = buckets[b];
	buckets[b] = h;
	return h;
}

char *path_find(struct shell *sh, const char *name)
{
	if (strchr(name, '/'))
		return xstrdup(name);
	struct hashed *h = lookup(sh, name);
	return h ? xstrdup(h->path) : NULL;
}

char *path_search_in(const char *name, const char *search_path)
{
	return strchr(name, '/') ? xstrdup(name) : search(name, search_path);
}

bool path_remember(struct shell *sh, const char *name)
{
	return lookup(sh, name) != NULL;
}

void path_forget(struct shell *sh, const char *name)
{
	struct hashed **pp = &cache_of(sh)->buckets[hash_name(name)];
	for (; *pp; pp = &(*pp)->next)
		if (!strcmp((*pp)->name, name)) {
			struct hashed *h = *pp;
			*pp = h->next;
			free(h->name);
			free(h->path);
			free(h);
			return;
		}
}

void path_print(struct shell *sh)
{
	struct hashed **buckets = cache_of(sh)->buckets;
	for (int i = 0; i < PATH_BUCKETS; i++)
		for (struct hashed *h = buckets[i]; h; h = h->next)
			printf("%s\n", h->path);
}

void path_free(struct shell *sh)
{
	if (!sh->paths)
		return;
	path_forget_all(sh);
	free(sh->paths->for_path);
	free(sh->paths);
	sh->paths = NULL;
}
