/* stderr_capture.h - unit-test helper: redirects stderr into a temporary file so that messages
 * can be checked. Include after <cmocka.h>. */
#ifndef MINISH_STDERR_CAPTURE_H
#define MINISH_STDERR_CAPTURE_H

#include <stdio.h>
#include <unistd.h>

struct capture {
	int saved;
	FILE *tmp;
	char text[2048];
};

/* Sends fd 2 to a fresh temporary file until capture_end. */
static inline void capture_start(struct capture *c)
{
	fflush(stderr);
	c->tmp = tmpfile();
	assert_non_null(c->tmp);
	c->saved = dup(2);
	dup2(fileno(c->tmp), 2);
}

/* Puts fd 2 back and returns what was written (its last 2047 bytes when longer). */
static inline const char *capture_end(struct capture *c)
{
	fflush(stderr);
	dup2(c->saved, 2);
	close(c->saved);
	long size = ftell(c->tmp);
	long keep = (long)sizeof(c->text) - 1;
	fseek(c->tmp, size > keep ? size - keep : 0, SEEK_SET);
	size_t n = fread(c->text, 1, sizeof(c->text) - 1, c->tmp);
	c->text[n] = '\0';
	fclose(c->tmp);
	return c->text;
}

#endif
