/* pattern.h - shell pattern matching, the one matcher of case, [[ == ]], ${x#...} and
 * friends, ${x/.../...} and file names: * ? [...] with backslash quoting, and bash's extglob
 * groups ?(...) *(...) +(...) @(...) !(...). Patterns and subjects are bytes. */
#ifndef MINISH_PATTERN_H
#define MINISH_PATTERN_H

#include <stdbool.h>
#include <stddef.h>

enum pattern_flags {
	PAT_EXTGLOB = 1u << 0,  /* ?(...) *(...) +(...) @(...) !(...) are groups */
	PAT_NOCASE = 1u << 1,   /* letters match either case */
	PAT_PERIOD = 1u << 2,   /* a leading . is matched only by a . in the pattern (file names) */
};

struct pattern;

/* Compiles pattern text (quoted characters escaped with a backslash) for flags; never
 * fails (what is not syntax is text).  Free with pattern_free. */
struct pattern *pattern_compile(const char *text, unsigned flags);
/* Frees a compiled pattern (NULL is allowed). */
void pattern_free(struct pattern *p);
/* True when p matches all of s[0..n). */
bool pattern_match_all(const struct pattern *p, const char *s, size_t n);
/* The length of the shortest (or longest) prefix of s[0..n) that p matches, -1 when none
 * does. */
long pattern_prefix(const struct pattern *p, const char *s, size_t n, bool longest);
/* True when p matches some part of s[0..n) (one pass: every position is a start). */
bool pattern_occurs(const struct pattern *p, const char *s, size_t n);
/* Sets ends[e] to 1 for every position e (0..n) where a match of p that starts anywhere in
 * s[0..n) ends, in one pass; true when there is one. */
bool pattern_ends(const struct pattern *p, const char *s, size_t n, unsigned char *ends);
/* The length of every match of p when it is fixed (no * and no group), else -1. */
long pattern_fixed_length(const struct pattern *p);
/* True when p matches only one string, which it copies to *text (its length is returned in
 * *len): a pattern without any special character after unescaping. */
bool pattern_literal(const struct pattern *p, const char **text, size_t *len);
/* Turns p around: it then matches the reverse of each string it matched (suffixes become
 * prefixes: ${x%pattern} matched in one pass over the reversed value). */
void pattern_reverse(struct pattern *p);
/* True when every match of p ends with one given byte (its last element is a plain
 * character, case counts), copied to *c. */
bool pattern_last_byte(const struct pattern *p, unsigned char *c);

/* True when pattern matches all of s: compiles, matches and frees (with a fast path for
 * patterns without groups). */
bool pattern_matches(const char *pattern, const char *s, unsigned flags);
/* True when text has an unquoted * ? [...] or, with PAT_EXTGLOB, a group. */
bool pattern_has_magic(const char *text, unsigned flags);

#endif
