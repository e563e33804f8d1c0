/* test_static_userdb.c - unit tests for the look-ups the static minish uses instead of glibc's
 * name-service switch: real /etc/passwd and /etc/group, and a fake getent first in PATH for
 * names and ids those files do not have. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../../shell/static_userdb.h"

/* The fake getent logs its arguments and knows one user (4242) and one group (4343). */
static const char fake_getent[] =
	"#!/bin/sh\n"
	"echo \"$*\" >> \"$(dirname \"$0\")/log\"\n"
	"case \"$1 $3\" in\n"
	"'passwd fakeuser'|'passwd 4242') echo 'fakeuser:x:4242:4343:Fake:/home/fake:/bin/sh' ;;\n"
	"'group 4343') echo 'fakegrp:x:4343:a,b' ;;\n"
	"'group 4444') printf 'biggrp:x:4444:'; i=0; while [ $i -lt 500 ]; do printf 'member%d,' $i; i=$((i+1)); done; echo last ;;\n"
	"*) exit 2 ;;\n"
	"esac\n";

struct fx {
	char dir[64];
	char log[96];
	char *old_path;
};

static int setup(void **state)
{
	struct fx *f = calloc(1, sizeof *f);
	if (!f)
		return -1;
	strcpy(f->dir, "/tmp/minish-userdb-XXXXXX");
	if (!mkdtemp(f->dir))
		return -1;
	char path[128];
	snprintf(path, sizeof path, "%s/getent", f->dir);
	FILE *s = fopen(path, "w");
	if (!s || fputs(fake_getent, s) == EOF || fclose(s) != 0 || chmod(path, 0755) != 0)
		return -1;
	snprintf(f->log, sizeof f->log, "%s/log", f->dir);
	const char *old = getenv("PATH");
	f->old_path = strdup(old ? old : "/usr/bin:/bin");
	char newpath[4096];
	snprintf(newpath, sizeof newpath, "%s:%s", f->dir, f->old_path);
	setenv("PATH", newpath, 1);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;
	char path[128];
	setenv("PATH", f->old_path, 1);
	snprintf(path, sizeof path, "%s/getent", f->dir);
	unlink(path);
	unlink(f->log);
	rmdir(f->dir);
	free(f->old_path);
	free(f);
	return 0;
}

/* What the fake getent was asked, one line per run ("" when it never ran). */
static const char *asked(struct fx *f)
{
	static char text[512];
	text[0] = '\0';
	FILE *l = fopen(f->log, "r");
	if (l) {
		size_t n = fread(text, 1, sizeof text - 1, l);
		text[n] = '\0';
		fclose(l);
	}
	return text;
}

/* Every getent started was waited for: no child is left, zombie or running. */
static void assert_no_children(void)
{
	errno = 0;
	assert_int_equal(waitpid(-1, NULL, WNOHANG), -1);
	assert_int_equal(errno, ECHILD);
}

static void test_files_users_match_glibc(void **state)
{
	struct fx *f = *state;
	struct passwd *pw = __wrap_getpwnam("root");
	assert_non_null(pw);
	assert_int_equal(pw->pw_uid, 0);
	assert_string_equal(pw->pw_dir, getpwnam("root")->pw_dir);
	pw = __wrap_getpwuid(0);
	assert_non_null(pw);
	assert_string_equal(pw->pw_name, "root");
	struct group *gr = __wrap_getgrgid(0);
	assert_non_null(gr);
	assert_string_equal(gr->gr_name, getgrgid(0)->gr_name);
	assert_string_equal(asked(f), "");
}

static void test_listing_is_etc_passwd(void **state)
{
	(void)state;
	FILE *p = fopen("/etc/passwd", "r");
	assert_non_null(p);
	int lines = 0;
	char line[1024];
	while (fgets(line, sizeof line, p))
		lines += line[0] != '\n' && line[0] != '#';
	fclose(p);
	for (int round = 0; round < 2; round++) {
		__wrap_setpwent();
		int n = 0;
		struct passwd *pw;
		while ((pw = __wrap_getpwent())) {
			if (n == 0)
				assert_string_equal(pw->pw_name, "root");
			n++;
		}
		assert_int_equal(n, lines);
	}
	__wrap_endpwent();
	__wrap_endpwent();
	assert_non_null(__wrap_getpwent());
	__wrap_endpwent();
}

static void test_unknown_user_asks_getent(void **state)
{
	struct fx *f = *state;
	struct passwd *pw = __wrap_getpwnam("fakeuser");
	assert_non_null(pw);
	assert_string_equal(pw->pw_dir, "/home/fake");
	assert_int_equal(pw->pw_uid, 4242);
	pw = __wrap_getpwuid(4242);
	assert_non_null(pw);
	assert_string_equal(pw->pw_name, "fakeuser");
	struct group *gr = __wrap_getgrgid(4343);
	assert_non_null(gr);
	assert_string_equal(gr->gr_name, "fakegrp");
	assert_string_equal(asked(f), "passwd -- fakeuser\npasswd -- 4242\ngroup -- 4343\n");
	assert_no_children();
}

static void test_long_group_line(void **state)
{
	(void)state;
	struct group *gr = __wrap_getgrgid(4444);
	assert_non_null(gr);
	assert_string_equal(gr->gr_name, "biggrp");
	int n = 0;
	while (gr->gr_mem[n])
		n++;
	assert_int_equal(n, 501);
	assert_string_equal(gr->gr_mem[500], "last");
	assert_no_children();
}

static void test_getent_answer_must_match(void **state)
{
	struct fx *f = *state;
	/* getent looks a key of digits up as a user id: user "4242" is not user id 4242. */
	assert_null(__wrap_getpwnam("4242"));
	assert_null(__wrap_getpwnam("nosuchuser"));
	assert_null(__wrap_getpwuid(4343));
	assert_null(__wrap_getgrgid(4242));
	assert_null(__wrap_getpwnam("-x"));
	assert_null(__wrap_getpwnam(""));
	assert_string_equal(asked(f), "passwd -- 4242\npasswd -- nosuchuser\npasswd -- 4343\n"
	                              "group -- 4242\npasswd -- -x\n");
	assert_no_children();
}

static void test_no_getent_is_not_found(void **state)
{
	struct fx *f = *state;
	setenv("PATH", "/nonexistent", 1);
	assert_null(__wrap_getpwnam("fakeuser"));
	assert_null(__wrap_getgrgid(4343));
	assert_non_null(__wrap_getpwnam("root"));
	assert_string_equal(asked(f), "");
	assert_no_children();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_files_users_match_glibc, setup, teardown),
		cmocka_unit_test_setup_teardown(test_listing_is_etc_passwd, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unknown_user_asks_getent, setup, teardown),
		cmocka_unit_test_setup_teardown(test_long_group_line, setup, teardown),
		cmocka_unit_test_setup_teardown(test_getent_answer_must_match, setup, teardown),
		cmocka_unit_test_setup_teardown(test_no_getent_is_not_found, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
