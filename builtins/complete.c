/* complete.c - compgen and complete: bash's programmable completion (the engine is
 * shell/compspec.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../shell/compspec.h"
#include "../shell/error.h"
#include "../shell/quote.h"
#include "../shell/shell.h"
#include "../shell/xalloc.h"
#include "builtins.h"

/* Sets *field to a copy of value (replacing an older one). */
static void set_string(char **field, const char *value)
{
	free(*field);
	*field = xstrdup(value);
}

/* Reads the options of compgen (for_complete false) or complete into cs; returns the index of
 * the first operand, or -1 after a message (status 2). *print and *remove: complete's -p, -r. */
static int parse_spec(struct shell *sh, const char *who, int argc, char **argv, struct compspec *cs,
                      bool for_complete, bool *print, bool *remove)
{
	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		for (const char *p = argv[i] + 1; *p; p++) {
			const char *letter = strchr(compspec_action_letters, *p);
			if (letter) {
				cs->actions |= 1u << (letter - compspec_action_letters);
				continue;
			}
			if (for_complete && (*p == 'p' || *p == 'r')) {
				*(*p == 'p' ? print : remove) = true;
				continue;
			}
			if (!strchr("oWPSXFA", *p)) {
				sh_error(sh, "%s: -%c: invalid option", who, *p);
				fprintf(stderr, "%s: usage: %s [-abcdefkv%s] [-o option] [-A action] [-W wordlist] "
				        "[-F function] [-X filterpat] [-P prefix] [-S suffix] %s\n", who, who,
				        for_complete ? "pr" : "", for_complete ? "[name ...]" : "[word]");
				return -1;
			}
			const char *arg = p[1] ? p + 1 : i + 1 < argc ? argv[++i] : NULL;
			if (!arg) {
				sh_error(sh, "%s: -%c: option requires an argument", who, *p);
				return -1;
			}
			switch (*p) {
			case 'W': set_string(&cs->wordlist, arg); break;
			case 'P': set_string(&cs->prefix, arg); break;
			case 'S': set_string(&cs->suffix, arg); break;
			case 'X': set_string(&cs->filter, arg); break;
			case 'F': set_string(&cs->func, arg); break;
			case 'A': {
				static const char *const actions[] = { "alias", "builtin", "command", "directory",
				                                       "export", "file", "keyword", "variable" };
				size_t k = 0;
				while (k < 8 && strcmp(actions[k], arg))
					k++;
				if (k == 8) {
					sh_error(sh, "%s: %s: invalid action name", who, arg);
					return -1;
				}
				cs->actions |= 1u << k;
				break;
			}
			case 'o': {
				size_t k = 0;
				while (k < 8 && strcmp(compspec_opt_names[k], arg))
					k++;
				if (k == 8) {
					sh_error(sh, "%s: %s: invalid option name", who, arg);
					return -1;
				}
				cs->opts |= 1u << k;
				break;
			}
			}
			break;  /* the rest of this argument was the option's value */
		}
	}
	return i;
}

int bi_compgen(struct shell *sh, int argc, char **argv)
{
	struct compspec *cs = xcalloc(1, sizeof(*cs));
	int i = parse_spec(sh, "compgen", argc, argv, cs, false, NULL, NULL);
	if (i < 0) {
		compspec_free(cs);
		return 2;
	}
	const char *word = i < argc ? argv[i] : "";
	struct comp_list l = { 0 };
	int status = compspec_generate(sh, cs, word, NULL, &l);
	for (size_t k = 0; k < l.n; k++)
		puts(l.v[k]);
	if (status == 0 && l.n == 0)
		status = 1;
	comp_list_free(&l);
	compspec_free(cs);
	return status;
}

/* Prints a string option as bash's complete -p does: -W 'words'. */
static void print_string_opt(char letter, const char *value)
{
	if (!value)
		return;
	printf(" -%c ", letter);
	print_quoted(stdout, value);
}

static void print_spec(const struct compspec *cs)
{
	fputs("complete", stdout);
	for (int k = 0; k < 8; k++)
		if (cs->opts & (1u << k))
			printf(" -o %s", compspec_opt_names[k]);
	for (int k = 0; k < 8; k++)
		if (cs->actions & (1u << k))
			printf(" -%c", compspec_action_letters[k]);
	print_string_opt('W', cs->wordlist);
	print_string_opt('P', cs->prefix);
	print_string_opt('S', cs->suffix);
	print_string_opt('X', cs->filter);
	if (cs->func)
		printf(" -F %s", cs->func);
	printf(" %s\n", cs->name);
}

int bi_complete(struct shell *sh, int argc, char **argv)
{
	struct compspec proto = { 0 };
	bool print = false, remove = false;
	int i = parse_spec(sh, "complete", argc, argv, &proto, true, &print, &remove);
	int status = 0;
	if (i < 0) {
		status = 2;
	} else if (remove) {
		if (i >= argc)
			compspec_clear(sh);
		for (; i < argc; i++)
			if (!compspec_remove(sh, argv[i])) {
				sh_error(sh, "complete: %s: no completion specification", argv[i]);
				status = 1;
			}
	} else if (print || i >= argc) {
		if (i >= argc)
			for (const struct compspec *cs = sh->compspecs; cs; cs = cs->next)
				print_spec(cs);
		for (; i < argc; i++) {
			const struct compspec *cs = compspec_find(sh, argv[i]);
			if (cs && !strcmp(cs->name, argv[i])) {
				print_spec(cs);
			} else {
				sh_error(sh, "complete: %s: no completion specification", argv[i]);
				status = 1;
			}
		}
	} else {
		for (; i < argc; i++) {
			struct compspec *cs = xcalloc(1, sizeof(*cs));
			*cs = proto;
			cs->name = xstrdup(argv[i]);
			cs->wordlist = proto.wordlist ? xstrdup(proto.wordlist) : NULL;
			cs->prefix = proto.prefix ? xstrdup(proto.prefix) : NULL;
			cs->suffix = proto.suffix ? xstrdup(proto.suffix) : NULL;
			cs->filter = proto.filter ? xstrdup(proto.filter) : NULL;
			cs->func = proto.func ? xstrdup(proto.func) : NULL;
			cs->next = NULL;
			compspec_set(sh, cs);
		}
	}
	free(proto.wordlist);
	free(proto.prefix);
	free(proto.suffix);
	free(proto.filter);
	free(proto.func);
	return status;
}
