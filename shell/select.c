/* select.c - bash's select loop: a numbered menu of words, PS3, a reply read into REPLY. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../parser/arena.h"
#include "../parser/ast.h"
#include "../builtins/builtins.h"
#include "eval.h"
#include "exec_internal.h"
#include "expand.h"
#include "shell.h"
#include "strvec.h"
#include "vars.h"

/* Digits in n (n > 0). */
static int number_len(size_t n)
{
	int len = 1;
	while (n >= 10) {
		n /= 10;
		len++;
	}
	return len;
}

/* Pads from column from to column to with tabs and spaces, as bash does. */
static void indent(int from, int to)
{
	while (from < to) {
		if (to / 8 > from / 8) {
			putc('\t', stderr);
			from += 8 - from % 8;
		} else {
			putc(' ', stderr);
			from++;
		}
	}
}

/* Prints the menu in as many columns as $COLUMNS (default 80) holds, filled down first, laid
 * out as bash lays it out. */
static void print_menu(struct shell *sh, char **items, size_t n)
{
	const char *c = shell_getvar(sh, "COLUMNS");
	int columns = c && atoi(c) > 0 ? atoi(c) : 80;
	int max_len = 0;
	for (size_t i = 0; i < n; i++)
		if ((int)strlen(items[i]) > max_len)
			max_len = (int)strlen(items[i]);
	int indices_len = number_len(n);
	max_len += indices_len + 2 + 2;  /* ") " and two spaces between columns */
	size_t cols = (size_t)(columns / max_len);
	if (cols == 0)
		cols = 1;
	size_t rows = n / cols + (n % cols != 0);
	cols = n / rows + (n % rows != 0);
	if (rows == 1) {
		rows = cols;
		cols = 1;
	}
	int first_len = number_len(rows);
	for (size_t row = 0; row < rows; row++) {
		int pos = 0;
		for (size_t ind = row;;) {
			int len = pos == 0 ? first_len : indices_len;
			fprintf(stderr, "%*zu) %s", len, ind + 1, items[ind]);
			int elem_len = (int)strlen(items[ind]) + len + 2;
			ind += rows;
			if (ind >= n)
				break;
			indent(pos + elem_len, pos + max_len);
			pos += max_len;
		}
		putc('\n', stderr);
	}
}

/* True when s is a number bash's legal_number takes (blanks around it allowed); *out is it. */
static bool reply_number(const char *s, long *out)
{
	char *end;
	while (*s == ' ' || *s == '\t')
		s++;
	if (!*s)
		return false;
	long v = strtol(s, &end, 10);
	while (*end == ' ' || *end == '\t')
		end++;
	if (*end || end == s)
		return false;
	*out = v;
	return true;
}

/* Shows the menu (when show), then PS3, and reads a reply into REPLY until it is not empty.
 * Returns the item picked ("" for a reply that picks none), or NULL at end of input. */
static const char *query(struct shell *sh, char **items, size_t n, bool show)
{
	for (;;) {
		if (show)
			print_menu(sh, items, n);
		const char *ps3 = shell_getvar(sh, "PS3");  /* printed as it is, as bash 5.2 does */
		fputs(ps3 ? ps3 : "#? ", stderr);
		fflush(stderr);
		char *argv[] = { "read", NULL };
		if (bi_read(sh, 1, argv) != 0) {
			putchar('\n');
			fflush(stdout);
			return NULL;
		}
		const char *reply = shell_getvar(sh, "REPLY");
		if (!reply)
			return NULL;
		if (!*reply) {
			show = true;
			continue;
		}
		long k;
		if (!reply_number(reply, &k) || k < 1 || (size_t)k > n)
			return "";
		return items[k - 1];
	}
}

int run_select(struct shell *sh, const struct node *n, unsigned flags)
{
	(void)flags;
	struct arena_mark mark = arena_mark(sh->cmd_arena);
	struct strvec words;
	strvec_init(&words, sh->cmd_arena);
	if (!n->u.for_.has_in) {
		for (int i = 0; i < sh->pos.argc; i++)
			strvec_push(&words, sh->pos.argv[i]);
	} else if (expand_words(sh, n->u.for_.words, &words) < 0) {
		exit_if_fatal(sh, false);
		return 1;
	}
	/* Copy out: the arena is reset by the commands in the body. */
	size_t count = words.n;
	char **items = calloc(count + 1, sizeof(char *));
	for (size_t i = 0; items && i < count; i++)
		items[i] = strdup(words.v[i] ? words.v[i] : "");
	arena_reset(sh->cmd_arena, mark);
	int status = 0;
	bool show = true;
	sh->loop_depth++;
	while (items && count > 0) {
		const char *picked = query(sh, items, count, show);
		if (!picked) {
			status = 1;
			break;
		}
		if (shell_setvar(sh, n->u.for_.var, picked) < 0) {
			status = 1;
			break;
		}
		status = n->u.for_.body ? exec_tree(sh, n->u.for_.body, 0) : 0;
		if (sh->unwind != UNWIND_NONE && loop_should_stop(sh))
			break;
		const char *reply = shell_getvar(sh, "REPLY");
		show = reply && !*reply;
	}
	sh->loop_depth--;
	for (size_t i = 0; items && i < count; i++)
		free(items[i]);
	free(items);
	return status;
}
