/* shopt.c - the shopt builtin (bash): sets, unsets and lists the shell's shopt options, and
 * with -o the set -o ones.
 * Acted on: checkwinsize (after each foreground job), dotglob, expand_aliases, extglob,
 * failglob, globstar, huponexit, nocaseglob, nocasematch, nullglob, xpg_echo (and
 * globasciiranges and interactive_comments, which minish always behaves as when on).
 * Accepted and listed, not acted on yet: cmdhist, histappend, inherit_errexit, lastpipe. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "../shell/error.h"
#include "../shell/options.h"
#include "../shell/shell.h"
#include "builtins.h"

struct shopt_desc {
	const char *name;
	size_t offset;  /* of the bool in struct shell_shopts */
};

#define SHOPT(name) { #name, offsetof(struct shell_shopts, name) }
/* Sorted by name, as shopt lists them. */
static const struct shopt_desc shopts[] = {
	SHOPT(checkwinsize), SHOPT(cmdhist), SHOPT(dotglob), SHOPT(expand_aliases), SHOPT(extglob),
	SHOPT(failglob), SHOPT(globasciiranges), SHOPT(globstar), SHOPT(histappend),
	SHOPT(huponexit), SHOPT(inherit_errexit), SHOPT(interactive_comments), SHOPT(lastpipe),
	SHOPT(nocaseglob), SHOPT(nocasematch), SHOPT(nullglob), SHOPT(xpg_echo),
};
#undef SHOPT

enum { NSHOPTS = sizeof(shopts) / sizeof(shopts[0]) };

static bool *shopt_field(struct shell *sh, const struct shopt_desc *d)
{
	return (bool *)((char *)&sh->shopt + d->offset);
}

static const struct shopt_desc *find(const char *name)
{
	for (size_t i = 0; i < NSHOPTS; i++)
		if (strcmp(shopts[i].name, name) == 0)
			return &shopts[i];
	return NULL;
}

/* The flags of one shopt call. */
struct shopt_args {
	bool set, unset, print, quiet, setopt;
};

/* Prints one option as shopt does: "name<tab>on", or "shopt -s name" with -p. */
static void print_one(const struct shopt_args *a, const char *name, bool on)
{
	if (a->quiet)
		return;
	if (a->print && a->setopt)
		printf("set %co %s\n", on ? '-' : '+', name);
	else if (a->print)
		printf("shopt %s %s\n", on ? "-s" : "-u", name);
	else
		printf("%-15s\t%s\n", name, on ? "on" : "off");
}

/* Lists every option (only those on with -s, off with -u). */
static int list_all(struct shell *sh, const struct shopt_args *a)
{
	if (a->setopt) {
		if (!a->quiet)
			options_print(sh, a->print);
		return 0;
	}
	for (size_t i = 0; i < NSHOPTS; i++) {
		bool on = *shopt_field(sh, &shopts[i]);
		if ((a->set && !on) || (a->unset && on))
			continue;
		print_one(a, shopts[i].name, on);
	}
	return 0;
}

/* Sets, unsets or reports the named options; 1 when one is unknown (or, reporting, off). */
static int named(struct shell *sh, const struct shopt_args *a, int argc, char **argv, int i)
{
	int status = 0;
	for (; i < argc; i++) {
		int on;
		if (a->setopt) {
			on = options_lookup(sh, argv[i]);
		} else {
			const struct shopt_desc *d = find(argv[i]);
			on = d ? *shopt_field(sh, d) : -1;
			if (d && (a->set || a->unset)) {
				*shopt_field(sh, d) = a->set;
				continue;
			}
		}
		if (on < 0) {
			sh_error(sh, "shopt: %s: invalid shell option name", argv[i]);
			status = 1;
			continue;
		}
		if (a->setopt && (a->set || a->unset)) {
			if (options_set_long(sh, argv[i], a->set) < 0)
				status = 1;
			continue;
		}
		print_one(a, argv[i], on);
		if (!on)
			status = 1;
	}
	return status;
}

int bi_shopt(struct shell *sh, int argc, char **argv)
{
	struct shopt_args a = { 0 };
	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		}
		for (const char *f = argv[i] + 1; *f; f++) {
			switch (*f) {
			case 's': a.set = true; break;
			case 'u': a.unset = true; break;
			case 'p': a.print = true; break;
			case 'q': a.quiet = true; break;
			case 'o': a.setopt = true; break;
			default:
				sh_error(sh, "shopt: -%c: invalid option", *f);
				fputs("shopt: usage: shopt [-pqsu] [-o] [optname ...]\n", stderr);
				return 2;
			}
		}
	}
	if (a.set && a.unset) {
		sh_error(sh, "shopt: cannot set and unset shell options simultaneously");
		return 1;
	}
	if (i >= argc)
		return list_all(sh, &a);
	return named(sh, &a, argc, argv, i);
}
