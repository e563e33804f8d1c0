/* quote.c - printing values so that the shell can read them back. */
#include "quote.h"

#include <stdbool.h>
#include <stdio.h>
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

/* True when s holds a control character, which a line-based reader would cut or lose. */
static bool has_control(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			return true;
	return false;
}

void print_quoted_line(FILE *out, const char *s)
{
	if (!has_control(s)) {
		print_quoted(out, s);
		return;
	}
	fputs("$'", out);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		const char *esc = *p == '\\' ? "\\\\" : *p == '\'' ? "\\'" : *p == '\t' ? "\\t" :
		                  *p == '\n' ? "\\n" : *p == '\r' ? "\\r" : *p == 033 ? "\\E" : NULL;
		if (esc)
			fputs(esc, out);
		else if (*p < 0x20 || *p == 0x7f)
			fprintf(out, "\\%03o", *p);
		else
			fputc(*p, out);
	}
	fputc('\'', out);
}
