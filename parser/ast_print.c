/* ast_print.c - the command tree as indented text: one node, word part or redirection per
 * line with its line:col (used by tests, `minish --dump-ast` and students). */
#include <stdio.h>

#include "ast.h"
#include "ast_priv.h"

static void print_node(FILE *out, const struct node *n, int d, bool background);

static void indent(FILE *out, int d)
{
	for (int i = 0; i < d; i++)
		fputs("  ", out);
}

/* Writes s as a double-quoted string with C escapes for quotes, control bytes and bytes
 * that are not UTF-8. */
static void put_quoted(FILE *out, const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	putc('"', out);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = u[i];
		size_t n = c >= 0x80 ? utf8_seq_len(u + i, len - i) : 1;
		if (c == '"' || c == '\\') {
			fprintf(out, "\\%c", c);
		} else if (c == '\n') {
			fputs("\\n", out);
		} else if (c == '\t') {
			fputs("\\t", out);
		} else if (c < 0x20 || c == 0x7F || n == 0) {
			fprintf(out, "\\x%02x", c);
		} else {
			fwrite(u + i, 1, n, out);
			i += n - 1;
		}
	}
	putc('"', out);
}

/* True when the part prints on one line (it has nothing nested under it). */
static bool part_is_leaf(const struct word_part *wp)
{
	switch (wp->kind) {
	case WP_LITERAL:
	case WP_TILDE:
		return true;
	case WP_DQUOTED:
		return wp->u.dq == NULL;
	case WP_PARAM:
		return wp->u.param.arg == NULL && wp->u.param.arg2 == NULL &&
		       (wp->u.param.index == NULL || word_is_plain_literal(wp->u.param.index));
	case WP_CMDSUB:
	case WP_PROCSUB_IN:
	case WP_PROCSUB_OUT:
		return wp->u.cmd.body == NULL;
	case WP_ARITH:
		return wp->u.arith == NULL || wp->u.arith->parts == NULL;
	}
	return true;
}

/* The part's own line, without indentation or newline. */
static void print_part_head(FILE *out, const struct word_part *wp)
{
	const char *empty = part_is_leaf(wp) ? " (empty)" : "";
	switch (wp->kind) {
	case WP_LITERAL:
		fputs(wp->u.lit.quoted ? "quoted " : "literal ", out);
		put_quoted(out, wp->u.lit.text, wp->u.lit.len);
		break;
	case WP_DQUOTED:
		fprintf(out, "dquoted%s", empty);
		break;
	case WP_PARAM: {
		const struct param_exp *pe = &wp->u.param;
		fprintf(out, "param %s%s", pe->indirect ? "!" : "", pe->name);
		if (pe->subscript)
			fprintf(out, "[%s]", pe->subscript);
		if (pe->op == PARAM_LENGTH)
			fputs(" length", out);
		else if (pe->op == PARAM_NAMES)
			fprintf(out, " names%c", pe->transform);
		else if (pe->op == PARAM_TRANSFORM)
			fprintf(out, " @%c", pe->transform);
		else if (pe->op != PARAM_PLAIN)
			fprintf(out, " %s", param_op_text(pe->op, pe->colon));
		break;
	}
	case WP_CMDSUB:
		fprintf(out, "cmdsub %s%s", wp->u.cmd.backquote ? "`...`" : "$(...)", empty);
		break;
	case WP_PROCSUB_IN:
		fprintf(out, "procsub <(...)%s", empty);
		break;
	case WP_PROCSUB_OUT:
		fprintf(out, "procsub >(...)%s", empty);
		break;
	case WP_ARITH:
		fprintf(out, "arith $((...))%s", empty);
		break;
	case WP_TILDE:
		fprintf(out, "tilde ~%s", wp->u.tilde_user);
		break;
	}
}

static void print_word(FILE *out, const struct word *w, const char *label, int d);

static void print_parts(FILE *out, const struct word_part *wp, int d)
{
	for (; wp; wp = wp->next) {
		indent(out, d);
		print_part_head(out, wp);
		putc('\n', out);
		if (part_is_leaf(wp))
			continue;
		switch (wp->kind) {
		case WP_DQUOTED:
			print_parts(out, wp->u.dq, d + 1);
			break;
		case WP_PARAM:
			if (wp->u.param.index && !word_is_plain_literal(wp->u.param.index))
				print_word(out, wp->u.param.index, "subscript", d + 1);
			if (wp->u.param.arg)
				print_word(out, wp->u.param.arg, "word", d + 1);
			if (wp->u.param.arg2)
				print_word(out, wp->u.param.arg2, wp->u.param.op == PARAM_SUBSTRING ? "length" : "string", d + 1);
			break;
		case WP_CMDSUB:
		case WP_PROCSUB_IN:
		case WP_PROCSUB_OUT:
			print_node(out, wp->u.cmd.body, d + 1, false);
			break;
		case WP_ARITH:
			print_parts(out, wp->u.arith->parts, d + 1);
			break;
		case WP_LITERAL:
		case WP_TILDE:
			break;
		}
	}
}

/* "label L:C" then the parts: on the same line when there is one simple part. */
static void print_word(FILE *out, const struct word *w, const char *label, int d)
{
	indent(out, d);
	fprintf(out, "%s %d:%d", label, w->line, w->col);
	if (!w->parts) {
		fputs(" (empty)\n", out);
	} else if (!w->parts->next && part_is_leaf(w->parts)) {
		putc(' ', out);
		print_part_head(out, w->parts);
		putc('\n', out);
	} else {
		putc('\n', out);
		print_parts(out, w->parts, d + 1);
	}
}

static void print_redirs(FILE *out, const struct redir *r, int d)
{
	for (; r; r = r->next) {
		bool heredoc = r->kind == R_HEREDOC || r->kind == R_HEREDOC_TAB;
		indent(out, d);
		fprintf(out, "redir %d:%d ", r->line, r->col);
		if (r->varname)
			fprintf(out, "{%s}", r->varname);
		else if (r->fd >= 0)
			fprintf(out, "%d", r->fd);
		fputs(redir_kind_op(r->kind), out);
		if (r->kind == R_MOVE_IN || r->kind == R_MOVE_OUT)
			fputs(" (move: the source fd is closed)", out);
		if (r->varname)
			fputs(" (fd >= 10 chosen by the shell, its number assigned)", out);
		if (r->from_pipe_amp)
			fputs(" (from |&)", out);
		if (heredoc && r->heredoc_quoted)
			fputs(" (quoted delimiter: body not expanded)", out);
		putc('\n', out);
		if (r->target)
			print_word(out, r->target, heredoc ? "delimiter" : "word", d + 1);
		if (!heredoc)
			continue;
		indent(out, d + 1);
		fputs("text ", out);
		put_quoted(out, r->heredoc_text ? r->heredoc_text : "", r->heredoc_len);
		putc('\n', out);
		if (r->heredoc_body)
			print_word(out, r->heredoc_body, "body", d + 1);
	}
}

static void label(FILE *out, const char *text, int d)
{
	indent(out, d);
	fprintf(out, "%s\n", text);
}

/* The elements of a compound assignment, one "element" line each. */
static void print_elems(FILE *out, const struct assign_elem *e, int d)
{
	for (; e; e = e->next) {
		indent(out, d);
		fprintf(out, "element%s\n", e->key ? (e->append ? " [key]+=" : " [key]=") : "");
		if (e->key)
			print_word(out, e->key, "key", d + 1);
		if (e->value)
			print_word(out, e->value, "word", d + 1);
	}
}

static void print_assign(FILE *out, const struct assign *as, int d)
{
	indent(out, d);
	fprintf(out, "assign %d:%d %s%s%s%s\n", as->line, as->col, as->name,
	        as->subscript ? "[]" : "", as->append ? "+=" : "=",
	        as->compound ? "( )" : as->value ? "" : " (empty)");
	if (as->subscript)
		print_word(out, as->subscript, "subscript", d + 1);
	if (as->compound)
		print_elems(out, as->elems, d + 1);
	else if (as->value)
		print_word(out, as->value, "word", d + 1);
}

static void print_simple(FILE *out, const struct node *n, int d)
{
	for (const struct assign *as = n->u.simple.assigns; as; as = as->next)
		print_assign(out, as, d);
	for (const struct word *w = n->u.simple.words; w; w = w->next) {
		print_word(out, w, "word", d);
		if (w->compound)
			print_assign(out, w->compound, d + 1);
	}
}

static void print_case(FILE *out, const struct node *n, int d)
{
	print_word(out, n->u.case_.subject, "subject", d);
	for (const struct case_item *ci = n->u.case_.items; ci; ci = ci->next) {
		indent(out, d);
		fprintf(out, "item %d:%d%s%s\n", ci->line, ci->col, ci->term == CASE_BREAK ? "" : " ",
		        ci->term == CASE_BREAK ? "" : case_term_text(ci->term));
		for (const struct word *w = ci->patterns; w; w = w->next)
			print_word(out, w, "pattern", d + 1);
		if (ci->body)
			print_node(out, ci->body, d + 1, false);
		else
			label(out, "(empty)", d + 1);
	}
}

/* A [[ ]] expression: one line per operator, operands as words below it. */
static void print_cond(FILE *out, const struct cond_expr *e, int d)
{
	indent(out, d);
	switch (e->kind) {
	case CK_AND:
	case CK_OR:
		fprintf(out, "%s %d:%d\n", e->kind == CK_AND ? "&&" : "||", e->line, e->col);
		print_cond(out, e->left, d + 1);
		print_cond(out, e->right, d + 1);
		return;
	case CK_NOT:
	case CK_GROUP:
		fprintf(out, "%s %d:%d\n", e->kind == CK_NOT ? "!" : "( )", e->line, e->col);
		print_cond(out, e->left, d + 1);
		return;
	case CK_UNARY:
		fprintf(out, "unary %s %d:%d\n", cond_op_text(e->op), e->line, e->col);
		print_word(out, e->arg, "operand", d + 1);
		return;
	case CK_BINARY:
		fprintf(out, "binary %s %d:%d\n", cond_op_text(e->op), e->line, e->col);
		print_word(out, e->arg, "left", d + 1);
		print_word(out, e->arg2, e->op == COP_REGEX ? "regex" : "right", d + 1);
		return;
	case CK_WORD:
		fprintf(out, "nonempty %d:%d\n", e->line, e->col);
		print_word(out, e->arg, "operand", d + 1);
		return;
	}
}

/* The node's own line: kind, position and what fits on one line. */
static void print_head(FILE *out, const struct node *n, int d, bool background)
{
	indent(out, d);
	fprintf(out, "%s %d:%d", node_kind_name(n->kind), n->line, n->col);
	if (n->kind == N_PIPELINE && n->u.pipeline.time != PT_NONE)
		fputs(n->u.pipeline.time == PT_POSIX ? " time -p" : " time", out);
	if (n->kind == N_PIPELINE && n->u.pipeline.bang)
		fputs(" !", out);
	if (n->kind == N_FOR || n->kind == N_SELECT)
		fprintf(out, " %s%s", n->u.for_.var, n->u.for_.has_in ? "" : " (no in: \"$@\")");
	if (n->kind == N_FUNCDEF)
		fprintf(out, " %s", n->u.func.name);
	if (background)
		fputs(" &", out);
	putc('\n', out);
}

static void print_node(FILE *out, const struct node *n, int d, bool background)
{
	print_head(out, n, d, background);
	switch (n->kind) {
	case N_SIMPLE:
		print_simple(out, n, d + 1);
		break;
	case N_PIPELINE:
		for (int i = 0; i < n->u.pipeline.ncmds; i++)
			print_node(out, n->u.pipeline.cmds[i], d + 1, false);
		break;
	case N_AND:
	case N_OR:
		print_node(out, n->u.andor.left, d + 1, false);
		print_node(out, n->u.andor.right, d + 1, false);
		break;
	case N_LIST:
		for (const struct list_item *it = n->u.list.items; it; it = it->next)
			print_node(out, it->cmd, d + 1, it->background);
		break;
	case N_SUBSHELL:
	case N_GROUP:
		print_node(out, n->u.group.body, d + 1, false);
		break;
	case N_IF:
		label(out, "cond:", d + 1);
		print_node(out, n->u.if_.cond, d + 2, false);
		label(out, "then:", d + 1);
		print_node(out, n->u.if_.then_part, d + 2, false);
		if (n->u.if_.else_part) {
			label(out, "else:", d + 1);
			print_node(out, n->u.if_.else_part, d + 2, false);
		}
		break;
	case N_WHILE:
	case N_UNTIL:
		label(out, "cond:", d + 1);
		print_node(out, n->u.loop.cond, d + 2, false);
		label(out, "do:", d + 1);
		print_node(out, n->u.loop.body, d + 2, false);
		break;
	case N_FOR:
	case N_SELECT:
		if (n->u.for_.has_in) {
			label(out, n->u.for_.words ? "in:" : "in: (no words)", d + 1);
			for (const struct word *w = n->u.for_.words; w; w = w->next)
				print_word(out, w, "word", d + 2);
		}
		label(out, "do:", d + 1);
		print_node(out, n->u.for_.body, d + 2, false);
		break;
	case N_CASE:
		print_case(out, n, d + 1);
		break;
	case N_FUNCDEF:
		print_node(out, n->u.func.body, d + 1, false);
		break;
	case N_ARITH:
		print_word(out, n->u.arith.expr, "expr", d + 1);
		break;
	case N_ARITH_FOR:
		print_word(out, n->u.arith_for.init, "init", d + 1);
		print_word(out, n->u.arith_for.cond, "cond", d + 1);
		print_word(out, n->u.arith_for.step, "step", d + 1);
		label(out, "do:", d + 1);
		print_node(out, n->u.arith_for.body, d + 2, false);
		break;
	case N_COND:
		print_cond(out, n->u.cond.expr, d + 1);
		break;
	}
	print_redirs(out, n->redirs, d + 1);
}

void ast_print_text(FILE *out, const struct node *n)
{
	if (!n) {
		fputs("(empty)\n", out);
		return;
	}
	print_node(out, n, 0, false);
}
