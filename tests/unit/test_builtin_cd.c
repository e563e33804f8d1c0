/* test_builtin_cd.c - unit tests for the cd and pwd builtins. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>

#include "builtin_harness.h"

/* Each test: a shell, a private directory tree, and the cwd to go back to. */
struct fx {
	struct shell *sh;
	char start[PATH_MAX];
	char dir[256];        /* physical path of the fixture directory */
	char buf[512];
};

#define SH(state) (((struct fx *)*(state))->sh)
#define FX(state) ((struct fx *)*(state))
#define CD(state, ...) RUN(SH(state), bi_cd, "cd", __VA_ARGS__)

/* Returns fixture-dir/rel in the fixture's buffer. */
static const char *at(void **state, const char *rel)
{
	struct fx *f = FX(state);
	snprintf(f->buf, sizeof(f->buf), "%s%s%s", f->dir, *rel ? "/" : "", rel);
	return f->buf;
}

static char *cwd(void)
{
	static const size_t size = PATH_MAX;
	char *b = malloc(size);
	assert_non_null(getcwd(b, size));
	return b;
}

static int setup(void **state)
{
	struct fx *f = calloc(1, sizeof(*f));
	char tmpl[] = "/tmp/minish-testcd-XXXXXX";
	char path[512];

	if (!f || !getcwd(f->start, sizeof(f->start)) || !mkdtemp(tmpl) || chdir(tmpl) != 0 ||
	    !getcwd(f->dir, sizeof(f->dir)))
		return -1;
	*state = f;
	snprintf(path, sizeof(path), "%s/a", f->dir);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/a/b", f->dir);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/c", f->dir);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/c/sub", f->dir);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/file", f->dir);
	close(open(path, O_WRONLY | O_CREAT, 0644));
	snprintf(path, sizeof(path), "%s/link", f->dir);
	if (symlink("a/b", path) != 0)
		return -1;
	if (chdir(f->dir) != 0)
		return -1;
	setenv("PWD", f->dir, 1);
	f->sh = shell_new("minish");
	return f->sh ? 0 : -1;
}

static int teardown(void **state)
{
	struct fx *f = *state;
	char path[512];
	static const char *const dirs[] = { "a/b", "a", "c/sub", "c" };
	size_t i;

	if (chdir(f->start) != 0)
		return -1;
	snprintf(path, sizeof(path), "%s/file", f->dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/link", f->dir);
	unlink(path);
	for (i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", f->dir, dirs[i]);
		rmdir(path);
	}
	rmdir(f->dir);
	shell_free(f->sh);
	free(f);
	return 0;
}

static void expect(struct run r, int status, const char *out, const char *err)
{
	assert_string_equal(r.out, out);
	assert_string_equal(r.err, err);
	assert_int_equal(r.status, status);
	run_free(&r);
}

static void expect_cwd(const char *want)
{
	char *c = cwd();
	assert_string_equal(c, want);
	free(c);
}

static void expect_var(void **state, const char *name, const char *value)
{
	const char *v = shell_getvar(SH(state), name);
	assert_non_null(v);
	assert_string_equal(v, value);
}

/* ---- cd ---- */

static void cd__absolute_dir__changes_and_sets_pwd(void **state)
{
	char *target = strdup(at(state, "a/b"));
	expect(CD(state, target), 0, "", "");
	expect_cwd(target);
	expect_var(state, "PWD", target);
	expect_var(state, "OLDPWD", FX(state)->dir);
	free(target);
}

static void cd__relative_dir__from_pwd(void **state)
{
	expect(CD(state, "a"), 0, "", "");
	expect_var(state, "PWD", at(state, "a"));
	expect_cwd(at(state, "a"));
}

static void cd__no_arg__goes_home(void **state)
{
	shell_setvar(SH(state), "HOME", at(state, "c"));
	expect(RUN(SH(state), bi_cd, "cd"), 0, "", "");
	expect_cwd(at(state, "c"));
}

static void cd__home_unset__error(void **state)
{
	vars_unset(SH(state)->vars, "HOME");
	expect(RUN(SH(state), bi_cd, "cd"), 1, "", "minish: cd: HOME not set\n");
	expect_cwd(FX(state)->dir);
}

static void cd__empty_arg__no_change(void **state)
{
	expect(CD(state, ""), 0, "", "");
	expect_cwd(FX(state)->dir);
}

static void cd__dash__oldpwd_printed(void **state)
{
	char *a = strdup(at(state, "a"));
	char *line = malloc(strlen(FX(state)->dir) + 2);
	sprintf(line, "%s\n", FX(state)->dir);
	expect(CD(state, a), 0, "", "");
	expect(CD(state, "-"), 0, line, "");
	expect_cwd(FX(state)->dir);
	expect_var(state, "OLDPWD", a);
	free(a);
	free(line);
}

static void cd__dash_without_oldpwd__error(void **state)
{
	vars_unset(SH(state)->vars, "OLDPWD");
	expect(CD(state, "-"), 1, "", "minish: cd: OLDPWD not set\n");
}

static void cd__missing_dir__error_status_1(void **state)
{
	expect(CD(state, "nosuch"), 1, "", "minish: cd: nosuch: No such file or directory\n");
	expect_cwd(FX(state)->dir);
	expect_var(state, "PWD", FX(state)->dir);
}

static void cd__file__not_a_directory(void **state)
{
	expect(CD(state, "file"), 1, "", "minish: cd: file: Not a directory\n");
}

static void cd__too_many_args__status_1(void **state)
{
	expect(CD(state, "a", "c"), 1, "", "minish: cd: too many arguments\n");
}

static void cd__invalid_option__usage_status_2(void **state)
{
	struct run r = CD(state, "-x");
	assert_int_equal(r.status, 2);
	assert_non_null(strstr(r.err, "minish: cd: -x: invalid option\n"));
	assert_non_null(strstr(r.err, "cd: usage:"));
	run_free(&r);
}

static void cd__double_dash__ends_options(void **state)
{
	expect(CD(state, "--", "a"), 0, "", "");
	expect_cwd(at(state, "a"));
}

static void cd__cdpath_entry__used_and_printed(void **state)
{
	char *want = malloc(1024);
	shell_setvar(SH(state), "CDPATH", at(state, "c"));
	assert_int_equal(chdir("/"), 0);
	shell_setvar(SH(state), "PWD", "/");
	snprintf(want, 1024, "%s\n", at(state, "c/sub"));
	expect(CD(state, "sub"), 0, want, "");
	expect_cwd(at(state, "c/sub"));
	free(want);
}

static void cd__cdpath_empty_entry__current_dir_silent(void **state)
{
	shell_setvar(SH(state), "CDPATH", ":/nonexistent");
	expect(CD(state, "a"), 0, "", "");
	expect_cwd(at(state, "a"));
}

static void cd__cdpath_second_entry__searched(void **state)
{
	char *want = malloc(1024);
	char *cdpath = malloc(1024);
	snprintf(cdpath, 1024, "/nonexistent:%s", at(state, "c"));
	shell_setvar(SH(state), "CDPATH", cdpath);
	snprintf(want, 1024, "%s\n", at(state, "c/sub"));
	expect(CD(state, "sub"), 0, want, "");
	free(want);
	free(cdpath);
}

static void cd__cdpath_dot_relative__not_searched(void **state)
{
	shell_setvar(SH(state), "CDPATH", at(state, "c"));
	expect(CD(state, "./sub"), 1, "", "minish: cd: ./sub: No such file or directory\n");
}

static void cd__logical_dotdot__textual(void **state)
{
	expect(CD(state, "link/.."), 0, "", "");
	expect_cwd(FX(state)->dir);
	expect_var(state, "PWD", FX(state)->dir);
}

static void cd__physical_dotdot__resolved(void **state)
{
	expect(CD(state, "-P", "link/.."), 0, "", "");
	expect_cwd(at(state, "a"));
	expect_var(state, "PWD", at(state, "a"));
}

static void cd__logical_symlink__pwd_keeps_link(void **state)
{
	expect(CD(state, "link"), 0, "", "");
	expect_var(state, "PWD", at(state, "link"));
	expect_cwd(at(state, "a/b"));
}

static void cd__physical_symlink__pwd_resolved(void **state)
{
	expect(CD(state, "-P", "link"), 0, "", "");
	expect_var(state, "PWD", at(state, "a/b"));
}

static void cd__LP_last_wins__physical(void **state)
{
	expect(CD(state, "-L", "-P", "link"), 0, "", "");
	expect_var(state, "PWD", at(state, "a/b"));
}

static void cd__dots_and_slashes__canonicalised(void **state)
{
	char *p = malloc(1024);
	snprintf(p, 1024, "%s//a/./b/../", FX(state)->dir);
	expect(CD(state, p), 0, "", "");
	expect_var(state, "PWD", at(state, "a"));
	free(p);
}

static void cd__missing_component_before_dotdot__error(void **state)
{
	expect(CD(state, "nosuch/.."), 1, "", "minish: cd: nosuch/..: No such file or directory\n");
}

static void cd__root_dotdot__stays_root(void **state)
{
	expect(CD(state, "/.."), 0, "", "");
	expect_var(state, "PWD", "/");
}

static void cd__double_slash_root__kept(void **state)
{
	expect(CD(state, "//"), 0, "", "");
	expect_var(state, "PWD", "//");
	expect(CD(state, "///"), 0, "", "");
	expect_var(state, "PWD", "/");
}

static void cd__exported_pwd__stays_exported(void **state)
{
	vars_set(SH(state)->vars, "PWD", FX(state)->dir, VAR_EXPORT);
	expect(CD(state, "a"), 0, "", "");
	assert_true(vars_flags(SH(state)->vars, "PWD") & VAR_EXPORT);
}

static void cd__bogus_pwd__uses_getcwd(void **state)
{
	shell_setvar(SH(state), "PWD", "/bogus/path");
	expect(CD(state, "a"), 0, "", "");
	expect_var(state, "PWD", at(state, "a"));
}

/* ---- pwd ---- */

static void pwd__logical__prints_pwd(void **state)
{
	char *want = malloc(1024);
	expect(CD(state, "link"), 0, "", "");
	snprintf(want, 1024, "%s\n", at(state, "link"));
	expect(RUN(SH(state), bi_pwd, "pwd"), 0, want, "");
	free(want);
}

static void pwd__physical__prints_getcwd(void **state)
{
	char *want = malloc(1024);
	expect(CD(state, "link"), 0, "", "");
	snprintf(want, 1024, "%s\n", at(state, "a/b"));
	expect(RUN(SH(state), bi_pwd, "pwd", "-P"), 0, want, "");
	free(want);
}

static void pwd__invalid_pwd__falls_back(void **state)
{
	char *want = malloc(1024);
	shell_setvar(SH(state), "PWD", "/tmp/../tmp");
	snprintf(want, 1024, "%s\n", FX(state)->dir);
	expect(RUN(SH(state), bi_pwd, "pwd"), 0, want, "");
	shell_setvar(SH(state), "PWD", "relative");
	expect(RUN(SH(state), bi_pwd, "pwd"), 0, want, "");
	free(want);
}

static void pwd__invalid_option__usage_status_2(void **state)
{
	struct run r = RUN(SH(state), bi_pwd, "pwd", "-z");
	assert_int_equal(r.status, 2);
	assert_non_null(strstr(r.err, "minish: pwd: -z: invalid option\n"));
	run_free(&r);
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(cd__absolute_dir__changes_and_sets_pwd),
		T(cd__relative_dir__from_pwd),
		T(cd__no_arg__goes_home),
		T(cd__home_unset__error),
		T(cd__empty_arg__no_change),
		T(cd__dash__oldpwd_printed),
		T(cd__dash_without_oldpwd__error),
		T(cd__missing_dir__error_status_1),
		T(cd__file__not_a_directory),
		T(cd__too_many_args__status_1),
		T(cd__invalid_option__usage_status_2),
		T(cd__double_dash__ends_options),
		T(cd__cdpath_entry__used_and_printed),
		T(cd__cdpath_empty_entry__current_dir_silent),
		T(cd__cdpath_second_entry__searched),
		T(cd__cdpath_dot_relative__not_searched),
		T(cd__logical_dotdot__textual),
		T(cd__physical_dotdot__resolved),
		T(cd__logical_symlink__pwd_keeps_link),
		T(cd__physical_symlink__pwd_resolved),
		T(cd__LP_last_wins__physical),
		T(cd__dots_and_slashes__canonicalised),
		T(cd__missing_component_before_dotdot__error),
		T(cd__root_dotdot__stays_root),
		T(cd__double_slash_root__kept),
		T(cd__exported_pwd__stays_exported),
		T(cd__bogus_pwd__uses_getcwd),
		T(pwd__logical__prints_pwd),
		T(pwd__physical__prints_getcwd),
		T(pwd__invalid_pwd__falls_back),
		T(pwd__invalid_option__usage_status_2),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
