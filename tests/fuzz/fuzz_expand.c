/* fuzz_expand.c - libFuzzer target for word expansion: the input is parsed as a script and
 * every word in it is expanded the way its place asks (fields, a string, a pattern, a regex, a
 * here-document body, an arithmetic expression), from the fixed variables of support.c;
 * assignments, [[ ]], (( )) and a few builtins that only touch variables are run. Nothing
 * forks: $(...) gives a fixed text (support.c). The first byte chooses the options. */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../parser/arena.h"
#include "../../parser/ast.h"
#include "../../parser/parser.h"
#include "../../shell/eval.h"
#include "../../shell/expand.h"
#include "../../shell/shell.h"
#include "../../shell/strvec.h"
#include "support.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);

static char glob_dir[64];

/* Removes the directory globs are matched in. */
static void remove_glob_dir(void)
{
	static const char *const files[] = { "a", "b.c", ".hidden", "A B", "dir/x", "dir" };
	char path[128];
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", glob_dir, files[i]);
		if (unlink(path) < 0)
			rmdir(path);
	}
	rmdir(glob_dir);
}

/* Makes a fresh directory of a few files, where each input runs (so that globs see the same
 * names every time; libFuzzer's own files are written between inputs, in its directory). */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	const char *tmp = getenv("TMPDIR");
	snprintf(glob_dir, sizeof(glob_dir), "%s/minish-fuzz-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (strlen(glob_dir) >= sizeof(glob_dir) - 1 || !mkdtemp(glob_dir))
		fuzz_fail("fuzz_expand: cannot make a directory in %s", tmp && *tmp ? tmp : "/tmp");
	atexit(remove_glob_dir);
	static const char *const files[] = { "a", "b.c", ".hidden", "A B", "dir/x" };
	char path[128];
	snprintf(path, sizeof(path), "%s/dir", glob_dir);
	if (mkdir(path, 0700) < 0)
		fuzz_fail("fuzz_expand: cannot make %s", path);
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", glob_dir, files[i]);
		FILE *f = fopen(path, "w");
		if (!f)
			fuzz_fail("fuzz_expand: cannot make %s", path);
		fclose(f);
	}
	return 0;
}

/* The builtins that only read and set variables (or print), run with their words. */
static bool harmless_builtin(const struct word *w)
{
	static const char *const names[] = {
		"declare", "typeset", "local", "export", "readonly", "unset", "let", ":",
		"true", "false", "echo", "printf", "shift", "test", "[",
	};
	if (!w || !w->parts || w->parts->next || w->parts->kind != WP_LITERAL || w->parts->u.lit.quoted)
		return false;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(w->parts->u.lit.text, names[i]) == 0)
			return true;
	return false;
}

static void expand_fields(struct shell *sh, const struct word *words)
{
	struct strvec sv;
	strvec_init(&sv, sh->cmd_arena);
	expand_words(sh, words, &sv);
}

static void expand_each_str(struct shell *sh, const struct word *w)
{
	for (; w; w = w->next)
		expand_word_str(sh, w);
}

static void expand_redirs(struct shell *sh, const struct redir *r)
{
	for (; r; r = r->next) {
		if (r->heredoc_body)
			expand_heredoc(sh, r->heredoc_body);
		else if (r->target && r->kind != R_HEREDOC && r->kind != R_HEREDOC_TAB)
			expand_word_str(sh, r->target);
	}
}

static void walk(struct shell *sh, const struct node *n);

static void walk_cond(struct shell *sh, const struct cond_expr *c)
{
	if (!c)
		return;
	walk_cond(sh, c->left);
	walk_cond(sh, c->right);
	if (c->arg)
		expand_word_str(sh, c->arg);
	if (c->arg2) {
		expand_word_pattern(sh, c->arg2);
		expand_word_regex(sh, c->arg2);
	}
}

/* Expands every word of n (and runs what is harmless), then its parts. */
static void walk(struct shell *sh, const struct node *n)
{
	if (!n)
		return;
	expand_redirs(sh, n->redirs);
	switch (n->kind) {
	case N_SIMPLE:
		for (const struct assign *as = n->u.simple.assigns; as; as = as->next) {
			if (as->value)
				expand_word_str(sh, as->value);
			if (as->subscript)
				expand_word_str(sh, as->subscript);
			for (const struct assign_elem *e = as->elems; e; e = e->next) {
				if (e->key)
					expand_word_str(sh, e->key);
				if (e->value)
					expand_word_str(sh, e->value);
			}
		}
		expand_fields(sh, n->u.simple.words);
		if (!n->redirs && (!n->u.simple.words || harmless_builtin(n->u.simple.words)))
			exec_node(sh, n);
		return;
	case N_PIPELINE:
		for (int i = 0; i < n->u.pipeline.ncmds; i++)
			walk(sh, n->u.pipeline.cmds[i]);
		return;
	case N_AND:
	case N_OR:
		walk(sh, n->u.andor.left);
		walk(sh, n->u.andor.right);
		return;
	case N_LIST:
		for (const struct list_item *it = n->u.list.items; it; it = it->next)
			walk(sh, it->cmd);
		return;
	case N_SUBSHELL:
	case N_GROUP:
		walk(sh, n->u.group.body);
		return;
	case N_IF:
		walk(sh, n->u.if_.cond);
		walk(sh, n->u.if_.then_part);
		walk(sh, n->u.if_.else_part);
		return;
	case N_WHILE:
	case N_UNTIL:
		walk(sh, n->u.loop.cond);
		walk(sh, n->u.loop.body);
		return;
	case N_FOR:
	case N_SELECT:
		expand_fields(sh, n->u.for_.words);
		walk(sh, n->u.for_.body);
		return;
	case N_CASE:
		expand_word_str(sh, n->u.case_.subject);
		for (const struct case_item *it = n->u.case_.items; it; it = it->next) {
			for (const struct word *p = it->patterns; p; p = p->next)
				expand_word_pattern(sh, p);
			walk(sh, it->body);
		}
		return;
	case N_FUNCDEF:
		walk(sh, n->u.func.body);
		return;
	case N_ARITH:
		if (!n->redirs)
			exec_node(sh, n);
		return;
	case N_ARITH_FOR:
		expand_each_str(sh, n->u.arith_for.init);
		expand_each_str(sh, n->u.arith_for.cond);
		expand_each_str(sh, n->u.arith_for.step);
		walk(sh, n->u.arith_for.body);
		return;
	case N_COND:
		walk_cond(sh, n->u.cond.expr);
		if (!n->redirs)
			exec_node(sh, n);
		return;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned flags = size ? data[0] : 0;
	/* Globs stay in the directory of a few files: none with a / (it could reach the whole
	 * file system through / or ..). */
	if (memchr(data, '/', size))
		flags |= FUZZ_OPT_NOGLOB;
	int cwd = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (cwd < 0 || chdir(glob_dir) < 0)
		fuzz_fail("fuzz_expand: cannot enter %s", glob_dir);
	struct shell *sh = fuzz_shell_new(flags);
	struct arena *a = arena_new();
	struct node *n;
	struct parse_error err;
	if ((sh->shopt.extglob ? parse_string_extglob : parse_string)(a, (const char *)data, size, &n,
	                                                              &err) == PARSE_OK)
		walk(sh, n);
	arena_free(a);
	shell_free(sh);
	if (fchdir(cwd) < 0)
		fuzz_fail("fuzz_expand: cannot go back to the first directory");
	close(cwd);
	return 0;
}
