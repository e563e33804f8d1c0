/* ipc.h - the ipcs, ipcrm and ipcmk commands with explicit streams and data source (testable). */
#ifndef MINISH_IPC_H
#define MINISH_IPC_H

#include <stdio.h>

#include "ipc_collect.h"

/* Runs ipcs argv on src, printing to out and messages to err; returns the exit status. */
int ipcs_main(const struct ipc_source *src, FILE *out, FILE *err, int argc, char **argv);
/* Runs ipcrm argv on the running system; returns the exit status. */
int ipcrm_main(FILE *out, FILE *err, int argc, char **argv);
/* Runs ipcmk argv on the running system; returns the exit status. */
int ipcmk_main(FILE *out, FILE *err, int argc, char **argv);

#endif
