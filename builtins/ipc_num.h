/* ipc_num.h - number arguments of ipcs, ipcrm and ipcmk, read as util-linux reads them (ids,
 * keys, sizes with suffixes, octal modes), minus util-linux's silent truncations. */
#ifndef MINISH_IPC_NUM_H
#define MINISH_IPC_NUM_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/* Each parser returns 0, EINVAL (not a number of that kind) or ERANGE (out of range). */

/* A decimal int (leading blanks and a sign allowed), as util-linux's strtos32_or_err. */
int ipc_num_s32(const char *s, int *v);
/* A size: a number (decimal, 0x hex, 0 octal) with an optional fraction and suffix K M G T P
 * E Z Y (powers of 1024, also KiB ...; lower case too) or KB MB ... (powers of 1000); no sign.
 * Fractions are exact (1.25K is 1280), to 18 digits. */
int ipc_num_size(const char *s, uint64_t *v);
/* An octal permission mode, 0 to 07777. */
int ipc_num_mode(const char *s, unsigned *v);
/* A System V key (decimal, 0x hex or 0 octal): -2^31 .. 2^32-1, as the 32 bits of a key_t. */
int ipc_num_key(const char *s, int32_t *v);

/* Prints util-linux's message for a bad number: "CMD: MSG: 'S'", with ": strerror(rc)" added
 * for ERANGE, or for every rc when with_reason (util-linux's sizes say "Invalid argument"). */
void ipc_num_error(FILE *err, const char *cmd, const char *msg, const char *s, int rc, bool with_reason);

#endif
