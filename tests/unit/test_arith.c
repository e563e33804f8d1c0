/* test_arith.c - unit tests for the $(( )) evaluator (shell/arith.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "stderr_capture.h"

#include "../../shell/arith.h"
#include "../../shell/shell.h"
#include "../../shell/vars.h"


static int setup(void **state)
{
	struct shell *sh = shell_new("minish");
	*state = sh;
	return sh ? 0 : -1;
}

static int teardown(void **state)
{
	shell_free(*state);
	return 0;
}

/* Evaluates expr and checks it succeeds with value want. */
static void ok(void **state, const char *expr, intmax_t want)
{
	intmax_t v = 12345;
	struct capture c;
	capture_start(&c);
	int rc = arith_eval(*state, expr, &v);
	const char *err = capture_end(&c);
	assert_string_equal(err, "");
	assert_int_equal(rc, 0);
	assert_true(v == want);
}

/* Evaluates expr and checks it fails with exactly the message msg. */
static void fails(void **state, const char *expr, const char *msg)
{
	intmax_t v;
	struct capture c;
	capture_start(&c);
	int rc = arith_eval(*state, expr, &v);
	const char *err = capture_end(&c);
	assert_int_equal(rc, -1);
	assert_string_equal(err, msg);
}

#define OK(name, expr, want) \
	static void name(void **state) { ok(state, expr, want); }
#define FAILS(name, expr, msg) \
	static void name(void **state) { fails(state, expr, msg); }

/* constants */
OK(arith_eval__decimal__value, "42", 42)
OK(arith_eval__zero__zero, "0", 0)
OK(arith_eval__octal__value, "010", 8)
OK(arith_eval__octal_777__value, "0777", 511)
OK(arith_eval__hex_lower__value, "0x1f", 31)
OK(arith_eval__hex_upper_prefix__value, "0X10", 16)
OK(arith_eval__hex_mixed_digits__value, "0xAbC", 0xabc)
OK(arith_eval__negative_hex__value, "-0x10", -16)
OK(arith_eval__max__value, "9223372036854775807", INTMAX_MAX)
OK(arith_eval__too_big__wraps_like_bash, "99999999999999999999", 7766279631452241919)
OK(arith_eval__empty__zero, "", 0)
OK(arith_eval__blanks_only__zero, "  \t\n ", 0)
OK(arith_eval__surrounding_blanks__ignored, "  7  ", 7)
/* unary */
OK(arith_eval__unary_minus__negates, "-5", -5)
OK(arith_eval__unary_plus__identity, "+5", 5)
OK(arith_eval__double_minus__positive, "- -3", 3)
OK(arith_eval__not_nonzero__zero, "!5", 0)
OK(arith_eval__not_zero__one, "!0", 1)
OK(arith_eval__double_not__boolean, "!!7", 1)
OK(arith_eval__complement__minus_one, "~0", -1)
OK(arith_eval__complement_5__minus_6, "~5", -6)
OK(arith_eval__plusplus_without_support__is_double_plus, "++4", 4)
/* binary and precedence */
OK(arith_eval__add__sum, "1+2", 3)
OK(arith_eval__sub__difference, "10-3", 7)
OK(arith_eval__sub_left_assoc__left_first, "10-3-2", 5)
OK(arith_eval__mul__product, "6*7", 42)
OK(arith_eval__div__truncates, "7/2", 3)
OK(arith_eval__div_negative__truncates_toward_zero, "-7/2", -3)
OK(arith_eval__mod__remainder, "7%3", 1)
OK(arith_eval__mod_negative__sign_of_dividend, "-7%3", -1)
OK(arith_eval__mul_before_add__precedence, "1+2*3", 7)
OK(arith_eval__parens__override_precedence, "(1+2)*3", 9)
OK(arith_eval__nested_parens__value, "((((1+1))*((2))))", 4)
OK(arith_eval__div_left_assoc__left_first, "100/10/5", 2)
OK(arith_eval__shift_left__value, "1<<4", 16)
OK(arith_eval__shift_right__value, "256>>4", 16)
OK(arith_eval__shift_right_negative__arithmetic, "-8>>1", -4)
OK(arith_eval__shift_by_64__masked_like_bash, "1<<64", 1)
OK(arith_eval__shift_by_63__min, "1<<63", INTMAX_MIN)
OK(arith_eval__shift_by_minus_one__masked, "1<<-1", INTMAX_MIN)
OK(arith_eval__shift_below_add__precedence, "1<<1+1", 4)
OK(arith_eval__less__true, "1<2", 1)
OK(arith_eval__less__false, "2<1", 0)
OK(arith_eval__less_equal__equal_true, "3<=3", 1)
OK(arith_eval__greater__true, "2>1", 1)
OK(arith_eval__greater_equal__false, "2>=3", 0)
OK(arith_eval__equal__true, "1==1", 1)
OK(arith_eval__not_equal__false, "1!=1", 0)
OK(arith_eval__compare_below_shift__precedence, "1<<2 == 4", 1)
OK(arith_eval__bitand__value, "12&10", 8)
OK(arith_eval__bitxor__value, "12^10", 6)
OK(arith_eval__bitor__value, "12|10", 14)
OK(arith_eval__and_above_xor_above_or__precedence, "1|2^3&4", 3)
OK(arith_eval__logical_and__true, "2&&3", 1)
OK(arith_eval__logical_and__false, "2&&0", 0)
OK(arith_eval__logical_or__true, "0||3", 1)
OK(arith_eval__logical_or__false, "0||0", 0)
OK(arith_eval__and_above_or__precedence, "1||0&&0", 1)
OK(arith_eval__ternary_true__first, "1?2:3", 2)
OK(arith_eval__ternary_false__second, "0?2:3", 3)
OK(arith_eval__ternary_nested__right_assoc, "0?1:0?2:3", 3)
OK(arith_eval__ternary_in_condition__value, "(1?0:1)?5:6", 6)
OK(arith_eval__comparison_chain__left_assoc, "3>2>1", 0)
/* overflow is defined */
OK(arith_eval__add_overflow__wraps, "9223372036854775807+1", INTMAX_MIN)
OK(arith_eval__min_constant__value, "-9223372036854775807-1", INTMAX_MIN)
OK(arith_eval__min_div_minus_one__min, "(-9223372036854775807-1)/-1", INTMAX_MIN)
OK(arith_eval__min_mod_minus_one__zero, "(-9223372036854775807-1)%-1", 0)
OK(arith_eval__mul_overflow__wraps, "9223372036854775807*2", -2)
OK(arith_eval__negate_min__min, "-(-9223372036854775807-1)", INTMAX_MIN)
/* short circuit */
OK(arith_eval__and_short_circuit__no_division_error, "0&&1/0", 0)
OK(arith_eval__or_short_circuit__no_division_error, "1||1/0", 1)
OK(arith_eval__ternary_untaken__no_division_error, "1?2:1/0", 2)
OK(arith_eval__ternary_untaken_first__no_division_error, "0?1/0:4", 4)

/* variables */
static void arith_eval__variable__value(void **state)
{
	vars_set(((struct shell *)*state)->vars, "x", "5", 0);
	ok(state, "x*2", 10);
}

static void arith_eval__unset_variable__zero(void **state)
{
	ok(state, "nosuchvar+1", 1);
}

static void arith_eval__empty_variable__zero(void **state)
{
	vars_set(((struct shell *)*state)->vars, "e", "", 0);
	ok(state, "e+1", 1);
}

static void arith_eval__blank_variable__zero(void **state)
{
	vars_set(((struct shell *)*state)->vars, "e", "  ", 0);
	ok(state, "e", 0);
}

static void arith_eval__variable_hex__value(void **state)
{
	vars_set(((struct shell *)*state)->vars, "h", "0x1f", 0);
	ok(state, "h", 31);
}

static void arith_eval__variable_octal__value(void **state)
{
	vars_set(((struct shell *)*state)->vars, "o", "010", 0);
	ok(state, "o", 8);
}

static void arith_eval__variable_negative__value(void **state)
{
	vars_set(((struct shell *)*state)->vars, "n", "-3", 0);
	ok(state, "n", -3);
}

static void arith_eval__variable_with_blanks__value(void **state)
{
	vars_set(((struct shell *)*state)->vars, "b", " 3 ", 0);
	ok(state, "b", 3);
}

static void arith_eval__variable_expression__evaluated_like_bash(void **state)
{
	vars_set(((struct shell *)*state)->vars, "x", "1+2", 0);
	ok(state, "x*2", 6);
}

static void arith_eval__variable_naming_unset_variable__zero_like_bash(void **state)
{
	vars_set(((struct shell *)*state)->vars, "x", "abc", 0);
	ok(state, "x+1", 1);
}

static void arith_eval__variable_bad_expression__error(void **state)
{
	vars_set(((struct shell *)*state)->vars, "x", "1 2", 0);
	fails(state, "x+1", "minish: 1 2: arithmetic syntax error\n");
}

static void arith_eval__bad_variable_in_untaken_branch__ignored(void **state)
{
	vars_set(((struct shell *)*state)->vars, "x", "abc", 0);
	ok(state, "0&&x", 0);
}

static void arith_eval__long_variable_name__value(void **state)
{
	char name[200];
	memset(name, 'v', sizeof(name) - 1);
	name[sizeof(name) - 1] = '\0';
	vars_set(((struct shell *)*state)->vars, name, "9", 0);
	char expr[220];
	snprintf(expr, sizeof(expr), "%s+1", name);
	ok(state, expr, 10);
}

/* assignments */
static void check_var(void **state, const char *name, const char *want)
{
	const char *v = vars_get(((struct shell *)*state)->vars, name);
	assert_non_null(v);
	assert_string_equal(v, want);
}

static void arith_eval__assign__sets_variable(void **state)
{
	ok(state, "x=7", 7);
	check_var(state, "x", "7");
}

static void arith_eval__plus_assign__adds(void **state)
{
	vars_set(((struct shell *)*state)->vars, "x", "3", 0);
	ok(state, "x+=2", 5);
	check_var(state, "x", "5");
}

static void arith_eval__minus_assign__subtracts(void **state)
{
	vars_set(((struct shell *)*state)->vars, "x", "3", 0);
	ok(state, "x-=5", -2);
	check_var(state, "x", "-2");
}

static void arith_eval__times_assign__multiplies(void **state)
{
	vars_set(((struct shell *)*state)->vars, "x", "3", 0);
	ok(state, "x*=4", 12);
}

static void arith_eval__div_assign__divides(void **state)
{
	vars_set(((struct shell *)*state)->vars, "x", "9", 0);
	ok(state, "x/=2", 4);
}

static void arith_eval__mod_assign__remainder(void **state)
{
	vars_set(((struct shell *)*state)->vars, "x", "9", 0);
	ok(state, "x%=4", 1);
}

static void arith_eval__shift_assigns__value(void **state)
{
	vars_set(((struct shell *)*state)->vars, "x", "3", 0);
	ok(state, "x<<=2", 12);
	ok(state, "x>>=1", 6);
	check_var(state, "x", "6");
}

static void arith_eval__bit_assigns__value(void **state)
{
	vars_set(((struct shell *)*state)->vars, "x", "12", 0);
	ok(state, "x&=10", 8);
	ok(state, "x|=3", 11);
	ok(state, "x^=1", 10);
	check_var(state, "x", "10");
}

static void arith_eval__chained_assign__right_assoc(void **state)
{
	ok(state, "a=b=4", 4);
	check_var(state, "a", "4");
	check_var(state, "b", "4");
}

static void arith_eval__assign_in_parens__value(void **state)
{
	ok(state, "(y=2)+1", 3);
	check_var(state, "y", "2");
}

static void arith_eval__assign_untaken_branch__not_assigned(void **state)
{
	ok(state, "0&&(z=5)", 0);
	assert_null(vars_get(((struct shell *)*state)->vars, "z"));
}

static void arith_eval__assign_ternary_middle__allowed(void **state)
{
	ok(state, "1?(q=3):4", 3);
	check_var(state, "q", "3");
}

static void arith_eval__assign_readonly__error(void **state)
{
	vars_set(((struct shell *)*state)->vars, "r", "1", VAR_READONLY);
	fails(state, "r=2", "minish: r: readonly variable\n");
	check_var(state, "r", "1");
}

static void arith_eval__div_assign_by_zero__error(void **state)
{
	vars_set(((struct shell *)*state)->vars, "x", "9", 0);
	fails(state, "x/=0", "minish: x/=0: division by zero\n");
	check_var(state, "x", "9");
}

static void arith_eval__assign_allexport__exported(void **state)
{
	struct shell *sh = *state;
	sh->opt.allexport = true;
	ok(state, "ex=1", 1);
	assert_true(vars_flags(sh->vars, "ex") & VAR_EXPORT);
}

/* errors */
FAILS(arith_eval__div_by_zero__error, "1/0", "minish: 1/0: division by zero\n")
FAILS(arith_eval__mod_by_zero__error, "5%0", "minish: 5%0: division by zero\n")
FAILS(arith_eval__trailing_operator__syntax_error, "1+", "minish: 1+: arithmetic syntax error\n")
FAILS(arith_eval__leading_binary_operator__syntax_error, "*2", "minish: *2: arithmetic syntax error\n")
FAILS(arith_eval__bad_octal__syntax_error, "08", "minish: 08: arithmetic syntax error\n")
FAILS(arith_eval__bare_hex_prefix__syntax_error, "0x", "minish: 0x: arithmetic syntax error\n")
FAILS(arith_eval__number_with_letters__syntax_error, "12abc", "minish: 12abc: arithmetic syntax error\n")
FAILS(arith_eval__unclosed_paren__syntax_error, "(1+2", "minish: (1+2: arithmetic syntax error\n")
FAILS(arith_eval__extra_paren__syntax_error, "1+2)", "minish: 1+2): arithmetic syntax error\n")
FAILS(arith_eval__empty_parens__syntax_error, "()", "minish: (): arithmetic syntax error\n")
OK(arith_eval__power_operator__power_like_bash, "2**3", 8)
OK(arith_eval__comma__last_value_like_bash, "1,2", 2)
OK(arith_eval__postfix_increment__old_value_like_bash, "x++", 0)
FAILS(arith_eval__assign_to_number__syntax_error, "1=2", "minish: 1=2: arithmetic syntax error\n")
FAILS(arith_eval__assign_in_ternary_else__syntax_error, "1?0:x=5", "minish: 1?0:x=5: arithmetic syntax error\n")
FAILS(arith_eval__ternary_without_colon__syntax_error, "1?2", "minish: 1?2: arithmetic syntax error\n")
FAILS(arith_eval__stray_dollar__syntax_error, "$x", "minish: $x: arithmetic syntax error\n")
FAILS(arith_eval__two_numbers__syntax_error, "1 2", "minish: 1 2: arithmetic syntax error\n")
FAILS(arith_eval__lone_operator__syntax_error, "+", "minish: +: arithmetic syntax error\n")

static void arith_eval__deep_parens__error_not_crash(void **state)
{
	enum { N = 100000 };
	static char expr[2 * N + 2];
	memset(expr, '(', N);
	expr[N] = '1';
	memset(expr + N + 1, ')', N);
	expr[2 * N + 1] = '\0';
	intmax_t v;
	struct capture c;
	capture_start(&c);
	int rc = arith_eval(*state, expr, &v);
	const char *err = capture_end(&c);
	assert_int_equal(rc, -1);
	assert_non_null(strstr(err, "nested too deeply"));
}

static void arith_eval__deep_unary__error_not_crash(void **state)
{
	enum { N = 100000 };
	static char expr[N + 2];
	memset(expr, '!', N);
	expr[N] = '1';
	expr[N + 1] = '\0';
	intmax_t v;
	struct capture c;
	capture_start(&c);
	int rc = arith_eval(*state, expr, &v);
	capture_end(&c);
	assert_int_equal(rc, -1);
}

static void arith_eval__deep_assign_chain__error_not_crash(void **state)
{
	enum { N = 50000 };
	static char expr[2 * N + 2];
	for (int i = 0; i < N; i++) {
		expr[2 * i] = 'a';
		expr[2 * i + 1] = '=';
	}
	expr[2 * N] = '1';
	expr[2 * N + 1] = '\0';
	intmax_t v;
	struct capture c;
	capture_start(&c);
	int rc = arith_eval(*state, expr, &v);
	capture_end(&c);
	assert_int_equal(rc, -1);
}

static void arith_eval__moderate_nesting__ok(void **state)
{
	char expr[402];
	memset(expr, '(', 200);
	expr[200] = '2';
	memset(expr + 201, ')', 200);
	expr[401] = '\0';
	ok(state, expr, 2);
}

static void arith_eval__every_byte__never_crashes(void **state)
{
	char expr[4];
	for (int c = 1; c < 256; c++) {
		expr[0] = '1';
		expr[1] = (char)c;
		expr[2] = '1';
		expr[3] = '\0';
		intmax_t v;
		struct capture cap;
		capture_start(&cap);
		int rc = arith_eval(*state, expr, &v);
		capture_end(&cap);
		assert_true(rc == 0 || rc == -1);
	}
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(arith_eval__decimal__value), T(arith_eval__zero__zero), T(arith_eval__octal__value),
		T(arith_eval__octal_777__value), T(arith_eval__hex_lower__value),
		T(arith_eval__hex_upper_prefix__value), T(arith_eval__hex_mixed_digits__value),
		T(arith_eval__negative_hex__value), T(arith_eval__max__value),
		T(arith_eval__too_big__wraps_like_bash), T(arith_eval__empty__zero),
		T(arith_eval__blanks_only__zero), T(arith_eval__surrounding_blanks__ignored),
		T(arith_eval__unary_minus__negates), T(arith_eval__unary_plus__identity),
		T(arith_eval__double_minus__positive), T(arith_eval__not_nonzero__zero),
		T(arith_eval__not_zero__one), T(arith_eval__double_not__boolean),
		T(arith_eval__complement__minus_one), T(arith_eval__complement_5__minus_6),
		T(arith_eval__plusplus_without_support__is_double_plus), T(arith_eval__add__sum),
		T(arith_eval__sub__difference), T(arith_eval__sub_left_assoc__left_first),
		T(arith_eval__mul__product), T(arith_eval__div__truncates),
		T(arith_eval__div_negative__truncates_toward_zero), T(arith_eval__mod__remainder),
		T(arith_eval__mod_negative__sign_of_dividend), T(arith_eval__mul_before_add__precedence),
		T(arith_eval__parens__override_precedence), T(arith_eval__nested_parens__value),
		T(arith_eval__div_left_assoc__left_first), T(arith_eval__shift_left__value),
		T(arith_eval__shift_right__value), T(arith_eval__shift_right_negative__arithmetic),
		T(arith_eval__shift_by_64__masked_like_bash), T(arith_eval__shift_by_63__min),
		T(arith_eval__shift_by_minus_one__masked), T(arith_eval__shift_below_add__precedence),
		T(arith_eval__less__true), T(arith_eval__less__false),
		T(arith_eval__less_equal__equal_true), T(arith_eval__greater__true),
		T(arith_eval__greater_equal__false), T(arith_eval__equal__true),
		T(arith_eval__not_equal__false), T(arith_eval__compare_below_shift__precedence),
		T(arith_eval__bitand__value), T(arith_eval__bitxor__value), T(arith_eval__bitor__value),
		T(arith_eval__and_above_xor_above_or__precedence), T(arith_eval__logical_and__true),
		T(arith_eval__logical_and__false), T(arith_eval__logical_or__true),
		T(arith_eval__logical_or__false), T(arith_eval__and_above_or__precedence),
		T(arith_eval__ternary_true__first), T(arith_eval__ternary_false__second),
		T(arith_eval__ternary_nested__right_assoc), T(arith_eval__ternary_in_condition__value),
		T(arith_eval__comparison_chain__left_assoc), T(arith_eval__add_overflow__wraps),
		T(arith_eval__min_constant__value), T(arith_eval__min_div_minus_one__min),
		T(arith_eval__min_mod_minus_one__zero), T(arith_eval__mul_overflow__wraps),
		T(arith_eval__negate_min__min), T(arith_eval__and_short_circuit__no_division_error),
		T(arith_eval__or_short_circuit__no_division_error),
		T(arith_eval__ternary_untaken__no_division_error),
		T(arith_eval__ternary_untaken_first__no_division_error),
		T(arith_eval__variable__value), T(arith_eval__unset_variable__zero),
		T(arith_eval__empty_variable__zero), T(arith_eval__blank_variable__zero),
		T(arith_eval__variable_hex__value), T(arith_eval__variable_octal__value),
		T(arith_eval__variable_negative__value), T(arith_eval__variable_with_blanks__value),
		T(arith_eval__variable_expression__evaluated_like_bash),
		T(arith_eval__variable_naming_unset_variable__zero_like_bash),
		T(arith_eval__variable_bad_expression__error),
		T(arith_eval__bad_variable_in_untaken_branch__ignored),
		T(arith_eval__long_variable_name__value), T(arith_eval__assign__sets_variable),
		T(arith_eval__plus_assign__adds), T(arith_eval__minus_assign__subtracts),
		T(arith_eval__times_assign__multiplies), T(arith_eval__div_assign__divides),
		T(arith_eval__mod_assign__remainder), T(arith_eval__shift_assigns__value),
		T(arith_eval__bit_assigns__value), T(arith_eval__chained_assign__right_assoc),
		T(arith_eval__assign_in_parens__value),
		T(arith_eval__assign_untaken_branch__not_assigned),
		T(arith_eval__assign_ternary_middle__allowed), T(arith_eval__assign_readonly__error),
		T(arith_eval__div_assign_by_zero__error), T(arith_eval__assign_allexport__exported),
		T(arith_eval__div_by_zero__error), T(arith_eval__mod_by_zero__error),
		T(arith_eval__trailing_operator__syntax_error),
		T(arith_eval__leading_binary_operator__syntax_error),
		T(arith_eval__bad_octal__syntax_error), T(arith_eval__bare_hex_prefix__syntax_error),
		T(arith_eval__number_with_letters__syntax_error),
		T(arith_eval__unclosed_paren__syntax_error), T(arith_eval__extra_paren__syntax_error),
		T(arith_eval__empty_parens__syntax_error), T(arith_eval__power_operator__power_like_bash),
		T(arith_eval__comma__last_value_like_bash),
		T(arith_eval__postfix_increment__old_value_like_bash),
		T(arith_eval__assign_to_number__syntax_error),
		T(arith_eval__assign_in_ternary_else__syntax_error),
		T(arith_eval__ternary_without_colon__syntax_error),
		T(arith_eval__stray_dollar__syntax_error), T(arith_eval__two_numbers__syntax_error),
		T(arith_eval__lone_operator__syntax_error), T(arith_eval__deep_parens__error_not_crash),
		T(arith_eval__deep_unary__error_not_crash),
		T(arith_eval__deep_assign_chain__error_not_crash), T(arith_eval__moderate_nesting__ok),
		T(arith_eval__every_byte__never_crashes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
