/* histexp.h - history expansion of a line typed at the prompt (!!, !n, !-n, !$, !str, ^a^b ...),
 * done by GNU history's history_expand set up as bash sets it up. */
#ifndef MINISH_HISTEXP_H
#define MINISH_HISTEXP_H

struct shell;

enum histexp_result {
	HISTEXP_SAME,      /* nothing to expand: run the line as typed */
	HISTEXP_EXPANDED,  /* *out is the new line (malloc'd), shown on stderr as bash does */
	HISTEXP_DROP,      /* an error (said so) or :p (printed): the line is not run */
};

/* Expands line when set -H (histexpand) is on; see enum histexp_result. */
enum histexp_result histexp_line(struct shell *sh, const char *line, char **out);

#endif
