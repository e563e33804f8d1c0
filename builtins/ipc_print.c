/* ipc_print.c - System V listings, limits, summaries and detail views in util-linux ipcs's format. */
#define _GNU_SOURCE  /* SHM_DEST and SHM_LOCKED are Linux-only */
#include "ipc_print.h"

#include <inttypes.h>
#include <stdlib.h>
#include <sys/shm.h>
#include <unistd.h>

/* The creator/owner row shared by the three kinds (-c): names unpadded-truncated, as util-linux. */
static void print_perms(FILE *out, struct ipc_names *c, const struct ipc_owner *o)
{
	const char *name;
	fprintf(out, "%-10d %-10o", o->id, o->mode & 0777);
	if ((name = ipc_user_name(c, o->cuid)))
		fprintf(out, " %-10s", name);
	else
		fprintf(out, " %-10u", (unsigned)o->cuid);
	if ((name = ipc_group_name(c, o->cgid)))
		fprintf(out, " %-10s", name);
	else
		fprintf(out, " %-10u", (unsigned)o->cgid);
	if ((name = ipc_user_name(c, o->uid)))
		fprintf(out, " %-10s", name);
	else
		fprintf(out, " %-10u", (unsigned)o->uid);
	if ((name = ipc_group_name(c, o->gid)))
		fprintf(out, " %-10s\n", name);
	else
		fprintf(out, " %-10u\n", (unsigned)o->gid);
}

/* " %-20.16s": a time without the weekday and year, or "Not set". */
static void print_short_time(FILE *out, int64_t t, const char *end)
{
	char buf[32];
	ipc_ctime(t, buf);
	fprintf(out, " %-20.16s%s", t ? (buf[0] == '?' ? buf : buf + 4) : "Not set", end);
}

/* "%-26.24s": a full ctime, or "Not set". */
static void print_long_time(FILE *out, const char *prefix, int64_t t, bool always)
{
	char buf[32];
	ipc_ctime(t, buf);
	fprintf(out, "%s%-26.24s\n", prefix, t || always ? buf : "Not set");
}

/* "%-Nd owner": the id left-aligned in width columns, then the owner column. */
static void print_id_owner(FILE *out, struct ipc_names *c, int width, const struct ipc_owner *o)
{
	fprintf(out, "%-*d", width, o->id);
	fputc(' ', out);
	ipc_print_owner(out, c, o->uid);
}

void ipc_print_sysv_header(FILE *out, enum ipc_kind kind, enum ipc_format fmt, enum ipc_unit unit)
{
	static const char *const creator[] = { "Message Queues Creators/Owners",
		"Shared Memory Segment Creators/Owners", "Semaphore Arrays Creators/Owners" };
	static const char *const idname[] = { "msqid", "shmid", "semid" };
	bool human = unit == IPC_UNIT_HUMAN;
	switch (fmt) {
	case IPC_FMT_LIMITS:
	case IPC_FMT_STATUS:
		return;
	case IPC_FMT_CREATOR:
		fprintf(out, "------ %s --------\n", creator[kind]);
		fprintf(out, "%-10s %-10s %-10s %-10s %-10s %-10s\n", idname[kind], "perms", "cuid", "cgid",
			"uid", "gid");
		return;
	case IPC_FMT_TIME:
		switch (kind) {
		case IPC_KIND_MSG:
			fputs("------ Message Queues Send/Recv/Change Times --------\n", out);
			fprintf(out, "%-8s %-10s %-20s %-20s %-20s\n", "msqid", "owner", "send", "recv", "change");
			return;
		case IPC_KIND_SHM:
			fputs("------ Shared Memory Attach/Detach/Change Times --------\n", out);
			fprintf(out, "%-10s %-10s %-20s %-20s %-20s\n", "shmid", "owner", "attached", "detached",
				"changed");
			return;
		case IPC_KIND_SEM:
			fputs("------ Semaphore Operation/Change Times --------\n", out);
			fprintf(out, "%-8s %-10s %-26.24s %-26.24s\n", "semid", "owner", "last-op", "last-changed");
			return;
		}
		return;
	case IPC_FMT_PID:
		switch (kind) {
		case IPC_KIND_MSG:
			fputs("------ Message Queues PIDs --------\n", out);
			fprintf(out, "%-10s %-10s %-10s %-10s\n", "msqid", "owner", "lspid", "lrpid");
			return;
		case IPC_KIND_SHM:
			fputs("------ Shared Memory Creator/Last-op PIDs --------\n", out);
			fprintf(out, "%-10s %-10s %-10s %-10s\n", "shmid", "owner", "cpid", "lpid");
			return;
		case IPC_KIND_SEM:
			return;
		}
		return;
	case IPC_FMT_DEFAULT:
		switch (kind) {
		case IPC_KIND_MSG:
			fputs("------ Message Queues --------\n", out);
			fprintf(out, "%-10s %-10s %-10s %-10s %-12s %-12s\n", "key", "msqid", "owner", "perms",
				human ? "size" : "used-bytes", "messages");
			return;
		case IPC_KIND_SHM:
			fputs("------ Shared Memory Segments --------\n", out);
			fprintf(out, "%-10s %-10s %-10s %-10s %-10s %-10s %-12s\n", "key", "shmid", "owner",
				"perms", human ? "size" : "bytes", "nattch", "status");
			return;
		case IPC_KIND_SEM:
			fputs("------ Semaphore Arrays --------\n", out);
			fprintf(out, "%-10s %-10s %-10s %-10s %-10s\n", "key", "semid", "owner", "perms", "nsems");
			return;
		}
		return;
	}
}

void ipc_print_msgs(FILE *out, struct ipc_names *c, enum ipc_format fmt, enum ipc_unit unit,
	const struct ipc_msg_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct ipc_msg *m = &l->v[i];
		switch (fmt) {
		case IPC_FMT_LIMITS:
		case IPC_FMT_STATUS:
			return;
		case IPC_FMT_CREATOR:
			print_perms(out, c, &m->perm);
			break;
		case IPC_FMT_TIME:
			print_id_owner(out, c, 8, &m->perm);
			print_short_time(out, m->stime, "");
			print_short_time(out, m->rtime, "");
			print_short_time(out, m->ctime, "\n");
			break;
		case IPC_FMT_PID:
			print_id_owner(out, c, 8, &m->perm);
			fprintf(out, "  %5d     %5d\n", (int)m->lspid, (int)m->lrpid);
			break;
		case IPC_FMT_DEFAULT:
			fprintf(out, "0x%08x ", (unsigned)m->perm.key);
			print_id_owner(out, c, 10, &m->perm);
			fprintf(out, " %-10o ", m->perm.mode & 0777);
			if (unit == IPC_UNIT_HUMAN)
				ipc_print_size(out, unit, NULL, m->cbytes, "      ", 6);
			else
				ipc_print_size(out, unit, NULL, m->cbytes, NULL, -12);
			fprintf(out, " %-12" PRIu64 "\n", m->qnum);
			break;
		}
	}
}

void ipc_print_shms(FILE *out, struct ipc_names *c, enum ipc_format fmt, enum ipc_unit unit,
	const struct ipc_shm_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct ipc_shm *s = &l->v[i];
		switch (fmt) {
		case IPC_FMT_LIMITS:
		case IPC_FMT_STATUS:
			return;
		case IPC_FMT_CREATOR:
			print_perms(out, c, &s->perm);
			break;
		case IPC_FMT_TIME:
			print_id_owner(out, c, 10, &s->perm);
			print_short_time(out, s->atime, "");
			print_short_time(out, s->dtime, "");
			print_short_time(out, s->ctime, "\n");
			break;
		case IPC_FMT_PID:
			print_id_owner(out, c, 10, &s->perm);
			fprintf(out, " %-10u %-10u\n", (unsigned)s->cpid, (unsigned)s->lpid);
			break;
		case IPC_FMT_DEFAULT:
			fprintf(out, "0x%08x ", (unsigned)s->perm.key);
			print_id_owner(out, c, 10, &s->perm);
			fprintf(out, " %-10o ", s->perm.mode & 0777);
			if (unit == IPC_UNIT_HUMAN)
				ipc_print_size(out, unit, NULL, s->segsz, "    ", 6);
			else
				ipc_print_size(out, unit, NULL, s->segsz, NULL, -10);
			fprintf(out, " %-10" PRIu64 " %-6s %-6s\n", s->nattch,
				(s->perm.mode & SHM_DEST) ? "dest" : " ",
				(s->perm.mode & SHM_LOCKED) ? "locked" : " ");
			break;
		}
	}
}

void ipc_print_sems(FILE *out, struct ipc_names *c, enum ipc_format fmt, const struct ipc_sem_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct ipc_sem *s = &l->v[i];
		char buf[32];
		switch (fmt) {
		case IPC_FMT_LIMITS:
		case IPC_FMT_STATUS:
		case IPC_FMT_PID:
			return;
		case IPC_FMT_CREATOR:
			print_perms(out, c, &s->perm);
			break;
		case IPC_FMT_TIME:
			print_id_owner(out, c, 8, &s->perm);
			ipc_ctime(s->otime, buf);
			fprintf(out, "  %-26.24s", s->otime ? buf : "Not set");
			ipc_ctime(s->ctime, buf);
			fprintf(out, " %-26.24s\n", s->ctime ? buf : "Not set");
			break;
		case IPC_FMT_DEFAULT:
			fprintf(out, "0x%08x ", (unsigned)s->perm.key);
			print_id_owner(out, c, 10, &s->perm);
			fprintf(out, " %-10o %-10" PRIu64 "\n", s->perm.mode & 0777, s->nsems);
			break;
		}
	}
}

/* -l for shared memory: kilobytes by default, with util-linux's overflow clamp. */
static void print_shm_limits(FILE *out, enum ipc_unit unit, const struct ipc_limits *lim)
{
	long page = sysconf(_SC_PAGESIZE);
	uint64_t pgsz = page > 0 ? (uint64_t)page : 4096, tmp;
	fputs("------ Shared Memory Limits --------\n", out);
	fprintf(out, "max number of segments = %" PRIu64 "\n", lim->shmmni);
	ipc_print_size(out, unit == IPC_UNIT_DEFAULT ? IPC_UNIT_KB : unit, "max seg size", lim->shmmax, "\n", 0);
	if (unit == IPC_UNIT_KB || unit == IPC_UNIT_DEFAULT) {
		tmp = lim->shmall * (pgsz / 1024);
		if (lim->shmall != 0 && tmp / lim->shmall != pgsz / 1024)
			tmp = UINT64_MAX - (UINT64_MAX % (pgsz / 1024));
		ipc_print_size(out, IPC_UNIT_DEFAULT, "max total shared memory (kbytes)", tmp, "\n", 0);
	} else {
		tmp = lim->shmall * pgsz;
		if (lim->shmall != 0 && tmp / lim->shmall != pgsz)
			tmp = UINT64_MAX - (UINT64_MAX % pgsz);
		ipc_print_size(out, unit, "max total shared memory", tmp, "\n", 0);
	}
	ipc_print_size(out, unit == IPC_UNIT_DEFAULT ? IPC_UNIT_BYTES : unit, "min seg size", lim->shmmin, "\n", 0);
}

void ipc_print_limits(FILE *out, enum ipc_kind kind, enum ipc_unit unit, const struct ipc_limits *lim)
{
	enum ipc_unit bytes = unit == IPC_UNIT_DEFAULT ? IPC_UNIT_BYTES : unit;
	switch (kind) {
	case IPC_KIND_MSG:
		if (!lim) {
			fputs("unable to fetch message limits\n", out);
			return;
		}
		fputs("------ Messages Limits --------\n", out);
		fprintf(out, "max queues system wide = %d\n", lim->msgmni);
		ipc_print_size(out, bytes, "max size of message", lim->msgmax, "\n", 0);
		ipc_print_size(out, bytes, "default max size of queue", (uint64_t)lim->msgmnb, "\n", 0);
		return;
	case IPC_KIND_SHM:
		if (!lim) {
			fputs("unable to fetch shared memory limits\n", out);
			return;
		}
		print_shm_limits(out, unit, lim);
		return;
	case IPC_KIND_SEM:
		if (!lim) {
			fputs("unable to fetch semaphore limits\n", out);
			return;
		}
		fputs("------ Semaphore Limits --------\n", out);
		fprintf(out, "max number of arrays = %d\n", lim->semmni);
		fprintf(out, "max semaphores per array = %d\n", lim->semmsl);
		fprintf(out, "max semaphores system wide = %d\n", lim->semmns);
		fprintf(out, "max ops per semop call = %d\n", lim->semopm);
		fprintf(out, "semaphore max value = %u\n", lim->semvmx);
		return;
	}
}

void ipc_print_status(FILE *out, enum ipc_kind kind, enum ipc_unit unit, const struct ipc_status *st)
{
	switch (kind) {
	case IPC_KIND_MSG:
		if (!st) {
			fputs("kernel not configured for message queues\n", out);
			return;
		}
		fputs("------ Messages Status --------\n", out);
		fprintf(out, "allocated queues = %d\n", st->msg_queues);
		fprintf(out, "used headers = %d\n", st->msg_headers);
		ipc_print_size(out, unit, "used space", st->msg_bytes,
			unit == IPC_UNIT_DEFAULT ? " bytes\n" : "\n", 0);
		return;
	case IPC_KIND_SHM:
		if (!st) {
			fputs("kernel not configured for shared memory\n", out);
			return;
		}
		fputs("------ Shared Memory Status --------\n", out);
		fprintf(out, "segments allocated %d\npages allocated %" PRIu64 "\npages resident  %" PRIu64
			"\npages swapped   %" PRIu64 "\nSwap performance: %" PRIu64 " attempts\t %" PRIu64
			" successes\n", st->shm_segments, st->shm_pages, st->shm_resident, st->shm_swapped,
			st->shm_swap_attempts, st->shm_swap_successes);
		return;
	case IPC_KIND_SEM:
		if (!st) {
			fputs("kernel not configured for semaphores\n", out);
			return;
		}
		fputs("------ Semaphore Status --------\n", out);
		fprintf(out, "used arrays = %d\n", st->sem_arrays);
		fprintf(out, "allocated semaphores = %d\n", st->sem_sems);
		return;
	}
}

void ipc_print_msg_detail(FILE *out, enum ipc_unit unit, const struct ipc_msg *m)
{
	bool human = unit == IPC_UNIT_HUMAN;
	const struct ipc_owner *o = &m->perm;
	fprintf(out, "\nMessage Queue msqid=%d\n", o->id);
	fprintf(out, "uid=%u\tgid=%u\tcuid=%u\tcgid=%u\tmode=%#o\n", (unsigned)o->uid, (unsigned)o->gid,
		(unsigned)o->cuid, (unsigned)o->cgid, o->mode);
	ipc_print_size(out, unit, human ? "csize=" : "cbytes=", m->cbytes, "\t", 0);
	ipc_print_size(out, unit, human ? "qsize=" : "qbytes=", m->qbytes, "\t", 0);
	fprintf(out, "qnum=%" PRIu64 "\tlspid=%d\tlrpid=%d\n", m->qnum, (int)m->lspid, (int)m->lrpid);
	print_long_time(out, "send_time=", m->stime, false);
	print_long_time(out, "rcv_time=", m->rtime, false);
	print_long_time(out, "change_time=", m->ctime, false);
	fputc('\n', out);
}

void ipc_print_shm_detail(FILE *out, enum ipc_unit unit, const struct ipc_shm *s, const pid_t *pids,
	size_t npids)
{
	const struct ipc_owner *o = &s->perm;
	fprintf(out, "\nShared memory Segment shmid=%d\n", o->id);
	fprintf(out, "uid=%u\tgid=%u\tcuid=%u\tcgid=%u\n", (unsigned)o->uid, (unsigned)o->gid,
		(unsigned)o->cuid, (unsigned)o->cgid);
	fprintf(out, "mode=%#o\taccess_perms=%#o\n", o->mode, o->mode & 0777);
	ipc_print_size(out, unit, unit == IPC_UNIT_HUMAN ? "size=" : "bytes=", s->segsz, "\t", 0);
	fprintf(out, "lpid=%u\tcpid=%u\tnattch=%" PRIu64 "\n", (unsigned)s->lpid, (unsigned)s->cpid, s->nattch);
	print_long_time(out, "att_time=", s->atime, false);
	print_long_time(out, "det_time=", s->dtime, false);
	print_long_time(out, "change_time=", s->ctime, true);
	if (npids > 0) {
		fputs("attached_pids=", out);
		for (size_t i = 0; i < npids; i++)
			fprintf(out, "%s%d", i ? " " : "", (int)pids[i]);
		fputc('\n', out);
	}
	fputc('\n', out);
}

void ipc_print_sem_detail(FILE *out, const struct ipc_sem *s, const struct ipc_semval *vals)
{
	const struct ipc_owner *o = &s->perm;
	fprintf(out, "\nSemaphore Array semid=%d\n", o->id);
	fprintf(out, "uid=%u\t gid=%u\t cuid=%u\t cgid=%u\n", (unsigned)o->uid, (unsigned)o->gid,
		(unsigned)o->cuid, (unsigned)o->cgid);
	fprintf(out, "mode=%#o, access_perms=%#o\n", o->mode, o->mode & 0777);
	fprintf(out, "nsems = %" PRIu64 "\n", s->nsems);
	print_long_time(out, "otime = ", s->otime, false);
	print_long_time(out, "ctime = ", s->ctime, true);
	fprintf(out, "%-10s %-10s %-10s %-10s %-10s\n", "semnum", "value", "ncount", "zcount", "pid");
	for (size_t i = 0; vals && i < s->nsems; i++)
		fprintf(out, "%-10zu %-10d %-10d %-10d %-10d\n", i, vals[i].value, vals[i].ncount,
			vals[i].zcount, (int)vals[i].pid);
	fputc('\n', out);
}
