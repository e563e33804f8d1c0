/* test_ipc_print.c - cmocka tests of the ipcs printers (util-linux formats, POSIX sections, JSON)
 * and of the ipcs command's options and errors on fixture data. Times are shown in UTC. */
#define _GNU_SOURCE  /* open_memstream's prototype is hidden by some headers otherwise */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <time.h>
#include <unistd.h>

#include "../../builtins/ipc.h"
#include "../../builtins/ipc_print.h"

#define FIXTURES "tests/unit/fixtures/ipc"

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

/* Closes the stream and returns the text (freed by the caller). */
static char *cap_close(struct capture *c)
{
	fclose(c->f);
	return c->buf;
}

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	char *buf;
	long n;
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = calloc(1, (size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	return buf;
}

/* Runs ipcs on the fixture /proc with argv (NULL-terminated), capturing out and err. */
static int run_ipcs(char **out, char **err, ...)
{
	struct ipc_source src = { .proc = FIXTURES "/proc", .dev_shm = FIXTURES "/none-shm",
		.dev_mqueue = FIXTURES "/none-mqueue", .live = false };
	char *argv[16] = { "ipcs" };
	int argc = 1, rc;
	struct capture o, e;
	va_list ap;
	va_start(ap, err);
	while (argc < 15 && (argv[argc] = va_arg(ap, char *)))
		argc++;
	va_end(ap);
	argv[argc] = NULL;
	cap_open(&o);
	cap_open(&e);
	rc = ipcs_main(&src, o.f, e.f, argc, argv);
	*out = cap_close(&o);
	*err = cap_close(&e);
	return rc;
}

/* ipcs ARGS on the fixture prints exactly expected/NAME.out, nothing on stderr, status 0. */
static void golden(const char *name, char *a1, char *a2, char *a3, char *a4)
{
	char path[256], *out, *err, *want;
	snprintf(path, sizeof path, FIXTURES "/expected/%s.out", name);
	want = slurp(path);
	assert_int_equal(run_ipcs(&out, &err, a1, a2, a3, a4, (char *)NULL), 0);
	assert_string_equal(out, want);
	assert_string_equal(err, "");
	free(out);
	free(err);
	free(want);
}

static void ipcs_main__fixture_listings__match_golden_files(void **state)
{
	(void)state;
	golden("sysv", "--sysv", NULL, NULL, NULL);
	golden("sysv-t", "--sysv", "-t", NULL, NULL);
	golden("sysv-p", "--sysv", "-p", NULL, NULL);
	golden("sysv-c", "--sysv", "-c", NULL, NULL);
	golden("sysv-human", "--sysv", "--human", NULL, NULL);
}

static void ipcs_main__fixture_limits_and_summary__match_golden_files(void **state)
{
	(void)state;
	golden("sysv-l", "--sysv", "-l", NULL, NULL);
	golden("sysv-b-l", "--sysv", "-l", "-b", NULL);
	golden("sysv-human-l", "--sysv", "-l", "--human", NULL);
	golden("sysv-u", "--sysv", "-u", NULL, NULL);
}

static void ipcs_main__fixture_details__match_golden_files(void **state)
{
	(void)state;
	golden("shm-i-5", "-m", "-i", "5", NULL);  /* util-linux's bytes */
	golden("shm-i-5-p", "-m", "-i", "5", "-p");  /* and the attached pids, with -p */
	golden("msg-i-32769", "-q", "-i", "32769", NULL);
	golden("sem-i-3", "-s", "-i", "3", NULL);
}

static void ipcs_main__fixture_json__matches_golden_files(void **state)
{
	(void)state;
	golden("json-sysv", "-J", "--sysv", NULL, NULL);
	golden("json-limits", "--json", "-l", "--sysv", NULL);
}

/* util-linux reports a missing id on stderr and still exits 0. */
static void ipcs_main__missing_id__message_and_status_0(void **state)
{
	char *out, *err;
	(void)state;
	assert_int_equal(run_ipcs(&out, &err, "-m", "-i", "99", (char *)NULL), 0);
	assert_string_equal(out, "");
	assert_string_equal(err, "minish: ipcs: id 99 not found\n");
	free(out);
	free(err);
}

static void ipcs_main__id_with_two_kinds__error_status_1(void **state)
{
	char *out, *err;
	(void)state;
	assert_int_equal(run_ipcs(&out, &err, "-i", "5", (char *)NULL), 1);
	assert_string_equal(err, "minish: ipcs: when using an ID, a single resource must be specified\n");
	free(out);
	free(err);
	assert_int_equal(run_ipcs(&out, &err, "-i", "abc", "-m", (char *)NULL), 1);
	assert_string_equal(err, "minish: ipcs: failed to parse id argument: 'abc'\n");
	free(out);
	free(err);
}

static void ipcs_main__bad_options__usage_on_stderr_status_1(void **state)
{
	static const struct { char *arg; const char *err; } cases[] = {
		{ "-x", "minish: ipcs: invalid option -- 'x'\n" },
		{ "--bogus", "minish: ipcs: unrecognized option '--bogus'\n" },
		{ "-i", "minish: ipcs: option requires an argument -- 'i'\n" },
		{ "--id", "minish: ipcs: option '--id' requires an argument\n" },
		{ "--queues=2", "minish: ipcs: option '--queues' doesn't allow an argument\n" },
	};
	char *out, *err, want[128];
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		assert_int_equal(run_ipcs(&out, &err, cases[i].arg, (char *)NULL), 1);
		assert_string_equal(out, "");
		snprintf(want, sizeof want, "%sTry 'ipcs --help' for more information.\n", cases[i].err);
		assert_string_equal(err, want);
		free(out);
		free(err);
	}
}

static void ipcs_main__second_call__getopt_state_reset(void **state)
{
	char *out, *err;
	(void)state;
	assert_int_equal(run_ipcs(&out, &err, "-q", "-x", (char *)NULL), 1);
	free(out);
	free(err);
	/* a stale optind would skip "-m" here and print every section */
	assert_int_equal(run_ipcs(&out, &err, "-m", "--sysv", (char *)NULL), 0);
	assert_non_null(strstr(out, "Shared Memory Segments"));
	assert_null(strstr(out, "Message Queues"));
	free(out);
	free(err);
}

static void ipcs_main__help__stdout_status_0(void **state)
{
	char *out, *err;
	(void)state;
	assert_int_equal(run_ipcs(&out, &err, "--help", (char *)NULL), 0);
	assert_true(strncmp(out, "\nUsage:\n ipcs ", 14) == 0);
	assert_string_equal(err, "");
	free(out);
	free(err);
}

/* --posix asks for the queues: a view that cannot see them fails and says how to mount them. */
static void ipcs_main__posix_unmounted_mqueue__status_1_with_mount_command(void **state)
{
	char *out, *err;
	(void)state;
	assert_int_equal(run_ipcs(&out, &err, "--posix", "-q", (char *)NULL), 1);
	assert_string_equal(out, "\n");
	assert_string_equal(err, "minish: ipcs: cannot list POSIX message queues: " FIXTURES "/none-mqueue is not "
		"mounted; mount it with: mount -t mqueue none " FIXTURES "/none-mqueue\n");
	free(out);
	free(err);
	assert_int_equal(run_ipcs(&out, &err, "--posix", "-q", "-J", (char *)NULL), 1);
	assert_string_equal(out, "{\n}\n");
	free(out);
	free(err);
}

/* Without --posix, kinds that cannot be seen (or have no objects) are left out: util-linux's output. */
static void ipcs_main__no_family_no_posix_objects__util_linux_output_only(void **state)
{
	char *out, *err, *want = slurp(FIXTURES "/expected/sysv.out");
	(void)state;
	assert_int_equal(run_ipcs(&out, &err, (char *)NULL), 0);
	assert_string_equal(out, want);
	assert_string_equal(err, "");
	free(out);
	free(err);
	free(want);
}

static void ipc_human_size__values__as_util_linux(void **state)
{
	static const struct { uint64_t n; const char *s; } cases[] = {
		{ 0, "0B" }, { 100, "100B" }, { 1023, "1023B" }, { 1024, "1K" }, { 1075, "1K" },
		{ 1100, "1.1K" }, { 1536, "1.5K" }, { 10000, "9.8K" }, { 2047, "2K" }, { 12345678, "11.8M" },
		{ UINT64_C(1) << 30, "1G" }, { UINT64_MAX, "16E" },
	};
	char buf[32];
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		ipc_human_size(buf, cases[i].n);
		assert_string_equal(buf, cases[i].s);
	}
}

static void ipc_print_size__units__labels_and_widths(void **state)
{
	struct capture c;
	char *s;
	(void)state;
	cap_open(&c);
	ipc_print_size(c.f, IPC_UNIT_BYTES, "max", 2048, "|", 0);
	ipc_print_size(c.f, IPC_UNIT_KB, "max", 2048, "|", 0);
	ipc_print_size(c.f, IPC_UNIT_HUMAN, "max", 2048, "|", 0);
	ipc_print_size(c.f, IPC_UNIT_DEFAULT, "max", 2048, "|", 0);
	ipc_print_size(c.f, IPC_UNIT_HUMAN, "size=", 2048, "|", 0);
	ipc_print_size(c.f, IPC_UNIT_BYTES, NULL, 7, "|", -5);
	ipc_print_size(c.f, IPC_UNIT_HUMAN, NULL, 7, "|", 6);
	s = cap_close(&c);
	assert_string_equal(s, "max (bytes) = 2048|max (kbytes) = 2|max = 2K|max = 2048|size=2K|7    |    7B|");
	free(s);
}

static void ipc_print_limits__unreadable__util_linux_messages(void **state)
{
	struct capture c;
	char *s;
	(void)state;
	cap_open(&c);
	ipc_print_limits(c.f, IPC_KIND_MSG, IPC_UNIT_DEFAULT, NULL);
	ipc_print_limits(c.f, IPC_KIND_SHM, IPC_UNIT_DEFAULT, NULL);
	ipc_print_limits(c.f, IPC_KIND_SEM, IPC_UNIT_DEFAULT, NULL);
	ipc_print_status(c.f, IPC_KIND_MSG, IPC_UNIT_DEFAULT, NULL);
	ipc_print_status(c.f, IPC_KIND_SHM, IPC_UNIT_DEFAULT, NULL);
	ipc_print_status(c.f, IPC_KIND_SEM, IPC_UNIT_DEFAULT, NULL);
	s = cap_close(&c);
	assert_string_equal(s, "unable to fetch message limits\nunable to fetch shared memory limits\n"
		"unable to fetch semaphore limits\nkernel not configured for message queues\n"
		"kernel not configured for shared memory\nkernel not configured for semaphores\n");
	free(s);
}

static void ipc_print_status__units__used_space_forms(void **state)
{
	struct ipc_status st = { .msg_queues = 1, .msg_headers = 3, .msg_bytes = 2048 };
	struct capture c;
	char *s;
	(void)state;
	cap_open(&c);
	ipc_print_status(c.f, IPC_KIND_MSG, IPC_UNIT_DEFAULT, &st);
	ipc_print_status(c.f, IPC_KIND_MSG, IPC_UNIT_BYTES, &st);
	ipc_print_status(c.f, IPC_KIND_MSG, IPC_UNIT_HUMAN, &st);
	s = cap_close(&c);
	assert_string_equal(s,
		"------ Messages Status --------\nallocated queues = 1\nused headers = 3\nused space = 2048 bytes\n"
		"------ Messages Status --------\nallocated queues = 1\nused headers = 3\nused space (bytes) = 2048\n"
		"------ Messages Status --------\nallocated queues = 1\nused headers = 3\nused space = 2K\n");
	free(s);
}

static void ipc_print_shm_detail__attached_pids__extra_line_before_blank(void **state)
{
	struct ipc_shm shm = { .perm = { .id = 3, .mode = 0600 }, .segsz = 10, .nattch = 2, .ctime = 0 };
	pid_t pids[] = { 10, 20 };
	struct capture c;
	char *s;
	(void)state;
	cap_open(&c);
	ipc_print_shm_detail(c.f, IPC_UNIT_DEFAULT, &shm, pids, 2);
	s = cap_close(&c);
	assert_string_equal(s, "\nShared memory Segment shmid=3\nuid=0\tgid=0\tcuid=0\tcgid=0\n"
		"mode=0600\taccess_perms=0600\nbytes=10\tlpid=0\tcpid=0\tnattch=2\n"
		"att_time=Not set                   \ndet_time=Not set                   \n"
		"change_time=Thu Jan  1 00:00:00 1970  \nattached_pids=10 20\n\n");
	free(s);
}

static void ipc_print_sem_detail__values__one_row_each(void **state)
{
	struct ipc_sem sem = { .perm = { .id = 4, .mode = 0640, .uid = 1, .gid = 2, .cuid = 3, .cgid = 4 },
		.nsems = 2, .otime = 0, .ctime = 86400 };
	struct ipc_semval vals[] = { { 1, 2, 3, 44 }, { 0, 0, 0, 0 } };
	struct capture c;
	char *s;
	(void)state;
	cap_open(&c);
	ipc_print_sem_detail(c.f, &sem, vals);
	s = cap_close(&c);
	assert_string_equal(s, "\nSemaphore Array semid=4\nuid=1\t gid=2\t cuid=3\t cgid=4\n"
		"mode=0640, access_perms=0640\nnsems = 2\notime = Not set                   \n"
		"ctime = Fri Jan  2 00:00:00 1970  \n"
		"semnum     value      ncount     zcount     pid       \n"
		"0          1          2          3          44        \n"
		"1          0          0          0          0         \n\n");
	free(s);
}

/* A POSIX list of two objects: one fully known, one with unknown size and count. */
static struct ipc_posix_list posix_list(struct ipc_posix *v)
{
	v[0] = (struct ipc_posix){ .name = "/a", .uid = 0, .gid = 0, .mode = 0644, .mtime = 86400 * 365,
		.dev = 5, .ino = 11, .has_size = true, .size = 2048, .allocated = 4096, .has_count = true, .count = 3 };
	v[1] = (struct ipc_posix){ .name = "/new\nline", .uid = 54321, .gid = 54322, .mode = 0600, .mtime = 0,
		.dev = 5, .ino = 12 };
	return (struct ipc_posix_list){ .v = v, .n = 2 };
}

static void ipc_print_posix__default__rows_and_unknowns(void **state)
{
	struct ipc_names names = { 0 };
	struct ipc_posix v[2];
	struct ipc_posix_list l = posix_list(v);
	struct capture c;
	char *s;
	(void)state;
	cap_open(&c);
	for (int k = 0; k < 3; k++) {
		ipc_print_posix_header(c.f, (enum ipc_kind)k, IPC_FMT_DEFAULT, IPC_UNIT_DEFAULT);
		ipc_print_posix(c.f, &names, (enum ipc_kind)k, IPC_FMT_DEFAULT, IPC_UNIT_DEFAULT, &l, NULL);
	}
	s = cap_close(&c);
	assert_string_equal(s,
		"------ POSIX Message Queues --------\n"
		"name                  owner      perms      used-bytes   messages    \n"
		"/a                    root       644        2048         3           \n"
		"/new?line             54321      600        -            -           \n"
		"------ POSIX Shared Memory --------\n"
		"name                  owner      perms      bytes     \n"
		"/a                    root       644        2048      \n"
		"/new?line             54321      600        -         \n"
		"------ POSIX Semaphores --------\n"
		"name                  owner      perms      value     \n"
		"/a                    root       644        3         \n"
		"/new?line             54321      600        -         \n");
	free(s);
	ipc_names_free(&names);
}

static void ipc_print_posix__time_creator_pid_formats(void **state)
{
	struct ipc_names names = { 0 };
	struct ipc_posix v[2];
	struct ipc_posix_list l = posix_list(v);
	struct ipc_mapping m[] = { { .pid = 7, .shmid = -1, .dev = 5, .ino = 11 },
		{ .pid = 9, .shmid = -1, .dev = 5, .ino = 11 }, { .pid = 8, .shmid = 11 },
		{ .pid = 6, .shmid = -1, .dev = 4, .ino = 11 } };
	struct ipc_mapping_list maps = { .v = m, .n = 4 };
	struct capture c;
	char *s;
	(void)state;
	cap_open(&c);
	ipc_print_posix_header(c.f, IPC_KIND_SHM, IPC_FMT_TIME, IPC_UNIT_DEFAULT);
	ipc_print_posix(c.f, &names, IPC_KIND_SHM, IPC_FMT_TIME, IPC_UNIT_DEFAULT, &l, NULL);
	ipc_print_posix_header(c.f, IPC_KIND_SEM, IPC_FMT_CREATOR, IPC_UNIT_DEFAULT);
	ipc_print_posix(c.f, &names, IPC_KIND_SEM, IPC_FMT_CREATOR, IPC_UNIT_DEFAULT, &l, NULL);
	ipc_print_posix_header(c.f, IPC_KIND_SHM, IPC_FMT_PID, IPC_UNIT_DEFAULT);
	ipc_print_posix(c.f, &names, IPC_KIND_SHM, IPC_FMT_PID, IPC_UNIT_DEFAULT, &l, &maps);
	ipc_print_posix_header(c.f, IPC_KIND_MSG, IPC_FMT_PID, IPC_UNIT_DEFAULT);
	ipc_print_posix(c.f, &names, IPC_KIND_MSG, IPC_FMT_PID, IPC_UNIT_DEFAULT, &l, &maps);
	s = cap_close(&c);
	assert_string_equal(s,
		"------ POSIX Shared Memory Change Times --------\n"
		"name                  owner      changed             \n"
		"/a                    root       Jan  1 00:00:00     \n"
		"/new?line             54321      Not set             \n"
		"------ POSIX Semaphores Creators/Owners --------\n"
		"name                  perms      uid        gid       \n"
		"/a                    644        root       root      \n"
		"/new?line             600        54321      54322     \n"
		"------ POSIX Shared Memory PIDs --------\n"
		"name                  owner      pids\n"
		"/a                    root       7 9\n"
		"/new?line             54321      -\n"
		"------ POSIX Message Queues PIDs --------\n"
		"name                  owner      pids\n"
		"/a                    root       7 9\n"
		"/new?line             54321      -\n");
	free(s);
	ipc_names_free(&names);
}

static void ipc_print_posix__human_limits_status(void **state)
{
	struct ipc_names names = { 0 };
	struct ipc_posix v[2];
	struct ipc_posix_list l = posix_list(v);
	struct ipc_limits lim = { .mq_queues_max = 256, .mq_msg_max = 10, .mq_msgsize_max = 8192,
		.mq_msg_default = 5, .mq_msgsize_default = 1024, .pshm_bytes = 1048576, .psem_value_max = 99 };
	struct capture c;
	char *s;
	(void)state;
	cap_open(&c);
	ipc_print_posix(c.f, &names, IPC_KIND_MSG, IPC_FMT_DEFAULT, IPC_UNIT_HUMAN, &l, NULL);
	for (int k = 0; k < 3; k++)
		ipc_print_posix_limits(c.f, (enum ipc_kind)k, IPC_UNIT_DEFAULT, &lim);
	for (int k = 0; k < 3; k++)
		ipc_print_posix_status(c.f, (enum ipc_kind)k, IPC_UNIT_DEFAULT, &l);
	s = cap_close(&c);
	assert_string_equal(s,
		"/a                    root       644            2K       3           \n"
		"/new?line             54321      600             -       -           \n"
		"------ POSIX Message Queue Limits --------\nmax queues system wide = 256\n"
		"max messages per queue = 10\nmax size of message (bytes) = 8192\n"
		"default messages per queue = 5\ndefault size of message (bytes) = 1024\n"
		"------ POSIX Shared Memory Limits --------\nmax total shared memory (kbytes) = 1024\n"
		"------ POSIX Semaphore Limits --------\nsemaphore max value = 99\n"
		"------ POSIX Message Queues Status --------\nallocated queues = 2\nqueued messages = 3\n"
		"used space = 2048 bytes\n"
		"------ POSIX Shared Memory Status --------\nsegments allocated = 2\n"
		"used space = 4096 bytes (allocated blocks)\nnominal size = 2048 bytes\n"
		"------ POSIX Semaphores Status --------\nallocated semaphores = 2\n");
	free(s);
	ipc_names_free(&names);
}

static void ipc_json_posix__escapes_nulls_and_pids(void **state)
{
	struct ipc_names names = { 0 };
	struct ipc_posix v[2];
	struct ipc_posix_list l = posix_list(v);
	struct ipc_mapping m[] = { { .pid = 7, .shmid = -1, .dev = 5, .ino = 11 } };
	struct ipc_mapping_list maps = { .v = m, .n = 1 };
	struct ipc_json j;
	struct capture c;
	char *s;
	(void)state;
	v[0].name = "/q\"\\";
	cap_open(&c);
	ipc_json_begin(&j, c.f, &names);
	ipc_json_posix(&j, IPC_KIND_MSG, &l, NULL);
	ipc_json_posix(&j, IPC_KIND_SEM, &l, &maps);
	ipc_json_end(&j);
	s = cap_close(&c);
	assert_string_equal(s, "{\n"
		"   \"posix-messages\": [\n"
		"      {\"name\": \"/q\\\"\\\\\", \"perms\": \"rw-r--r--\", \"owner\": \"root\", \"cuid\": 0, "
		"\"cuser\": \"root\", \"cgid\": 0, \"cgroup\": \"root\", \"mtime\": \"1971-01-01T00:00:00+0000\", "
		"\"usedbytes\": 2048, \"msgs\": 3},\n"
		"      {\"name\": \"/new\\u000aline\", \"perms\": \"rw-------\", \"owner\": \"54321\", \"cuid\": 54321, "
		"\"cuser\": null, \"cgid\": 54322, \"cgroup\": null, \"mtime\": null, \"usedbytes\": null, \"msgs\": null}\n"
		"   ],\n"
		"   \"posix-semaphores\": [\n"
		"      {\"name\": \"/q\\\"\\\\\", \"perms\": \"rw-r--r--\", \"owner\": \"root\", \"cuid\": 0, "
		"\"cuser\": \"root\", \"cgid\": 0, \"cgroup\": \"root\", \"mtime\": \"1971-01-01T00:00:00+0000\", "
		"\"sval\": 3, \"pids\": [7]},\n"
		"      {\"name\": \"/new\\u000aline\", \"perms\": \"rw-------\", \"owner\": \"54321\", \"cuid\": 54321, "
		"\"cuser\": null, \"cgid\": 54322, \"cgroup\": null, \"mtime\": null, \"sval\": null, \"pids\": []}\n"
		"   ]\n}\n");
	free(s);
	ipc_names_free(&names);
}

static void ipc_json__nothing__empty_object(void **state)
{
	struct ipc_names names = { 0 };
	struct ipc_json j;
	struct capture c;
	char *s;
	(void)state;
	cap_open(&c);
	ipc_json_begin(&j, c.f, &names);
	ipc_json_msgs(&j, &(struct ipc_msg_list){ 0 });
	ipc_json_end(&j);
	s = cap_close(&c);
	assert_string_equal(s, "{\n   \"messages\": []\n}\n");
	free(s);
}

static int utc(void **state)
{
	(void)state;
	setenv("TZ", "UTC", 1);
	tzset();
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ipcs_main__fixture_listings__match_golden_files),
		cmocka_unit_test(ipcs_main__fixture_limits_and_summary__match_golden_files),
		cmocka_unit_test(ipcs_main__fixture_details__match_golden_files),
		cmocka_unit_test(ipcs_main__fixture_json__matches_golden_files),
		cmocka_unit_test(ipcs_main__missing_id__message_and_status_0),
		cmocka_unit_test(ipcs_main__id_with_two_kinds__error_status_1),
		cmocka_unit_test(ipcs_main__bad_options__usage_on_stderr_status_1),
		cmocka_unit_test(ipcs_main__second_call__getopt_state_reset),
		cmocka_unit_test(ipcs_main__help__stdout_status_0),
		cmocka_unit_test(ipcs_main__posix_unmounted_mqueue__status_1_with_mount_command),
		cmocka_unit_test(ipcs_main__no_family_no_posix_objects__util_linux_output_only),
		cmocka_unit_test(ipc_human_size__values__as_util_linux),
		cmocka_unit_test(ipc_print_size__units__labels_and_widths),
		cmocka_unit_test(ipc_print_limits__unreadable__util_linux_messages),
		cmocka_unit_test(ipc_print_status__units__used_space_forms),
		cmocka_unit_test(ipc_print_shm_detail__attached_pids__extra_line_before_blank),
		cmocka_unit_test(ipc_print_sem_detail__values__one_row_each),
		cmocka_unit_test(ipc_print_posix__default__rows_and_unknowns),
		cmocka_unit_test(ipc_print_posix__time_creator_pid_formats),
		cmocka_unit_test(ipc_print_posix__human_limits_status),
		cmocka_unit_test(ipc_json_posix__escapes_nulls_and_pids),
		cmocka_unit_test(ipc_json__nothing__empty_object),
	};
	return cmocka_run_group_tests(tests, utc, NULL);
}
