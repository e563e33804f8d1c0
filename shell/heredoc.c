/* heredoc.c - here-documents and here-strings as readable fds.
 * _GNU_SOURCE: memfd_create(2), a Linux call, holds large bodies without a temp file. */
#define _GNU_SOURCE
#include "heredoc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "../parser/arena.h"
#include "../parser/ast.h"
#include "error.h"
#include "expand.h"
#include "redir.h"
#include "shell.h"

enum { HEREDOC_PIPE_MAX = 4096 };

static int write_all(int fd, const char *s, size_t len)
{
	while (len) {
		ssize_t w = write(fd, s, len);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		s += w;
		len -= (size_t)w;
	}
	return 0;
}

int heredoc_fd_from_text(struct shell *sh, const char *text, size_t len)
{
	if (len <= HEREDOC_PIPE_MAX) {
		int p[2];
		if (pipe2(p, O_CLOEXEC) < 0) {
			sh_perror(sh, "here-document: pipe");
			return -1;
		}
		if (write_all(p[1], text, len) < 0) {
			sh_perror(sh, "here-document: write");
			close(p[0]);
			close(p[1]);
			return -1;
		}
		close(p[1]);
		return p[0];
	}
	int fd = memfd_create("minish-heredoc", MFD_CLOEXEC);
	if (fd < 0) {
		sh_perror(sh, "here-document: memfd_create");
		return -1;
	}
	if (write_all(fd, text, len) < 0 || lseek(fd, 0, SEEK_SET) < 0) {
		sh_perror(sh, "here-document: write");
		close(fd);
		return -1;
	}
	return fd;
}

int heredoc_open(struct shell *sh, const struct redir *r)
{
	const char *text;
	size_t len;
	char *owned = NULL;
	if (r->kind == R_HERESTRING) {
		char *s = expand_word_str(sh, r->target);
		if (!s)
			return -1;
		len = strlen(s);
		owned = malloc(len + 2);
		if (!owned)
			return -1;
		memcpy(owned, s, len);
		owned[len++] = '\n';
		text = owned;
	} else if (!r->heredoc_quoted && r->heredoc_body) {
		char *s = expand_heredoc(sh, r->heredoc_body);
		if (!s)
			return -1;
		text = s;
		len = strlen(s);
	} else {
		text = r->heredoc_text ? r->heredoc_text : "";
		len = r->heredoc_len;
	}
	int fd = heredoc_fd_from_text(sh, text, len);
	free(owned);
	return fd;
}
