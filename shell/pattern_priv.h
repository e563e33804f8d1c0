/* pattern_priv.h - internal to the pattern matcher: a compiled pattern, shared by the
 * compiler (pattern_compile.c) and the matcher (pattern.c). */
#ifndef MINISH_PATTERN_PRIV_H
#define MINISH_PATTERN_PRIV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "pattern.h"

enum elem_kind { EL_CHAR, EL_ANY, EL_STAR, EL_CLASS, EL_GROUP };

struct elem {
	uint8_t kind;     /* enum elem_kind */
	uint8_t c;        /* EL_CHAR */
	uint32_t idx;     /* EL_CLASS: class index; EL_GROUP: group index */
};

/* A sequence: elems[first .. first + n). */
struct seqd {
	uint32_t first, n;
};

/* A group: kind ? * + @ or !, alternatives seqs[first_alt .. first_alt + nalts). */
struct groupd {
	char kind;
	bool repeated;   /* inside a *( ) +( ) or !( ) group: may be matched again from a start */
	uint32_t first_alt, nalts;
};

struct pattern {
	unsigned flags;
	struct elem *elems;
	size_t nelems;
	struct seqd *seqs;     /* seqs[0] is the whole pattern */
	size_t nseqs;
	struct groupd *groups;
	size_t ngroups;
	uint8_t (*classes)[32];
	size_t nclasses;
	bool has_group;
	bool literal;          /* only EL_CHAR elements */
	char *text;            /* the unescaped text when literal */
	size_t textlen;
};

/* True when byte c is in class cls (a 256-bit set). */
static inline bool class_has(const uint8_t *cls, unsigned c)
{
	return (cls[c >> 3] >> (c & 7)) & 1;
}

#endif
