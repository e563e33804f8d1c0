/* heredoc.h - here-documents and here-strings as readable fds. */
#ifndef MINISH_HEREDOC_H
#define MINISH_HEREDOC_H

#include <stddef.h>

struct shell;
struct redir;

/* Returns a read fd positioned at the start of text (a pipe for small texts, an
 * unlinked memory file for large ones, so no writer can deadlock), or -1. */
int heredoc_fd_from_text(struct shell *sh, const char *text, size_t len);
/* Returns a read fd holding the body of here-doc/here-string r after expansion, or -1. */
int heredoc_open(struct shell *sh, const struct redir *r);

#endif
