/* test_vars.c - unit tests for the variable table (shell/vars.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "stderr_capture.h"

#include "../../shell/array.h"
#include "../../shell/shell.h"
#include "../../shell/vars.h"


static int setup_table(void **state)
{
	*state = vars_new();
	return *state ? 0 : -1;
}

static int teardown_table(void **state)
{
	vars_free(*state);
	return 0;
}

static int setup_shell(void **state)
{
	*state = shell_new("minish");
	return *state ? 0 : -1;
}

static int teardown_shell(void **state)
{
	shell_free(*state);
	return 0;
}

static void vars_get__unset__null(void **state)
{
	assert_null(vars_get(*state, "nothing"));
}

static void vars_set__new__readable(void **state)
{
	assert_int_equal(vars_set(*state, "a", "1", 0), 0);
	assert_string_equal(vars_get(*state, "a"), "1");
}

static void vars_set__overwrite__new_value(void **state)
{
	vars_set(*state, "a", "1", 0);
	vars_set(*state, "a", "a much longer value than before", 0);
	assert_string_equal(vars_get(*state, "a"), "a much longer value than before");
	vars_set(*state, "a", "s", 0);
	assert_string_equal(vars_get(*state, "a"), "s");
}

static void vars_set__empty__set_but_empty(void **state)
{
	vars_set(*state, "e", "", 0);
	assert_non_null(vars_get(*state, "e"));
	assert_string_equal(vars_get(*state, "e"), "");
}

static void vars_set__null_value__declared_unset(void **state)
{
	vars_set(*state, "d", NULL, VAR_EXPORT);
	assert_null(vars_get(*state, "d"));
	assert_int_equal(vars_flags(*state, "d"), VAR_EXPORT);
}

static void vars_set__null_value_on_set__keeps_value(void **state)
{
	vars_set(*state, "k", "v", 0);
	vars_set(*state, "k", NULL, VAR_EXPORT);
	assert_string_equal(vars_get(*state, "k"), "v");
	assert_true(vars_flags(*state, "k") & VAR_EXPORT);
}

static void vars_set__flags__ored(void **state)
{
	vars_set(*state, "f", "1", VAR_EXPORT);
	vars_set(*state, "f", "2", 0);
	assert_int_equal(vars_flags(*state, "f"), VAR_EXPORT);
	vars_set(*state, "f", NULL, VAR_READONLY);
	assert_int_equal(vars_flags(*state, "f"), VAR_EXPORT | VAR_READONLY);
}

static void vars_set__readonly__refused(void **state)
{
	vars_set(*state, "r", "1", VAR_READONLY);
	assert_int_equal(vars_set(*state, "r", "2", 0), -1);
	assert_string_equal(vars_get(*state, "r"), "1");
}

static void vars_set__readonly_flag_only__allowed(void **state)
{
	vars_set(*state, "r", "1", VAR_READONLY);
	assert_int_equal(vars_set(*state, "r", NULL, VAR_EXPORT), 0);
	assert_int_equal(vars_flags(*state, "r"), VAR_EXPORT | VAR_READONLY);
	assert_string_equal(vars_get(*state, "r"), "1");
}

static void vars_set__value_aliasing_own_buffer__safe(void **state)
{
	vars_set(*state, "a", "hello world", 0);
	vars_set(*state, "a", vars_get(*state, "a") + 6, 0);
	assert_string_equal(vars_get(*state, "a"), "world");
}

static void vars_flags__unset__zero(void **state)
{
	assert_int_equal(vars_flags(*state, "none"), 0);
}

static void vars_clear_flags__export__cleared(void **state)
{
	vars_set(*state, "x", "1", VAR_EXPORT);
	vars_clear_flags(*state, "x", VAR_EXPORT);
	assert_int_equal(vars_flags(*state, "x"), 0);
	assert_string_equal(vars_get(*state, "x"), "1");
}

static void vars_clear_flags__unset__no_effect(void **state)
{
	vars_clear_flags(*state, "none", VAR_EXPORT);
	assert_null(vars_get(*state, "none"));
}

static void vars_unset__set__removed(void **state)
{
	vars_set(*state, "u", "1", VAR_EXPORT);
	assert_int_equal(vars_unset(*state, "u"), 0);
	assert_null(vars_get(*state, "u"));
	assert_int_equal(vars_flags(*state, "u"), 0);
}

static void vars_unset__absent__ok(void **state)
{
	assert_int_equal(vars_unset(*state, "none"), 0);
}

static void vars_unset__readonly__refused(void **state)
{
	vars_set(*state, "r", "1", VAR_READONLY);
	assert_int_equal(vars_unset(*state, "r"), -1);
	assert_string_equal(vars_get(*state, "r"), "1");
}

static void vars_set__many__all_found(void **state)
{
	char name[32], val[32];
	for (int i = 0; i < 5000; i++) {
		snprintf(name, sizeof(name), "v%d", i);
		snprintf(val, sizeof(val), "%d", i * 3);
		vars_set(*state, name, val, 0);
	}
	for (int i = 0; i < 5000; i++) {
		snprintf(name, sizeof(name), "v%d", i);
		snprintf(val, sizeof(val), "%d", i * 3);
		assert_string_equal(vars_get(*state, name), val);
	}
	for (int i = 0; i < 5000; i += 2) {
		snprintf(name, sizeof(name), "v%d", i);
		vars_unset(*state, name);
	}
	assert_null(vars_get(*state, "v0"));
	assert_string_equal(vars_get(*state, "v1"), "3");
}

static void vars_import_environ__entries__exported(void **state)
{
	char *env[] = { "HOME=/h", "EMPTY=", "EQ=a=b", NULL };
	vars_import_environ(*state, env);
	assert_string_equal(vars_get(*state, "HOME"), "/h");
	assert_string_equal(vars_get(*state, "EMPTY"), "");
	assert_string_equal(vars_get(*state, "EQ"), "a=b");
	assert_int_equal(vars_flags(*state, "HOME"), VAR_EXPORT);
}

static void vars_import_environ__values_kept_in_place__changed_unset_made_array(void **state)
{
	char *env[] = { "A=1", "B=22", "C=333", NULL };
	vars_import_environ(*state, env);
	assert_ptr_equal(vars_get(*state, "A"), env[0] + 2);
	assert_int_equal(vars_set(*state, "A", "a longer value than before", 0), 0);
	assert_string_equal(vars_get(*state, "A"), "a longer value than before");
	assert_int_equal(vars_unset(*state, "B"), 0);
	assert_null(vars_get(*state, "B"));
	struct array *a = var_make_array(*state, vars_lookup(*state, "C"));
	assert_string_equal(array_get(a, 0), "333");
	assert_string_equal(env[2], "C=333");
}

static void vars_import_environ__bad_names__skipped(void **state)
{
	char *env[] = { "1X=1", "A-B=2", "NOEQUALS", "=v", "OK_1=3", NULL };
	vars_import_environ(*state, env);
	assert_null(vars_get(*state, "1X"));
	assert_null(vars_get(*state, "A-B"));
	assert_null(vars_get(*state, "NOEQUALS"));
	assert_string_equal(vars_get(*state, "OK_1"), "3");
}

static void vars_import_environ__long_name__imported(void **state)
{
	char entry[400];
	memset(entry, 'N', 300);
	strcpy(entry + 300, "=long");
	char *env[] = { entry, NULL };
	vars_import_environ(*state, env);
	entry[300] = '\0';
	assert_string_equal(vars_get(*state, entry), "long");
}

static int count(char **env)
{
	int n = 0;
	while (env[n])
		n++;
	return n;
}

static bool contains(char **env, const char *s)
{
	for (; *env; env++)
		if (strcmp(*env, s) == 0)
			return true;
	return false;
}

static void vars_environ__exported_only__listed(void **state)
{
	vars_set(*state, "a", "1", VAR_EXPORT);
	vars_set(*state, "b", "2", 0);
	vars_set(*state, "c", NULL, VAR_EXPORT);
	vars_set(*state, "d", "", VAR_EXPORT);
	char **env = vars_environ(*state);
	assert_int_equal(count(env), 2);
	assert_true(contains(env, "a=1"));
	assert_true(contains(env, "d="));
}

static void vars_environ__empty_table__empty_array(void **state)
{
	char **env = vars_environ(*state);
	assert_non_null(env);
	assert_null(env[0]);
}

static void vars_environ__plain_variable_changes__same_array(void **state)
{
	vars_set(*state, "a", "1", VAR_EXPORT);
	char **env = vars_environ(*state);
	vars_set(*state, "i", "1", 0);
	vars_set(*state, "i", "2", 0);
	vars_unset(*state, "i");
	assert_ptr_equal(vars_environ(*state), env);
	assert_true(contains(env, "a=1"));
	assert_int_equal(count(env), 1);
}

static void vars_environ__exported_value_changes__rebuilt(void **state)
{
	vars_set(*state, "a", "1", VAR_EXPORT);
	(void)vars_environ(*state);
	vars_set(*state, "a", "2", 0);
	char **env = vars_environ(*state);
	assert_true(contains(env, "a=2"));
	assert_false(contains(env, "a=1"));
}

static void vars_environ__export_flag_added__listed(void **state)
{
	vars_set(*state, "b", "x", 0);
	assert_int_equal(count(vars_environ(*state)), 0);
	vars_set(*state, "b", NULL, VAR_EXPORT);
	assert_true(contains(vars_environ(*state), "b=x"));
}

static void vars_environ__export_cleared_or_unset__dropped(void **state)
{
	vars_set(*state, "a", "1", VAR_EXPORT);
	vars_set(*state, "b", "2", VAR_EXPORT);
	assert_int_equal(count(vars_environ(*state)), 2);
	vars_clear_flags(*state, "a", VAR_EXPORT);
	char **env = vars_environ(*state);
	assert_int_equal(count(env), 1);
	assert_true(contains(env, "b=2"));
	vars_unset(*state, "b");
	assert_int_equal(count(vars_environ(*state)), 0);
}

static void vars_environ__local_of_exported__restored_on_pop(void **state)
{
	vars_set(*state, "a", "outer", VAR_EXPORT);
	(void)vars_environ(*state);
	vars_push_scope(*state);
	vars_make_local(*state, "a");
	vars_set(*state, "a", "inner", 0);
	assert_true(contains(vars_environ(*state), "a=inner"));
	vars_pop_scope(*state);
	char **env = vars_environ(*state);
	assert_true(contains(env, "a=outer"));
	assert_int_equal(count(env), 1);
}

static void vars_environ__local_exported_inside__gone_after_pop(void **state)
{
	vars_push_scope(*state);
	vars_make_local(*state, "n");
	vars_set(*state, "n", "1", VAR_EXPORT);
	assert_true(contains(vars_environ(*state), "n=1"));
	vars_pop_scope(*state);
	assert_int_equal(count(vars_environ(*state)), 0);
}

static void vars_environ__import__listed(void **state)
{
	(void)vars_environ(*state);
	char *env_in[] = { "HOME=/h", "PATH=/bin", NULL };
	vars_import_environ(*state, env_in);
	char **env = vars_environ(*state);
	assert_int_equal(count(env), 2);
	assert_true(contains(env, "HOME=/h"));
}

struct seen {
	char names[16][16];
	char values[16][16];
	unsigned flags[16];
	int n;
};

static void collect(void *ctx, const char *name, const char *value, unsigned flags)
{
	struct seen *s = ctx;
	if (s->n >= 16)
		return;
	snprintf(s->names[s->n], 16, "%s", name);
	snprintf(s->values[s->n], 16, "%s", value ? value : "(unset)");
	s->flags[s->n] = flags;
	s->n++;
}

static void vars_each_sorted__names__ascending(void **state)
{
	vars_set(*state, "zeta", "1", 0);
	vars_set(*state, "Alpha", "2", 0);
	vars_set(*state, "beta", "3", 0);
	vars_set(*state, "_u", "4", 0);
	struct seen s = { .n = 0 };
	vars_each_sorted(*state, collect, &s);
	assert_int_equal(s.n, 4);
	assert_string_equal(s.names[0], "Alpha");
	assert_string_equal(s.names[1], "_u");
	assert_string_equal(s.names[2], "beta");
	assert_string_equal(s.names[3], "zeta");
}

static void vars_each_sorted__declared__included_with_null(void **state)
{
	vars_set(*state, "d", NULL, VAR_EXPORT);
	struct seen s = { .n = 0 };
	vars_each_sorted(*state, collect, &s);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.values[0], "(unset)");
	assert_int_equal(s.flags[0], VAR_EXPORT);
}

static void vars_make_local__in_scope__restored_on_pop(void **state)
{
	vars_set(*state, "x", "outer", VAR_EXPORT);
	vars_push_scope(*state);
	vars_make_local(*state, "x");
	vars_set(*state, "x", "inner", 0);
	assert_string_equal(vars_get(*state, "x"), "inner");
	vars_pop_scope(*state);
	assert_string_equal(vars_get(*state, "x"), "outer");
	assert_int_equal(vars_flags(*state, "x"), VAR_EXPORT);
}

static void vars_make_local__starts_unset_keeping_export(void **state)
{
	vars_set(*state, "x", "outer", VAR_EXPORT | VAR_INTEGER);
	vars_push_scope(*state);
	vars_make_local(*state, "x");
	assert_null(vars_get(*state, "x"));
	assert_int_equal(vars_flags(*state, "x"), VAR_EXPORT);
	vars_pop_scope(*state);
	assert_string_equal(vars_get(*state, "x"), "outer");
	assert_int_equal(vars_flags(*state, "x"), VAR_EXPORT | VAR_INTEGER);
}

static void vars_make_local__previously_unset__unset_after_pop(void **state)
{
	vars_push_scope(*state);
	vars_make_local(*state, "y");
	vars_set(*state, "y", "1", 0);
	vars_pop_scope(*state);
	assert_null(vars_get(*state, "y"));
	assert_int_equal(vars_flags(*state, "y"), 0);
}

static void vars_make_local__unset_inside__restored(void **state)
{
	vars_set(*state, "x", "outer", 0);
	vars_push_scope(*state);
	vars_make_local(*state, "x");
	vars_unset(*state, "x");
	assert_null(vars_get(*state, "x"));
	vars_pop_scope(*state);
	assert_string_equal(vars_get(*state, "x"), "outer");
}

static void vars_make_local__nested_scopes__each_restored(void **state)
{
	vars_set(*state, "x", "0", 0);
	vars_push_scope(*state);
	vars_make_local(*state, "x");
	vars_set(*state, "x", "1", 0);
	vars_push_scope(*state);
	vars_make_local(*state, "x");
	vars_set(*state, "x", "2", 0);
	vars_pop_scope(*state);
	assert_string_equal(vars_get(*state, "x"), "1");
	vars_pop_scope(*state);
	assert_string_equal(vars_get(*state, "x"), "0");
}

static void vars_make_local__twice_same_scope__first_saved_value_wins(void **state)
{
	vars_set(*state, "x", "0", 0);
	vars_push_scope(*state);
	vars_make_local(*state, "x");
	vars_set(*state, "x", "1", 0);
	vars_make_local(*state, "x");
	vars_pop_scope(*state);
	assert_string_equal(vars_get(*state, "x"), "0");
}

static void vars_make_local__no_scope__global_unchanged(void **state)
{
	vars_set(*state, "x", "g", 0);
	vars_make_local(*state, "x");
	vars_set(*state, "x", "h", 0);
	vars_pop_scope(*state);
	assert_string_equal(vars_get(*state, "x"), "h");
}

static void vars_pop_scope__non_local_assignment__persists(void **state)
{
	vars_push_scope(*state);
	vars_set(*state, "g", "global", 0);
	vars_pop_scope(*state);
	assert_string_equal(vars_get(*state, "g"), "global");
}

static void count_local(void *ctx, const struct var *v)
{
	(void)v;
	++*(int *)ctx;
}

static void vars_push_scope__after_a_pop__starts_with_no_locals(void **state)
{
	/* the closed scope is kept for the next call: it must come back empty */
	int n = 0;
	vars_set(*state, "x", "outer", 0);
	vars_push_scope(*state);
	vars_make_local(*state, "x");
	vars_make_local(*state, "y");
	vars_pop_scope(*state);
	vars_push_scope(*state);
	vars_each_local(*state, count_local, &n);
	assert_int_equal(n, 0);
	assert_int_equal(vars_scope_depth(*state), 1);
	assert_string_equal(vars_get(*state, "x"), "outer");
	vars_make_local(*state, "x");
	vars_each_local(*state, count_local, &n);
	assert_int_equal(n, 1);
	assert_null(vars_get(*state, "x"));
	vars_pop_scope(*state);
	assert_string_equal(vars_get(*state, "x"), "outer");
}

static void vars_free__open_scopes__no_leak_or_crash(void **state)
{
	struct var_table *t = vars_new();
	vars_set(t, "x", "1", 0);
	vars_push_scope(t);
	vars_make_local(t, "x");
	vars_set(t, "x", "2", 0);
	vars_free(t);
	(void)state;
}

/* shell-level functions */
static void shell_setvar__plain__set(void **state)
{
	struct shell *sh = *state;
	assert_int_equal(shell_setvar(sh, "v", "1"), 0);
	assert_string_equal(shell_getvar(sh, "v"), "1");
	assert_int_equal(vars_flags(sh->vars, "v") & VAR_EXPORT, 0);
}

static void shell_setvar__readonly__message(void **state)
{
	struct shell *sh = *state;
	vars_set(sh->vars, "r", "1", VAR_READONLY);
	struct capture c;
	capture_start(&c);
	int rc = shell_setvar(sh, "r", "2");
	assert_string_equal(capture_end(&c), "minish: r: readonly variable\n");
	assert_int_equal(rc, -1);
	assert_string_equal(shell_getvar(sh, "r"), "1");
}

static void shell_setvar__allexport__exported(void **state)
{
	struct shell *sh = *state;
	sh->opt.allexport = true;
	shell_setvar(sh, "ax", "1");
	assert_true(vars_flags(sh->vars, "ax") & VAR_EXPORT);
}

static void shell_setvar__existing_export__stays_exported(void **state)
{
	struct shell *sh = *state;
	vars_set(sh->vars, "e", "1", VAR_EXPORT);
	shell_setvar(sh, "e", "2");
	assert_int_equal(vars_flags(sh->vars, "e"), VAR_EXPORT);
}

static void shell_getvar__lineno__current_line(void **state)
{
	struct shell *sh = *state;
	sh->lineno = 42;
	assert_string_equal(shell_getvar(sh, "LINENO"), "42");
	sh->lineno = 7;
	assert_string_equal(shell_getvar(sh, "LINENO"), "7");
}

static void shell_getvar__unset__null(void **state)
{
	assert_null(shell_getvar(*state, "surely_not_set_var"));
}

static void shell_new__ifs__default(void **state)
{
	assert_string_equal(shell_getvar(*state, "IFS"), " \t\n");
}

#define TT(f) cmocka_unit_test_setup_teardown(f, setup_table, teardown_table)
#define TS(f) cmocka_unit_test_setup_teardown(f, setup_shell, teardown_shell)

int main(void)
{
	const struct CMUnitTest tests[] = {
		TT(vars_get__unset__null), TT(vars_set__new__readable), TT(vars_set__overwrite__new_value),
		TT(vars_set__empty__set_but_empty), TT(vars_set__null_value__declared_unset),
		TT(vars_set__null_value_on_set__keeps_value), TT(vars_set__flags__ored),
		TT(vars_set__readonly__refused), TT(vars_set__readonly_flag_only__allowed),
		TT(vars_set__value_aliasing_own_buffer__safe), TT(vars_flags__unset__zero),
		TT(vars_clear_flags__export__cleared), TT(vars_clear_flags__unset__no_effect),
		TT(vars_unset__set__removed), TT(vars_unset__absent__ok), TT(vars_unset__readonly__refused),
		TT(vars_set__many__all_found), TT(vars_import_environ__entries__exported),
		TT(vars_import_environ__values_kept_in_place__changed_unset_made_array),
		TT(vars_import_environ__bad_names__skipped), TT(vars_import_environ__long_name__imported),
		TT(vars_environ__exported_only__listed), TT(vars_environ__empty_table__empty_array),
		TT(vars_environ__plain_variable_changes__same_array), TT(vars_environ__exported_value_changes__rebuilt),
		TT(vars_environ__export_flag_added__listed), TT(vars_environ__export_cleared_or_unset__dropped),
		TT(vars_environ__local_of_exported__restored_on_pop),
		TT(vars_environ__local_exported_inside__gone_after_pop), TT(vars_environ__import__listed),
		TT(vars_each_sorted__names__ascending), TT(vars_each_sorted__declared__included_with_null),
		TT(vars_make_local__in_scope__restored_on_pop), TT(vars_make_local__starts_unset_keeping_export),
		TT(vars_make_local__previously_unset__unset_after_pop),
		TT(vars_make_local__unset_inside__restored),
		TT(vars_make_local__nested_scopes__each_restored),
		TT(vars_make_local__twice_same_scope__first_saved_value_wins),
		TT(vars_make_local__no_scope__global_unchanged),
		TT(vars_pop_scope__non_local_assignment__persists),
		TT(vars_push_scope__after_a_pop__starts_with_no_locals),
		TT(vars_free__open_scopes__no_leak_or_crash),
		TS(shell_setvar__plain__set), TS(shell_setvar__readonly__message),
		TS(shell_setvar__allexport__exported), TS(shell_setvar__existing_export__stays_exported),
		TS(shell_getvar__lineno__current_line), TS(shell_getvar__unset__null),
		TS(shell_new__ifs__default),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
