/* test_ipc_args.c - cmocka tests of the IPC builtins' arguments: numbers read as util-linux reads
 * them, ipcrm's and ipcmk's errors in util-linux's words, and (live, with objects this program
 * makes and always removes in its teardowns) that ipcmk never touches an existing POSIX object
 * and that a bad ipcrm argument removes nothing. */
#define _GNU_SOURCE  /* open_memstream's prototype is hidden by some headers otherwise */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../builtins/ipc.h"
#include "../../builtins/ipc_num.h"

static void ipc_num_s32__values__as_strtos32_or_err(void **state)
{
	static const struct { const char *s; int rc; int v; } cases[] = {
		{ "0", 0, 0 }, { "42", 0, 42 }, { " 7", 0, 7 }, { "+7", 0, 7 }, { "-1", 0, -1 },
		{ "2147483647", 0, 2147483647 }, { "-2147483648", 0, INT32_MIN }, { "2147483648", ERANGE, 0 },
		{ "-2147483649", ERANGE, 0 }, { "18446744073709551616", ERANGE, 0 }, { "", EINVAL, 0 },
		{ "abc", EINVAL, 0 }, { "12x", EINVAL, 0 }, { "0x10", EINVAL, 0 }, { "5 ", EINVAL, 0 },
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int v = 12345;
		assert_int_equal(ipc_num_s32(cases[i].s, &v), cases[i].rc);
		if (cases[i].rc == 0)
			assert_int_equal(v, cases[i].v);
	}
}

/* util-linux's suffixes; fractions exact (util-linux 2.38 makes 1.25K 1279 and 1.10K 2048). */
static void ipc_num_size__suffixes_and_fractions(void **state)
{
	static const struct { const char *s; int rc; uint64_t v; } cases[] = {
		{ "0", 0, 0 }, { "100", 0, 100 }, { "0x10", 0, 16 }, { "010", 0, 8 }, { " 5", 0, 5 },
		{ "+5", 0, 5 }, { "1K", 0, 1024 }, { "1k", 0, 1024 }, { "1KiB", 0, 1024 }, { "1kib", 0, 1024 },
		{ "1KB", 0, 1000 }, { "1kb", 0, 1000 }, { "2M", 0, 2097152 }, { "1G", 0, 1073741824 },
		{ "1E", 0, UINT64_C(1) << 60 }, { "15E", 0, UINT64_C(15) << 60 }, { "1.5K", 0, 1536 },
		{ "1.25K", 0, 1280 }, { "1.10K", 0, 1126 }, { "1.999K", 0, 2046 }, { "1.K", 0, 1024 },
		{ "0.5M", 0, 524288 }, { "2.5KB", 0, 2500 }, { "1.5KiB", 0, 1536 }, { "0.001G", 0, 1073741 },
		{ "0x10K", 0, 16384 }, { "0Z", 0, 0 },
		{ "1Z", ERANGE, 0 }, { "16E", ERANGE, 0 }, { "18446744073709551616", ERANGE, 0 },
		{ "", EINVAL, 0 }, { "-1", EINVAL, 0 }, { " -1K", EINVAL, 0 }, { "abc", EINVAL, 0 },
		{ "1.5", EINVAL, 0 }, { "1.0", EINVAL, 0 }, { "1.", EINVAL, 0 }, { "1.5iB", EINVAL, 0 },
		{ "1KIB", EINVAL, 0 }, { "1Q", EINVAL, 0 }, { "12KX", EINVAL, 0 }, { "5 ", EINVAL, 0 },
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		uint64_t v = 12345;
		int rc = ipc_num_size(cases[i].s, &v);
		if (rc != cases[i].rc)
			fail_msg("'%s': rc %d, want %d", cases[i].s, rc, cases[i].rc);
		if (rc == 0 && v != cases[i].v)
			fail_msg("'%s': %llu, want %llu", cases[i].s, (unsigned long long)v,
				(unsigned long long)cases[i].v);
	}
}

static void ipc_num_mode_and_key__ranges(void **state)
{
	unsigned mode = 0;
	int32_t key = 0;
	(void)state;
	assert_int_equal(ipc_num_mode("0644", &mode), 0);
	assert_int_equal(mode, 0644);
	assert_int_equal(ipc_num_mode("7777", &mode), 0);
	assert_int_equal(mode, 07777);
	assert_int_equal(ipc_num_mode("10000", &mode), ERANGE);
	assert_int_equal(ipc_num_mode("-1", &mode), ERANGE);
	assert_int_equal(ipc_num_mode("888", &mode), EINVAL);
	assert_int_equal(ipc_num_mode("", &mode), EINVAL);
	assert_int_equal(ipc_num_key("0x4d490001", &key), 0);
	assert_int_equal(key, 0x4d490001);
	assert_int_equal(ipc_num_key("4294967295", &key), 0);
	assert_int_equal(key, -1);
	assert_int_equal(ipc_num_key("-1", &key), 0);
	assert_int_equal(key, -1);
	assert_int_equal(ipc_num_key("-2147483648", &key), 0);
	assert_int_equal(key, INT32_MIN);
	assert_int_equal(ipc_num_key("010", &key), 0);
	assert_int_equal(key, 8);
	/* util-linux would cut these to 32 bits: the key of some other object */
	assert_int_equal(ipc_num_key("0x100000001", &key), ERANGE);
	assert_int_equal(ipc_num_key("-4294967295", &key), ERANGE);
	assert_int_equal(ipc_num_key("18446744073709551616", &key), ERANGE);
	assert_int_equal(ipc_num_key("zz", &key), EINVAL);
	assert_int_equal(ipc_num_key("", &key), EINVAL);
}

/* A memory stream and what was written to it. */
struct capture {
	FILE *f;
	char *buf;
	size_t len;
};

static void cap_open(struct capture *c)
{
	c->buf = NULL;
	c->len = 0;
	c->f = open_memstream(&c->buf, &c->len);
	assert_non_null(c->f);
}

static char *cap_close(struct capture *c)
{
	fclose(c->f);
	return c->buf;
}

/* Runs ipcrm or ipcmk (main) with argv (NULL-terminated), capturing out and err. */
static int run_cmd(int (*cmd)(FILE *, FILE *, int, char **), char **out, char **err, char **argv)
{
	struct capture o, e;
	int rc, argc = 0;
	while (argv[argc])
		argc++;
	cap_open(&o);
	cap_open(&e);
	rc = cmd(o.f, e.f, argc, argv);
	*out = cap_close(&o);
	*err = cap_close(&e);
	return rc;
}

#define TRY_IPCRM "Try 'ipcrm --help' for more information.\n"
#define TRY_IPCMK "Try 'ipcmk --help' for more information.\n"

/* Each case: util-linux's message and status (checked against util-linux 2.38.1 by hand and by
 * tests/ipc/run.sh's bad-input test). Nothing here names an existing object. */
static void ipcrm_main__bad_input__util_linux_messages(void **state)
{
	static const struct { char *argv[5]; int status; const char *err; } cases[] = {
		{ { "ipcrm" }, 0, "" },
		{ { "ipcrm", "-x" }, 1, "minish: ipcrm: invalid option -- 'x'\n" TRY_IPCRM },
		{ { "ipcrm", "--shmem-id" }, 1, "minish: ipcrm: option '--shmem-id' requires an argument\n" TRY_IPCRM },
		{ { "ipcrm", "-m", "abc" }, 1, "minish: ipcrm: failed to parse argument: 'abc'\n" },
		{ { "ipcrm", "-m", "2147483648" }, 1,
		  "minish: ipcrm: failed to parse argument: '2147483648': Numerical result out of range\n" },
		{ { "ipcrm", "-m", "-1" }, 1, "minish: ipcrm: invalid id (-1)\n" },
		{ { "ipcrm", "-q", "2147483646" }, 1, "minish: ipcrm: invalid id (2147483646)\n" },
		{ { "ipcrm", "-Q", "0" }, 1, "minish: ipcrm: illegal key (0)\n" },
		{ { "ipcrm", "-S", "0x7ffffffe" }, 1, "minish: ipcrm: invalid key (0x7ffffffe)\n" },
		{ { "ipcrm", "-M", "0x100000001" }, 1,
		  "minish: ipcrm: failed to parse argument: '0x100000001': Numerical result out of range\n" },
		{ { "ipcrm", "--posix-shmem", "minish-no-such-object" }, 1,
		  "minish: ipcrm: name `/minish-no-such-object' not found\n" },
		{ { "ipcrm", "--posix-semaphore", "/minish-no-such-object" }, 1,
		  "minish: ipcrm: name `/minish-no-such-object' not found\n" },
		{ { "ipcrm", "--posix-mqueue", "/minish-no-such-object" }, 1,
		  "minish: ipcrm: name `/minish-no-such-object' not found\n" },
		{ { "ipcrm", "--all=bogus" }, 1, "minish: ipcrm: unknown argument: bogus\n" },
		{ { "ipcrm", "sem" }, 1, "minish: ipcrm: not enough arguments\n" TRY_IPCRM },
		{ { "ipcrm", "shm", "x1" }, 1, "minish: ipcrm: invalid id: x1\n" },
		{ { "ipcrm", "shm", "4294967297" }, 1, "minish: ipcrm: invalid id: 4294967297\n" },
		{ { "ipcrm", "-v", "extra" }, 1, "minish: ipcrm: unknown argument: extra\n" TRY_IPCRM },
		{ { "ipcrm", "-a", "shm" }, 1, "minish: ipcrm: unknown argument: shm\n" TRY_IPCRM },
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *out, *err;
		int rc = run_cmd(ipcrm_main, &out, &err, (char **)cases[i].argv);
		if (rc != cases[i].status || strcmp(err, cases[i].err) != 0)
			fail_msg("ipcrm %s: status %d, stderr '%s'", cases[i].argv[1] ? cases[i].argv[1] : "", rc, err);
		free(out);
		free(err);
	}
}

static void ipcmk_main__bad_input__util_linux_messages(void **state)
{
	static const struct { char *argv[5]; const char *err; } cases[] = {
		{ { "ipcmk" }, "minish: ipcmk: bad usage\n" TRY_IPCMK },
		{ { "ipcmk", "-q" }, "minish: ipcmk: name is required for POSIX IPC\n" TRY_IPCMK },
		{ { "ipcmk", "-M", "12Q" }, "minish: ipcmk: failed to parse size: '12Q': Invalid argument\n" },
		{ { "ipcmk", "-M", "-1" }, "minish: ipcmk: failed to parse size: '-1': Invalid argument\n" },
		{ { "ipcmk", "-M", "1Z" }, "minish: ipcmk: failed to parse size: '1Z': Numerical result out of range\n" },
		{ { "ipcmk", "-S", "two" }, "minish: ipcmk: failed to parse elements: 'two'\n" },
		{ { "ipcmk", "-S", "99999999999" },
		  "minish: ipcmk: failed to parse elements: '99999999999': Numerical result out of range\n" },
		{ { "ipcmk", "-Q", "-p", "9" }, "minish: ipcmk: failed to parse mode: '9'\n" },
		{ { "ipcmk", "-Q", "-p", "-1" }, "minish: ipcmk: failed to parse mode: '-1': Numerical result out of range\n" },
		{ { "ipcmk", "-Z" }, "minish: ipcmk: invalid option -- 'Z'\n" TRY_IPCMK },
		{ { "ipcmk", "-M" }, "minish: ipcmk: option requires an argument -- 'M'\n" TRY_IPCMK },
		{ { "ipcmk", "-Q", "5" }, "minish: ipcmk: unknown argument: 5\n" TRY_IPCMK },
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *out, *err;
		int rc = run_cmd(ipcmk_main, &out, &err, (char **)cases[i].argv);
		if (rc != 1 || strcmp(out, "") != 0 || strcmp(err, cases[i].err) != 0)
			fail_msg("ipcmk %s: status %d, stdout '%s', stderr '%s'", cases[i].argv[1] ? cases[i].argv[1] : "",
				rc, out, err);
		free(out);
		free(err);
	}
}

static void version__util_linux_form(void **state)
{
	char *argv_rm[] = { "ipcrm", "-V", NULL }, *argv_mk[] = { "ipcmk", "--version", NULL };
	char *out, *err;
	(void)state;
	assert_int_equal(run_cmd(ipcrm_main, &out, &err, argv_rm), 0);
	assert_true(strncmp(out, "ipcrm from minish ", 18) == 0);
	free(out);
	free(err);
	assert_int_equal(run_cmd(ipcmk_main, &out, &err, argv_mk), 0);
	assert_true(strncmp(out, "ipcmk from minish ", 18) == 0);
	free(out);
	free(err);
}

/* Live POSIX objects: names unique to this process, removed by the teardown whatever happened. */
struct names {
	char shm[64], sem[64], mq[64];
};

static int names_setup(void **state)
{
	struct names *n = calloc(1, sizeof *n);
	if (!n)
		return -1;
	snprintf(n->shm, sizeof n->shm, "/minish-unit-%ld-shm", (long)getpid());
	snprintf(n->sem, sizeof n->sem, "/minish-unit-%ld-sem", (long)getpid());
	snprintf(n->mq, sizeof n->mq, "/minish-unit-%ld-mq", (long)getpid());
	*state = n;
	return 0;
}

static int names_teardown(void **state)
{
	struct names *n = *state;
	shm_unlink(n->shm);
	sem_unlink(n->sem);
	mq_unlink(n->mq);
	free(n);
	return 0;
}

static struct stat stat_of(const char *path)
{
	struct stat st = { 0 };
	assert_int_equal(stat(path, &st), 0);
	return st;
}

/* An existing name is an error naming it, status 1, the object as it was (O_EXCL). */
static void ipcmk_main__existing_posix_names__refused_untouched(void **state)
{
	struct names *n = *state;
	char path[96], semfile[96];
	char *mk_shm[] = { "ipcmk", "-m", "4096", "-n", n->shm, NULL };
	char *again_shm[] = { "ipcmk", "-m", "100", "-n", n->shm, NULL };
	char *mk_sem[] = { "ipcmk", "-s", "-p", "644", "-n", n->sem, NULL };
	char *again_sem[] = { "ipcmk", "-s", "-p", "600", "-n", n->sem + 1, NULL };
	char *mk_mq[] = { "ipcmk", "-q", "-n", n->mq, NULL };
	char *out, *err, want[256];
	snprintf(path, sizeof path, "/dev/shm%s", n->shm);
	snprintf(semfile, sizeof semfile, "/dev/shm/sem.%s", n->sem + 1);
	assert_int_equal(run_cmd(ipcmk_main, &out, &err, mk_shm), 0);
	snprintf(want, sizeof want, "POSIX shared memory name: %s\n", n->shm);
	assert_string_equal(out, want);
	free(out);
	free(err);
	assert_int_equal(run_cmd(ipcmk_main, &out, &err, again_shm), 1);
	assert_string_equal(out, "");
	snprintf(want, sizeof want, "minish: ipcmk: create POSIX shared memory failed: %s: File exists\n", n->shm);
	assert_string_equal(err, want);
	free(out);
	free(err);
	assert_int_equal(stat_of(path).st_size, 4096);

	assert_int_equal(run_cmd(ipcmk_main, &out, &err, mk_sem), 0);
	free(out);
	free(err);
	assert_int_equal(run_cmd(ipcmk_main, &out, &err, again_sem), 1);
	snprintf(want, sizeof want, "minish: ipcmk: create POSIX semaphore failed: %s: File exists\n", n->sem);
	assert_string_equal(err, want);
	free(out);
	free(err);
	assert_int_equal(stat_of(semfile).st_mode & 0777, 0644);

	assert_int_equal(run_cmd(ipcmk_main, &out, &err, mk_mq), 0);
	free(out);
	free(err);
	assert_int_equal(run_cmd(ipcmk_main, &out, &err, mk_mq), 1);
	snprintf(want, sizeof want, "minish: ipcmk: create POSIX message queue failed: %s: File exists\n", n->mq);
	assert_string_equal(err, want);
	free(out);
	free(err);
}

/* -p is the mode of the POSIX object whatever the umask (as for System V objects). */
static void ipcmk_main__posix_mode__exact_under_umask(void **state)
{
	struct names *n = *state;
	char path[96];
	char *mk[] = { "ipcmk", "-m", "1.5K", "-p", "666", "-n", n->shm, NULL };
	char *out, *err;
	mode_t old = umask(077);
	struct stat st;
	int rc = run_cmd(ipcmk_main, &out, &err, mk);
	mode_t now = umask(old);
	snprintf(path, sizeof path, "/dev/shm%s", n->shm);
	assert_int_equal(rc, 0);
	assert_string_equal(err, "");
	st = stat_of(path);
	assert_int_equal(st.st_mode & 0777, 0666);
	assert_int_equal(st.st_size, 1536);
	assert_int_equal(now, 077);  /* the shell's umask is back */
	free(out);
	free(err);
}

/* A queue of this test's own, removed by the teardown. */
static int queue_setup(void **state)
{
	int *id = malloc(sizeof *id);
	if (!id)
		return -1;
	*id = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
	*state = id;
	return *id < 0 ? -1 : 0;
}

static int queue_teardown(void **state)
{
	int *id = *state;
	if (*id >= 0)
		msgctl(*id, IPC_RMID, NULL);
	free(id);
	return 0;
}

/* Every argument is checked first: a bad one later in the line removes nothing (util-linux would
 * have removed the queue already). */
static void ipcrm_main__bad_later_argument__nothing_removed(void **state)
{
	int *id = *state;
	char idbuf[32];
	char *argv1[] = { "ipcrm", "-q", idbuf, "-m", "abc", NULL };
	char *argv2[] = { "ipcrm", "-q", idbuf, "-x", NULL };
	char *argv3[] = { "ipcrm", "-v", "-q", idbuf, NULL };
	char *out, *err, want[64];
	struct msqid_ds ds;
	snprintf(idbuf, sizeof idbuf, "%d", *id);
	assert_int_equal(run_cmd(ipcrm_main, &out, &err, argv1), 1);
	assert_string_equal(err, "minish: ipcrm: failed to parse argument: 'abc'\n");
	free(out);
	free(err);
	assert_int_equal(msgctl(*id, IPC_STAT, &ds), 0);
	assert_int_equal(run_cmd(ipcrm_main, &out, &err, argv2), 1);
	free(out);
	free(err);
	assert_int_equal(msgctl(*id, IPC_STAT, &ds), 0);
	assert_int_equal(run_cmd(ipcrm_main, &out, &err, argv3), 0);
	snprintf(want, sizeof want, "removing message queue id `%d'\n", *id);
	assert_string_equal(out, want);
	assert_string_equal(err, "");
	free(out);
	free(err);
	assert_int_equal(msgctl(*id, IPC_STAT, &ds), -1);
	assert_int_equal(errno, EINVAL);
	*id = -1;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ipc_num_s32__values__as_strtos32_or_err),
		cmocka_unit_test(ipc_num_size__suffixes_and_fractions),
		cmocka_unit_test(ipc_num_mode_and_key__ranges),
		cmocka_unit_test(ipcrm_main__bad_input__util_linux_messages),
		cmocka_unit_test(ipcmk_main__bad_input__util_linux_messages),
		cmocka_unit_test(version__util_linux_form),
		cmocka_unit_test_setup_teardown(ipcmk_main__existing_posix_names__refused_untouched, names_setup,
			names_teardown),
		cmocka_unit_test_setup_teardown(ipcmk_main__posix_mode__exact_under_umask, names_setup, names_teardown),
		cmocka_unit_test_setup_teardown(ipcrm_main__bad_later_argument__nothing_removed, queue_setup,
			queue_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
