/* test_parser.c - cmocka tests for the parser driven by the cases of tests/unit/parse_cases/
 * (trees, syntax errors, aliases, source lines, partial input, JSON and DOT output). */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../parser/arena.h"
#include "../../parser/ast.h"
#include "../../parser/parser.h"
#include "../../parser/word.h"

/* ---- aliases used by the [aliases] cases ---- */

static const char *test_alias(void *ctx, const char *name)
{
	(void)ctx;
	static const char *const table[][2] = {
		{ "ll", "ls -l" }, { "e", "echo " }, { "a1", "b1" }, { "b1", "a1" },
		{ "grep", "grep -F" }, { "if", "echo no" }, { "iff", "if true; then " },
		{ "multi", "echo a\necho b" }, { "semi", "x; " }, { "nothing", "" },
	};
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++)
		if (strcmp(name, table[i][0]) == 0)
			return table[i][1];
	return NULL;
}

/* Parses src line by line with the test aliases; returns the dumps joined (malloc'd). */
static char *dump_with_aliases(const char *src, size_t len)
{
	struct arena *a = arena_new();
	struct parse_input in = { .buf = src, .len = len, .line = 1, .at_eof = true,
	                          .alias_lookup = test_alias };
	char *buf = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&buf, &size);
	for (;;) {
		struct node *n;
		struct parse_error err;
		enum parse_status st = parse_next(a, &in, &n, &err);
		if (st == PARSE_EOF)
			break;
		if (st != PARSE_OK) {
			fprintf(f, "error %d:%d '%s' %s\n", err.line, err.col, err.token, err.message);
			break;
		}
		ast_print_text(f, n);
	}
	fclose(f);
	arena_free(a);
	return buf;
}

/* ---- table-driven cases from the parse_cases directory ---- */

/* What a case compares: the tree (or the error), the tree with aliases, the source line,
 * one parse_next when more input may follow ("incomplete"), the JSON or the DOT output. */
enum case_mode { MODE_TREE, MODE_ALIASES, MODE_SOURCE, MODE_PARTIAL, MODE_JSON, MODE_DOT };

struct dump_case {
	char *name;
	char *file;
	char *input;
	size_t input_len;
	char *expected;
	int line;    /* of the "===" header, for messages */
	enum case_mode mode;
};

/* The value of hex digit c, or -1. */
static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decodes \n \t \r \0 \\ \xHH in place; returns the new length. */
static size_t unescape(char *s, size_t len)
{
	size_t o = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] != '\\' || i + 1 == len) {
			s[o++] = s[i];
			continue;
		}
		char c = s[++i];
		if (c == 'n')
			s[o++] = '\n';
		else if (c == 't')
			s[o++] = '\t';
		else if (c == 'r')
			s[o++] = '\r';
		else if (c == '0')
			s[o++] = '\0';
		else if (c == 'x' && i + 2 < len && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
			s[o++] = (char)(hexval(s[i + 1]) * 16 + hexval(s[i + 2]));
			i += 2;
		} else
			s[o++] = c;
	}
	return o;
}

struct case_list {
	struct dump_case *v;
	size_t n, cap;
	char *load_error;
};

/* Appends c to l. */
static void add_case(struct case_list *l, struct dump_case c)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->v = realloc(l->v, l->cap * sizeof(*l->v));
		assert_non_null(l->v);
	}
	l->v[l->n++] = c;
}

/* Appends line (without its newline) to *buf. */
static void append_line(char **buf, size_t *len, const char *line, size_t n)
{
	*buf = realloc(*buf, *len + n + 2);
	memcpy(*buf + *len, line, n);
	*len += n;
	(*buf)[*len] = '\0';
}

/* Stores the case being read (if any) with its input and expected text. */
static void finish_case(struct case_list *l, struct dump_case *c, char *in, size_t in_len,
                        char *exp, size_t exp_len, bool esc)
{
	if (!c->name)
		return;
	/* the input loses its last newline; the expected text keeps exactly one */
	if (in_len > 0 && in[in_len - 1] == '\n')
		in[--in_len] = '\0';
	if (esc)
		in_len = unescape(in, in_len);
	while (exp_len > 0 && exp[exp_len - 1] == '\n')
		exp_len--;
	exp = realloc(exp, exp_len + 2);
	exp[exp_len] = '\n';
	exp[exp_len + 1] = '\0';
	c->input = in ? in : calloc(1, 1);
	c->input_len = in_len;
	c->expected = exp;
	add_case(l, *c);
}

/* Reads every case of dir/file into l. */
static void load_file(struct case_list *l, const char *dir, const char *file)
{
	char path[2048];
	snprintf(path, sizeof(path), "%s/%s", dir, file);
	FILE *f = fopen(path, "r");
	if (!f) {
		l->load_error = strdup(path);
		return;
	}
	struct dump_case c = { 0 };
	char *in = NULL, *exp = NULL, *line = NULL;
	size_t in_len = 0, exp_len = 0, cap = 0;
	bool esc = false, in_expected = false;
	int lineno = 0;
	ssize_t n;
	while ((n = getline(&line, &cap, f)) >= 0) {
		lineno++;
		if (strncmp(line, "=== ", 4) == 0) {
			finish_case(l, &c, in, in_len, exp, exp_len, esc);
			in = exp = NULL;
			in_len = exp_len = 0;
			in_expected = false;
			bool aliases = strstr(line, "[aliases]") != NULL;
			bool source = strstr(line, "[source]") != NULL;
			bool partial = strstr(line, "[partial]") != NULL;
			bool json = strstr(line, "[json]") != NULL;
			bool dot = strstr(line, "[dot]") != NULL;
			esc = strstr(line, "[esc]") != NULL;
			char *name = line + 4;
			name[strcspn(name, " \n")] = '\0';
			c = (struct dump_case){ .name = strdup(name), .file = strdup(file), .line = lineno,
			                        .mode = aliases   ? MODE_ALIASES
			                                : source  ? MODE_SOURCE
			                                : partial ? MODE_PARTIAL
			                                : json    ? MODE_JSON
			                                : dot     ? MODE_DOT
			                                          : MODE_TREE };
		} else if (!c.name) {
			continue;
		} else if (!in_expected && strcmp(line, "---\n") == 0) {
			in_expected = true;
		} else if (in_expected) {
			append_line(&exp, &exp_len, line, (size_t)n);
		} else {
			append_line(&in, &in_len, line, (size_t)n);
		}
	}
	finish_case(l, &c, in, in_len, exp, exp_len, esc);
	free(line);
	fclose(f);
}

/* scandir filter: the *.cases files. */
static int select_cases(const struct dirent *d)
{
	size_t n = strlen(d->d_name);
	return n > 6 && strcmp(d->d_name + n - 6, ".cases") == 0;
}

/* The case directory: $MINISH_PARSE_CASES, else parse_cases/ next to this source file. */
static void load_cases(struct case_list *l)
{
	char dir[1024];
	const char *env = getenv("MINISH_PARSE_CASES");
	if (env) {
		snprintf(dir, sizeof(dir), "%s", env);
	} else {
		snprintf(dir, sizeof(dir), "%s", __FILE__);
		char *slash = strrchr(dir, '/');
		snprintf(slash ? slash + 1 : dir, sizeof(dir) - (size_t)(slash ? slash + 1 - dir : 0),
		         "parse_cases");
	}
	struct dirent **names;
	int n = scandir(dir, &names, select_cases, alphasort);
	if (n <= 0) {
		l->load_error = strdup(dir);
		return;
	}
	for (int i = 0; i < n; i++) {
		load_file(l, dir, names[i]->d_name);
		free(names[i]);
	}
	free(names);
}

/* One parse_next with at_eof false: "incomplete", the tree, or the error (malloc'd); the
 * input must not advance unless a command was parsed. */
static char *partial_output(const char *src, size_t len)
{
	struct arena *a = arena_new();
	struct parse_input in = { .buf = src, .len = len, .line = 7 };
	struct node *n;
	struct parse_error err;
	char *buf = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&buf, &size);
	assert_non_null(f);
	enum parse_status st = parse_next(a, &in, &n, &err);
	if (st == PARSE_INCOMPLETE)
		fputs("incomplete\n", f);
	else if (st == PARSE_ERROR)
		fprintf(f, "error %d:%d '%s' %s\n", err.line, err.col, err.token, err.message);
	else
		ast_print_text(f, n);
	if (st != PARSE_OK && (in.pos != 0 || in.line != 7))
		fputs("(the input advanced)\n", f);
	fclose(f);
	arena_free(a);
	return buf;
}

/* The tree dump, the source line, or "error L:C 'TOKEN' MESSAGE" (malloc'd). */
static char *case_output(const struct dump_case *c)
{
	if (c->mode == MODE_ALIASES)
		return dump_with_aliases(c->input, c->input_len);
	if (c->mode == MODE_PARTIAL)
		return partial_output(c->input, c->input_len);
	struct arena *a = arena_new();
	struct node *n;
	struct parse_error err;
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	assert_non_null(f);
	if (parse_string(a, c->input, c->input_len, &n, &err) != PARSE_OK) {
		fprintf(f, "error %d:%d '%s' %s\n", err.line, err.col, err.token, err.message);
	} else if (c->mode == MODE_SOURCE || c->mode == MODE_JSON) {
		(c->mode == MODE_SOURCE ? ast_print_source : ast_print_json)(f, n);
		putc('\n', f);
	} else if (c->mode == MODE_DOT) {
		ast_print_dot(f, n);
	} else {
		ast_print_text(f, n);
	}
	fclose(f);
	arena_free(a);
	return buf;
}

/* One case of a .cases file: its output must equal the expected text. */
static void run_dump_case(void **state)
{
	const struct dump_case *c = *state;
	char *got = case_output(c);
	if (strcmp(got, c->expected) != 0) {
		print_error("%s:%d: %s\nexpected:\n%s\ngot:\n%s\n", c->file, c->line, c->name,
		            c->expected, got);
		free(got);
		fail();
	}
	free(got);
}

static const char *load_error_text;

/* Registered instead of the cases when their directory cannot be read. */
static void parse_cases__load__found(void **state)
{
	(void)state;
	fail_msg("cannot read the parse cases in %s (set MINISH_PARSE_CASES)", load_error_text);
}

int main(void)
{
	struct case_list l = { 0 };
	load_cases(&l);
	size_t total = l.n + (l.load_error ? 1 : 0);
	struct CMUnitTest *tests = calloc(total, sizeof(*tests));
	size_t k = 0;
	if (l.load_error) {
		load_error_text = l.load_error;
		tests[k++] = (struct CMUnitTest){ .name = "parse_cases__load__found",
		                                  .test_func = parse_cases__load__found };
	}
	for (size_t i = 0; i < l.n; i++) {
		const struct dump_case *c = &l.v[i];
		char *name = malloc(strlen(c->name) + 40);
		sprintf(name, "%s__%s__%s",
		        c->mode == MODE_ALIASES || c->mode == MODE_PARTIAL ? "parse_next" : "parse_string",
		        c->name, strncmp(c->expected, "error ", 6) == 0 ? "error_matches"
		                 : c->mode == MODE_SOURCE             ? "source_matches"
		                 : c->mode == MODE_JSON               ? "json_matches"
		                 : c->mode == MODE_DOT                ? "dot_matches"
		                                                      : "dump_matches");
		tests[k++] = (struct CMUnitTest){ .name = name, .test_func = run_dump_case,
		                                  .initial_state = &l.v[i] };
	}
	int failed = _cmocka_run_group_tests("parser", tests, k, NULL, NULL);
	for (size_t i = 0; i < l.n; i++) {
		free((char *)tests[(l.load_error ? 1 : 0) + i].name);
		free(l.v[i].name);
		free(l.v[i].file);
		free(l.v[i].input);
		free(l.v[i].expected);
	}
	free(l.v);
	free(l.load_error);
	free(tests);
	return failed;
}
