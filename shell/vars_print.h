/* vars_print.h - variables written back as shell text: declare -p, set, ${v@A}, ${v@a}. */
#ifndef MINISH_VARS_PRINT_H
#define MINISH_VARS_PRINT_H

#include <stdbool.h>
#include <stdio.h>

struct var;

/* Writes v's attribute letters in bash's order (a A i n r x l u) to buf (16 bytes); "" for
 * none or a NULL v. */
void var_attribute_letters(const struct var *v, char *buf);
/* Writes v's value as it follows "NAME=" in declare -p: "text", ([0]="a" [5]="b"),
 * ([key]="v" ) or (). Nothing is written for a scalar that is unset. */
void var_print_value(FILE *out, const struct var *v);
/* Writes the declare -p line of v ("declare -ai a=(...)", "declare -- x") and a newline. */
void var_print_declare(FILE *out, const struct var *v);
/* Writes ${v@A}: NAME='value', with "declare -FLAGS " first when v has attributes; an array
 * as declare -p writes it when whole (${a[@]@A}), else its element 0. */
void var_print_assignment(FILE *out, const struct var *v, bool whole);

#endif
