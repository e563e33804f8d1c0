/* cond.c - the spellings of the test operators, shared by [[ ]], test and [. */
#include "cond.h"

#include <string.h>

/* The spelling is kept in the entry, NUL-padded (no pointer to chase or relocate): a lookup
 * compares four bytes at a time. */
struct op_name {
	char text[4];
	enum cond_op op;
};

static const struct op_name unary_ops[] = {
	{ "-a", COP_FILE_A }, { "-b", COP_BLOCK }, { "-c", COP_CHAR }, { "-d", COP_DIR },
	{ "-e", COP_EXISTS }, { "-f", COP_REGULAR }, { "-g", COP_SETGID },
	{ "-h", COP_SYMLINK_H }, { "-k", COP_STICKY }, { "-p", COP_FIFO },
	{ "-r", COP_READABLE }, { "-s", COP_NONEMPTY_FILE }, { "-t", COP_TTY },
	{ "-u", COP_SETUID }, { "-w", COP_WRITABLE }, { "-x", COP_EXECUTABLE },
	{ "-G", COP_GROUP_OWNED }, { "-L", COP_SYMLINK }, { "-N", COP_MODIFIED },
	{ "-O", COP_OWNED }, { "-S", COP_SOCKET }, { "-n", COP_NONEMPTY }, { "-z", COP_EMPTY },
	{ "-o", COP_OPTION }, { "-v", COP_VARSET }, { "-R", COP_NAMEREF },
};

static const struct op_name binary_ops[] = {
	{ "=", COP_STR_EQ }, { "==", COP_STR_EQ2 }, { "!=", COP_STR_NE }, { "<", COP_STR_LT },
	{ ">", COP_STR_GT }, { "=~", COP_REGEX }, { "-eq", COP_INT_EQ }, { "-ne", COP_INT_NE },
	{ "-lt", COP_INT_LT }, { "-le", COP_INT_LE }, { "-gt", COP_INT_GT }, { "-ge", COP_INT_GE },
	{ "-nt", COP_NEWER }, { "-ot", COP_OLDER }, { "-ef", COP_SAME_FILE },
};

enum { NUNARY = sizeof(unary_ops) / sizeof(unary_ops[0]),
       NBINARY = sizeof(binary_ops) / sizeof(binary_ops[0]) };

enum cond_op cond_unary_op(const char *s)
{
	if (s[0] != '-' || !s[1] || s[2])
		return COP_NONE;
	for (size_t i = 0; i < NUNARY; i++)
		if (unary_ops[i].text[1] == s[1])
			return unary_ops[i].op;
	return COP_NONE;
}

enum cond_op cond_binary_op(const char *s)
{
	/* test's operands are looked up on every call: the word is read into a four-byte key
	 * (longer words are no operator) and compared with each spelling in one step */
	char key[4] = { s[0], 0, 0, 0 };
	if (key[0] && s[1]) {
		key[1] = s[1];
		if (s[2]) {
			key[2] = s[2];
			if (s[3])
				return COP_NONE;
		}
	}
	for (size_t i = 0; i < NBINARY; i++)
		if (memcmp(binary_ops[i].text, key, sizeof(key)) == 0)
			return binary_ops[i].op;
	return COP_NONE;
}

const char *cond_op_text(enum cond_op op)
{
	for (size_t i = 0; i < NUNARY; i++)
		if (unary_ops[i].op == op)
			return unary_ops[i].text;
	for (size_t i = 0; i < NBINARY; i++)
		if (binary_ops[i].op == op)
			return binary_ops[i].text;
	return "";
}

bool cond_op_is_int(enum cond_op op)
{
	return op >= COP_INT_EQ && op <= COP_INT_GE;
}
