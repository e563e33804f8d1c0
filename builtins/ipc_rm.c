/* ipc_rm.c - the ipcrm builtin: remove System V objects by id or key and POSIX objects by name.
 * Every argument is checked before anything is removed, so a typo never removes half of a list. */
#define _GNU_SOURCE  /* getopt_long (with optind = 0 for a full reset) */
#include "ipc.h"
#include "ipc_num.h"
#include "ipc_util.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <mqueue.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>

#ifndef MINISH_VERSION
#define MINISH_VERSION "unknown"
#endif

/* The six categories; -a's set of them is a bit mask of 1 << type. */
enum rm_type { RM_SHM, RM_PSHM, RM_MSG, RM_PMSG, RM_SEM, RM_PSEM };
enum { OPT_PSHM = CHAR_MAX + 1, OPT_PMSG, OPT_PSEM };
enum { ALL_SYSV = 1 << RM_SHM | 1 << RM_MSG | 1 << RM_SEM, ALL_POSIX = 1 << RM_PSHM | 1 << RM_PMSG | 1 << RM_PSEM };

/* One removal asked for by an option. */
struct rm_action {
	enum rm_type type;
	enum { BY_ID, BY_KEY, BY_NAME } by;
	int id;           /* BY_ID */
	int32_t key;      /* BY_KEY */
	const char *arg;  /* the argument as given (BY_KEY messages, BY_NAME) */
};

struct ipcrm {
	FILE *out, *err;
	bool verbose;
	struct rm_action *actions;
	size_t nactions;
	unsigned all;  /* categories of -a */
};

static const char *const sysv_what[] = { "shared memory segment", "", "message queue", "", "semaphore", "" };
static const char *const posix_what[] = { "", "shared memory", "", "message queue", "", "semaphore" };
static const char *const posix_plural[] = { "", "shared memory", "", "message queues", "", "semaphores" };

static void usage(FILE *out)
{
	fputs("\nUsage:\n ipcrm [options]\n ipcrm shm|msg|sem <id>...\n\nRemove certain IPC resources.\n\nOptions:\n"
	      " -m, --shmem-id <id>           remove shared memory segment by id\n"
	      " -M, --shmem-key <key>         remove shared memory segment by key\n"
	      "     --posix-shmem <name>      remove POSIX shared memory segment by name\n"
	      " -q, --queue-id <id>           remove message queue by id\n"
	      " -Q, --queue-key <key>         remove message queue by key\n"
	      "     --posix-mqueue <name>     remove POSIX message queue by name\n"
	      " -s, --semaphore-id <id>       remove semaphore by id\n"
	      " -S, --semaphore-key <key>     remove semaphore by key\n"
	      "     --posix-semaphore <name>  remove POSIX semaphore by name\n"
	      " -a, --all[=shm|msg|sem]       remove all System V objects (in the specified category)\n"
	      "     --all=pshm|pmsg|psem|posix\n"
	      "                               remove all POSIX objects (of one kind, or all three)\n"
	      " -v, --verbose                 explain what is being done\n\n"
	      " -h, --help                    display this help\n"
	      " -V, --version                 display version\n\n"
	      "Objects the user may not remove are skipped by --all.\n", out);
}

/* Removes System V object id: 0, or 1 after reporting why not (key: it was named by key). */
static int remove_id(struct ipcrm *r, enum rm_type type, const char *key, int id)
{
	int rc;
	if (r->verbose)
		fprintf(r->out, "removing %s id `%d'\n", sysv_what[type], id);
	if (type == RM_SHM)
		rc = shmctl(id, IPC_RMID, NULL);
	else if (type == RM_MSG)
		rc = msgctl(id, IPC_RMID, NULL);
	else
		rc = semctl(id, 0, IPC_RMID);
	if (rc == 0)
		return 0;
	switch (errno) {
	case EACCES:
	case EPERM:
		ipc_err(r->err, "ipcrm", "permission denied for %s (%d)", key ? "key" : "id", id);
		break;
	case EINVAL:
		ipc_err(r->err, "ipcrm", "invalid %s (%d)", key ? "key" : "id", id);
		break;
	case EIDRM:
		ipc_err(r->err, "ipcrm", "already removed %s (%d)", key ? "key" : "id", id);
		break;
	default:
		ipc_err(r->err, "ipcrm", "%s failed: %s", key ? "key" : "id", strerror(errno));
		break;
	}
	return 1;
}

/* The id of the object with key (given as s), or -1 after reporting why there is none. */
static int key_to_id(struct ipcrm *r, enum rm_type type, int32_t key, const char *s)
{
	int id;
	if (key == IPC_PRIVATE) {
		ipc_err(r->err, "ipcrm", "illegal key (%s)", s);
		return -1;
	}
	id = type == RM_SHM ? shmget(key, 0, 0) : type == RM_MSG ? msgget(key, 0) : semget(key, 0, 0);
	if (id >= 0)
		return id;
	if (errno == EACCES)
		ipc_err(r->err, "ipcrm", "permission denied for key (%s)", s);
	else if (errno == EIDRM)
		ipc_err(r->err, "ipcrm", "already removed key (%s)", s);
	else if (errno == ENOENT)
		ipc_err(r->err, "ipcrm", "invalid key (%s)", s);
	else
		ipc_err(r->err, "ipcrm", "key failed: %s", strerror(errno));
	return -1;
}

/* Removes a POSIX object; name gets a leading '/' when it has none. 0, or 1 after reporting. */
static int remove_name(struct ipcrm *r, enum rm_type type, const char *given)
{
	char name[PATH_MAX + 2];
	int rc;
	if (snprintf(name, sizeof name, "%s%s", given[0] == '/' ? "" : "/", given) >= (int)sizeof name) {
		ipc_err(r->err, "ipcrm", "name `%s' too long", given);
		return 1;
	}
	if (r->verbose)
		fprintf(r->out, "removing POSIX %s `%s'\n", posix_what[type], name);
	rc = type == RM_PSHM ? shm_unlink(name) : type == RM_PMSG ? mq_unlink(name) : sem_unlink(name);
	if (rc == 0)
		return 0;
	if (errno == EACCES || errno == EPERM)
		ipc_err(r->err, "ipcrm", "permission denied for name `%s'", name);
	else if (errno == ENOENT)
		ipc_err(r->err, "ipcrm", "name `%s' not found", name);
	else if (errno == ENAMETOOLONG)
		ipc_err(r->err, "ipcrm", "name `%s' too long", name);
	else
		ipc_err(r->err, "ipcrm", "name `%s' failed: %s", name, strerror(errno));
	return 1;
}

/* -a: removes one System V object found in the listing. Objects the user may not remove
 * (EPERM, EACCES) and objects gone meanwhile (EINVAL, EIDRM) are skipped silently (-v says so). */
static int remove_listed(struct ipcrm *r, enum rm_type type, int id)
{
	int rc = type == RM_SHM ? shmctl(id, IPC_RMID, NULL)
	       : type == RM_MSG ? msgctl(id, IPC_RMID, NULL) : semctl(id, 0, IPC_RMID);
	if (rc == 0) {
		if (r->verbose)
			fprintf(r->out, "removing %s id `%d'\n", sysv_what[type], id);
		return 0;
	}
	if (errno == EPERM || errno == EACCES || errno == EINVAL || errno == EIDRM) {
		if (r->verbose)
			fprintf(r->out, "skipping %s id `%d': %s\n", sysv_what[type], id, strerror(errno));
		return 0;
	}
	ipc_err(r->err, "ipcrm", "id failed: %s", strerror(errno));
	return 1;
}

/* Removes every System V object of one kind that the user may remove. */
static int remove_all_sysv(struct ipcrm *r, const struct ipc_source *src, enum rm_type type)
{
	static const char *const what[] = { "shared memory", "", "message queues", "", "semaphores", "" };
	int rc = 0, n = 0, *ids = NULL;
	if (type == RM_SHM) {
		struct ipc_shm_list l = { 0 };
		if (ipc_shm_collect(src, &l) == 0 && (ids = calloc(l.n + 1, sizeof *ids)))
			for (size_t i = 0; i < l.n; i++)
				ids[n++] = l.v[i].perm.id;
		ipc_shm_list_free(&l);
	} else if (type == RM_MSG) {
		struct ipc_msg_list l = { 0 };
		if (ipc_msg_collect(src, &l) == 0 && (ids = calloc(l.n + 1, sizeof *ids)))
			for (size_t i = 0; i < l.n; i++)
				ids[n++] = l.v[i].perm.id;
		ipc_msg_list_free(&l);
	} else {
		struct ipc_sem_list l = { 0 };
		if (ipc_sem_collect(src, &l) == 0 && (ids = calloc(l.n + 1, sizeof *ids)))
			for (size_t i = 0; i < l.n; i++)
				ids[n++] = l.v[i].perm.id;
		ipc_sem_list_free(&l);
	}
	if (!ids) {
		ipc_err(r->err, "ipcrm", "kernel not configured for %s", what[type]);
		return 1;
	}
	for (int i = 0; i < n; i++)
		rc |= remove_listed(r, type, ids[i]);
	free(ids);
	return rc;
}

/* Removes every POSIX object of one kind that the user may remove (as remove_listed). */
static int remove_all_posix(struct ipcrm *r, const struct ipc_source *src, enum rm_type type)
{
	enum ipc_kind kind = type == RM_PSHM ? IPC_KIND_SHM : type == RM_PMSG ? IPC_KIND_MSG : IPC_KIND_SEM;
	struct ipc_posix_list l = { 0 };
	char hint[256];
	int rc = ipc_posix_collect(src, kind, &l);
	if (rc == IPC_NOT_MOUNTED) {
		ipc_err(r->err, "ipcrm", "cannot remove POSIX %s: %s", posix_plural[type],
			ipc_not_mounted_hint(src, kind, hint));
		return 1;
	}
	if (rc < 0) {
		ipc_err(r->err, "ipcrm", "cannot read %s: %s", kind == IPC_KIND_MSG ? src->dev_mqueue : src->dev_shm,
			strerror(errno));
		return 1;
	}
	for (size_t i = 0; i < l.n; i++) {
		const char *name = l.v[i].name;
		int gone = type == RM_PSHM ? shm_unlink(name) : type == RM_PMSG ? mq_unlink(name) : sem_unlink(name);
		if (gone == 0) {
			if (r->verbose)
				fprintf(r->out, "removing POSIX %s `%s'\n", posix_what[type], name);
		} else if (errno == EACCES || errno == EPERM || errno == ENOENT) {
			if (r->verbose)
				fprintf(r->out, "skipping POSIX %s `%s': %s\n", posix_what[type], name, strerror(errno));
		} else {
			ipc_err(r->err, "ipcrm", "name `%s' failed: %s", name, strerror(errno));
			rc = 1;
		}
	}
	ipc_posix_list_free(&l);
	return rc;
}

/* Removes the categories of -a in util-linux's order (shared memory, semaphores, queues). */
static int remove_all(struct ipcrm *r)
{
	static const enum rm_type order[] = { RM_SHM, RM_SEM, RM_MSG, RM_PSHM, RM_PSEM, RM_PMSG };
	struct ipc_source src;
	int rc = 0;
	ipc_source_system(&src);
	for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
		enum rm_type t = order[i];
		if (!(r->all & (1u << t)))
			continue;
		if ((1u << t) & ALL_SYSV)
			rc |= remove_all_sysv(r, &src, t);
		else
			rc |= remove_all_posix(r, &src, t);
	}
	return rc;
}

/* The old syntax: ipcrm shm|msg|sem ID...; -1 when argv is not in it. Each id is removed in
 * turn, as util-linux does, but one that is not an int is refused (util-linux cuts
 * 4294967297 to id 1). */
static int deprecated(struct ipcrm *r, int argc, char **argv)
{
	enum rm_type type;
	int errors = 0;
	if (strcmp(argv[1], "shm") == 0)
		type = RM_SHM;
	else if (strcmp(argv[1], "msg") == 0)
		type = RM_MSG;
	else if (strcmp(argv[1], "sem") == 0)
		type = RM_SEM;
	else
		return -1;
	if (argc < 3) {
		ipc_err(r->err, "ipcrm", "not enough arguments");
		ipc_try_help(r->err, "ipcrm");
		return 1;
	}
	for (int i = 2; i < argc; i++) {
		int id;
		if (ipc_num_s32(argv[i], &id) != 0) {
			ipc_err(r->err, "ipcrm", "invalid id: %s", argv[i]);
			errors++;
		} else {
			errors += remove_id(r, type, NULL, id);
		}
	}
	if (errors)
		return 1;
	fputs("resource(s) deleted\n", r->out);
	return 0;
}

/* Adds --all's categories (arg NULL: every System V kind) to *all: false when arg is unknown. */
static bool parse_all(const char *arg, unsigned *all)
{
	static const char *const names[] = { "shm", "pshm", "msg", "pmsg", "sem", "psem" };
	if (!arg) {
		*all |= ALL_SYSV;
		return true;
	}
	if (strcmp(arg, "posix") == 0) {
		*all |= ALL_POSIX;
		return true;
	}
	for (unsigned i = 0; i < 6; i++) {
		if (strcmp(arg, names[i]) == 0) {
			*all |= 1u << i;
			return true;
		}
	}
	return false;
}

/* Records one removal; false when out of memory (reported). */
static bool add_action(struct ipcrm *r, struct rm_action a)
{
	struct rm_action *slot = ipc_push(&r->actions, &r->nactions, sizeof *r->actions);
	if (!slot) {
		ipc_err(r->err, "ipcrm", "%s", strerror(errno));
		return false;
	}
	*slot = a;
	return true;
}

/* Reads the options into r: -1 to go on, else the exit status to return now. */
static int parse(struct ipcrm *r, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "shmem-id", required_argument, NULL, 'm' },      { "shmem-key", required_argument, NULL, 'M' },
		{ "posix-shmem", required_argument, NULL, OPT_PSHM }, { "queue-id", required_argument, NULL, 'q' },
		{ "queue-key", required_argument, NULL, 'Q' },     { "posix-mqueue", required_argument, NULL, OPT_PMSG },
		{ "semaphore-id", required_argument, NULL, 's' },  { "semaphore-key", required_argument, NULL, 'S' },
		{ "posix-semaphore", required_argument, NULL, OPT_PSEM }, { "all", optional_argument, NULL, 'a' },
		{ "verbose", no_argument, NULL, 'v' },             { "version", no_argument, NULL, 'V' },
		{ "help", no_argument, NULL, 'h' },                { NULL, 0, NULL, 0 },
	};
	int c, rc;
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":q:m:s:Q:M:S:a::vhV", longopts, NULL)) != -1) {
		struct rm_action a = { .arg = optarg };
		switch (c) {
		case 'm':
		case 'q':
		case 's':
			a.type = c == 'm' ? RM_SHM : c == 'q' ? RM_MSG : RM_SEM;
			a.by = BY_ID;
			if ((rc = ipc_num_s32(optarg, &a.id))) {
				ipc_num_error(r->err, "ipcrm", "failed to parse argument", optarg, rc, false);
				return 1;
			}
			if (!add_action(r, a))
				return 1;
			break;
		case 'M':
		case 'Q':
		case 'S':
			a.type = c == 'M' ? RM_SHM : c == 'Q' ? RM_MSG : RM_SEM;
			a.by = BY_KEY;
			if ((rc = ipc_num_key(optarg, &a.key))) {
				ipc_num_error(r->err, "ipcrm", "failed to parse argument", optarg, rc, false);
				return 1;
			}
			if (!add_action(r, a))
				return 1;
			break;
		case OPT_PSHM:
		case OPT_PMSG:
		case OPT_PSEM:
			a.type = c == OPT_PSHM ? RM_PSHM : c == OPT_PMSG ? RM_PMSG : RM_PSEM;
			a.by = BY_NAME;
			if (!add_action(r, a))
				return 1;
			break;
		case 'a':
			if (!parse_all(optarg, &r->all)) {
				ipc_err(r->err, "ipcrm", "unknown argument: %s", optarg);
				return 1;
			}
			break;
		case 'v': r->verbose = true; break;
		case 'h':
			usage(r->out);
			return 0;
		case 'V':
			fprintf(r->out, "ipcrm from minish %s\n", MINISH_VERSION);
			return 0;
		default:
			ipc_bad_option(r->err, "ipcrm", c, argv);
			return 1;
		}
	}
	if (optind < argc) {  /* util-linux says so after -a has removed everything; we say it first */
		ipc_err(r->err, "ipcrm", "unknown argument: %s", argv[optind]);
		ipc_try_help(r->err, "ipcrm");
		return 1;
	}
	return -1;
}

/* Carries out the removals in the order given, then -a. */
static int run(struct ipcrm *r)
{
	int errors = 0;
	for (size_t i = 0; i < r->nactions; i++) {
		const struct rm_action *a = &r->actions[i];
		int id;
		switch (a->by) {
		case BY_ID:
			errors += remove_id(r, a->type, NULL, a->id);
			break;
		case BY_KEY:
			id = key_to_id(r, a->type, a->key, a->arg);
			errors += id < 0 ? 1 : remove_id(r, a->type, a->arg, id);
			break;
		case BY_NAME:
			errors += remove_name(r, a->type, a->arg);
			break;
		}
	}
	if (r->all)
		errors += remove_all(r);
	return errors ? 1 : 0;
}

int ipcrm_main(FILE *out, FILE *err, int argc, char **argv)
{
	struct ipcrm r = { .out = out, .err = err };
	int rc;
	if (argc < 2)
		return 0;  /* util-linux: nothing asked, nothing done */
	if ((rc = deprecated(&r, argc, argv)) >= 0)
		return rc;
	rc = parse(&r, argc, argv);
	if (rc < 0)
		rc = run(&r);
	free(r.actions);
	return rc;
}
