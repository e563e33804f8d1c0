/* ipc_json.c - ipcs --json: one object with an array per kind, keys named like lsipc's columns. */
#define _GNU_SOURCE  /* SHM_DEST and SHM_LOCKED are Linux-only */
#include "ipc_print.h"

#include <inttypes.h>
#include <stdlib.h>
#include <sys/shm.h>
#include <time.h>

static void json_string(FILE *out, const char *s)
{
	fputc('"', out);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(out, "\\%c", *p);
		else if (*p < 0x20 || *p == 0x7f)
			fprintf(out, "\\u%04x", *p);
		else
			fputc(*p, out);
	}
	fputc('"', out);
}

/* Writes ,"key": (the comma unless first) */
static void key(FILE *out, const char *k, bool first)
{
	fprintf(out, "%s\"%s\": ", first ? "" : ", ", k);
}

static void kv_str(FILE *out, const char *k, const char *v)
{
	key(out, k, false);
	if (v)
		json_string(out, v);
	else
		fputs("null", out);
}

static void kv_u64(FILE *out, const char *k, uint64_t v)
{
	key(out, k, false);
	fprintf(out, "%" PRIu64, v);
}

static void kv_i64(FILE *out, const char *k, int64_t v)
{
	key(out, k, false);
	fprintf(out, "%" PRId64, v);
}

/* A time as ISO 8601 local time, or null when not set. */
static void kv_time(FILE *out, const char *k, int64_t t)
{
	char buf[64];
	time_t tt = (time_t)t;
	struct tm tm;
	key(out, k, false);
	if (t && localtime_r(&tt, &tm) && strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S%z", &tm) > 0)
		json_string(out, buf);
	else
		fputs("null", out);
}

static void kv_perms(FILE *out, unsigned mode)
{
	char s[10];
	const char *rwx = "rwxrwxrwx";
	for (int i = 0; i < 9; i++)
		s[i] = (mode & (0400u >> i)) ? rwx[i] : '-';
	s[9] = '\0';
	kv_str(out, "perms", s);
}

/* owner, cuid/cuser, cgid/cgroup and (System V) uid/user, gid/group. */
static void owners(struct ipc_json *j, uid_t uid, gid_t gid, uid_t cuid, gid_t cgid, bool sysv)
{
	const char *owner = ipc_user_name(j->names, uid);
	char num[32];
	snprintf(num, sizeof num, "%u", (unsigned)uid);
	kv_str(j->out, "owner", owner ? owner : num);
	kv_u64(j->out, "cuid", cuid);
	kv_str(j->out, "cuser", ipc_user_name(j->names, cuid));
	kv_u64(j->out, "cgid", cgid);
	kv_str(j->out, "cgroup", ipc_group_name(j->names, cgid));
	if (!sysv)
		return;
	kv_u64(j->out, "uid", uid);
	kv_str(j->out, "user", owner);
	kv_u64(j->out, "gid", gid);
	kv_str(j->out, "group", ipc_group_name(j->names, gid));
}

static void sysv_head(struct ipc_json *j, const struct ipc_owner *o)
{
	char k[16];
	snprintf(k, sizeof k, "0x%08x", (unsigned)o->key);
	key(j->out, "key", true);
	json_string(j->out, k);
	kv_i64(j->out, "id", o->id);
	kv_perms(j->out, o->mode);
	owners(j, o->uid, o->gid, o->cuid, o->cgid, true);
}

static void pids(FILE *out, const struct ipc_mapping_list *maps, int shmid, dev_t dev, ino_t ino)
{
	pid_t *v;
	size_t n = ipc_pids_of(maps, shmid, dev, ino, &v);
	key(out, "pids", false);
	fputc('[', out);
	for (size_t i = 0; i < n; i++)
		fprintf(out, "%s%d", i ? ", " : "", (int)v[i]);
	fputc(']', out);
	free(v);
}

static void array_begin(struct ipc_json *j, const char *name)
{
	fprintf(j->out, "%s   \"%s\": [", j->members++ ? ",\n" : "", name);
	j->items = 0;
}

static void item_begin(struct ipc_json *j)
{
	fprintf(j->out, "%s\n      {", j->items++ ? "," : "");
}

static void array_end(struct ipc_json *j)
{
	fputs(j->items ? "\n   ]" : "]", j->out);
}

void ipc_json_begin(struct ipc_json *j, FILE *out, struct ipc_names *names)
{
	*j = (struct ipc_json){ .out = out, .names = names };
	fputs("{\n", out);
}

void ipc_json_end(struct ipc_json *j)
{
	fputs(j->members ? "\n}\n" : "}\n", j->out);
}

void ipc_json_msgs(struct ipc_json *j, const struct ipc_msg_list *l)
{
	array_begin(j, "messages");
	for (size_t i = 0; i < l->n; i++) {
		const struct ipc_msg *m = &l->v[i];
		item_begin(j);
		sysv_head(j, &m->perm);
		kv_u64(j->out, "usedbytes", m->cbytes);
		kv_u64(j->out, "msgs", m->qnum);
		if (m->qbytes)
			kv_u64(j->out, "qbytes", m->qbytes);
		kv_time(j->out, "send", m->stime);
		kv_time(j->out, "recv", m->rtime);
		kv_time(j->out, "ctime", m->ctime);
		kv_i64(j->out, "lspid", m->lspid);
		kv_i64(j->out, "lrpid", m->lrpid);
		fputc('}', j->out);
	}
	array_end(j);
}

void ipc_json_shms(struct ipc_json *j, const struct ipc_shm_list *l, const struct ipc_mapping_list *maps)
{
	array_begin(j, "sharedmemory");
	for (size_t i = 0; i < l->n; i++) {
		const struct ipc_shm *s = &l->v[i];
		bool dest = s->perm.mode & SHM_DEST, locked = s->perm.mode & SHM_LOCKED;
		item_begin(j);
		sysv_head(j, &s->perm);
		kv_u64(j->out, "size", s->segsz);
		kv_u64(j->out, "nattch", s->nattch);
		kv_str(j->out, "status", dest && locked ? "dest,locked" : dest ? "dest" : locked ? "locked" : NULL);
		kv_time(j->out, "attach", s->atime);
		kv_time(j->out, "detach", s->dtime);
		kv_time(j->out, "ctime", s->ctime);
		kv_i64(j->out, "cpid", s->cpid);
		kv_i64(j->out, "lpid", s->lpid);
		if (maps)
			pids(j->out, maps, s->perm.id, 0, 0);
		fputc('}', j->out);
	}
	array_end(j);
}

void ipc_json_sems(struct ipc_json *j, const struct ipc_sem_list *l, const struct ipc_semval *vals)
{
	array_begin(j, "semaphores");
	for (size_t i = 0; i < l->n; i++) {
		const struct ipc_sem *s = &l->v[i];
		item_begin(j);
		sysv_head(j, &s->perm);
		kv_u64(j->out, "nsems", s->nsems);
		kv_time(j->out, "otime", s->otime);
		kv_time(j->out, "ctime", s->ctime);
		if (vals && l->n == 1) {
			key(j->out, "values", false);
			fputc('[', j->out);
			for (size_t k = 0; k < s->nsems; k++)
				fprintf(j->out, "%s{\"semnum\": %zu, \"value\": %d, \"ncount\": %d, \"zcount\": %d, \"pid\": %d}",
					k ? ", " : "", k, vals[k].value, vals[k].ncount, vals[k].zcount, (int)vals[k].pid);
			fputc(']', j->out);
		}
		fputc('}', j->out);
	}
	array_end(j);
}

void ipc_json_posix(struct ipc_json *j, enum ipc_kind kind, const struct ipc_posix_list *l,
	const struct ipc_mapping_list *maps)
{
	static const char *const names[] = { "posix-messages", "posix-sharedmemory", "posix-semaphores" };
	array_begin(j, names[kind]);
	for (size_t i = 0; i < l->n; i++) {
		const struct ipc_posix *p = &l->v[i];
		item_begin(j);
		key(j->out, "name", true);
		json_string(j->out, p->name);
		kv_perms(j->out, p->mode);
		owners(j, p->uid, p->gid, p->uid, p->gid, false);
		kv_time(j->out, "mtime", p->mtime);
		switch (kind) {
		case IPC_KIND_MSG:
			if (p->has_size)
				kv_u64(j->out, "usedbytes", p->size);
			else
				kv_str(j->out, "usedbytes", NULL);
			if (p->has_count)
				kv_i64(j->out, "msgs", p->count);
			else
				kv_str(j->out, "msgs", NULL);
			break;
		case IPC_KIND_SHM:
			kv_u64(j->out, "size", p->size);
			kv_u64(j->out, "allocated", p->allocated);
			break;
		case IPC_KIND_SEM:
			if (p->has_count)
				kv_i64(j->out, "sval", p->count);
			else
				kv_str(j->out, "sval", NULL);
			break;
		}
		if (maps)
			pids(j->out, maps, -1, p->dev, p->ino);
		fputc('}', j->out);
	}
	array_end(j);
}

static void object_begin(struct ipc_json *j, const char *name)
{
	fprintf(j->out, "%s   \"%s\": {", j->members++ ? ",\n" : "", name);
	j->items = 0;
}

/* One "name": number member of an object being written. */
static void member(struct ipc_json *j, const char *name, int64_t v)
{
	key(j->out, name, j->items++ == 0);
	fprintf(j->out, "%" PRId64, v);
}

void ipc_json_limits(struct ipc_json *j, const bool kinds[3], bool sysv, bool posix,
	const struct ipc_limits *lim)
{
	object_begin(j, "limits");
	if (sysv && kinds[IPC_KIND_MSG]) {
		member(j, "msgmni", lim->msgmni);
		member(j, "msgmax", (int64_t)lim->msgmax);
		member(j, "msgmnb", lim->msgmnb);
	}
	if (sysv && kinds[IPC_KIND_SHM]) {
		member(j, "shmmni", (int64_t)lim->shmmni);
		key(j->out, "shmmax", j->items++ == 0);
		fprintf(j->out, "%" PRIu64, lim->shmmax);
		key(j->out, "shmall", false);
		fprintf(j->out, "%" PRIu64, lim->shmall);
		member(j, "shmmin", (int64_t)lim->shmmin);
	}
	if (sysv && kinds[IPC_KIND_SEM]) {
		member(j, "semmni", lim->semmni);
		member(j, "semmsl", lim->semmsl);
		member(j, "semmns", lim->semmns);
		member(j, "semopm", lim->semopm);
		member(j, "semvmx", lim->semvmx);
	}
	if (posix && kinds[IPC_KIND_MSG]) {
		member(j, "mq_queues_max", lim->mq_queues_max);
		member(j, "mq_msg_max", lim->mq_msg_max);
		member(j, "mq_msgsize_max", lim->mq_msgsize_max);
		member(j, "mq_msg_default", lim->mq_msg_default);
		member(j, "mq_msgsize_default", lim->mq_msgsize_default);
	}
	if (posix && kinds[IPC_KIND_SHM])
		member(j, "posix_shm_bytes", (int64_t)lim->pshm_bytes);
	if (posix && kinds[IPC_KIND_SEM])
		member(j, "posix_sem_value_max", lim->psem_value_max);
	fputc('}', j->out);
}

void ipc_json_status(struct ipc_json *j, const bool kinds[3], const struct ipc_status *st,
	const struct ipc_posix_list *const plists[3])
{
	object_begin(j, "status");
	if (st && kinds[IPC_KIND_MSG]) {
		member(j, "msg_queues", st->msg_queues);
		member(j, "msg_headers", st->msg_headers);
		member(j, "msg_bytes", (int64_t)st->msg_bytes);
	}
	if (st && kinds[IPC_KIND_SHM]) {
		member(j, "shm_segments", st->shm_segments);
		member(j, "shm_pages", (int64_t)st->shm_pages);
		member(j, "shm_resident", (int64_t)st->shm_resident);
		member(j, "shm_swapped", (int64_t)st->shm_swapped);
	}
	if (st && kinds[IPC_KIND_SEM]) {
		member(j, "sem_arrays", st->sem_arrays);
		member(j, "sem_sems", st->sem_sems);
	}
	if (plists && kinds[IPC_KIND_MSG] && plists[IPC_KIND_MSG])
		member(j, "posix_queues", (int64_t)plists[IPC_KIND_MSG]->n);
	if (plists && kinds[IPC_KIND_SHM] && plists[IPC_KIND_SHM])
		member(j, "posix_segments", (int64_t)plists[IPC_KIND_SHM]->n);
	if (plists && kinds[IPC_KIND_SEM] && plists[IPC_KIND_SEM])
		member(j, "posix_semaphores", (int64_t)plists[IPC_KIND_SEM]->n);
	fputc('}', j->out);
}
