/* compspec.h - bash's programmable completion: specs set by `complete`, candidates made by
 * `compgen` and by Tab for a command that has a spec (-W -f -d -c -v -a -b -k -e, -F func with
 * COMP_WORDS, COMP_CWORD, COMP_LINE, COMP_POINT and COMPREPLY). */
#ifndef MINISH_COMPSPEC_H
#define MINISH_COMPSPEC_H

#include <stdbool.h>
#include <stddef.h>

struct shell;

/* Actions: where candidates come from (bash's letters). */
enum {
	CA_ALIAS = 1u << 0,    /* -a */
	CA_BUILTIN = 1u << 1,  /* -b */
	CA_COMMAND = 1u << 2,  /* -c */
	CA_DIR = 1u << 3,      /* -d */
	CA_EXPORT = 1u << 4,   /* -e */
	CA_FILE = 1u << 5,     /* -f */
	CA_KEYWORD = 1u << 6,  /* -k */
	CA_VAR = 1u << 7,      /* -v */
};

/* -o options: how readline shows and inserts the candidates. */
enum {
	CO_BASHDEFAULT = 1u << 0,
	CO_DEFAULT = 1u << 1,    /* no candidates: readline's file names */
	CO_DIRNAMES = 1u << 2,   /* no candidates: directory names */
	CO_FILENAMES = 1u << 3,  /* candidates are file names (quoted, / after directories) */
	CO_NOQUOTE = 1u << 4,
	CO_NOSORT = 1u << 5,
	CO_NOSPACE = 1u << 6,    /* no space after a single candidate */
	CO_PLUSDIRS = 1u << 7,   /* directory names added to the candidates */
};

struct compspec {
	char *name;        /* the command it completes for (NULL for compgen's own) */
	unsigned actions;  /* CA_* */
	unsigned opts;     /* CO_* */
	char *wordlist;    /* -W: expanded and split on IFS each time */
	char *prefix;      /* -P */
	char *suffix;      /* -S */
	char *filter;      /* -X: candidates matching it are dropped ("!pat": those not matching) */
	char *func;        /* -F: a function that fills COMPREPLY */
	struct compspec *next;
};

/* What Tab is completing: the words of the command, which one, the line and the cursor. */
struct comp_line {
	char **words;      /* COMP_WORDS */
	int nwords;
	int cword;         /* COMP_CWORD */
	const char *line;  /* COMP_LINE */
	int point;         /* COMP_POINT */
};

/* A growing list of malloc'd candidates. */
struct comp_list {
	char **v;
	size_t n, cap;
};

/* The letters and names of -o options, for parsing and printing (bash's order). */
extern const char *const compspec_opt_names[8];
/* The action letters in bash's order ("abcdefkv" subset): letter i is bit i of CA_*. */
extern const char compspec_action_letters[9];

/* Adds a copy of s to l. */
void comp_list_add(struct comp_list *l, const char *s);
/* Frees l's strings and array. */
void comp_list_free(struct comp_list *l);
/* Makes the candidates of cs for word into out (prefix and suffix added, the filter applied).
 * cl (NULL for compgen) gives -F its COMP_ variables. Returns 0, or 1 after a message (an
 * unknown -F function). */
int compspec_generate(struct shell *sh, const struct compspec *cs, const char *word,
                      const struct comp_line *cl, struct comp_list *out);
/* The spec for command name (its last path component too), or NULL. */
const struct compspec *compspec_find(const struct shell *sh, const char *name);
/* Installs cs (taken over) for cs->name, replacing an older one. */
void compspec_set(struct shell *sh, struct compspec *cs);
/* Removes the spec of name; false when there was none. */
bool compspec_remove(struct shell *sh, const char *name);
/* Removes every spec. */
void compspec_clear(struct shell *sh);
/* Frees cs and its strings. */
void compspec_free(struct compspec *cs);

#endif
