/* args.h - small argument helpers shared by builtins. */
#ifndef MINISH_ARGS_H
#define MINISH_ARGS_H

/* Parses a whole decimal int (optional sign); returns 0, or -1 when s is not one. */
int arg_to_int(const char *s, int *out);

#endif
