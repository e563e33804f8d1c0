/* test_arith_bash.c - unit tests for the bash arithmetic of shell/arith.c: ++ and --, **,
 * the comma operator, BASE#DIGITS, variables holding expressions, wrapping, and its errors. */
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

static void set(void **state, const char *name, const char *value)
{
	vars_set(((struct shell *)*state)->vars, name, value, 0);
}

static void check_var(void **state, const char *name, const char *want)
{
	const char *v = vars_get(((struct shell *)*state)->vars, name);
	if (!want) {
		assert_null(v);
		return;
	}
	assert_non_null(v);
	assert_string_equal(v, want);
}

/* Evaluates expr and checks it succeeds with value want and no message. */
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

/* ++ and -- */
static void arith_eval__post_increment__old_value_then_stored(void **state)
{
	set(state, "i", "5");
	ok(state, "i++", 5);
	check_var(state, "i", "6");
}

static void arith_eval__pre_increment__new_value(void **state)
{
	set(state, "i", "5");
	ok(state, "++i", 6);
	check_var(state, "i", "6");
}

static void arith_eval__post_decrement__old_value(void **state)
{
	set(state, "i", "5");
	ok(state, "i--", 5);
	check_var(state, "i", "4");
}

static void arith_eval__pre_decrement_with_blank__new_value(void **state)
{
	set(state, "i", "5");
	ok(state, "-- i", 4);
	check_var(state, "i", "4");
}

static void arith_eval__increment_unset__starts_at_zero(void **state)
{
	ok(state, "n++", 0);
	check_var(state, "n", "1");
}

static void arith_eval__triple_plus__post_increment_then_add(void **state)
{
	set(state, "a", "1");
	set(state, "b", "2");
	ok(state, "a+++b", 3);
	check_var(state, "a", "2");
	check_var(state, "b", "2");
}

static void arith_eval__plus_then_pre_increment__added(void **state)
{
	set(state, "a", "1");
	set(state, "b", "2");
	ok(state, "a+ ++b", 4);
	check_var(state, "b", "3");
}

static void arith_eval__post_and_pre_in_one__left_to_right(void **state)
{
	ok(state, "i++ + ++i", 2);
	check_var(state, "i", "2");
}

static void arith_eval__minus_minus_minus__sub_of_pre_decrement(void **state)
{
	set(state, "a", "1");
	ok(state, "1---a", 1);
	check_var(state, "a", "0");
}

static void arith_eval__increment_in_untaken_branch__not_stored(void **state)
{
	set(state, "i", "5");
	ok(state, "0 && i++", 0);
	ok(state, "1 || ++i", 1);
	ok(state, "1 ? 7 : i--", 7);
	check_var(state, "i", "5");
}

static void arith_eval__increment_of_expression_variable__stores_in_it(void **state)
{
	set(state, "x", "y");
	set(state, "y", "3");
	ok(state, "x++", 3);
	check_var(state, "x", "4");
	check_var(state, "y", "3");
}

OK(arith_eval__plus_plus_number__two_signs, "++5", 5)
OK(arith_eval__minus_minus_number__two_signs, "--5", 5)
OK(arith_eval__binary_plus_plus__add_then_sign, "1++2", 3)
OK(arith_eval__binary_minus_minus__sub_then_sign, "1--2", 3)
OK(arith_eval__plus_plus_paren__two_signs, "++(4)", 4)
FAILS(arith_eval__post_increment_of_number__error, "5++", "minish: 5++: arithmetic syntax error\n")
FAILS(arith_eval__post_increment_of_parens__error, "(i)++", "minish: (i)++: arithmetic syntax error\n")
FAILS(arith_eval__post_increment_then_operand__error, "a ++ b", "minish: a ++ b: arithmetic syntax error\n")

/* ** */
OK(arith_eval__power__value, "2**10", 1024)
OK(arith_eval__power__right_assoc, "2**3**2", 512)
OK(arith_eval__power_of_negated__sign_binds_tighter, "-2**2", 4)
OK(arith_eval__power_above_mul__precedence, "3*2**2", 12)
OK(arith_eval__power_zero__one, "0**0", 1)
OK(arith_eval__power_overflow__wraps, "2**63", INTMAX_MIN)
OK(arith_eval__power_overflow_64__zero, "2**64", 0)
OK(arith_eval__power_big_overflow__wraps_like_bash, "3**40", -6289078614652622815)
FAILS(arith_eval__negative_exponent__error, "2 ** -1", "minish: 2 ** -1: exponent less than 0\n")
FAILS(arith_eval__power_assign__not_an_operator, "i**=3", "minish: i**=3: arithmetic syntax error\n")

/* comma */
OK(arith_eval__comma__last_value, "1, 2, 3", 3)
OK(arith_eval__comma_in_ternary_middle__whole_list, "1 ? 2, 5 : 3", 5)
OK(arith_eval__comma_after_ternary__lowest, "1 ? 2 : 3, 4", 4)
FAILS(arith_eval__leading_comma__error, ", 1", "minish: , 1: arithmetic syntax error\n")
FAILS(arith_eval__trailing_comma__error, "1 ,", "minish: 1 ,: arithmetic syntax error\n")

static void arith_eval__comma_assignments__in_order(void **state)
{
	ok(state, "c = 1, c += 2, c * 10", 30);
	check_var(state, "c", "3");
}

/* constants */
OK(arith_eval__base2__value, "2#101", 5)
OK(arith_eval__base16__value, "16#ff", 255)
OK(arith_eval__base36_upper__same_as_lower, "36#Z", 35)
OK(arith_eval__base64_at_underscore__62_63, "64#@_", 62 * 64 + 63)
OK(arith_eval__base64_lower__10, "64#a", 10)
OK(arith_eval__base64_upper__36, "64#A", 36)
OK(arith_eval__base10_leading_zero__decimal, "10#08", 8)
OK(arith_eval__signed_base__value, "-2#11", -3)
OK(arith_eval__too_big_decimal__wraps, "9223372036854775808", INTMAX_MIN)
FAILS(arith_eval__digit_too_great__error, "2#102", "minish: 2#102: value too great for base\n")
FAILS(arith_eval__base_one__error, "1#1", "minish: 1#1: invalid arithmetic base\n")
FAILS(arith_eval__base_65__error, "65#1", "minish: 65#1: invalid arithmetic base\n")
FAILS(arith_eval__base_without_digits__error, "16#", "minish: 16#: invalid integer constant\n")
FAILS(arith_eval__octal_base__error, "016#1", "minish: 016#1: invalid number\n")
FAILS(arith_eval__two_hashes__error, "2#1#1", "minish: 2#1#1: invalid number\n")

/* variables holding expressions */
static void arith_eval__variable_naming_variable__followed(void **state)
{
	set(state, "x", "y");
	set(state, "y", "3");
	ok(state, "x + 1", 4);
}

static void arith_eval__variable_with_operators__parenthesised_value(void **state)
{
	set(state, "z", "1+2");
	ok(state, "z * 2", 6);
}

static void arith_eval__variable_assignment_inside__performed(void **state)
{
	set(state, "e", "k = 4");
	ok(state, "e + 1", 5);
	check_var(state, "k", "4");
}

static void arith_eval__self_reference__error_not_crash(void **state)
{
	set(state, "w", "w");
	fails(state, "w + 1", "minish: w: arithmetic expression nested too deeply\n");
}

static void arith_eval__mutual_reference__error_not_crash(void **state)
{
	set(state, "p", "q + 1");
	set(state, "q", "p + 1");
	intmax_t v;
	struct capture c;
	capture_start(&c);
	int rc = arith_eval(*state, "p", &v);
	const char *err = capture_end(&c);
	assert_int_equal(rc, -1);
	assert_non_null(strstr(err, "nested too deeply"));
}

static void arith_eval__bad_value__error_names_value(void **state)
{
	set(state, "x", "3 +");
	fails(state, "x", "minish: 3 +: arithmetic syntax error\n");
}

/* subscripts of scalars */
static void arith_eval__scalar_element_zero__value(void **state)
{
	set(state, "s", "7");
	ok(state, "s[0] + s[2-2]", 14);
}

static void arith_eval__scalar_other_element__unset(void **state)
{
	set(state, "s", "7");
	ok(state, "s[1]", 0);
}

static void arith_eval__assign_element_zero__sets_scalar(void **state)
{
	ok(state, "s[0] = 9", 9);
	check_var(state, "s", "9");
}

static void arith_eval__assign_other_element__array(void **state)
{
	struct shell *sh = *state;
	ok(state, "s[3] = 1, s[1] = s[3] + 4", 5);
	ok(state, "s[1] * 10 + s[3] + s[2]", 51);
	ok(state, "s[3]++ + ++s[1]", 7);
	const char *v;
	assert_int_equal(shell_get_element(sh, "s", "3", &v), 0);
	assert_string_equal(v, "2");
	assert_int_equal(shell_get_element(sh, "s", "1", &v), 0);
	assert_string_equal(v, "6");
	assert_true(vars_flags(sh->vars, "s") & VAR_ARRAY);
}

static void arith_eval__associative_key__text(void **state)
{
	struct shell *sh = *state;
	vars_lookup_or_add(sh->vars, "A");
	var_make_assoc(sh->vars, vars_lookup(sh->vars, "A"));
	set(state, "K", "other");
	ok(state, "A[K] = 3, A[K] * 2", 6);
	const char *v;
	assert_int_equal(shell_get_element(sh, "A", "K", &v), 0);
	assert_string_equal(v, "3");
}

static void arith_eval__element_holding_expression__evaluated(void **state)
{
	struct shell *sh = *state;
	assert_int_equal(shell_set_element(sh, "e", "0", "2 + 3", false), 0);
	ok(state, "e[0] * 2", 10);
}

FAILS(arith_eval__unclosed_subscript__error, "a[1", "minish: a[1: bad array subscript\n")

/* errors name the expression */
FAILS(arith_eval__division_by_zero_in_increment__names_expression, "i=7, i%=0",
      "minish: i=7, i%=0: division by zero\n")
FAILS(arith_eval__assign_to_parens__error, "(a)=1", "minish: (a)=1: arithmetic syntax error\n")
FAILS(arith_eval__ternary_without_colon__error, "1 ? 2", "minish: 1 ? 2: arithmetic syntax error\n")

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(arith_eval__post_increment__old_value_then_stored),
		T(arith_eval__pre_increment__new_value), T(arith_eval__post_decrement__old_value),
		T(arith_eval__pre_decrement_with_blank__new_value),
		T(arith_eval__increment_unset__starts_at_zero),
		T(arith_eval__triple_plus__post_increment_then_add),
		T(arith_eval__plus_then_pre_increment__added),
		T(arith_eval__post_and_pre_in_one__left_to_right),
		T(arith_eval__minus_minus_minus__sub_of_pre_decrement),
		T(arith_eval__increment_in_untaken_branch__not_stored),
		T(arith_eval__increment_of_expression_variable__stores_in_it),
		T(arith_eval__plus_plus_number__two_signs), T(arith_eval__minus_minus_number__two_signs),
		T(arith_eval__binary_plus_plus__add_then_sign),
		T(arith_eval__binary_minus_minus__sub_then_sign),
		T(arith_eval__plus_plus_paren__two_signs),
		T(arith_eval__post_increment_of_number__error),
		T(arith_eval__post_increment_of_parens__error),
		T(arith_eval__post_increment_then_operand__error),
		T(arith_eval__power__value), T(arith_eval__power__right_assoc),
		T(arith_eval__power_of_negated__sign_binds_tighter),
		T(arith_eval__power_above_mul__precedence), T(arith_eval__power_zero__one),
		T(arith_eval__power_overflow__wraps), T(arith_eval__power_overflow_64__zero),
		T(arith_eval__power_big_overflow__wraps_like_bash),
		T(arith_eval__negative_exponent__error), T(arith_eval__power_assign__not_an_operator),
		T(arith_eval__comma__last_value), T(arith_eval__comma_in_ternary_middle__whole_list),
		T(arith_eval__comma_after_ternary__lowest), T(arith_eval__leading_comma__error),
		T(arith_eval__trailing_comma__error), T(arith_eval__comma_assignments__in_order),
		T(arith_eval__base2__value), T(arith_eval__base16__value),
		T(arith_eval__base36_upper__same_as_lower), T(arith_eval__base64_at_underscore__62_63),
		T(arith_eval__base64_lower__10), T(arith_eval__base64_upper__36),
		T(arith_eval__base10_leading_zero__decimal), T(arith_eval__signed_base__value),
		T(arith_eval__too_big_decimal__wraps), T(arith_eval__digit_too_great__error),
		T(arith_eval__base_one__error), T(arith_eval__base_65__error),
		T(arith_eval__base_without_digits__error), T(arith_eval__octal_base__error),
		T(arith_eval__two_hashes__error),
		T(arith_eval__variable_naming_variable__followed),
		T(arith_eval__variable_with_operators__parenthesised_value),
		T(arith_eval__variable_assignment_inside__performed),
		T(arith_eval__self_reference__error_not_crash),
		T(arith_eval__mutual_reference__error_not_crash),
		T(arith_eval__bad_value__error_names_value),
		T(arith_eval__scalar_element_zero__value), T(arith_eval__scalar_other_element__unset),
		T(arith_eval__assign_element_zero__sets_scalar),
		T(arith_eval__assign_other_element__array), T(arith_eval__associative_key__text),
		T(arith_eval__element_holding_expression__evaluated),
		T(arith_eval__unclosed_subscript__error),
		T(arith_eval__division_by_zero_in_increment__names_expression),
		T(arith_eval__assign_to_parens__error), T(arith_eval__ternary_without_colon__error),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
