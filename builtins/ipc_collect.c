/* ipc_collect.c - System V IPC data: /proc/sysvipc, *ctl fallbacks, limits and usage summary. */
#define _GNU_SOURCE  /* MSG_STAT, SHM_INFO, SEM_INFO, struct msginfo/shm_info/seminfo are Linux-only */
#include "ipc_collect.h"
#include "ipc_util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <unistd.h>

/* The caller of semctl defines this union (POSIX says so). */
union semun {
	int val;
	struct semid_ds *buf;
	unsigned short *array;
	struct seminfo *__buf;
};

enum { SEMVMX_LINUX = 32767, SHMMIN_LINUX = 1, MAX_FIELDS = 16 };

void ipc_source_system(struct ipc_source *src)
{
	src->proc = "/proc";
	src->dev_shm = "/dev/shm";
	src->dev_mqueue = "/dev/mqueue";
	src->live = true;
}

/* Parses up to max whitespace-separated numbers (field octal_at in octal); returns how many. */
static int split_numbers(const char *s, uint64_t *out, int max, int octal_at)
{
	int n = 0;
	while (n < max) {
		char *end;
		while (*s == ' ' || *s == '\t')
			s++;
		if (*s == '\0' || *s == '\n')
			break;
		errno = 0;
		out[n] = strtoull(s, &end, n == octal_at ? 8 : 10);
		if (end == s || errno != 0 || (*end != ' ' && *end != '\t' && *end != '\n' && *end != '\0'))
			break;
		s = end;
		n++;
	}
	return n;
}

/* Opens PROC/sysvipc/NAME; NULL with errno when it cannot. */
static FILE *open_sysvipc(const struct ipc_source *src, const char *name)
{
	char path[4096];
	if (ipc_path(path, sizeof path, src->proc, "sysvipc", name) < 0)
		return NULL;
	return fopen(path, "re");
}

/* Adds the row with the n numbers f to list (rows with too few fields are skipped): 0 or -1. */
typedef int row_fn(void *list, const uint64_t *f, int n);

/* Reads every line of f after the header, parsed into numbers, into list with row(): 0 or -1. */
static int read_table(FILE *f, row_fn *row, void *list, int octal_at)
{
	char *line = NULL;
	size_t cap = 0;
	int rc = 0;
	bool header = true;
	while (getline(&line, &cap, f) >= 0) {
		uint64_t fld[MAX_FIELDS];
		int n;
		if (header) {
			header = false;
			continue;
		}
		n = split_numbers(line, fld, MAX_FIELDS, octal_at);
		if (row(list, fld, n) < 0) {
			rc = -1;
			break;
		}
	}
	if (rc == 0 && ferror(f))
		rc = -1;
	free(line);
	return rc;
}

static void fill_owner(struct ipc_owner *o, const uint64_t *f, int uid_at)
{
	o->key = (int32_t)(uint32_t)f[0];
	o->id = (int)f[1];
	o->mode = (unsigned)f[2];
	o->uid = (uid_t)f[uid_at];
	o->gid = (gid_t)f[uid_at + 1];
	o->cuid = (uid_t)f[uid_at + 2];
	o->cgid = (gid_t)f[uid_at + 3];
}

/* key msqid perms cbytes qnum lspid lrpid uid gid cuid cgid stime rtime ctime */
static int msg_row(void *list, const uint64_t *f, int n)
{
	struct ipc_msg_list *l = list;
	struct ipc_msg *m;
	if (n < 14)
		return 0;
	if (!(m = IPC_PUSH(l)))
		return -1;
	fill_owner(&m->perm, f, 7);
	m->cbytes = f[3];
	m->qnum = f[4];
	m->lspid = (pid_t)f[5];
	m->lrpid = (pid_t)f[6];
	m->stime = (int64_t)f[11];
	m->rtime = (int64_t)f[12];
	m->ctime = (int64_t)f[13];
	return 0;
}

/* key shmid perms size cpid lpid nattch uid gid cuid cgid atime dtime ctime [rss swap] */
static int shm_row(void *list, const uint64_t *f, int n)
{
	struct ipc_shm_list *l = list;
	struct ipc_shm *s;
	if (n < 14)
		return 0;
	if (!(s = IPC_PUSH(l)))
		return -1;
	fill_owner(&s->perm, f, 7);
	s->segsz = f[3];
	s->cpid = (pid_t)f[4];
	s->lpid = (pid_t)f[5];
	s->nattch = f[6];
	s->atime = (int64_t)f[11];
	s->dtime = (int64_t)f[12];
	s->ctime = (int64_t)f[13];
	s->rss = n > 14 ? f[14] : 0;
	s->swap = n > 15 ? f[15] : 0;
	return 0;
}

/* key semid perms nsems uid gid cuid cgid otime ctime */
static int sem_row(void *list, const uint64_t *f, int n)
{
	struct ipc_sem_list *l = list;
	struct ipc_sem *s;
	if (n < 10)
		return 0;
	if (!(s = IPC_PUSH(l)))
		return -1;
	fill_owner(&s->perm, f, 4);
	s->nsems = f[3];
	s->otime = (int64_t)f[8];
	s->ctime = (int64_t)f[9];
	return 0;
}

static void owner_from_perm(struct ipc_owner *o, const struct ipc_perm *p, int id)
{
	o->key = (int32_t)p->__key;
	o->id = id;
	o->mode = p->mode;
	o->uid = p->uid;
	o->gid = p->gid;
	o->cuid = p->cuid;
	o->cgid = p->cgid;
}

static int msg_fallback(struct ipc_msg_list *l)
{
	struct msqid_ds ds;
	int maxid = msgctl(0, MSG_INFO, &ds);
	for (int i = 0; i <= maxid; i++) {
		struct ipc_msg *m;
		int id = msgctl(i, MSG_STAT, &ds);
		if (id < 0)
			continue;
		if (!(m = IPC_PUSH(l)))
			return -1;
		owner_from_perm(&m->perm, &ds.msg_perm, id);
		m->cbytes = ds.__msg_cbytes;
		m->qnum = ds.msg_qnum;
		m->qbytes = ds.msg_qbytes;
		m->lspid = ds.msg_lspid;
		m->lrpid = ds.msg_lrpid;
		m->stime = ds.msg_stime;
		m->rtime = ds.msg_rtime;
		m->ctime = ds.msg_ctime;
	}
	return maxid < 0 ? -1 : 0;
}

static int shm_fallback(struct ipc_shm_list *l)
{
	struct shmid_ds ds;
	int maxid = shmctl(0, SHM_INFO, &ds);
	for (int i = 0; i <= maxid; i++) {
		struct ipc_shm *s;
		int id = shmctl(i, SHM_STAT, &ds);
		if (id < 0)
			continue;
		if (!(s = IPC_PUSH(l)))
			return -1;
		owner_from_perm(&s->perm, &ds.shm_perm, id);
		s->segsz = ds.shm_segsz;
		s->cpid = ds.shm_cpid;
		s->lpid = ds.shm_lpid;
		s->nattch = ds.shm_nattch;
		s->atime = ds.shm_atime;
		s->dtime = ds.shm_dtime;
		s->ctime = ds.shm_ctime;
	}
	return maxid < 0 ? -1 : 0;
}

static int sem_fallback(struct ipc_sem_list *l)
{
	struct seminfo info;
	struct semid_ds ds;
	union semun arg = { .__buf = &info };
	int maxid = semctl(0, 0, SEM_INFO, arg);
	for (int i = 0; i <= maxid; i++) {
		struct ipc_sem *s;
		int id;
		arg.buf = &ds;
		id = semctl(i, 0, SEM_STAT, arg);
		if (id < 0)
			continue;
		if (!(s = IPC_PUSH(l)))
			return -1;
		owner_from_perm(&s->perm, &ds.sem_perm, id);
		s->nsems = ds.sem_nsems;
		s->otime = ds.sem_otime;
		s->ctime = ds.sem_ctime;
	}
	return maxid < 0 ? -1 : 0;
}

/* Reads table name with row(); without the file, uses fallback() when live. */
static int collect(const struct ipc_source *src, const char *name, row_fn *row, void *list,
	int (*fallback)(void *))
{
	FILE *f = open_sysvipc(src, name);
	int rc;
	if (!f)
		return src->live ? fallback(list) : -1;
	rc = read_table(f, row, list, 2);
	fclose(f);
	return rc;
}

static int msg_fallback_any(void *l) { return msg_fallback(l); }
static int shm_fallback_any(void *l) { return shm_fallback(l); }
static int sem_fallback_any(void *l) { return sem_fallback(l); }

int ipc_msg_collect(const struct ipc_source *src, struct ipc_msg_list *out)
{
	int rc = collect(src, "msg", msg_row, out, msg_fallback_any);
	if (rc < 0)
		ipc_msg_list_free(out);
	return rc;
}

int ipc_shm_collect(const struct ipc_source *src, struct ipc_shm_list *out)
{
	int rc = collect(src, "shm", shm_row, out, shm_fallback_any);
	if (rc < 0)
		ipc_shm_list_free(out);
	return rc;
}

int ipc_sem_collect(const struct ipc_source *src, struct ipc_sem_list *out)
{
	int rc = collect(src, "sem", sem_row, out, sem_fallback_any);
	if (rc < 0)
		ipc_sem_list_free(out);
	return rc;
}

int ipc_msg_get(const struct ipc_source *src, int id, struct ipc_msg *out)
{
	struct ipc_msg_list l = { 0 };
	int found = 0;
	if (ipc_msg_collect(src, &l) < 0)
		return -1;
	for (size_t i = 0; i < l.n && !found; i++) {
		if (l.v[i].perm.id == id) {
			*out = l.v[i];
			found = 1;
		}
	}
	ipc_msg_list_free(&l);
	if (found && src->live && out->qbytes == 0) {
		struct msqid_ds ds;
		if (msgctl(id, IPC_STAT, &ds) == 0)
			out->qbytes = ds.msg_qbytes;
	}
	return found;
}

int ipc_shm_get(const struct ipc_source *src, int id, struct ipc_shm *out)
{
	struct ipc_shm_list l = { 0 };
	int found = 0;
	if (ipc_shm_collect(src, &l) < 0)
		return -1;
	for (size_t i = 0; i < l.n && !found; i++) {
		if (l.v[i].perm.id == id) {
			*out = l.v[i];
			found = 1;
		}
	}
	ipc_shm_list_free(&l);
	return found;
}

int ipc_sem_get(const struct ipc_source *src, int id, struct ipc_sem *out)
{
	struct ipc_sem_list l = { 0 };
	int found = 0;
	if (ipc_sem_collect(src, &l) < 0)
		return -1;
	for (size_t i = 0; i < l.n && !found; i++) {
		if (l.v[i].perm.id == id) {
			*out = l.v[i];
			found = 1;
		}
	}
	ipc_sem_list_free(&l);
	return found;
}

int ipc_sem_values(int semid, size_t n, struct ipc_semval *out)
{
	union semun arg = { .val = 0 };
	for (size_t i = 0; i < n; i++) {
		int num = (int)i;
		int v = semctl(semid, num, GETVAL, arg);
		int nc = v < 0 ? -1 : semctl(semid, num, GETNCNT, arg);
		int zc = nc < 0 ? -1 : semctl(semid, num, GETZCNT, arg);
		int pid = zc < 0 ? -1 : semctl(semid, num, GETPID, arg);
		if (pid < 0)
			return -1;
		out[i] = (struct ipc_semval){ .value = v, .ncount = nc, .zcount = zc, .pid = pid };
	}
	return 0;
}

void ipc_msg_list_free(struct ipc_msg_list *l)
{
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

void ipc_shm_list_free(struct ipc_shm_list *l)
{
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

void ipc_sem_list_free(struct ipc_sem_list *l)
{
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

/* Reads one number from PROC/sys/kernel/NAME: 0 or -1. */
static int kernel_u64(const struct ipc_source *src, const char *name, uint64_t *v)
{
	char path[4096];
	if (ipc_path(path, sizeof path, src->proc, "sys/kernel", name) < 0)
		return -1;
	return ipc_read_u64(path, v);
}

int ipc_msg_limits(const struct ipc_source *src, struct ipc_limits *lim)
{
	uint64_t mni, mnb, max;
	struct msginfo info;
	if (kernel_u64(src, "msgmni", &mni) == 0 && kernel_u64(src, "msgmnb", &mnb) == 0 &&
	    kernel_u64(src, "msgmax", &max) == 0) {
		lim->msgmni = (int)mni;
		lim->msgmnb = (int)mnb;
		lim->msgmax = max;
		return 0;
	}
	if (!src->live || msgctl(0, IPC_INFO, (struct msqid_ds *)(void *)&info) < 0)
		return -1;
	lim->msgmni = info.msgmni;
	lim->msgmnb = info.msgmnb;
	lim->msgmax = (uint64_t)info.msgmax;
	return 0;
}

int ipc_shm_limits(const struct ipc_source *src, struct ipc_limits *lim)
{
	struct shminfo info;
	lim->shmmin = SHMMIN_LINUX;
	if (kernel_u64(src, "shmall", &lim->shmall) == 0 && kernel_u64(src, "shmmax", &lim->shmmax) == 0 &&
	    kernel_u64(src, "shmmni", &lim->shmmni) == 0)
		return 0;
	if (!src->live || shmctl(0, IPC_INFO, (struct shmid_ds *)(void *)&info) < 0)
		return -1;
	lim->shmmni = info.shmmni;
	lim->shmall = info.shmall;
	lim->shmmax = info.shmmax;
	return 0;
}

int ipc_sem_limits(const struct ipc_source *src, struct ipc_limits *lim)
{
	char path[4096];
	FILE *f;
	int n = 0;
	struct seminfo info;
	union semun arg = { .__buf = &info };
	lim->semvmx = SEMVMX_LINUX;
	if (ipc_path(path, sizeof path, src->proc, "sys/kernel", "sem") == 0 && (f = fopen(path, "re"))) {
		n = fscanf(f, "%d %d %d %d", &lim->semmsl, &lim->semmns, &lim->semopm, &lim->semmni);
		fclose(f);
	}
	if (n == 4)
		return 0;
	if (!src->live || semctl(0, 0, IPC_INFO, arg) < 0)
		return -1;
	lim->semmni = info.semmni;
	lim->semmsl = info.semmsl;
	lim->semmns = info.semmns;
	lim->semopm = info.semopm;
	return 0;
}

/* The summary computed from /proc data, for sources that are not live. */
static int status_from_lists(const struct ipc_source *src, enum ipc_kind kind, struct ipc_status *st)
{
	long page = sysconf(_SC_PAGESIZE);
	uint64_t pg = page > 0 ? (uint64_t)page : 4096;
	switch (kind) {
	case IPC_KIND_MSG: {
		struct ipc_msg_list l = { 0 };
		if (ipc_msg_collect(src, &l) < 0)
			return -1;
		st->msg_headers = 0;
		st->msg_bytes = 0;
		st->msg_queues = (int)l.n;
		for (size_t i = 0; i < l.n; i++) {
			st->msg_headers += (int)l.v[i].qnum;
			st->msg_bytes += l.v[i].cbytes;
		}
		ipc_msg_list_free(&l);
		return 0;
	}
	case IPC_KIND_SHM: {
		struct ipc_shm_list l = { 0 };
		if (ipc_shm_collect(src, &l) < 0)
			return -1;
		st->shm_segments = (int)l.n;
		st->shm_pages = st->shm_resident = st->shm_swapped = 0;
		st->shm_swap_attempts = st->shm_swap_successes = 0;
		for (size_t i = 0; i < l.n; i++) {
			st->shm_pages += (l.v[i].segsz + pg - 1) / pg;
			st->shm_resident += l.v[i].rss / pg;
			st->shm_swapped += l.v[i].swap / pg;
		}
		ipc_shm_list_free(&l);
		return 0;
	}
	case IPC_KIND_SEM: {
		struct ipc_sem_list l = { 0 };
		if (ipc_sem_collect(src, &l) < 0)
			return -1;
		st->sem_arrays = (int)l.n;
		st->sem_sems = 0;
		for (size_t i = 0; i < l.n; i++)
			st->sem_sems += (int)l.v[i].nsems;
		ipc_sem_list_free(&l);
		return 0;
	}
	}
	return -1;
}

int ipc_status_read(const struct ipc_source *src, enum ipc_kind kind, struct ipc_status *st)
{
	if (!src->live)
		return status_from_lists(src, kind, st);
	switch (kind) {
	case IPC_KIND_MSG: {
		struct msginfo info;
		if (msgctl(0, MSG_INFO, (struct msqid_ds *)(void *)&info) < 0)
			return -1;
		st->msg_queues = info.msgpool;
		st->msg_headers = info.msgmap;
		st->msg_bytes = (uint64_t)info.msgtql;
		return 0;
	}
	case IPC_KIND_SHM: {
		struct shm_info info;
		if (shmctl(0, SHM_INFO, (struct shmid_ds *)(void *)&info) < 0)
			return -1;
		st->shm_segments = info.used_ids;
		st->shm_pages = info.shm_tot;
		st->shm_resident = info.shm_rss;
		st->shm_swapped = info.shm_swp;
		st->shm_swap_attempts = info.swap_attempts;
		st->shm_swap_successes = info.swap_successes;
		return 0;
	}
	case IPC_KIND_SEM: {
		struct seminfo info;
		union semun arg = { .__buf = &info };
		if (semctl(0, 0, SEM_INFO, arg) < 0)
			return -1;
		st->sem_arrays = info.semusz;
		st->sem_sems = info.semaem;
		return 0;
	}
	}
	return -1;
}
