/* path.h - PATH search with a hash table of found commands. */
#ifndef MINISH_PATH_H
#define MINISH_PATH_H

#include <stdbool.h>

struct shell;

/* Returns the path of command name (malloc'd), searching PATH and remembering hits;
 * NULL when not found.  A name with a slash is returned as is. */
char *path_find(struct shell *sh, const char *name);
/* Returns the path of command name (malloc'd) found through search_path (a PATH value), without
 * using or filling the hash (a temporary PATH=... prefix, command -p); NULL when not found. */
char *path_search_in(const char *name, const char *search_path);
/* Calls fn(ctx, path) for every executable file called name in the directories of search_path,
 * in order (type -a); returns how many there were. */
int path_each_match(const char *name, const char *search_path, void (*fn)(void *ctx, const char *path),
                    void *ctx);
/* Calls fn(ctx, name, path) for every remembered location (hash -l). */
void path_each_remembered(struct shell *sh, void (*fn)(void *ctx, const char *name, const char *path),
                          void *ctx);
/* The remembered location of name, or NULL (not looked up: hash -t). */
const char *path_remembered(struct shell *sh, const char *name);
/* Remembers path as the location of name (hash -p). */
void path_set(struct shell *sh, const char *name, const char *path);
/* Forgets every remembered location (hash -r, PATH changes). */
void path_forget_all(struct shell *sh);
/* Forgets one remembered location (it no longer exists). */
void path_forget(struct shell *sh, const char *name);
/* Frees the table (shell_free). */
void path_free(struct shell *sh);
/* Remembers name without running it (hash NAME); returns false when not found. */
bool path_remember(struct shell *sh, const char *name);
/* Prints the remembered locations, one path a line, as dash's `hash` does. */
void path_print(struct shell *sh);

#endif
