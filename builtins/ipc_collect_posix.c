/* ipc_collect_posix.c - POSIX IPC data (/dev/shm, /dev/mqueue), POSIX limits, and who maps what. */
#define _GNU_SOURCE  /* dirfd, fstatat flags and O_CLOEXEC with openat are used as on Linux */
#include "ipc_collect.h"
#include "ipc_util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <mqueue.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <sys/vfs.h>
#include <unistd.h>

enum { MQUEUE_FS_MAGIC = 0x19800202 };

/* Is dev_mqueue a mounted mqueue filesystem?  Fixture directories (not live) always count. */
static bool mqueue_mounted(const struct ipc_source *src)
{
	struct statfs fs;
	if (statfs(src->dev_mqueue, &fs) < 0)
		return false;
	return !src->live || fs.f_type == MQUEUE_FS_MAGIC;
}

/* Is dev_shm a mount point (a device of its own, unlike its parent)?  glibc would put new
 * objects in a plain directory there, unseen by the processes of other mount namespaces.
 * Fixture directories (not live) count when they exist. */
static bool shm_mounted(const struct ipc_source *src)
{
	char parent[4096];
	struct stat dir, up;
	if (stat(src->dev_shm, &dir) < 0 || !S_ISDIR(dir.st_mode))
		return false;
	if (!src->live)
		return true;
	if (snprintf(parent, sizeof parent, "%s/..", src->dev_shm) >= (int)sizeof parent || stat(parent, &up) < 0)
		return false;
	return dir.st_dev != up.st_dev;
}

const char *ipc_not_mounted_hint(const struct ipc_source *src, enum ipc_kind kind, char buf[256])
{
	if (kind == IPC_KIND_MSG)
		snprintf(buf, 256, "%s is not mounted; mount it with: mount -t mqueue none %s", src->dev_mqueue,
			src->dev_mqueue);
	else
		snprintf(buf, 256, "%s is not mounted; mount it with: mount -t tmpfs -o mode=1777 tmpfs %s",
			src->dev_shm, src->dev_shm);
	return buf;
}

/* Reads "QSIZE:N" from an mqueue file: 0 or -1. */
static int mqueue_qsize(int dirfd_, const char *file, uint64_t *size)
{
	char buf[256];
	ssize_t len;
	unsigned long long v;
	int fd = openat(dirfd_, file, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return -1;
	len = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (len <= 0)
		return -1;
	buf[len] = '\0';
	if (sscanf(buf, "QSIZE:%llu", &v) != 1)
		return -1;
	*size = v;
	return 0;
}

/* Counts the messages of live queue name via mq_getattr: 0 or -1. */
static int mqueue_count(const char *name, int64_t *count)
{
	struct mq_attr attr;
	mqd_t mq = mq_open(name, O_RDONLY | O_NONBLOCK);
	int rc;
	if (mq == (mqd_t)-1)
		return -1;
	rc = mq_getattr(mq, &attr);
	mq_close(mq);
	if (rc < 0)
		return -1;
	*count = attr.mq_curmsgs;
	return 0;
}

/* Value of a semaphore file, mapped read-only (sem_getvalue only reads it): 0 or -1. */
static int sem_file_value(int dirfd_, const char *file, int64_t *value)
{
	int v, rc = -1;
	void *p;
	struct stat st;
	int fd = openat(dirfd_, file, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	if (fstat(fd, &st) == 0 && st.st_size >= (off_t)sizeof(sem_t)) {
		p = mmap(NULL, sizeof(sem_t), PROT_READ, MAP_SHARED, fd, 0);
		if (p != MAP_FAILED) {
			if (sem_getvalue(p, &v) == 0) {
				*value = v;
				rc = 0;
			}
			munmap(p, sizeof(sem_t));
		}
	}
	close(fd);
	return rc;
}

/* Value of a live named semaphore via sem_open + sem_getvalue: 0 or -1. */
static int sem_live_value(const char *name, int64_t *value)
{
	int v, rc;
	sem_t *s = sem_open(name, 0);
	if (s == SEM_FAILED)
		return -1;
	rc = sem_getvalue(s, &v);
	sem_close(s);
	if (rc < 0)
		return -1;
	*value = v;
	return 0;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct ipc_posix *)a)->name, ((const struct ipc_posix *)b)->name);
}

/* Fills p from directory entry file (stat already done); false to skip the entry. A value that
 * cannot be read stays unknown, with its errno in p->unreadable. */
static bool fill_posix(const struct ipc_source *src, enum ipc_kind kind, int dfd, const char *file,
	const struct stat *st, struct ipc_posix *p)
{
	p->uid = st->st_uid;
	p->gid = st->st_gid;
	p->mode = st->st_mode & 07777;
	p->mtime = st->st_mtime;
	p->dev = st->st_dev;
	p->ino = st->st_ino;
	switch (kind) {
	case IPC_KIND_MSG:
		errno = 0;
		p->has_size = mqueue_qsize(dfd, file, &p->size) == 0;
		if (!p->has_size)
			p->unreadable = errno;
		if (src->live) {
			p->has_count = mqueue_count(p->name, &p->count) == 0;
			if (!p->has_count && !p->unreadable)
				p->unreadable = errno;
		}
		return true;
	case IPC_KIND_SHM:
		if (!S_ISREG(st->st_mode) || strncmp(file, "sem.", 4) == 0)
			return false;
		p->has_size = true;
		p->size = (uint64_t)st->st_size;
		p->allocated = (uint64_t)st->st_blocks * 512;
		return true;
	case IPC_KIND_SEM:
		if (!S_ISREG(st->st_mode) || strncmp(file, "sem.", 4) != 0 || file[4] == '\0')
			return false;
		/* sem_open needs read and write permission; the value can also be read from the file */
		errno = 0;
		p->has_count = src->live && sem_live_value(p->name, &p->count) == 0;
		p->unreadable = p->has_count ? 0 : errno;
		if (!p->has_count && sem_file_value(dfd, file, &p->count) == 0) {
			p->has_count = true;
			p->unreadable = 0;
		}
		return true;
	}
	return false;
}

int ipc_posix_collect(const struct ipc_source *src, enum ipc_kind kind, struct ipc_posix_list *out)
{
	const char *dir = kind == IPC_KIND_MSG ? src->dev_mqueue : src->dev_shm;
	struct dirent *de;
	DIR *d;
	int rc = 0;
	if (kind == IPC_KIND_MSG ? !mqueue_mounted(src) : !shm_mounted(src))
		return IPC_NOT_MOUNTED;
	if (!(d = opendir(dir)))
		return -1;
	while ((de = readdir(d))) {
		struct stat st;
		struct ipc_posix *p;
		const char *file = de->d_name;
		const char *shown = kind == IPC_KIND_SEM && strncmp(file, "sem.", 4) == 0 ? file + 4 : file;
		if (file[0] == '.' && (file[1] == '\0' || (file[1] == '.' && file[2] == '\0')))
			continue;
		if (fstatat(dirfd(d), file, &st, AT_SYMLINK_NOFOLLOW) < 0)
			continue;  /* vanished since readdir */
		if (!(p = IPC_PUSH(out))) {
			rc = -1;
			break;
		}
		if (!(p->name = malloc(strlen(shown) + 2))) {
			out->n--;
			rc = -1;
			break;
		}
		p->name[0] = '/';
		strcpy(p->name + 1, shown);
		if (!fill_posix(src, kind, dirfd(d), file, &st, p)) {
			free(p->name);
			out->n--;
		}
	}
	closedir(d);
	if (rc < 0) {
		ipc_posix_list_free(out);
		return -1;
	}
	if (out->n > 1)
		qsort(out->v, out->n, sizeof *out->v, by_name);
	return 0;
}

void ipc_posix_list_free(struct ipc_posix_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i].name);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

/* Reads PROC/sys/fs/mqueue/NAME as a long (0 when unreadable). */
static long mqueue_limit(const struct ipc_source *src, const char *name)
{
	char path[4096];
	uint64_t v;
	if (ipc_path(path, sizeof path, src->proc, "sys/fs/mqueue", name) < 0 || ipc_read_u64(path, &v) < 0)
		return 0;
	return (long)v;
}

void ipc_posix_limits(const struct ipc_source *src, struct ipc_limits *lim)
{
	struct statvfs vfs;
	long vmax = sysconf(_SC_SEM_VALUE_MAX);
	lim->mq_queues_max = mqueue_limit(src, "queues_max");
	lim->mq_msg_max = mqueue_limit(src, "msg_max");
	lim->mq_msgsize_max = mqueue_limit(src, "msgsize_max");
	lim->mq_msg_default = mqueue_limit(src, "msg_default");
	lim->mq_msgsize_default = mqueue_limit(src, "msgsize_default");
	lim->pshm_bytes = statvfs(src->dev_shm, &vfs) == 0 ? (uint64_t)vfs.f_blocks * vfs.f_frsize : 0;
	lim->psem_value_max = vmax > 0 ? vmax : INT_MAX;
}

/* Has this pid already been recorded for the same object?  (entries from first on are this pid's) */
static bool seen(const struct ipc_mapping_list *l, size_t first, int shmid, dev_t dev, ino_t ino)
{
	for (size_t i = first; i < l->n; i++) {
		if (l->v[i].shmid == shmid && (shmid >= 0 || (l->v[i].dev == dev && l->v[i].ino == ino)))
			return true;
	}
	return false;
}

/* Records that pid holds an object (once); 0, or -1 when out of memory. */
static int record(struct ipc_mapping_list *out, size_t first, pid_t pid, int shmid, dev_t dev, ino_t ino)
{
	struct ipc_mapping *m;
	if (seen(out, first, shmid, dev, ino))
		return 0;
	if (!(m = IPC_PUSH(out)))
		return -1;
	*m = (struct ipc_mapping){ .pid = pid, .shmid = shmid, .dev = dev, .ino = ino };
	return 0;
}

/* Records the System V and dev_shm mappings of one process; 0, or -1 when out of memory. */
static int scan_maps(FILE *f, pid_t pid, size_t first, dev_t shm_dev, struct ipc_mapping_list *out)
{
	char *line = NULL;
	size_t cap = 0;
	int rc = 0;
	while (rc == 0 && getline(&line, &cap, f) > 0) {
		unsigned long ino;
		unsigned major, minor;
		int pos = 0;
		if (sscanf(line, "%*s %*s %*s %x:%x %lu %n", &major, &minor, &ino, &pos) < 3 || pos == 0)
			continue;
		if (strncmp(line + pos, "/SYSV", 5) == 0)
			rc = record(out, first, pid, (int)ino, 0, 0);
		else if (ino != 0 && makedev(major, minor) == shm_dev)
			rc = record(out, first, pid, -1, shm_dev, (ino_t)ino);
	}
	free(line);
	return rc;
}

/* Records the open files of one process on the dev_shm or dev_mqueue filesystem: 0, -1 when out
 * of memory, or 1 when the fd directory cannot be read (errno set). */
static int scan_fds(const char *dir, pid_t pid, size_t first, dev_t shm_dev, dev_t mq_dev,
	struct ipc_mapping_list *out)
{
	struct dirent *de;
	int rc = 0;
	DIR *d = opendir(dir);
	if (!d)
		return 1;
	while (rc == 0 && (de = readdir(d))) {
		struct stat st;
		if (de->d_name[0] == '.' || fstatat(dirfd(d), de->d_name, &st, 0) < 0)
			continue;
		if (st.st_dev == shm_dev || st.st_dev == mq_dev)
			rc = record(out, first, pid, -1, st.st_dev, st.st_ino);
	}
	closedir(d);
	return rc;
}

/* Counts a process whose maps or fds could not be read (gone meanwhile: not counted). */
static void unreadable(struct ipc_mapping_list *out, int err)
{
	if (err == ENOENT || err == ESRCH)
		return;
	if (out->unreadable++ == 0)
		out->reason = err;
}

static int by_pid(const void *a, const void *b)
{
	pid_t x = ((const struct ipc_mapping *)a)->pid, y = ((const struct ipc_mapping *)b)->pid;
	return (x > y) - (x < y);
}

/* The device of a directory's filesystem, or (dev_t)-1 when there is none. */
static dev_t device_of(const char *dir)
{
	struct stat st;
	return stat(dir, &st) == 0 ? st.st_dev : (dev_t)-1;
}

int ipc_mappings_scan(const struct ipc_source *src, bool fds, struct ipc_mapping_list *out)
{
	struct dirent *de;
	int rc = 0;
	DIR *d;
	dev_t shm_dev = device_of(src->dev_shm);
	dev_t mq_dev = mqueue_mounted(src) ? device_of(src->dev_mqueue) : (dev_t)-1;
	if (!(d = opendir(src->proc)))
		return -1;
	while (rc == 0 && (de = readdir(d))) {
		char path[4096];
		char *end;
		FILE *f;
		size_t first = out->n;
		long pid = strtol(de->d_name, &end, 10);
		if (*end != '\0' || pid <= 0 || ipc_path(path, sizeof path, src->proc, de->d_name, "maps") < 0)
			continue;
		if (!(f = fopen(path, "re"))) {
			unreadable(out, errno);
			continue;
		}
		rc = scan_maps(f, (pid_t)pid, first, shm_dev, out);
		fclose(f);
		if (rc == 0 && fds && ipc_path(path, sizeof path, src->proc, de->d_name, "fd") == 0 &&
		    (rc = scan_fds(path, (pid_t)pid, first, shm_dev, mq_dev, out)) > 0) {
			unreadable(out, errno);
			rc = 0;
		}
	}
	closedir(d);
	if (rc < 0) {
		ipc_mapping_list_free(out);
		return -1;
	}
	if (out->n > 1)
		qsort(out->v, out->n, sizeof *out->v, by_pid);
	return 0;
}

void ipc_mapping_list_free(struct ipc_mapping_list *l)
{
	free(l->v);
	*l = (struct ipc_mapping_list){ 0 };
}
