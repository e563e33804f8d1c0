/* complete.h - tab completion: commands, files, $VARIABLES, %jobs. */
#ifndef MINISH_COMPLETE_H
#define MINISH_COMPLETE_H

struct shell;

/* Installs minish's completion into readline for shell sh. */
void complete_init(struct shell *sh);

#endif
