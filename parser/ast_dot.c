/* ast_dot.c - the command tree as a Graphviz digraph (`dot -Tsvg` draws it). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "ast_priv.h"

struct dot {
	FILE *out;
	int next_id;
};

static int dot_node(struct dot *g, const struct node *n);

/* Writes s escaped for a double-quoted DOT label. */
static void dot_escaped(FILE *out, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", out);
		else if (c >= 0x20 && c != 0x7F)
			putc(c, out);
	}
}

static void dot_edge(struct dot *g, int from, int to, const char *label)
{
	fprintf(g->out, "  n%d -> n%d", from, to);
	if (label)
		fprintf(g->out, " [label=\"%s\"]", label);
	fputs(";\n", g->out);
}

/* Starts a vertex: returns its id after writing `nID [label="<kind> L:C`. */
static int dot_open(struct dot *g, const char *kind, int line, int col)
{
	int id = g->next_id++;
	fprintf(g->out, "  n%d [label=\"%s %d:%d", id, kind, line, col);
	return id;
}

/* Ends a vertex label with the shell source printed by fn, in the given shape. */
static void dot_close_source(struct dot *g, void (*fn)(FILE *, const void *), const void *obj,
                             const char *shape)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&buf, &len);
	if (mem) {
		fn(mem, obj);
		fclose(mem);
		fputs("\\n", g->out);
		dot_escaped(g->out, buf, len);
	}
	free(buf);
	fprintf(g->out, "\", shape=%s];\n", shape);
}

static void word_src(FILE *out, const void *w)
{
	src_word(out, w);
}

static void redir_src(FILE *out, const void *r)
{
	src_redir(out, r);
}

/* Links the bodies of $(...), `...` and <(...) found in a part list to vertex from. */
static void dot_parts(struct dot *g, int from, const struct word_part *wp)
{
	for (; wp; wp = wp->next) {
		switch (wp->kind) {
		case WP_CMDSUB:
		case WP_PROCSUB_IN:
		case WP_PROCSUB_OUT:
			if (wp->u.cmd.body)
				dot_edge(g, from, dot_node(g, wp->u.cmd.body),
				         wp->kind == WP_CMDSUB ? "$( )" : "<( )");
			break;
		case WP_DQUOTED:
			dot_parts(g, from, wp->u.dq);
			break;
		case WP_PARAM:
			if (wp->u.param.arg)
				dot_parts(g, from, wp->u.param.arg->parts);
			if (wp->u.param.arg2)
				dot_parts(g, from, wp->u.param.arg2->parts);
			break;
		case WP_ARITH:
			if (wp->u.arith)
				dot_parts(g, from, wp->u.arith->parts);
			break;
		case WP_LITERAL:
		case WP_TILDE:
			break;
		}
	}
}

static void dot_word(struct dot *g, int from, const struct word *w, const char *kind,
                     const char *edge)
{
	int id = dot_open(g, kind, w->line, w->col);
	dot_close_source(g, word_src, w, "ellipse");
	dot_edge(g, from, id, edge);
	dot_parts(g, id, w->parts);
}

static void assign_src(FILE *out, const void *as)
{
	src_assign(out, as);
}

/* A bash assignment (a[i]=v, x+=v, a=( ... )) as one vertex labelled with its source. */
static void dot_assign(struct dot *g, int from, const struct assign *as)
{
	int id = dot_open(g, "assign", as->line, as->col);
	dot_close_source(g, assign_src, as, "ellipse");
	dot_edge(g, from, id, NULL);
}

static void dot_redirs(struct dot *g, int from, const struct redir *r)
{
	for (; r; r = r->next) {
		int id = dot_open(g, "redir", r->line, r->col);
		dot_close_source(g, redir_src, r, "note");
		dot_edge(g, from, id, NULL);
		if (r->heredoc_body)
			dot_word(g, id, r->heredoc_body, "here-doc body", NULL);
	}
}

/* A [[ ]] expression: a vertex per operator, its operands as words. */
static int dot_cond(struct dot *g, const struct cond_expr *e)
{
	static const char *const names[] = {
		[CK_AND] = "&&", [CK_OR] = "||", [CK_NOT] = "!", [CK_GROUP] = "( )",
		[CK_UNARY] = "unary", [CK_BINARY] = "binary", [CK_WORD] = "nonempty",
	};
	int id = dot_open(g, names[e->kind], e->line, e->col);
	if (e->kind == CK_UNARY || e->kind == CK_BINARY) {
		fputs("\\n", g->out);
		const char *op = cond_op_text(e->op);
		dot_escaped(g->out, op, strlen(op));
	}
	fputs("\", shape=diamond];\n", g->out);
	switch (e->kind) {
	case CK_AND:
	case CK_OR:
		dot_edge(g, id, dot_cond(g, e->left), NULL);
		dot_edge(g, id, dot_cond(g, e->right), NULL);
		break;
	case CK_NOT:
	case CK_GROUP:
		dot_edge(g, id, dot_cond(g, e->left), NULL);
		break;
	case CK_UNARY:
	case CK_WORD:
		dot_word(g, id, e->arg, "word", NULL);
		break;
	case CK_BINARY:
		dot_word(g, id, e->arg, "word", "left");
		dot_word(g, id, e->arg2, "word", "right");
		break;
	}
	return id;
}

static void dot_children(struct dot *g, int id, const struct node *n)
{
	switch (n->kind) {
	case N_SIMPLE:
		for (const struct assign *as = n->u.simple.assigns; as; as = as->next)
			if (as->subscript || as->append || as->compound)
				dot_assign(g, id, as);
			else if (as->value)
				dot_word(g, id, as->value, as->name, "=");
		for (const struct word *w = n->u.simple.words; w; w = w->next)
			dot_word(g, id, w, "word", NULL);
		break;
	case N_PIPELINE:
		for (int i = 0; i < n->u.pipeline.ncmds; i++)
			dot_edge(g, id, dot_node(g, n->u.pipeline.cmds[i]), NULL);
		break;
	case N_AND:
	case N_OR:
		dot_edge(g, id, dot_node(g, n->u.andor.left), NULL);
		dot_edge(g, id, dot_node(g, n->u.andor.right), NULL);
		break;
	case N_LIST:
		for (const struct list_item *it = n->u.list.items; it; it = it->next)
			dot_edge(g, id, dot_node(g, it->cmd), it->background ? "&" : NULL);
		break;
	case N_SUBSHELL:
	case N_GROUP:
		dot_edge(g, id, dot_node(g, n->u.group.body), NULL);
		break;
	case N_IF:
		dot_edge(g, id, dot_node(g, n->u.if_.cond), "cond");
		dot_edge(g, id, dot_node(g, n->u.if_.then_part), "then");
		if (n->u.if_.else_part)
			dot_edge(g, id, dot_node(g, n->u.if_.else_part), "else");
		break;
	case N_WHILE:
	case N_UNTIL:
		dot_edge(g, id, dot_node(g, n->u.loop.cond), "cond");
		dot_edge(g, id, dot_node(g, n->u.loop.body), "do");
		break;
	case N_FOR:
	case N_SELECT:
		for (const struct word *w = n->u.for_.words; w; w = w->next)
			dot_word(g, id, w, "word", "in");
		dot_edge(g, id, dot_node(g, n->u.for_.body), "do");
		break;
	case N_CASE:
		dot_word(g, id, n->u.case_.subject, "subject", NULL);
		for (const struct case_item *ci = n->u.case_.items; ci; ci = ci->next) {
			int item = dot_open(g, "item", ci->line, ci->col);
			if (ci->term != CASE_BREAK)
				fprintf(g->out, "\\n%s", case_term_text(ci->term));
			fputs("\", shape=box];\n", g->out);
			dot_edge(g, id, item, NULL);
			for (const struct word *w = ci->patterns; w; w = w->next)
				dot_word(g, item, w, "pattern", NULL);
			if (ci->body)
				dot_edge(g, item, dot_node(g, ci->body), NULL);
		}
		break;
	case N_FUNCDEF:
		dot_edge(g, id, dot_node(g, n->u.func.body), "body");
		break;
	case N_ARITH:
		dot_word(g, id, n->u.arith.expr, "expr", NULL);
		break;
	case N_ARITH_FOR:
		dot_word(g, id, n->u.arith_for.init, "init", NULL);
		dot_word(g, id, n->u.arith_for.cond, "cond", NULL);
		dot_word(g, id, n->u.arith_for.step, "step", NULL);
		dot_edge(g, id, dot_node(g, n->u.arith_for.body), "do");
		break;
	case N_COND:
		dot_edge(g, id, dot_cond(g, n->u.cond.expr), NULL);
		break;
	}
}

static int dot_node(struct dot *g, const struct node *n)
{
	int id = dot_open(g, node_kind_name(n->kind), n->line, n->col);
	if (n->kind == N_PIPELINE && n->u.pipeline.time != PT_NONE)
		fputs(n->u.pipeline.time == PT_POSIX ? " time -p" : " time", g->out);
	if (n->kind == N_PIPELINE && n->u.pipeline.bang)
		fputs(" !", g->out);
	if (n->kind == N_FOR || n->kind == N_SELECT) {
		fputs("\\n", g->out);
		dot_escaped(g->out, n->u.for_.var, strlen(n->u.for_.var));
	}
	if (n->kind == N_FUNCDEF) {
		fputs("\\n", g->out);
		dot_escaped(g->out, n->u.func.name, strlen(n->u.func.name));
	}
	fputs("\", shape=box];\n", g->out);
	dot_children(g, id, n);
	dot_redirs(g, id, n->redirs);
	return id;
}

void ast_print_dot(FILE *out, const struct node *n)
{
	struct dot g = { out, 0 };
	fputs("digraph ast {\n  node [fontname=\"monospace\"];\n", out);
	if (n)
		dot_node(&g, n);
	fputs("}\n", out);
}
