/* ipc_mk.c - the ipcmk builtin: create System V and POSIX queues, shared memory and semaphores. */
#define _GNU_SOURCE  /* getopt_long (with optind = 0 for a full reset) and getrandom */
#include "ipc.h"
#include "ipc_num.h"
#include "ipc_util.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <mqueue.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/random.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef MINISH_VERSION
#define MINISH_VERSION "unknown"
#endif

enum { KEY_TRIES = 32 };

static void usage(FILE *out)
{
	fputs("\nUsage:\n ipcmk [options]\n\nCreate various IPC resources.\n\nOptions:\n"
	      " -M, --shmem <size>       create shared memory segment of size <size>\n"
	      " -m, --posix-shmem <size> create POSIX shared memory segment of size <size>\n"
	      " -S, --semaphore <number> create semaphore array with <number> elements\n"
	      " -s, --posix-semaphore    create POSIX semaphore\n"
	      " -Q, --queue              create message queue\n"
	      " -q, --posix-mqueue       create POSIX message queue\n"
	      " -p, --mode <mode>        permission for the resource (default is 0644)\n"
	      " -n, --name <name>        name of the POSIX resource\n\n"
	      " -h, --help               display this help\n"
	      " -V, --version            display version\n\n"
	      "Arguments:\n"
	      " <size> may have a fraction and a suffix: K, M, G, T, P, E (powers of 1024; KiB ... too)\n"
	      "        or KB, MB ... (powers of 1000)\n\n"
	      " -n, --name <name> option is required for POSIX IPC; a POSIX object is created only\n"
	      " if its name is new, with exactly the mode of -p (for System V objects as well).\n", out);
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
static int create_sysv(char type, uint64_t size, int nsems, unsigned mode)
{
	for (int i = 0; i < KEY_TRIES; i++) {
		key_t key = random_key();
		int flags = (int)mode | IPC_CREAT | IPC_EXCL;
		int id = type == 'M' ? shmget(key, (size_t)size, flags)
		       : type == 'Q' ? msgget(key, flags) : semget(key, nsems, flags);
		if (id >= 0 || errno != EEXIST)
			return id;
	}
	return -1;
}

/* The POSIX creators: exclusive (an existing name fails with EEXIST and is left alone). */
static int create_pshm(const char *name, uint64_t size, unsigned mode)
{
	int fd = shm_open(name, O_RDWR | O_CREAT | O_EXCL, (mode_t)mode);
	if (fd < 0)
		return -1;
	if (ftruncate(fd, (off_t)size) < 0) {
		int e = errno;
		close(fd);
		shm_unlink(name);  /* ours: just created, never half-made */
		errno = e;
		return -1;
	}
	close(fd);
	return 0;
}

static int create_pmsg(const char *name, unsigned mode)
{
	mqd_t mq = mq_open(name, O_RDWR | O_CREAT | O_EXCL, (mode_t)mode, NULL);
	if (mq == (mqd_t)-1)
		return -1;
	mq_close(mq);
	return 0;
}

static int create_psem(const char *name, unsigned mode)
{
	sem_t *s = sem_open(name, O_CREAT | O_EXCL, (mode_t)mode, 0u);
	if (s == SEM_FAILED)
		return -1;
	sem_close(s);
	return 0;
}

/* What to create. */
struct ipcmk {
	bool shm, msg, sem, pshm, pmsg, psem;
	uint64_t size, psize;
	int nsems;
	unsigned mode;
	char name[PATH_MAX + 2];
	bool named;
};

/* Runs create_p*() with umask 0, so the object gets exactly -p's mode as System V ones do. */
static int posix_create(const struct ipcmk *k, char what)
{
	mode_t old = umask(0);
	int rc = what == 'm' ? create_pshm(k->name, k->psize, k->mode)
	       : what == 'q' ? create_pmsg(k->name, k->mode) : create_psem(k->name, k->mode);
	int e = errno;
	umask(old);
	errno = e;
	return rc;
}

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
		if (posix_create(k, 'm') < 0) {
			ipc_err(err, "ipcmk", "create POSIX shared memory failed: %s: %s", k->name, strerror(errno));
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
		if (posix_create(k, 'q') < 0) {
			ipc_err(err, "ipcmk", "create POSIX message queue failed: %s: %s", k->name, strerror(errno));
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
		if (posix_create(k, 's') < 0) {
			ipc_err(err, "ipcmk", "create POSIX semaphore failed: %s: %s", k->name, strerror(errno));
			return 1;
		}
		fprintf(out, "POSIX semaphore name: %s\n", k->name);
	}
	return 0;
}

/* Reads the options into k: -1 to go on, else the exit status to return now. */
static int parse(struct ipcmk *k, FILE *out, FILE *err, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "shmem", required_argument, NULL, 'M' },     { "posix-shmem", required_argument, NULL, 'm' },
		{ "semaphore", required_argument, NULL, 'S' }, { "posix-semaphore", no_argument, NULL, 's' },
		{ "queue", no_argument, NULL, 'Q' },           { "posix-mqueue", no_argument, NULL, 'q' },
		{ "mode", required_argument, NULL, 'p' },      { "name", required_argument, NULL, 'n' },
		{ "version", no_argument, NULL, 'V' },         { "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c, rc;
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hM:m:QqS:sp:n:V", longopts, NULL)) != -1) {
		switch (c) {
		case 'M':
		case 'm':
			if ((rc = ipc_num_size(optarg, c == 'M' ? &k->size : &k->psize))) {
				ipc_num_error(err, "ipcmk", "failed to parse size", optarg, rc, true);
				return 1;
			}
			*(c == 'M' ? &k->shm : &k->pshm) = true;
			break;
		case 'Q': k->msg = true; break;
		case 'q': k->pmsg = true; break;
		case 'S':
			if ((rc = ipc_num_s32(optarg, &k->nsems))) {
				ipc_num_error(err, "ipcmk", "failed to parse elements", optarg, rc, false);
				return 1;
			}
			k->sem = true;
			break;
		case 's': k->psem = true; break;
		case 'p':
			if ((rc = ipc_num_mode(optarg, &k->mode))) {
				ipc_num_error(err, "ipcmk", "failed to parse mode", optarg, rc, false);
				return 1;
			}
			break;
		case 'n':
			if (snprintf(k->name, sizeof k->name, "%s%s", optarg[0] == '/' ? "" : "/", optarg) >=
			    (int)sizeof k->name) {
				ipc_err(err, "ipcmk", "name too long: '%s'", optarg);
				return 1;
			}
			k->named = true;
			break;
		case 'h':
			usage(out);
			return 0;
		case 'V':
			fprintf(out, "ipcmk from minish %s\n", MINISH_VERSION);
			return 0;
		default:
			ipc_bad_option(err, "ipcmk", c, argv);
			return 1;
		}
	}
	return -1;
}

int ipcmk_main(FILE *out, FILE *err, int argc, char **argv)
{
	struct ipcmk k = { .mode = 0644 };
	int rc = parse(&k, out, err, argc, argv);
	if (rc >= 0)
		return rc;
	if (optind < argc) {  /* util-linux ignores it; "ipcmk -Q 5" is surely a mistake */
		ipc_err(err, "ipcmk", "unknown argument: %s", argv[optind]);
		ipc_try_help(err, "ipcmk");
		return 1;
	}
	if (!(k.shm || k.msg || k.sem || k.pshm || k.pmsg || k.psem)) {
		ipc_err(err, "ipcmk", "bad usage");
		ipc_try_help(err, "ipcmk");
		return 1;
	}
	if ((k.pshm || k.pmsg || k.psem) && !k.named) {
		ipc_err(err, "ipcmk", "name is required for POSIX IPC");
		ipc_try_help(err, "ipcmk");
		return 1;
	}
	return create(&k, out, err);
}
