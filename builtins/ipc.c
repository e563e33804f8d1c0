/* ipc.c - the ipcs builtin's options, and the three builtins' entry points. */
#define _GNU_SOURCE  /* getopt_long, and optind = 0 for glibc's full getopt reset between calls */
#include "builtins.h"
#include "ipc.h"
#include "ipc_ipcs.h"
#include "ipc_num.h"
#include "ipc_util.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#ifndef MINISH_VERSION
#define MINISH_VERSION "unknown"
#endif

enum { OPT_HUMAN = CHAR_MAX + 1, OPT_SYSV, OPT_POSIX, OPT_WATCH };

static const double WATCH_DEFAULT = 2.0, WATCH_MAX = 86400.0;

static void usage(FILE *out)
{
	fputs("\nUsage:\n ipcs [resource-option...] [output-option]\n ipcs -m|-q|-s -i <id>\n\n"
	      "Show information on IPC facilities: System V as util-linux ipcs shows them, then the\n"
	      "POSIX kinds that have objects (/dev/mqueue, /dev/shm).\n\n"
	      "Options:\n"
	      " -i, --id <id>          print details on resource identified by <id> (-p: attached pids)\n"
	      " -W, --watch[=SECONDS]  redraw every SECONDS (2) until Ctrl-C, changes highlighted\n"
	      " -J, --json             JSON output\n"
	      " -h, --help             display this help\n"
	      " -V, --version          display version\n\n"
	      "Resource options:\n"
	      " -m, --shmems      shared memory segments\n"
	      " -q, --queues      message queues\n"
	      " -s, --semaphores  semaphores\n"
	      " -a, --all         all (default)\n"
	      "     --sysv        System V objects only\n"
	      "     --posix       POSIX objects only (with --sysv: both, POSIX sections always)\n\n"
	      "Output options:\n"
	      " -t, --time        show attach, detach and change times\n"
	      " -p, --pid         show PIDs of creator and last operator (POSIX: processes that\n"
	      "                   have the object open or mapped, from /proc)\n"
	      " -c, --creator     show creator and owner\n"
	      " -l, --limits      show resource limits\n"
	      " -u, --summary     show status summary\n"
	      "     --human       show sizes in human-readable format\n"
	      " -b, --bytes       show sizes in bytes\n", out);
}

/* Reads --watch's SECONDS into p: false (reported) when it is not a positive number. */
static bool parse_interval(struct ipcs *p, const char *arg)
{
	char *end;
	double v;
	errno = 0;
	v = strtod(arg, &end);
	if (end == arg || *end || errno || !isfinite(v) || v <= 0 || v > WATCH_MAX) {
		ipc_err(p->err, "ipcs", "failed to parse watch interval: '%s' (seconds, more than 0, at most %g)",
			arg, WATCH_MAX);
		return false;
	}
	p->interval = v;
	return true;
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
		{ "posix", no_argument, NULL, OPT_POSIX },   { "watch", optional_argument, NULL, OPT_WATCH },
		{ "help", no_argument, NULL, 'h' },          { "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	int c, rc;
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":i:qmsatpclubJWhV", longopts, NULL)) != -1) {
		switch (c) {
		case 'i':
			if ((rc = ipc_num_s32(optarg, &p->id))) {
				ipc_num_error(p->err, "ipcs", "failed to parse id argument", optarg, rc, false);
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
		case OPT_SYSV: p->sysv_opt = true; break;
		case OPT_POSIX: p->posix_opt = true; break;
		case 'W':
		case OPT_WATCH:
			p->watch = true;
			if (optarg && !parse_interval(p, optarg))
				return 1;
			break;
		case 'h':
			usage(p->out);
			return 0;
		case 'V':
			fprintf(p->out, "ipcs from minish %s\n", MINISH_VERSION);
			return 0;
		default:
			ipc_bad_option(p->err, "ipcs", c, argv);
			return 1;
		}
	}
	return -1;
}

/* Checks the combination of options and settles the defaults: false (reported) when invalid. */
static bool settle(struct ipcs *p)
{
	int nkinds = p->kinds[0] + p->kinds[1] + p->kinds[2];
	if (p->specific && nkinds != 1) {
		ipc_err(p->err, "ipcs", "when using an ID, a single resource must be specified");
		return false;
	}
	if (p->specific && p->posix_opt) {
		ipc_err(p->err, "ipcs", "an ID names a System V object; --posix cannot be used with -i");
		return false;
	}
	if (p->watch && p->json) {
		ipc_err(p->err, "ipcs", "--watch redraws text: it cannot be used with --json");
		return false;
	}
	if (nkinds == 0)
		p->kinds[0] = p->kinds[1] = p->kinds[2] = true;
	p->sysv = p->sysv_opt || !p->posix_opt;
	p->posix = p->posix_opt ? IPCS_POSIX_ALWAYS : p->sysv_opt ? IPCS_POSIX_NONE : IPCS_POSIX_IF_ANY;
	return true;
}

int ipcs_main(const struct ipc_source *src, FILE *out, FILE *err, int argc, char **argv)
{
	struct ipcs p = { .src = src, .out = out, .err = err, .argc = argc, .argv = argv,
		.interval = WATCH_DEFAULT };
	int rc = parse(&p, argc, argv);
	if (rc >= 0)
		return rc;
	if (!settle(&p))
		return 1;
	if (p.watch) {
		rc = ipcs_watch(&p);
	} else {
		ipcs_view(&p);
		rc = p.status;
	}
	ipc_names_free(&p.names);
	ipc_mapping_list_free(&p.maps);
	return rc;
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
