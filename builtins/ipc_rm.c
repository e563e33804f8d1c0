/* ipc_rm.c - the ipcrm builtin: remove System V objects by id or key and POSIX objects by name. */
#define _GNU_SOURCE  /* getopt_long (with optind = 0 for a full reset), MSG_STAT-era headers */
#include "ipc.h"
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

enum rm_type { RM_SHM, RM_PSHM, RM_MSG, RM_PMSG, RM_SEM, RM_PSEM, RM_ALL };
enum { OPT_PSHM = CHAR_MAX + 1, OPT_PMSG, OPT_PSEM };

struct ipcrm {
	FILE *out, *err;
	bool verbose;
};

static const char try_help[] =
	"Usage: ipcrm [-v] [-q|-m|-s ID]... [-Q|-M|-S KEY]... [--posix-mqueue|--posix-shmem|--posix-semaphore NAME]..."
	" [-a|--all[=shm|pshm|msg|pmsg|sem|psem]]\n";

static void usage(FILE *out)
{
	fputs("Usage:\n ipcrm [options]\n ipcrm shm|msg|sem <id>...\n\nRemove IPC resources.\n\n"
	      " -m, --shmem-id <id>          remove shared memory segment by id\n"
	      " -M, --shmem-key <key>        remove shared memory segment by key\n"
	      "     --posix-shmem <name>     remove POSIX shared memory by name\n"
	      " -q, --queue-id <id>          remove message queue by id\n"
	      " -Q, --queue-key <key>        remove message queue by key\n"
	      "     --posix-mqueue <name>    remove POSIX message queue by name\n"
	      " -s, --semaphore-id <id>      remove semaphore by id\n"
	      " -S, --semaphore-key <key>    remove semaphore by key\n"
	      "     --posix-semaphore <name> remove POSIX semaphore by name\n"
	      " -a, --all[=shm|pshm|msg|pmsg|sem|psem]  remove all (in the specified category)\n"
	      " -v, --verbose                explain what is being done\n"
	      " -h, --help                   display this help\n", out);
}

/* Removes System V object id: 0, or 1 after reporting why not (key: the object was named by key). */
static int remove_id(struct ipcrm *r, enum rm_type type, bool key, int id)
{
	static const char *const verbs[] = { "shared memory segment", "", "message queue", "", "semaphore" };
	int rc;
	if (r->verbose)
		fprintf(r->out, "removing %s id `%d'\n", verbs[type], id);
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
		ipc_err(r->err, "ipcrm", "permission denied for %s (%d): %s", key ? "key" : "id", id, strerror(errno));
		break;
	case EINVAL:
		ipc_err(r->err, "ipcrm", "invalid %s (%d)", key ? "key" : "id", id);
		break;
	case EIDRM:
		ipc_err(r->err, "ipcrm", "already removed %s (%d)", key ? "key" : "id", id);
		break;
	default:
		ipc_err(r->err, "ipcrm", "%s failed (%d): %s", key ? "key" : "id", id, strerror(errno));
		break;
	}
	return 1;
}

/* Parses a key (decimal, 0x hex or 0 octal) or an id; false when s is not a number. */
static bool parse_key(const char *s, unsigned long *v)
{
	char *end;
	errno = 0;
	*v = strtoul(s, &end, 0);
	return *s != '\0' && *s != '-' && end != s && *end == '\0' && errno == 0 && *v <= UINT32_MAX;
}

/* The id of the object with key s, or -1 after reporting why there is none. */
static int key_to_id(struct ipcrm *r, enum rm_type type, const char *s)
{
	unsigned long v;
	key_t key;
	int id;
	if (!parse_key(s, &v)) {
		ipc_err(r->err, "ipcrm", "failed to parse argument: '%s'", s);
		return -1;
	}
	key = (key_t)(uint32_t)v;
	if (key == IPC_PRIVATE) {
		ipc_err(r->err, "ipcrm", "illegal key (%s)", s);
		return -1;
	}
	id = type == RM_SHM ? shmget(key, 0, 0) : type == RM_MSG ? msgget(key, 0) : semget(key, 0, 0);
	if (id >= 0)
		return id;
	if (errno == EACCES)
		ipc_err(r->err, "ipcrm", "permission denied for key (%s): %s", s, strerror(errno));
	else if (errno == EIDRM)
		ipc_err(r->err, "ipcrm", "already removed key (%s)", s);
	else if (errno == ENOENT)
		ipc_err(r->err, "ipcrm", "invalid key (%s)", s);
	else
		ipc_err(r->err, "ipcrm", "key failed (%s): %s", s, strerror(errno));
	return -1;
}

/* Removes a POSIX object; name gets a leading '/' when it has none. 0, or 1 after reporting. */
static int remove_name(struct ipcrm *r, enum rm_type type, const char *given)
{
	static const char *const verbs[] = { "", "shared memory", "", "message queue", "", "semaphore" };
	char name[PATH_MAX + 2];
	int rc;
	if (snprintf(name, sizeof name, "%s%s", given[0] == '/' ? "" : "/", given) >= (int)sizeof name) {
		ipc_err(r->err, "ipcrm", "name `%s' too long", given);
		return 1;
	}
	if (r->verbose)
		fprintf(r->out, "removing POSIX %s `%s'\n", verbs[type], name);
	rc = type == RM_PSHM ? shm_unlink(name) : type == RM_PMSG ? mq_unlink(name) : sem_unlink(name);
	if (rc == 0)
		return 0;
	if (errno == EACCES || errno == EPERM)
		ipc_err(r->err, "ipcrm", "permission denied for name `%s': %s", name, strerror(errno));
	else if (errno == ENOENT)
		ipc_err(r->err, "ipcrm", "name `%s' not found", name);
	else if (errno == ENAMETOOLONG)
		ipc_err(r->err, "ipcrm", "name `%s' too long", name);
	else
		ipc_err(r->err, "ipcrm", "name `%s': %s", name, strerror(errno));
	return 1;
}

/* Removes every System V object of one kind. */
static int remove_all_sysv(struct ipcrm *r, const struct ipc_source *src, enum rm_type type)
{
	int rc = 0;
	if (type == RM_SHM) {
		struct ipc_shm_list l = { 0 };
		if (ipc_shm_collect(src, &l) < 0)
			return 1;
		for (size_t i = 0; i < l.n; i++)
			rc |= remove_id(r, type, false, l.v[i].perm.id);
		ipc_shm_list_free(&l);
	} else if (type == RM_MSG) {
		struct ipc_msg_list l = { 0 };
		if (ipc_msg_collect(src, &l) < 0)
			return 1;
		for (size_t i = 0; i < l.n; i++)
			rc |= remove_id(r, type, false, l.v[i].perm.id);
		ipc_msg_list_free(&l);
	} else {
		struct ipc_sem_list l = { 0 };
		if (ipc_sem_collect(src, &l) < 0)
			return 1;
		for (size_t i = 0; i < l.n; i++)
			rc |= remove_id(r, type, false, l.v[i].perm.id);
		ipc_sem_list_free(&l);
	}
	return rc;
}

/* Removes every POSIX object of one kind (an unmounted /dev/mqueue is only reported). */
static int remove_all_posix(struct ipcrm *r, const struct ipc_source *src, enum rm_type type)
{
	enum ipc_kind kind = type == RM_PSHM ? IPC_KIND_SHM : type == RM_PMSG ? IPC_KIND_MSG : IPC_KIND_SEM;
	struct ipc_posix_list l = { 0 };
	int rc = ipc_posix_collect(src, kind, &l);
	if (rc == IPC_NOT_MOUNTED) {
		ipc_err(r->err, "ipcrm", "%s is not mounted; POSIX message queues not removed (mount -t mqueue none %s)",
			src->dev_mqueue, src->dev_mqueue);
		return 0;
	}
	if (rc < 0) {
		ipc_err(r->err, "ipcrm", "cannot read POSIX objects: %s", strerror(errno));
		return 1;
	}
	for (size_t i = 0; i < l.n; i++)
		rc |= remove_name(r, type, l.v[i].name);
	ipc_posix_list_free(&l);
	return rc;
}

static int remove_all(struct ipcrm *r, enum rm_type what)
{
	static const enum rm_type order[] = { RM_SHM, RM_PSHM, RM_SEM, RM_PSEM, RM_MSG, RM_PMSG };
	struct ipc_source src;
	int rc = 0;
	ipc_source_system(&src);
	for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
		enum rm_type t = order[i];
		if (what != RM_ALL && what != t)
			continue;
		if (t == RM_SHM || t == RM_MSG || t == RM_SEM)
			rc |= remove_all_sysv(r, &src, t);
		else
			rc |= remove_all_posix(r, &src, t);
	}
	return rc;
}

/* The old syntax: ipcrm shm|msg|sem ID...; returns -1 when argv is not in it. */
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
		fputs(try_help, r->err);
		return 1;
	}
	for (int i = 2; i < argc; i++) {
		int id;
		if (ipc_parse_int(argv[i], &id) < 0 || id < 0) {
			ipc_err(r->err, "ipcrm", "invalid id: %s", argv[i]);
			errors++;
		} else {
			errors += remove_id(r, type, false, id);
		}
	}
	if (errors)
		return 1;
	fputs("resource(s) deleted\n", r->out);
	return 0;
}

/* Parses --all's optional argument into *what: false when unknown. */
static bool parse_all(const char *arg, enum rm_type *what)
{
	static const char *const names[] = { "shm", "pshm", "msg", "pmsg", "sem", "psem" };
	if (!arg) {
		*what = RM_ALL;
		return true;
	}
	for (int i = 0; i < 6; i++) {
		if (strcmp(arg, names[i]) == 0) {
			*what = (enum rm_type)i;
			return true;
		}
	}
	return false;
}

int ipcrm_main(FILE *out, FILE *err, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "shmem-id", required_argument, NULL, 'm' },      { "shmem-key", required_argument, NULL, 'M' },
		{ "posix-shmem", required_argument, NULL, OPT_PSHM }, { "queue-id", required_argument, NULL, 'q' },
		{ "queue-key", required_argument, NULL, 'Q' },     { "posix-mqueue", required_argument, NULL, OPT_PMSG },
		{ "semaphore-id", required_argument, NULL, 's' },  { "semaphore-key", required_argument, NULL, 'S' },
		{ "posix-semaphore", required_argument, NULL, OPT_PSEM }, { "all", optional_argument, NULL, 'a' },
		{ "verbose", no_argument, NULL, 'v' },             { "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct ipcrm r = { .out = out, .err = err };
	enum rm_type what = RM_ALL;
	bool all = false;
	int c, errors = 0, rc;
	if (argc < 2) {
		ipc_err(err, "ipcrm", "bad usage");
		fputs(try_help, err);
		return 1;
	}
	if ((rc = deprecated(&r, argc, argv)) >= 0)
		return rc;
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":q:m:s:Q:M:S:a::vh", longopts, NULL)) != -1) {
		int id;
		switch (c) {
		case 'm':
		case 'q':
		case 's':
			if (ipc_parse_int(optarg, &id) < 0) {
				ipc_err(err, "ipcrm", "failed to parse argument: '%s'", optarg);
				return 1;
			}
			errors += remove_id(&r, c == 'm' ? RM_SHM : c == 'q' ? RM_MSG : RM_SEM, false, id);
			break;
		case 'M':
		case 'Q':
		case 'S': {
			enum rm_type t = c == 'M' ? RM_SHM : c == 'Q' ? RM_MSG : RM_SEM;
			id = key_to_id(&r, t, optarg);
			errors += id < 0 ? 1 : remove_id(&r, t, true, id);
			break;
		}
		case OPT_PSHM: errors += remove_name(&r, RM_PSHM, optarg); break;
		case OPT_PMSG: errors += remove_name(&r, RM_PMSG, optarg); break;
		case OPT_PSEM: errors += remove_name(&r, RM_PSEM, optarg); break;
		case 'a':
			all = true;
			if (!parse_all(optarg, &what)) {
				ipc_err(err, "ipcrm", "unknown argument: %s", optarg);
				return 1;
			}
			break;
		case 'v': r.verbose = true; break;
		case 'h':
			usage(out);
			return 0;
		default:
			if (c == ':')
				ipc_err(err, "ipcrm", "option requires an argument -- '%c'", optopt);
			else if (optopt)
				ipc_err(err, "ipcrm", "invalid option -- '%c'", optopt);
			else
				ipc_err(err, "ipcrm", "unrecognized option '%s'", argv[optind - 1]);
			fputs(try_help, err);
			return 1;
		}
	}
	if (optind < argc) {  /* checked before -a: "ipcrm -a shm" (a typo) must not remove everything */
		ipc_err(err, "ipcrm", "unknown argument: %s", argv[optind]);
		fputs(try_help, err);
		return 1;
	}
	if (all)
		errors += remove_all(&r, what);
	return errors ? 1 : 0;
}
