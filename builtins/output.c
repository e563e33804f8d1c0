/* output.c - backslash escapes for echo/printf and stdout write-error reporting. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "../shell/error.h"
#include "output.h"

static int hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static bool is_octal(char c)
{
	return c >= '0' && c <= '7';
}

/* Encodes code point cp as UTF-8 into out; returns the length (U+FFFD past U+10FFFF). */
static size_t utf8_encode(unsigned long cp, char out[ESC_MAX])
{
	if (cp > 0x10FFFF)
		cp = 0xFFFD;
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* Reads up to max octal digits from p into *value; returns how many it read. */
static size_t read_octal(const char *p, size_t max, unsigned *value)
{
	size_t n = 0;
	*value = 0;
	while (n < max && is_octal(p[n])) {
		*value = *value * 8 + (unsigned)(p[n] - '0');
		n++;
	}
	return n;
}

/* \x, \u, \U: up to max hex digits; with none, the escape stays as written. */
static size_t decode_hex(struct shell *sh, const char *p, enum esc_mode mode, size_t max,
                         char out[ESC_MAX], size_t *outlen)
{
	unsigned long v = 0;
	size_t n = 0;
	while (n < max && hex_value(p[2 + n]) >= 0) {
		v = v * 16 + (unsigned long)hex_value(p[2 + n]);
		n++;
	}
	if (n == 0) {
		if (mode != ESC_ECHO)
			sh_error(sh, "printf: missing %s digit for \\%c", p[1] == 'x' ? "hex" : "unicode", p[1]);
		out[0] = '\\';
		out[1] = p[1];
		*outlen = 2;
		return 2;
	}
	if (p[1] == 'x') {
		out[0] = (char)v;
		*outlen = 1;
	} else {
		*outlen = utf8_encode(v, out);
	}
	return 2 + n;
}

size_t esc_decode(struct shell *sh, const char *p, enum esc_mode mode, char out[ESC_MAX],
                  size_t *outlen, bool *stop)
{
	static const char simple_from[] = "abefnrtv\\E";
	static const char simple_to[] = "\a\b\033\f\n\r\t\v\\\033";
	char c = p[1];
	const char *hit = c ? strchr(simple_from, c) : NULL;
	unsigned v;
	size_t n;

	*outlen = 1;
	if (hit) {
		out[0] = simple_to[hit - simple_from];
		return 2;
	}
	switch (c) {
	case 'c':
		if (mode == ESC_FORMAT)
			break;
		*stop = true;
		*outlen = 0;
		return 2;
	case 'x':
		return decode_hex(sh, p, mode, 2, out, outlen);
	case 'u':
		return decode_hex(sh, p, mode, 4, out, outlen);
	case 'U':
		return decode_hex(sh, p, mode, 8, out, outlen);
	case '"':
	case '\'':
	case '?':
		if (mode != ESC_FORMAT)
			break;
		out[0] = c;
		return 2;
	case '0':
		if (mode != ESC_FORMAT) {
			n = read_octal(p + 2, 3, &v);
			out[0] = (char)v;
			return 2 + n;
		}
		n = read_octal(p + 1, 3, &v);
		out[0] = (char)v;
		return 1 + n;
	case '1': case '2': case '3': case '4': case '5': case '6': case '7':
		if (mode == ESC_ECHO)
			break;
		n = read_octal(p + 1, 3, &v);
		out[0] = (char)v;
		return 1 + n;
	case '\0':
		out[0] = '\\';
		return 1;
	default:
		break;
	}
	out[0] = '\\';
	out[1] = c;
	*outlen = 2;
	return 2;
}

bool esc_print(struct shell *sh, const char *s, enum esc_mode mode)
{
	bool stop = false;
	while (*s && !stop) {
		const char *bs = strchr(s, '\\');
		size_t lit = bs ? (size_t)(bs - s) : strlen(s);
		char buf[ESC_MAX];
		size_t len;
		fwrite(s, 1, lit, stdout);
		s += lit;
		if (!bs)
			break;
		s += esc_decode(sh, s, mode, buf, &len, &stop);
		fwrite(buf, 1, len, stdout);
	}
	return stop;
}

int bi_flush_stdout(struct shell *sh, const char *name)
{
	int err;
	errno = 0;
	if (fflush(stdout) == 0 && !ferror(stdout))
		return 0;
	err = errno ? errno : EIO;
	clearerr(stdout);
	sh_error(sh, "%s: write error: %s", name, strerror(err));
	return 1;
}
