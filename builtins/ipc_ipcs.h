/* ipc_ipcs.h - one ipcs call, shared by its files: options (ipc.c), the view (ipc_view.c) and
 * --watch (ipc_watch.c). */
#ifndef MINISH_IPC_IPCS_H
#define MINISH_IPC_IPCS_H

#include <stdbool.h>
#include <stdio.h>

#include "ipc_collect.h"
#include "ipc_print.h"

/* When the POSIX sections are shown: never (--sysv), when objects of that kind exist (no
 * family chosen: util-linux's output stays as it is), always (--posix). */
enum ipcs_posix {
	IPCS_POSIX_NONE,
	IPCS_POSIX_IF_ANY,
	IPCS_POSIX_ALWAYS,
};

struct ipcs {
	const struct ipc_source *src;
	FILE *out, *err;
	int argc;
	char **argv;            /* for the --watch title */
	bool kinds[3];          /* indexed by enum ipc_kind */
	bool sysv_opt, posix_opt;  /* --sysv, --posix given */
	bool sysv;
	enum ipcs_posix posix;
	bool json, specific;
	int id;
	enum ipc_format fmt;
	enum ipc_unit unit;
	bool watch;
	double interval;        /* --watch's seconds */
	struct ipc_names names;
	struct ipc_mapping_list maps;
	bool maps_read;
	bool told_unreadable, told_procs;  /* the once-per-view notes on stderr */
	int status;
};

/* Prints the view p asks for (text or JSON) on p->out, problems on p->err, setting p->status. */
void ipcs_view(struct ipcs *p);
/* Forgets what one view read (process scan, notes), so the next view reads afresh. */
void ipcs_view_reset(struct ipcs *p);
/* Writes frame cur to out; with prev (the frame before), words that changed are put between on
 * and off, and rows that are new as a whole (rows are matched by their first word, or key and
 * id, in order). */
void ipc_watch_render(FILE *out, const char *prev, const char *cur, const char *on, const char *off);
/* Redraws the view every p->interval seconds until a signal arrives; returns 128 + its number,
 * or 1 when the output cannot be written. */
int ipcs_watch(struct ipcs *p);

#endif
