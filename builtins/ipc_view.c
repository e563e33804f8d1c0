/* ipc_view.c - one ipcs view: the System V sections (util-linux's output), the POSIX sections,
 * the -i detail views, and the same as JSON. */
#include "ipc_ipcs.h"
#include "ipc_util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const char *const what[] = { "message queues", "shared memory", "semaphores" };

void ipcs_view_reset(struct ipcs *p)
{
	ipc_mapping_list_free(&p->maps);
	p->maps_read = false;
	p->told_unreadable = p->told_procs = false;
	p->status = 0;
}

/* The processes holding objects, read once per view (for -p and -i -p); POSIX views look at
 * open files too. Processes that could not be inspected are noted once on stderr. */
static const struct ipc_mapping_list *mappings(struct ipcs *p)
{
	if (!p->maps_read) {
		p->maps_read = true;
		if (ipc_mappings_scan(p->src, !p->specific && p->posix != IPCS_POSIX_NONE, &p->maps) < 0)
			ipc_err(p->err, "ipcs", "cannot read %s: %s", p->src->proc, strerror(errno));
	}
	if (p->maps.unreadable && !p->told_procs) {
		p->told_procs = true;
		ipc_err(p->err, "ipcs", "%zu process%s could not be inspected (%s): what %s is not shown",
			p->maps.unreadable, p->maps.unreadable == 1 ? "" : "es", strerror(p->maps.reason),
			p->maps.unreadable == 1 ? "it holds" : "they hold");
	}
	return &p->maps;
}

static void read_error(struct ipcs *p, enum ipc_kind kind)
{
	ipc_err(p->err, "ipcs", "cannot read %s: %s", what[kind], strerror(errno));
	p->status = 1;
}

/* Says once per view why values are shown as "-" (another user's queue or semaphore). */
static void note_unreadable(struct ipcs *p, const struct ipc_posix_list *l)
{
	for (size_t i = 0; i < l->n && !p->told_unreadable; i++) {
		if (l->v[i].unreadable) {
			p->told_unreadable = true;
			ipc_err(p->err, "ipcs", "cannot read %s: %s (values that cannot be read are shown as -)",
				l->v[i].name, strerror(l->v[i].unreadable));
		}
	}
}

static void sysv_section(struct ipcs *p, enum ipc_kind kind)
{
	struct ipc_limits lim = { 0 };
	struct ipc_status st = { 0 };
	int rc = -1;
	switch (p->fmt) {
	case IPC_FMT_LIMITS:
		switch (kind) {
		case IPC_KIND_MSG: rc = ipc_msg_limits(p->src, &lim); break;
		case IPC_KIND_SHM: rc = ipc_shm_limits(p->src, &lim); break;
		case IPC_KIND_SEM: rc = ipc_sem_limits(p->src, &lim); break;
		}
		ipc_print_limits(p->out, kind, p->unit, rc == 0 ? &lim : NULL);
		return;
	case IPC_FMT_STATUS:
		rc = ipc_status_read(p->src, kind, &st);
		ipc_print_status(p->out, kind, p->unit, rc == 0 ? &st : NULL);
		return;
	case IPC_FMT_CREATOR:
	case IPC_FMT_TIME:
	case IPC_FMT_PID:
	case IPC_FMT_DEFAULT:
		break;
	}
	ipc_print_sysv_header(p->out, kind, p->fmt, p->unit);
	switch (kind) {
	case IPC_KIND_MSG: {
		struct ipc_msg_list l = { 0 };
		if (ipc_msg_collect(p->src, &l) < 0) {
			read_error(p, kind);
			return;
		}
		ipc_print_msgs(p->out, &p->names, p->fmt, p->unit, &l);
		ipc_msg_list_free(&l);
		return;
	}
	case IPC_KIND_SHM: {
		struct ipc_shm_list l = { 0 };
		if (ipc_shm_collect(p->src, &l) < 0) {
			read_error(p, kind);
			return;
		}
		ipc_print_shms(p->out, &p->names, p->fmt, p->unit, &l);
		ipc_shm_list_free(&l);
		return;
	}
	case IPC_KIND_SEM: {
		struct ipc_sem_list l = { 0 };
		if (p->fmt == IPC_FMT_PID)
			return;
		if (ipc_sem_collect(p->src, &l) < 0) {
			read_error(p, kind);
			return;
		}
		ipc_print_sems(p->out, &p->names, p->fmt, &l);
		ipc_sem_list_free(&l);
		return;
	}
	}
}

/* Collects the POSIX objects of kind: true when there is a list to show. With --posix, a kind
 * that cannot be seen is an error (status 1) saying how to mount it; otherwise it is left out. */
static bool posix_collect(struct ipcs *p, enum ipc_kind kind, struct ipc_posix_list *l)
{
	char hint[256];
	int rc = ipc_posix_collect(p->src, kind, l);
	if (rc == 0)
		return true;
	if (p->posix != IPCS_POSIX_ALWAYS)
		return false;
	if (rc == IPC_NOT_MOUNTED) {
		ipc_err(p->err, "ipcs", "cannot list POSIX %s: %s", what[kind], ipc_not_mounted_hint(p->src, kind, hint));
		p->status = 1;
	} else {
		read_error(p, kind);
	}
	return false;
}

/* One POSIX section with its blank line; without --posix only when objects of kind exist. */
static void posix_section(struct ipcs *p, enum ipc_kind kind)
{
	struct ipc_posix_list l = { 0 };
	struct ipc_limits lim = { 0 };
	if (p->fmt == IPC_FMT_LIMITS) {
		if (p->posix != IPCS_POSIX_ALWAYS)
			return;
		ipc_posix_limits(p->src, &lim);
		ipc_print_posix_limits(p->out, kind, p->unit, &lim);
		fputc('\n', p->out);
		return;
	}
	if (!posix_collect(p, kind, &l) || (l.n == 0 && p->posix != IPCS_POSIX_ALWAYS)) {
		ipc_posix_list_free(&l);
		return;
	}
	switch (p->fmt) {
	case IPC_FMT_LIMITS:
		break;
	case IPC_FMT_STATUS:
		ipc_print_posix_status(p->out, kind, p->unit, &l);
		break;
	case IPC_FMT_PID:
	case IPC_FMT_CREATOR:
	case IPC_FMT_TIME:
	case IPC_FMT_DEFAULT:
		ipc_print_posix_header(p->out, kind, p->fmt, p->unit);
		ipc_print_posix(p->out, &p->names, kind, p->fmt, p->unit, &l,
			p->fmt == IPC_FMT_PID ? mappings(p) : NULL);
		break;
	}
	note_unreadable(p, &l);
	ipc_posix_list_free(&l);
	fputc('\n', p->out);
}

/* util-linux says "id N not found" on stderr and still exits 0; so does ipcs here. */
static void not_found(struct ipcs *p)
{
	ipc_err(p->err, "ipcs", "id %d not found", p->id);
}

/* Reads the values of semaphore set s (live only); false (reported) when it cannot. */
static bool sem_values(struct ipcs *p, const struct ipc_sem *s, struct ipc_semval **vals)
{
	*vals = NULL;
	if (!p->src->live || s->nsems == 0)
		return true;
	if (!(*vals = calloc(s->nsems, sizeof **vals))) {
		ipc_err(p->err, "ipcs", "%s", strerror(errno));
		p->status = 1;
		return false;
	}
	if (ipc_sem_values(s->perm.id, s->nsems, *vals) == 0)
		return true;
	if (errno == EINVAL || errno == EIDRM) {
		not_found(p);
	} else {
		ipc_err(p->err, "ipcs", "semctl(GETVAL) failed: %s", strerror(errno));
		p->status = 1;
	}
	free(*vals);
	*vals = NULL;
	return false;
}

/* -i ID: one System V object, as text or JSON; -p adds the attached pids of a segment. */
static void detail(struct ipcs *p, enum ipc_kind kind)
{
	struct ipc_json j;
	int rc = -1;
	union { struct ipc_msg m; struct ipc_shm s; struct ipc_sem e; } o;
	switch (kind) {
	case IPC_KIND_MSG: rc = ipc_msg_get(p->src, p->id, &o.m); break;
	case IPC_KIND_SHM: rc = ipc_shm_get(p->src, p->id, &o.s); break;
	case IPC_KIND_SEM: rc = ipc_sem_get(p->src, p->id, &o.e); break;
	}
	if (rc < 0) {
		read_error(p, kind);
		return;
	}
	if (rc == 0) {
		not_found(p);
		return;
	}
	if (p->json)
		ipc_json_begin(&j, p->out, &p->names);
	switch (kind) {
	case IPC_KIND_MSG:
		if (p->json)
			ipc_json_msgs(&j, &(struct ipc_msg_list){ .v = &o.m, .n = 1 });
		else
			ipc_print_msg_detail(p->out, p->unit, &o.m);
		break;
	case IPC_KIND_SHM: {
		const struct ipc_mapping_list *maps = p->fmt == IPC_FMT_PID ? mappings(p) : NULL;
		pid_t *pids;
		size_t n = ipc_pids_of(maps, p->id, 0, 0, &pids);
		if (p->json)
			ipc_json_shms(&j, &(struct ipc_shm_list){ .v = &o.s, .n = 1 }, maps);
		else
			ipc_print_shm_detail(p->out, p->unit, &o.s, pids, n);
		free(pids);
		break;
	}
	case IPC_KIND_SEM: {
		struct ipc_semval *vals;
		if (!sem_values(p, &o.e, &vals))
			break;
		if (p->json)
			ipc_json_sems(&j, &(struct ipc_sem_list){ .v = &o.e, .n = 1 }, vals);
		else
			ipc_print_sem_detail(p->out, &o.e, vals);
		free(vals);
		break;
	}
	}
	if (p->json)
		ipc_json_end(&j);
}

/* -l / -u as JSON. */
static void json_summary(struct ipcs *p, struct ipc_json *j)
{
	struct ipc_limits lim = { 0 };
	struct ipc_status st = { 0 };
	struct ipc_posix_list pl[3] = { { 0 } };
	const struct ipc_posix_list *plists[3] = { NULL, NULL, NULL };
	bool posix = p->posix != IPCS_POSIX_NONE;
	if (p->fmt == IPC_FMT_LIMITS) {
		if (p->sysv && p->kinds[IPC_KIND_MSG] && ipc_msg_limits(p->src, &lim) < 0)
			read_error(p, IPC_KIND_MSG);
		if (p->sysv && p->kinds[IPC_KIND_SHM] && ipc_shm_limits(p->src, &lim) < 0)
			read_error(p, IPC_KIND_SHM);
		if (p->sysv && p->kinds[IPC_KIND_SEM] && ipc_sem_limits(p->src, &lim) < 0)
			read_error(p, IPC_KIND_SEM);
		if (posix)
			ipc_posix_limits(p->src, &lim);
		ipc_json_limits(j, p->kinds, p->sysv, posix, &lim);
		return;
	}
	for (int k = 0; k < 3; k++) {
		if (!p->kinds[k])
			continue;
		if (p->sysv && ipc_status_read(p->src, (enum ipc_kind)k, &st) < 0)
			read_error(p, (enum ipc_kind)k);
		if (posix && posix_collect(p, (enum ipc_kind)k, &pl[k]))
			plists[k] = &pl[k];
	}
	ipc_json_status(j, p->kinds, p->sysv ? &st : NULL, posix ? plists : NULL);
	for (int k = 0; k < 3; k++)
		ipc_posix_list_free(&pl[k]);
}

/* The listing as JSON: System V arrays, then the POSIX arrays that can be read. */
static void json_listing(struct ipcs *p)
{
	struct ipc_json j;
	const struct ipc_mapping_list *maps = p->fmt == IPC_FMT_PID ? mappings(p) : NULL;
	ipc_json_begin(&j, p->out, &p->names);
	if (p->fmt == IPC_FMT_LIMITS || p->fmt == IPC_FMT_STATUS) {
		json_summary(p, &j);
		ipc_json_end(&j);
		return;
	}
	if (p->sysv && p->kinds[IPC_KIND_MSG]) {
		struct ipc_msg_list l = { 0 };
		if (ipc_msg_collect(p->src, &l) < 0)
			read_error(p, IPC_KIND_MSG);
		ipc_json_msgs(&j, &l);
		ipc_msg_list_free(&l);
	}
	if (p->sysv && p->kinds[IPC_KIND_SHM]) {
		struct ipc_shm_list l = { 0 };
		if (ipc_shm_collect(p->src, &l) < 0)
			read_error(p, IPC_KIND_SHM);
		ipc_json_shms(&j, &l, maps);
		ipc_shm_list_free(&l);
	}
	if (p->sysv && p->kinds[IPC_KIND_SEM]) {
		struct ipc_sem_list l = { 0 };
		if (ipc_sem_collect(p->src, &l) < 0)
			read_error(p, IPC_KIND_SEM);
		ipc_json_sems(&j, &l, NULL);
		ipc_sem_list_free(&l);
	}
	for (int k = 0; p->posix != IPCS_POSIX_NONE && k < 3; k++) {
		struct ipc_posix_list l = { 0 };
		if (!p->kinds[k] || !posix_collect(p, (enum ipc_kind)k, &l))
			continue;
		ipc_json_posix(&j, (enum ipc_kind)k, &l, maps);
		note_unreadable(p, &l);
		ipc_posix_list_free(&l);
	}
	ipc_json_end(&j);
}

void ipcs_view(struct ipcs *p)
{
	if (p->specific) {
		detail(p, p->kinds[IPC_KIND_MSG] ? IPC_KIND_MSG : p->kinds[IPC_KIND_SHM] ? IPC_KIND_SHM : IPC_KIND_SEM);
		return;
	}
	if (p->json) {
		json_listing(p);
		return;
	}
	fputc('\n', p->out);
	for (int k = 0; p->sysv && k < 3; k++) {
		if (p->kinds[k]) {
			sysv_section(p, (enum ipc_kind)k);
			fputc('\n', p->out);
		}
	}
	for (int k = 0; p->posix != IPCS_POSIX_NONE && k < 3; k++) {
		if (p->kinds[k])
			posix_section(p, (enum ipc_kind)k);
	}
}
