/* ipc_print_posix.c - the POSIX sections of ipcs: name-based tables in util-linux's style. */
#include "ipc_print.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

enum { NAME_WIDTH = 21 };

static const char *const titles[] = { "POSIX Message Queues", "POSIX Shared Memory", "POSIX Semaphores" };

/* Prints a name left-aligned in width columns, control characters shown as '?' so a row stays one line. */
static void print_name(FILE *out, const char *name, int width)
{
	int n = 0;
	for (const unsigned char *p = (const unsigned char *)name; *p; p++, n++)
		fputc(*p < 0x20 || *p == 0x7f ? '?' : *p, out);
	for (; n < width; n++)
		fputc(' ', out);
}

/* Prints a size column (or "-" when unknown) like the System V listing does. */
static void print_size_col(FILE *out, enum ipc_unit unit, bool known, uint64_t size, int width, const char *human_end)
{
	if (!known && unit == IPC_UNIT_HUMAN)
		fprintf(out, "%6s%s", "-", human_end);
	else if (!known)
		fprintf(out, "%-*s", width, "-");
	else if (unit == IPC_UNIT_HUMAN)
		ipc_print_size(out, unit, NULL, size, human_end, 6);
	else
		ipc_print_size(out, unit, NULL, size, NULL, -width);
}

void ipc_print_posix_header(FILE *out, enum ipc_kind kind, enum ipc_format fmt, enum ipc_unit unit)
{
	bool human = unit == IPC_UNIT_HUMAN;
	switch (fmt) {
	case IPC_FMT_LIMITS:
	case IPC_FMT_STATUS:
		return;
	case IPC_FMT_CREATOR:
		fprintf(out, "------ %s Creators/Owners --------\n", titles[kind]);
		fprintf(out, "%-21s %-10s %-10s %-10s\n", "name", "perms", "uid", "gid");
		return;
	case IPC_FMT_TIME:
		fprintf(out, "------ %s Change Times --------\n", titles[kind]);
		fprintf(out, "%-21s %-10s %-20s\n", "name", "owner", "changed");
		return;
	case IPC_FMT_PID:
		fprintf(out, "------ %s PIDs --------\n", titles[kind]);
		fprintf(out, "%-21s %-10s %s\n", "name", "owner", "pids");
		return;
	case IPC_FMT_DEFAULT:
		fprintf(out, "------ %s --------\n", titles[kind]);
		switch (kind) {
		case IPC_KIND_MSG:
			fprintf(out, "%-21s %-10s %-10s %-12s %-12s\n", "name", "owner", "perms",
				human ? "size" : "used-bytes", "messages");
			return;
		case IPC_KIND_SHM:
			fprintf(out, "%-21s %-10s %-10s %-10s\n", "name", "owner", "perms", human ? "size" : "bytes");
			return;
		case IPC_KIND_SEM:
			fprintf(out, "%-21s %-10s %-10s %-10s\n", "name", "owner", "perms", "value");
			return;
		}
		return;
	}
}

/* The -c row: name, perms, owner and group names (numbers when they have none). */
static void print_creator(FILE *out, struct ipc_names *c, const struct ipc_posix *p)
{
	const char *user = ipc_user_name(c, p->uid), *group = ipc_group_name(c, p->gid);
	print_name(out, p->name, NAME_WIDTH);
	fprintf(out, " %-10o", p->mode & 0777);
	if (user)
		fprintf(out, " %-10s", user);
	else
		fprintf(out, " %-10u", (unsigned)p->uid);
	if (group)
		fprintf(out, " %-10s\n", group);
	else
		fprintf(out, " %-10u\n", (unsigned)p->gid);
}

/* The -p row's end: the pids holding the object (open or mapped), or "-". */
static void print_pids(FILE *out, const struct ipc_posix *p, const struct ipc_mapping_list *maps)
{
	pid_t *pids;
	size_t n = ipc_pids_of(maps, -1, p->dev, p->ino, &pids);
	for (size_t i = 0; i < n; i++)
		fprintf(out, " %d", (int)pids[i]);
	fputs(n ? "\n" : " -\n", out);
	free(pids);
}

void ipc_print_posix(FILE *out, struct ipc_names *c, enum ipc_kind kind, enum ipc_format fmt,
	enum ipc_unit unit, const struct ipc_posix_list *l, const struct ipc_mapping_list *maps)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct ipc_posix *p = &l->v[i];
		char buf[32];
		switch (fmt) {
		case IPC_FMT_LIMITS:
		case IPC_FMT_STATUS:
			return;
		case IPC_FMT_CREATOR:
			print_creator(out, c, p);
			continue;
		case IPC_FMT_TIME:
			print_name(out, p->name, NAME_WIDTH);
			fputc(' ', out);
			ipc_print_owner(out, c, p->uid);
			ipc_ctime(p->mtime, buf);
			fprintf(out, " %-20.16s\n", p->mtime ? (buf[0] == '?' ? buf : buf + 4) : "Not set");
			continue;
		case IPC_FMT_PID:
			print_name(out, p->name, NAME_WIDTH);
			fputc(' ', out);
			ipc_print_owner(out, c, p->uid);
			print_pids(out, p, maps);
			continue;
		case IPC_FMT_DEFAULT:
			break;
		}
		print_name(out, p->name, NAME_WIDTH);
		fputc(' ', out);
		ipc_print_owner(out, c, p->uid);
		fprintf(out, " %-10o ", p->mode & 0777);
		switch (kind) {
		case IPC_KIND_MSG:
			print_size_col(out, unit, p->has_size, p->size, 12, "      ");
			if (p->has_count)
				fprintf(out, " %-12" PRId64 "\n", p->count);
			else
				fprintf(out, " %-12s\n", "-");
			break;
		case IPC_KIND_SHM:
			print_size_col(out, unit, p->has_size, p->size, 10, "    ");
			fputc('\n', out);
			break;
		case IPC_KIND_SEM:
			if (p->has_count)
				fprintf(out, "%-10" PRId64 "\n", p->count);
			else
				fprintf(out, "%-10s\n", "-");
			break;
		}
	}
}

void ipc_print_posix_limits(FILE *out, enum ipc_kind kind, enum ipc_unit unit, const struct ipc_limits *lim)
{
	enum ipc_unit bytes = unit == IPC_UNIT_DEFAULT ? IPC_UNIT_BYTES : unit;
	switch (kind) {
	case IPC_KIND_MSG:
		fputs("------ POSIX Message Queue Limits --------\n", out);
		fprintf(out, "max queues system wide = %ld\n", lim->mq_queues_max);
		fprintf(out, "max messages per queue = %ld\n", lim->mq_msg_max);
		ipc_print_size(out, bytes, "max size of message", (uint64_t)lim->mq_msgsize_max, "\n", 0);
		fprintf(out, "default messages per queue = %ld\n", lim->mq_msg_default);
		ipc_print_size(out, bytes, "default size of message", (uint64_t)lim->mq_msgsize_default, "\n", 0);
		return;
	case IPC_KIND_SHM:
		fputs("------ POSIX Shared Memory Limits --------\n", out);
		ipc_print_size(out, unit == IPC_UNIT_DEFAULT ? IPC_UNIT_KB : unit, "max total shared memory",
			lim->pshm_bytes, "\n", 0);
		return;
	case IPC_KIND_SEM:
		fputs("------ POSIX Semaphore Limits --------\n", out);
		fprintf(out, "semaphore max value = %ld\n", lim->psem_value_max);
		return;
	}
}

void ipc_print_posix_status(FILE *out, enum ipc_kind kind, enum ipc_unit unit, const struct ipc_posix_list *l)
{
	uint64_t bytes = 0, allocated = 0;
	int64_t msgs = 0;
	for (size_t i = 0; i < l->n; i++) {
		bytes += l->v[i].has_size ? l->v[i].size : 0;
		allocated += l->v[i].allocated;
		msgs += l->v[i].has_count ? l->v[i].count : 0;
	}
	switch (kind) {
	case IPC_KIND_MSG:
		fputs("------ POSIX Message Queues Status --------\n", out);
		fprintf(out, "allocated queues = %zu\n", l->n);
		fprintf(out, "queued messages = %" PRId64 "\n", msgs);
		ipc_print_size(out, unit, "used space", bytes, unit == IPC_UNIT_DEFAULT ? " bytes\n" : "\n", 0);
		return;
	case IPC_KIND_SHM:
		fputs("------ POSIX Shared Memory Status --------\n", out);
		fprintf(out, "segments allocated = %zu\n", l->n);
		ipc_print_size(out, unit, "used space", allocated,
			unit == IPC_UNIT_DEFAULT ? " bytes (allocated blocks)\n" : " (allocated blocks)\n", 0);
		ipc_print_size(out, unit, "nominal size", bytes, unit == IPC_UNIT_DEFAULT ? " bytes\n" : "\n", 0);
		return;
	case IPC_KIND_SEM:
		fputs("------ POSIX Semaphores Status --------\n", out);
		fprintf(out, "allocated semaphores = %zu\n", l->n);
		return;
	}
}
