/* quote.c - printing values so that the shell can read them back (set, declare -p, ${v@Q},
 * printf %q) and decoding $'...' escapes (${v@E}). */
#include "quote.h"

#include <stdbool.h>
#include <string.h>

void print_quoted(FILE *out, const char *s)
{
	bool plain = *s != '\0';
	for (const char *p = s; *p && plain; p++)
		plain = strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./:=+-@%,", *p) != NULL;
	if (plain) {
		fputs(s, out);
		return;
	}
	fputc('\'', out);
	for (const char *p = s; *p; p++) {
		if (*p == '\'')
			fputs("'\\''", out);
		else
			fputc(*p, out);
	}
	fputc('\'', out);
}

/* Length of the valid UTF-8 sequence at s (0 when s[0] does not start one). */
static size_t utf8_len(const unsigned char *s)
{
	size_t n = s[0] >= 0xF0 && s[0] <= 0xF4 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 ? 2 : 0;
	for (size_t i = 1; i < n; i++)
		if ((s[i] & 0xC0) != 0x80)
			return 0;
	if (n == 3 && ((s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] > 0x9F)))
		return 0;
	if (n == 4 && ((s[0] == 0xF0 && s[1] < 0x90) || (s[0] == 0xF4 && s[1] > 0x8F)))
		return 0;
	return n;
}

bool quote_needs_ansi_c(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	while (*u) {
		if (*u < 0x20 || *u == 0x7F)
			return true;
		if (*u < 0x80) {
			u++;
			continue;
		}
		size_t n = utf8_len(u);
		if (n == 0)
			return true;
		u += n;
	}
	return false;
}

void quote_ansi_c(FILE *out, const char *s)
{
	fputs("$'", out);
	for (const unsigned char *u = (const unsigned char *)s; *u; u++) {
		const char *esc = NULL;
		switch (*u) {
		case '\a': esc = "\\a"; break;
		case '\b': esc = "\\b"; break;
		case 033: esc = "\\E"; break;
		case '\f': esc = "\\f"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		case '\t': esc = "\\t"; break;
		case '\v': esc = "\\v"; break;
		case '\\': esc = "\\\\"; break;
		case '\'': esc = "\\'"; break;
		default: break;
		}
		if (esc) {
			fputs(esc, out);
		} else if (*u < 0x20 || *u == 0x7F || (*u >= 0x80 && utf8_len(u) == 0)) {
			fprintf(out, "\\%03o", *u);
		} else if (*u >= 0x80) {
			size_t n = utf8_len(u);
			fwrite(u, 1, n, out);
			u += n - 1;
		} else {
			fputc(*u, out);
		}
	}
	fputc('\'', out);
}

void print_quoted_line(FILE *out, const char *s)
{
	if (quote_needs_ansi_c(s))
		quote_ansi_c(out, s);
	else
		print_quoted(out, s);
}

void quote_single(FILE *out, const char *s)
{
	if (quote_needs_ansi_c(s)) {
		quote_ansi_c(out, s);
		return;
	}
	fputc('\'', out);
	for (; *s; s++) {
		if (*s == '\'')
			fputs("'\\''", out);
		else
			fputc(*s, out);
	}
	fputc('\'', out);
}

void quote_double(FILE *out, const char *s)
{
	if (quote_needs_ansi_c(s)) {
		quote_ansi_c(out, s);
		return;
	}
	fputc('"', out);
	for (; *s; s++) {
		if (strchr("\"$`\\", *s))
			fputc('\\', out);
		fputc(*s, out);
	}
	fputc('"', out);
}

void quote_backslash(FILE *out, const char *s)
{
	if (!*s) {
		fputs("''", out);
		return;
	}
	if (quote_needs_ansi_c(s)) {
		quote_ansi_c(out, s);
		return;
	}
	for (const char *p = s; *p; p++) {
		bool esc = strchr(" \t\n'\"\\|&;()<>!{}*[?]^$`,", *p) != NULL ||
		           (*p == '~' && (p == s || p[-1] == '=' || p[-1] == ':')) ||
		           (*p == '#' && p == s);
		if (esc)
			fputc('\\', out);
		fputc(*p, out);
	}
}

static int hexval(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 :
	       c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Writes code point v as UTF-8 at out; returns the bytes written. */
static size_t put_utf8(char *out, unsigned long v)
{
	if (v < 0x80) {
		out[0] = (char)v;
		return 1;
	}
	if (v < 0x800) {
		out[0] = (char)(0xC0 | (v >> 6));
		out[1] = (char)(0x80 | (v & 0x3F));
		return 2;
	}
	if (v < 0x10000) {
		out[0] = (char)(0xE0 | (v >> 12));
		out[1] = (char)(0x80 | ((v >> 6) & 0x3F));
		out[2] = (char)(0x80 | (v & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (v >> 18));
	out[1] = (char)(0x80 | ((v >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((v >> 6) & 0x3F));
	out[3] = (char)(0x80 | (v & 0x3F));
	return 4;
}

size_t decode_ansi_c(const char *s, char *out)
{
	size_t n = 0;
	while (*s) {
		if (*s != '\\' || !s[1]) {
			out[n++] = *s++;
			continue;
		}
		s++;
		unsigned long v;
		int e = (unsigned char)*s++, digits = 0, d;
		switch (e) {
		case 'a': v = 7; break;
		case 'b': v = 8; break;
		case 'e': case 'E': v = 27; break;
		case 'f': v = 12; break;
		case 'n': v = 10; break;
		case 'r': v = 13; break;
		case 't': v = 9; break;
		case 'v': v = 11; break;
		case '\\': case '\'': case '"': case '?': v = (unsigned long)e; break;
		case 'c':
			if (!*s) {
				out[n++] = '\\';
				out[n++] = 'c';
				continue;
			}
			v = (unsigned long)(unsigned char)*s++ & 0x1F;
			break;
		case 'x': case 'u': case 'U': {
			int max = e == 'x' ? 2 : e == 'u' ? 4 : 8;
			v = 0;
			while (digits < max && (d = hexval((unsigned char)*s)) >= 0) {
				v = v * 16 + (unsigned long)d;
				s++;
				digits++;
			}
			if (digits == 0) {
				out[n++] = '\\';
				out[n++] = (char)e;
				continue;
			}
			if (e != 'x') {
				if (v == 0 || v > 0x10FFFF)
					goto end;
				n += put_utf8(out + n, v);
				continue;
			}
			break;
		}
		default:
			if (e >= '0' && e <= '7') {
				v = (unsigned long)(e - '0');
				while (digits < 2 && *s >= '0' && *s <= '7') {
					v = v * 8 + (unsigned long)(*s++ - '0');
					digits++;
				}
				break;
			}
			out[n++] = '\\';
			out[n++] = (char)e;
			continue;
		}
		if ((v & 0xFF) == 0)
			goto end;
		out[n++] = (char)(v & 0xFF);
	}
end:
	out[n] = '\0';
	return n;
}
