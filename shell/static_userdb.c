/* static_userdb.c - user and group look-ups for the statically linked minish (see the header). */
/* _DEFAULT_SOURCE: fgetpwent_r(3) and fgetgrent_r(3), glibc's readers of the passwd and group
 * file formats; unlike getpwnam they never go through the name-service switch. */
#define _DEFAULT_SOURCE
#include "static_userdb.h"

#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static const char passwd_file[] = "/etc/passwd";
static const char group_file[] = "/etc/group";

/* A buffer for the strings of one entry; grows when a line does not fit. */
struct entry_buf {
	char *text;
	size_t size;
};

/* Doubles b (from 1 KiB up to 1 MiB); false when it cannot. */
static bool grow(struct entry_buf *b)
{
	size_t size = b->size ? b->size * 2 : 1024;
	char *text = size <= (1u << 20) ? realloc(b->text, size) : NULL;
	if (!text)
		return false;
	b->text = text;
	b->size = size;
	return true;
}

static struct passwd passwd_entry;
static struct entry_buf passwd_buf;
static struct group group_entry;
static struct entry_buf group_buf;

/* The next entry of f in passwd format, or NULL at its end. The _r reader puts the stream back
 * to the start of a line that does not fit, so the line is read again into a bigger buffer (the
 * plain fgetpwent would instead try to seek back to where it last read any stream). */
static struct passwd *next_passwd(FILE *f)
{
	struct passwd *pw = NULL;
	int err;
	if (!passwd_buf.text && !grow(&passwd_buf))
		return NULL;
	while ((err = fgetpwent_r(f, &passwd_entry, passwd_buf.text, passwd_buf.size, &pw)) == ERANGE)
		if (!grow(&passwd_buf))
			return NULL;
	return err == 0 ? pw : NULL;
}

/* The next entry of f in group format, or NULL at its end (as next_passwd). */
static struct group *next_group(FILE *f)
{
	struct group *gr = NULL;
	int err;
	if (!group_buf.text && !grow(&group_buf))
		return NULL;
	while ((err = fgetgrent_r(f, &group_entry, group_buf.text, group_buf.size, &gr)) == ERANGE)
		if (!grow(&group_buf))
			return NULL;
	return err == 0 ? gr : NULL;
}

/* Starts `getent db -- key` with its output on a pipe; returns the pipe's read end and the
 * child's pid in *pid, or -1 (no pipe, or getent could not be started). */
static int getent_start(const char *db, const char *key, pid_t *pid)
{
	int fds[2];
	if (pipe(fds) < 0)
		return -1;
	posix_spawn_file_actions_t actions;
	posix_spawnattr_t attr;
	sigset_t none, all;
	sigemptyset(&none);
	sigfillset(&all);
	posix_spawn_file_actions_init(&actions);
	posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
	posix_spawn_file_actions_addclose(&actions, fds[0]);
	posix_spawn_file_actions_addclose(&actions, fds[1]);
	posix_spawnattr_init(&attr);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
	posix_spawnattr_setsigmask(&attr, &none);
	posix_spawnattr_setsigdefault(&attr, &all);
	char *argv[] = { "getent", (char *)db, "--", (char *)key, NULL };
	int err = posix_spawnp(pid, "getent", &actions, &attr, argv, environ);
	posix_spawnattr_destroy(&attr);
	posix_spawn_file_actions_destroy(&actions);
	close(fds[1]);
	if (err != 0) {
		close(fds[0]);
		return -1;
	}
	return fds[0];
}

/* Runs `getent db -- key` and returns its output as a stream in memory, which *text holds (free
 * it after closing the stream); NULL when getent printed nothing or could not run. In memory, the
 * stream can seek, as next_passwd and next_group need. */
static FILE *getent_output(const char *db, const char *key, char **text)
{
	pid_t pid;
	int fd = getent_start(db, key, &pid);
	if (fd < 0)
		return NULL;
	struct entry_buf out = { NULL, 0 };
	size_t len = 0;
	for (;;) {
		if (len == out.size && !grow(&out))
			break;
		ssize_t n = read(fd, out.text + len, out.size - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		len += (size_t)n;
	}
	close(fd);
	while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
		continue;
	FILE *f = len > 0 ? fmemopen(out.text, len, "r") : NULL;
	if (!f)
		free(out.text);
	*text = f ? out.text : NULL;
	return f;
}

/* The first passwd entry of f named name (when name is set) or with user id uid, or NULL. */
static struct passwd *find_passwd(FILE *f, const char *name, uid_t uid)
{
	struct passwd *pw;
	while ((pw = next_passwd(f)))
		if (name ? strcmp(pw->pw_name, name) == 0 : pw->pw_uid == uid)
			break;
	return pw;
}

/* The first group entry of f with group id gid, or NULL. */
static struct group *find_group(FILE *f, gid_t gid)
{
	struct group *gr;
	while ((gr = next_group(f)))
		if (gr->gr_gid == gid)
			break;
	return gr;
}

/* __wrap_getpwnam (name set) and __wrap_getpwuid (name NULL). getent looks a key of digits up
 * as a user id, so find_passwd checks its answer too. */
static struct passwd *lookup_passwd(const char *name, uid_t uid)
{
	if (name && name[0] == '\0')
		return NULL;
	struct passwd *pw = NULL;
	FILE *f = fopen(passwd_file, "r");
	if (f) {
		pw = find_passwd(f, name, uid);
		fclose(f);
	}
	if (pw)
		return pw;
	char number[24], *text;
	snprintf(number, sizeof number, "%lu", (unsigned long)uid);
	f = getent_output("passwd", name ? name : number, &text);
	if (!f)
		return NULL;
	pw = find_passwd(f, name, uid);
	fclose(f);
	free(text);
	return pw;
}

struct passwd *__wrap_getpwnam(const char *name)
{
	return lookup_passwd(name, 0);
}

struct passwd *__wrap_getpwuid(uid_t uid)
{
	return lookup_passwd(NULL, uid);
}

struct group *__wrap_getgrgid(gid_t gid)
{
	struct group *gr = NULL;
	FILE *f = fopen(group_file, "r");
	if (f) {
		gr = find_group(f, gid);
		fclose(f);
	}
	if (gr)
		return gr;
	char number[24], *text;
	snprintf(number, sizeof number, "%lu", (unsigned long)gid);
	f = getent_output("group", number, &text);
	if (!f)
		return NULL;
	gr = find_group(f, gid);
	fclose(f);
	free(text);
	return gr;
}

static FILE *listing;  /* /etc/passwd while __wrap_getpwent lists it */

void __wrap_setpwent(void)
{
	if (listing)
		rewind(listing);
}

struct passwd *__wrap_getpwent(void)
{
	if (!listing)
		listing = fopen(passwd_file, "r");
	return listing ? next_passwd(listing) : NULL;
}

void __wrap_endpwent(void)
{
	if (listing)
		fclose(listing);
	listing = NULL;
}
