/* ipc_num.c - number arguments of the IPC builtins, read as util-linux reads them. */
#include "ipc_num.h"
#include "ipc_util.h"

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

enum { FRACTION_DIGITS = 18 };  /* 10^18 * 10 still fits in 64 bits */

int ipc_num_s32(const char *s, int *v)
{
	char *end;
	intmax_t n;
	if (!s || !*s)
		return EINVAL;
	errno = 0;
	n = strtoimax(s, &end, 10);
	if (errno == ERANGE)
		return ERANGE;
	if (end == s || *end)
		return EINVAL;
	if (n < INT32_MIN || n > INT32_MAX)
		return ERANGE;
	*v = (int)n;
	return 0;
}

int ipc_num_mode(const char *s, unsigned *v)
{
	char *end;
	uintmax_t n;
	if (!s || !*s)
		return EINVAL;
	if (strtoimax(s, &end, 8) < 0)
		return ERANGE;  /* a negative mode, as util-linux's ul_strtou64 says */
	errno = 0;
	n = strtoumax(s, &end, 8);
	if (errno == ERANGE)
		return ERANGE;
	if (end == s || *end)
		return EINVAL;
	if (n > 07777)
		return ERANGE;
	*v = (unsigned)n;
	return 0;
}

int ipc_num_key(const char *s, int32_t *v)
{
	const char *p = s;
	char *end;
	if (!s || !*s)
		return EINVAL;
	while (isspace((unsigned char)*p))
		p++;
	errno = 0;
	if (*p == '-') {
		long long n = strtoll(s, &end, 0);
		if (errno == ERANGE)
			return ERANGE;
		if (end == s || *end)
			return EINVAL;
		if (n < INT32_MIN)
			return ERANGE;
		*v = (int32_t)n;
		return 0;
	}
	unsigned long long n = strtoull(s, &end, 0);
	if (errno == ERANGE)
		return ERANGE;
	if (end == s || *end)
		return EINVAL;
	if (n > UINT32_MAX)
		return ERANGE;  /* util-linux would cut it to 32 bits: another object's key */
	*v = (int32_t)(uint32_t)n;
	return 0;
}

/* x * f + carry into *x: false on overflow. */
static bool scale_add(uint64_t *x, unsigned f, uint64_t carry)
{
	if (*x > (UINT64_MAX - carry) / f)
		return false;
	*x = *x * f + carry;
	return true;
}

/* Multiplies the number whole + num/den by base^power (base 1024 or 1000, done as factors 2 or
 * 10 so num * factor stays below 2^64), keeping the whole part in *whole: false on overflow. */
static bool scale(uint64_t *whole, uint64_t num, uint64_t den, unsigned base, int power)
{
	unsigned factor = base == 1024 ? 2 : 10;
	int steps = base == 1024 ? 10 : 3;
	for (int i = 0; i < power * steps; i++) {
		num *= factor;
		if (!scale_add(whole, factor, num / den))
			return false;
		num %= den;
	}
	return true;
}

/* The suffix at p (after the number): its power (K=1 .. Y=8) and base, or -1. */
static int suffix_power(const char *p, unsigned *base)
{
	static const char upper[] = "KMGTPEZY", lower[] = "kmgtpezy";
	const char *u;
	if (*p == '\0')
		return -1;
	if (p[1] == 'i' && (p[2] == 'B' || p[2] == 'b') && p[3] == '\0')
		*base = 1024;
	else if ((p[1] == 'B' || p[1] == 'b') && p[2] == '\0')
		*base = 1000;
	else if (p[1] == '\0')
		*base = 1024;
	else
		return -1;
	if ((u = strchr(upper, *p)))
		return (int)(u - upper) + 1;
	if ((u = strchr(lower, *p)))
		return (int)(u - lower) + 1;
	return -1;
}

int ipc_num_size(const char *s, uint64_t *v)
{
	const char *p = s;
	char *end;
	uint64_t whole, num = 0, den = 1;
	unsigned base = 1024;
	int power;
	if (!s || !*s)
		return EINVAL;
	while (isspace((unsigned char)*p))
		p++;
	if (*p == '-')
		return EINVAL;
	errno = 0;
	whole = strtoumax(s, &end, 0);
	if (end == s)
		return EINVAL;
	if (errno == ERANGE)
		return ERANGE;
	if (*end == '\0') {
		*v = whole;
		return 0;
	}
	p = end;
	if (*p == '.') {  /* a fraction needs a suffix: "1.5" alone is refused, as in util-linux */
		int digits = 0;
		for (p++; isdigit((unsigned char)*p); p++) {
			if (digits++ < FRACTION_DIGITS) {
				num = num * 10 + (uint64_t)(*p - '0');
				den *= 10;
			}
		}
	}
	if ((power = suffix_power(p, &base)) < 0)
		return EINVAL;
	if (!scale(&whole, num, den, base, power))
		return ERANGE;
	*v = whole;
	return 0;
}

void ipc_num_error(FILE *err, const char *cmd, const char *msg, const char *s, int rc, bool with_reason)
{
	if (rc == ERANGE || with_reason)
		ipc_err(err, cmd, "%s: '%s': %s", msg, s, strerror(rc));
	else
		ipc_err(err, cmd, "%s: '%s'", msg, s);
}
