/* procsub.c - STUB: process substitution arrives with its own issue. */
#include "procsub.h"

#include "error.h"

char *procsub_start(struct shell *sh, const struct node *body, bool output)
{
	(void)body; (void)output;
	sh_error(sh, "process substitution: not supported yet");
	return 0;
}

void procsub_finish(struct shell *sh) { (void)sh; }
void procsub_cleanup_all(struct shell *sh) { (void)sh; }

bool procsub_pending(const struct shell *sh) { (void)sh; return false; }
