/* vars_print.c - variables written back as shell text (declare -p, set, ${v@A}). */
#include "vars_print.h"

#include <string.h>

#include "array.h"
#include "assoc.h"
#include "quote.h"
#include "vars.h"

void var_attribute_letters(const struct var *v, char *buf)
{
	static const struct { unsigned flag; char letter; } order[] = {
		{ VAR_ARRAY, 'a' }, { VAR_ASSOC, 'A' }, { VAR_INTEGER, 'i' }, { VAR_NAMEREF, 'n' },
		{ VAR_READONLY, 'r' }, { VAR_EXPORT, 'x' }, { VAR_LOWER, 'l' }, { VAR_UPPER, 'u' },
	};
	size_t n = 0;
	for (size_t i = 0; v && i < sizeof(order) / sizeof(order[0]); i++)
		if (var_flags(v) & order[i].flag)
			buf[n++] = order[i].letter;
	buf[n] = '\0';
}

/* An associative array's key inside [...]: double-quoted when it holds a special character. */
static void print_key(FILE *out, const char *k)
{
	bool quote = !*k || strpbrk(k, " \t\n'\"\\|&;()<>!{}*[]?^$`@") || k[0] == '~' || k[0] == '#';
	if (quote || quote_needs_ansi_c(k))
		quote_double(out, k);
	else
		fputs(k, out);
}

void var_print_value(FILE *out, const struct var *v)
{
	struct array *a = var_array(v);
	struct assoc *m = var_assoc(v);
	if (a) {
		size_t pos = 0;
		intmax_t i;
		const char *s;
		bool first = true;
		fputc('(', out);
		while (array_next(a, &pos, &i, &s)) {
			fprintf(out, "%s[%jd]=", first ? "" : " ", i);
			quote_double(out, s);
			first = false;
		}
		fputc(')', out);
	} else if (m) {
		size_t pos = 0;
		const char *k, *s;
		fputc('(', out);
		while (assoc_next(m, &pos, &k, &s)) {
			fputc('[', out);
			print_key(out, k);
			fputs("]=", out);
			quote_double(out, s);
			fputc(' ', out);
		}
		fputc(')', out);
	} else if (var_scalar(v)) {
		quote_double(out, var_scalar(v));
	}
}

void var_print_declare(FILE *out, const struct var *v)
{
	char flags[16];
	var_attribute_letters(v, flags);
	fprintf(out, "declare -%s %s", flags[0] ? flags : "-", var_name(v));
	if (var_array(v) || var_assoc(v) || var_scalar(v)) {
		fputc('=', out);
		var_print_value(out, v);
	}
	fputc('\n', out);
}

void var_print_assignment(FILE *out, const struct var *v, bool whole)
{
	char flags[16];
	var_attribute_letters(v, flags);
	bool array = var_array(v) || var_assoc(v);
	if (flags[0])
		fprintf(out, "declare -%s ", flags);
	fprintf(out, "%s=", var_name(v));
	if (array && whole)
		var_print_value(out, v);
	else
		quote_single(out, var_scalar(v) ? var_scalar(v) : "");
}
