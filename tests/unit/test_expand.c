/* test_expand.c - unit tests for word expansion (shell/expand*.c, shell/cmdsub.c): words are
 * built by hand with small constructors, and, in the second half, parsed from source text. */
#include <fcntl.h>
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "stderr_capture.h"

#include "../../parser/arena.h"
#include "../../parser/ast.h"
#include "../../parser/parser.h"
#include "../../shell/eval.h"
#include "../../shell/expand.h"
#include "../../shell/shell.h"
#include "../../shell/strvec.h"
#include "../../shell/vars.h"


/* ---- word constructors (arena of the shell's current command) ---- */

static struct word_part *part(struct shell *sh, enum word_part_kind k)
{
	struct word_part *p = arena_alloc(sh->cmd_arena, sizeof(*p));
	p->kind = k;
	return p;
}

static struct word_part *lit_q(struct shell *sh, const char *s, bool quoted)
{
	struct word_part *p = part(sh, WP_LITERAL);
	p->u.lit.text = arena_strdup(sh->cmd_arena, s);
	p->u.lit.len = strlen(s);
	p->u.lit.quoted = quoted;
	return p;
}

/* Links the NULL-terminated parts in ap; returns the first. */
static struct word_part *link_parts(struct word_part *first, va_list ap)
{
	struct word_part *last = first;
	struct word_part *p;
	while (last && (p = va_arg(ap, struct word_part *)) != NULL) {
		last->next = p;
		last = p;
	}
	return first;
}

static struct word_part *dq(struct shell *sh, struct word_part *first, ...)
{
	struct word_part *p = part(sh, WP_DQUOTED);
	va_list ap;
	va_start(ap, first);
	p->u.dq = link_parts(first, ap);
	va_end(ap);
	return p;
}

static struct word *W(struct shell *sh, struct word_part *first, ...)
{
	struct word *w = arena_alloc(sh->cmd_arena, sizeof(*w));
	va_list ap;
	va_start(ap, first);
	w->parts = link_parts(first, ap);
	va_end(ap);
	w->line = w->col = 1;
	return w;
}

static struct word_part *pop(struct shell *sh, const char *name, enum param_op op, bool colon,
                             struct word *arg)
{
	struct word_part *p = part(sh, WP_PARAM);
	p->u.param.name = arena_strdup(sh->cmd_arena, name);
	p->u.param.op = op;
	p->u.param.colon = colon;
	p->u.param.arg = arg;
	return p;
}

static struct word_part *arith_part(struct shell *sh, struct word *expr)
{
	struct word_part *p = part(sh, WP_ARITH);
	p->u.arith = expr;
	return p;
}

static struct word_part *tilde(struct shell *sh, const char *user)
{
	struct word_part *p = part(sh, WP_TILDE);
	p->u.tilde_user = arena_strdup(sh->cmd_arena, user);
	return p;
}

#define LIT(s) lit_q(sh, (s), false)
#define SQ(s) lit_q(sh, (s), true)
#define DQ(...) dq(sh, __VA_ARGS__, NULL)
#define WORD(...) W(sh, __VA_ARGS__, NULL)
#define VAR(n) pop(sh, (n), PARAM_PLAIN, false, NULL)
#define OP(n, op, colon, arg) pop(sh, (n), (op), (colon), (arg))
#define ARITH(s) arith_part(sh, WORD(LIT(s)))
#define TILDE(u) tilde(sh, (u))

/* ---- running expansions ---- */

/* Expands words into fields and renders them as "[f1][f2]..."; "ERROR" on failure. */
static const char *fields_of(struct shell *sh, const struct word *w)
{
	struct strvec sv;
	strvec_init(&sv, sh->cmd_arena);
	if (expand_words(sh, w, &sv) < 0)
		return "ERROR";
	size_t n = 1;
	for (size_t i = 0; i < sv.n; i++)
		n += strlen(sv.v[i]) + 2;
	char *r = arena_alloc(sh->cmd_arena, n);
	char *d = r;
	for (size_t i = 0; i < sv.n; i++)
		d += sprintf(d, "[%s]", sv.v[i]);
	*d = '\0';
	return r;
}

static void set(struct shell *sh, const char *name, const char *value)
{
	vars_set(sh->vars, name, value, 0);
}

static void positional(struct shell *sh, int n, ...)
{
	char *argv[16];
	va_list ap;
	va_start(ap, n);
	for (int i = 0; i < n; i++)
		argv[i] = va_arg(ap, char *);
	va_end(ap);
	shell_set_positional(sh, n, argv);
}

/* Per-test state: a fresh shell and, for glob tests, a scratch directory we chdir into. */
struct fixture {
	struct shell *sh;
	char dir[64];
	char cwd[PATH_MAX];
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	if (!f)
		return -1;
	f->sh = shell_new("minish");
	if (!f->sh)
		return -1;
	vars_set(f->sh->vars, "HOME", "/home/test", 0);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	shell_free(f->sh);
	free(f);
	return 0;
}

#define SH struct shell *sh = ((struct fixture *)*state)->sh
#define EXPECT(w, want) assert_string_equal(fields_of(sh, (w)), (want))

/* ---- literals and quotes ---- */

static void expand_words__literal__one_field(void **state)
{
	SH;
	EXPECT(WORD(LIT("abc")), "[abc]");
}

static void expand_words__literal_with_blank__never_split(void **state)
{
	SH;
	EXPECT(WORD(LIT("a b")), "[a b]");
}

static void expand_words__empty_single_quotes__empty_field(void **state)
{
	SH;
	EXPECT(WORD(SQ("")), "[]");
}

static void expand_words__empty_double_quotes__empty_field(void **state)
{
	SH;
	EXPECT(WORD(dq(sh, NULL)), "[]");
}

static void expand_words__quoted_and_literal__joined(void **state)
{
	SH;
	EXPECT(WORD(LIT("a"), SQ(" b "), LIT("c")), "[a b c]");
}

static void expand_words__several_words__fields_in_order(void **state)
{
	SH;
	struct word *a = WORD(LIT("one")), *b = WORD(SQ("two")), *c = WORD(LIT("three"));
	a->next = b;
	b->next = c;
	EXPECT(a, "[one][two][three]");
}

/* ---- field splitting ---- */

static void expand_words__unset_alone__no_field(void **state)
{
	SH;
	EXPECT(WORD(VAR("nosuch")), "");
}

static void expand_words__empty_alone__no_field(void **state)
{
	SH;
	set(sh, "e", "");
	EXPECT(WORD(VAR("e")), "");
}

static void expand_words__quoted_unset__empty_field(void **state)
{
	SH;
	EXPECT(WORD(DQ(VAR("nosuch"))), "[]");
}

static void expand_words__empty_then_empty_quotes__empty_field(void **state)
{
	SH;
	set(sh, "e", "");
	EXPECT(WORD(VAR("e"), SQ("")), "[]");
}

static void expand_words__blanks_in_value__split(void **state)
{
	SH;
	set(sh, "x", "a b\tc\nd");
	EXPECT(WORD(VAR("x")), "[a][b][c][d]");
}

static void expand_words__quoted_value__not_split(void **state)
{
	SH;
	set(sh, "x", "a  b");
	EXPECT(WORD(DQ(VAR("x"))), "[a  b]");
}

static void expand_words__leading_trailing_blanks__dropped(void **state)
{
	SH;
	set(sh, "x", "   a   b   ");
	EXPECT(WORD(VAR("x")), "[a][b]");
}

static void expand_words__only_blanks__no_field(void **state)
{
	SH;
	set(sh, "x", "  \t ");
	EXPECT(WORD(VAR("x")), "");
}

static void expand_words__prefix_and_suffix__joined_to_first_and_last(void **state)
{
	SH;
	set(sh, "x", "a b");
	EXPECT(WORD(LIT("pre"), VAR("x"), LIT("post")), "[prea][bpost]");
}

static void expand_words__adjacent_expansions__split_across(void **state)
{
	SH;
	set(sh, "a", "x ");
	set(sh, "b", " y");
	EXPECT(WORD(VAR("a"), VAR("b")), "[x][y]");
}

static void expand_words__adjacent_without_blank__joined(void **state)
{
	SH;
	set(sh, "a", "x");
	set(sh, "b", "y");
	EXPECT(WORD(VAR("a"), VAR("b")), "[xy]");
}

static void expand_words__empty_quotes_then_leading_blank__empty_field_kept(void **state)
{
	SH;
	set(sh, "x", " a");
	EXPECT(WORD(SQ(""), VAR("x")), "[][a]");
}

static void expand_words__colon_ifs__empty_fields_between(void **state)
{
	SH;
	set(sh, "IFS", ":");
	set(sh, "x", "a::b");
	EXPECT(WORD(VAR("x")), "[a][][b]");
}

static void expand_words__colon_ifs_trailing__no_trailing_field(void **state)
{
	SH;
	set(sh, "IFS", ":");
	set(sh, "x", "a:");
	EXPECT(WORD(VAR("x")), "[a]");
}

static void expand_words__colon_ifs_leading__leading_empty_field(void **state)
{
	SH;
	set(sh, "IFS", ":");
	set(sh, "x", ":a");
	EXPECT(WORD(VAR("x")), "[][a]");
}

static void expand_words__colon_ifs_only_delims__empty_fields(void **state)
{
	SH;
	set(sh, "IFS", ":");
	set(sh, "x", "::");
	EXPECT(WORD(VAR("x")), "[][]");
}

static void expand_words__colon_ifs_trailing_then_quotes__empty_last_field(void **state)
{
	SH;
	set(sh, "IFS", ":");
	set(sh, "x", "a:");
	EXPECT(WORD(VAR("x"), SQ("")), "[a][]");
}

static void expand_words__mixed_ifs__white_around_delim_absorbed(void **state)
{
	SH;
	set(sh, "IFS", " :");
	set(sh, "x", "a : b");
	EXPECT(WORD(VAR("x")), "[a][b]");
}

static void expand_words__mixed_ifs_leading__empty_first(void **state)
{
	SH;
	set(sh, "IFS", " :");
	set(sh, "x", " : b");
	EXPECT(WORD(VAR("x")), "[][b]");
}

static void expand_words__mixed_ifs_double_delim__empty_between(void **state)
{
	SH;
	set(sh, "IFS", ": ");
	set(sh, "x", "a : : b");
	EXPECT(WORD(VAR("x")), "[a][][b]");
}

static void expand_words__mixed_ifs_edges__like_dash(void **state)
{
	SH;
	set(sh, "IFS", ": ");
	set(sh, "x", ":a::b:");
	EXPECT(WORD(VAR("x")), "[][a][][b]");
}

static void expand_words__empty_ifs__no_splitting(void **state)
{
	SH;
	set(sh, "IFS", "");
	set(sh, "x", " a b ");
	EXPECT(WORD(VAR("x")), "[ a b ]");
}

static void expand_words__unset_ifs__default_whitespace(void **state)
{
	SH;
	vars_unset(sh->vars, "IFS");
	set(sh, "x", " a:b  c ");
	EXPECT(WORD(VAR("x")), "[a:b][c]");
}

static void expand_words__letter_ifs__splits_on_letter(void **state)
{
	SH;
	set(sh, "IFS", "x");
	set(sh, "v", "1x2xx3");
	EXPECT(WORD(VAR("v")), "[1][2][][3]");
}

static void expand_words__ifs_char_in_literal__not_split(void **state)
{
	SH;
	set(sh, "IFS", ":");
	EXPECT(WORD(LIT("a:b")), "[a:b]");
}

static void expand_words__ifs_only_space__tab_kept(void **state)
{
	SH;
	set(sh, "IFS", " ");
	set(sh, "x", "a\tb c");
	EXPECT(WORD(VAR("x")), "[a\tb][c]");
}

/* ---- special and positional parameters ---- */

static void expand_words__quoted_at__one_field_per_param(void **state)
{
	SH;
	positional(sh, 3, "a b", "", "c");
	EXPECT(WORD(DQ(VAR("@"))), "[a b][][c]");
}

static void expand_words__quoted_at_no_params__no_field(void **state)
{
	SH;
	EXPECT(WORD(DQ(VAR("@"))), "");
}

static void expand_words__quoted_at_with_text__joined_to_ends(void **state)
{
	SH;
	positional(sh, 2, "1", "2");
	EXPECT(WORD(DQ(LIT("a"), VAR("@"), LIT("b"))), "[a1][2b]");
}

static void expand_words__quoted_at_no_params_with_text__text_only(void **state)
{
	SH;
	EXPECT(WORD(DQ(LIT("a"), VAR("@"), LIT("b"))), "[ab]");
}

static void expand_words__quoted_at_only_empty__one_empty_field(void **state)
{
	SH;
	positional(sh, 1, "");
	EXPECT(WORD(DQ(VAR("@"))), "[]");
}

static void expand_words__unquoted_at__split_and_empties_dropped(void **state)
{
	SH;
	positional(sh, 3, "a b", "", "c");
	EXPECT(WORD(VAR("@")), "[a][b][c]");
}

static void expand_words__unquoted_at_empty_ifs__params_stay_separate(void **state)
{
	SH;
	set(sh, "IFS", "");
	positional(sh, 2, "a b", "c");
	EXPECT(WORD(VAR("@")), "[a b][c]");
}

static void expand_words__unquoted_at_trailing_delim__like_dash(void **state)
{
	SH;
	set(sh, "IFS", ":");
	positional(sh, 2, "a:", "b");
	EXPECT(WORD(VAR("@")), "[a][b]");
}

static void expand_words__quoted_star__joined_by_first_ifs_char(void **state)
{
	SH;
	set(sh, "IFS", ":-");
	positional(sh, 3, "a", "b", "c");
	EXPECT(WORD(DQ(VAR("*"))), "[a:b:c]");
}

static void expand_words__quoted_star_empty_ifs__no_separator(void **state)
{
	SH;
	set(sh, "IFS", "");
	positional(sh, 2, "a", "b");
	EXPECT(WORD(DQ(VAR("*"))), "[ab]");
}

static void expand_words__quoted_star_unset_ifs__space(void **state)
{
	SH;
	vars_unset(sh->vars, "IFS");
	positional(sh, 2, "a", "b");
	EXPECT(WORD(DQ(VAR("*"))), "[a b]");
}

static void expand_words__quoted_star_no_params__empty_field(void **state)
{
	SH;
	EXPECT(WORD(DQ(VAR("*"))), "[]");
}

static void expand_words__unquoted_star__split(void **state)
{
	SH;
	positional(sh, 2, "a b", "c");
	EXPECT(WORD(VAR("*")), "[a][b][c]");
}

static void expand_words__hash__param_count(void **state)
{
	SH;
	positional(sh, 3, "a", "b", "c");
	EXPECT(WORD(VAR("#")), "[3]");
}

static void expand_words__question__last_status(void **state)
{
	SH;
	sh->status = 42;
	EXPECT(WORD(VAR("?")), "[42]");
}

static void expand_words__dollar__shell_pid(void **state)
{
	SH;
	sh->shell_pid = 1234;
	EXPECT(WORD(VAR("$")), "[1234]");
}

static void expand_words__bang_none__no_field(void **state)
{
	SH;
	EXPECT(WORD(VAR("!")), "");
}

static void expand_words__bang__last_background_pid(void **state)
{
	SH;
	sh->last_bg = 777;
	EXPECT(WORD(VAR("!")), "[777]");
}

static void expand_words__zero__shell_name(void **state)
{
	SH;
	EXPECT(WORD(VAR("0")), "[minish]");
}

static void expand_words__positional__values(void **state)
{
	SH;
	positional(sh, 2, "first", "second");
	EXPECT(WORD(VAR("1"), LIT("-"), VAR("2")), "[first-second]");
}

static void expand_words__positional_ten__two_digit_index(void **state)
{
	SH;
	positional(sh, 11, "1", "2", "3", "4", "5", "6", "7", "8", "9", "ten", "eleven");
	EXPECT(WORD(VAR("10")), "[ten]");
}

static void expand_words__positional_beyond__unset(void **state)
{
	SH;
	positional(sh, 1, "a");
	EXPECT(WORD(DQ(VAR("2"))), "[]");
	EXPECT(WORD(DQ(VAR("99999999999999999999"))), "[]");
}

static void expand_words__dash_options__letters_in_dash_order(void **state)
{
	SH;
	sh->opt.errexit = sh->opt.nounset = sh->opt.xtrace = true;
	sh->opt.hashall = false;
	EXPECT(WORD(VAR("-")), "[uxe]");
}

static void expand_words__dash_no_options__empty(void **state)
{
	SH;
	sh->opt.hashall = false;
	EXPECT(WORD(DQ(VAR("-"))), "[]");
}

static void expand_words__pipestatus__element_zero(void **state)
{
	SH;
	sh->npipestatus = 2;
	sh->pipestatus[0] = 3;
	sh->pipestatus[1] = 0;
	EXPECT(WORD(VAR("PIPESTATUS")), "[3]");
}

static void expand_words__pipestatus_index__element(void **state)
{
	SH;
	sh->npipestatus = 2;
	sh->pipestatus[0] = 3;
	sh->pipestatus[1] = 7;
	struct word_part *p = VAR("PIPESTATUS");
	p->u.param.subscript = "1";
	EXPECT(WORD(p), "[7]");
}

static void expand_words__pipestatus_all__every_element(void **state)
{
	SH;
	sh->npipestatus = 3;
	sh->pipestatus[0] = 1;
	sh->pipestatus[1] = 0;
	sh->pipestatus[2] = 2;
	struct word_part *p = VAR("PIPESTATUS");
	p->u.param.subscript = "@";
	EXPECT(WORD(DQ(p)), "[1][0][2]");
}

static void expand_words__pipestatus_out_of_range__unset(void **state)
{
	SH;
	sh->npipestatus = 1;
	struct word_part *p = VAR("PIPESTATUS");
	p->u.param.subscript = "5";
	EXPECT(WORD(DQ(p)), "[]");
}

static void expand_words__lineno__current_line(void **state)
{
	SH;
	sh->lineno = 17;
	EXPECT(WORD(VAR("LINENO")), "[17]");
}

static void expand_words__bad_name__bad_substitution(void **state)
{
	SH;
	struct capture c;
	capture_start(&c);
	const char *r = fields_of(sh, WORD(VAR("a-b")));
	assert_string_equal(capture_end(&c), "minish: ${a-b}: bad substitution\n");
	assert_string_equal(r, "ERROR");
	assert_int_equal(sh->expand_error, 1);
	assert_int_equal(sh->status, 1);
}

/* ---- ${...} operators ---- */

static void expand_words__default_unset__word(void **state)
{
	SH;
	EXPECT(WORD(OP("u", PARAM_DEFAULT, true, WORD(LIT("w")))), "[w]");
	EXPECT(WORD(OP("u", PARAM_DEFAULT, false, WORD(LIT("w")))), "[w]");
}

static void expand_words__default_empty__colon_only(void **state)
{
	SH;
	set(sh, "e", "");
	EXPECT(WORD(OP("e", PARAM_DEFAULT, true, WORD(LIT("w")))), "[w]");
	EXPECT(WORD(DQ(OP("e", PARAM_DEFAULT, false, WORD(LIT("w"))))), "[]");
}

static void expand_words__default_set__value(void **state)
{
	SH;
	set(sh, "s", "v");
	EXPECT(WORD(OP("s", PARAM_DEFAULT, true, WORD(LIT("w")))), "[v]");
}

static void expand_words__default_unquoted_word__split(void **state)
{
	SH;
	EXPECT(WORD(OP("u", PARAM_DEFAULT, true, WORD(LIT("a   b")))), "[a][b]");
}

static void expand_words__default_quoted_word__one_field(void **state)
{
	SH;
	EXPECT(WORD(OP("u", PARAM_DEFAULT, true, WORD(DQ(LIT("a b"))))), "[a b]");
}

static void expand_words__default_inside_quotes__not_split(void **state)
{
	SH;
	EXPECT(WORD(DQ(OP("u", PARAM_DEFAULT, true, WORD(LIT("a b"))))), "[a b]");
}

static void expand_words__default_word_with_expansion__expanded(void **state)
{
	SH;
	set(sh, "y", "why");
	EXPECT(WORD(OP("u", PARAM_DEFAULT, true, WORD(LIT("<"), VAR("y"), LIT(">")))), "[<why>]");
}

static void expand_words__default_not_taken__word_not_expanded(void **state)
{
	SH;
	set(sh, "s", "v");
	EXPECT(WORD(OP("s", PARAM_DEFAULT, false, WORD(OP("n", PARAM_ASSIGN, false, WORD(LIT("z")))))),
	       "[v]");
	assert_null(vars_get(sh->vars, "n"));
}

static void expand_words__assign_unset__assigns_and_expands(void **state)
{
	SH;
	EXPECT(WORD(OP("n", PARAM_ASSIGN, true, WORD(LIT("new")))), "[new]");
	assert_string_equal(vars_get(sh->vars, "n"), "new");
}

static void expand_words__assign_empty_no_colon__keeps_empty(void **state)
{
	SH;
	set(sh, "e", "");
	EXPECT(WORD(DQ(OP("e", PARAM_ASSIGN, false, WORD(LIT("w"))))), "[]");
	assert_string_equal(vars_get(sh->vars, "e"), "");
}

static void expand_words__assign_value__split_when_unquoted(void **state)
{
	SH;
	EXPECT(WORD(OP("n", PARAM_ASSIGN, true, WORD(DQ(LIT("a b"))))), "[a][b]");
	assert_string_equal(vars_get(sh->vars, "n"), "a b");
}

static void expand_words__assign_positional__error(void **state)
{
	SH;
	struct capture c;
	capture_start(&c);
	const char *r = fields_of(sh, WORD(OP("1", PARAM_ASSIGN, false, WORD(LIT("x")))));
	assert_string_equal(capture_end(&c), "minish: $1: cannot assign in this way\n");
	assert_string_equal(r, "ERROR");
	assert_int_equal(sh->expand_error, 1);
}

static void expand_words__assign_readonly__error(void **state)
{
	SH;
	vars_set(sh->vars, "r", NULL, VAR_READONLY);
	struct capture c;
	capture_start(&c);
	const char *r = fields_of(sh, WORD(OP("r", PARAM_ASSIGN, false, WORD(LIT("x")))));
	assert_string_equal(capture_end(&c), "minish: r: readonly variable\n");
	assert_string_equal(r, "ERROR");
}

static void expect_error(struct shell *sh, struct word *w, const char *msg, int level)
{
	struct capture c;
	capture_start(&c);
	const char *r = fields_of(sh, w);
	assert_string_equal(capture_end(&c), msg);
	assert_string_equal(r, "ERROR");
	assert_int_equal(sh->expand_error, level);
	assert_int_equal(sh->status, 1);
}

static void expand_words__error_colon_no_word__null_or_not_set(void **state)
{
	SH;
	expect_error(sh, WORD(OP("x", PARAM_ERROR, true, NULL)),
	             "minish: x: parameter null or not set\n", 2);
}

static void expand_words__error_no_colon_no_word__not_set(void **state)
{
	SH;
	expect_error(sh, WORD(OP("x", PARAM_ERROR, false, NULL)), "minish: x: parameter not set\n", 2);
}

static void expand_words__error_with_message__message(void **state)
{
	SH;
	expect_error(sh, WORD(OP("x", PARAM_ERROR, true, WORD(LIT("my msg "), VAR("HOME")))),
	             "minish: x: my msg /home/test\n", 2);
}

static void expand_words__error_empty_colon__error(void **state)
{
	SH;
	set(sh, "e", "");
	expect_error(sh, WORD(OP("e", PARAM_ERROR, true, NULL)),
	             "minish: e: parameter null or not set\n", 2);
}

static void expand_words__error_empty_no_colon__empty_value(void **state)
{
	SH;
	set(sh, "e", "");
	EXPECT(WORD(DQ(OP("e", PARAM_ERROR, false, NULL))), "[]");
}

static void expand_words__error_set__value(void **state)
{
	SH;
	set(sh, "s", "ok");
	EXPECT(WORD(OP("s", PARAM_ERROR, true, NULL)), "[ok]");
}

static void expand_words__error_positional__dollar_name(void **state)
{
	SH;
	expect_error(sh, WORD(OP("1", PARAM_ERROR, false, NULL)), "minish: $1: parameter not set\n", 2);
}

static void expand_words__alternate_set__word(void **state)
{
	SH;
	set(sh, "s", "v");
	EXPECT(WORD(OP("s", PARAM_ALTERNATE, true, WORD(LIT("alt")))), "[alt]");
}

static void expand_words__alternate_unset__nothing(void **state)
{
	SH;
	EXPECT(WORD(OP("u", PARAM_ALTERNATE, false, WORD(LIT("alt")))), "");
}

static void expand_words__alternate_empty__colon_distinguishes(void **state)
{
	SH;
	set(sh, "e", "");
	EXPECT(WORD(OP("e", PARAM_ALTERNATE, false, WORD(LIT("alt")))), "[alt]");
	EXPECT(WORD(OP("e", PARAM_ALTERNATE, true, WORD(LIT("alt")))), "");
}

static void expand_words__length__characters(void **state)
{
	SH;
	set(sh, "s", "hello");
	EXPECT(WORD(OP("s", PARAM_LENGTH, false, NULL)), "[5]");
}

static void expand_words__length_unset__zero(void **state)
{
	SH;
	EXPECT(WORD(OP("u", PARAM_LENGTH, false, NULL)), "[0]");
}

static void expand_words__length_at__param_count(void **state)
{
	SH;
	positional(sh, 3, "aa", "b", "c");
	EXPECT(WORD(OP("@", PARAM_LENGTH, false, NULL)), "[3]");
}

static void expand_words__at_default_no_params__set_like_dash(void **state)
{
	SH;
	EXPECT(WORD(DQ(OP("@", PARAM_DEFAULT, false, WORD(LIT("d"))))), "");
	EXPECT(WORD(DQ(OP("*", PARAM_ALTERNATE, false, WORD(LIT("d"))))), "[d]");
}

static void expand_words__at_colon_default_only_empty__word(void **state)
{
	SH;
	positional(sh, 1, "");
	EXPECT(WORD(DQ(OP("@", PARAM_DEFAULT, true, WORD(LIT("d"))))), "[d]");
}

#define TRIM(name, value, op, pattern, want) \
	static void name(void **state) \
	{ \
		SH; \
		set(sh, "v", value); \
		EXPECT(WORD(DQ(OP("v", op, false, pattern))), want); \
	}

TRIM(expand_words__trim_prefix_shortest__removed, "/a/b/c", PARAM_TRIM_PREFIX, WORD(LIT("*/")), "[a/b/c]")
TRIM(expand_words__trim_prefix_longest__removed, "/a/b/c", PARAM_TRIM_PREFIX_MAX, WORD(LIT("*/")), "[c]")
TRIM(expand_words__trim_suffix_shortest__removed, "/a/b/c", PARAM_TRIM_SUFFIX, WORD(LIT("/*")), "[/a/b]")
TRIM(expand_words__trim_suffix_longest__removed, "/a/b/c", PARAM_TRIM_SUFFIX_MAX, WORD(LIT("/*")), "[]")
TRIM(expand_words__trim_no_match__unchanged, "abc", PARAM_TRIM_PREFIX, WORD(LIT("x*")), "[abc]")
TRIM(expand_words__trim_plain_prefix__removed, "foobar", PARAM_TRIM_PREFIX, WORD(LIT("foo")), "[bar]")
TRIM(expand_words__trim_plain_suffix__removed, "foobar", PARAM_TRIM_SUFFIX, WORD(LIT("bar")), "[foo]")
TRIM(expand_words__trim_empty_pattern__unchanged, "abc", PARAM_TRIM_SUFFIX, WORD(SQ("")), "[abc]")
TRIM(expand_words__trim_quoted_star__literal, "abcabc", PARAM_TRIM_PREFIX, WORD(DQ(LIT("*b"))), "[abcabc]")
TRIM(expand_words__trim_quoted_star_matching__removed, "a*b", PARAM_TRIM_PREFIX, WORD(DQ(LIT("a*"))), "[b]")
TRIM(expand_words__trim_bracket__class, "aXbXc", PARAM_TRIM_PREFIX, WORD(LIT("*[X]")), "[bXc]")
TRIM(expand_words__trim_question__one_char, "abc", PARAM_TRIM_PREFIX, WORD(LIT("?")), "[bc]")
TRIM(expand_words__trim_longest_suffix_star__whole, "abc", PARAM_TRIM_SUFFIX_MAX, WORD(LIT("*")), "[]")
TRIM(expand_words__trim_shortest_suffix_star__nothing, "abc", PARAM_TRIM_SUFFIX, WORD(LIT("*")), "[abc]")
TRIM(expand_words__trim_mixed_quoting__quoted_part_literal, "x?yz", PARAM_TRIM_PREFIX, WORD(LIT("x"), SQ("?"), LIT("?")), "[z]")

static void expand_words__trim_pattern_from_variable__is_pattern(void **state)
{
	SH;
	set(sh, "v", "aab");
	set(sh, "p", "*b");
	EXPECT(WORD(DQ(OP("v", PARAM_TRIM_PREFIX, false, WORD(VAR("p"))))), "[]");
	EXPECT(WORD(DQ(OP("v", PARAM_TRIM_PREFIX, false, WORD(DQ(VAR("p")))))), "[aab]");
}

static void expand_words__trim_at__each_element(void **state)
{
	SH;
	positional(sh, 2, "ab", "cb");
	EXPECT(WORD(DQ(OP("@", PARAM_TRIM_SUFFIX, false, WORD(LIT("b"))))), "[a][c]");
}

static void expand_words__trim_long_value__works(void **state)
{
	SH;
	size_t n = 100000;
	char *v = malloc(n + 1);
	memset(v, 'a', n);
	v[n - 1] = '/';
	v[n] = '\0';
	set(sh, "v", v);
	free(v);
	EXPECT(WORD(DQ(OP("v", PARAM_TRIM_PREFIX, false, WORD(LIT("*/"))))), "[]");
}

/* ---- set -u ---- */

static void expand_words__nounset_unset__unbound_error(void **state)
{
	SH;
	sh->opt.nounset = true;
	expect_error(sh, WORD(VAR("x")), "minish: x: unbound variable\n", 2);
}

static void expand_words__nounset_positional__dollar_name(void **state)
{
	SH;
	sh->opt.nounset = true;
	expect_error(sh, WORD(VAR("1")), "minish: $1: unbound variable\n", 2);
}

static void expand_words__nounset_length__error(void **state)
{
	SH;
	sh->opt.nounset = true;
	expect_error(sh, WORD(OP("x", PARAM_LENGTH, false, NULL)), "minish: x: unbound variable\n", 2);
}

static void expand_words__nounset_trim__error(void **state)
{
	SH;
	sh->opt.nounset = true;
	expect_error(sh, WORD(OP("x", PARAM_TRIM_PREFIX, false, WORD(LIT("a")))),
	             "minish: x: unbound variable\n", 2);
}

static void expand_words__nounset_default__no_error(void **state)
{
	SH;
	sh->opt.nounset = true;
	EXPECT(WORD(DQ(OP("x", PARAM_DEFAULT, false, NULL))), "[]");
}

static void expand_words__nounset_at_star__no_error(void **state)
{
	SH;
	sh->opt.nounset = true;
	EXPECT(WORD(DQ(VAR("@")), DQ(VAR("*")), VAR("#")), "[0]");
}

static void expand_words__nounset_bang__error(void **state)
{
	SH;
	sh->opt.nounset = true;
	expect_error(sh, WORD(VAR("!")), "minish: $!: unbound variable\n", 2);
}

static void expand_words__nounset_set_var__value(void **state)
{
	SH;
	sh->opt.nounset = true;
	set(sh, "s", "ok");
	EXPECT(WORD(VAR("s")), "[ok]");
}

/* ---- arithmetic ---- */

static void expand_words__arith__value(void **state)
{
	SH;
	EXPECT(WORD(ARITH("1+2*3")), "[7]");
}

static void expand_words__arith_with_param__expanded_first(void **state)
{
	SH;
	set(sh, "n", "4");
	EXPECT(WORD(arith_part(sh, WORD(VAR("n"), LIT("*2")))), "[8]");
}

static void expand_words__arith_assign__variable_updated(void **state)
{
	SH;
	set(sh, "i", "1");
	EXPECT(WORD(ARITH("i+=1")), "[2]");
	assert_string_equal(vars_get(sh->vars, "i"), "2");
}

static void expand_words__arith_unquoted_result__split_by_ifs(void **state)
{
	SH;
	set(sh, "IFS", "-");
	EXPECT(WORD(ARITH("-5")), "[][5]");
}

static void expand_words__arith_quoted_result__not_split(void **state)
{
	SH;
	set(sh, "IFS", "-");
	EXPECT(WORD(DQ(ARITH("-5"))), "[-5]");
}

static void expand_words__arith_empty__zero(void **state)
{
	SH;
	EXPECT(WORD(arith_part(sh, NULL)), "[0]");
}

static void expand_words__arith_division_by_zero__error(void **state)
{
	SH;
	expect_error(sh, WORD(ARITH("1/0")), "minish: 1/0: division by zero\n", 1);
}

static void expand_words__arith_syntax__error(void **state)
{
	SH;
	expect_error(sh, WORD(ARITH("1+")), "minish: 1+: arithmetic syntax error\n", 1);
}

static void expand_words__arith_quoted_inside__quotes_removed(void **state)
{
	SH;
	EXPECT(WORD(arith_part(sh, WORD(DQ(LIT("1")), LIT("+2")))), "[3]");
}

/* ---- command substitution ---- */

/* Returns a simple command node running the NULL-terminated argv (all literal words). */
static struct node *simple(struct shell *sh, const char *arg0, ...)
{
	struct node *n = node_new(sh->cmd_arena, N_SIMPLE, 1, 1);
	struct word *first = W(sh, SQ(arg0), NULL), *last = first;
	va_list ap;
	va_start(ap, arg0);
	const char *a;
	while ((a = va_arg(ap, const char *)) != NULL) {
		last->next = W(sh, SQ(a), NULL);
		last = last->next;
	}
	va_end(ap);
	n->u.simple.words = first;
	return n;
}

static struct word_part *cmdsub(struct shell *sh, struct node *body)
{
	struct word_part *p = part(sh, WP_CMDSUB);
	p->u.cmd.body = body;
	return p;
}

#define CMD(...) cmdsub(sh, simple(sh, __VA_ARGS__, NULL))

static void expand_words__cmdsub_quoted__trailing_newlines_stripped(void **state)
{
	SH;
	EXPECT(WORD(DQ(CMD("printf", "a\n\nb\n\n\n"))), "[a\n\nb]");
}

static void expand_words__cmdsub_unquoted__split(void **state)
{
	SH;
	EXPECT(WORD(CMD("printf", "a b\nc\n")), "[a][b][c]");
}

static void expand_words__cmdsub_status__recorded(void **state)
{
	SH;
	EXPECT(WORD(DQ(CMD("sh", "-c", "echo out; exit 3"))), "[out]");
	assert_int_equal(sh->cmdsub_status, 3);
}

static void expand_words__cmdsub_nul_bytes__dropped(void **state)
{
	SH;
	EXPECT(WORD(DQ(CMD("/usr/bin/printf", "a\\000b"))), "[ab]");
}

static void expand_words__cmdsub_empty_output_quoted__empty_field(void **state)
{
	SH;
	EXPECT(WORD(DQ(CMD("true"))), "[]");
	assert_int_equal(sh->cmdsub_status, 0);
}

static void expand_words__cmdsub_empty_output_unquoted__no_field(void **state)
{
	SH;
	EXPECT(WORD(CMD("true")), "");
}

static void expand_words__cmdsub_empty_body__no_field_status_zero(void **state)
{
	SH;
	sh->cmdsub_status = -1;
	EXPECT(WORD(cmdsub(sh, NULL)), "");
	assert_int_equal(sh->cmdsub_status, 0);
}

static void expand_words__cmdsub_large_output__all_read(void **state)
{
	SH;
	struct strvec sv;
	strvec_init(&sv, sh->cmd_arena);
	assert_int_equal(expand_words(sh, WORD(CMD("seq", "1", "300000")), &sv), 0);
	assert_int_equal(sv.n, 300000);
	assert_string_equal(sv.v[0], "1");
	assert_string_equal(sv.v[299999], "300000");
}

static void expand_words__cmdsub_in_word_str__joined(void **state)
{
	SH;
	assert_string_equal(expand_word_str(sh, WORD(LIT("<"), CMD("echo", "a  b"), LIT(">"))), "<a  b>");
}

static void expand_words__cmdsub_no_fd_leak__child_sees_only_std_fds(void **state)
{
	SH;
	/* the child lists its descriptors; only 0-2 and ls's own directory handle may show,
	 * plus whatever this test process itself has open without close-on-exec */
	int inherited = 0;
	for (int fd = 3; fd < 1024; fd++) {
		int fl = fcntl(fd, F_GETFD);
		if (fl >= 0 && !(fl & FD_CLOEXEC))
			inherited++;
	}
	struct strvec sv;
	strvec_init(&sv, sh->cmd_arena);
	assert_int_equal(expand_words(sh, WORD(CMD("ls", "/proc/self/fd")), &sv), 0);
	assert_int_equal((int)sv.n, 3 + inherited + 1);
}

/* ---- tilde ---- */

static void expand_words__tilde__home(void **state)
{
	SH;
	EXPECT(WORD(TILDE("")), "[/home/test]");
}

static void expand_words__tilde_slash__home_prefix(void **state)
{
	SH;
	EXPECT(WORD(TILDE(""), LIT("/x")), "[/home/test/x]");
}

static void expand_words__tilde_home_with_blank__not_split(void **state)
{
	SH;
	set(sh, "HOME", "/a b");
	EXPECT(WORD(TILDE("")), "[/a b]");
}

static void expand_words__tilde_home_with_star__not_globbed(void **state)
{
	SH;
	set(sh, "HOME", "/*");
	EXPECT(WORD(TILDE("")), "[/*]");
}

static void expand_words__tilde_home_empty__no_field_like_dash(void **state)
{
	SH;
	set(sh, "HOME", "");
	EXPECT(WORD(TILDE("")), "");
}

static void expand_words__tilde_home_unset__password_file(void **state)
{
	SH;
	vars_unset(sh->vars, "HOME");
	char *dir = expand_tilde(sh, "");
	assert_non_null(dir);
	assert_true(dir[0] == '/');
}

static void expand_words__tilde_root__root_home(void **state)
{
	SH;
	EXPECT(WORD(TILDE("root")), "[/root]");
}

static void expand_words__tilde_unknown_user__unchanged(void **state)
{
	SH;
	EXPECT(WORD(TILDE("no_such_user_xyz"), LIT("/d")), "[~no_such_user_xyz/d]");
}

static void expand_words__tilde_plus__pwd(void **state)
{
	SH;
	set(sh, "PWD", "/some/where");
	EXPECT(WORD(TILDE("+")), "[/some/where]");
}

static void expand_word_str__assignment_tilde_after_colon__both_expanded(void **state)
{
	SH;
	char *s = expand_word_str(sh, WORD(TILDE(""), LIT(":"), TILDE(""), LIT("/b")));
	assert_string_equal(s, "/home/test:/home/test/b");
}

/* ---- pathname expansion ---- */

static void touch(const char *name)
{
	int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	assert_true(fd >= 0);
	close(fd);
}

static const char *const glob_files[] = { "b.c", "a.c", "c.h", ".hidden.c", "a*b", "1.txt",
                                          "[x]", "sub/inner.c", NULL };

static int setup_glob(void **state)
{
	if (setup(state) < 0)
		return -1;
	struct fixture *f = *state;
	if (!getcwd(f->cwd, sizeof(f->cwd)))
		return -1;
	strcpy(f->dir, "/tmp/minish-glob-XXXXXX");
	if (!mkdtemp(f->dir) || chdir(f->dir) < 0 || mkdir("sub", 0700) < 0)
		return -1;
	for (int i = 0; glob_files[i]; i++)
		touch(glob_files[i]);
	return 0;
}

static int teardown_glob(void **state)
{
	struct fixture *f = *state;
	for (int i = 0; glob_files[i]; i++)
		unlink(glob_files[i]);
	rmdir("sub");
	if (chdir(f->cwd) < 0)
		return -1;
	rmdir(f->dir);
	return teardown(state);
}

static void expand_words__glob_star__sorted_matches(void **state)
{
	SH;
	EXPECT(WORD(LIT("*.c")), "[a.c][b.c]");
}

static void expand_words__glob_no_match__word_unchanged(void **state)
{
	SH;
	EXPECT(WORD(LIT("*.zzz")), "[*.zzz]");
}

static void expand_words__glob_dotfiles__need_explicit_dot(void **state)
{
	SH;
	EXPECT(WORD(LIT(".*.c")), "[.hidden.c]");
}

static void expand_words__glob_question__one_char(void **state)
{
	SH;
	EXPECT(WORD(LIT("?.h")), "[c.h]");
}

static void expand_words__glob_bracket__set(void **state)
{
	SH;
	EXPECT(WORD(LIT("[ab].c")), "[a.c][b.c]");
}

static void expand_words__glob_negated_bracket__complement(void **state)
{
	SH;
	EXPECT(WORD(LIT("[!a].c")), "[b.c]");
}

static void expand_words__glob_char_class__digit(void **state)
{
	SH;
	EXPECT(WORD(LIT("[[:digit:]]*")), "[1.txt]");
}

static void expand_words__glob_quoted_star__literal(void **state)
{
	SH;
	EXPECT(WORD(DQ(LIT("*.c"))), "[*.c]");
}

static void expand_words__glob_quoted_star_in_pattern__matches_literally(void **state)
{
	SH;
	EXPECT(WORD(LIT("a"), SQ("*"), LIT("*")), "[a*b]");
}

static void expand_words__glob_quoted_bracket__literal_name(void **state)
{
	SH;
	EXPECT(WORD(SQ("["), LIT("x]*")), "[[x]]");
}

static void expand_words__glob_subdirectory__path(void **state)
{
	SH;
	EXPECT(WORD(LIT("s*/*.c")), "[sub/inner.c]");
}

static void expand_words__glob_noglob__literal(void **state)
{
	SH;
	sh->opt.noglob = true;
	EXPECT(WORD(LIT("*.c")), "[*.c]");
}

static void expand_words__glob_from_variable__expanded(void **state)
{
	SH;
	set(sh, "p", "*.h");
	EXPECT(WORD(VAR("p")), "[c.h]");
}

static void expand_words__glob_from_quoted_variable__literal(void **state)
{
	SH;
	set(sh, "p", "*.h");
	EXPECT(WORD(DQ(VAR("p"))), "[*.h]");
}

static void expand_words__glob_after_split__each_field(void **state)
{
	SH;
	set(sh, "p", "*.h x");
	EXPECT(WORD(VAR("p")), "[c.h][x]");
}

static void expand_words__glob_unmatched_bracket__literal(void **state)
{
	SH;
	EXPECT(WORD(LIT("[")), "[[]");
}

/* ---- single-string and pattern expansion ---- */

static void expand_word_str__blanks__kept(void **state)
{
	SH;
	set(sh, "x", " a  b ");
	assert_string_equal(expand_word_str(sh, WORD(VAR("x"))), " a  b ");
}

static void expand_word_str__star__not_globbed(void **state)
{
	SH;
	assert_string_equal(expand_word_str(sh, WORD(LIT("*"))), "*");
}

static void expand_word_str__at__joined_by_first_ifs_char_like_dash(void **state)
{
	SH;
	set(sh, "IFS", ":");
	positional(sh, 2, "a", "b");
	assert_string_equal(expand_word_str(sh, WORD(DQ(VAR("@")))), "a:b");
	assert_string_equal(expand_word_str(sh, WORD(VAR("*"))), "a:b");
}

static void expand_word_str__empty__empty_string(void **state)
{
	SH;
	assert_string_equal(expand_word_str(sh, WORD(VAR("nosuch"))), "");
}

static void expand_word_str__error__null(void **state)
{
	SH;
	struct capture c;
	capture_start(&c);
	assert_null(expand_word_str(sh, WORD(ARITH("1/0"))));
	capture_end(&c);
}

static void expand_word_pattern__quoted_specials__escaped(void **state)
{
	SH;
	assert_string_equal(expand_word_pattern(sh, WORD(SQ("*?[\\"), LIT("*"))), "\\*\\?\\[\\\\*");
}

static void expand_word_pattern__variable_unquoted__pattern_chars_active(void **state)
{
	SH;
	set(sh, "p", "a*");
	assert_string_equal(expand_word_pattern(sh, WORD(VAR("p"))), "a*");
	assert_string_equal(expand_word_pattern(sh, WORD(DQ(VAR("p")))), "a\\*");
}

static void expand_word_pattern__plain_quoted__unchanged(void **state)
{
	SH;
	assert_string_equal(expand_word_pattern(sh, WORD(SQ("abc"))), "abc");
}

static void expand_heredoc__parameters__expanded_no_split(void **state)
{
	SH;
	set(sh, "x", "a  *");
	char *s = expand_heredoc(sh, WORD(LIT("v="), VAR("x"), LIT("\n")));
	assert_string_equal(s, "v=a  *\n");
}

static void pattern_match__star__matches(void **state)
{
	(void)state;
	assert_true(pattern_match("a*", "abc"));
	assert_false(pattern_match("a*", "bac"));
}

static void pattern_match__escaped__literal(void **state)
{
	(void)state;
	assert_true(pattern_match("a\\*", "a*"));
	assert_false(pattern_match("a\\*", "ab"));
}

static void pattern_match__bracket__class(void **state)
{
	(void)state;
	assert_true(pattern_match("[[:alpha:]]?", "x1"));
	assert_false(pattern_match("[!x]", "x"));
}

static void pattern_match__slash_and_dot__ordinary(void **state)
{
	(void)state;
	assert_true(pattern_match("*", "a/b"));
	assert_true(pattern_match("*", ".hidden"));
}


/* ---- words parsed from source text ---- */

/* Returns the first simple command of a parsed tree. */
static const struct node *first_simple(const struct node *n)
{
	if (!n)
		return NULL;
	switch (n->kind) {
	case N_SIMPLE:
		return n;
	case N_LIST:
		return n->u.list.items ? first_simple(n->u.list.items->cmd) : NULL;
	case N_PIPELINE:
		return first_simple(n->u.pipeline.cmds[0]);
	case N_AND:
	case N_OR:
		return first_simple(n->u.andor.left);
	case N_SUBSHELL:
	case N_GROUP:
	case N_IF:
	case N_WHILE:
	case N_UNTIL:
	case N_FOR:
	case N_CASE:
	case N_FUNCDEF:
		break;
	}
	return NULL;
}

static const struct node *parse_simple(struct shell *sh, const char *src)
{
	struct node *n = NULL;
	struct parse_error err;
	assert_int_equal(parse_string(sh->cmd_arena, src, strlen(src), &n, &err), PARSE_OK);
	const struct node *c = first_simple(n);
	assert_non_null(c);
	return c;
}

/* Runs setup (may be ""), then expands the words of ": SRC" after the colon into fields. */
static const char *src_fields(struct shell *sh, const char *setup_src, const char *src)
{
	if (*setup_src)
		eval_string(sh, setup_src, strlen(setup_src), "setup");
	size_t n = strlen(src) + 3;
	char *line = arena_alloc(sh->cmd_arena, n);
	snprintf(line, n, ": %s", src);
	const struct node *c = parse_simple(sh, line);
	return fields_of(sh, c->u.simple.words->next);
}

#define CASE(name, setup_src, src, want) \
	static void name(void **state) \
	{ \
		SH; \
		assert_string_equal(src_fields(sh, setup_src, src), want); \
	}

/* quote removal */
CASE(parsed__single_quoted_dollar__literal, "x=1", "'$x'", "[$x]")
CASE(parsed__backslash_dollar__literal, "x=1", "\\$x", "[$x]")
CASE(parsed__dquoted_backslash_dollar__literal, "x=1", "\"\\$x\"", "[$x]")
CASE(parsed__dquoted_param__value, "x='a  b'", "\"$x\"", "[a  b]")
CASE(parsed__dquoted_escaped_quote__quote, "", "\"\\\"\"", "[\"]")
CASE(parsed__mixed_quotes__concatenated, "", "'a'\"b\"c", "[abc]")
CASE(parsed__dquoted_double_backslash__one, "", "\"a\\\\b\"", "[a\\b]")
CASE(parsed__dquoted_backslash_letter__kept, "", "\"a\\b\"", "[a\\b]")
CASE(parsed__escaped_blank__one_field, "", "a\\ b", "[a b]")
CASE(parsed__three_quotings__each_rule, "x=1", "\"$x\"'$x'$x", "[1$x1]")
CASE(parsed__single_quote_in_dquotes__literal, "", "\"'\"", "[']")
CASE(parsed__dquote_in_single_quotes__literal, "", "'\"'", "[\"]")
CASE(parsed__lone_dollar__literal, "", "$ \"$\" \"a$\" a$", "[$][$][a$][a$]")
CASE(parsed__braced_then_text__joined, "x=1", "${x}y \"${x}y\"", "[1y][1y]")
CASE(parsed__empty_quotes__empty_fields, "", "'' \"\" a", "[][][a]")
CASE(parsed__unset_unquoted__dropped, "", "$nosuch a", "[a]")
/* splitting from parsed words */
CASE(parsed__split_value__fields, "x='  a  b  '", "$x", "[a][b]")
CASE(parsed__split_value_brackets__joined_ends, "x='  a  '", "[${x}]", "[[][a][]]")
CASE(parsed__colon_ifs__split_only_expansion, "IFS=:; x=a:b", "$x \"$x\" c:d", "[a][b][a:b][c:d]")
CASE(parsed__default_word_unquoted__split, "", "${x:-a   b}", "[a][b]")
CASE(parsed__default_word_quoted_part__one_field, "", "${x:-\"a b\"}", "[a b]")
CASE(parsed__default_word_mixed__split_outside_quotes, "", "${x-\"a b\"c d}", "[a bc][d]")
CASE(parsed__alternate_quoted_value__one_field, "v='a b'", "${v:+\"$v\"}", "[a b]")
CASE(parsed__default_in_dquotes_with_squotes__literal_squotes, "", "\"${x:-'q'}\"", "['q']")
CASE(parsed__default_in_dquotes_escaped_dquote__quote, "", "\"${x:-\\\"q\\\"}\"", "[\"q\"]")
/* positional and special parameters */
CASE(parsed__quoted_at__each_param, "set -- a 'b c' ''", "\"$@\"", "[a][b c][]")
CASE(parsed__quoted_at_none__no_field, "set --", "\"$@\"", "")
CASE(parsed__quoted_at_affixes__joined, "set -- 1 2", "\"x$@y\"", "[x1][2y]")
CASE(parsed__quoted_star__joined_space, "set -- a b", "\"$*\"", "[a b]")
CASE(parsed__quoted_star_colon_ifs__joined_colon, "set -- a b; IFS=:", "\"$*\"", "[a:b]")
CASE(parsed__unquoted_at__split, "set -- 'a b' c", "$@", "[a][b][c]")
CASE(parsed__dollar_ten__one_then_zero, "set -- 1 2 3 4 5 6 7 8 9 ten", "$10 ${10}", "[10][ten]")
CASE(parsed__counts__hash_forms, "set -- a b", "$# \"${#}\" ${#x}", "[2][2][0]")
CASE(parsed__length_of_hash_and_question__digits, "set --", "${##} ${#?}", "[1][1]")
CASE(parsed__status__last_command, "false", "$?", "[1]")
CASE(parsed__length_at__count, "set -- aa bb cc", "${#@} ${#*}", "[3][3]")
CASE(parsed__at_trim__each_element, "set -- ab cb", "\"${@%b}\"", "[a][c]")
/* operators */
CASE(parsed__default_nested__inner_default, "", "${x:-${y:-deep}}", "[deep]")
CASE(parsed__default_cmdsub__output, "", "${x:-$(echo cs)}", "[cs]")
CASE(parsed__default_single_quoted__literal_dollar, "", "${x:-'single $q'}", "[single $q]")
CASE(parsed__default_dquoted_home__value, "HOME=/h", "\"${unset-$HOME}\"", "[/h]")
CASE(parsed__assign_default__assigned, "", "${n:=new} $n", "[new][new]")
CASE(parsed__suffix_ops__file_name_parts, "x=file.tar.gz", "${x%.*} ${x%%.*} ${x##*.} ${x#*.}",
     "[file.tar][file][gz][tar.gz]")
CASE(parsed__path_ops__dir_and_base, "p=/usr/local/bin", "${p%/*} ${p##*/}", "[/usr/local][bin]")
CASE(parsed__trim_quoted_pattern__literal, "x='*ab'", "${x#\"*\"} ${x#\\*} ${x#*}", "[ab][ab][*ab]")
CASE(parsed__trim_dquoted_pattern_in_dquotes__removed, "x=a", "\"${x#\"a\"}|\"", "[|]")
CASE(parsed__trim_pattern_variable__pattern, "x=aab; p='*b'", "\"${x#$p}\" \"${x#\"$p\"}\"", "[][aab]")
CASE(parsed__length__value, "x=abcdef", "${#x}", "[6]")
CASE(parsed__star_value_quoted__not_globbed, "x='*'", "\"${x}\" \"${#x}\"", "[*][1]")
/* command substitution */
CASE(parsed__cmdsub__output, "", "$(echo hi)", "[hi]")
CASE(parsed__backquotes__output, "", "`echo hi`", "[hi]")
CASE(parsed__cmdsub_quoted__blanks_kept, "", "\"$(echo 'a  b')\"", "[a  b]")
CASE(parsed__cmdsub_unquoted__split, "", "$(echo 'a  b')", "[a][b]")
CASE(parsed__cmdsub_nested__inner_first, "", "$(echo $(echo in))", "[in]")
CASE(parsed__cmdsub_trailing_newlines__stripped, "", "\"$(printf 'x\\n\\n\\n')\"", "[x]")
CASE(parsed__cmdsub_inner_newline__kept, "", "\"$(printf 'a\\nb\\n')\"", "[a\nb]")
CASE(parsed__backquotes_nested__inner_first, "", "`echo \\`echo nested\\``", "[nested]")
CASE(parsed__cmdsub_quotes_inside_quotes__kept, "", "\"$(echo \"quoted  inside\")\"",
     "[quoted  inside]")
CASE(parsed__backquotes_in_dquotes__blanks_kept, "", "\"`echo \"a  b\"`\"", "[a  b]")
CASE(parsed__cmdsub_then_quotes__joined, "", "\"$(echo a)\"b'c'", "[abc]")
CASE(parsed__cmdsub_sees_variables__value, "x=42", "$(echo $x)", "[42]")
CASE(parsed__cmdsub_cannot_change_parent__unchanged, "x=1", "$(x=2) $x", "[1]")
CASE(parsed__cmdsub_empty__nothing, "", "$( ) a", "[a]")

static void parsed__cmdsub_false__status_one(void **state)
{
	SH;
	assert_string_equal(src_fields(sh, "", "$(false)"), "");
	assert_int_equal(sh->cmdsub_status, 1);
}

static void parsed__cmdsub_exit__status(void **state)
{
	SH;
	assert_string_equal(src_fields(sh, "", "$(exit 7)"), "");
	assert_int_equal(sh->cmdsub_status, 7);
}

static void parsed__cmdsub_big_output__complete(void **state)
{
	SH;
	const char *r = src_fields(sh, "", "\"$(head -c 1000000 /dev/zero | tr '\\0' x)\"");
	assert_int_equal(strlen(r), 1000002);
}

/* arithmetic */
CASE(parsed__arith__sum, "", "$((1+2))", "[3]")
CASE(parsed__arith_variable__by_name, "x=4", "$(( x * 2 ))", "[8]")
CASE(parsed__arith_dollar_variable__expanded_first, "x=4", "$(($x+1))", "[5]")
CASE(parsed__arith_constants__hex_octal, "", "$((0x10 + 010))", "[24]")
CASE(parsed__arith_cmdsub__inside, "", "$(( $(echo 3) + 1 ))", "[4]")
CASE(parsed__arith_length__inside, "x=abc", "$((${#x}+1))", "[4]")
CASE(parsed__arith_quoted__not_split, "IFS=-", "\"$((-1))\" $((-1))", "[-1][][1]")
CASE(parsed__arith_nested_parens__value, "", "$(( (1+2)*(3+4) ))", "[21]")
CASE(parsed__arith_assign__then_visible, "i=5", "$((i+=1)) $i", "[6][6]")
CASE(parsed__arith_in_dquotes__value, "", "\"$((1<<3))\"", "[8]")

static void parsed__arith_division_by_zero__error(void **state)
{
	SH;
	struct capture c;
	capture_start(&c);
	const char *r = src_fields(sh, "", "$((1/0))");
	const char *err = capture_end(&c);
	assert_string_equal(r, "ERROR");
	assert_non_null(strstr(err, "1/0: division by zero"));
	assert_int_equal(sh->expand_error, 1);
}

/* tilde */
CASE(parsed__tilde__home, "HOME=/h", "~ ~/a", "[/h][/h/a]")
CASE(parsed__tilde_quoted__literal, "HOME=/h", "\"~\" \\~ '~'", "[~][~][~]")
CASE(parsed__tilde_not_first__literal, "HOME=/h", "a~ a/~", "[a~][a/~]")
CASE(parsed__tilde_root__root_home, "", "~root", "[/root]")

static void parsed__assignment_tildes__after_equals_and_colons(void **state)
{
	SH;
	vars_set(sh->vars, "HOME", "/h", 0);
	const struct node *c = parse_simple(sh, "x=~:~/b:a~");
	assert_non_null(c->u.simple.assigns);
	assert_string_equal(expand_word_str(sh, c->u.simple.assigns->value), "/h:/h/b:a~");
}

static void parsed__assignment_value__not_split_or_globbed(void **state)
{
	SH;
	vars_set(sh->vars, "v", " a  * ", 0);
	const struct node *c = parse_simple(sh, "x=$v");
	assert_string_equal(expand_word_str(sh, c->u.simple.assigns->value), " a  * ");
}

static void parsed__case_pattern__quoted_part_escaped(void **state)
{
	SH;
	vars_set(sh->vars, "p", "*", 0);
	const struct node *c = parse_simple(sh, ": a\"*\"$p'?'\"$p\"");
	char *pat = expand_word_pattern(sh, c->u.simple.words->next);
	assert_string_equal(pat, "a\\**\\?\\*");
	assert_true(pattern_match(pat, "a*xyz?*"));
	assert_false(pattern_match(pat, "abxyz?*"));
}

/* pathname expansion from parsed words */
CASE(parsed__glob__sorted, "", "*.c", "[a.c][b.c]")
CASE(parsed__glob_quoted__literal, "", "\"*\".c '*.c' \\*.c", "[*.c][*.c][*.c]")
CASE(parsed__glob_partly_quoted__literal_star_matches, "", "a'*'*", "[a*b]")
CASE(parsed__glob_from_variable__expanded, "p='*.h'", "$p \"$p\"", "[c.h][*.h]")
CASE(parsed__glob_noglob__literal, "set -f", "*.c", "[*.c]")
CASE(parsed__glob_no_match__unchanged, "", "*.nomatch", "[*.nomatch]")
CASE(parsed__glob_hidden__explicit_dot_only, "", "*hidden* .h*", "[*hidden*][.hidden.c]")

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
#define TG(f) cmocka_unit_test_setup_teardown(f, setup_glob, teardown_glob)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(expand_words__literal__one_field), T(expand_words__literal_with_blank__never_split),
		T(expand_words__empty_single_quotes__empty_field),
		T(expand_words__empty_double_quotes__empty_field),
		T(expand_words__quoted_and_literal__joined),
		T(expand_words__several_words__fields_in_order), T(expand_words__unset_alone__no_field),
		T(expand_words__empty_alone__no_field), T(expand_words__quoted_unset__empty_field),
		T(expand_words__empty_then_empty_quotes__empty_field),
		T(expand_words__blanks_in_value__split), T(expand_words__quoted_value__not_split),
		T(expand_words__leading_trailing_blanks__dropped), T(expand_words__only_blanks__no_field),
		T(expand_words__prefix_and_suffix__joined_to_first_and_last),
		T(expand_words__adjacent_expansions__split_across),
		T(expand_words__adjacent_without_blank__joined),
		T(expand_words__empty_quotes_then_leading_blank__empty_field_kept),
		T(expand_words__colon_ifs__empty_fields_between),
		T(expand_words__colon_ifs_trailing__no_trailing_field),
		T(expand_words__colon_ifs_leading__leading_empty_field),
		T(expand_words__colon_ifs_only_delims__empty_fields),
		T(expand_words__colon_ifs_trailing_then_quotes__empty_last_field),
		T(expand_words__mixed_ifs__white_around_delim_absorbed),
		T(expand_words__mixed_ifs_leading__empty_first),
		T(expand_words__mixed_ifs_double_delim__empty_between),
		T(expand_words__mixed_ifs_edges__like_dash), T(expand_words__empty_ifs__no_splitting),
		T(expand_words__unset_ifs__default_whitespace),
		T(expand_words__letter_ifs__splits_on_letter),
		T(expand_words__ifs_char_in_literal__not_split),
		T(expand_words__ifs_only_space__tab_kept),
		T(expand_words__quoted_at__one_field_per_param),
		T(expand_words__quoted_at_no_params__no_field),
		T(expand_words__quoted_at_with_text__joined_to_ends),
		T(expand_words__quoted_at_no_params_with_text__text_only),
		T(expand_words__quoted_at_only_empty__one_empty_field),
		T(expand_words__unquoted_at__split_and_empties_dropped),
		T(expand_words__unquoted_at_empty_ifs__params_stay_separate),
		T(expand_words__unquoted_at_trailing_delim__like_dash),
		T(expand_words__quoted_star__joined_by_first_ifs_char),
		T(expand_words__quoted_star_empty_ifs__no_separator),
		T(expand_words__quoted_star_unset_ifs__space),
		T(expand_words__quoted_star_no_params__empty_field), T(expand_words__unquoted_star__split),
		T(expand_words__hash__param_count), T(expand_words__question__last_status),
		T(expand_words__dollar__shell_pid), T(expand_words__bang_none__no_field),
		T(expand_words__bang__last_background_pid), T(expand_words__zero__shell_name),
		T(expand_words__positional__values), T(expand_words__positional_ten__two_digit_index),
		T(expand_words__positional_beyond__unset),
		T(expand_words__dash_options__letters_in_dash_order),
		T(expand_words__dash_no_options__empty), T(expand_words__pipestatus__element_zero),
		T(expand_words__pipestatus_index__element), T(expand_words__pipestatus_all__every_element),
		T(expand_words__pipestatus_out_of_range__unset), T(expand_words__lineno__current_line),
		T(expand_words__bad_name__bad_substitution), T(expand_words__default_unset__word),
		T(expand_words__default_empty__colon_only), T(expand_words__default_set__value),
		T(expand_words__default_unquoted_word__split),
		T(expand_words__default_quoted_word__one_field),
		T(expand_words__default_inside_quotes__not_split),
		T(expand_words__default_word_with_expansion__expanded),
		T(expand_words__default_not_taken__word_not_expanded),
		T(expand_words__assign_unset__assigns_and_expands),
		T(expand_words__assign_empty_no_colon__keeps_empty),
		T(expand_words__assign_value__split_when_unquoted),
		T(expand_words__assign_positional__error), T(expand_words__assign_readonly__error),
		T(expand_words__error_colon_no_word__null_or_not_set),
		T(expand_words__error_no_colon_no_word__not_set),
		T(expand_words__error_with_message__message), T(expand_words__error_empty_colon__error),
		T(expand_words__error_empty_no_colon__empty_value), T(expand_words__error_set__value),
		T(expand_words__error_positional__dollar_name), T(expand_words__alternate_set__word),
		T(expand_words__alternate_unset__nothing),
		T(expand_words__alternate_empty__colon_distinguishes),
		T(expand_words__length__characters), T(expand_words__length_unset__zero),
		T(expand_words__length_at__param_count),
		T(expand_words__at_default_no_params__set_like_dash),
		T(expand_words__at_colon_default_only_empty__word),
		T(expand_words__trim_prefix_shortest__removed), T(expand_words__trim_prefix_longest__removed),
		T(expand_words__trim_suffix_shortest__removed), T(expand_words__trim_suffix_longest__removed),
		T(expand_words__trim_no_match__unchanged), T(expand_words__trim_plain_prefix__removed),
		T(expand_words__trim_plain_suffix__removed), T(expand_words__trim_empty_pattern__unchanged),
		T(expand_words__trim_quoted_star__literal),
		T(expand_words__trim_quoted_star_matching__removed), T(expand_words__trim_bracket__class),
		T(expand_words__trim_question__one_char),
		T(expand_words__trim_longest_suffix_star__whole),
		T(expand_words__trim_shortest_suffix_star__nothing),
		T(expand_words__trim_mixed_quoting__quoted_part_literal),
		T(expand_words__trim_pattern_from_variable__is_pattern),
		T(expand_words__trim_at__each_element), T(expand_words__trim_long_value__works),
		T(expand_words__nounset_unset__unbound_error),
		T(expand_words__nounset_positional__dollar_name), T(expand_words__nounset_length__error),
		T(expand_words__nounset_trim__error), T(expand_words__nounset_default__no_error),
		T(expand_words__nounset_at_star__no_error), T(expand_words__nounset_bang__error),
		T(expand_words__nounset_set_var__value), T(expand_words__arith__value),
		T(expand_words__arith_with_param__expanded_first),
		T(expand_words__arith_assign__variable_updated),
		T(expand_words__arith_unquoted_result__split_by_ifs),
		T(expand_words__arith_quoted_result__not_split), T(expand_words__arith_empty__zero),
		T(expand_words__arith_division_by_zero__error), T(expand_words__arith_syntax__error),
		T(expand_words__arith_quoted_inside__quotes_removed),
		T(expand_words__cmdsub_quoted__trailing_newlines_stripped),
		T(expand_words__cmdsub_unquoted__split), T(expand_words__cmdsub_status__recorded),
		T(expand_words__cmdsub_nul_bytes__dropped),
		T(expand_words__cmdsub_empty_output_quoted__empty_field),
		T(expand_words__cmdsub_empty_output_unquoted__no_field),
		T(expand_words__cmdsub_empty_body__no_field_status_zero),
		T(expand_words__cmdsub_large_output__all_read), T(expand_words__cmdsub_in_word_str__joined),
		T(expand_words__cmdsub_no_fd_leak__child_sees_only_std_fds), T(expand_words__tilde__home),
		T(expand_words__tilde_slash__home_prefix),
		T(expand_words__tilde_home_with_blank__not_split),
		T(expand_words__tilde_home_with_star__not_globbed),
		T(expand_words__tilde_home_empty__no_field_like_dash),
		T(expand_words__tilde_home_unset__password_file), T(expand_words__tilde_root__root_home),
		T(expand_words__tilde_unknown_user__unchanged), T(expand_words__tilde_plus__pwd),
		T(expand_word_str__assignment_tilde_after_colon__both_expanded),
		TG(expand_words__glob_star__sorted_matches), TG(expand_words__glob_no_match__word_unchanged),
		TG(expand_words__glob_dotfiles__need_explicit_dot),
		TG(expand_words__glob_question__one_char), TG(expand_words__glob_bracket__set),
		TG(expand_words__glob_negated_bracket__complement),
		TG(expand_words__glob_char_class__digit), TG(expand_words__glob_quoted_star__literal),
		TG(expand_words__glob_quoted_star_in_pattern__matches_literally),
		TG(expand_words__glob_quoted_bracket__literal_name),
		TG(expand_words__glob_subdirectory__path), TG(expand_words__glob_noglob__literal),
		TG(expand_words__glob_from_variable__expanded),
		TG(expand_words__glob_from_quoted_variable__literal),
		TG(expand_words__glob_after_split__each_field),
		TG(expand_words__glob_unmatched_bracket__literal),
		T(expand_word_str__blanks__kept), T(expand_word_str__star__not_globbed),
		T(expand_word_str__at__joined_by_first_ifs_char_like_dash),
		T(expand_word_str__empty__empty_string), T(expand_word_str__error__null),
		T(expand_word_pattern__quoted_specials__escaped),
		T(expand_word_pattern__variable_unquoted__pattern_chars_active),
		T(expand_word_pattern__plain_quoted__unchanged),
		T(expand_heredoc__parameters__expanded_no_split), T(pattern_match__star__matches),
		T(pattern_match__escaped__literal), T(pattern_match__bracket__class),
		T(pattern_match__slash_and_dot__ordinary),
		T(parsed__single_quoted_dollar__literal),
		T(parsed__backslash_dollar__literal),
		T(parsed__dquoted_backslash_dollar__literal),
		T(parsed__dquoted_param__value),
		T(parsed__dquoted_escaped_quote__quote),
		T(parsed__mixed_quotes__concatenated),
		T(parsed__dquoted_double_backslash__one),
		T(parsed__dquoted_backslash_letter__kept),
		T(parsed__escaped_blank__one_field),
		T(parsed__three_quotings__each_rule),
		T(parsed__single_quote_in_dquotes__literal),
		T(parsed__dquote_in_single_quotes__literal),
		T(parsed__lone_dollar__literal),
		T(parsed__braced_then_text__joined),
		T(parsed__empty_quotes__empty_fields),
		T(parsed__unset_unquoted__dropped),
		T(parsed__split_value__fields),
		T(parsed__split_value_brackets__joined_ends),
		T(parsed__colon_ifs__split_only_expansion),
		T(parsed__default_word_unquoted__split),
		T(parsed__default_word_quoted_part__one_field),
		T(parsed__default_word_mixed__split_outside_quotes),
		T(parsed__alternate_quoted_value__one_field),
		T(parsed__default_in_dquotes_with_squotes__literal_squotes),
		T(parsed__default_in_dquotes_escaped_dquote__quote),
		T(parsed__quoted_at__each_param),
		T(parsed__quoted_at_none__no_field),
		T(parsed__quoted_at_affixes__joined),
		T(parsed__quoted_star__joined_space),
		T(parsed__quoted_star_colon_ifs__joined_colon),
		T(parsed__unquoted_at__split),
		T(parsed__dollar_ten__one_then_zero),
		T(parsed__counts__hash_forms),
		T(parsed__length_of_hash_and_question__digits),
		T(parsed__status__last_command),
		T(parsed__length_at__count),
		T(parsed__at_trim__each_element),
		T(parsed__default_nested__inner_default),
		T(parsed__default_cmdsub__output),
		T(parsed__default_single_quoted__literal_dollar),
		T(parsed__default_dquoted_home__value),
		T(parsed__assign_default__assigned),
		T(parsed__suffix_ops__file_name_parts),
		T(parsed__path_ops__dir_and_base),
		T(parsed__trim_quoted_pattern__literal),
		T(parsed__trim_dquoted_pattern_in_dquotes__removed),
		T(parsed__trim_pattern_variable__pattern),
		T(parsed__length__value),
		T(parsed__star_value_quoted__not_globbed),
		T(parsed__cmdsub__output),
		T(parsed__backquotes__output),
		T(parsed__cmdsub_quoted__blanks_kept),
		T(parsed__cmdsub_unquoted__split),
		T(parsed__cmdsub_nested__inner_first),
		T(parsed__cmdsub_trailing_newlines__stripped),
		T(parsed__cmdsub_inner_newline__kept),
		T(parsed__backquotes_nested__inner_first),
		T(parsed__cmdsub_quotes_inside_quotes__kept),
		T(parsed__backquotes_in_dquotes__blanks_kept),
		T(parsed__cmdsub_then_quotes__joined),
		T(parsed__cmdsub_sees_variables__value),
		T(parsed__cmdsub_cannot_change_parent__unchanged),
		T(parsed__cmdsub_empty__nothing),
		T(parsed__arith__sum),
		T(parsed__arith_variable__by_name),
		T(parsed__arith_dollar_variable__expanded_first),
		T(parsed__arith_constants__hex_octal),
		T(parsed__arith_cmdsub__inside),
		T(parsed__arith_length__inside),
		T(parsed__arith_quoted__not_split),
		T(parsed__arith_nested_parens__value),
		T(parsed__arith_assign__then_visible),
		T(parsed__arith_in_dquotes__value),
		T(parsed__tilde__home),
		T(parsed__tilde_quoted__literal),
		T(parsed__tilde_not_first__literal),
		T(parsed__tilde_root__root_home),
		T(parsed__cmdsub_false__status_one),
		T(parsed__cmdsub_exit__status),
		T(parsed__cmdsub_big_output__complete),
		T(parsed__arith_division_by_zero__error),
		T(parsed__assignment_tildes__after_equals_and_colons),
		T(parsed__assignment_value__not_split_or_globbed),
		T(parsed__case_pattern__quoted_part_escaped),
		TG(parsed__glob__sorted),
		TG(parsed__glob_quoted__literal),
		TG(parsed__glob_partly_quoted__literal_star_matches),
		TG(parsed__glob_from_variable__expanded),
		TG(parsed__glob_noglob__literal),
		TG(parsed__glob_no_match__unchanged),
		TG(parsed__glob_hidden__explicit_dot_only),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
