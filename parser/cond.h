/* cond.h - the expression tree of bash's [[ ]], and the test operators it shares with the
 * test and [ builtins (one table of spellings: parser/cond.c). */
#ifndef MINISH_COND_H
#define MINISH_COND_H

#include <stdbool.h>

struct word;

/* A test operator, one value per spelling (so a tree prints back as it was written). */
enum cond_op {
	COP_NONE,
	/* unary: files */
	COP_FILE_A,      /* -a  exists (as -e) */
	COP_BLOCK,       /* -b */
	COP_CHAR,        /* -c */
	COP_DIR,         /* -d */
	COP_EXISTS,      /* -e */
	COP_REGULAR,     /* -f */
	COP_SETGID,      /* -g */
	COP_SYMLINK_H,   /* -h  symbolic link (as -L) */
	COP_STICKY,      /* -k */
	COP_FIFO,        /* -p */
	COP_READABLE,    /* -r */
	COP_NONEMPTY_FILE, /* -s */
	COP_TTY,         /* -t  fd is a terminal */
	COP_SETUID,      /* -u */
	COP_WRITABLE,    /* -w */
	COP_EXECUTABLE,  /* -x */
	COP_GROUP_OWNED, /* -G */
	COP_SYMLINK,     /* -L */
	COP_MODIFIED,    /* -N  modified since last read */
	COP_OWNED,       /* -O */
	COP_SOCKET,      /* -S */
	/* unary: strings, options, variables */
	COP_NONEMPTY,    /* -n */
	COP_EMPTY,       /* -z */
	COP_OPTION,      /* -o  set -o option is on */
	COP_VARSET,      /* -v  variable (or a[i] element) is set */
	COP_NAMEREF,     /* -R  variable is a name reference */
	/* binary: strings (patterns in [[ ]]) */
	COP_STR_EQ,      /* =  */
	COP_STR_EQ2,     /* == */
	COP_STR_NE,      /* != */
	COP_STR_LT,      /* <  */
	COP_STR_GT,      /* >  */
	COP_REGEX,       /* =~ ([[ ]] only) */
	/* binary: integers (arithmetic expressions in [[ ]]) */
	COP_INT_EQ,      /* -eq */
	COP_INT_NE,      /* -ne */
	COP_INT_LT,      /* -lt */
	COP_INT_LE,      /* -le */
	COP_INT_GT,      /* -gt */
	COP_INT_GE,      /* -ge */
	/* binary: files */
	COP_NEWER,       /* -nt */
	COP_OLDER,       /* -ot */
	COP_SAME_FILE,   /* -ef */
};

/* Returns the unary operator spelled s ("-f", ...), or COP_NONE. */
enum cond_op cond_unary_op(const char *s);
/* Returns the binary operator spelled s ("==", "-eq", "<", "=~", ...), or COP_NONE. */
enum cond_op cond_binary_op(const char *s);
/* Returns the spelling of op ("" for COP_NONE). */
const char *cond_op_text(enum cond_op op);
/* True for the operators that compare integers (-eq ... -ge). */
bool cond_op_is_int(enum cond_op op);

enum cond_kind {
	CK_AND,     /* left && right */
	CK_OR,      /* left || right */
	CK_NOT,     /* ! left */
	CK_GROUP,   /* ( left ) */
	CK_UNARY,   /* op arg */
	CK_BINARY,  /* arg op arg2 */
	CK_WORD,    /* arg: true when not empty */
};

struct cond_expr {
	enum cond_kind kind;
	enum cond_op op;                /* CK_UNARY and CK_BINARY */
	struct cond_expr *left, *right; /* CK_AND, CK_OR: both; CK_NOT, CK_GROUP: left */
	struct word *arg, *arg2;        /* CK_UNARY, CK_WORD: arg; CK_BINARY: arg and arg2 */
	int line, col;
};

#endif
