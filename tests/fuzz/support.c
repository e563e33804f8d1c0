/* support.c - the fuzz targets' shell (support.h) and the stand-ins for what would start a
 * process. */
#include "support.h"

#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "../../shell/brace.h"
#include "../../shell/eval.h"
#include "../../shell/shell.h"
#include "../../shell/xalloc.h"

struct node;

struct word;

int __wrap_exec_cmdsub(struct shell *sh, const struct node *body, char **out, size_t *len);
char *__wrap_procsub_start(struct shell *sh, const struct node *body, bool output);
pid_t __wrap_fork(void);
pid_t __wrap_vfork(void);

/* $(...) and `...`: a fixed output with status 0, nothing run. */
int __wrap_exec_cmdsub(struct shell *sh, const struct node *body, char **out, size_t *len)
{
	(void)sh;
	(void)body;
	*out = xstrdup(FUZZ_CMDSUB_OUTPUT);
	*len = strlen(FUZZ_CMDSUB_OUTPUT);
	return 0;
}

/* <(...) and >(...): a fixed path, nothing made or run. */
char *__wrap_procsub_start(struct shell *sh, const struct node *body, bool output)
{
	(void)sh;
	(void)body;
	return output ? "/dev/fd/62" : "/dev/fd/63";
}

static int report_fd = -1;

/* Keeps the standard error of the start, before libFuzzer closes it (-close_fd_mask). */
__attribute__((constructor)) static void keep_stderr(void)
{
	report_fd = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 10);
}

void fuzz_fail(const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	dprintf(report_fd >= 0 ? report_fd : STDERR_FILENO, "fuzz: %s\n", msg);
	abort();
}

pid_t __wrap_fork(void)
{
	fuzz_fail("the shell tried to fork");
}

pid_t __wrap_vfork(void)
{
	fuzz_fail("the shell tried to vfork");
}

/* The variable table every input starts from (run with builtins only: nothing forks). */
static const char setup[] =
	"x=abc e= sp='a b  c' star='*' q='\"'\\''\\' n=42 neg=-3 big=9223372036854775807\n"
	"expr='n+1' self=self sub='a[1]' ref=x\n"
	"a=(one two 'th ree' '' '*')\n"
	"declare -A A=([k]=v ['x y']=z [*]=star)\n"
	"declare -n nr=x\n"
	"declare -i i=7\n"
	"set -- 1 '2 3' '' '*' -x\n";

struct shell *fuzz_shell_new(unsigned flags)
{
	struct shell *sh = shell_new("minish");
	sh->script_name = (char *)"fuzz";  /* as main.c: never freed */
	brace_set_max_words(FUZZ_BRACE_WORDS);
	eval_string(sh, setup, sizeof(setup) - 1, "fuzz setup");
	sh->opt.nounset = flags & FUZZ_OPT_NOUNSET;
	sh->opt.noglob = flags & FUZZ_OPT_NOGLOB;
	sh->shopt.extglob = flags & FUZZ_OPT_EXTGLOB;
	sh->shopt.nocasematch = sh->shopt.nocaseglob = flags & FUZZ_OPT_NOCASE;
	sh->shopt.nullglob = flags & FUZZ_OPT_NULLGLOB;
	sh->opt.interactive = true;  /* an error never ends it (a non-interactive shell exits) */
	sh->status = 0;
	return sh;
}

char *fuzz_strndup(const uint8_t *data, size_t size)
{
	char *s = xmalloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}
