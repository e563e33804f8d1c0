/* ast_source.c - the command tree back as shell source on one line (job listings, `type`). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "ast_priv.h"

static void src_node(FILE *out, const struct node *n);

/* Where literal text is printed, which decides how quoted text is written. */
enum src_ctx {
	SRC_PLAIN,  /* unquoted word: quoted text goes in '...' */
	SRC_ARITH,  /* inside $((...)): the same, but "$'" is not special there */
	SRC_DQ,     /* inside "...": $ ` " \ are escaped */
	SRC_DQ_ARG, /* a ${...} word inside "...": an unbalanced } is escaped too */
};

static bool is_name_char(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_';
}

/* True when name() would read as an assignment: name begins with f=, f+= or f[i]= (a
 * function so named comes from the function keyword). */
static bool reads_as_assignment(const char *name)
{
	if (!is_name_char((unsigned char)name[0]) || (name[0] >= '0' && name[0] <= '9'))
		return false;
	size_t i = 1;
	while (is_name_char((unsigned char)name[i]))
		i++;
	if (name[i] == '[') {
		const char *close = strchr(name + i, ']');
		if (!close)
			return false;
		i = (size_t)(close - name) + 1;
	}
	if (name[i] == '+')
		i++;
	return name[i] == '=';
}

static bool is_reserved(const char *w)
{
	static const char *const words[] = {
		"!", "{", "}", "case", "do", "done", "elif", "else", "esac", "fi",
		"for", "function", "if", "in", "then", "until", "while", "[[",
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

/* Writes quoted text inside "...": $ ` " \ are escaped, and in a ${...} word a } that
 * does not close a { of the same word; *braces counts the open ones. */
static void src_dq_text(FILE *out, const char *s, size_t len, enum src_ctx ctx, int *braces)
{
	const char *escapable = ctx == SRC_DQ_ARG ? "$`\"\\}" : "$`\"\\";
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (c == '\\' && i + 1 < len && s[i + 1] != '\n' && !strchr(escapable, s[i + 1])) {
			/* "\a" reads back as the same two characters (and "\{" opens no brace) */
			putc(c, out);
			putc(s[++i], out);
			continue;
		}
		if (ctx == SRC_DQ_ARG && c == '{') {
			(*braces)++;
		} else if (ctx == SRC_DQ_ARG && c == '}' && *braces > 0) {
			(*braces)--;
		} else if (strchr(escapable, c)) {
			putc('\\', out);
		}
		putc(c, out);
	}
}

/* Quoted text inside $(( )), read back as "..." reads it (' is no quote there): a byte after a
 * backslash, a backslash kept before a byte that "..." does not escape as the two bytes (2 \*
 * 3 prints back as it was written), a newline inside "...". */
static void src_arith_quoted(FILE *out, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\n') {
			fputs("\"\n\"", out);
		} else if (s[i] == '\\' && i + 1 < len && s[i + 1] != '\n' && !strchr("$`\"\\", s[i + 1])) {
			fprintf(out, "\\%c", s[i + 1]);
			i++;
		} else {
			fprintf(out, "\\%c", s[i]);
		}
	}
}

/* after_dollar: the previous part was unquoted text ending in "$". */
static void src_literal(FILE *out, const struct word_part *wp, enum src_ctx ctx, int *braces,
                        bool after_dollar)
{
	const char *s = wp->u.lit.text;
	size_t len = wp->u.lit.len;
	if (ctx == SRC_DQ || ctx == SRC_DQ_ARG) {
		src_dq_text(out, s, len, ctx, braces);
	} else if (wp->u.lit.quoted && ctx == SRC_ARITH) {
		src_arith_quoted(out, s, len);
	} else if (wp->u.lit.quoted) {
		if (after_dollar && len > 0 && s[0] != '\n') {
			/* $\c, not $'c' (which would be an ANSI-C string) */
			fprintf(out, "\\%c", s[0]);
			s++;
			len--;
		}
		if (len > 0 || !after_dollar)
			src_single_quoted(out, s, len);
	} else {
		fwrite(s, 1, len, out);
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
	if (pe->op == PARAM_PLAIN && !pe->subscript && !pe->indirect && !glued && simple_name) {
		fprintf(out, "$%s", pe->name);
		return;
	}
	if (pe->op == PARAM_NAMES) {
		fprintf(out, "${!%s%c}", pe->name, pe->transform);
		return;
	}
	fprintf(out, "${%s%s", pe->op == PARAM_LENGTH ? "#" : pe->indirect ? "!" : "", pe->name);
	if (pe->subscript)
		fprintf(out, "[%s]", pe->subscript);
	if (pe->op == PARAM_TRANSFORM) {
		fprintf(out, "@%c}", pe->transform);
		return;
	}
	/* a pattern (# ## % %% /) and an offset or length are read as unquoted text even in "..." */
	bool plain_arg = pe->op == PARAM_TRIM_PREFIX || pe->op == PARAM_TRIM_PREFIX_MAX ||
	                 pe->op == PARAM_TRIM_SUFFIX || pe->op == PARAM_TRIM_SUFFIX_MAX ||
	                 pe->op == PARAM_SUBSTRING || pe->op == PARAM_REPLACE ||
	                 pe->op == PARAM_REPLACE_ALL || pe->op == PARAM_REPLACE_PREFIX ||
	                 pe->op == PARAM_REPLACE_SUFFIX || pe->op == PARAM_UPPER_FIRST ||
	                 pe->op == PARAM_UPPER_ALL || pe->op == PARAM_LOWER_FIRST ||
	                 pe->op == PARAM_LOWER_ALL || pe->op == PARAM_TOGGLE_FIRST ||
	                 pe->op == PARAM_TOGGLE_ALL;
	enum src_ctx word_ctx = ctx == SRC_PLAIN || ctx == SRC_ARITH ? SRC_PLAIN : SRC_DQ_ARG;
	if (pe->op != PARAM_PLAIN && pe->op != PARAM_LENGTH) {
		fputs(param_op_text(pe->op, pe->colon), out);
		if (pe->arg)
			src_parts(out, pe->arg->parts, plain_arg ? SRC_PLAIN : word_ctx);
	}
	if (pe->arg2) {
		putc(pe->op == PARAM_SUBSTRING ? ':' : '/', out);
		src_parts(out, pe->arg2->parts, SRC_PLAIN);
	}
	putc('}', out);
}

/* `...`: the body's source with \ and ` escaped, as the backquote reader expects. */
static void src_backquote(FILE *out, const struct node *body)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&buf, &len);
	putc('`', out);
	if (mem) {
		if (body)
			src_node(mem, body);
		fclose(mem);
		for (size_t i = 0; i < len; i++) {
			if (buf[i] == '\\' || buf[i] == '`')
				putc('\\', out);
			putc(buf[i], out);
		}
	}
	free(buf);
	putc('`', out);
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
	int braces = 0;
	bool after_dollar = false;
	for (; wp; wp = wp->next) {
		switch (wp->kind) {
		case WP_LITERAL:
			src_literal(out, wp, ctx, &braces, after_dollar);
			after_dollar = ctx == SRC_PLAIN && !wp->u.lit.quoted && wp->u.lit.len > 0 &&
			               wp->u.lit.text[wp->u.lit.len - 1] == '$';
			continue;
		case WP_DQUOTED:
			putc('"', out);
			src_parts(out, wp->u.dq, SRC_DQ);
			putc('"', out);
			break;
		case WP_PARAM:
			src_param(out, wp, ctx);
			break;
		case WP_CMDSUB:
			if (wp->u.cmd.backquote)
				src_backquote(out, wp->u.cmd.body);
			else
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
				src_parts(out, wp->u.arith->parts, SRC_ARITH);
			fputs("))", out);
			break;
		case WP_TILDE:
			fprintf(out, "~%s", wp->u.tilde_user);
			break;
		}
		after_dollar = false;
	}
}

/* The elements of a compound assignment: ([key]=value value ...). */
static void src_elems(FILE *out, const struct assign_elem *e)
{
	putc('(', out);
	for (const char *sep = ""; e; e = e->next, sep = " ") {
		fputs(sep, out);
		if (e->key) {
			putc('[', out);
			src_parts(out, e->key->parts, SRC_PLAIN);
			fputs(e->append ? "]+=" : "]=", out);
		}
		if (e->value)
			src_parts(out, e->value->parts, SRC_PLAIN);
	}
	putc(')', out);
}

void src_word(FILE *out, const struct word *w)
{
	src_parts(out, w->parts, SRC_PLAIN);
	if (w->compound)
		src_elems(out, w->compound->elems);
}

void src_assign(FILE *out, const struct assign *as)
{
	fputs(as->name, out);
	if (as->subscript) {
		putc('[', out);
		src_parts(out, as->subscript->parts, SRC_PLAIN);
		putc(']', out);
	}
	fputs(as->append ? "+=" : "=", out);
	if (as->compound)
		src_elems(out, as->elems);
	else if (as->value)
		src_word(out, as->value);
}

/* A here-document delimiter: only literals, and "$'" is not special there. */
static void src_delimiter(FILE *out, const struct word *w)
{
	for (const struct word_part *wp = w->parts; wp; wp = wp->next) {
		if (wp->kind == WP_LITERAL && wp->u.lit.quoted)
			src_single_quoted(out, wp->u.lit.text, wp->u.lit.len);
		else if (wp->kind == WP_LITERAL)
			fwrite(wp->u.lit.text, 1, wp->u.lit.len, out);
	}
}

void src_redir(FILE *out, const struct redir *r)
{
	if (r->varname)
		fprintf(out, "{%s}", r->varname);
	else if (r->fd >= 0)
		fprintf(out, "%d", r->fd);
	fputs(redir_kind_op(r->kind), out);
	const struct word_part *first = r->target ? r->target->parts : NULL;
	/* "<< -x" keeps its space: "<<-x" would be the <<- operator */
	bool dash = first && first->kind == WP_LITERAL && first->u.lit.len > 0 &&
	            first->u.lit.text[0] == '-' && !first->u.lit.quoted;
	bool tight = r->kind == R_DUP_IN || r->kind == R_DUP_OUT || r->kind == R_MOVE_IN ||
	             r->kind == R_MOVE_OUT ||
	             ((r->kind == R_HEREDOC || r->kind == R_HEREDOC_TAB) && !dash);
	if (!tight)
		putc(' ', out);
	if (r->target && (r->kind == R_HEREDOC || r->kind == R_HEREDOC_TAB))
		src_delimiter(out, r->target);
	else if (r->target)
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
	const struct word *first = n->u.simple.words;
	/* "<f in" must not become "in <f": then "in" would be read as a reserved word */
	bool redirs_first = !n->u.simple.assigns && first && first->parts && !first->parts->next &&
	                    first->parts->kind == WP_LITERAL && !first->parts->u.lit.quoted &&
	                    is_reserved(first->parts->u.lit.text);
	for (const struct redir *r = redirs_first ? n->redirs : NULL; r; r = r->next) {
		fputs(sep, out);
		src_redir(out, r);
		sep = " ";
	}
	for (const struct assign *as = n->u.simple.assigns; as; as = as->next) {
		fputs(sep, out);
		src_assign(out, as);
		sep = " ";
	}
	for (const struct word *w = n->u.simple.words; w; w = w->next) {
		fputs(sep, out);
		src_word(out, w);
		sep = " ";
	}
	for (const struct redir *r = redirs_first ? NULL : n->redirs; r; r = r->next) {
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
		fputs(case_term_text(ci->term), out);
	}
	fputs(" esac", out);
}

/* A [[ ]] expression with the operators and groups as they were written. */
static void src_cond(FILE *out, const struct cond_expr *e)
{
	switch (e->kind) {
	case CK_AND:
	case CK_OR:
		src_cond(out, e->left);
		fputs(e->kind == CK_AND ? " && " : " || ", out);
		src_cond(out, e->right);
		return;
	case CK_NOT:
		fputs("! ", out);
		src_cond(out, e->left);
		return;
	case CK_GROUP:
		fputs("( ", out);
		src_cond(out, e->left);
		fputs(" )", out);
		return;
	case CK_UNARY:
		fprintf(out, "%s ", cond_op_text(e->op));
		src_word(out, e->arg);
		return;
	case CK_BINARY:
		src_word(out, e->arg);
		fprintf(out, " %s ", cond_op_text(e->op));
		src_word(out, e->arg2);
		return;
	case CK_WORD:
		src_word(out, e->arg);
		return;
	}
}

/* The text of (( )) or of one part of for (( ;; )). */
static void src_arith_text(FILE *out, const struct word *w)
{
	src_parts(out, w->parts, SRC_ARITH);
}

static void src_node(FILE *out, const struct node *n)
{
	switch (n->kind) {
	case N_SIMPLE:
		src_simple(out, n);
		return;
	case N_PIPELINE:
		if (n->u.pipeline.time != PT_NONE)
			fputs(n->u.pipeline.time == PT_POSIX ? "time -p" : "time", out);
		if (n->u.pipeline.time != PT_NONE && (n->u.pipeline.ncmds > 0 || n->u.pipeline.bang))
			fputc(' ', out);
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
	case N_SELECT:
		fprintf(out, "%s %s", n->kind == N_SELECT ? "select" : "for", n->u.for_.var);
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
		/* a reserved word can only name a function with the bash keyword, and so can a
		 * name that begins as an assignment (f=x() is one); a name with $ gets a blank
		 * before its () (f$() would be a substitution) */
		if (is_reserved(n->u.func.name) || reads_as_assignment(n->u.func.name))
			fprintf(out, "function %s ", n->u.func.name);
		else
			fprintf(out, strchr(n->u.func.name, '$') ? "%s () " : "%s() ", n->u.func.name);
		src_node(out, n->u.func.body);
		return;
	case N_ARITH:
		fputs("((", out);
		src_arith_text(out, n->u.arith.expr);
		fputs("))", out);
		break;
	case N_ARITH_FOR:
		fputs("for ((", out);
		src_arith_text(out, n->u.arith_for.init);
		putc(';', out);
		src_arith_text(out, n->u.arith_for.cond);
		putc(';', out);
		src_arith_text(out, n->u.arith_for.step);
		fputs(")); do ", out);
		src_seq(out, n->u.arith_for.body);
		fputs(" done", out);
		break;
	case N_COND:
		fputs("[[ ", out);
		src_cond(out, n->u.cond.expr);
		fputs(" ]]", out);
		break;
	}
	src_redirs(out, n->redirs);
}

void ast_print_source(FILE *out, const struct node *n)
{
	if (n)
		src_node(out, n);
}
