/* vars_dynamic.c - bash's special variables: those whose value is made when read (RANDOM,
 * SRANDOM, SECONDS, EPOCHSECONDS, EPOCHREALTIME, BASHPID, LINENO, PIPESTATUS, _) and those set
 * once at start-up (UID, EUID, PPID, HOSTNAME, HOSTTYPE, OSTYPE, MACHTYPE, SHLVL,
 * MINISH_VERSION). Unsetting one takes its special meaning away, as in bash. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include "array.h"
#include "shell.h"
#include "vars.h"
#include "vars_priv.h"
#include "xalloc.h"

#ifndef MINISH_VERSION
#define MINISH_VERSION "unknown"
#endif

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Park and Miller's minimal standard generator, folded to 15 bits (as bash 5.1 does). */
static unsigned next_random(struct shell *sh)
{
	unsigned long s = sh->random_state % 2147483647ul;
	if (s == 0)
		s = 123459876ul;
	s = (s * 16807ul) % 2147483647ul;
	sh->random_state = s;
	return (unsigned)((s >> 16) ^ (s & 0xFFFF)) & 0x7FFF;
}

static void store_number(struct shell *sh, struct var *v, long long n)
{
	char buf[32];
	snprintf(buf, sizeof(buf), "%lld", n);
	var_store(sh->vars, v, buf);
}

/* PIPESTATUS: the statuses of the last pipeline (of a simple command: $?). */
static void update_pipestatus(struct shell *sh, struct var *v)
{
	struct array *a = var_make_array(sh->vars, v);
	array_clear(a);
	int n = sh->npipestatus;
	for (int i = 0; i < (n > 0 ? n : 1); i++) {
		char buf[16];
		snprintf(buf, sizeof(buf), "%d", n > 0 ? sh->pipestatus[i] : sh->status);
		array_set(a, i, buf);
	}
}

/* FUNCNAME and BASH_LINENO: the call stack, innermost first ("main" last in a script);
 * empty outside functions. */
static void update_call_stack(struct shell *sh, struct var *v, bool lines)
{
	struct array *a = var_make_array(sh->vars, v);
	array_clear(a);
	bool in_function = false;
	for (const struct call_frame *f = sh->frames; f; f = f->up)
		in_function |= f->function;
	if (!in_function && !lines)
		return;
	intmax_t i = 0;
	char buf[16];
	for (const struct call_frame *f = sh->frames; f; f = f->up) {
		snprintf(buf, sizeof(buf), "%d", f->line);
		array_set(a, i++, lines ? buf : f->name);
	}
	if (sh->script_file && i > 0)
		array_set(a, i, lines ? "0" : "main");
}

/* True when file names a script or sourced file (not -c's string, not the prompt). */
static bool is_source_file(const struct shell *sh, const char *file)
{
	return file && (sh->script_file || strcmp(file, "-c") != 0);
}

/* BASH_SOURCE: the file being run, then the file each function call or `.` was made from,
 * innermost first, as bash (the script last; -c's string and the prompt are not files). */
static void update_sources(struct shell *sh, struct var *v)
{
	struct array *a = var_make_array(sh->vars, v);
	array_clear(a);
	intmax_t i = 0;
	if (is_source_file(sh, sh->script_name))
		array_set(a, i++, sh->script_name);
	for (const struct call_frame *f = sh->frames; f; f = f->up)
		if (is_source_file(sh, f->file))
			array_set(a, i++, f->file);
}

/* DIRSTACK: the current directory, then pushd's saved ones (bash). */
static void update_dirstack(struct shell *sh, struct var *v)
{
	struct array *a = var_make_array(sh->vars, v);
	array_clear(a);
	const char *pwd = vars_get(sh->vars, "PWD");
	array_set(a, 0, pwd ? pwd : "");
	for (int i = 0; i < sh->ndirstack; i++)
		array_set(a, i + 1, sh->dirstack[i]);
}

void vars_dynamic_update(struct shell *sh, struct var *v)
{
	const char *name = var_name(v);
	if (var_flags(v) & VAR_READONLY)
		return;  /* readonly LINENO and the like keep the value they had */
	if (strcmp(name, "LINENO") == 0) {
		store_number(sh, v, sh->lineno);
	} else if (strcmp(name, "RANDOM") == 0) {
		store_number(sh, v, next_random(sh));
	} else if (strcmp(name, "SRANDOM") == 0) {
		unsigned r = 0;
		if (getrandom(&r, sizeof(r), 0) != (ssize_t)sizeof(r))
			r = (unsigned)next_random(sh) << 17 ^ (unsigned)next_random(sh);
		store_number(sh, v, r);
	} else if (strcmp(name, "SECONDS") == 0) {
		store_number(sh, v, (long long)(now_seconds() - sh->seconds_base));
	} else if (strcmp(name, "EPOCHSECONDS") == 0) {
		store_number(sh, v, (long long)time(NULL));
	} else if (strcmp(name, "EPOCHREALTIME") == 0) {
		struct timespec ts;
		char buf[48];
		clock_gettime(CLOCK_REALTIME, &ts);
		snprintf(buf, sizeof(buf), "%lld.%06ld", (long long)ts.tv_sec, ts.tv_nsec / 1000);
		var_store(sh->vars, v, buf);
	} else if (strcmp(name, "BASHPID") == 0) {
		store_number(sh, v, getpid());
	} else if (strcmp(name, "PIPESTATUS") == 0) {
		update_pipestatus(sh, v);
	} else if (strcmp(name, "FUNCNAME") == 0 || strcmp(name, "BASH_LINENO") == 0) {
		update_call_stack(sh, v, name[0] == 'B');
	} else if (strcmp(name, "BASH_SOURCE") == 0) {
		update_sources(sh, v);
	} else if (strcmp(name, "DIRSTACK") == 0) {
		update_dirstack(sh, v);
	} else if (strcmp(name, "_") == 0) {
		var_store(sh->vars, v, sh->last_arg ? sh->last_arg : "");
	}
}

void vars_set_last_arg(struct shell *sh, const char *arg)
{
	/* a byte loop, no strlen and memcpy calls: this runs after every simple command, and the
	 * word is most often a few bytes (callgrind, make bench c: 70 instructions a command with
	 * the calls, 2% of the loop) */
	for (size_t i = 0; i < sh->last_arg_cap; i++)
		if ((sh->last_arg[i] = arg[i]) == '\0')
			return;
	size_t n = strlen(arg) + 1;
	size_t cap = n < 64 ? 64 : n;
	char *s = xmalloc(cap);
	memcpy(s, arg, n);
	free(sh->last_arg);
	sh->last_arg = s;
	sh->last_arg_cap = cap;
}

void vars_dynamic_assigned(struct shell *sh, struct var *v, const char *value)
{
	const char *name = var_name(v);
	if (strcmp(name, "RANDOM") == 0)
		sh->random_state = strtoul(value, NULL, 10);
	else if (strcmp(name, "SECONDS") == 0)
		sh->seconds_base = now_seconds() - (double)strtoll(value, NULL, 10);
	else if (strcmp(name, "_") == 0)
		vars_set_last_arg(sh, value);
}

static void set_static(struct shell *sh, const char *name, const char *value, unsigned flags)
{
	vars_set(sh->vars, name, value, flags);
}

/* Sets name unless the environment already gave it a value (bash's set_if_not). */
static void set_if_unset(struct shell *sh, const char *name, const char *value)
{
	if (!vars_get(sh->vars, name))
		set_static(sh, name, value, 0);
}

static void set_number(struct shell *sh, const char *name, long long n, unsigned flags)
{
	char buf[32], *p = buf + sizeof(buf);
	unsigned long long u = n < 0 ? 0 - (unsigned long long)n : (unsigned long long)n;
	*--p = '\0';
	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	if (n < 0)
		*--p = '-';
	set_static(sh, name, p, flags);
}

void vars_init_shell(struct shell *sh)
{
	static const char *const dynamic[] = {
		"LINENO", "RANDOM", "SRANDOM", "SECONDS", "EPOCHSECONDS", "EPOCHREALTIME", "BASHPID",
	};
	struct var_table *t = sh->vars;
	sh->seconds_base = now_seconds();
	sh->random_state = (unsigned long)time(NULL) ^ ((unsigned long)getpid() << 16);
	/* no value yet: each is made when read (shell_getvar, declare -p) */
	for (size_t i = 0; i < sizeof(dynamic) / sizeof(dynamic[0]); i++)
		var_set_flags(t, vars_lookup_or_add(t, dynamic[i]),
		              VAR_DYNAMIC | (i == 1 || i == 2 ? VAR_INTEGER : 0), 0);
	/* $_ starts as the environment's _ (the program the parent ran: this shell), as in bash;
	 * it is not passed on (bash gives each program its own path there) */
	struct var *last = vars_lookup_or_add(t, "_");
	const char *start = var_scalar(last);
	vars_set_last_arg(sh, start ? start : "");
	var_set_flags(t, last, VAR_DYNAMIC, VAR_EXPORT);
	static const char *const arrays[] = { "PIPESTATUS", "FUNCNAME", "BASH_LINENO", "BASH_SOURCE", "DIRSTACK" };
	for (size_t i = 0; i < sizeof(arrays) / sizeof(arrays[0]); i++) {
		struct var *a = vars_lookup_or_add(t, arrays[i]);
		var_make_array(t, a);
		var_set_flags(t, a, VAR_DYNAMIC, 0);
	}

	set_number(sh, "UID", (long long)getuid(), VAR_READONLY | VAR_INTEGER);
	set_number(sh, "EUID", (long long)geteuid(), VAR_READONLY | VAR_INTEGER);
	set_number(sh, "PPID", (long long)getppid(), VAR_READONLY | VAR_INTEGER);
	struct utsname u;  /* one uname(2) for HOSTNAME too (gethostname would make another) */
	bool named = uname(&u) == 0;
	if (named)
		set_if_unset(sh, "HOSTNAME", u.nodename);
	const char *machine = named ? u.machine : "unknown";
	char machtype[sizeof(u.machine) + 32];
	snprintf(machtype, sizeof(machtype), "%s-%s-linux-gnu", machine,
	         strcmp(machine, "x86_64") == 0 || machine[0] == 'i' ? "pc" : "unknown");
	set_if_unset(sh, "HOSTTYPE", machine);
	set_if_unset(sh, "MACHTYPE", machtype);
	set_if_unset(sh, "OSTYPE", "linux-gnu");
	const char *lvl = vars_get(t, "SHLVL");
	long long level = lvl ? strtoll(lvl, NULL, 10) : 0;
	set_number(sh, "SHLVL", level < 0 ? 0 : level + 1, VAR_EXPORT);
	set_static(sh, "MINISH_VERSION", MINISH_VERSION, 0);
}
