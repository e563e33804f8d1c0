/* ipc_collect.h - the IPC data layer: System V and POSIX objects as plain structs, no printing. */
#ifndef MINISH_IPC_COLLECT_H
#define MINISH_IPC_COLLECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* Where the data comes from: the running system, or fixture directories in tests. */
struct ipc_source {
	const char *proc;       /* procfs root, normally "/proc" */
	const char *dev_shm;    /* POSIX shared memory and named semaphores, normally "/dev/shm" */
	const char *dev_mqueue; /* the mqueue filesystem, normally "/dev/mqueue" */
	bool live;              /* the roots are the running system: *ctl, sem_open, mq_open allowed */
};

/* Fills src with the running system's roots (live). */
void ipc_source_system(struct ipc_source *src);

/* The three kinds of object, for System V and POSIX alike. */
enum ipc_kind {
	IPC_KIND_MSG,
	IPC_KIND_SHM,
	IPC_KIND_SEM,
};

/* Ownership and identity of a System V object. */
struct ipc_owner {
	int32_t key;
	int id;
	unsigned mode;  /* permission bits plus SHM_DEST / SHM_LOCKED */
	uid_t uid, cuid;
	gid_t gid, cgid;
};

struct ipc_msg {
	struct ipc_owner perm;
	uint64_t cbytes, qnum, qbytes;  /* qbytes: 0 when unknown (not in /proc) */
	pid_t lspid, lrpid;
	int64_t stime, rtime, ctime;    /* 0: not set */
};

struct ipc_shm {
	struct ipc_owner perm;
	uint64_t segsz, nattch, rss, swap;  /* rss, swap in bytes */
	pid_t cpid, lpid;
	int64_t atime, dtime, ctime;
};

struct ipc_sem {
	struct ipc_owner perm;
	uint64_t nsems;
	int64_t otime, ctime;
};

/* One semaphore of a System V set (detail view). */
struct ipc_semval {
	int value, ncount, zcount;
	pid_t pid;
};

/* A POSIX object: a file in /dev/shm or /dev/mqueue. */
struct ipc_posix {
	char *name;        /* "/NAME" (malloc'd) */
	uid_t uid;
	gid_t gid;
	unsigned mode;     /* permission bits */
	int64_t mtime;
	dev_t dev;         /* the file's device and inode (match /proc/PID/maps and fd entries) */
	ino_t ino;
	bool has_size;     /* size known? */
	uint64_t size;     /* shm: bytes (nominal, st_size); mqueue: QSIZE (bytes queued); sem: unused */
	uint64_t allocated;  /* shm: bytes of allocated blocks (st_blocks * 512) */
	bool has_count;    /* count known? */
	int64_t count;     /* mqueue: messages; sem: value */
	int unreadable;    /* errno of a value that could not be read (has_size/has_count false), or 0 */
};

struct ipc_msg_list { struct ipc_msg *v; size_t n; };
struct ipc_shm_list { struct ipc_shm *v; size_t n; };
struct ipc_sem_list { struct ipc_sem *v; size_t n; };
struct ipc_posix_list { struct ipc_posix *v; size_t n; };

/* Reads all System V queues ( /proc/sysvipc/msg, else msgctl when live). 0, or -1 with errno. */
int ipc_msg_collect(const struct ipc_source *src, struct ipc_msg_list *out);
/* Reads all System V segments. 0, or -1 with errno. */
int ipc_shm_collect(const struct ipc_source *src, struct ipc_shm_list *out);
/* Reads all System V semaphore sets. 0, or -1 with errno. */
int ipc_sem_collect(const struct ipc_source *src, struct ipc_sem_list *out);

/* Finds queue id (qbytes via msgctl when live): 1 found, 0 not found, -1 error (errno). */
int ipc_msg_get(const struct ipc_source *src, int id, struct ipc_msg *out);
/* Finds segment id: 1 found, 0 not found, -1 error (errno). */
int ipc_shm_get(const struct ipc_source *src, int id, struct ipc_shm *out);
/* Finds semaphore set id: 1 found, 0 not found, -1 error (errno). */
int ipc_sem_get(const struct ipc_source *src, int id, struct ipc_sem *out);
/* Reads the n semaphores of live set semid into out[n]: 0, or -1 with errno (nothing half-read). */
int ipc_sem_values(int semid, size_t n, struct ipc_semval *out);

/* ipc_posix_collect result besides 0 and -1: the filesystem of that kind is not mounted (a live
 * /dev/mqueue that is not an mqueue filesystem, a live /dev/shm that is not a mount point). */
enum { IPC_NOT_MOUNTED = 1 };
/* Reads the POSIX objects of one kind, sorted by name: 0, IPC_NOT_MOUNTED, or -1 with errno. */
int ipc_posix_collect(const struct ipc_source *src, enum ipc_kind kind, struct ipc_posix_list *out);
/* Writes into buf (and returns it) what IPC_NOT_MOUNTED means for kind and the command that
 * mounts it: "/dev/mqueue is not mounted; mount it with: mount -t mqueue none /dev/mqueue". */
const char *ipc_not_mounted_hint(const struct ipc_source *src, enum ipc_kind kind, char buf[256]);

/* Frees a list's items and empties it. */
void ipc_msg_list_free(struct ipc_msg_list *l);
/* Frees a list's items and empties it. */
void ipc_shm_list_free(struct ipc_shm_list *l);
/* Frees a list's items and empties it. */
void ipc_sem_list_free(struct ipc_sem_list *l);
/* Frees a list's items (and names) and empties it. */
void ipc_posix_list_free(struct ipc_posix_list *l);

/* System-wide limits; a field is 0 when it could not be read. */
struct ipc_limits {
	int msgmni, msgmnb;
	uint64_t msgmax;
	uint64_t shmmax, shmall, shmmni, shmmin;
	int semmsl, semmns, semopm, semmni;
	unsigned semvmx;
	long mq_queues_max, mq_msg_max, mq_msgsize_max, mq_msg_default, mq_msgsize_default;
	uint64_t pshm_bytes;  /* size of the /dev/shm filesystem */
	long psem_value_max;
};

/* Reads System V message limits (proc/sys/kernel, else IPC_INFO when live): 0 or -1. */
int ipc_msg_limits(const struct ipc_source *src, struct ipc_limits *lim);
/* Reads System V shared memory limits: 0 or -1. */
int ipc_shm_limits(const struct ipc_source *src, struct ipc_limits *lim);
/* Reads System V semaphore limits: 0 or -1. */
int ipc_sem_limits(const struct ipc_source *src, struct ipc_limits *lim);
/* Reads POSIX limits (proc/sys/fs/mqueue, statvfs of dev_shm, SEM_VALUE_MAX); never fails. */
void ipc_posix_limits(const struct ipc_source *src, struct ipc_limits *lim);

/* System V usage summary, as MSG_INFO / SHM_INFO / SEM_INFO report it. */
struct ipc_status {
	int msg_queues, msg_headers;
	uint64_t msg_bytes;
	int shm_segments;
	uint64_t shm_pages, shm_resident, shm_swapped, shm_swap_attempts, shm_swap_successes;
	int sem_arrays, sem_sems;
};

/* Reads the summary of one kind (*ctl when live, else computed from /proc): 0 or -1. */
int ipc_status_read(const struct ipc_source *src, enum ipc_kind kind, struct ipc_status *st);

/* A process holding a shared object, from /proc/PID/maps (System V segments, files of dev_shm's
 * filesystem) and, when asked, /proc/PID/fd (files of dev_shm's and dev_mqueue's filesystems). */
struct ipc_mapping {
	pid_t pid;
	int shmid;  /* System V segment id, or -1 for a POSIX object */
	dev_t dev;  /* the POSIX object's device and inode */
	ino_t ino;
};

struct ipc_mapping_list {
	struct ipc_mapping *v;
	size_t n;
	size_t unreadable;  /* processes whose maps or fds could not be read (not ours) */
	int reason;         /* the errno of the first of them */
};

/* Scans every process (one entry per pid and object, sorted by pid); with fds, open files too.
 * Processes that are gone are skipped, those not readable counted. 0, or -1 with errno. */
int ipc_mappings_scan(const struct ipc_source *src, bool fds, struct ipc_mapping_list *out);
/* Frees the list. */
void ipc_mapping_list_free(struct ipc_mapping_list *l);

#endif
