/* ast_priv.h - internal to parser/: helpers shared by the tree printers. */
#ifndef MINISH_AST_PRIV_H
#define MINISH_AST_PRIV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "ast.h"

/* Returns the operator text of a ${...} operation ("", "#", ":-", "%%", ...). */
const char *param_op_text(enum param_op op, bool colon);
/* Length of the valid UTF-8 sequence starting at s (0 when s[0] does not start one). */
size_t utf8_seq_len(const unsigned char *s, size_t left);
/* Writes w back as shell source (quotes and expansions as they could be typed). */
void src_word(FILE *out, const struct word *w);
/* Writes an assignment as shell source: NAME=value, NAME[sub]+=value, NAME=( ... ). */
void src_assign(FILE *out, const struct assign *as);
/* Writes one redirection as shell source ("2>&1", "> out", "<<'EOF'"). */
void src_redir(FILE *out, const struct redir *r);

#endif
