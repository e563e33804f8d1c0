/* static_userdb.h - user and group look-ups for the statically linked minish.
 *
 * glibc's getpwnam & co. go through the name-service switch, which in a static binary loads
 * the shared modules named in /etc/nsswitch.conf by itself (Debian's `systemd` module crashes
 * it). The static binary is linked with -Wl,--wrap=NAME for the six functions below, so every
 * call to them, minish's and readline's, lands here instead: /etc/passwd and /etc/group are
 * read with fgetpwent_r/fgetgrent_r, and a name or id not found there is asked of getent(1), a
 * dynamically linked program that loads those modules the normal way. */
#ifndef MINISH_STATIC_USERDB_H
#define MINISH_STATIC_USERDB_H

#include <grp.h>
#include <pwd.h>
#include <sys/types.h>

/* getpwnam: the entry of user name from /etc/passwd, else from `getent passwd -- name`
 * (found by PATH); NULL when neither has it. Static storage, valid until the next call. */
struct passwd *__wrap_getpwnam(const char *name);
/* getpwuid: as __wrap_getpwnam, by user id. */
struct passwd *__wrap_getpwuid(uid_t uid);
/* getgrgid: the entry of group gid from /etc/group, else from `getent group -- gid`. */
struct group *__wrap_getgrgid(gid_t gid);
/* setpwent: the next __wrap_getpwent starts again at the first entry of /etc/passwd. */
void __wrap_setpwent(void);
/* getpwent: the next entry of /etc/passwd (the listing leaves out users known only to other
 * name services); NULL at the end. */
struct passwd *__wrap_getpwent(void);
/* endpwent: closes the listing of /etc/passwd. */
void __wrap_endpwent(void);

#endif
