/* pattern.c - shell pattern matching with bash's extglob groups (compiled by
 * pattern_compile.c).
 *
 * Why not fnmatch(3): glibc's FNM_EXTMATCH backtracks. Measured on the static glibc minish
 * links (2.36): fnmatch("+(a)", 1,000 a's) took 0.02 s and 10,000 a's crashed it (stack
 * overflow, SIGSEGV); 10,000 alternatives @(a0|...|a9999) took 0.39 s for one match. Plain
 * patterns were fast either way (fnmatch("*.c", "hello.c"): 0.02 us).
 *
 * So patterns are compiled into sequences of elements (a byte, ?, *, a [...] set, a group of
 * alternative sequences), and matched without backtracking: a sequence maps the set of
 * positions where it may start to the set of positions where it may end (a bitset over the
 * n + 1 positions of the subject), element by element. A group is the union of its
 * alternatives; *( ) and +( ) repeat them from the positions that are new until none is;
 * !( ) takes, from each start, every end that none of its alternatives reaches. A match is
 * "position n is reachable from 0". Sets keep a window of the words that may be non-zero
 * (pattern_set.c), so a step costs the positions it touches: +(a) against a million a's is a
 * million steps of one word (0.1 s; it was quadratic, 100,000 a's took 0.7 s, a million more
 * than 60 s). A !( ) group inside a *( ) +( ) or !( ) group is matched from the same start
 * again and again, each time matching its nested groups again: its ends from each start are
 * kept (a memo, up to 32 MB), which makes nested negations polynomial instead of exponential
 * (*(?!(??*(?!(??*(?!(??*(?!(?)))))))) against 250 bytes: more than 60 s before, 0.01 s now).
 * A byte, ? or [...] tried at more positions than the subject has moves its sets 64
 * positions at a time (a shift and a mask made once, shared by the elements that take the
 * same bytes: the fuzz corpus of nested groups runs 2.5 times faster, 10,000 alternatives
 * against 100 kB take 0.1 s instead of 5 s). Never a stack as deep as the subject. Patterns without groups, the usual
 * ones, take the classic two-pointer matcher instead. */
#include "pattern.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pattern_priv.h"
#include "pattern_set.h"
#include "xalloc.h"

/* ---- matching one byte ---- */

static bool same_byte(unsigned a, unsigned b, unsigned flags)
{
	return a == b || ((flags & PAT_NOCASE) && tolower((int)a) == tolower((int)b));
}

/* True when element e (a byte, ? or a set) takes byte at position pos of s. */
static bool takes(const struct pattern *p, const struct elem *e, const unsigned char *s, size_t pos)
{
	unsigned b = s[pos];
	if (e->kind == EL_CHAR)
		return same_byte(e->c, b, p->flags);
	if (pos == 0 && b == '.' && (p->flags & PAT_PERIOD))
		return false;
	return e->kind == EL_ANY || class_has(p->classes[e->idx], b);
}

/* ---- the fast path: no groups ---- */

/* The classic matcher: on a mismatch, the last * takes one more byte. */
static bool match_simple(const struct pattern *p, const unsigned char *s, size_t n)
{
	const struct elem *e = p->elems;
	size_t m = p->nelems, i = 0, j = 0, star_i = SIZE_MAX, star_j = 0;
	bool period = (p->flags & PAT_PERIOD) && n > 0 && s[0] == '.';
	while (j < n) {
		if (i < m && e[i].kind == EL_STAR) {
			i++;
			if (!(period && j == 0)) {
				star_i = i;
				star_j = j;
			}
			continue;
		}
		if (i < m && e[i].kind != EL_GROUP && takes(p, &e[i], s, j)) {
			i++;
			j++;
			continue;
		}
		if (star_i == SIZE_MAX)
			return false;
		i = star_i;
		j = ++star_j;
	}
	while (i < m && e[i].kind == EL_STAR)
		i++;
	return i == m;
}

/* ---- the general path: sets of positions ---- */

/* Past this many words (32 MB) the results of !( ) groups are no longer kept: they are
 * computed again when asked again. */
enum { MEMO_BUDGET_WORDS = 4u << 20 };

/* The ends a group's alternatives reach from one start, kept: words[0 .. hi - lo) are the
 * window [lo, hi) of the set. */
struct memo_entry {
	uint64_t *words;
	size_t lo, hi;
	bool done;
};

/* Storage of kept words, freed with the matcher. */
struct memo_block {
	struct memo_block *prev;
	uint64_t words[];
};

/* The positions p + 1 where an element (a byte, ? or a set) takes the byte at p, made once
 * the element has been tried at more positions than the subject has (so that making it never
 * costs more than the steps it speeds up). */
struct steps {
	uint64_t *words;
	size_t tried;
};

struct matcher {
	const struct pattern *p;
	const unsigned char *s;
	size_t n;
	bool period;                /* PAT_PERIOD and s starts with a . */
	struct pset_store st;
	struct memo_entry **memo;   /* per group: n + 1 entries, NULL until used */
	struct steps *steps;        /* per byte, ? and set (steps_key), NULL until used */
	struct memo_block *blocks;
	size_t budget;              /* words that may still be kept */
};

/* An entry for a group that keeps nothing (its table would not fit the budget). */
static struct memo_entry no_memo;

static void matcher_init(struct matcher *m, const struct pattern *p, const char *s, size_t n)
{
	m->p = p;
	m->s = (const unsigned char *)s;
	m->n = n;
	m->period = (p->flags & PAT_PERIOD) && n > 0 && s[0] == '.';
	pset_store_init(&m->st, n);
	m->memo = NULL;
	m->steps = NULL;
	m->blocks = NULL;
	m->budget = MEMO_BUDGET_WORDS;
}

static void matcher_done(struct matcher *m)
{
	pset_store_done(&m->st);
	if (m->memo) {
		for (size_t g = 0; g < m->p->ngroups; g++)
			if (m->memo[g] != &no_memo)
				free(m->memo[g]);
		free(m->memo);
	}
	if (m->steps) {
		for (size_t k = 0; k < 257 + m->p->nclasses; k++)
			free(m->steps[k].words);
		free(m->steps);
	}
	while (m->blocks) {
		struct memo_block *b = m->blocks;
		m->blocks = b->prev;
		free(b);
	}
}

/* The memo entry of group g for start pos, NULL when g's results are not kept. */
static struct memo_entry *memo_entry(struct matcher *m, size_t g, size_t pos)
{
	if (!m->p->groups[g].repeated)
		return NULL;  /* matched once from each start anyway */
	if (!m->memo)
		m->memo = xcalloc(m->p->ngroups, sizeof(*m->memo));
	if (!m->memo[g]) {
		size_t words = (m->n + 1) * sizeof(struct memo_entry) / sizeof(uint64_t) + 1;
		if (words > m->budget) {
			m->memo[g] = &no_memo;
		} else {
			m->budget -= words;
			m->memo[g] = xcalloc(m->n + 1, sizeof(struct memo_entry));
		}
	}
	return m->memo[g] == &no_memo ? NULL : &m->memo[g][pos];
}

/* Keeps set a in entry e, when the budget allows. */
static void memo_keep(struct matcher *m, struct memo_entry *e, const struct pset *a)
{
	size_t words = a->hi - a->lo;
	if (words + 2 > m->budget)
		return;
	m->budget -= words + 2;
	struct memo_block *b = xmalloc(sizeof(*b) + words * sizeof(uint64_t));
	b->prev = m->blocks;
	m->blocks = b;
	memcpy(b->words, a->words + a->lo, words * sizeof(uint64_t));
	e->words = b->words;
	e->lo = a->lo;
	e->hi = a->hi;
	e->done = true;
}

/* The steps of element e, shared by the elements that take the same bytes: a byte (0..255),
 * ? (256), a set (257 + its index). */
static struct steps *steps_key(struct matcher *m, const struct elem *e)
{
	if (!m->steps)
		m->steps = xcalloc(257 + m->p->nclasses, sizeof(*m->steps));
	return &m->steps[e->kind == EL_CHAR ? e->c : e->kind == EL_ANY ? 256 : 257 + e->idx];
}

/* The steps of element e once such elements have been tried at more than n positions (and
 * they fit the budget), else NULL. */
static const uint64_t *steps_of(struct matcher *m, const struct elem *e)
{
	struct steps *st = steps_key(m, e);
	if (st->words || st->tried <= m->n || m->st.w > m->budget)
		return st->words;
	m->budget -= m->st.w;
	st->words = xcalloc(m->st.w, sizeof(uint64_t));
	for (size_t pos = 0; pos < m->n; pos++)
		if (takes(m->p, e, m->s, pos))
			st->words[(pos + 1) >> 6] |= (uint64_t)1 << ((pos + 1) & 63);
	return st->words;
}

/* next = the positions after element e (a byte, ? or a set) from the starts in cur: cur
 * moved one position on, 64 at a time, and kept where the element takes the byte. */
static void step_one(struct matcher *m, const struct elem *e, const struct pset *cur,
                     struct pset *next)
{
	const uint64_t *steps = steps_of(m, e);
	if (!steps) {
		size_t pos = SIZE_MAX, tried = 0;
		while (pset_next(cur, &pos)) {
			tried++;
			if (pos < m->n && takes(m->p, e, m->s, pos))
				pset_add(next, pos + 1);
		}
		steps_key(m, e)->tried += tried;
		return;
	}
	size_t lo = cur->lo, hi = cur->hi < m->st.w ? cur->hi + 1 : cur->hi;
	pset_widen(next, lo, hi);
	uint64_t carry = 0;
	for (size_t j = lo; j < hi; j++) {
		uint64_t word = j < cur->hi ? cur->words[j] : 0;
		next->words[j] = ((word << 1) | carry) & steps[j];
		carry = word >> 63;
	}
}

static void reach_seq(struct matcher *m, const struct seqd *q, const struct pset *in, struct pset *out);

/* out |= the ends of group g's alternatives from the starts in in. */
static void reach_alts(struct matcher *m, const struct groupd *g, const struct pset *in, struct pset *out)
{
	struct pset_mark mark = pset_mark(&m->st);
	struct pset tmp = pset_new(&m->st);
	for (uint32_t a = 0; a < g->nalts; a++) {
		reach_seq(m, &m->p->seqs[g->first_alt + a], in, &tmp);
		pset_or(out, &tmp);
	}
	pset_release(&m->st, mark);
}

/* ends = the ends of group gi's alternatives from pos alone (kept for a group matched
 * again, so that nested !( ) and *( ) groups cost a polynomial, not an exponential). */
static void alts_from(struct matcher *m, size_t gi, size_t pos, struct pset *one, struct pset *ends)
{
	struct memo_entry *e = memo_entry(m, gi, pos);
	pset_clear(ends);
	if (e && e->done) {
		if (e->hi > e->lo) {
			memcpy(ends->words + e->lo, e->words, (e->hi - e->lo) * sizeof(uint64_t));
			ends->lo = e->lo;
			ends->hi = e->hi;
		}
		return;
	}
	pset_clear(one);
	pset_add(one, pos);
	reach_alts(m, &m->p->groups[gi], one, ends);
	pset_trim(ends);
	if (e)
		memo_keep(m, e, ends);
}

/* out = the ends of !( ) group gi from the starts in in: from each start, every end that
 * none of its alternatives reaches. */
static void reach_not(struct matcher *m, size_t gi, const struct pset *in, struct pset *out)
{
	struct pset one = pset_new(&m->st), ends = pset_new(&m->st), missing = pset_new(&m->st);
	pset_clear(out);
	/* out is [first, n] less the ends every start up to them reaches: missing */
	size_t first = SIZE_MAX, pos = SIZE_MAX;
	while (pset_next(in, &pos)) {
		alts_from(m, gi, pos, &one, &ends);
		if (m->period && pos == 0) {
			if (!pset_has(&ends, 0))
				pset_add(out, 0);  /* nothing but the empty string before a leading . */
			continue;
		}
		if (first == SIZE_MAX) {
			first = pos;
			pset_copy(&missing, &ends);
		} else {
			size_t from = pos >> 6;
			for (size_t k = missing.lo > from ? missing.lo : from; k < missing.hi; k++) {
				uint64_t keep = k >= ends.lo && k < ends.hi ? ends.words[k] : 0;
				if (k == from)
					keep |= ~(~(uint64_t)0 << (pos & 63));  /* before this start */
				missing.words[k] &= keep;
			}
		}
		if (pset_trim(&missing))
			break;  /* every end from first on: later starts add nothing */
	}
	if (first == SIZE_MAX)
		return;
	pset_add_range(out, first, m->n);
	for (size_t k = missing.lo; k < missing.hi; k++)
		out->words[k] &= ~missing.words[k];
}

/* out = the ends of group gi from the starts in in. */
static void reach_group(struct matcher *m, size_t gi, const struct pset *in, struct pset *out)
{
	const struct groupd *g = &m->p->groups[gi];
	struct pset_mark mark = pset_mark(&m->st);
	pset_clear(out);
	switch (g->kind) {
	case '@':
	case '?':
		reach_alts(m, g, in, out);
		if (g->kind == '?')
			pset_or(out, in);
		break;
	case '*':
	case '+': {
		/* repeat from the positions that are new until there are none */
		struct pset frontier = pset_new(&m->st), next = pset_new(&m->st);
		pset_copy(&frontier, in);
		if (g->kind == '*')
			pset_copy(out, in);
		while (!pset_trim(&frontier)) {
			pset_clear(&next);
			reach_alts(m, g, &frontier, &next);
			if (pset_trim(&next))
				break;
			pset_widen(out, next.lo, next.hi);
			for (size_t k = next.lo; k < next.hi; k++) {
				frontier.words[k] = next.words[k] & ~out->words[k];
				out->words[k] |= next.words[k];
			}
			frontier.lo = next.lo;
			frontier.hi = next.hi;
		}
		break;
	}
	case '!':
		reach_not(m, gi, in, out);
		break;
	default:
		break;
	}
	pset_release(&m->st, mark);
}

/* out = the positions where sequence q may end when it starts at a position in in. */
static void reach_seq(struct matcher *m, const struct seqd *q, const struct pset *in, struct pset *out)
{
	struct pset_mark mark = pset_mark(&m->st);
	struct pset cur = pset_new(&m->st), next = pset_new(&m->st);
	pset_copy(&cur, in);
	for (uint32_t k = 0; k < q->n && !pset_trim(&cur); k++) {
		const struct elem *e = &m->p->elems[q->first + k];
		pset_clear(&next);
		size_t pos = SIZE_MAX;
		switch ((enum elem_kind)e->kind) {
		case EL_STAR:
			/* from the first start on, every position (a leading . stays unmatched) */
			pset_next(&cur, &pos);
			if (m->period && pos == 0) {
				pset_add(&next, 0);
				if (!pset_next(&cur, &pos))
					break;
			}
			pset_add_range(&next, pos, m->n);
			break;
		case EL_GROUP:
			reach_group(m, e->idx, &cur, &next);
			break;
		case EL_CHAR:
		case EL_ANY:
		case EL_CLASS:
			step_one(m, e, &cur, &next);
			break;
		}
		struct pset t = cur;
		cur = next;
		next = t;
	}
	pset_copy(out, &cur);
	pset_release(&m->st, mark);
}

/* The set of positions where the whole pattern may end when it starts at one of the
 * positions 0..n (from 0 alone when one_start). */
static struct pset reach_all(struct matcher *m, bool one_start)
{
	struct pset start = pset_new(&m->st), ends = pset_new(&m->st);
	if (one_start)
		pset_add(&start, 0);
	else
		pset_add_range(&start, 0, m->n);
	reach_seq(m, &m->p->seqs[0], &start, &ends);
	pset_trim(&ends);
	return ends;
}

bool pattern_match_all(const struct pattern *p, const char *s, size_t n)
{
	if (!p->has_group)
		return match_simple(p, (const unsigned char *)s, n);
	struct matcher m;
	matcher_init(&m, p, s, n);
	struct pset ends = reach_all(&m, true);
	bool r = pset_has(&ends, n);
	matcher_done(&m);
	return r;
}

long pattern_prefix(const struct pattern *p, const char *s, size_t n, bool longest)
{
	if (!p->has_group && n <= 64) {
		/* short and without groups: trying each length is cheaper than the sets */
		const unsigned char *u = (const unsigned char *)s;
		for (size_t k = 0; k <= n; k++)
			if (match_simple(p, u, longest ? n - k : k))
				return (long)(longest ? n - k : k);
		return -1;
	}
	struct matcher m;
	matcher_init(&m, p, s, n);
	struct pset ends = reach_all(&m, true);
	long found = -1;
	if (ends.hi > ends.lo) {
		uint64_t word = longest ? ends.words[ends.hi - 1] : ends.words[ends.lo];
		found = longest ? (long)(((ends.hi - 1) << 6) + 63 - (size_t)__builtin_clzll(word))
		                : (long)((ends.lo << 6) + (size_t)__builtin_ctzll(word));
	}
	matcher_done(&m);
	return found;
}

bool pattern_occurs(const struct pattern *p, const char *s, size_t n)
{
	struct matcher m;
	matcher_init(&m, p, s, n);
	struct pset ends = reach_all(&m, false);
	bool found = ends.hi > ends.lo;
	matcher_done(&m);
	return found;
}

bool pattern_ends(const struct pattern *p, const char *s, size_t n, unsigned char *ends)
{
	struct matcher m;
	matcher_init(&m, p, s, n);
	struct pset found = reach_all(&m, false);
	size_t pos = SIZE_MAX;
	while (pset_next(&found, &pos))
		ends[pos] = 1;
	bool any = found.hi > found.lo;
	matcher_done(&m);
	return any;
}

/* ---- one-off matching ---- */

bool pattern_matches(const char *pattern, const char *s, unsigned flags)
{
	struct pattern *p = pattern_compile(pattern, flags);
	bool r = pattern_match_all(p, s, strlen(s));
	pattern_free(p);
	return r;
}

bool pattern_has_magic(const char *text, unsigned flags)
{
	for (const char *c = text; *c; c++) {
		if (*c == '\\' && c[1]) {
			c++;
			continue;
		}
		if (*c == '*' || *c == '?')
			return true;
		if (*c == '[' && strchr(c + 1, ']'))
			return true;
		if ((flags & PAT_EXTGLOB) && strchr("+@!", *c) && c[1] == '(')
			return true;
	}
	return false;
}
