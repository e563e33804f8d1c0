/* parser.c - recursive descent over the POSIX grammar: command lines, lists, and-or lists,
 * pipelines, simple commands, redirections; errors, lookahead and aliases. */
#include "parser.h"

#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "parse_priv.h"
#include "stack_probe.h"

enum { DEFAULT_MAX_DEPTH = 1000 };

/* ---- state and errors ---- */

void parser_init(struct parser *p, struct arena *a, const char *buf, size_t len, size_t pos,
                 int line, int col, bool at_eof, struct parse_error *err)
{
	memset(p, 0, sizeof(*p));
	p->a = a;
	rd_init(&p->rd, a, buf, len, pos, line, col, at_eof);
	p->max_depth = DEFAULT_MAX_DEPTH;
	p->status = PARSE_OK;
	p->err = err;
}

void parser_init_sub(struct parser *sub, const struct parser *p, const char *text, size_t len,
                     int line, int col, bool stable)
{
	parser_init(sub, p->a, text, len, 0, line, col, true, p->err);
	sub->stable_input = stable;
	sub->depth = p->depth;
	sub->max_depth = p->max_depth;
	sub->stack_floor = p->stack_floor;
	sub->alias_lookup = p->alias_lookup;
	sub->alias_ctx = p->alias_ctx;
	sub->warn = p->warn;
	sub->warn_ctx = p->warn_ctx;
	sub->extglob = p->extglob;
}

void parser_take_failure(struct parser *p, const struct parser *sub)
{
	p->failed = true;
	p->status = sub->status;
}

static void set_error(struct parser *p, enum parse_status st, int line, int col,
                      const char *token, size_t toklen, const char *message)
{
	if (p->failed)
		return;
	p->failed = true;
	p->status = st;
	struct parse_error *e = p->err;
	e->line = line;
	e->col = col;
	if (toklen >= sizeof(e->token))
		toklen = sizeof(e->token) - 1;
	memcpy(e->token, token, toklen);
	e->token[toklen] = '\0';
	snprintf(e->message, sizeof(e->message), "%s", message);
}

void p_error(struct parser *p, int line, int col, const char *token, const char *message)
{
	set_error(p, PARSE_ERROR, line, col, token, strlen(token), message);
}

void p_eof_at(struct parser *p, int line, int col)
{
	set_error(p, p->rd.at_eof ? PARSE_ERROR : PARSE_INCOMPLETE, line, col, "end of file", 11,
	          "syntax error: unexpected end of file");
}

void p_eof(struct parser *p)
{
	p_eof_at(p, p->rd.line, p->rd.col);
}

void p_unexpected(struct parser *p, const struct token *t)
{
	if (t->kind == T_EOF) {
		p_eof_at(p, t->line, t->col);
		return;
	}
	const char *text = tok_kind_text(t->kind);
	size_t len = text ? strlen(text) : t->rawlen;
	if (!text)
		text = t->raw ? t->raw : "";
	char msg[sizeof(p->err->message)];
	snprintf(msg, sizeof(msg), "syntax error near unexpected token '%.*s'",
	         (int)(len > 63 ? 63 : len), text);
	set_error(p, PARSE_ERROR, t->line, t->col, text, len, msg);
}

bool p_enter(struct parser *p, int line, int col, const char *what)
{
	if (p->depth >= p->max_depth || stack_low(p->stack_floor)) {
		p_error(p, line, col, what, "syntax error: nesting too deep");
		return false;
	}
	p->depth++;
	return true;
}

void p_leave(struct parser *p)
{
	p->depth--;
}

/* ---- tokens ---- */

void tok_fill(struct parser *p)
{
	struct token t;  /* not p->tok: a $(...) in the word parses with p's lookahead */
	lex_token(p, &t);
	p->tok = t;
	p->have_tok = true;
}

const char *tok_word_text(const struct token *t)
{
	if (t->kind != T_WORD)
		return NULL;
	const struct word_part *wp = t->word->parts;
	if (!wp || wp->next || wp->kind != WP_LITERAL || wp->u.lit.quoted)
		return NULL;
	return wp->u.lit.text;
}

/* Reserved words that close a construct: they end a compound list. */
static bool is_closing(enum rword w)
{
	switch (w) {
	case RW_RBRACE:
	case RW_DO:
	case RW_DONE:
	case RW_ELIF:
	case RW_ELSE:
	case RW_ESAC:
	case RW_FI:
	case RW_THEN:
		return true;
	case RW_NONE:
	case RW_BANG:
	case RW_LBRACE:
	case RW_CASE:
	case RW_FOR:
	case RW_FUNCTION:
	case RW_IF:
	case RW_IN:
	case RW_UNTIL:
	case RW_WHILE:
	case RW_DLBRACK:
	case RW_SELECT:
		return false;
	}
	return false;
}

/* Replaces the lookahead word by its alias value when it has one. */
static bool try_alias(struct parser *p, struct token *t)
{
	if (!p->alias_lookup || t->alias_checked)
		return false;
	t->alias_checked = true;
	const char *name = t->rw == RW_NONE ? tok_word_text(t) : NULL;
	if (!name || rd_alias_active(&p->rd, name))
		return false;
	const char *value = p->alias_lookup(p->alias_ctx, name);
	if (!value)
		return false;
	rd_push_alias(&p->rd, name, value, t->line, t->col);
	p->have_tok = false;
	return true;
}

struct token *tok_peek_cmd_slow(struct parser *p)
{
	struct token *t = tok_peek(p);
	while (!p->failed && try_alias(p, t))
		t = tok_peek(p);
	return t;
}

void skip_newlines(struct parser *p)
{
	while (!p->failed && tok_peek(p)->kind == T_NEWLINE)
		tok_next(p);
}

bool expect_word(struct parser *p, enum rword w)
{
	struct token *t = tok_peek_cmd(p);
	if (p->failed)
		return false;
	if (!tok_is(t, w)) {
		p_unexpected(p, t);
		return false;
	}
	tok_next(p);
	return true;
}

bool expect_tok(struct parser *p, enum tok_kind k)
{
	struct token *t = tok_peek(p);
	if (p->failed)
		return false;
	if (t->kind != k) {
		p_unexpected(p, t);
		return false;
	}
	tok_next(p);
	return true;
}

/* ---- lists ---- */

void lb_init(struct list_builder *b)
{
	b->list = NULL;
	b->tail = NULL;
	b->first = NULL;
}

/* Appends one item to b's N_LIST. */
static void lb_append(struct parser *p, struct list_builder *b, struct node *cmd, bool background)
{
	struct list_item *it = arena_alloc(p->a, sizeof(*it));
	it->cmd = cmd;
	it->background = background;
	*b->tail = it;
	b->tail = &it->next;
}

void lb_add(struct parser *p, struct list_builder *b, struct node *cmd, bool background)
{
	if (!b->list && !b->first && !background) {
		b->first = cmd;
		return;
	}
	if (!b->list) {
		struct node *head = b->first ? b->first : cmd;
		b->list = node_new(p->a, N_LIST, head->line, head->col);
		b->tail = &b->list->u.list.items;
		if (b->first)
			lb_append(p, b, b->first, false);
		b->first = NULL;
	}
	lb_append(p, b, cmd, background);
}

struct node *lb_finish(struct list_builder *b)
{
	return b->list ? b->list : b->first;
}

/* Can t begin a command inside a compound list? (Closing words and tokens cannot.) */
static bool starts_command(const struct token *t)
{
	switch (t->kind) {
	case T_WORD:
		return !is_closing(t->rw);
	case T_IO_NUMBER:
	case T_LPAREN:
	case T_LESS:
	case T_GREAT:
	case T_CLOBBER:
	case T_DGREAT:
	case T_LESSGREAT:
	case T_LESSAND:
	case T_GREATAND:
	case T_DLESS:
	case T_DLESSDASH:
	case T_TLESS:
	case T_AMPGREAT:
	case T_AMPDGREAT:
		return true;
	case T_EOF:
	case T_NEWLINE:
	case T_PIPEAMP:
	case T_SEMI:
	case T_DSEMI:
	case T_SEMI_AMP:
	case T_DSEMI_AMP:
	case T_AMP:
	case T_AND_IF:
	case T_PIPE:
	case T_OR_IF:
	case T_RPAREN:
		return false;
	}
	return false;
}

struct node *parse_compound_list(struct parser *p)
{
	struct list_builder b;
	lb_init(&b);
	skip_newlines(p);
	for (;;) {
		struct token *t = tok_peek_cmd(p);
		if (p->failed || !starts_command(t))
			break;
		struct node *cmd = parse_and_or(p);
		if (p->failed)
			return NULL;
		t = tok_peek(p);
		lb_add(p, &b, cmd, t->kind == T_AMP);
		if (t->kind != T_SEMI && t->kind != T_AMP && t->kind != T_NEWLINE)
			break;
		tok_next(p);
		skip_newlines(p);
	}
	return p->failed ? NULL : lb_finish(&b);
}

/* One command line: and-or lists separated by ; and &, up to a newline or the end. */
static struct node *parse_line(struct parser *p)
{
	struct list_builder b;
	lb_init(&b);
	for (;;) {
		struct node *cmd = parse_and_or(p);
		if (p->failed)
			return NULL;
		struct token *t = tok_peek(p);
		bool bg = t->kind == T_AMP;
		/* a newline inside an alias value separates commands without ending the line */
		bool sep = t->kind == T_SEMI || bg || (t->kind == T_NEWLINE && t->from_alias);
		lb_add(p, &b, cmd, bg);
		if (!sep)
			break;
		tok_next(p);
		t = tok_peek_cmd(p);
		while (!p->failed && t->kind == T_NEWLINE && t->from_alias) {
			tok_next(p);
			t = tok_peek_cmd(p);
		}
		if (p->failed)
			return NULL;
		if (t->kind == T_NEWLINE || t->kind == T_EOF)
			break;
	}
	struct token *t = tok_peek(p);
	if (t->kind == T_NEWLINE) {
		tok_next(p);
	} else if (t->kind != T_EOF) {
		p_unexpected(p, t);
		return NULL;
	}
	return p->failed ? NULL : lb_finish(&b);
}

/* Adds the items of a line to b (a line that is a list gives all its items). */
static void lb_add_flat(struct parser *p, struct list_builder *b, struct node *n)
{
	if (n->kind != N_LIST) {
		lb_add(p, b, n, false);
		return;
	}
	for (const struct list_item *it = n->u.list.items; it; it = it->next)
		lb_add(p, b, it->cmd, it->background);
}

struct node *parse_program(struct parser *p)
{
	struct list_builder b;
	lb_init(&b);
	for (;;) {
		struct token *t = tok_peek_cmd(p);
		if (p->failed)
			return NULL;
		if (t->kind == T_EOF)
			break;
		if (t->kind == T_NEWLINE) {
			tok_next(p);
			continue;
		}
		struct node *n = parse_line(p);
		if (p->failed)
			return NULL;
		lb_add_flat(p, &b, n);
	}
	read_heredoc_bodies(p);
	return p->failed ? NULL : lb_finish(&b);
}

/* ---- and-or lists and pipelines ---- */

/* True when t is the reserved word `time' (unquoted, where a pipeline starts: bash). */
static bool is_time_word(const struct token *t)
{
	const char *w = tok_word_text(t);
	return w && !strcmp(w, "time");
}

/* Appends the 2>&1 that `|&` stands for to cmd's redirections (bash does the same). */
static void add_pipe_stderr(struct parser *p, struct node *cmd, const struct token *t)
{
	struct word_part *one = arena_alloc(p->a, sizeof(*one));
	one->kind = WP_LITERAL;
	one->u.lit.text = arena_strdup(p->a, "1");
	one->u.lit.len = 1;
	struct word *w = arena_alloc(p->a, sizeof(*w));
	w->parts = one;
	w->line = t->line;
	w->col = t->col;
	struct redir *r = arena_alloc(p->a, sizeof(*r));
	r->kind = R_DUP_OUT;
	r->fd = 2;
	r->target = w;
	r->from_pipe_amp = true;
	r->line = t->line;
	r->col = t->col;
	struct redir **tail = &cmd->redirs;
	while (*tail)
		tail = &(*tail)->next;
	*tail = r;
}

static struct node *parse_pipeline(struct parser *p)
{
	struct token *t = tok_peek_cmd(p);
	int line = t->line, col = t->col;
	bool bang = false;
	enum pipe_time time = PT_NONE;
	while (!p->failed && (tok_is(t, RW_BANG) || is_time_word(t))) {
		bool timing = is_time_word(t);
		bang = timing ? bang : !bang;
		tok_next(p);
		if (timing) {
			const char *opt = tok_word_text(tok_peek(p));
			time = opt && !strcmp(opt, "-p") ? PT_POSIX : PT_TIME;
			if (time == PT_POSIX)
				tok_next(p);
		}
		t = tok_peek_cmd(p);
		if (time != PT_NONE && !bang && (t->kind == T_NEWLINE || t->kind == T_SEMI || t->kind == T_EOF)) {
			/* `time' alone times nothing (bash) */
			struct node *pl = node_new(p->a, N_PIPELINE, line, col);
			pl->u.pipeline.cmds = NULL;
			pl->u.pipeline.time = time;
			return pl;
		}
	}
	struct node *one[1];     /* the lone command of most pipelines: no array needed */
	struct node **cmds = one;
	int n = 0, cap = 1;
	for (;;) {
		struct node *c = parse_command(p);
		if (!c)
			return NULL;
		if (n == cap) {
			cap *= 4;
			struct node **nc = arena_alloc_raw(p->a, sizeof(*nc) * (size_t)cap);
			memcpy(nc, cmds, sizeof(*nc) * (size_t)n);
			cmds = nc;
		}
		cmds[n++] = c;
		if (tok_peek(p)->kind == T_PIPEAMP)
			add_pipe_stderr(p, c, tok_peek(p));
		else if (tok_peek(p)->kind != T_PIPE)
			break;
		tok_next(p);
		skip_newlines(p);
	}
	if (p->failed)
		return NULL;
	if (n == 1 && !bang && time == PT_NONE)
		return cmds[0];
	if (cmds == one) {
		cmds = arena_alloc_raw(p->a, sizeof(*cmds));
		cmds[0] = one[0];
	}
	struct node *pl = node_new(p->a, N_PIPELINE, line, col);
	pl->u.pipeline.cmds = cmds;
	pl->u.pipeline.ncmds = n;
	pl->u.pipeline.bang = bang;
	pl->u.pipeline.time = time;
	return pl;
}

struct node *parse_and_or(struct parser *p)
{
	struct node *left = parse_pipeline(p);
	int chain = 0;
	while (left) {
		struct token *t = tok_peek(p);
		if (t->kind != T_AND_IF && t->kind != T_OR_IF)
			break;
		/* a chain of N operators is a tree N deep: count it as nesting */
		if (++chain + p->depth > p->max_depth) {
			p_error(p, t->line, t->col, tok_kind_text(t->kind),
			        "syntax error: nesting too deep");
			return NULL;
		}
		struct node *n = node_new(p->a, t->kind == T_AND_IF ? N_AND : N_OR, left->line,
		                          left->col);
		tok_next(p);
		skip_newlines(p);
		n->u.andor.left = left;
		n->u.andor.right = parse_pipeline(p);
		left = n->u.andor.right ? n : NULL;
	}
	return p->failed ? NULL : left;
}

/* ---- commands ---- */

/* True when w is unquoted digits followed by '-' (the N- of bash's >&N- and <&N-). */
static bool is_move_target(const struct word *w)
{
	const struct word_part *wp = w->parts;
	if (!wp || wp->next || wp->kind != WP_LITERAL || wp->u.lit.quoted || wp->u.lit.len < 2)
		return false;
	const char *s = wp->u.lit.text;
	size_t n = wp->u.lit.len;
	if (s[n - 1] != '-')
		return false;
	for (size_t i = 0; i + 1 < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

bool tok_is_redirect(const struct token *t)
{
	switch (t->kind) {
	case T_IO_NUMBER:
	case T_LESS:
	case T_GREAT:
	case T_CLOBBER:
	case T_DGREAT:
	case T_LESSGREAT:
	case T_LESSAND:
	case T_GREATAND:
	case T_DLESS:
	case T_DLESSDASH:
	case T_TLESS:
	case T_AMPGREAT:
	case T_AMPDGREAT:
		return true;
	case T_EOF:
	case T_NEWLINE:
	case T_PIPEAMP:
	case T_WORD:
	case T_SEMI:
	case T_DSEMI:
	case T_SEMI_AMP:
	case T_DSEMI_AMP:
	case T_AMP:
	case T_AND_IF:
	case T_PIPE:
	case T_OR_IF:
	case T_LPAREN:
	case T_RPAREN:
		return false;
	}
	return false;
}

static bool redir_kind_of(enum tok_kind k, enum redir_kind *out)
{
	switch (k) {
	case T_LESS: *out = R_IN; return true;
	case T_GREAT: *out = R_OUT; return true;
	case T_CLOBBER: *out = R_CLOBBER; return true;
	case T_DGREAT: *out = R_APPEND; return true;
	case T_LESSGREAT: *out = R_RDWR; return true;
	case T_LESSAND: *out = R_DUP_IN; return true;
	case T_GREATAND: *out = R_DUP_OUT; return true;
	case T_DLESS: *out = R_HEREDOC; return true;
	case T_DLESSDASH: *out = R_HEREDOC_TAB; return true;
	case T_TLESS: *out = R_HERESTRING; return true;
	case T_AMPGREAT: *out = R_OUT_ERR; return true;
	case T_AMPDGREAT: *out = R_APPEND_ERR; return true;
	case T_PIPEAMP:
	case T_EOF:
	case T_NEWLINE:
	case T_WORD:
	case T_IO_NUMBER:
	case T_SEMI:
	case T_DSEMI:
	case T_SEMI_AMP:
	case T_DSEMI_AMP:
	case T_AMP:
	case T_AND_IF:
	case T_PIPE:
	case T_OR_IF:
	case T_LPAREN:
	case T_RPAREN:
		return false;
	}
	return false;
}

struct redir *parse_redirect(struct parser *p)
{
	struct token *t = tok_peek(p);
	struct redir *r = arena_alloc(p->a, sizeof(*r));
	r->fd = -1;
	r->line = t->line;
	r->col = t->col;
	if (t->kind == T_IO_NUMBER) {
		r->fd = t->io_number;
		r->varname = t->io_name;
		tok_next(p);
		t = tok_peek(p);
	}
	if (p->failed)
		return NULL;
	if (!redir_kind_of(t->kind, &r->kind)) {
		p_unexpected(p, t);
		return NULL;
	}
	tok_next(p);
	if (r->kind == R_HEREDOC || r->kind == R_HEREDOC_TAB)
		return lex_heredoc_delim(p, r) ? r : NULL;
	t = tok_peek(p);
	if (p->failed)
		return NULL;
	if (t->kind != T_WORD) {
		p_unexpected(p, t);
		return NULL;
	}
	r->target = t->word;
	tok_next(p);
	word_split_tilde(p, r->target, false);
	if ((r->kind == R_DUP_IN || r->kind == R_DUP_OUT) && is_move_target(r->target))
		r->kind = r->kind == R_DUP_IN ? R_MOVE_IN : R_MOVE_OUT;
	return r;
}


void parse_trailing_redirs(struct parser *p, struct node *n)
{
	struct redir **tail = &n->redirs;
	while (*tail)
		tail = &(*tail)->next;
	while (!p->failed && tok_is_redirect(tok_peek(p))) {
		struct redir *r = parse_redirect(p);
		if (!r)
			return;
		*tail = r;
		tail = &r->next;
	}
}

/* After the first word of a simple command, "(" makes it a function definition. */
static struct node *parse_funcdef(struct parser *p, struct word *w, int line, int col)
{
	const struct word_part *wp = w->parts;
	if (!wp || wp->next || wp->kind != WP_LITERAL || wp->u.lit.quoted) {
		p_unexpected(p, tok_peek(p));
		return NULL;
	}
	tok_next(p);
	if (!expect_tok(p, T_RPAREN))
		return NULL;
	return parse_funcdef_body(p, wp->u.lit.text, line, col);
}

static struct node *parse_simple(struct parser *p)
{
	struct token *t = tok_peek(p);
	struct node *n = node_new(p->a, N_SIMPLE, t->line, t->col);
	struct assign **atail = &n->u.simple.assigns;
	struct word **wtail = &n->u.simple.words;
	struct redir **rtail = &n->redirs;
	bool have_cmd = false, declaration = false;
	for (;;) {
		t = have_cmd ? tok_peek(p) : tok_peek_cmd(p);
		if (have_cmd && t->kind == T_WORD && t->alias_ok)
			t = tok_peek_cmd(p);
		if (p->failed)
			return NULL;
		if (tok_is_redirect(t)) {
			struct redir *r = parse_redirect(p);
			if (!r)
				return NULL;
			*rtail = r;
			rtail = &r->next;
			continue;
		}
		if (t->kind != T_WORD)
			break;
		struct word *w = t->word;
		int line = t->line, col = t->col;
		if (!have_cmd) {
			struct assign *as = parse_assignment(p, w);
			if (p->failed)
				return NULL;
			if (as) {
				*atail = as;
				atail = &as->next;
				continue;
			}
		}
		tok_next(p);
		if (!have_cmd && !n->u.simple.assigns && !n->redirs &&
		    tok_peek(p)->kind == T_LPAREN)
			return parse_funcdef(p, w, line, col);
		if (!(declaration && parse_declaration_operand(p, w)))
			word_split_tilde(p, w, false);
		if (p->failed)
			return NULL;
		if (!have_cmd)
			declaration = word_is_declaration_utility(w);
		*wtail = w;
		wtail = &w->next;
		have_cmd = true;
	}
	if (!n->u.simple.assigns && !n->u.simple.words && !n->redirs) {
		p_unexpected(p, t);
		return NULL;
	}
	return n;
}

struct node *parse_command(struct parser *p)
{
	struct token *t = tok_peek_cmd(p);
	if (p->failed)
		return NULL;
	int line = t->line, col = t->col;
	const char *w = "(";
	struct node *(*compound)(struct parser *) = NULL;
	if (t->kind == T_LPAREN) {
		int arith = arith_command_follows(p);
		if (arith < 0)
			return NULL;
		compound = arith ? parse_arith_command : parse_subshell;
		w = arith ? "((" : "(";
	} else if (t->kind == T_WORD) {
		switch (t->rw) {
		case RW_NONE: break;
		case RW_LBRACE: compound = parse_group; w = "{"; break;
		case RW_IF: compound = parse_if; w = "if"; break;
		case RW_WHILE: compound = parse_while; w = "while"; break;
		case RW_UNTIL: compound = parse_until; w = "until"; break;
		case RW_FOR: compound = parse_for; w = "for"; break;
		case RW_CASE: compound = parse_case; w = "case"; break;
		case RW_FUNCTION: compound = parse_function_keyword; w = "function"; break;
		case RW_DLBRACK: compound = parse_cond_command; w = "[["; break;
		case RW_SELECT: compound = parse_select; w = "select"; break;
		case RW_BANG:
		case RW_RBRACE:
		case RW_DO:
		case RW_DONE:
		case RW_ELIF:
		case RW_ELSE:
		case RW_ESAC:
		case RW_FI:
		case RW_IN:
		case RW_THEN:
			p_unexpected(p, t);
			return NULL;
		}
	} else if (!tok_is_redirect(t)) {
		p_unexpected(p, t);
		return NULL;
	}
	if (!compound)
		return parse_simple(p);
	if (!p_enter(p, line, col, w))
		return NULL;
	struct node *n = compound(p);
	if (n && n->kind != N_FUNCDEF)
		parse_trailing_redirs(p, n);
	p_leave(p);
	return p->failed ? NULL : n;
}

/* ---- entry points ---- */

enum parse_status parse_next(struct arena *a, struct parse_input *in, struct node **out,
                             struct parse_error *err)
{
	struct parse_error scratch;
	struct parser p;
	if (!err)
		err = &scratch;
	memset(err, 0, sizeof(*err));
	*out = NULL;
	in->heredoc_waiting = false;
	parser_init(&p, a, in->buf, in->len, in->pos, in->line > 0 ? in->line : 1, 1, in->at_eof,
	            err);
	if (in->max_depth > 0)
		p.max_depth = in->max_depth;
	p.stack_floor = in->stack_floor;
	p.alias_lookup = in->alias_lookup;
	p.alias_ctx = in->alias_ctx;
	p.warn = in->warn;
	p.warn_ctx = in->warn_ctx;
	p.extglob = in->extglob;
	struct arena_mark mark = arena_mark(a);
	enum parse_status st = PARSE_OK;
	struct node *n = NULL;

	struct token *t = tok_peek_cmd(&p);
	if (!p.failed && t->kind == T_EOF) {
		st = in->at_eof ? PARSE_EOF : PARSE_INCOMPLETE;
	} else if (!p.failed && t->kind == T_NEWLINE) {
		tok_next(&p);
	} else if (!p.failed) {
		n = parse_line(&p);
		if (!p.failed && p.have_tok && p.tok.kind == T_EOF) {
			if (in->at_eof)
				read_heredoc_bodies(&p);
			else
				st = PARSE_INCOMPLETE;
		}
	}
	if (p.failed)
		st = p.status;
	if (st != PARSE_OK && st != PARSE_EOF) {
		if (st == PARSE_INCOMPLETE && p.hd_waiting && p.hd_waiting->dlen < sizeof(in->heredoc_wait)) {
			in->heredoc_waiting = true;
			in->heredoc_wait_tabs = p.hd_waiting->strip_tabs;
			in->heredoc_wait_len = p.hd_waiting->dlen;
			memcpy(in->heredoc_wait, p.hd_waiting->delim, p.hd_waiting->dlen);
		}
		arena_reset(a, mark);
		return st;
	}
	in->pos = p.rd.frames[0].pos;
	in->line = p.rd.line;
	*out = n;
	return st;
}

/* parse_string and parse_string_extglob. */
static enum parse_status parse_whole(struct arena *a, const char *s, size_t len, bool extglob,
                                     struct node **out, struct parse_error *err)
{
	struct parse_error scratch;
	struct parser p;
	if (!err)
		err = &scratch;
	memset(err, 0, sizeof(*err));
	*out = NULL;
	parser_init(&p, a, s, len, 0, 1, 1, true, err);
	p.extglob = extglob;
	struct arena_mark mark = arena_mark(a);
	struct node *n = parse_program(&p);
	if (p.failed) {
		arena_reset(a, mark);
		return p.status;
	}
	*out = n;
	return PARSE_OK;
}

enum parse_status parse_string(struct arena *a, const char *s, size_t len, struct node **out,
                               struct parse_error *err)
{
	return parse_whole(a, s, len, false, out, err);
}

enum parse_status parse_string_extglob(struct arena *a, const char *s, size_t len,
                                       struct node **out, struct parse_error *err)
{
	return parse_whole(a, s, len, true, out, err);
}

bool is_name(const char *s, size_t len)
{
	if (len == 0)
		return false;
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
		if (!alpha && !(i > 0 && c >= '0' && c <= '9'))
			return false;
	}
	return true;
}
