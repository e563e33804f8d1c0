/* ast.c - node constructor and the names of node kinds and operators. */
#include "ast.h"

#include "arena.h"
#include "ast_priv.h"

struct node *node_new(struct arena *a, enum node_kind k, int line, int col)
{
	struct node *n = arena_alloc(a, sizeof(*n));
	n->kind = k;
	n->line = line;
	n->col = col;
	return n;
}

const char *node_kind_name(enum node_kind k)
{
	switch (k) {
	case N_SIMPLE: return "simple";
	case N_PIPELINE: return "pipeline";
	case N_AND: return "and";
	case N_OR: return "or";
	case N_LIST: return "list";
	case N_SUBSHELL: return "subshell";
	case N_GROUP: return "group";
	case N_IF: return "if";
	case N_WHILE: return "while";
	case N_UNTIL: return "until";
	case N_FOR: return "for";
	case N_CASE: return "case";
	case N_FUNCDEF: return "function";
	case N_ARITH: return "arith";
	case N_ARITH_FOR: return "arith_for";
	case N_COND: return "cond";
	case N_SELECT: return "select";
	}
	return "?";
}

const char *redir_kind_op(enum redir_kind k)
{
	switch (k) {
	case R_IN: return "<";
	case R_OUT: return ">";
	case R_CLOBBER: return ">|";
	case R_APPEND: return ">>";
	case R_RDWR: return "<>";
	case R_DUP_IN: return "<&";
	case R_DUP_OUT: return ">&";
	case R_HEREDOC: return "<<";
	case R_HEREDOC_TAB: return "<<-";
	case R_HERESTRING: return "<<<";
	case R_OUT_ERR: return "&>";
	case R_APPEND_ERR: return "&>>";
	case R_MOVE_IN: return "<&";
	case R_MOVE_OUT: return ">&";
	}
	return "?";
}

const char *param_op_text(enum param_op op, bool colon)
{
	switch (op) {
	case PARAM_PLAIN: return "";
	case PARAM_LENGTH: return "#";
	case PARAM_DEFAULT: return colon ? ":-" : "-";
	case PARAM_ASSIGN: return colon ? ":=" : "=";
	case PARAM_ERROR: return colon ? ":?" : "?";
	case PARAM_ALTERNATE: return colon ? ":+" : "+";
	case PARAM_TRIM_SUFFIX: return "%";
	case PARAM_TRIM_SUFFIX_MAX: return "%%";
	case PARAM_TRIM_PREFIX: return "#";
	case PARAM_TRIM_PREFIX_MAX: return "##";
	case PARAM_SUBSTRING: return ":";
	case PARAM_REPLACE: return "/";
	case PARAM_REPLACE_ALL: return "//";
	case PARAM_REPLACE_PREFIX: return "/#";
	case PARAM_REPLACE_SUFFIX: return "/%";
	case PARAM_UPPER_FIRST: return "^";
	case PARAM_UPPER_ALL: return "^^";
	case PARAM_LOWER_FIRST: return ",";
	case PARAM_LOWER_ALL: return ",,";
	case PARAM_TOGGLE_FIRST: return "~";
	case PARAM_TOGGLE_ALL: return "~~";
	case PARAM_TRANSFORM: return "@";
	case PARAM_NAMES: return "";
	}
	return "?";
}

const char *case_term_text(enum case_term t)
{
	switch (t) {
	case CASE_BREAK: return ";;";
	case CASE_FALLTHROUGH: return ";&";
	case CASE_CONTINUE: return ";;&";
	}
	return ";;";
}

/* Length of the valid UTF-8 sequence at s (0 when the byte does not start one). */
size_t utf8_seq_len(const unsigned char *s, size_t left)
{
	size_t n = s[0] >= 0xF0 && s[0] <= 0xF4 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 ? 2 : 0;
	if (n == 0 || n > left || s[0] > 0xF4)
		return 0;
	for (size_t i = 1; i < n; i++)
		if ((s[i] & 0xC0) != 0x80)
			return 0;
	/* no overlong forms, no surrogates, nothing above U+10FFFF */
	if ((s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] > 0x9F) ||
	    (s[0] == 0xF0 && s[1] < 0x90) || (s[0] == 0xF4 && s[1] > 0x8F))
		return 0;
	return n;
}
