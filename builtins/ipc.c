/* ipc.c - the ipcs builtin: options, then one section per kind and family (System V, POSIX). */
#define _GNU_SOURCE  /* getopt_long, and optind = 0 for glibc's full getopt reset between calls */
#include "builtins.h"
#include "ipc.h"
#include "ipc_print.h"
#include "ipc_util.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#ifndef MINISH_VERSION
#define MINISH_VERSION "unknown"
#endif

enum { OPT_HUMAN = CHAR_MAX + 1, OPT_SYSV, OPT_POSIX };

/* What one ipcs call asks for. */
struct ipcs {
	const struct ipc_source *src;
	FILE *out, *err;
	bool kinds[3];          /* indexed by enum ipc_kind */
	bool sysv, posix;
	bool json, specific;
	int id;
	enum ipc_format fmt;
	enum ipc_unit unit;
	struct ipc_names names;
	struct ipc_mapping_list maps;
	bool maps_read;
	int status;
};

static const char *const what[] = { "message queues", "shared memory", "semaphores" };

static const char usage_line[] =
	"Usage: ipcs [-a|-q|-m|-s] [-t|-p|-c|-l|-u] [-b|--human] [-J] [--sysv|--posix] [-m|-q|-s -i ID]\n";

static void usage(FILE *out)
{
	fputs(usage_line, out);
	fputs("Show System V and POSIX IPC objects.\n\n"
	      "Resources:\n"
	      " -q, --queues       message queues\n"
	      " -m, --shmems       shared memory segments\n"
	      " -s, --semaphores   semaphores\n"
	      " -a, --all          all (default)\n"
	      "     --sysv         only System V objects\n"
	      "     --posix        only POSIX objects\n"
	      " -i, --id ID        details of the System V object ID (with one of -q, -m, -s)\n\n"
	      "Output:\n"
	      " -t, --time         times of attach, detach, change\n"
	      " -p, --pid          pids of creator and last operator (POSIX: processes mapping it)\n"
	      " -c, --creator      creator and owner\n"
	      " -l, --limits       resource limits\n"
	      " -u, --summary      status summary\n"
	      "     --human        sizes in human-readable format\n"
	      " -b, --bytes        sizes in bytes\n"
	      " -J, --json         JSON output\n"
	      " -h, --help         this help\n"
	      " -V, --version      version\n", out);
}

/* Reports a getopt error (opterr is 0, so getopt printed nothing). */
static void bad_option(FILE *err, const char *cmd, int c, int opt, char **argv, int ind)
{
	if (c == ':')
		ipc_err(err, cmd, "option requires an argument -- '%c'", opt);
	else if (opt)
		ipc_err(err, cmd, "invalid option -- '%c'", opt);
	else
		ipc_err(err, cmd, "unrecognized option '%s'", argv[ind - 1]);
}

/* Parses argv into p: -1 to go on, else the exit status to return now. */
static int parse(struct ipcs *p, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "id", required_argument, NULL, 'i' },      { "queues", no_argument, NULL, 'q' },
		{ "shmems", no_argument, NULL, 'm' },        { "semaphores", no_argument, NULL, 's' },
		{ "all", no_argument, NULL, 'a' },           { "time", no_argument, NULL, 't' },
		{ "pid", no_argument, NULL, 'p' },           { "creator", no_argument, NULL, 'c' },
		{ "limits", no_argument, NULL, 'l' },        { "summary", no_argument, NULL, 'u' },
		{ "human", no_argument, NULL, OPT_HUMAN },   { "bytes", no_argument, NULL, 'b' },
		{ "json", no_argument, NULL, 'J' },          { "sysv", no_argument, NULL, OPT_SYSV },
		{ "posix", no_argument, NULL, OPT_POSIX },   { "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },       { NULL, 0, NULL, 0 },
	};
	int c;
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":i:qmsatpclubJhV", longopts, NULL)) != -1) {
		switch (c) {
		case 'i':
			if (ipc_parse_int(optarg, &p->id) < 0) {
				ipc_err(p->err, "ipcs", "failed to parse id argument: '%s'", optarg);
				return 1;
			}
			p->specific = true;
			break;
		case 'q': p->kinds[IPC_KIND_MSG] = true; break;
		case 'm': p->kinds[IPC_KIND_SHM] = true; break;
		case 's': p->kinds[IPC_KIND_SEM] = true; break;
		case 'a': p->kinds[0] = p->kinds[1] = p->kinds[2] = true; break;
		case 't': p->fmt = IPC_FMT_TIME; break;
		case 'p': p->fmt = IPC_FMT_PID; break;
		case 'c': p->fmt = IPC_FMT_CREATOR; break;
		case 'l': p->fmt = IPC_FMT_LIMITS; break;
		case 'u': p->fmt = IPC_FMT_STATUS; break;
		case OPT_HUMAN: p->unit = IPC_UNIT_HUMAN; break;
		case 'b': p->unit = IPC_UNIT_BYTES; break;
		case 'J': p->json = true; break;
		case OPT_SYSV: p->sysv = true; break;
		case OPT_POSIX: p->posix = true; break;
		case 'h':
			usage(p->out);
			return 0;
		case 'V':
			fprintf(p->out, "ipcs (minish) %s\n", MINISH_VERSION);
			return 0;
		default:
			bad_option(p->err, "ipcs", c, optopt, argv, optind);
			fputs(usage_line, p->err);
			return 1;
		}
	}
	return -1;
}

/* The mappings of every process, read once per call (for -p and -m -i). */
static const struct ipc_mapping_list *mappings(struct ipcs *p)
{
	if (!p->maps_read) {
		p->maps_read = true;
		if (ipc_mappings_scan(p->src, &p->maps) < 0)
			ipc_err(p->err, "ipcs", "cannot read %s: %s", p->src->proc, strerror(errno));
	}
	return &p->maps;
}

static void read_error(struct ipcs *p, enum ipc_kind kind)
{
	ipc_err(p->err, "ipcs", "cannot read %s: %s", what[kind], strerror(errno));
	p->status = 1;
}

static void not_mounted(struct ipcs *p)
{
	ipc_err(p->err, "ipcs", "%s is not mounted; to list POSIX message queues run: mount -t mqueue none %s",
		p->src->dev_mqueue, p->src->dev_mqueue);
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

/* Collects POSIX objects of kind, reporting problems; false when there is nothing to show. */
static bool posix_collect(struct ipcs *p, enum ipc_kind kind, struct ipc_posix_list *l)
{
	int rc = ipc_posix_collect(p->src, kind, l);
	if (rc == IPC_NOT_MOUNTED)
		not_mounted(p);
	else if (rc < 0)
		read_error(p, kind);
	return rc == 0;
}

static void posix_section(struct ipcs *p, enum ipc_kind kind)
{
	struct ipc_posix_list l = { 0 };
	struct ipc_limits lim = { 0 };
	switch (p->fmt) {
	case IPC_FMT_LIMITS:
		ipc_posix_limits(p->src, &lim);
		ipc_print_posix_limits(p->out, kind, p->unit, &lim);
		break;
	case IPC_FMT_STATUS:
		posix_collect(p, kind, &l);
		ipc_print_posix_status(p->out, kind, p->unit, &l);
		break;
	case IPC_FMT_PID:
		if (kind == IPC_KIND_MSG)
			return;
		/* fall through */
	case IPC_FMT_CREATOR:
	case IPC_FMT_TIME:
	case IPC_FMT_DEFAULT:
		ipc_print_posix_header(p->out, kind, p->fmt, p->unit);
		if (posix_collect(p, kind, &l))
			ipc_print_posix(p->out, &p->names, kind, p->fmt, p->unit, &l,
				p->fmt == IPC_FMT_PID ? mappings(p) : NULL);
		break;
	}
	ipc_posix_list_free(&l);
	fputc('\n', p->out);
}

static void not_found(struct ipcs *p)
{
	ipc_err(p->err, "ipcs", "id %d not found", p->id);
	p->status = 1;
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
	if (errno == EINVAL || errno == EIDRM)
		not_found(p);
	else {
		ipc_err(p->err, "ipcs", "semctl failed: %s", strerror(errno));
		p->status = 1;
	}
	free(*vals);
	*vals = NULL;
	return false;
}

/* -i ID: one System V object, as text or JSON. */
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
		pid_t *pids;
		size_t n = ipc_pids_of(mappings(p), p->id, 0, &pids);
		if (p->json)
			ipc_json_shms(&j, &(struct ipc_shm_list){ .v = &o.s, .n = 1 }, mappings(p));
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
	if (p->fmt == IPC_FMT_LIMITS) {
		if (p->sysv && p->kinds[IPC_KIND_MSG] && ipc_msg_limits(p->src, &lim) < 0)
			read_error(p, IPC_KIND_MSG);
		if (p->sysv && p->kinds[IPC_KIND_SHM] && ipc_shm_limits(p->src, &lim) < 0)
			read_error(p, IPC_KIND_SHM);
		if (p->sysv && p->kinds[IPC_KIND_SEM] && ipc_sem_limits(p->src, &lim) < 0)
			read_error(p, IPC_KIND_SEM);
		if (p->posix)
			ipc_posix_limits(p->src, &lim);
		ipc_json_limits(j, p->kinds, p->sysv, p->posix, &lim);
		return;
	}
	for (int k = 0; k < 3; k++) {
		if (!p->kinds[k])
			continue;
		if (p->sysv && ipc_status_read(p->src, (enum ipc_kind)k, &st) < 0)
			read_error(p, (enum ipc_kind)k);
		if (p->posix && posix_collect(p, (enum ipc_kind)k, &pl[k]))
			plists[k] = &pl[k];
	}
	ipc_json_status(j, p->kinds, p->sysv ? &st : NULL, p->posix ? plists : NULL);
	for (int k = 0; k < 3; k++)
		ipc_posix_list_free(&pl[k]);
}

/* The listing as JSON: System V arrays, then POSIX arrays. */
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
	for (int k = 0; p->posix && k < 3; k++) {
		struct ipc_posix_list l = { 0 };
		if (!p->kinds[k])
			continue;
		posix_collect(p, (enum ipc_kind)k, &l);
		ipc_json_posix(&j, (enum ipc_kind)k, &l, maps);
		ipc_posix_list_free(&l);
	}
	ipc_json_end(&j);
}

static void run(struct ipcs *p)
{
	int nkinds = p->kinds[0] + p->kinds[1] + p->kinds[2];
	if (p->specific) {
		if (nkinds != 1) {
			ipc_err(p->err, "ipcs", "when using an ID, a single resource must be specified");
			p->status = 1;
		} else if (p->posix && !p->sysv) {
			ipc_err(p->err, "ipcs", "an ID names a System V object; --posix cannot be used with -i");
			p->status = 1;
		} else {
			detail(p, p->kinds[IPC_KIND_MSG] ? IPC_KIND_MSG : p->kinds[IPC_KIND_SHM] ? IPC_KIND_SHM : IPC_KIND_SEM);
		}
		return;
	}
	if (nkinds == 0)
		p->kinds[0] = p->kinds[1] = p->kinds[2] = true;
	if (!p->sysv && !p->posix)
		p->sysv = p->posix = true;
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
	for (int k = 0; p->posix && k < 3; k++) {
		if (p->kinds[k])
			posix_section(p, (enum ipc_kind)k);
	}
}

int ipcs_main(const struct ipc_source *src, FILE *out, FILE *err, int argc, char **argv)
{
	struct ipcs p = { .src = src, .out = out, .err = err };
	int rc = parse(&p, argc, argv);
	if (rc >= 0)
		return rc;
	run(&p);
	ipc_names_free(&p.names);
	ipc_mapping_list_free(&p.maps);
	return p.status;
}

int bi_ipcs(struct shell *sh, int argc, char **argv)
{
	struct ipc_source src;
	(void)sh;
	ipc_source_system(&src);
	return ipcs_main(&src, stdout, stderr, argc, argv);
}

int bi_ipcrm(struct shell *sh, int argc, char **argv)
{
	(void)sh;
	return ipcrm_main(stdout, stderr, argc, argv);
}

int bi_ipcmk(struct shell *sh, int argc, char **argv)
{
	(void)sh;
	return ipcmk_main(stdout, stderr, argc, argv);
}
