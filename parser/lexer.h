/* lexer.h - internal to parser/: the character reader and the tokenizer. */
#ifndef MINISH_LEXER_H
#define MINISH_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

struct arena;
struct parser;
struct redir;
struct word;

enum { RD_EOF = -1 };

/* A growable byte buffer in an arena (outgrown copies stay in the arena: linear total). */
struct sbuf {
	char *s;
	size_t len, cap;
};

/* Makes room for need bytes in b (moving its bytes to a bigger buffer when full). */
void sb_grow(struct arena *a, struct sbuf *b, size_t need);

/* Appends byte c to b. */
static inline void sb_putc(struct arena *a, struct sbuf *b, int c)
{
	if (b->len + 2 > b->cap)
		sb_grow(a, b, b->len + 2);
	b->s[b->len++] = (char)c;
}

/* Appends the n bytes at s to b. */
static inline void sb_putn(struct arena *a, struct sbuf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap)
		sb_grow(a, b, b->len + n + 1);
	memcpy(b->s + b->len, s, n);
	b->len += n;
}

/* Returns b's bytes NUL-terminated (never NULL); b may keep growing afterwards. */
char *sb_str(struct arena *a, struct sbuf *b);

/* One source of characters: the input text, or the value of an alias being read. */
struct rframe {
	const char *buf;
	size_t len, pos;
	const char *alias;   /* the alias whose value this is; NULL for the input itself */
	bool blank_end;      /* the value ends in a blank: the next word is checked for aliases */
	int line, col;       /* where the alias word was: the position of what is read from here */
};

/* The character reader: NUL bytes are skipped; rd_peek/rd_getc also remove
 * backslash-newline pairs, the _raw variants keep them (single quotes, comments). */
struct reader {
	struct arena *a;
	struct rframe *frames;   /* frames[0] is the input, later ones are alias values */
	int nframes, cap;
	struct rframe first;     /* storage for frames[0] until an alias needs more */
	int line, col;           /* position of the next input character */
	bool at_eof;             /* no text follows frames[0].buf[len] */
};

/* Starts reading buf[pos..len) at line:col. */
void rd_init(struct reader *r, struct arena *a, const char *buf, size_t len, size_t pos,
             int line, int col, bool at_eof);
/* rd_peek's general case: NUL bytes, backslash-newlines, the ends of alias values. */
int rd_peek_slow(struct reader *r);
/* rd_getc's general case (see rd_peek_slow). */
int rd_getc_slow(struct reader *r);

/* Returns the next character (0-255) or RD_EOF, after removing backslash-newlines. */
static inline int rd_peek(struct reader *r)
{
	const struct rframe *f = &r->frames[r->nframes - 1];
	if (f->pos < f->len) {
		unsigned char c = (unsigned char)f->buf[f->pos];
		if (c != '\0' && c != '\\')
			return c;
	}
	return rd_peek_slow(r);
}

/* Consumes and returns the character rd_peek would return. */
static inline int rd_getc(struct reader *r)
{
	struct rframe *f = &r->frames[r->nframes - 1];
	if (f->pos < f->len) {
		unsigned char c = (unsigned char)f->buf[f->pos];
		if (c != '\0' && c != '\\') {
			f->pos++;
			if (r->nframes == 1) {
				if (c == '\n') {
					r->line++;
					r->col = 1;
				} else {
					r->col++;
				}
			}
			return c;
		}
	}
	return rd_getc_slow(r);
}
/* Returns the next character without removing backslash-newlines. */
int rd_peek_raw(struct reader *r);
/* Consumes and returns the character rd_peek_raw would return. */
int rd_getc_raw(struct reader *r);
/* Consumes the longest run of bytes whose stop[] entry is 0 from the current frame; stop[]
 * must include '\0' and '\n' (and '\\' unless reading raw).  Returns the run's length. */
size_t rd_run(struct reader *r, const unsigned char *stop, const char **run);
/* Pushes the value of alias name (whose word was at line:col) to be read next. */
void rd_push_alias(struct reader *r, const char *name, const char *value, int line, int col);
/* True while the value of alias name is still being read. */
bool rd_alias_active(const struct reader *r, const char *name);
/* Drops fully read alias values; returns true when one of them ended in a blank. */
bool rd_pop_exhausted(struct reader *r);

enum arith_guess { GUESS_ARITH, GUESS_CMDSUB, GUESS_NEED_MORE };
/* At the second '(' of "$((": looks ahead (without consuming) to see whether the parentheses
 * close as "))" (arithmetic) or not ("$( (subshell) )"). */
enum arith_guess rd_guess_arith(const struct reader *r);

enum tok_kind {
	T_EOF, T_NEWLINE, T_WORD, T_IO_NUMBER,
	T_SEMI, T_DSEMI, T_AMP, T_AND_IF, T_PIPE, T_OR_IF, T_LPAREN, T_RPAREN,
	T_LESS, T_GREAT, T_CLOBBER, T_DGREAT, T_LESSGREAT, T_LESSAND, T_GREATAND,
	T_DLESS, T_DLESSDASH, T_TLESS,
	T_SEMI_AMP, T_DSEMI_AMP,  /* ;& and ;;& (bash case terminators) */
	T_AMPGREAT, T_AMPDGREAT, T_PIPEAMP,  /* &> &>> |& (bash) */
};

/* The reserved words, recognised once when a word is lexed. */
enum rword {
	RW_NONE, RW_BANG, RW_LBRACE, RW_RBRACE, RW_CASE, RW_DO, RW_DONE, RW_ELIF, RW_ELSE,
	RW_ESAC, RW_FI, RW_FOR, RW_FUNCTION, RW_IF, RW_IN, RW_THEN, RW_UNTIL, RW_WHILE,
	RW_DLBRACK,  /* [[ (bash) */
	RW_SELECT,   /* select (bash) */
};

/* Returns the reserved word spelled by the n bytes at s, or RW_NONE. */
enum rword rword_of(const char *s, size_t n);

struct token {
	enum tok_kind kind;
	enum rword rw;         /* T_WORD that is one unquoted literal spelling a reserved word */
	struct word *word;     /* T_WORD: parts without tilde expansion (the parser adds it) */
	int io_number;         /* T_IO_NUMBER; -1 for a {NAME} one */
	const char *io_name;   /* T_IO_NUMBER written {NAME} (bash): NAME; NULL otherwise */
	int line, col;
	const char *raw;       /* source text of the token, for messages (may be NULL) */
	size_t rawlen;
	bool alias_ok;         /* follows an alias whose value ends in a blank */
	bool from_alias;       /* read from an alias value */
	bool alias_checked;    /* already looked up as an alias (the parser peeks it repeatedly) */
};

/* Reads the next token into *t (on failure p->failed is set and t is T_EOF).
 * A newline token also reads the pending here-document bodies. */
void lex_token(struct parser *p, struct token *t);
/* Returns the operator text of token kind k, "newline" or "end of file" (words: NULL). */
const char *tok_kind_text(enum tok_kind k);
/* After a << or <<- operator: reads the delimiter word and queues the here-document;
 * returns false (with an error set) when there is no delimiter. */
bool lex_heredoc_delim(struct parser *p, struct redir *r);
/* Reads the bodies of all queued here-documents (called after a newline token). */
void read_heredoc_bodies(struct parser *p);

#endif
