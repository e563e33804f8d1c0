/* args.c - small argument helpers shared by builtins. */
#include "args.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>

int arg_to_int(const char *s, int *out)
{
	char *end;
	while (isspace((unsigned char)*s))
		s++;
	if (!*s)
		return -1;
	errno = 0;
	long v = strtol(s, &end, 10);
	while (isspace((unsigned char)*end))
		end++;
	if (*end || errno == ERANGE || v > INT_MAX || v < INT_MIN)
		return -1;
	*out = (int)v;
	return 0;
}
