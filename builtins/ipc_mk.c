/* ipc_mk.c - the ipcmk builtin: create System V and POSIX queues, shared memory and semaphores. */
#define _GNU_SOURCE  /* getopt_long (with optind = 0 for a full reset) and getrandom */
#include "ipc.h"
#include "ipc_util.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <mqueue.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/random.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <unistd.h>

enum { KEY_TRIES = 32 };

static const char try_help[] =
	"Usage: ipcmk [-Q] [-M SIZE] [-S NUMBER] [-q] [-m SIZE] [-s] [-n NAME] [-p MODE]\n";

static void usage(FILE *out)
{
	fputs("Usage:\n ipcmk [options]\n\nCreate IPC resources.\n\n"
	      " -M, --shmem <size>       create shared memory segment of size <size>\n"
	      " -m, --posix-shmem <size> create POSIX shared memory segment of size <size>\n"
	      " -S, --semaphore <number> create semaphore array with <number> elements\n"
	      " -s, --posix-semaphore    create POSIX semaphore\n"
	      " -Q, --queue              create message queue\n"
	      " -q, --posix-mqueue       create POSIX message queue\n"
	      " -p, --mode <mode>        permission for the resource (default is 0644)\n"
	      " -n, --name <name>        name of the POSIX resource (required for POSIX IPC)\n"
	      " -h, --help               display this help\n\n"
	      "<size> may be followed by K, M, G, T, P, E (powers of 1024, optional iB) or KB, MB... (of 1000).\n",
		out);
}

/* Parses a size with util-linux's suffixes (K = KiB = 1024, KB = 1000, ...): 0 or -1. */
static int parse_size(const char *s, uint64_t *v)
{
	static const char units[] = "KMGTPE";
	char *end;
	const char *u;
	uint64_t n, mul = 1, base = 1024;
	errno = 0;
	if (*s == '-' || *s == '\0')
		return -1;
	n = strtoull(s, &end, 10);
	if (end == s || errno != 0)
		return -1;
	if (*end != '\0') {
		if (!(u = strchr(units, end[0] & ~0x20)) || end[0] == '\0')
			return -1;
		if (strcasecmp(end + 1, "B") == 0)
			base = 1000;
		else if (end[1] != '\0' && strcasecmp(end + 1, "iB") != 0)
			return -1;
		for (long i = 0; i <= u - units; i++)
			mul *= base;
	}
	if (n != 0 && mul > UINT64_MAX / n)
		return -1;
	*v = n * mul;
	return 0;
}

/* A random non-private key. */
static key_t random_key(void)
{
	uint32_t k = 0;
	while (k == 0) {
		if (getrandom(&k, sizeof k, 0) != (ssize_t)sizeof k)
			k = (uint32_t)rand() ^ (uint32_t)getpid() << 16;
	}
	return (key_t)k;
}

/* Creates a System V object with a fresh random key (retrying on a clash): its id, or -1. */
static int create_sysv(char type, uint64_t size, int nsems, int mode)
{
	for (int i = 0; i < KEY_TRIES; i++) {
		key_t key = random_key();
		int flags = mode | IPC_CREAT | IPC_EXCL;
		int id = type == 'M' ? shmget(key, (size_t)size, flags)
		       : type == 'Q' ? msgget(key, flags) : semget(key, nsems, flags);
		if (id >= 0 || errno != EEXIST)
			return id;
	}
	return -1;
}

static int create_pshm(const char *name, uint64_t size, int mode)
{
	int fd = shm_open(name, O_RDWR | O_CREAT, (mode_t)mode);
	if (fd < 0)
		return -1;
	if (ftruncate(fd, (off_t)size) < 0) {
		int e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	close(fd);
	return 0;
}

static int create_pmsg(const char *name, int mode)
{
	mqd_t mq = mq_open(name, O_RDWR | O_CREAT, (mode_t)mode, NULL);
	if (mq == (mqd_t)-1)
		return -1;
	mq_close(mq);
	return 0;
}

static int create_psem(const char *name, int mode)
{
	sem_t *s = sem_open(name, O_CREAT, (mode_t)mode, 0u);
	if (s == SEM_FAILED)
		return -1;
	sem_close(s);
	return 0;
}

/* What to create. */
struct ipcmk {
	bool shm, msg, sem, pshm, pmsg, psem;
	uint64_t size, psize;
	int nsems, mode;
	char name[PATH_MAX + 2];
	bool named;
};

/* Creates everything asked for, in util-linux's order; stops at the first failure. */
static int create(const struct ipcmk *k, FILE *out, FILE *err)
{
	int id;
	if (k->shm) {
		if ((id = create_sysv('M', k->size, 0, k->mode)) < 0) {
			ipc_err(err, "ipcmk", "create share memory failed: %s", strerror(errno));
			return 1;
		}
		fprintf(out, "Shared memory id: %d\n", id);
	}
	if (k->pshm) {
		if (create_pshm(k->name, k->psize, k->mode) < 0) {
			ipc_err(err, "ipcmk", "create POSIX shared memory failed: %s", strerror(errno));
			return 1;
		}
		fprintf(out, "POSIX shared memory name: %s\n", k->name);
	}
	if (k->msg) {
		if ((id = create_sysv('Q', 0, 0, k->mode)) < 0) {
			ipc_err(err, "ipcmk", "create message queue failed: %s", strerror(errno));
			return 1;
		}
		fprintf(out, "Message queue id: %d\n", id);
	}
	if (k->pmsg) {
		if (create_pmsg(k->name, k->mode) < 0) {
			ipc_err(err, "ipcmk", "create POSIX message queue failed: %s", strerror(errno));
			return 1;
		}
		fprintf(out, "POSIX message queue name: %s\n", k->name);
	}
	if (k->sem) {
		if ((id = create_sysv('S', 0, k->nsems, k->mode)) < 0) {
			ipc_err(err, "ipcmk", "create semaphore failed: %s", strerror(errno));
			return 1;
		}
		fprintf(out, "Semaphore id: %d\n", id);
	}
	if (k->psem) {
		if (create_psem(k->name, k->mode) < 0) {
			ipc_err(err, "ipcmk", "create POSIX semaphore failed: %s", strerror(errno));
			return 1;
		}
		fprintf(out, "POSIX semaphore name: %s\n", k->name);
	}
	return 0;
}

int ipcmk_main(FILE *out, FILE *err, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "shmem", required_argument, NULL, 'M' },     { "posix-shmem", required_argument, NULL, 'm' },
		{ "semaphore", required_argument, NULL, 'S' }, { "posix-semaphore", no_argument, NULL, 's' },
		{ "queue", no_argument, NULL, 'Q' },           { "posix-mqueue", no_argument, NULL, 'q' },
		{ "mode", required_argument, NULL, 'p' },      { "name", required_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },            { NULL, 0, NULL, 0 },
	};
	struct ipcmk k = { .mode = 0644 };
	int c;
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hM:m:QqS:sp:n:", longopts, NULL)) != -1) {
		char *end;
		unsigned long mode;
		switch (c) {
		case 'M':
		case 'm':
			if (parse_size(optarg, c == 'M' ? &k.size : &k.psize) < 0) {
				ipc_err(err, "ipcmk", "failed to parse size: '%s'", optarg);
				return 1;
			}
			*(c == 'M' ? &k.shm : &k.pshm) = true;
			break;
		case 'Q': k.msg = true; break;
		case 'q': k.pmsg = true; break;
		case 'S':
			if (ipc_parse_int(optarg, &k.nsems) < 0) {
				ipc_err(err, "ipcmk", "failed to parse elements: '%s'", optarg);
				return 1;
			}
			k.sem = true;
			break;
		case 's': k.psem = true; break;
		case 'p':
			errno = 0;
			mode = strtoul(optarg, &end, 8);
			if (errno || end == optarg || *end != '\0' || mode > 07777) {
				ipc_err(err, "ipcmk", "failed to parse mode: '%s'", optarg);
				return 1;
			}
			k.mode = (int)mode;
			break;
		case 'n':
			if (snprintf(k.name, sizeof k.name, "%s%s", optarg[0] == '/' ? "" : "/", optarg) >=
			    (int)sizeof k.name) {
				ipc_err(err, "ipcmk", "name too long: '%s'", optarg);
				return 1;
			}
			k.named = true;
			break;
		case 'h':
			usage(out);
			return 0;
		default:
			if (c == ':')
				ipc_err(err, "ipcmk", "option requires an argument -- '%c'", optopt);
			else if (optopt)
				ipc_err(err, "ipcmk", "invalid option -- '%c'", optopt);
			else
				ipc_err(err, "ipcmk", "unrecognized option '%s'", argv[optind - 1]);
			fputs(try_help, err);
			return 1;
		}
	}
	if (optind < argc) {
		ipc_err(err, "ipcmk", "unknown argument: %s", argv[optind]);
		fputs(try_help, err);
		return 1;
	}
	if (!(k.shm || k.msg || k.sem || k.pshm || k.pmsg || k.psem)) {
		ipc_err(err, "ipcmk", "bad usage");
		fputs(try_help, err);
		return 1;
	}
	if ((k.pshm || k.pmsg || k.psem) && !k.named) {
		ipc_err(err, "ipcmk", "name is required for POSIX IPC");
		fputs(try_help, err);
		return 1;
	}
	return create(&k, out, err);
}
