/* test_builtin_echo_printf.c - unit tests for the echo and printf builtins. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <signal.h>

#include "builtin_harness.h"

/* Checks status, stdout and stderr of one run, then frees it. */
static void expect(struct run r, int status, const char *out, const char *err)
{
	assert_string_equal(r.out, out);
	assert_string_equal(r.err, err);
	assert_int_equal(r.status, status);
	run_free(&r);
}

/* ---- echo ---- */

static void echo__words__joined_with_spaces(void **state)
{
	expect(RUN(*state, bi_echo, "echo", "a", "b  c", ""), 0, "a b  c \n", "");
}

static void echo__no_args__newline(void **state)
{
	expect(RUN(*state, bi_echo, "echo"), 0, "\n", "");
}

static void echo__n_flag__no_newline(void **state)
{
	expect(RUN(*state, bi_echo, "echo", "-n", "x"), 0, "x", "");
}

static void echo__default__escapes_kept(void **state)
{
	expect(RUN(*state, bi_echo, "echo", "a\\tb\\n"), 0, "a\\tb\\n\n", "");
}

static void echo__e_flag__escapes_decoded(void **state)
{
	expect(RUN(*state, bi_echo, "echo", "-e", "a\\tb\\\\c\\a\\b\\f\\v\\r\\e"), 0,
	       "a\tb\\c\a\b\f\v\r\033\n", "");
}

static void echo__e_octal_and_hex__decoded(void **state)
{
	expect(RUN(*state, bi_echo, "echo", "-e", "\\0101\\x41\\x4g\\101"), 0, "AA\004g\\101\n", "");
}

static void echo__e_unicode__utf8(void **state)
{
	expect(RUN(*state, bi_echo, "echo", "-e", "\\u00e9\\U0001F600"), 0, "\xc3\xa9\xf0\x9f\x98\x80\n", "");
}

static void echo__e_backslash_c__stops_everything(void **state)
{
	expect(RUN(*state, bi_echo, "echo", "-e", "a\\cb", "c"), 0, "a", "");
}

static void echo__e_unknown_escape__kept(void **state)
{
	expect(RUN(*state, bi_echo, "echo", "-e", "\\q\\x\\"), 0, "\\q\\x\\\n", "");
}

static void echo__E_after_e__escapes_off(void **state)
{
	expect(RUN(*state, bi_echo, "echo", "-eE", "a\\tb"), 0, "a\\tb\n", "");
}

static void echo__combined_ne__both_apply(void **state)
{
	expect(RUN(*state, bi_echo, "echo", "-ne", "a\\tb"), 0, "a\tb", "");
}

static void echo__invalid_flag__printed(void **state)
{
	expect(RUN(*state, bi_echo, "echo", "-nx", "-", "--", "-n"), 0, "-nx - -- -n\n", "");
}

static void echo__flags_after_word__printed(void **state)
{
	expect(RUN(*state, bi_echo, "echo", "a", "-n"), 0, "a -n\n", "");
}

static void echo__write_error__status_1(void **state)
{
	int saved = dup(1);
	int fd = open("/dev/full", O_WRONLY);
	int status;
	assert_true(fd >= 0);
	fflush(stdout);
	dup2(fd, 1);
	close(fd);
	struct run r = { 0 };
	{
		int err = harness_tmpfd(), saved_err = dup(2);
		fflush(stderr);
		dup2(err, 2);
		status = bi_echo(*state, 2, (char *[]){ "echo", "hello", NULL });
		fflush(stderr);
		dup2(saved_err, 2);
		close(saved_err);
		r.err = harness_slurp(err, NULL);
		close(err);
	}
	dup2(saved, 1);
	close(saved);
	assert_int_equal(status, 1);
	assert_string_equal(r.err, "minish: echo: write error: No space left on device\n");
	free(r.err);
}

/* ---- printf: formats ---- */

static void printf__plain_format__copied(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "hello"), 0, "hello", "");
}

static void printf__no_args__usage_status_2(void **state)
{
	struct run r = RUN(*state, bi_printf, "printf");
	assert_int_equal(r.status, 2);
	assert_non_null(strstr(r.err, "printf: usage:"));
	run_free(&r);
}

static void printf__string_conversions__padded(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "[%5s|%-5s|%.2s|%s]", "ab", "cd", "efg", "x"), 0,
	       "[   ab|cd   |ef|x]", "");
}

static void printf__integers__all_bases(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%d %i %o %u %x %X", "42", "-7", "8", "9", "255", "255"), 0,
	       "42 -7 10 9 ff FF", "");
}

static void printf__flags__applied(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%+d|% d|%05d|%-4d|%#o|%#x", "5", "6", "42", "7", "8", "255"),
	       0, "+5| 6|00042|7   |010|0xff", "");
}

static void printf__precision_on_integer__zero_padded(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%.3d|%-08.3d|", "5", "5"), 0, "005|005     |", "");
}

static void printf__floats__formatted(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%5.2f|%e|%E|%g|%G|%F", "3.14159", "1234.5", "1234.5",
	           "0.0001", "1e20", "2.5"),
	       0, " 3.14|1.234500e+03|1.234500E+03|0.0001|1E+20|2.500000", "");
}

static void printf__hex_float__formatted(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%a", "1"), 0, "0x8p-3", "");
}

static void printf__star_width_and_precision__from_args(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%*d|%-*d|%.*f", "5", "42", "4", "7", "2", "3.14159"), 0,
	       "   42|7   |3.14", "");
}

static void printf__negative_star_width__left_justified(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%*s|", "-4", "a"), 0, "a   |", "");
}

static void printf__char_conversion__first_byte(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%c%c|%3c", "hello", "w", "z"), 0, "hw|  z", "");
}

static void printf__percent_percent__literal(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "100%%"), 0, "100%", "");
}

static void printf__length_modifiers__ignored(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%ld %hd %lld %jd", "1", "2", "3", "4"), 0, "1 2 3 4", "");
}

static void printf__format_reused__while_args_remain(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%s-%s\\n", "a", "b", "c"), 0, "a-b\nc-\n", "");
}

static void printf__no_conversion_with_args__printed_once(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "lit\\n", "a", "b"), 0, "lit\n", "");
}

static void printf__missing_args__zero_and_empty(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%d|%s|%f|%b|", ""), 0, "0||0.000000||", "");
}

static void printf__char_of_empty__nul_byte(void **state)
{
	struct run r = RUN(*state, bi_printf, "printf", "%c|%2c|", "");
	assert_int_equal(r.status, 0);
	assert_int_equal(r.outlen, 5);
	assert_memory_equal(r.out, "\0| \0|", 5);
	run_free(&r);
}

static void printf__char_value_quote__code_point(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%d %d %x %d", "'A", "\"B", "'\xc3\xa9", "'"), 0,
	       "65 66 e9 0", "");
}

static void printf__char_value_invalid_utf8__byte(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%d", "'\xe9"), 0, "233", "");
}

static void printf__hex_and_octal_args__accepted(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%d %d %d", "0x1f", "010", " 12"), 0, "31 8 12", "");
}

static void printf__invalid_number__message_status_1(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%d|%d\\n", "abc", "12abc"), 1, "0|12\n",
	       "minish: printf: abc: invalid number\nminish: printf: 12abc: invalid number\n");
}

static void printf__invalid_float__message_status_1(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%.1f", "1.5x"), 1, "1.5",
	       "minish: printf: 1.5x: invalid number\n");
}

static void printf__out_of_range__clamped_warning(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%d", "99999999999999999999"), 1, "9223372036854775807",
	       "minish: printf: warning: 99999999999999999999: Numerical result out of range\n");
}

static void printf__unsigned_negative__wraps(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%u %x", "-1", "-1"), 0,
	       "18446744073709551615 ffffffffffffffff", "");
}

static void printf__invalid_conversion__stops_status_1(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "a%yb", "x"), 1, "a",
	       "minish: printf: `y': invalid format character\n");
}

static void printf__trailing_percent__missing_format_character(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "ab%"), 1, "ab",
	       "minish: printf: `%': missing format character\n");
}

static void printf__huge_width__error_no_crash(void **state)
{
	struct run r = RUN(*state, bi_printf, "printf", "%99999999999d|", "1");
	assert_int_equal(r.status, 1);
	assert_non_null(strstr(r.err, "invalid field width"));
	run_free(&r);
}

static void printf__huge_star_width__error_no_crash(void **state)
{
	struct run r = RUN(*state, bi_printf, "printf", "%*d|", "99999999999", "1");
	assert_int_equal(r.status, 1);
	assert_non_null(strstr(r.err, "invalid field width"));
	run_free(&r);
}

static void printf__large_width__padded(void **state)
{
	struct run r = RUN(*state, bi_printf, "printf", "%100000d", "7");
	assert_int_equal(r.status, 0);
	assert_int_equal(r.outlen, 100000);
	assert_int_equal(r.out[99999], '7');
	assert_int_equal(r.out[0], ' ');
	run_free(&r);
}

/* ---- printf: escapes ---- */

static void printf__format_escapes__decoded(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\\'\\?\\e"), 0,
	       "\a\b\f\n\r\t\v\\\"'?\033", "");
}

static void printf__format_octal__up_to_three_digits(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "\\101\\0101|"), 0, "A\b1|", "");
}

static void printf__format_hex_unicode__decoded(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "\\x41\\x4g|\\u41|\\U1F600"), 0, "A\004g|A|\xf0\x9f\x98\x80", "");
}

static void printf__format_backslash_c__literal(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "a\\cb"), 0, "a\\cb", "");
}

static void printf__format_missing_hex_digit__warning(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "\\xg"), 0, "\\xg",
	       "minish: printf: missing hex digit for \\x\n");
}

static void printf__b_conversion__escapes_decoded(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%b|", "a\\tb\\101\\0101\\x41"), 0, "a\tbAAA|", "");
}

static void printf__b_backslash_c__stops_all_output(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%b|%s\\n", "ab\\cd", "x", "y"), 0, "ab", "");
}

static void printf__b_nul_byte__kept(void **state)
{
	struct run r = RUN(*state, bi_printf, "printf", "%b|", "a\\0b");
	assert_int_equal(r.outlen, 4);
	assert_memory_equal(r.out, "a\0b|", 4);
	run_free(&r);
}

static void printf__b_with_width__padded(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%5b|%-4b|", "x\\ty", "z"), 0, "  x\ty|z   |", "");
}

static void printf__b_question_mark__not_an_escape(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%b", "\\?\\\""), 0, "\\?\\\"", "");
}

/* ---- printf: %q and -v ---- */

static void printf__q_specials__backslashed(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%q %q %q %q %q", "a b", "it's", "$x", "~a", "a~b"), 0,
	       "a\\ b it\\'s \\$x \\~a a~b", "");
}

static void printf__q_empty__two_quotes(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%q", ""), 0, "''", "");
}

static void printf__q_control_chars__dollar_quotes(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%q|%q", "a\nb", "\033\001'"), 0,
	       "$'a\\nb'|$'\\E\\001\\''", "");
}

static void printf__v_option__sets_variable(void **state)
{
	struct shell *sh = *state;
	expect(RUN(sh, bi_printf, "printf", "-v", "out", "%s-%d", "a", "5"), 0, "", "");
	assert_string_equal(shell_getvar(sh, "out"), "a-5");
}

static void printf__v_option_reused_format__all_collected(void **state)
{
	struct shell *sh = *state;
	expect(RUN(sh, bi_printf, "printf", "-v", "out", "<%s>", "a", "b"), 0, "", "");
	assert_string_equal(shell_getvar(sh, "out"), "<a><b>");
}

static void printf__v_bad_name__status_2(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "-v", "1x", "a"), 2, "",
	       "minish: printf: `1x': not a valid identifier\n");
}

static void printf__v_missing_name__usage(void **state)
{
	struct run r = RUN(*state, bi_printf, "printf", "-v");
	assert_int_equal(r.status, 2);
	assert_non_null(strstr(r.err, "option requires an argument"));
	run_free(&r);
}

static void printf__v_readonly__status_1(void **state)
{
	struct shell *sh = *state;
	vars_set(sh->vars, "ro", "old", VAR_READONLY);
	struct run r = RUN(sh, bi_printf, "printf", "-v", "ro", "new");
	assert_int_equal(r.status, 1);
	assert_string_equal(shell_getvar(sh, "ro"), "old");
	run_free(&r);
}

static void printf__invalid_option__usage_status_2(void **state)
{
	struct run r = RUN(*state, bi_printf, "printf", "-x", "a");
	assert_int_equal(r.status, 2);
	assert_non_null(strstr(r.err, "minish: printf: -x: invalid option\n"));
	run_free(&r);
}

static void printf__double_dash__ends_options(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "--", "-%s", "x"), 0, "-x", "");
}

static void printf__dash_v_as_argument__printed(void **state)
{
	expect(RUN(*state, bi_printf, "printf", "%s\\n", "-v"), 0, "-v\n", "");
}

static void printf__closed_stdout__write_error(void **state)
{
	int saved = dup(1);
	int err = harness_tmpfd(), saved_err = dup(2);
	void (*old)(int) = signal(SIGPIPE, SIG_IGN);
	int p[2], status;
	char *msg;

	assert_int_equal(pipe(p), 0);
	close(p[0]);
	fflush(stdout);
	fflush(stderr);
	dup2(p[1], 1);
	close(p[1]);
	dup2(err, 2);
	status = bi_printf(*state, 3, (char *[]){ "printf", "%s\\n", "x", NULL });
	fflush(stderr);
	dup2(saved, 1);
	dup2(saved_err, 2);
	close(saved);
	close(saved_err);
	signal(SIGPIPE, old);
	msg = harness_slurp(err, NULL);
	close(err);
	assert_int_equal(status, 1);
	assert_string_equal(msg, "minish: printf: write error: Broken pipe\n");
	free(msg);
}

#define T(name) cmocka_unit_test_setup_teardown(name, harness_setup, harness_teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(echo__words__joined_with_spaces),
		T(echo__no_args__newline),
		T(echo__n_flag__no_newline),
		T(echo__default__escapes_kept),
		T(echo__e_flag__escapes_decoded),
		T(echo__e_octal_and_hex__decoded),
		T(echo__e_unicode__utf8),
		T(echo__e_backslash_c__stops_everything),
		T(echo__e_unknown_escape__kept),
		T(echo__E_after_e__escapes_off),
		T(echo__combined_ne__both_apply),
		T(echo__invalid_flag__printed),
		T(echo__flags_after_word__printed),
		T(echo__write_error__status_1),
		T(printf__plain_format__copied),
		T(printf__no_args__usage_status_2),
		T(printf__string_conversions__padded),
		T(printf__integers__all_bases),
		T(printf__flags__applied),
		T(printf__precision_on_integer__zero_padded),
		T(printf__floats__formatted),
		T(printf__hex_float__formatted),
		T(printf__star_width_and_precision__from_args),
		T(printf__negative_star_width__left_justified),
		T(printf__char_conversion__first_byte),
		T(printf__percent_percent__literal),
		T(printf__length_modifiers__ignored),
		T(printf__format_reused__while_args_remain),
		T(printf__no_conversion_with_args__printed_once),
		T(printf__missing_args__zero_and_empty),
		T(printf__char_of_empty__nul_byte),
		T(printf__char_value_quote__code_point),
		T(printf__char_value_invalid_utf8__byte),
		T(printf__hex_and_octal_args__accepted),
		T(printf__invalid_number__message_status_1),
		T(printf__invalid_float__message_status_1),
		T(printf__out_of_range__clamped_warning),
		T(printf__unsigned_negative__wraps),
		T(printf__invalid_conversion__stops_status_1),
		T(printf__trailing_percent__missing_format_character),
		T(printf__huge_width__error_no_crash),
		T(printf__huge_star_width__error_no_crash),
		T(printf__large_width__padded),
		T(printf__format_escapes__decoded),
		T(printf__format_octal__up_to_three_digits),
		T(printf__format_hex_unicode__decoded),
		T(printf__format_backslash_c__literal),
		T(printf__format_missing_hex_digit__warning),
		T(printf__b_conversion__escapes_decoded),
		T(printf__b_backslash_c__stops_all_output),
		T(printf__b_nul_byte__kept),
		T(printf__b_with_width__padded),
		T(printf__b_question_mark__not_an_escape),
		T(printf__q_specials__backslashed),
		T(printf__q_empty__two_quotes),
		T(printf__q_control_chars__dollar_quotes),
		T(printf__v_option__sets_variable),
		T(printf__v_option_reused_format__all_collected),
		T(printf__v_bad_name__status_2),
		T(printf__v_missing_name__usage),
		T(printf__v_readonly__status_1),
		T(printf__invalid_option__usage_status_2),
		T(printf__double_dash__ends_options),
		T(printf__dash_v_as_argument__printed),
		T(printf__closed_stdout__write_error),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
