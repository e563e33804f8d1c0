/* ipc_print.h - printers for ipcs: util-linux's text formats, the POSIX sections, and JSON. */
#ifndef MINISH_IPC_PRINT_H
#define MINISH_IPC_PRINT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#include "ipc_collect.h"

/* Output format, chosen by -l -u -c -t -p (the last one given wins, as in util-linux). */
enum ipc_format {
	IPC_FMT_DEFAULT,
	IPC_FMT_LIMITS,
	IPC_FMT_STATUS,
	IPC_FMT_CREATOR,
	IPC_FMT_TIME,
	IPC_FMT_PID,
};

/* How sizes are shown: DEFAULT as util-linux picks per field, -b, kilobytes, --human. */
enum ipc_unit {
	IPC_UNIT_DEFAULT,
	IPC_UNIT_BYTES,
	IPC_UNIT_KB,
	IPC_UNIT_HUMAN,
};

/* A small cache of user and group names (getpwuid/getgrgid are slow with many rows). */
struct ipc_names {
	struct ipc_name_entry *users, *groups;
	size_t nusers, ngroups;
};

/* The user name of uid, or NULL when it has none (the result lives as long as the cache). */
const char *ipc_user_name(struct ipc_names *c, uid_t uid);
/* The group name of gid, or NULL when it has none. */
const char *ipc_group_name(struct ipc_names *c, gid_t gid);
/* Frees the cache and empties it. */
void ipc_names_free(struct ipc_names *c);

/* Formats size like util-linux's size_to_human_string (1-letter suffix: 0B, 1K, 1.1K, 16E). */
void ipc_human_size(char buf[32], uint64_t size);
/* Prints [msg (unit) = ]size[end] like util-linux's ipc_print_size; width pads the number. */
void ipc_print_size(FILE *out, enum ipc_unit unit, const char *msg, uint64_t size, const char *end,
	int width);
/* Writes ctime(t) without its newline into buf ("?" when t cannot be shown). */
void ipc_ctime(int64_t t, char buf[32]);
/* Prints the owner column: "%-10.10s" user name, or "%-10u" uid when it has none. */
void ipc_print_owner(FILE *out, struct ipc_names *c, uid_t uid);

/* System V lists in util-linux's format fmt (DEFAULT, CREATOR, TIME, PID): title, header, rows. */
void ipc_print_msgs(FILE *out, struct ipc_names *c, enum ipc_format fmt, enum ipc_unit unit,
	const struct ipc_msg_list *l);
/* System V segments, as ipc_print_msgs. */
void ipc_print_shms(FILE *out, struct ipc_names *c, enum ipc_format fmt, enum ipc_unit unit,
	const struct ipc_shm_list *l);
/* System V semaphore sets, as ipc_print_msgs (PID prints nothing, as util-linux). */
void ipc_print_sems(FILE *out, struct ipc_names *c, enum ipc_format fmt, const struct ipc_sem_list *l);
/* The title and header of a System V list, printed before collecting (as util-linux does). */
void ipc_print_sysv_header(FILE *out, enum ipc_kind kind, enum ipc_format fmt, enum ipc_unit unit);

/* -l for one System V kind; lim NULL prints util-linux's "unable to fetch ... limits". */
void ipc_print_limits(FILE *out, enum ipc_kind kind, enum ipc_unit unit, const struct ipc_limits *lim);
/* -u for one System V kind; st NULL prints util-linux's "kernel not configured for ...". */
void ipc_print_status(FILE *out, enum ipc_kind kind, enum ipc_unit unit, const struct ipc_status *st);

/* -q -i ID detail view. */
void ipc_print_msg_detail(FILE *out, enum ipc_unit unit, const struct ipc_msg *m);
/* -m -i ID detail view; pids (attached processes, -p) adds a line "attached_pids=..." when npids > 0. */
void ipc_print_shm_detail(FILE *out, enum ipc_unit unit, const struct ipc_shm *s, const pid_t *pids,
	size_t npids);
/* -s -i ID detail view; vals NULL prints the table header only. */
void ipc_print_sem_detail(FILE *out, const struct ipc_sem *s, const struct ipc_semval *vals);

/* Collects the pids in maps that hold System V segment shmid, or (shmid -1) the POSIX object
 * with device dev and inode ino, into a malloc'd array; returns how many (0, *pids NULL, on none). */
size_t ipc_pids_of(const struct ipc_mapping_list *maps, int shmid, dev_t dev, ino_t ino, pid_t **pids);

/* A POSIX section's rows in format fmt; maps (for IPC_FMT_PID) lists the processes holding them. */
void ipc_print_posix(FILE *out, struct ipc_names *c, enum ipc_kind kind, enum ipc_format fmt,
	enum ipc_unit unit, const struct ipc_posix_list *l, const struct ipc_mapping_list *maps);
/* The title and header of a POSIX section (nothing for formats it has no table for). */
void ipc_print_posix_header(FILE *out, enum ipc_kind kind, enum ipc_format fmt, enum ipc_unit unit);
/* -l for one POSIX kind. */
void ipc_print_posix_limits(FILE *out, enum ipc_kind kind, enum ipc_unit unit, const struct ipc_limits *lim);
/* -u for one POSIX kind, computed from the list (shared memory: allocated blocks, and nominal size). */
void ipc_print_posix_status(FILE *out, enum ipc_kind kind, enum ipc_unit unit, const struct ipc_posix_list *l);

/* JSON writer state: one object whose members are arrays (or objects) per kind. */
struct ipc_json {
	FILE *out;
	struct ipc_names *names;
	int members;  /* members written so far */
	int items;    /* items written in the current array */
};

/* Starts the top-level object. */
void ipc_json_begin(struct ipc_json *j, FILE *out, struct ipc_names *names);
/* Ends the top-level object. */
void ipc_json_end(struct ipc_json *j);
/* Writes "messages": [...] (System V queues). */
void ipc_json_msgs(struct ipc_json *j, const struct ipc_msg_list *l);
/* Writes "sharedmemory": [...]; maps (may be NULL) adds "pids" to each segment. */
void ipc_json_shms(struct ipc_json *j, const struct ipc_shm_list *l, const struct ipc_mapping_list *maps);
/* Writes "semaphores": [...]; vals (may be NULL, for a single set) adds "values". */
void ipc_json_sems(struct ipc_json *j, const struct ipc_sem_list *l, const struct ipc_semval *vals);
/* Writes "posix-messages" / "posix-sharedmemory" / "posix-semaphores": [...]; maps (may be NULL)
 * adds "pids" to each object. */
void ipc_json_posix(struct ipc_json *j, enum ipc_kind kind, const struct ipc_posix_list *l,
	const struct ipc_mapping_list *maps);
/* Writes "limits": {...} for the kinds and families selected. */
void ipc_json_limits(struct ipc_json *j, const bool kinds[3], bool sysv, bool posix,
	const struct ipc_limits *lim);
/* Writes "status": {...}: System V summary (st) and POSIX counts (plists, NULL entries skipped). */
void ipc_json_status(struct ipc_json *j, const bool kinds[3], const struct ipc_status *st,
	const struct ipc_posix_list *const plists[3]);

#endif
