/* ipc_fmt.c - formatting helpers for the ipcs printers: names, sizes, times, pids. */
#include "ipc_print.h"
#include "ipc_util.h"

#include <grp.h>
#include <inttypes.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct ipc_name_entry {
	unsigned id;
	char *name;  /* NULL: no such user/group */
};

/* Finds id in a cache array, or looks it up with lookup() and remembers the answer. */
static const char *cached(struct ipc_name_entry **v, size_t *n, unsigned id, char *(*lookup)(unsigned))
{
	struct ipc_name_entry *e;
	for (size_t i = 0; i < *n; i++) {
		if ((*v)[i].id == id)
			return (*v)[i].name;
	}
	e = ipc_push(v, n, sizeof **v);
	if (!e)
		return NULL;  /* out of memory: the caller shows the number */
	e->id = id;
	e->name = lookup(id);
	return e->name;
}

static char *user_lookup(unsigned id)
{
	struct passwd *pw = getpwuid((uid_t)id);
	return pw ? strdup(pw->pw_name) : NULL;
}

static char *group_lookup(unsigned id)
{
	struct group *gr = getgrgid((gid_t)id);
	return gr ? strdup(gr->gr_name) : NULL;
}

const char *ipc_user_name(struct ipc_names *c, uid_t uid)
{
	return cached(&c->users, &c->nusers, (unsigned)uid, user_lookup);
}

const char *ipc_group_name(struct ipc_names *c, gid_t gid)
{
	return cached(&c->groups, &c->ngroups, (unsigned)gid, group_lookup);
}

void ipc_names_free(struct ipc_names *c)
{
	for (size_t i = 0; i < c->nusers; i++)
		free(c->users[i].name);
	for (size_t i = 0; i < c->ngroups; i++)
		free(c->groups[i].name);
	free(c->users);
	free(c->groups);
	*c = (struct ipc_names){ 0 };
}

void ipc_human_size(char buf[32], uint64_t size)
{
	static const char letters[] = "BKMGTPE";
	int exp = 0;
	uint64_t dec, frac;
	while (exp < 60 && size >= (UINT64_C(1) << (exp + 10)))
		exp += 10;
	dec = exp ? size >> exp : size;
	frac = exp ? size & ((UINT64_C(1) << exp) - 1) : 0;
	if (frac) {
		/* three digits after the point, then round to one */
		if (frac >= UINT64_MAX / 1000)
			frac = ((frac / 1024) * 1000) >> (exp - 10);
		else
			frac = (frac * 1000) >> exp;
		frac = ((frac + 50) / 100) * 10;
		if (frac == 100) {
			dec++;
			frac = 0;
		}
	}
	if (frac)
		snprintf(buf, 32, "%" PRIu64 ".%c%c", dec, (char)('0' + frac / 10 % 10), letters[exp / 10]);
	else
		snprintf(buf, 32, "%" PRIu64 "%c", dec, letters[exp / 10]);
}

void ipc_print_size(FILE *out, enum ipc_unit unit, const char *msg, uint64_t size, const char *end,
	int width)
{
	char human[32];
	if (msg) {
		size_t len = strlen(msg);
		if (len > 0 && msg[len - 1] == '=')
			fputs(msg, out);
		else if (unit == IPC_UNIT_BYTES)
			fprintf(out, "%s (bytes) = ", msg);
		else if (unit == IPC_UNIT_KB)
			fprintf(out, "%s (kbytes) = ", msg);
		else
			fprintf(out, "%s = ", msg);
	}
	switch (unit) {
	case IPC_UNIT_DEFAULT:
	case IPC_UNIT_BYTES:
		fprintf(out, "%*" PRIu64, width, size);
		break;
	case IPC_UNIT_KB:
		fprintf(out, "%*" PRIu64, width, size / 1024);
		break;
	case IPC_UNIT_HUMAN:
		ipc_human_size(human, size);
		fprintf(out, "%*s", width, human);
		break;
	}
	if (end)
		fputs(end, out);
}

void ipc_ctime(int64_t t, char buf[32])
{
	time_t tt = (time_t)t;
	char tmp[64];
	size_t len;
	if (!ctime_r(&tt, tmp) || (len = strlen(tmp)) >= 32) {
		strcpy(buf, "?");
		return;
	}
	if (len > 0 && tmp[len - 1] == '\n')
		tmp[--len] = '\0';
	memcpy(buf, tmp, len + 1);
}

void ipc_print_owner(FILE *out, struct ipc_names *c, uid_t uid)
{
	const char *name = ipc_user_name(c, uid);
	if (name)
		fprintf(out, "%-10.10s", name);
	else
		fprintf(out, "%-10u", (unsigned)uid);
}

size_t ipc_pids_of(const struct ipc_mapping_list *maps, int shmid, dev_t dev, ino_t ino, pid_t **pids)
{
	size_t n = 0;
	*pids = NULL;
	if (!maps)
		return 0;
	for (size_t i = 0; i < maps->n; i++) {
		const struct ipc_mapping *m = &maps->v[i];
		pid_t *p;
		if (m->shmid != shmid || (shmid < 0 && (m->dev != dev || m->ino != ino)))
			continue;
		if (!(p = ipc_push(pids, &n, sizeof **pids)))
			break;  /* out of memory: show the pids found so far */
		*p = m->pid;
	}
	return n;
}
