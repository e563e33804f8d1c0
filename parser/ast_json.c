/* ast_json.c - the command tree as one JSON object (for tools and `--dump-ast=json`). */
#include <stdio.h>
#include <string.h>

#include "ast.h"
#include "ast_priv.h"

static void js_node(FILE *out, const struct node *n);
static void js_word(FILE *out, const struct word *w);

/* A JSON string; bytes that are not valid UTF-8 are written as \u00XX (their Latin-1 value). */
static void js_str(FILE *out, const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	putc('"', out);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = u[i];
		if (c == '"' || c == '\\') {
			fprintf(out, "\\%c", c);
		} else if (c == '\n') {
			fputs("\\n", out);
		} else if (c == '\t') {
			fputs("\\t", out);
		} else if (c < 0x20 || c == 0x7F) {
			fprintf(out, "\\u%04x", c);
		} else if (c < 0x80) {
			putc(c, out);
		} else {
			size_t n = utf8_seq_len(u + i, len - i);
			if (n == 0) {
				fprintf(out, "\\u%04x", c);
			} else {
				fwrite(u + i, 1, n, out);
				i += n - 1;
			}
		}
	}
	putc('"', out);
}

static void js_cstr(FILE *out, const char *s)
{
	if (s)
		js_str(out, s, strlen(s));
	else
		fputs("null", out);
}

static void js_pos(FILE *out, int line, int col)
{
	fprintf(out, "\"line\":%d,\"col\":%d", line, col);
}

static const char *param_op_name(enum param_op op)
{
	switch (op) {
	case PARAM_PLAIN: return "plain";
	case PARAM_LENGTH: return "length";
	case PARAM_DEFAULT: return "default";
	case PARAM_ASSIGN: return "assign";
	case PARAM_ERROR: return "error";
	case PARAM_ALTERNATE: return "alternate";
	case PARAM_TRIM_SUFFIX: return "trim_suffix";
	case PARAM_TRIM_SUFFIX_MAX: return "trim_suffix_max";
	case PARAM_TRIM_PREFIX: return "trim_prefix";
	case PARAM_TRIM_PREFIX_MAX: return "trim_prefix_max";
	case PARAM_SUBSTRING: return "substring";
	case PARAM_REPLACE: return "replace";
	case PARAM_REPLACE_ALL: return "replace_all";
	case PARAM_REPLACE_PREFIX: return "replace_prefix";
	case PARAM_REPLACE_SUFFIX: return "replace_suffix";
	case PARAM_UPPER_FIRST: return "upper_first";
	case PARAM_UPPER_ALL: return "upper_all";
	case PARAM_LOWER_FIRST: return "lower_first";
	case PARAM_LOWER_ALL: return "lower_all";
	case PARAM_TOGGLE_FIRST: return "toggle_first";
	case PARAM_TOGGLE_ALL: return "toggle_all";
	case PARAM_TRANSFORM: return "transform";
	case PARAM_NAMES: return "names";
	}
	return "?";
}

static void js_opt_node(FILE *out, const struct node *n)
{
	if (n)
		js_node(out, n);
	else
		fputs("null", out);
}

static void js_parts(FILE *out, const struct word_part *wp)
{
	putc('[', out);
	for (; wp; wp = wp->next) {
		switch (wp->kind) {
		case WP_LITERAL:
			fputs("{\"type\":\"literal\",\"text\":", out);
			js_str(out, wp->u.lit.text, wp->u.lit.len);
			fprintf(out, ",\"quoted\":%s}", wp->u.lit.quoted ? "true" : "false");
			break;
		case WP_DQUOTED:
			fputs("{\"type\":\"dquoted\",\"parts\":", out);
			js_parts(out, wp->u.dq);
			putc('}', out);
			break;
		case WP_PARAM:
			fputs("{\"type\":\"param\",\"name\":", out);
			js_cstr(out, wp->u.param.name);
			fputs(",\"subscript\":", out);
			js_cstr(out, wp->u.param.subscript);
			fprintf(out, ",\"op\":\"%s\",\"colon\":%s,\"arg\":", param_op_name(wp->u.param.op),
			        wp->u.param.colon ? "true" : "false");
			if (wp->u.param.arg)
				js_word(out, wp->u.param.arg);
			else
				fputs("null", out);
			if (wp->u.param.arg2) {
				fputs(",\"arg2\":", out);
				js_word(out, wp->u.param.arg2);
			}
			if (wp->u.param.index) {
				fputs(",\"index\":", out);
				js_word(out, wp->u.param.index);
			}
			if (wp->u.param.indirect)
				fputs(",\"indirect\":true", out);
			if (wp->u.param.transform)
				fprintf(out, ",\"transform\":\"%c\"", wp->u.param.transform);
			putc('}', out);
			break;
		case WP_CMDSUB:
			fprintf(out, "{\"type\":\"cmdsub\",\"backquote\":%s,\"body\":",
			        wp->u.cmd.backquote ? "true" : "false");
			js_opt_node(out, wp->u.cmd.body);
			putc('}', out);
			break;
		case WP_PROCSUB_IN:
		case WP_PROCSUB_OUT:
			fprintf(out, "{\"type\":\"%s\",\"body\":",
			        wp->kind == WP_PROCSUB_IN ? "procsub_in" : "procsub_out");
			js_opt_node(out, wp->u.cmd.body);
			putc('}', out);
			break;
		case WP_ARITH:
			fputs("{\"type\":\"arith\",\"expr\":", out);
			if (wp->u.arith)
				js_word(out, wp->u.arith);
			else
				fputs("null", out);
			putc('}', out);
			break;
		case WP_TILDE:
			fputs("{\"type\":\"tilde\",\"user\":", out);
			js_cstr(out, wp->u.tilde_user);
			putc('}', out);
			break;
		}
		if (wp->next)
			putc(',', out);
	}
	putc(']', out);
}

static void js_assign(FILE *out, const struct assign *as);

static void js_word(FILE *out, const struct word *w)
{
	putc('{', out);
	js_pos(out, w->line, w->col);
	fputs(",\"parts\":", out);
	js_parts(out, w->parts);
	if (w->compound) {
		fputs(",\"compound\":", out);
		js_assign(out, w->compound);
	}
	putc('}', out);
}

static void js_words(FILE *out, const struct word *w)
{
	putc('[', out);
	for (; w; w = w->next) {
		js_word(out, w);
		if (w->next)
			putc(',', out);
	}
	putc(']', out);
}

static void js_redirs(FILE *out, const struct redir *r)
{
	putc('[', out);
	for (; r; r = r->next) {
		fprintf(out, "{\"op\":\"%s\",\"fd\":%d,", redir_kind_op(r->kind), r->fd);
		if (r->varname) {
			fputs("\"varname\":", out);
			js_str(out, r->varname, strlen(r->varname));
			putc(',', out);
		}
		if (r->kind == R_MOVE_IN || r->kind == R_MOVE_OUT)
			fputs("\"move\":true,", out);
		if (r->from_pipe_amp)
			fputs("\"pipe_amp\":true,", out);
		js_pos(out, r->line, r->col);
		fputs(",\"target\":", out);
		if (r->target)
			js_word(out, r->target);
		else
			fputs("null", out);
		if (r->kind == R_HEREDOC || r->kind == R_HEREDOC_TAB) {
			fprintf(out, ",\"heredoc\":{\"quoted\":%s,\"text\":",
			        r->heredoc_quoted ? "true" : "false");
			js_str(out, r->heredoc_text ? r->heredoc_text : "", r->heredoc_len);
			fputs(",\"body\":", out);
			if (r->heredoc_body)
				js_word(out, r->heredoc_body);
			else
				fputs("null", out);
			putc('}', out);
		}
		putc('}', out);
		if (r->next)
			putc(',', out);
	}
	putc(']', out);
}

/* One assignment; the bash forms add "subscript", "append" and "elements". */
static void js_assign(FILE *out, const struct assign *as)
{
	fputs("{\"name\":", out);
	js_cstr(out, as->name);
	putc(',', out);
	js_pos(out, as->line, as->col);
	fputs(",\"value\":", out);
	if (as->value)
		js_word(out, as->value);
	else
		fputs("null", out);
	if (as->subscript) {
		fputs(",\"subscript\":", out);
		js_word(out, as->subscript);
	}
	if (as->append)
		fputs(",\"append\":true", out);
	if (as->compound) {
		fputs(",\"elements\":[", out);
		for (const struct assign_elem *e = as->elems; e; e = e->next) {
			fputs("{\"key\":", out);
			if (e->key)
				js_word(out, e->key);
			else
				fputs("null", out);
			fputs(",\"value\":", out);
			if (e->value)
				js_word(out, e->value);
			else
				fputs("null", out);
			fprintf(out, ",\"append\":%s}%s", e->append ? "true" : "false", e->next ? "," : "");
		}
		putc(']', out);
	}
	putc('}', out);
}

static void js_simple(FILE *out, const struct node *n)
{
	fputs(",\"assigns\":[", out);
	for (const struct assign *as = n->u.simple.assigns; as; as = as->next) {
		js_assign(out, as);
		if (as->next)
			putc(',', out);
	}
	fputs("],\"words\":", out);
	js_words(out, n->u.simple.words);
}

static void js_case(FILE *out, const struct node *n)
{
	fputs(",\"subject\":", out);
	js_word(out, n->u.case_.subject);
	fputs(",\"items\":[", out);
	for (const struct case_item *ci = n->u.case_.items; ci; ci = ci->next) {
		putc('{', out);
		js_pos(out, ci->line, ci->col);
		fputs(",\"patterns\":", out);
		js_words(out, ci->patterns);
		fputs(",\"body\":", out);
		js_opt_node(out, ci->body);
		fprintf(out, ",\"term\":\"%s\"", case_term_text(ci->term));
		fputs(ci->next ? "}," : "}", out);
	}
	putc(']', out);
}

static const char *cond_kind_name(enum cond_kind k)
{
	switch (k) {
	case CK_AND: return "and";
	case CK_OR: return "or";
	case CK_NOT: return "not";
	case CK_GROUP: return "group";
	case CK_UNARY: return "unary";
	case CK_BINARY: return "binary";
	case CK_WORD: return "nonempty";
	}
	return "?";
}

/* A [[ ]] expression as {"type", "line", "col", and its operands}. */
static void js_cond(FILE *out, const struct cond_expr *e)
{
	fprintf(out, "{\"type\":\"%s\",", cond_kind_name(e->kind));
	js_pos(out, e->line, e->col);
	switch (e->kind) {
	case CK_AND:
	case CK_OR:
		fputs(",\"left\":", out);
		js_cond(out, e->left);
		fputs(",\"right\":", out);
		js_cond(out, e->right);
		break;
	case CK_NOT:
	case CK_GROUP:
		fputs(",\"expr\":", out);
		js_cond(out, e->left);
		break;
	case CK_UNARY:
	case CK_WORD:
		if (e->kind == CK_UNARY)
			fprintf(out, ",\"op\":\"%s\"", cond_op_text(e->op));
		fputs(",\"operand\":", out);
		js_word(out, e->arg);
		break;
	case CK_BINARY:
		fprintf(out, ",\"op\":\"%s\",\"left\":", cond_op_text(e->op));
		js_word(out, e->arg);
		fputs(",\"right\":", out);
		js_word(out, e->arg2);
		break;
	}
	putc('}', out);
}

static void js_node(FILE *out, const struct node *n)
{
	fprintf(out, "{\"kind\":\"%s\",", node_kind_name(n->kind));
	js_pos(out, n->line, n->col);
	switch (n->kind) {
	case N_SIMPLE:
		js_simple(out, n);
		break;
	case N_PIPELINE:
		if (n->u.pipeline.time != PT_NONE)
			fprintf(out, ",\"time\":\"%s\"", n->u.pipeline.time == PT_POSIX ? "time -p" : "time");
		fprintf(out, ",\"bang\":%s,\"commands\":[", n->u.pipeline.bang ? "true" : "false");
		for (int i = 0; i < n->u.pipeline.ncmds; i++) {
			if (i)
				putc(',', out);
			js_node(out, n->u.pipeline.cmds[i]);
		}
		putc(']', out);
		break;
	case N_AND:
	case N_OR:
		fputs(",\"left\":", out);
		js_node(out, n->u.andor.left);
		fputs(",\"right\":", out);
		js_node(out, n->u.andor.right);
		break;
	case N_LIST:
		fputs(",\"items\":[", out);
		for (const struct list_item *it = n->u.list.items; it; it = it->next) {
			fputs("{\"command\":", out);
			js_node(out, it->cmd);
			fprintf(out, ",\"background\":%s}%s", it->background ? "true" : "false",
			        it->next ? "," : "");
		}
		putc(']', out);
		break;
	case N_SUBSHELL:
	case N_GROUP:
		fputs(",\"body\":", out);
		js_node(out, n->u.group.body);
		break;
	case N_IF:
		fputs(",\"cond\":", out);
		js_node(out, n->u.if_.cond);
		fputs(",\"then\":", out);
		js_node(out, n->u.if_.then_part);
		fputs(",\"else\":", out);
		js_opt_node(out, n->u.if_.else_part);
		break;
	case N_WHILE:
	case N_UNTIL:
		fputs(",\"cond\":", out);
		js_node(out, n->u.loop.cond);
		fputs(",\"body\":", out);
		js_node(out, n->u.loop.body);
		break;
	case N_FOR:
	case N_SELECT:
		fputs(",\"var\":", out);
		js_cstr(out, n->u.for_.var);
		fprintf(out, ",\"has_in\":%s,\"words\":", n->u.for_.has_in ? "true" : "false");
		js_words(out, n->u.for_.words);
		fputs(",\"body\":", out);
		js_node(out, n->u.for_.body);
		break;
	case N_CASE:
		js_case(out, n);
		break;
	case N_FUNCDEF:
		fputs(",\"name\":", out);
		js_cstr(out, n->u.func.name);
		fputs(",\"body\":", out);
		js_node(out, n->u.func.body);
		break;
	case N_ARITH:
		fputs(",\"expr\":", out);
		js_word(out, n->u.arith.expr);
		break;
	case N_ARITH_FOR:
		fputs(",\"init\":", out);
		js_word(out, n->u.arith_for.init);
		fputs(",\"cond\":", out);
		js_word(out, n->u.arith_for.cond);
		fputs(",\"step\":", out);
		js_word(out, n->u.arith_for.step);
		fputs(",\"body\":", out);
		js_node(out, n->u.arith_for.body);
		break;
	case N_COND:
		fputs(",\"expr\":", out);
		js_cond(out, n->u.cond.expr);
		break;
	}
	if (n->redirs) {
		fputs(",\"redirs\":", out);
		js_redirs(out, n->redirs);
	}
	putc('}', out);
}

void ast_print_json(FILE *out, const struct node *n)
{
	if (n)
		js_node(out, n);
	else
		fputs("null", out);
}
