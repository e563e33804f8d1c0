/* test_vars_elem.c - unit tests for variables as the shell sees them (shell/vars_shell.c,
 * shell/vars_dynamic.c): array elements by subscript, associative arrays, attributes,
 * namerefs, globals under locals, dynamic variables. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "stderr_capture.h"

#include "../../shell/array.h"
#include "../../shell/assoc.h"
#include "../../shell/shell.h"
#include "../../shell/vars.h"

static int setup(void **state)
{
	*state = shell_new("minish");
	return *state ? 0 : -1;
}

static int teardown(void **state)
{
	shell_free(*state);
	return 0;
}

/* name[sub] as a string, "(unset)" when unset, "(error)" after an error. */
static const char *elem(struct shell *sh, const char *name, const char *sub)
{
	const char *v;
	if (shell_get_element(sh, name, sub, &v) < 0)
		return "(error)";
	return v ? v : "(unset)";
}

static void set_element__unset_name__indexed_array(void **state)
{
	struct shell *sh = *state;
	assert_int_equal(shell_set_element(sh, "a", "2", "two", false), 0);
	assert_int_equal(shell_set_element(sh, "a", "1+4", "five", false), 0);
	assert_true(vars_flags(sh->vars, "a") & VAR_ARRAY);
	assert_string_equal(elem(sh, "a", "2"), "two");
	assert_string_equal(elem(sh, "a", "5"), "five");
	assert_string_equal(elem(sh, "a", "0"), "(unset)");
	assert_string_equal(elem(sh, "a", "-1"), "five");
	assert_null(shell_getvar(sh, "a"));
}

static void set_element__scalar__keeps_value_as_element_0(void **state)
{
	struct shell *sh = *state;
	shell_setvar(sh, "s", "first");
	assert_int_equal(shell_set_element(sh, "s", "1", "second", false), 0);
	assert_string_equal(elem(sh, "s", "0"), "first");
	assert_string_equal(shell_getvar(sh, "s"), "first");
	shell_setvar(sh, "s", "again");
	assert_string_equal(elem(sh, "s", "0"), "again");
	assert_string_equal(elem(sh, "s", "1"), "second");
}

static void get_element__scalar__index_0_only(void **state)
{
	struct shell *sh = *state;
	shell_setvar(sh, "x", "v");
	assert_string_equal(elem(sh, "x", "0"), "v");
	assert_string_equal(elem(sh, "x", "-1"), "v");
	assert_string_equal(elem(sh, "x", "1"), "(unset)");
}

static void element__negative_out_of_range__messages(void **state)
{
	struct shell *sh = *state;
	struct capture c;
	shell_set_element(sh, "a", "0", "x", false);
	capture_start(&c);
	const char *v = elem(sh, "a", "-5");
	int rc = shell_set_element(sh, "a", "-5", "y", false);
	const char *err = capture_end(&c);
	assert_string_equal(v, "(unset)");
	assert_int_equal(rc, -1);
	assert_string_equal(err, "minish: a: bad array subscript\nminish: a[-5]: bad array subscript\n");
}

static void element__arithmetic_error__fails(void **state)
{
	struct shell *sh = *state;
	struct capture c;
	capture_start(&c);
	int rc = shell_set_element(sh, "a", "1+", "x", false);
	const char *err = capture_end(&c);
	assert_int_equal(rc, -1);
	assert_non_null(strstr(err, "syntax error"));
	assert_null(vars_lookup(sh->vars, "a"));
}

static void element__append__concatenates(void **state)
{
	struct shell *sh = *state;
	shell_set_element(sh, "a", "3", "ab", false);
	shell_set_element(sh, "a", "3", "cd", true);
	shell_set_element(sh, "a", "4", "new", true);
	assert_string_equal(elem(sh, "a", "3"), "abcd");
	assert_string_equal(elem(sh, "a", "4"), "new");
}

static void assoc__keys_are_text(void **state)
{
	struct shell *sh = *state;
	var_make_assoc(sh->vars, vars_lookup_or_add(sh->vars, "m"));
	assert_int_equal(shell_set_element(sh, "m", "a b", "1", false), 0);
	assert_int_equal(shell_set_element(sh, "m", "1+1", "2", false), 0);
	assert_string_equal(elem(sh, "m", "a b"), "1");
	assert_string_equal(elem(sh, "m", "1+1"), "2");
	assert_string_equal(elem(sh, "m", "2"), "(unset)");
	shell_setvar(sh, "m", "zero");
	assert_string_equal(elem(sh, "m", "0"), "zero");
	assert_int_equal(assoc_count(var_assoc(vars_lookup(sh->vars, "m"))), 3);
}

static void assoc__empty_key__bad_subscript(void **state)
{
	struct shell *sh = *state;
	struct capture c;
	var_make_assoc(sh->vars, vars_lookup_or_add(sh->vars, "m"));
	capture_start(&c);
	int rc = shell_set_element(sh, "m", "", "1", false);
	const char *err = capture_end(&c);
	assert_int_equal(rc, -1);
	assert_string_equal(err, "minish: m[]: bad array subscript\n");
}

static void readonly__element_refused(void **state)
{
	struct shell *sh = *state;
	struct capture c;
	vars_set(sh->vars, "r", NULL, VAR_READONLY);
	capture_start(&c);
	int rc = shell_set_element(sh, "r", "1", "2", false);
	int rc2 = shell_setvar(sh, "r", "x");
	const char *err = capture_end(&c);
	assert_int_equal(rc, -1);
	assert_int_equal(rc2, -1);
	assert_string_equal(err, "minish: r: readonly variable\nminish: r: readonly variable\n");
}

static void isset_and_unset_element(void **state)
{
	struct shell *sh = *state;
	bool set;
	shell_set_element(sh, "a", "1", "x", false);
	shell_set_element(sh, "a", "2", "y", false);
	assert_int_equal(shell_element_isset(sh, "a", "1", &set), 0);
	assert_true(set);
	shell_element_isset(sh, "a", "0", &set);
	assert_false(set);
	shell_element_isset(sh, "a", "@", &set);
	assert_true(set);
	assert_int_equal(shell_unset_element(sh, "a", "1"), 0);
	shell_element_isset(sh, "a", "1", &set);
	assert_false(set);
	assert_int_equal(shell_unset_element(sh, "a", "-1"), 0);
	shell_element_isset(sh, "a", "@", &set);
	assert_false(set);
	assert_non_null(vars_lookup(sh->vars, "a"));
}

static void set_array__replaces_everything(void **state)
{
	struct shell *sh = *state;
	char *vals[] = { "whole", "g1", "g2" };
	shell_set_element(sh, "BASH_REMATCH", "7", "old", false);
	assert_int_equal(shell_set_array(sh, "BASH_REMATCH", vals, 3), 0);
	struct array *a = var_array(vars_lookup(sh->vars, "BASH_REMATCH"));
	assert_int_equal(array_count(a), 3);
	assert_string_equal(elem(sh, "BASH_REMATCH", "2"), "g2");
	assert_string_equal(elem(sh, "BASH_REMATCH", "7"), "(unset)");
	assert_string_equal(shell_getvar(sh, "BASH_REMATCH"), "whole");
	assert_int_equal(shell_set_array(sh, "BASH_REMATCH", NULL, 0), 0);
	assert_int_equal(array_count(var_array(vars_lookup(sh->vars, "BASH_REMATCH"))), 0);
}

static void integer__evaluated_and_added(void **state)
{
	struct shell *sh = *state;
	vars_set(sh->vars, "n", NULL, VAR_INTEGER);
	assert_int_equal(shell_setvar(sh, "n", "3*4"), 0);
	assert_string_equal(shell_getvar(sh, "n"), "12");
	assert_int_equal(shell_appendvar(sh, "n", "1+1"), 0);
	assert_string_equal(shell_getvar(sh, "n"), "14");
	assert_int_equal(shell_set_element(sh, "n", "1", "2*3+1", false), 0);
	assert_string_equal(elem(sh, "n", "1"), "7");
	struct capture c;
	capture_start(&c);
	int rc = shell_setvar(sh, "n", "1+");
	const char *err = capture_end(&c);
	assert_int_equal(rc, -1);
	assert_non_null(strstr(err, "1+"));
	assert_string_equal(shell_getvar(sh, "n"), "14");
}

static void case_attributes__convert(void **state)
{
	struct shell *sh = *state;
	vars_set(sh->vars, "u", NULL, VAR_UPPER);
	vars_set(sh->vars, "l", NULL, VAR_LOWER);
	shell_setvar(sh, "u", "MiXed");
	shell_appendvar(sh, "u", "end");
	shell_setvar(sh, "l", "MiXed");
	assert_string_equal(shell_getvar(sh, "u"), "MIXEDEND");
	assert_string_equal(shell_getvar(sh, "l"), "mixed");
}

static void nameref__reads_and_writes_target(void **state)
{
	struct shell *sh = *state;
	vars_set(sh->vars, "ref", "target", VAR_NAMEREF);
	shell_setvar(sh, "ref", "via ref");
	assert_string_equal(shell_getvar(sh, "target"), "via ref");
	assert_string_equal(shell_getvar(sh, "ref"), "via ref");
	assert_string_equal(vars_get(sh->vars, "ref"), "target");
	shell_set_element(sh, "ref", "1", "elem", false);
	assert_string_equal(elem(sh, "target", "1"), "elem");
	assert_string_equal(elem(sh, "ref", "1"), "elem");
}

static void nameref__to_element(void **state)
{
	struct shell *sh = *state;
	shell_set_element(sh, "arr", "0", "x", false);
	shell_set_element(sh, "arr", "1", "y", false);
	vars_set(sh->vars, "e", "arr[1]", VAR_NAMEREF);
	assert_string_equal(shell_getvar(sh, "e"), "y");
	shell_setvar(sh, "e", "Q");
	assert_string_equal(elem(sh, "arr", "1"), "Q");
}

static void nameref__unset_one_takes_target_on_assignment(void **state)
{
	struct shell *sh = *state;
	vars_set(sh->vars, "r", NULL, VAR_NAMEREF);
	assert_null(shell_getvar(sh, "r"));
	assert_int_equal(shell_setvar(sh, "r", "foo"), 0);
	assert_string_equal(vars_get(sh->vars, "r"), "foo");
	shell_setvar(sh, "r", "bar");
	assert_string_equal(shell_getvar(sh, "foo"), "bar");
}

static void nameref__circular__detected(void **state)
{
	struct shell *sh = *state;
	struct capture c;
	vars_set(sh->vars, "a", "b", VAR_NAMEREF);
	vars_set(sh->vars, "b", "a", VAR_NAMEREF);
	assert_null(vars_resolve(sh->vars, "a"));
	capture_start(&c);
	const char *v = shell_getvar(sh, "a");
	int rc = shell_setvar(sh, "a", "1");
	const char *err = capture_end(&c);
	assert_null(v);
	assert_int_equal(rc, -1);
	assert_string_equal(err, "minish: warning: a: circular name reference\n"
	                         "minish: a: circular name reference\n");
}

static void nameref__self_as_target__refused(void **state)
{
	struct shell *sh = *state;
	struct capture c;
	vars_set(sh->vars, "r", NULL, VAR_NAMEREF);
	capture_start(&c);
	int rc = shell_setvar(sh, "r", "r");
	const char *err = capture_end(&c);
	assert_int_equal(rc, -1);
	assert_string_equal(err, "minish: r: `r': invalid variable name for name reference\n");
}

static void lookup_global__under_locals(void **state)
{
	struct shell *sh = *state;
	vars_set(sh->vars, "g", "global", 0);
	vars_push_scope(sh->vars);
	vars_make_local(sh->vars, "g");
	vars_set(sh->vars, "g", "local", 0);
	struct var *v = vars_lookup_global(sh->vars, "g", false);
	assert_string_equal(var_scalar(v), "global");
	var_store(sh->vars, v, "changed");
	assert_string_equal(shell_getvar(sh, "g"), "local");
	vars_make_local(sh->vars, "fresh");
	assert_null(vars_lookup_global(sh->vars, "fresh", false));
	var_store(sh->vars, vars_lookup_global(sh->vars, "fresh", true), "made");
	assert_null(shell_getvar(sh, "fresh"));
	vars_pop_scope(sh->vars);
	assert_string_equal(shell_getvar(sh, "g"), "changed");
	assert_string_equal(shell_getvar(sh, "fresh"), "made");
}

static void unset__local_from_deeper_scope__reveals_outer(void **state)
{
	struct shell *sh = *state;
	vars_set(sh->vars, "x", "g", 0);
	vars_push_scope(sh->vars);
	vars_make_local(sh->vars, "x");
	vars_set(sh->vars, "x", "l", 0);
	vars_push_scope(sh->vars);
	vars_unset(sh->vars, "x");
	assert_string_equal(shell_getvar(sh, "x"), "g");
	vars_pop_scope(sh->vars);
	assert_string_equal(shell_getvar(sh, "x"), "g");
	vars_pop_scope(sh->vars);
	assert_string_equal(shell_getvar(sh, "x"), "g");
}

static void unset__local_in_own_scope__stays_local(void **state)
{
	struct shell *sh = *state;
	vars_set(sh->vars, "x", "g", 0);
	vars_push_scope(sh->vars);
	vars_make_local(sh->vars, "x");
	vars_set(sh->vars, "x", "l", 0);
	vars_unset(sh->vars, "x");
	assert_null(shell_getvar(sh, "x"));
	vars_pop_scope(sh->vars);
	assert_string_equal(shell_getvar(sh, "x"), "g");
}

static void local_array__freed_on_pop(void **state)
{
	struct shell *sh = *state;
	shell_set_element(sh, "a", "0", "outer", false);
	vars_push_scope(sh->vars);
	vars_make_local(sh->vars, "a");
	shell_set_element(sh, "a", "5", "inner", false);
	assert_string_equal(elem(sh, "a", "5"), "inner");
	assert_string_equal(elem(sh, "a", "0"), "(unset)");
	vars_pop_scope(sh->vars);
	assert_string_equal(elem(sh, "a", "0"), "outer");
	assert_string_equal(elem(sh, "a", "5"), "(unset)");
}

static void environ__arrays_not_exported(void **state)
{
	struct shell *sh = *state;
	vars_set(sh->vars, "EXA", "scalar", VAR_EXPORT);
	shell_set_element(sh, "EXA", "1", "more", false);
	for (char **e = vars_environ(sh->vars); *e; e++)
		assert_true(strncmp(*e, "EXA=", 4) != 0);
}

static void ref_split__forms(void **state)
{
	(void)state;
	size_t nl, sl;
	const char *sub;
	assert_true(var_ref_split("a[1]", &nl, &sub, &sl));
	assert_int_equal(nl, 1);
	assert_int_equal(sl, 1);
	assert_true(var_ref_split("m[a b]", &nl, &sub, &sl));
	assert_memory_equal(sub, "a b", 3);
	assert_true(var_ref_split("x[]", &nl, &sub, &sl));
	assert_int_equal(sl, 0);
	assert_false(var_ref_split("a", &nl, &sub, &sl));
	assert_false(var_ref_split("1a[2]", &nl, &sub, &sl));
	assert_false(var_ref_split("a[2]x", &nl, &sub, &sl));
	assert_false(var_ref_split("[2]", &nl, &sub, &sl));
}

static void ref__get_and_set(void **state)
{
	struct shell *sh = *state;
	const char *v;
	struct capture c;
	assert_int_equal(shell_set_ref(sh, "printf", "arr[3]", "v3", false), 0);
	assert_int_equal(shell_get_ref(sh, "arr[3]", &v), 0);
	assert_string_equal(v, "v3");
	shell_setvar(sh, "i", "3");
	assert_int_equal(shell_get_ref(sh, "arr[$i]", &v), 0);
	assert_string_equal(v, "v3");
	capture_start(&c);
	int rc = shell_set_ref(sh, "printf", "1bad", "x", false);
	const char *err = capture_end(&c);
	assert_int_equal(rc, -1);
	assert_string_equal(err, "minish: printf: `1bad': not a valid identifier\n");
}

static void dynamic__random_seeded_repeats(void **state)
{
	struct shell *sh = *state;
	char first[3][16];
	shell_setvar(sh, "RANDOM", "42");
	for (int i = 0; i < 3; i++)
		snprintf(first[i], sizeof(first[i]), "%s", shell_getvar(sh, "RANDOM"));
	shell_setvar(sh, "RANDOM", "42");
	for (int i = 0; i < 3; i++)
		assert_string_equal(shell_getvar(sh, "RANDOM"), first[i]);
	assert_true(atoi(first[0]) >= 0 && atoi(first[0]) < 32768);
}

static void dynamic__seconds_assignable(void **state)
{
	struct shell *sh = *state;
	shell_setvar(sh, "SECONDS", "100");
	long s = atol(shell_getvar(sh, "SECONDS"));
	assert_true(s >= 100 && s <= 101);
}

static void dynamic__pipestatus_is_array(void **state)
{
	struct shell *sh = *state;
	sh->pipestatus[0] = 1;
	sh->pipestatus[1] = 141;
	sh->npipestatus = 2;
	assert_string_equal(elem(sh, "PIPESTATUS", "1"), "141");
	assert_string_equal(shell_getvar(sh, "PIPESTATUS"), "1");
	assert_true(vars_flags(sh->vars, "PIPESTATUS") & VAR_ARRAY);
}

static void static_vars__set(void **state)
{
	struct shell *sh = *state;
	char buf[32];
	snprintf(buf, sizeof(buf), "%ld", (long)getuid());
	assert_string_equal(shell_getvar(sh, "UID"), buf);
	assert_true(vars_flags(sh->vars, "UID") & VAR_READONLY);
	assert_string_equal(shell_getvar(sh, "OSTYPE"), "linux-gnu");
	assert_non_null(shell_getvar(sh, "MINISH_VERSION"));
	assert_non_null(shell_getvar(sh, "HOSTTYPE"));
	assert_null(shell_getvar(sh, "BASH_VERSION"));
	snprintf(buf, sizeof(buf), "%ld", (long)getpid());
	assert_string_equal(shell_getvar(sh, "BASHPID"), buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(set_element__unset_name__indexed_array, setup, teardown),
		cmocka_unit_test_setup_teardown(set_element__scalar__keeps_value_as_element_0, setup, teardown),
		cmocka_unit_test_setup_teardown(get_element__scalar__index_0_only, setup, teardown),
		cmocka_unit_test_setup_teardown(element__negative_out_of_range__messages, setup, teardown),
		cmocka_unit_test_setup_teardown(element__arithmetic_error__fails, setup, teardown),
		cmocka_unit_test_setup_teardown(element__append__concatenates, setup, teardown),
		cmocka_unit_test_setup_teardown(assoc__keys_are_text, setup, teardown),
		cmocka_unit_test_setup_teardown(assoc__empty_key__bad_subscript, setup, teardown),
		cmocka_unit_test_setup_teardown(readonly__element_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(isset_and_unset_element, setup, teardown),
		cmocka_unit_test_setup_teardown(set_array__replaces_everything, setup, teardown),
		cmocka_unit_test_setup_teardown(integer__evaluated_and_added, setup, teardown),
		cmocka_unit_test_setup_teardown(case_attributes__convert, setup, teardown),
		cmocka_unit_test_setup_teardown(nameref__reads_and_writes_target, setup, teardown),
		cmocka_unit_test_setup_teardown(nameref__to_element, setup, teardown),
		cmocka_unit_test_setup_teardown(nameref__unset_one_takes_target_on_assignment, setup, teardown),
		cmocka_unit_test_setup_teardown(nameref__circular__detected, setup, teardown),
		cmocka_unit_test_setup_teardown(nameref__self_as_target__refused, setup, teardown),
		cmocka_unit_test_setup_teardown(lookup_global__under_locals, setup, teardown),
		cmocka_unit_test_setup_teardown(unset__local_from_deeper_scope__reveals_outer, setup, teardown),
		cmocka_unit_test_setup_teardown(unset__local_in_own_scope__stays_local, setup, teardown),
		cmocka_unit_test_setup_teardown(local_array__freed_on_pop, setup, teardown),
		cmocka_unit_test_setup_teardown(environ__arrays_not_exported, setup, teardown),
		cmocka_unit_test(ref_split__forms),
		cmocka_unit_test_setup_teardown(ref__get_and_set, setup, teardown),
		cmocka_unit_test_setup_teardown(dynamic__random_seeded_repeats, setup, teardown),
		cmocka_unit_test_setup_teardown(dynamic__seconds_assignable, setup, teardown),
		cmocka_unit_test_setup_teardown(dynamic__pipestatus_is_array, setup, teardown),
		cmocka_unit_test_setup_teardown(static_vars__set, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
