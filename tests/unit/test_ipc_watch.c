/* test_ipc_watch.c - cmocka tests of ipcs --watch's frame comparison (what gets highlighted) and
 * of its options; the redrawing itself is tested through a terminal (tests/pty) and a pipe
 * (tests/ipc). */
#define _GNU_SOURCE  /* open_memstream's prototype is hidden by some headers otherwise */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../builtins/ipc.h"
#include "../../builtins/ipc_ipcs.h"

/* Renders cur against prev with [ and ] as the highlight. */
static char *render(const char *prev, const char *cur)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	assert_non_null(f);
	ipc_watch_render(f, prev, cur, "[", "]");
	fclose(f);
	return buf;
}

static void check(const char *prev, const char *cur, const char *want)
{
	char *got = render(prev, cur);
	assert_string_equal(got, want);
	free(got);
}

static const char QUEUES1[] =
	"\n------ Message Queues --------\n"
	"key        msqid      owner      perms      used-bytes   messages    \n"
	"0x00000000 1          root       644        10           1           \n"
	"0x00000000 2          root       644        0            0           \n\n";

static void render__first_frame__as_it_is(void **state)
{
	(void)state;
	check(NULL, QUEUES1, QUEUES1);
	check(QUEUES1, QUEUES1, QUEUES1);
}

/* Rows are matched by key and id, so the private keys (all 0x00000000) do not get mixed up. */
static void render__changed_counts__only_those_words(void **state)
{
	static const char cur[] =
		"\n------ Message Queues --------\n"
		"key        msqid      owner      perms      used-bytes   messages    \n"
		"0x00000000 2          root       644        20           2           \n\n";
	(void)state;
	check(QUEUES1, cur,
		"\n------ Message Queues --------\n"
		"key        msqid      owner      perms      used-bytes   messages    \n"
		"0x00000000 2          root       644        [20]           [2]           \n\n");
}

static void render__new_row__whole_row(void **state)
{
	static const char cur[] =
		"\n------ Message Queues --------\n"
		"key        msqid      owner      perms      used-bytes   messages    \n"
		"0x00000000 1          root       644        10           1           \n"
		"0x00000000 3          root       600        0            0           \n"
		"0x00000000 2          root       644        0            0           \n\n";
	(void)state;
	check(QUEUES1, cur,
		"\n------ Message Queues --------\n"
		"key        msqid      owner      perms      used-bytes   messages    \n"
		"0x00000000 1          root       644        10           1           \n"
		"[0x00000000 3          root       600        0            0]           \n"
		"0x00000000 2          root       644        0            0           \n\n");
}

/* Summary lines are matched by their first word, in order (two "allocated" lines stay apart). */
static void render__summary_lines__values(void **state)
{
	(void)state;
	check("allocated queues = 1\nused headers = 3\nallocated semaphores = 4\n",
	      "allocated queues = 2\nused headers = 3\nallocated semaphores = 4\n",
	      "allocated queues = [2]\nused headers = 3\nallocated semaphores = 4\n");
	check("/a                    root       644        5\n/b                    root       644        7\n",
	      "/b                    root       644        8\n",
	      "/b                    root       644        [8]\n");
	check("x y\n", "x y z\n", "x y [z]\n");
	check("x y z\n", "x y\n", "x y\n");
}

/* --watch's options: the interval must be a positive number; no JSON. */
static void ipcs_main__watch_options__checked(void **state)
{
	struct ipc_source src = { .proc = "/nonexistent", .dev_shm = "/nonexistent", .dev_mqueue = "/nonexistent" };
	static const struct { char *argv[4]; const char *err; } cases[] = {
		{ { "ipcs", "--watch=0" }, "minish: ipcs: failed to parse watch interval: '0' (seconds, more than 0, "
		  "at most 86400)\n" },
		{ { "ipcs", "--watch=x" }, "minish: ipcs: failed to parse watch interval: 'x' (seconds, more than 0, "
		  "at most 86400)\n" },
		{ { "ipcs", "--watch=-1" }, "minish: ipcs: failed to parse watch interval: '-1' (seconds, more than 0, "
		  "at most 86400)\n" },
		{ { "ipcs", "-W", "-J" }, "minish: ipcs: --watch redraws text: it cannot be used with --json\n" },
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *out = NULL, *err = NULL;
		size_t olen = 0, elen = 0;
		FILE *o = open_memstream(&out, &olen), *e = open_memstream(&err, &elen);
		int argc = cases[i].argv[2] ? 3 : 2, rc = ipcs_main(&src, o, e, argc, (char **)cases[i].argv);
		fclose(o);
		fclose(e);
		assert_int_equal(rc, 1);
		assert_string_equal(out, "");
		assert_string_equal(err, cases[i].err);
		free(out);
		free(err);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(render__first_frame__as_it_is),
		cmocka_unit_test(render__changed_counts__only_those_words),
		cmocka_unit_test(render__new_row__whole_row),
		cmocka_unit_test(render__summary_lines__values),
		cmocka_unit_test(ipcs_main__watch_options__checked),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
