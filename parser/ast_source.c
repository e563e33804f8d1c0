/* ast_source.c - the command tree back as shell source on one line (job listings, `type`). */
#include <stdio.h>
#include <string.h>

#include "ast.h"
#include "ast_priv.h"

static void src_node(FILE *out, const struct node *n);

/* Where literal text is printed, which decides how quoted text is written. */
enum src_ctx {
	SRC_PLAIN,  /* unquoted word: quoted text goes in '...' */
	SRC_DQ,     /* inside "...": $ ` " \ are escaped */
	SRC_DQ_ARG, /* a ${...} word inside "...": } is escaped too */
};

static bool is_name_char(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_';
}

static bool is_reserved(const char *w)
{
	static const char *const words[] = {
		"!", "{", "}", "case", "do", "done", "elif", "else", "esac", "fi",
		"for", "function", "if", "in", "then", "until", "while",
	};
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcmp(w, words[i]) == 0)
			return true;
	return false;
}

static void src_single_quoted(FILE *out, const char *s, size_t len)
{
	putc('\'', out);
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\'')
			fputs("'\\''", out);
		else
			putc(s[i], out);
	}
	putc('\'', out);
}

static void src_literal(FILE *out, const struct word_part *wp, enum src_ctx ctx)
{
	const char *s = wp->u.lit.text;
	size_t len = wp->u.lit.len;
	if (ctx == SRC_PLAIN) {
		if (wp->u.lit.quoted)
			src_single_quoted(out, s, len);
		else
			fwrite(s, 1, len, out);
		return;
	}
	for (size_t i = 0; i < len; i++) {
		if (strchr("$`\"\\", s[i]) || (ctx == SRC_DQ_ARG && s[i] == '}'))
			putc('\\', out);
		putc(s[i], out);
	}
}

static void src_parts(FILE *out, const struct word_part *wp, enum src_ctx ctx);

static void src_param(FILE *out, const struct word_part *wp, enum src_ctx ctx)
{
	const struct param_exp *pe = &wp->u.param;
	const struct word_part *next = wp->next;
	bool glued = next && next->kind == WP_LITERAL && next->u.lit.len > 0 &&
	             is_name_char((unsigned char)next->u.lit.text[0]);
	bool simple_name = pe->name[0] && (!pe->name[1] || !(pe->name[0] >= '0' && pe->name[0] <= '9'));
	if (pe->op == PARAM_PLAIN && !pe->subscript && !glued && simple_name) {
		fprintf(out, "$%s", pe->name);
		return;
	}
	fprintf(out, "${%s%s", pe->op == PARAM_LENGTH ? "#" : "", pe->name);
	if (pe->subscript)
		fprintf(out, "[%s]", pe->subscript);
	if (pe->op != PARAM_PLAIN && pe->op != PARAM_LENGTH) {
		fputs(param_op_text(pe->op, pe->colon), out);
		if (pe->arg)
			src_parts(out, pe->arg->parts, ctx == SRC_PLAIN ? SRC_PLAIN : SRC_DQ_ARG);
	}
	putc('}', out);
}

static void src_subst(FILE *out, const char *open, const struct node *body)
{
	fputs(open, out);
	if (body && body->kind == N_SUBSHELL)
		putc(' ', out);
	if (body)
		src_node(out, body);
	putc(')', out);
}

static void src_parts(FILE *out, const struct word_part *wp, enum src_ctx ctx)
{
	for (; wp; wp = wp->next) {
		switch (wp->kind) {
		case WP_LITERAL:
			src_literal(out, wp, ctx);
			break;
		case WP_DQUOTED:
			putc('"', out);
			src_parts(out, wp->u.dq, SRC_DQ);
			putc('"', out);
			break;
		case WP_PARAM:
			src_param(out, wp, ctx);
			break;
		case WP_CMDSUB:
			src_subst(out, "$(", wp->u.cmd.body);
			break;
		case WP_PROCSUB_IN:
			src_subst(out, "<(", wp->u.cmd.body);
			break;
		case WP_PROCSUB_OUT:
			src_subst(out, ">(", wp->u.cmd.body);
			break;
		case WP_ARITH:
			fputs("$((", out);
			if (wp->u.arith)
				src_parts(out, wp->u.arith->parts, SRC_PLAIN);
			fputs("))", out);
			break;
		case WP_TILDE:
			fprintf(out, "~%s", wp->u.tilde_user);
			break;
		}
	}
}

void src_word(FILE *out, const struct word *w)
{
	src_parts(out, w->parts, SRC_PLAIN);
}

void src_redir(FILE *out, const struct redir *r)
{
	if (r->fd >= 0)
		fprintf(out, "%d", r->fd);
	fputs(redir_kind_op(r->kind), out);
	bool tight = r->kind == R_DUP_IN || r->kind == R_DUP_OUT || r->kind == R_HEREDOC ||
	             r->kind == R_HEREDOC_TAB;
	if (!tight)
		putc(' ', out);
	if (r->target)
		src_word(out, r->target);
}

static void src_redirs(FILE *out, const struct redir *r)
{
	for (; r; r = r->next) {
		putc(' ', out);
		src_redir(out, r);
	}
}

/* Writes n followed by a terminator (";" unless it already ends with "&"). */
static void src_seq(FILE *out, const struct node *n)
{
	src_node(out, n);
	if (n->kind == N_LIST) {
		const struct list_item *it = n->u.list.items;
		while (it->next)
			it = it->next;
		if (it->background)
			return;
	}
	putc(';', out);
}

static void src_simple(FILE *out, const struct node *n)
{
	const char *sep = "";
	for (const struct assign *as = n->u.simple.assigns; as; as = as->next) {
		fprintf(out, "%s%s=", sep, as->name);
		if (as->value)
			src_word(out, as->value);
		sep = " ";
	}
	for (const struct word *w = n->u.simple.words; w; w = w->next) {
		fputs(sep, out);
		src_word(out, w);
		sep = " ";
	}
	for (const struct redir *r = n->redirs; r; r = r->next) {
		fputs(sep, out);
		src_redir(out, r);
		sep = " ";
	}
}

static void src_if(FILE *out, const struct node *n)
{
	fputs("if ", out);
	for (;;) {
		src_seq(out, n->u.if_.cond);
		fputs(" then ", out);
		src_seq(out, n->u.if_.then_part);
		const struct node *e = n->u.if_.else_part;
		if (e && e->kind == N_IF && !e->redirs) {
			fputs(" elif ", out);
			n = e;
			continue;
		}
		if (e) {
			fputs(" else ", out);
			src_seq(out, e);
		}
		break;
	}
	fputs(" fi", out);
}

static void src_case(FILE *out, const struct node *n)
{
	fputs("case ", out);
	src_word(out, n->u.case_.subject);
	fputs(" in", out);
	for (const struct case_item *ci = n->u.case_.items; ci; ci = ci->next) {
		fputs(" (", out);
		for (const struct word *w = ci->patterns; w; w = w->next) {
			src_word(out, w);
			if (w->next)
				putc('|', out);
		}
		putc(')', out);
		if (ci->body) {
			putc(' ', out);
			src_node(out, ci->body);
		}
		fputs(";;", out);
	}
	fputs(" esac", out);
}

static void src_node(FILE *out, const struct node *n)
{
	switch (n->kind) {
	case N_SIMPLE:
		src_simple(out, n);
		return;
	case N_PIPELINE:
		if (n->u.pipeline.bang)
			fputs("! ", out);
		for (int i = 0; i < n->u.pipeline.ncmds; i++) {
			if (i)
				fputs(" | ", out);
			src_node(out, n->u.pipeline.cmds[i]);
		}
		return;
	case N_AND:
	case N_OR:
		src_node(out, n->u.andor.left);
		fputs(n->kind == N_AND ? " && " : " || ", out);
		src_node(out, n->u.andor.right);
		return;
	case N_LIST:
		for (const struct list_item *it = n->u.list.items; it; it = it->next) {
			src_node(out, it->cmd);
			if (it->background)
				fputs(it->next ? " & " : " &", out);
			else if (it->next)
				fputs("; ", out);
		}
		return;
	case N_SUBSHELL:
		fputs("( ", out);
		src_node(out, n->u.group.body);
		fputs(" )", out);
		break;
	case N_GROUP:
		fputs("{ ", out);
		src_seq(out, n->u.group.body);
		fputs(" }", out);
		break;
	case N_IF:
		src_if(out, n);
		break;
	case N_WHILE:
	case N_UNTIL:
		fputs(n->kind == N_WHILE ? "while " : "until ", out);
		src_seq(out, n->u.loop.cond);
		fputs(" do ", out);
		src_seq(out, n->u.loop.body);
		fputs(" done", out);
		break;
	case N_FOR:
		fprintf(out, "for %s", n->u.for_.var);
		if (n->u.for_.has_in) {
			fputs(" in", out);
			for (const struct word *w = n->u.for_.words; w; w = w->next) {
				putc(' ', out);
				src_word(out, w);
			}
		}
		fputs("; do ", out);
		src_seq(out, n->u.for_.body);
		fputs(" done", out);
		break;
	case N_CASE:
		src_case(out, n);
		break;
	case N_FUNCDEF:
		/* a reserved word can only name a function with the bash keyword */
		fprintf(out, is_reserved(n->u.func.name) ? "function %s " : "%s() ", n->u.func.name);
		src_node(out, n->u.func.body);
		return;
	}
	src_redirs(out, n->redirs);
}

void ast_print_source(FILE *out, const struct node *n)
{
	if (n)
		src_node(out, n);
}
