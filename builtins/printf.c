/* printf.c - the printf builtin: POSIX conversions and escapes, bash's -v, %b and %q. */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../parser/parser.h"
#include "../shell/error.h"
#include "../shell/vars.h"
#include "builtins.h"
#include "output.h"

/* The state of one printf run. */
struct pf {
	struct shell *sh;
	FILE *out;
	char **args;
	int nargs;
	int next;      /* index of the next unused argument */
	int status;
	bool stop;     /* \c in %b: no more output at all */
};

/* One parsed conversion specification. */
struct spec {
	char flags[8];  /* a subset of "-+ #0", NUL-terminated */
	int width;
	int prec;       /* -1: none */
	char conv;
};

static const char *next_arg(struct pf *pf)
{
	return pf->next < pf->nargs ? pf->args[pf->next++] : NULL;
}

/* The value of the character after a leading quote: a UTF-8 code point, else the byte. */
static intmax_t char_value(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned long cp;
	int extra, i;

	if (u[0] < 0x80)
		return u[0];
	if ((u[0] & 0xE0) == 0xC0) {
		cp = u[0] & 0x1F;
		extra = 1;
	} else if ((u[0] & 0xF0) == 0xE0) {
		cp = u[0] & 0x0F;
		extra = 2;
	} else if ((u[0] & 0xF8) == 0xF0) {
		cp = u[0] & 0x07;
		extra = 3;
	} else {
		return u[0];
	}
	for (i = 1; i <= extra; i++) {
		if ((u[i] & 0xC0) != 0x80)
			return u[0];
		cp = (cp << 6) | (u[i] & 0x3F);
	}
	static const unsigned long least[] = { 0, 0x80, 0x800, 0x10000 };
	if (cp < least[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return u[0];  /* overlong, too large or a surrogate: not UTF-8, so the byte */
	return (intmax_t)cp;
}

/* Reports a number that did not convert completely (status 1; the value is still used). */
static void check_number(struct pf *pf, const char *s, const char *end, int err)
{
	if (err == ERANGE) {
		sh_error(pf->sh, "printf: warning: %s: %s", s, strerror(ERANGE));
		pf->status = 1;
	} else if (end == s || *end) {
		sh_error(pf->sh, "printf: %s: invalid number", s);
		pf->status = 1;
	}
}

static intmax_t arg_int(struct pf *pf)
{
	const char *s = next_arg(pf);
	char *end;
	intmax_t v;

	if (!s || !*s)
		return 0;
	if (*s == '\'' || *s == '"')
		return char_value(s + 1);
	errno = 0;
	v = strtoimax(s, &end, 0);
	check_number(pf, s, end, errno);
	return v;
}

static uintmax_t arg_uint(struct pf *pf)
{
	const char *s = next_arg(pf);
	char *end;
	uintmax_t v;

	if (!s || !*s)
		return 0;
	if (*s == '\'' || *s == '"')
		return (uintmax_t)char_value(s + 1);
	errno = 0;
	v = strtoumax(s, &end, 0);
	check_number(pf, s, end, errno);
	return v;
}

static long double arg_float(struct pf *pf)
{
	const char *s = next_arg(pf);
	char *end;
	long double v;

	if (!s || !*s)
		return 0;
	if (*s == '\'' || *s == '"')
		return (long double)char_value(s + 1);
	errno = 0;
	v = strtold(s, &end);
	check_number(pf, s, end, errno);
	return v;
}

/* Writes len bytes of s padded to the spec's width; precision truncates. */
static void put_padded(struct pf *pf, const struct spec *sp, const char *s, size_t len)
{
	size_t pad = 0;
	bool left = strchr(sp->flags, '-') != NULL;

	if (sp->prec >= 0 && len > (size_t)sp->prec)
		len = (size_t)sp->prec;
	if (sp->width > 0 && (size_t)sp->width > len)
		pad = (size_t)sp->width - len;
	if (!left)
		for (; pad > 0; pad--)
			putc(' ', pf->out);
	fwrite(s, 1, len, pf->out);
	for (; pad > 0; pad--)
		putc(' ', pf->out);
}

/* Numeric conversions go through the C library with a format built from the spec. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static void put_number(struct pf *pf, const struct spec *sp)
{
	char fmt[24];
	const char *len = strchr("diouxX", sp->conv) ? "j" : "L";

	snprintf(fmt, sizeof(fmt), "%%%s*%s%s%c", sp->flags, sp->prec >= 0 ? ".*" : "", len, sp->conv);
	switch (sp->conv) {
	case 'd':
	case 'i':
		if (sp->prec >= 0)
			fprintf(pf->out, fmt, sp->width, sp->prec, arg_int(pf));
		else
			fprintf(pf->out, fmt, sp->width, arg_int(pf));
		break;
	case 'o':
	case 'u':
	case 'x':
	case 'X':
		if (sp->prec >= 0)
			fprintf(pf->out, fmt, sp->width, sp->prec, arg_uint(pf));
		else
			fprintf(pf->out, fmt, sp->width, arg_uint(pf));
		break;
	default:
		if (sp->prec >= 0)
			fprintf(pf->out, fmt, sp->width, sp->prec, arg_float(pf));
		else
			fprintf(pf->out, fmt, sp->width, arg_float(pf));
		break;
	}
}
#pragma GCC diagnostic pop

/* A growable byte buffer for %b and %q (out of memory: the rest is dropped). */
struct buf {
	char *p;
	size_t n, cap;
};

static void buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 64;
		char *p;
		while (cap < b->n + n + 1)
			cap *= 2;
		p = realloc(b->p, cap);
		if (!p)
			return;
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

static void put_b(struct pf *pf, const struct spec *sp)
{
	const char *s = next_arg(pf);
	struct buf b = { 0 };

	for (s = s ? s : ""; *s && !pf->stop;) {
		char tmp[ESC_MAX];
		size_t len;
		if (*s != '\\') {
			buf_add(&b, s++, 1);
			continue;
		}
		s += esc_decode(pf->sh, s, ESC_PERCENT_B, tmp, &len, &pf->stop);
		buf_add(&b, tmp, len);
	}
	put_padded(pf, sp, b.p ? b.p : "", b.n);
	free(b.p);
}

/* Quotes s so that the shell reads it back as the same word (bash's %q). */
static void quote_word(struct buf *b, const char *s)
{
	static const char special[] = " \t\n'\"\\|&;()<>!{}*[?]^$`,";
	const unsigned char *u;
	bool control = false;

	if (!*s) {
		buf_add(b, "''", 2);
		return;
	}
	for (u = (const unsigned char *)s; *u; u++)
		if (*u < 0x20 || *u == 0x7F)
			control = true;
	if (!control) {
		for (u = (const unsigned char *)s; *u; u++) {
			if (strchr(special, *u) || (u == (const unsigned char *)s && (*u == '~' || *u == '#')))
				buf_add(b, "\\", 1);
			buf_add(b, (const char *)u, 1);
		}
		return;
	}
	buf_add(b, "$'", 2);
	for (u = (const unsigned char *)s; *u; u++) {
		static const char from[] = "\a\b\033\f\n\r\t\v\\'";
		static const char to[] = "abEfnrtv\\'";
		const char *hit = strchr(from, *u);
		char oct[8];
		if (hit) {
			buf_add(b, "\\", 1);
			buf_add(b, &to[hit - from], 1);
		} else if (*u < 0x20 || *u == 0x7F) {
			snprintf(oct, sizeof(oct), "\\%03o", (unsigned)*u);
			buf_add(b, oct, 4);
		} else {
			buf_add(b, (const char *)u, 1);
		}
	}
	buf_add(b, "'", 1);
}

static void put_q(struct pf *pf, const struct spec *sp)
{
	const char *s = next_arg(pf);
	struct buf b = { 0 };

	quote_word(&b, s ? s : "");
	put_padded(pf, sp, b.p ? b.p : "", b.n);
	free(b.p);
}

/* Parses a width or precision: digits, or '*' taking an argument.  -1 on overflow. */
static int parse_count(struct pf *pf, const char **fp, int *out)
{
	const char *f = *fp;
	intmax_t v = 0;

	if (*f == '*') {
		*fp = f + 1;
		v = arg_int(pf);
		if (v > INT_MAX || v < -INT_MAX) {
			sh_error(pf->sh, "printf: %" PRIdMAX ": invalid field width or precision", v);
			return -1;
		}
		*out = (int)v;
		return 0;
	}
	for (; *f >= '0' && *f <= '9'; f++) {
		v = v * 10 + (*f - '0');
		if (v > INT_MAX) {
			sh_error(pf->sh, "printf: %.*s: invalid field width or precision",
			         (int)strspn(*fp, "0123456789"), *fp);
			return -1;
		}
	}
	*fp = f;
	*out = (int)v;
	return 0;
}

/* Handles one conversion at *fp (just after '%'); returns -1 to stop with status 1. */
static int directive(struct pf *pf, const char **fp)
{
	struct spec sp = { .prec = -1 };
	const char *f = *fp;
	size_t nflags = 0;

	for (; *f && strchr("-+ #0", *f); f++)
		if (nflags < sizeof(sp.flags) - 1 && !strchr(sp.flags, *f))
			sp.flags[nflags++] = *f;
	if (parse_count(pf, &f, &sp.width) < 0)
		return -1;
	if (sp.width < 0) {
		sp.width = -sp.width;
		if (nflags < sizeof(sp.flags) - 1 && !strchr(sp.flags, '-'))
			sp.flags[nflags++] = '-';
	}
	if (*f == '.') {
		f++;
		if (parse_count(pf, &f, &sp.prec) < 0)
			return -1;
		if (sp.prec < 0)
			sp.prec = -1;
	}
	f += strspn(f, "hlLjzt");
	sp.conv = *f;
	if (!sp.conv) {
		sh_error(pf->sh, "printf: `%%': missing format character");
		return -1;
	}
	*fp = f + 1;
	switch (sp.conv) {
	case 'd': case 'i': case 'o': case 'u': case 'x': case 'X':
	case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a': case 'A':
		put_number(pf, &sp);
		return 0;
	case 'c': {
		const char *s = next_arg(pf);
		put_padded(pf, &sp, s ? s : "", 1);
		return 0;
	}
	case 's': {
		const char *s = next_arg(pf);
		s = s ? s : "";
		put_padded(pf, &sp, s, strlen(s));
		return 0;
	}
	case 'b':
		put_b(pf, &sp);
		return 0;
	case 'q':
		put_q(pf, &sp);
		return 0;
	case '%':
		putc('%', pf->out);
		return 0;
	default:
		sh_error(pf->sh, "printf: `%c': invalid format character", sp.conv);
		return -1;
	}
}

/* Runs the format once; returns -1 after an error that stops printf. */
static int run_format(struct pf *pf, const char *f)
{
	while (*f && !pf->stop) {
		if (*f == '\\') {
			char tmp[ESC_MAX];
			size_t len;
			f += esc_decode(pf->sh, f, ESC_FORMAT, tmp, &len, &pf->stop);
			fwrite(tmp, 1, len, pf->out);
		} else if (*f == '%') {
			f++;
			if (directive(pf, &f) < 0)
				return -1;
		} else {
			size_t n = strcspn(f, "\\%");
			fwrite(f, 1, n, pf->out);
			f += n;
		}
	}
	return 0;
}

static int usage(void)
{
	sh_warn("printf: usage: printf [-v var] format [arguments]");
	return 2;
}

int bi_printf(struct shell *sh, int argc, char **argv)
{
	struct pf pf = { .sh = sh, .out = stdout };
	const char *var = NULL;
	char *mem = NULL;
	size_t memlen = 0;
	int i = 1, last;

	if (i < argc && strcmp(argv[i], "-v") == 0) {
		if (i + 1 >= argc) {
			sh_error(sh, "printf: -v: option requires an argument");
			return usage();
		}
		var = argv[i + 1];
		if (!is_name(var, strlen(var))) {
			sh_error(sh, "printf: `%s': not a valid identifier", var);
			return 2;
		}
		i += 2;
	}
	if (i < argc && strcmp(argv[i], "--") == 0) {
		i++;
	} else if (i < argc && argv[i][0] == '-' && argv[i][1]) {
		sh_error(sh, "printf: %.2s: invalid option", argv[i]);
		return usage();
	}
	if (i >= argc)
		return usage();
	if (var) {
		pf.out = open_memstream(&mem, &memlen);
		if (!pf.out) {
			sh_perror(sh, "printf");
			return 1;
		}
	}
	pf.args = argv + i + 1;
	pf.nargs = argc - i - 1;
	do {
		last = pf.next;
		if (run_format(&pf, argv[i]) < 0) {
			pf.status = 1;
			break;
		}
	} while (!pf.stop && pf.next < pf.nargs && pf.next > last);
	if (var) {
		fclose(pf.out);
		if (shell_setvar(sh, var, mem ? mem : "") < 0)
			pf.status = 1;
		free(mem);
		return pf.status;
	}
	if (bi_flush_stdout(sh, "printf"))
		return 1;
	return pf.status;
}
