/* pattern_compile.c - compiles a shell pattern (pattern.h) into sequences of elements: a
 * byte, ?, *, a [...] set of bytes, or an extglob group of alternative sequences. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pattern_priv.h"
#include "xalloc.h"

enum { MAX_GROUP_DEPTH = 200 };

/* ---- compiling ---- */

struct compiler {
	struct pattern *p;
	const char *s;
	size_t len, i;
	struct elem *work;     /* elements of the sequences being parsed, as a stack */
	size_t nwork;
	unsigned flags;
	int repeating;         /* how many enclosing groups are *( ) +( ) or !( ) */
};

static void class_set(uint8_t *cls, unsigned c)
{
	cls[c >> 3] |= (uint8_t)(1u << (c & 7));
}

/* Adds the bytes of class name (alpha, digit, ...) to cls; false for an unknown name. */
static bool add_named_class(uint8_t *cls, const char *name, size_t n)
{
	static const struct {
		const char *name;
		int (*fn)(int);
	} classes[] = {
		{ "alnum", isalnum }, { "alpha", isalpha }, { "blank", isblank }, { "cntrl", iscntrl },
		{ "digit", isdigit }, { "graph", isgraph }, { "lower", islower }, { "print", isprint },
		{ "punct", ispunct }, { "space", isspace }, { "upper", isupper }, { "xdigit", isxdigit },
	};
	for (size_t k = 0; k < sizeof(classes) / sizeof(classes[0]); k++) {
		if (strlen(classes[k].name) != n || memcmp(classes[k].name, name, n) != 0)
			continue;
		for (unsigned c = 1; c < 256; c++)
			if (classes[k].fn((int)c))
				class_set(cls, c);
		return true;
	}
	return false;
}

/* Parses [...] at s[i] (the '['); returns the index after the ']', or 0 when no ']' closes
 * it (the '[' is then an ordinary character). */
static size_t parse_class(const char *s, size_t len, size_t i, uint8_t *cls, unsigned flags)
{
	uint8_t set[32] = { 0 };
	size_t j = i + 1;
	bool negate = j < len && (s[j] == '!' || s[j] == '^');
	if (negate)
		j++;
	bool first = true;
	int prev = -1;  /* the last single byte added, for a range */
	while (j < len) {
		unsigned char c = (unsigned char)s[j];
		if (c == ']' && !first)
			break;
		first = false;
		if (c == '[' && j + 1 < len && (s[j + 1] == ':' || s[j + 1] == '=' || s[j + 1] == '.')) {
			char kind = s[j + 1];
			const char *end = NULL;
			/* a quoted character ends the name: [[:punct\:]] is the set [:punct (dash,
			 * POSIX; bash takes it for the class) */
			for (size_t k = j + 2; k + 1 < len && s[k] != '\\'; k++)
				if (s[k] == kind && s[k + 1] == ']') {
					end = s + k;
					break;
				}
			if (end) {
				const char *name = s + j + 2;
				size_t n = (size_t)(end - name);
				if (kind == ':') {
					add_named_class(set, name, n);  /* an unknown class adds nothing (bash) */
					prev = -1;
				} else if (n == 1) {
					class_set(set, (unsigned char)name[0]);
					prev = (unsigned char)name[0];
				}
				j = (size_t)(end - s) + 2;
				continue;
			}
		}
		bool escaped = c == '\\' && j + 1 < len;
		if (escaped)
			c = (unsigned char)s[++j];
		if (c == '-' && !escaped && prev >= 0 && j + 1 < len && s[j + 1] != ']') {
			unsigned char hi = (unsigned char)s[j + 1];
			size_t adv = 2;
			if (hi == '\\' && j + 2 < len) {
				hi = (unsigned char)s[j + 2];
				adv = 3;
			}
			for (unsigned x = (unsigned)prev; x <= hi; x++)
				class_set(set, x);
			prev = -1;
			j += adv;
			continue;
		}
		class_set(set, c);
		prev = c;
		j++;
	}
	if (j >= len)
		return 0;
	if (flags & PAT_NOCASE)
		for (unsigned c = 'A'; c <= 'Z'; c++)
			if (class_has(set, c) || class_has(set, c + 32)) {
				class_set(set, c);
				class_set(set, c + 32);
			}
	for (int k = 0; k < 32; k++)
		cls[k] = negate ? (uint8_t)~set[k] : set[k];
	if (negate)
		cls[0] &= (uint8_t)~1u;  /* never NUL */
	return j + 1;
}

static void push(struct compiler *c, struct elem e)
{
	c->work[c->nwork++] = e;
}

/* Moves the work elements from base on into the pattern as one sequence; returns its index. */
static uint32_t finish_seq(struct compiler *c, size_t base, size_t seq_index)
{
	struct pattern *p = c->p;
	size_t n = c->nwork - base;
	memcpy(p->elems + p->nelems, c->work + base, n * sizeof(struct elem));
	p->seqs[seq_index].first = (uint32_t)p->nelems;
	p->seqs[seq_index].n = (uint32_t)n;
	p->nelems += n;
	c->nwork = base;
	return (uint32_t)seq_index;
}

/* True when the ( at s[i] is closed by a ) of its own level. */
static bool group_closes(const char *s, size_t len, size_t i)
{
	int depth = 0;
	for (size_t j = i; j < len; j++) {
		if (s[j] == '\\')
			j++;
		else if (s[j] == '(')
			depth++;
		else if (s[j] == ')' && --depth == 0)
			return true;
	}
	return false;
}

static void parse_seq(struct compiler *c, bool in_group, int depth);

/* At "X(" with X one of ? * + @ !: the group and its alternatives. */
static void parse_group(struct compiler *c, int depth)
{
	struct pattern *p = c->p;
	char kind = c->s[c->i];
	c->i += 2;
	size_t g = p->ngroups++;
	p->groups[g].kind = kind;
	p->groups[g].repeated = c->repeating > 0;
	bool repeats = kind == '*' || kind == '+' || kind == '!';
	c->repeating += repeats;
	/* the alternatives take consecutive seq slots: reserve them as they come */
	size_t alts[64];
	size_t nalts = 0;
	size_t *more = NULL, cap = 0;
	for (;;) {
		size_t base = c->nwork;
		parse_seq(c, true, depth + 1);
		size_t seq = p->nseqs++;
		finish_seq(c, base, seq);
		if (nalts < 64) {
			alts[nalts] = seq;
		} else {
			if (nalts - 64 == cap) {
				cap = cap ? cap * 2 : 64;
				more = xrealloc(more, cap * sizeof(*more));
			}
			more[nalts - 64] = seq;
		}
		nalts++;
		if (c->i < c->len && c->s[c->i] == '|') {
			c->i++;
			continue;
		}
		c->i++;  /* the ) */
		break;
	}
	c->repeating -= repeats;
	/* alternatives of a group are parsed in order, but nested groups take seq slots in
	 * between: copy them to a run of their own */
	size_t first = p->nseqs;
	for (size_t k = 0; k < nalts; k++)
		p->seqs[p->nseqs++] = p->seqs[k < 64 ? alts[k] : more[k - 64]];
	free(more);
	p->groups[g].first_alt = (uint32_t)first;
	p->groups[g].nalts = (uint32_t)nalts;
	push(c, (struct elem){ .kind = EL_GROUP, .idx = (uint32_t)g });
	p->has_group = true;
}

static void parse_seq(struct compiler *c, bool in_group, int depth)
{
	const char *s = c->s;
	while (c->i < c->len) {
		char ch = s[c->i];
		if (in_group && (ch == '|' || ch == ')'))
			return;
		if (ch == '\\' && c->i + 1 < c->len) {
			push(c, (struct elem){ .kind = EL_CHAR, .c = (uint8_t)s[c->i + 1] });
			c->i += 2;
			continue;
		}
		if ((c->flags & PAT_EXTGLOB) && strchr("?*+@!", ch) && c->i + 1 < c->len &&
		    s[c->i + 1] == '(' && depth < MAX_GROUP_DEPTH && group_closes(s, c->len, c->i + 1)) {
			parse_group(c, depth);
			continue;
		}
		if (ch == '*') {
			if (!c->nwork || c->work[c->nwork - 1].kind != EL_STAR)
				push(c, (struct elem){ .kind = EL_STAR });
			c->i++;
			continue;
		}
		if (ch == '?') {
			push(c, (struct elem){ .kind = EL_ANY });
			c->i++;
			continue;
		}
		if (ch == '[') {
			struct pattern *p = c->p;
			size_t end = parse_class(s, c->len, c->i, p->classes[p->nclasses], c->flags);
			if (end) {
				push(c, (struct elem){ .kind = EL_CLASS, .idx = (uint32_t)p->nclasses++ });
				c->i = end;
				continue;
			}
		}
		push(c, (struct elem){ .kind = EL_CHAR, .c = (uint8_t)ch });
		c->i++;
	}
}

struct pattern *pattern_compile(const char *text, unsigned flags)
{
	/* one block: the pattern, then its arrays (each element and class takes at least one
	 * byte of text, a group at least three, every sequence is copied at most once) */
	size_t len = strlen(text);
	size_t slots = len + 2, nclasses = len / 2 + 1;
	size_t size = sizeof(struct pattern) + slots * sizeof(struct elem) +
	              2 * slots * sizeof(struct seqd) + slots * sizeof(struct groupd) +
	              nclasses * 32 + slots;
	char *block = xmalloc(size);
	struct pattern *p = (struct pattern *)(void *)block;
	memset(p, 0, sizeof(*p));
	block += sizeof(struct pattern);
	p->elems = (struct elem *)(void *)block;
	block += slots * sizeof(struct elem);
	p->seqs = (struct seqd *)(void *)block;
	block += 2 * slots * sizeof(struct seqd);
	p->groups = (struct groupd *)(void *)block;
	block += slots * sizeof(struct groupd);
	p->classes = (uint8_t(*)[32])(void *)block;
	block += nclasses * 32;
	p->text = block;
	p->flags = flags;
	struct elem work_inline[64];
	struct compiler c = { .p = p, .s = text, .len = len, .flags = flags };
	c.work = slots <= 64 ? work_inline : xmalloc(slots * sizeof(*c.work));
	p->nseqs = 1;
	parse_seq(&c, false, 0);
	finish_seq(&c, 0, 0);
	if (c.work != work_inline)
		free(c.work);
	p->literal = true;
	for (size_t k = 0; k < p->nelems; k++) {
		if (p->elems[k].kind != EL_CHAR)
			p->literal = false;
		p->text[k] = (char)p->elems[k].c;
	}
	p->text[p->nelems] = '\0';
	p->textlen = p->nelems;
	return p;
}

void pattern_free(struct pattern *p)
{
	free(p);
}

long pattern_fixed_length(const struct pattern *p)
{
	for (size_t k = 0; k < p->nelems; k++)
		if (p->elems[k].kind == EL_STAR || p->elems[k].kind == EL_GROUP)
			return -1;
	return (long)p->nelems;
}

bool pattern_literal(const struct pattern *p, const char **text, size_t *len)
{
	if (!p->literal || (p->flags & PAT_NOCASE))
		return false;
	*text = p->text;
	*len = p->textlen;
	return true;
}

bool pattern_last_byte(const struct pattern *p, unsigned char *c)
{
	const struct seqd *q = &p->seqs[0];
	if (q->n == 0 || (p->flags & PAT_NOCASE))
		return false;
	const struct elem *e = &p->elems[q->first + q->n - 1];
	if (e->kind != EL_CHAR)
		return false;
	*c = e->c;
	return true;
}

void pattern_reverse(struct pattern *p)
{
	/* every sequence is a run of elements of its own; a group's alternatives may be listed
	 * twice (copied to a run of seq slots), so each run is turned around once */
	bool *done = xcalloc(p->nelems + 1, sizeof(*done));
	for (size_t k = 0; k < p->nseqs; k++) {
		const struct seqd *q = &p->seqs[k];
		if (q->n < 2 || done[q->first])
			continue;
		done[q->first] = true;
		for (size_t a = q->first, b = q->first + q->n - 1; a < b; a++, b--) {
			struct elem t = p->elems[a];
			p->elems[a] = p->elems[b];
			p->elems[b] = t;
		}
	}
	free(done);
	if (!p->literal)
		return;
	for (size_t a = 0, b = p->textlen; b-- > a + 1; a++) {
		char t = p->text[a];
		p->text[a] = p->text[b];
		p->text[b] = t;
	}
}
