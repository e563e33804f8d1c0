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
	}
	return "?";
}
