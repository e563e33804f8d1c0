/* test_ipc_collect.c - cmocka tests of the IPC data layer on fixture files (and a few live objects). */
#define _GNU_SOURCE  /* mkdtemp, futimens and makedev-style helpers for building fixtures */
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
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "../../builtins/ipc_collect.h"

#define FIXTURES "tests/unit/fixtures/ipc"

/* The fixture source: /proc from the repository, POSIX directories that do not exist. */
static struct ipc_source fixture(void)
{
	return (struct ipc_source){ .proc = FIXTURES "/proc", .dev_shm = FIXTURES "/none-shm",
		.dev_mqueue = FIXTURES "/none-mqueue", .live = false };
}

static void ipc_msg_collect__fixture__reads_every_field(void **state)
{
	struct ipc_source src = fixture();
	struct ipc_msg_list l = { 0 };
	(void)state;
	assert_int_equal(ipc_msg_collect(&src, &l), 0);
	assert_int_equal(l.n, 2);
	assert_int_equal(l.v[0].perm.key, 0);
	assert_int_equal(l.v[0].perm.id, 2);
	assert_int_equal(l.v[0].perm.mode, 0644);
	assert_int_equal(l.v[0].cbytes, 200);
	assert_int_equal(l.v[0].qnum, 2);
	assert_int_equal(l.v[0].lspid, 17628);
	assert_int_equal(l.v[0].lrpid, 17629);
	assert_int_equal(l.v[0].stime, 1795274253);
	assert_int_equal(l.v[0].rtime, 1795274254);
	assert_int_equal(l.v[0].ctime, 1795274255);
	assert_int_equal(l.v[0].qbytes, 0);
	assert_int_equal(l.v[1].perm.key, -1294806173);
	assert_int_equal(l.v[1].perm.id, 32769);
	assert_int_equal(l.v[1].perm.mode, 0600);
	assert_int_equal(l.v[1].perm.uid, 54321);
	assert_int_equal(l.v[1].perm.gid, 54322);
	assert_int_equal(l.v[1].perm.cuid, 54323);
	assert_int_equal(l.v[1].perm.cgid, 54324);
	assert_int_equal(l.v[1].stime, 0);
	assert_int_equal(l.v[1].ctime, 1700000000);
	ipc_msg_list_free(&l);
	assert_null(l.v);
	assert_int_equal(l.n, 0);
}

static void ipc_shm_collect__fixture__reads_every_field(void **state)
{
	struct ipc_source src = fixture();
	struct ipc_shm_list l = { 0 };
	(void)state;
	assert_int_equal(ipc_shm_collect(&src, &l), 0);
	assert_int_equal(l.n, 3);
	assert_int_equal(l.v[0].perm.key, 4660);
	assert_int_equal(l.v[0].perm.id, 5);
	assert_int_equal(l.v[0].perm.mode, 0644);
	assert_int_equal(l.v[0].segsz, 12345678);
	assert_int_equal(l.v[0].cpid, 17632);
	assert_int_equal(l.v[0].lpid, 17633);
	assert_int_equal(l.v[0].nattch, 2);
	assert_int_equal(l.v[0].atime, 1795274253);
	assert_int_equal(l.v[0].dtime, 1795274254);
	assert_int_equal(l.v[0].ctime, 1795274255);
	assert_int_equal(l.v[0].rss, 8192);
	assert_int_equal(l.v[0].swap, 4096);
	assert_int_equal(l.v[1].perm.mode, 01640);
	assert_int_equal(l.v[1].perm.uid, 54321);
	assert_int_equal(l.v[1].perm.gid, 54322);
	assert_int_equal(l.v[1].perm.cuid, 54323);
	assert_int_equal(l.v[1].perm.cgid, 54324);
	assert_int_equal(l.v[2].perm.key, 255);
	assert_int_equal(l.v[2].perm.mode, 02600);
	assert_int_equal(l.v[2].segsz, 1);
	assert_int_equal(l.v[2].rss, 0);  /* older kernels: no rss and swap columns */
	assert_int_equal(l.v[2].swap, 0);
	ipc_shm_list_free(&l);
}

static void ipc_sem_collect__fixture__reads_every_field_and_skips_short_rows(void **state)
{
	struct ipc_source src = fixture();
	struct ipc_sem_list l = { 0 };
	(void)state;
	assert_int_equal(ipc_sem_collect(&src, &l), 0);
	assert_int_equal(l.n, 2);
	assert_int_equal(l.v[0].perm.key, 77);
	assert_int_equal(l.v[0].perm.id, 3);
	assert_int_equal(l.v[0].perm.mode, 0644);
	assert_int_equal(l.v[0].nsems, 4);
	assert_int_equal(l.v[0].otime, 1795274253);
	assert_int_equal(l.v[0].ctime, 1795274254);
	assert_int_equal(l.v[1].perm.key, 2147483647);
	assert_int_equal(l.v[1].perm.uid, 54321);
	assert_int_equal(l.v[1].perm.gid, 54322);
	assert_int_equal(l.v[1].perm.cuid, 54323);
	assert_int_equal(l.v[1].perm.cgid, 54324);
	assert_int_equal(l.v[1].otime, 0);
	ipc_sem_list_free(&l);
}

static void ipc_msg_collect__no_proc_not_live__fails_with_errno(void **state)
{
	struct ipc_source src = fixture();
	struct ipc_msg_list l = { 0 };
	(void)state;
	src.proc = FIXTURES "/no-such-proc";
	errno = 0;
	assert_int_equal(ipc_msg_collect(&src, &l), -1);
	assert_int_equal(errno, ENOENT);
	assert_int_equal(l.n, 0);
}

static void ipc_get__by_id__found_or_not(void **state)
{
	struct ipc_source src = fixture();
	struct ipc_msg m;
	struct ipc_shm s;
	struct ipc_sem e;
	(void)state;
	assert_int_equal(ipc_msg_get(&src, 32769, &m), 1);
	assert_int_equal(m.perm.uid, 54321);
	assert_int_equal(ipc_msg_get(&src, 3, &m), 0);
	assert_int_equal(ipc_shm_get(&src, 7, &s), 1);
	assert_int_equal(s.perm.key, 255);
	assert_int_equal(ipc_shm_get(&src, 8, &s), 0);
	assert_int_equal(ipc_sem_get(&src, 9, &e), 1);
	assert_int_equal(e.nsems, 1);
	assert_int_equal(ipc_sem_get(&src, 10, &e), 0);  /* its row is malformed */
}

static void ipc_limits__fixture__reads_proc_sys(void **state)
{
	struct ipc_source src = fixture();
	struct ipc_limits lim = { 0 };
	(void)state;
	assert_int_equal(ipc_msg_limits(&src, &lim), 0);
	assert_int_equal(lim.msgmni, 32000);
	assert_int_equal(lim.msgmax, 8192);
	assert_int_equal(lim.msgmnb, 16384);
	assert_int_equal(ipc_shm_limits(&src, &lim), 0);
	assert_true(lim.shmmax == UINT64_C(18446744073692774399));
	assert_true(lim.shmall == UINT64_C(18446744073692774399));
	assert_int_equal(lim.shmmni, 4096);
	assert_int_equal(lim.shmmin, 1);
	assert_int_equal(ipc_sem_limits(&src, &lim), 0);
	assert_int_equal(lim.semmsl, 32000);
	assert_int_equal(lim.semmns, 1024000000);
	assert_int_equal(lim.semopm, 500);
	assert_int_equal(lim.semmni, 32000);
	assert_int_equal(lim.semvmx, 32767);
	ipc_posix_limits(&src, &lim);
	assert_int_equal(lim.mq_queues_max, 256);
	assert_int_equal(lim.mq_msg_max, 10);
	assert_int_equal(lim.mq_msgsize_max, 8192);
	assert_int_equal(lim.mq_msg_default, 10);
	assert_int_equal(lim.mq_msgsize_default, 8192);
	assert_int_equal(lim.pshm_bytes, 0);  /* no dev_shm */
	assert_true(lim.psem_value_max >= 32767);
}

static void ipc_limits__no_files_not_live__fail(void **state)
{
	struct ipc_source src = fixture();
	struct ipc_limits lim = { 0 };
	(void)state;
	src.proc = FIXTURES "/no-such-proc";
	assert_int_equal(ipc_msg_limits(&src, &lim), -1);
	assert_int_equal(ipc_shm_limits(&src, &lim), -1);
	assert_int_equal(ipc_sem_limits(&src, &lim), -1);
}

static void ipc_status_read__not_live__computed_from_proc(void **state)
{
	struct ipc_source src = fixture();
	struct ipc_status st = { 0 };
	uint64_t pg = (uint64_t)sysconf(_SC_PAGESIZE);
	(void)state;
	assert_int_equal(ipc_status_read(&src, IPC_KIND_MSG, &st), 0);
	assert_int_equal(st.msg_queues, 2);
	assert_int_equal(st.msg_headers, 2);
	assert_int_equal(st.msg_bytes, 200);
	assert_int_equal(ipc_status_read(&src, IPC_KIND_SHM, &st), 0);
	assert_int_equal(st.shm_segments, 3);
	assert_int_equal(st.shm_pages, (12345678 + pg - 1) / pg + (5000 + pg - 1) / pg + 1);
	assert_int_equal(st.shm_resident, 8192 / pg);
	assert_int_equal(st.shm_swapped, 4096 / pg);
	assert_int_equal(ipc_status_read(&src, IPC_KIND_SEM, &st), 0);
	assert_int_equal(st.sem_arrays, 2);
	assert_int_equal(st.sem_sems, 5);
}

static void ipc_mappings_scan__sysv_fixture__one_entry_per_pid_and_segment(void **state)
{
	struct ipc_source src = fixture();
	struct ipc_mapping_list l = { 0 };
	(void)state;
	assert_int_equal(ipc_mappings_scan(&src, false, &l), 0);
	assert_int_equal(l.n, 3);
	assert_int_equal(l.v[0].pid, 4242);
	assert_int_equal(l.v[1].pid, 4242);
	assert_int_equal(l.v[0].shmid + l.v[1].shmid, 5 + 6);
	assert_int_equal(l.v[2].pid, 4343);
	assert_int_equal(l.v[2].shmid, 5);
	ipc_mapping_list_free(&l);
	assert_int_equal(l.n, 0);
}

/* A temporary tree with shm/, mqueue/ and proc/ directories, built fresh for each POSIX test. */
struct tree {
	char root[64], shm[96], mq[96], proc[96];
};

static void write_file(const char *dir, const char *name, const void *data, size_t len, mode_t mode)
{
	char path[256];
	int fd;
	snprintf(path, sizeof path, "%s/%s", dir, name);
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, data, len), (ssize_t)len);
	assert_int_equal(fchmod(fd, mode), 0);
	assert_int_equal(futimens(fd, (struct timespec[]){ { 1700000000, 0 }, { 1700000000, 0 } }), 0);
	close(fd);
}

static int tree_setup(void **state)
{
	struct tree *t = calloc(1, sizeof *t);
	char big[1000] = { 0 }, sub[128];
	sem_t sem;
	if (!t)
		return -1;
	*state = t;
	snprintf(t->root, sizeof t->root, "/tmp/minish-ipc-test-XXXXXX");
	if (!mkdtemp(t->root))
		return -1;
	snprintf(t->shm, sizeof t->shm, "%s/shm", t->root);
	snprintf(t->mq, sizeof t->mq, "%s/mqueue", t->root);
	snprintf(t->proc, sizeof t->proc, "%s/proc", t->root);
	snprintf(sub, sizeof sub, "%s/dir", t->shm);
	if (mkdir(t->shm, 0700) < 0 || mkdir(t->mq, 0700) < 0 || mkdir(t->proc, 0700) < 0 || mkdir(sub, 0700) < 0)
		return -1;
	write_file(t->shm, "data", big, sizeof big, 0640);
	sem_init(&sem, 1, 3);
	write_file(t->shm, "sem.lock", &sem, sizeof sem, 0600);
	write_file(t->shm, "sem.", &sem, sizeof sem, 0600);
	write_file(t->mq, "q1", "QSIZE:129        NOTIFY:0     SIGNO:0     NOTIFY_PID:0     \n", 60, 0644);
	write_file(t->mq, "bad", "garbage\n", 8, 0600);
	return 0;
}

static int tree_teardown(void **state)
{
	struct tree *t = *state;
	char cmd[128];
	int rc = 0;
	if (t && t->root[0]) {
		snprintf(cmd, sizeof cmd, "rm -rf '%s'", t->root);
		rc = system(cmd) == 0 ? 0 : -1;
	}
	free(t);
	return rc;
}

static struct ipc_source tree_source(const struct tree *t)
{
	return (struct ipc_source){ .proc = t->proc, .dev_shm = t->shm, .dev_mqueue = t->mq, .live = false };
}

static void ipc_posix_collect__shm_tree__regular_files_not_semaphores(void **state)
{
	struct tree *t = *state;
	struct ipc_source src = tree_source(t);
	struct ipc_posix_list l = { 0 };
	assert_int_equal(ipc_posix_collect(&src, IPC_KIND_SHM, &l), 0);
	assert_int_equal(l.n, 1);
	assert_string_equal(l.v[0].name, "/data");
	assert_int_equal(l.v[0].uid, getuid());
	assert_int_equal(l.v[0].gid, getgid());
	assert_int_equal(l.v[0].mode, 0640);
	assert_int_equal(l.v[0].mtime, 1700000000);
	assert_true(l.v[0].has_size);
	assert_int_equal(l.v[0].size, 1000);
	assert_false(l.v[0].has_count);
	assert_true(l.v[0].ino != 0);
	assert_int_equal(l.v[0].unreadable, 0);
	{
		struct stat st;
		char path[160];
		snprintf(path, sizeof path, "%s/data", t->shm);
		assert_int_equal(stat(path, &st), 0);
		assert_int_equal(l.v[0].allocated, (uint64_t)st.st_blocks * 512);
		assert_int_equal(l.v[0].dev, st.st_dev);
	}
	ipc_posix_list_free(&l);
}

static void ipc_posix_collect__sem_tree__value_read_from_the_file(void **state)
{
	struct tree *t = *state;
	struct ipc_source src = tree_source(t);
	struct ipc_posix_list l = { 0 };
	assert_int_equal(ipc_posix_collect(&src, IPC_KIND_SEM, &l), 0);
	assert_int_equal(l.n, 1);  /* "sem." has no name: skipped */
	assert_string_equal(l.v[0].name, "/lock");
	assert_int_equal(l.v[0].mode, 0600);
	assert_int_equal(l.v[0].uid, getuid());
	assert_int_equal(l.v[0].gid, getgid());
	assert_int_equal(l.v[0].mtime, 1700000000);
	assert_true(l.v[0].has_count);
	assert_int_equal(l.v[0].count, 3);
	ipc_posix_list_free(&l);
}

static void ipc_posix_collect__mqueue_tree__qsize_sorted_count_unknown(void **state)
{
	struct tree *t = *state;
	struct ipc_source src = tree_source(t);
	struct ipc_posix_list l = { 0 };
	assert_int_equal(ipc_posix_collect(&src, IPC_KIND_MSG, &l), 0);
	assert_int_equal(l.n, 2);
	assert_string_equal(l.v[0].name, "/bad");
	assert_false(l.v[0].has_size);
	assert_int_equal(l.v[0].mode, 0600);
	assert_string_equal(l.v[1].name, "/q1");
	assert_true(l.v[1].has_size);
	assert_int_equal(l.v[1].size, 129);
	assert_false(l.v[1].has_count);  /* not live: no mq_open */
	assert_int_equal(l.v[1].uid, getuid());
	assert_int_equal(l.v[1].mtime, 1700000000);
	ipc_posix_list_free(&l);
}

static void ipc_posix_collect__missing_dirs__not_mounted_with_hint(void **state)
{
	struct tree *t = *state;
	struct ipc_source src = tree_source(t);
	struct ipc_posix_list l = { 0 };
	char hint[256];
	src.dev_mqueue = "/nonexistent/mqueue";
	src.dev_shm = "/nonexistent/shm";
	assert_int_equal(ipc_posix_collect(&src, IPC_KIND_MSG, &l), IPC_NOT_MOUNTED);
	assert_int_equal(ipc_posix_collect(&src, IPC_KIND_SHM, &l), IPC_NOT_MOUNTED);
	assert_int_equal(ipc_posix_collect(&src, IPC_KIND_SEM, &l), IPC_NOT_MOUNTED);
	assert_int_equal(l.n, 0);
	assert_string_equal(ipc_not_mounted_hint(&src, IPC_KIND_MSG, hint),
		"/nonexistent/mqueue is not mounted; mount it with: mount -t mqueue none /nonexistent/mqueue");
	assert_string_equal(ipc_not_mounted_hint(&src, IPC_KIND_SEM, hint),
		"/nonexistent/shm is not mounted; mount it with: mount -t tmpfs -o mode=1777 tmpfs /nonexistent/shm");
}

/* A live source whose shm directory is a plain directory (not a mount point) is not mounted:
 * glibc would put objects there that the processes of other mount namespaces never see. */
static void ipc_posix_collect__live_plain_directory__not_mounted(void **state)
{
	struct tree *t = *state;
	struct ipc_source src = tree_source(t);
	struct ipc_posix_list l = { 0 };
	src.live = true;
	assert_int_equal(ipc_posix_collect(&src, IPC_KIND_SHM, &l), IPC_NOT_MOUNTED);
	assert_int_equal(ipc_posix_collect(&src, IPC_KIND_MSG, &l), IPC_NOT_MOUNTED);
	assert_int_equal(l.n, 0);
}

static void ipc_mappings_scan__posix_tree__matched_by_device_and_inode(void **state)
{
	struct tree *t = *state;
	struct ipc_source src = tree_source(t);
	struct ipc_mapping_list l = { 0 };
	struct stat data, sem;
	char dir[160], path[192], maps[1024];
	snprintf(path, sizeof path, "%s/data", t->shm);
	assert_int_equal(stat(path, &data), 0);
	snprintf(path, sizeof path, "%s/sem.lock", t->shm);
	assert_int_equal(stat(path, &sem), 0);
	snprintf(dir, sizeof dir, "%s/77", t->proc);
	assert_int_equal(mkdir(dir, 0700), 0);
	snprintf(maps, sizeof maps,
		"7f00-7f01 rw-s 00000000 %02x:%02x %lu %s/data\n"
		"7f01-7f02 rw-s 00000000 %02x:%02x %lu %s/sem.Ab12Cd (deleted)\n"
		"7f02-7f03 rw-s 00000000 %02x:%02x %lu %s/data\n"
		"7f03-7f04 r--p 00000000 %02x:%02x %lu /usr/lib/other\n",
		major(data.st_dev), minor(data.st_dev), (unsigned long)data.st_ino, t->shm,
		major(sem.st_dev), minor(sem.st_dev), (unsigned long)sem.st_ino, t->shm,
		major(data.st_dev), minor(data.st_dev), (unsigned long)data.st_ino, t->shm,
		major(data.st_dev) + 1, minor(data.st_dev), (unsigned long)data.st_ino);
	write_file(dir, "maps", maps, strlen(maps), 0644);
	assert_int_equal(ipc_mappings_scan(&src, false, &l), 0);
	assert_int_equal(l.n, 2);
	assert_int_equal(l.v[0].pid, 77);
	assert_int_equal(l.v[0].shmid, -1);
	assert_int_equal(l.v[0].ino, data.st_ino);
	assert_int_equal(l.v[0].dev, data.st_dev);
	assert_int_equal(l.v[1].ino, sem.st_ino);
	assert_int_equal(l.unreadable, 0);
	ipc_mapping_list_free(&l);
	/* open files count too (a queue is only ever open): pid 78 has data and q1 open, data twice */
	snprintf(dir, sizeof dir, "%s/78", t->proc);
	assert_int_equal(mkdir(dir, 0700), 0);
	write_file(dir, "maps", "", 0, 0644);
	snprintf(dir, sizeof dir, "%s/78/fd", t->proc);
	assert_int_equal(mkdir(dir, 0700), 0);
	snprintf(path, sizeof path, "%s/data", t->shm);
	snprintf(maps, sizeof maps, "%s/3", dir);
	assert_int_equal(symlink(path, maps), 0);
	snprintf(maps, sizeof maps, "%s/5", dir);
	assert_int_equal(symlink(path, maps), 0);
	snprintf(path, sizeof path, "%s/q1", t->mq);
	snprintf(maps, sizeof maps, "%s/4", dir);
	assert_int_equal(symlink(path, maps), 0);
	assert_int_equal(ipc_mappings_scan(&src, true, &l), 0);
	assert_int_equal(l.n, 4);
	assert_int_equal(l.v[2].pid + l.v[3].pid, 78 + 78);
	assert_true((l.v[2].ino == data.st_ino) != (l.v[3].ino == data.st_ino));
	ipc_mapping_list_free(&l);
}

/* Live: a queue made here is found with its qbytes (msgctl), also through the *ctl fallback.
 * Everything is checked after the queue is removed, so a failure leaves nothing behind. */
static void ipc_msg_get__live_queue__qbytes_and_fallback(void **state)
{
	struct ipc_source src;
	struct ipc_msg m = { 0 }, fb = { 0 };
	struct ipc_msg_list l = { 0 };
	struct { long type; char text[10]; } msg = { 1, "123456789" };
	int id = msgget(IPC_PRIVATE, IPC_CREAT | 0600), sent, got, listed, removed, after;
	(void)state;
	assert_true(id >= 0);
	sent = msgsnd(id, &msg, 10, IPC_NOWAIT);
	ipc_source_system(&src);
	got = ipc_msg_get(&src, id, &m);
	src.proc = "/nonexistent-proc";  /* forces MSG_INFO / MSG_STAT */
	listed = ipc_msg_collect(&src, &l);
	for (size_t i = 0; i < l.n; i++) {
		if (l.v[i].perm.id == id)
			fb = l.v[i];
	}
	ipc_msg_list_free(&l);
	removed = msgctl(id, IPC_RMID, NULL);
	after = ipc_msg_get(&src, id, &m);
	assert_int_equal(sent, 0);
	assert_int_equal(got, 1);
	assert_int_equal(m.qnum, 1);
	assert_int_equal(m.cbytes, 10);
	assert_true(m.qbytes > 0);
	assert_int_equal(m.lspid, getpid());
	assert_int_equal(listed, 0);
	assert_int_equal(fb.perm.id, id);
	assert_int_equal(fb.cbytes, 10);
	assert_int_equal(fb.perm.mode & 0777, 0600);
	assert_int_equal(removed, 0);
	assert_int_equal(after, 0);
}

/* Live: semctl values of a set made here; a removed set reports EINVAL or EIDRM. */
static void ipc_sem_values__live_set__values_then_gone(void **state)
{
	struct ipc_semval v[2] = { { 0 } };
	struct sembuf op = { .sem_num = 1, .sem_op = 4, .sem_flg = 0 };
	int id = semget(IPC_PRIVATE, 2, IPC_CREAT | 0600), opped, read_ok, removed, gone, gone_errno;
	(void)state;
	assert_true(id >= 0);
	opped = semop(id, &op, 1);
	read_ok = ipc_sem_values(id, 2, v);
	removed = semctl(id, 0, IPC_RMID);
	gone = ipc_sem_values(id, 2, (struct ipc_semval[2]){ { 0 } });
	gone_errno = errno;
	assert_int_equal(opped, 0);
	assert_int_equal(read_ok, 0);
	assert_int_equal(v[0].value, 0);
	assert_int_equal(v[1].value, 4);
	assert_int_equal(v[1].pid, getpid());
	assert_int_equal(v[1].ncount, 0);
	assert_int_equal(v[1].zcount, 0);
	assert_int_equal(removed, 0);
	assert_int_equal(gone, -1);
	assert_true(gone_errno == EINVAL || gone_errno == EIDRM);
}

/* Live: a named semaphore's value comes from sem_open + sem_getvalue. */
static void ipc_posix_collect__live_semaphore__value_via_sem_open(void **state)
{
	struct ipc_source src;
	struct ipc_posix_list l = { 0 };
	struct ipc_posix found = { 0 };
	char name[64];
	int rc, unlinked;
	sem_t *s;
	(void)state;
	snprintf(name, sizeof name, "/minish-unit-%ld", (long)getpid());
	s = sem_open(name, O_CREAT | O_EXCL, 0600, 5u);
	assert_true(s != SEM_FAILED);
	sem_close(s);
	ipc_source_system(&src);
	rc = ipc_posix_collect(&src, IPC_KIND_SEM, &l);
	for (size_t i = 0; i < l.n; i++) {
		if (strcmp(l.v[i].name, name) == 0) {
			found = l.v[i];
			found.name = NULL;
		}
	}
	ipc_posix_list_free(&l);
	unlinked = sem_unlink(name);
	assert_int_equal(rc, 0);
	assert_true(found.has_count);
	assert_int_equal(found.count, 5);
	assert_int_equal(found.mode, 0600);
	assert_int_equal(unlinked, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ipc_msg_collect__fixture__reads_every_field),
		cmocka_unit_test(ipc_shm_collect__fixture__reads_every_field),
		cmocka_unit_test(ipc_sem_collect__fixture__reads_every_field_and_skips_short_rows),
		cmocka_unit_test(ipc_msg_collect__no_proc_not_live__fails_with_errno),
		cmocka_unit_test(ipc_get__by_id__found_or_not),
		cmocka_unit_test(ipc_limits__fixture__reads_proc_sys),
		cmocka_unit_test(ipc_limits__no_files_not_live__fail),
		cmocka_unit_test(ipc_status_read__not_live__computed_from_proc),
		cmocka_unit_test(ipc_mappings_scan__sysv_fixture__one_entry_per_pid_and_segment),
		cmocka_unit_test_setup_teardown(ipc_posix_collect__shm_tree__regular_files_not_semaphores,
			tree_setup, tree_teardown),
		cmocka_unit_test_setup_teardown(ipc_posix_collect__sem_tree__value_read_from_the_file,
			tree_setup, tree_teardown),
		cmocka_unit_test_setup_teardown(ipc_posix_collect__mqueue_tree__qsize_sorted_count_unknown,
			tree_setup, tree_teardown),
		cmocka_unit_test_setup_teardown(ipc_posix_collect__live_plain_directory__not_mounted, tree_setup,
			tree_teardown),
		cmocka_unit_test_setup_teardown(ipc_posix_collect__missing_dirs__not_mounted_with_hint,
			tree_setup, tree_teardown),
		cmocka_unit_test_setup_teardown(ipc_mappings_scan__posix_tree__matched_by_device_and_inode,
			tree_setup, tree_teardown),
		cmocka_unit_test(ipc_msg_get__live_queue__qbytes_and_fallback),
		cmocka_unit_test(ipc_sem_values__live_set__values_then_gone),
		cmocka_unit_test(ipc_posix_collect__live_semaphore__value_via_sem_open),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
