/* test_builtin_table.c - unit tests for the builtin table (builtins/table.c): order, lookup,
 * POSIX special flags and usage lines. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "../../builtins/builtins.h"

/* POSIX.1-2008 XCU 2.14: the special built-in utilities. */
static const char *const special[] = {
	":", ".", "break", "continue", "eval", "exec", "exit", "export",
	"readonly", "return", "set", "shift", "times", "trap", "unset",
};

/* Regular builtins the executor issue asks for. */
static const char *const regular[] = {
	"alias", "unalias", "bg", "cd", "command", "false", "fg", "getopts", "hash", "jobs",
	"kill", "pwd", "read", "true", "type", "ulimit", "umask", "wait", "echo", "printf",
	"test", "[", "local", "source", "help", "disown",
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static bool is_special_name(const char *name)
{
	for (size_t i = 0; i < COUNT(special); i++)
		if (!strcmp(special[i], name))
			return true;
	return false;
}

static void builtin_table__names__strictly_increasing(void **state)
{
	(void)state;
	size_t n = 0;
	const struct builtin *t = builtin_table(&n);
	assert_non_null(t);
	assert_true(n > 0);
	for (size_t i = 1; i < n; i++)
		if (strcmp(t[i - 1].name, t[i].name) >= 0)
			fail_msg("entry %zu \"%s\" is not before entry %zu \"%s\"", i - 1, t[i - 1].name, i, t[i].name);
}

static void builtin_find__every_entry__finds_that_entry(void **state)
{
	(void)state;
	size_t n = 0;
	const struct builtin *t = builtin_table(&n);
	for (size_t i = 0; i < n; i++)
		if (builtin_find(t[i].name) != &t[i])
			fail_msg("builtin_find(\"%s\") does not return its table entry", t[i].name);
}

static void builtin_find__copy_of_name__found(void **state)
{
	(void)state;
	char name[] = "printf";
	const struct builtin *b = builtin_find(name);
	assert_non_null(b);
	assert_string_equal(b->name, "printf");
}

static void builtin_find__unknown_names__null(void **state)
{
	(void)state;
	static const char *const unknown[] = {
		"", "nosuch", "ech", "echoo", "ECHO", "echo ", " echo", "!", "-", "~", "zzz", "ls", "cat", "]",
	};
	for (size_t i = 0; i < COUNT(unknown); i++)
		if (builtin_find(unknown[i]))
			fail_msg("builtin_find(\"%s\") found something", unknown[i]);
}

static void builtin_table__posix_special__flagged(void **state)
{
	(void)state;
	for (size_t i = 0; i < COUNT(special); i++) {
		const struct builtin *b = builtin_find(special[i]);
		if (!b)
			fail_msg("special builtin \"%s\" is missing", special[i]);
		if (!(b->flags & BI_SPECIAL))
			fail_msg("\"%s\" is not flagged BI_SPECIAL", special[i]);
	}
}

static void builtin_table__other_entries__not_special(void **state)
{
	(void)state;
	size_t n = 0;
	const struct builtin *t = builtin_table(&n);
	for (size_t i = 0; i < n; i++)
		if (!is_special_name(t[i].name) && (t[i].flags & BI_SPECIAL))
			fail_msg("\"%s\" is flagged BI_SPECIAL but POSIX does not list it", t[i].name);
}

static void builtin_table__regular_builtins__present_and_not_special(void **state)
{
	(void)state;
	for (size_t i = 0; i < COUNT(regular); i++) {
		const struct builtin *b = builtin_find(regular[i]);
		if (!b)
			fail_msg("builtin \"%s\" is missing", regular[i]);
		if (b->flags & BI_SPECIAL)
			fail_msg("\"%s\" is flagged BI_SPECIAL", regular[i]);
	}
}

static void builtin_table__flags__only_known_bits(void **state)
{
	(void)state;
	size_t n = 0;
	const struct builtin *t = builtin_table(&n);
	for (size_t i = 0; i < n; i++)
		if (t[i].flags & ~(unsigned)(BI_SPECIAL | BI_NONFATAL | BI_KEEPS_ASSIGNS))
			fail_msg("\"%s\" has unknown flag bits %#x", t[i].name, t[i].flags);
}

static void builtin_table__every_entry__has_function(void **state)
{
	(void)state;
	size_t n = 0;
	const struct builtin *t = builtin_table(&n);
	for (size_t i = 0; i < n; i++)
		if (!t[i].fn)
			fail_msg("\"%s\" has no function", t[i].name);
}

static void builtin_table__usage__starts_with_name(void **state)
{
	(void)state;
	size_t n = 0;
	const struct builtin *t = builtin_table(&n);
	for (size_t i = 0; i < n; i++) {
		const char *u = t[i].usage;
		size_t len = strlen(t[i].name);
		if (!u || !*u)
			fail_msg("\"%s\" has no usage line", t[i].name);
		if (strncmp(u, t[i].name, len) || (u[len] != ' ' && u[len] != '\0'))
			fail_msg("the usage of \"%s\" does not start with its name: \"%s\"", t[i].name, u);
		if (strchr(u, '\n'))
			fail_msg("the usage of \"%s\" is more than one line", t[i].name);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(builtin_table__names__strictly_increasing),
		cmocka_unit_test(builtin_find__every_entry__finds_that_entry),
		cmocka_unit_test(builtin_find__copy_of_name__found),
		cmocka_unit_test(builtin_find__unknown_names__null),
		cmocka_unit_test(builtin_table__posix_special__flagged),
		cmocka_unit_test(builtin_table__other_entries__not_special),
		cmocka_unit_test(builtin_table__regular_builtins__present_and_not_special),
		cmocka_unit_test(builtin_table__flags__only_known_bits),
		cmocka_unit_test(builtin_table__every_entry__has_function),
		cmocka_unit_test(builtin_table__usage__starts_with_name),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
