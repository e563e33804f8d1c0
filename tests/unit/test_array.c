/* test_array.c - unit tests for the array storage: sparse indexed arrays (shell/array.c) and
 * associative arrays (shell/assoc.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../shell/array.h"
#include "../../shell/assoc.h"

/* The array as "i=v i=v ..." in index order (static buffer). */
static const char *dump(const struct array *a)
{
	static char buf[4096];
	size_t pos = 0, n = 0;
	intmax_t i;
	const char *v;
	buf[0] = '\0';
	while (array_next(a, &pos, &i, &v))
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s%jd=%s", n ? " " : "", i, v);
	return buf;
}

static const char *dump_assoc(const struct assoc *m)
{
	static char buf[4096];
	size_t pos = 0, n = 0;
	const char *k, *v;
	buf[0] = '\0';
	while (assoc_next(m, &pos, &k, &v))
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s%s=%s", n ? " " : "", k, v);
	return buf;
}

static void array_new__empty(void **state)
{
	(void)state;
	struct array *a = array_new();
	assert_int_equal(array_count(a), 0);
	assert_true(array_max_index(a) == -1);
	assert_null(array_get(a, 0));
	assert_string_equal(dump(a), "");
	array_free(a);
}

static void array_append__dense__in_order(void **state)
{
	(void)state;
	struct array *a = array_new();
	array_append(a, "x");
	array_append(a, "y");
	array_append(a, "z");
	assert_string_equal(dump(a), "0=x 1=y 2=z");
	assert_string_equal(array_get(a, 1), "y");
	assert_true(array_max_index(a) == 2);
	array_free(a);
}

static void array_set__sparse__sorted_by_index(void **state)
{
	(void)state;
	struct array *a = array_new();
	array_set(a, 7, "seven");
	array_set(a, 3, "three");
	array_set(a, 100, "hundred");
	array_set(a, 5, "five");
	assert_string_equal(dump(a), "3=three 5=five 7=seven 100=hundred");
	assert_null(array_get(a, 4));
	assert_null(array_get(a, 0));
	assert_null(array_get(a, 101));
	assert_int_equal(array_count(a), 4);
	array_append(a, "next");
	assert_string_equal(array_get(a, 101), "next");
	array_free(a);
}

static void array_set__existing__replaced(void **state)
{
	(void)state;
	struct array *a = array_new();
	array_set(a, 2, "a");
	array_set(a, 2, "b");
	assert_string_equal(dump(a), "2=b");
	assert_int_equal(array_count(a), 1);
	array_free(a);
}

static void array_unset__middle_and_ends(void **state)
{
	(void)state;
	struct array *a = array_new();
	for (int i = 0; i < 5; i++)
		array_append(a, "v");
	assert_true(array_unset(a, 2));
	assert_false(array_unset(a, 2));
	assert_true(array_unset(a, 4));
	assert_true(array_unset(a, 0));
	assert_string_equal(dump(a), "1=v 3=v");
	assert_true(array_max_index(a) == 3);
	array_append(a, "w");
	assert_string_equal(dump(a), "1=v 3=v 4=w");
	array_set(a, 2, "back");
	assert_string_equal(dump(a), "1=v 2=back 3=v 4=w");
	array_free(a);
}

static void array_unset__everything__empty(void **state)
{
	(void)state;
	struct array *a = array_new();
	array_set(a, 10, "a");
	array_unset(a, 10);
	assert_int_equal(array_count(a), 0);
	assert_true(array_max_index(a) == -1);
	array_append(a, "b");
	assert_string_equal(dump(a), "0=b");
	array_free(a);
}

static void array_reverse_fill__all_there(void **state)
{
	(void)state;
	struct array *a = array_new();
	char buf[16];
	for (int i = 999; i >= 0; i--) {
		snprintf(buf, sizeof(buf), "%d", i);
		array_set(a, i, buf);
	}
	assert_int_equal(array_count(a), 1000);
	for (int i = 0; i < 1000; i++) {
		snprintf(buf, sizeof(buf), "%d", i);
		assert_string_equal(array_get(a, i), buf);
	}
	array_free(a);
}

static void array_queue_pattern__front_unsets(void **state)
{
	(void)state;
	struct array *a = array_new();
	for (int i = 0; i < 5000; i++)
		array_append(a, "q");
	for (int i = 0; i < 4990; i++)
		assert_true(array_unset(a, i));
	assert_int_equal(array_count(a), 10);
	assert_string_equal(array_get(a, 4990), "q");
	assert_null(array_get(a, 4989));
	array_free(a);
}

static void array_random_order__matches_model(void **state)
{
	(void)state;
	enum { N = 3000 };
	static char model[N];
	struct array *a = array_new();
	unsigned s = 12345;
	memset(model, 0, sizeof(model));
	for (int k = 0; k < 20000; k++) {
		s = s * 1103515245u + 12345u;
		int i = (int)((s >> 8) % N);
		if ((s >> 4) % 3 == 0) {
			assert_true(array_unset(a, i) == (model[i] != 0));
			model[i] = 0;
		} else {
			char v[2] = { (char)('a' + k % 26), 0 };
			array_set(a, i, v);
			model[i] = v[0];
		}
	}
	size_t live = 0;
	for (int i = 0; i < N; i++) {
		const char *v = array_get(a, i);
		if (model[i]) {
			live++;
			assert_non_null(v);
			assert_int_equal(v[0], model[i]);
		} else {
			assert_null(v);
		}
	}
	assert_int_equal(array_count(a), live);
	size_t pos = 0;
	intmax_t i, last = -1;
	const char *v;
	while (array_next(a, &pos, &i, &v)) {
		assert_true(i > last);
		last = i;
	}
	array_free(a);
}

static void array_copy__independent(void **state)
{
	(void)state;
	struct array *a = array_new();
	array_set(a, 1, "one");
	array_set(a, 9, "nine");
	array_unset(a, 1);
	array_set(a, 4, "four");
	struct array *c = array_copy(a);
	array_set(a, 4, "changed");
	assert_string_equal(dump(c), "4=four 9=nine");
	array_free(a);
	array_free(c);
}

static void array_big_index__kept(void **state)
{
	(void)state;
	struct array *a = array_new();
	array_set(a, INTMAX_MAX, "max");
	array_set(a, 0, "zero");
	assert_string_equal(array_get(a, INTMAX_MAX), "max");
	assert_true(array_max_index(a) == INTMAX_MAX);
	array_free(a);
}

static void assoc_set_get__insertion_order(void **state)
{
	(void)state;
	struct assoc *m = assoc_new();
	assoc_set(m, "b", "2");
	assoc_set(m, "a", "1");
	assoc_set(m, "key with space", "3");
	assoc_set(m, "b", "two");
	assert_string_equal(dump_assoc(m), "b=two a=1 key with space=3");
	assert_string_equal(assoc_get(m, "key with space"), "3");
	assert_null(assoc_get(m, "c"));
	assert_int_equal(assoc_count(m), 3);
	assoc_free(m);
}

static void assoc_unset__then_reinsert_goes_last(void **state)
{
	(void)state;
	struct assoc *m = assoc_new();
	assoc_set(m, "x", "1");
	assoc_set(m, "y", "2");
	assert_true(assoc_unset(m, "x"));
	assert_false(assoc_unset(m, "x"));
	assoc_set(m, "x", "3");
	assert_string_equal(dump_assoc(m), "y=2 x=3");
	assoc_free(m);
}

static void assoc_many__all_found(void **state)
{
	(void)state;
	struct assoc *m = assoc_new();
	char k[32];
	for (int i = 0; i < 20000; i++) {
		snprintf(k, sizeof(k), "k%d", i);
		assoc_set(m, k, k + 1);
	}
	for (int i = 0; i < 20000; i += 2) {
		snprintf(k, sizeof(k), "k%d", i);
		assert_true(assoc_unset(m, k));
	}
	for (int i = 0; i < 20000; i++) {
		snprintf(k, sizeof(k), "k%d", i);
		const char *v = assoc_get(m, k);
		if (i % 2)
			assert_string_equal(v, k + 1);
		else
			assert_null(v);
	}
	assert_int_equal(assoc_count(m), 10000);
	struct assoc *c = assoc_copy(m);
	assert_int_equal(assoc_count(c), 10000);
	assert_string_equal(assoc_get(c, "k19999"), "19999");
	assoc_free(c);
	assoc_free(m);
}

static void assoc_empty_key__allowed_by_storage(void **state)
{
	(void)state;
	struct assoc *m = assoc_new();
	assoc_set(m, "", "e");
	assert_string_equal(assoc_get(m, ""), "e");
	assoc_clear(m);
	assert_int_equal(assoc_count(m), 0);
	assert_null(assoc_get(m, ""));
	assoc_free(m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(array_new__empty),
		cmocka_unit_test(array_append__dense__in_order),
		cmocka_unit_test(array_set__sparse__sorted_by_index),
		cmocka_unit_test(array_set__existing__replaced),
		cmocka_unit_test(array_unset__middle_and_ends),
		cmocka_unit_test(array_unset__everything__empty),
		cmocka_unit_test(array_reverse_fill__all_there),
		cmocka_unit_test(array_queue_pattern__front_unsets),
		cmocka_unit_test(array_random_order__matches_model),
		cmocka_unit_test(array_copy__independent),
		cmocka_unit_test(array_big_index__kept),
		cmocka_unit_test(assoc_set_get__insertion_order),
		cmocka_unit_test(assoc_unset__then_reinsert_goes_last),
		cmocka_unit_test(assoc_many__all_found),
		cmocka_unit_test(assoc_empty_key__allowed_by_storage),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
