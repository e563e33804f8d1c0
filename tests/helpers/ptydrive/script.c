/* ptydrive's scenario text: @NAME@ substitution, C escapes, quotes, words and the environment. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "ptydrive.h"

/* Replaces @NAME@ by its -D value; returns a new string. */
char *substitute(struct drive *d, const char *s)
{
    size_t cap = strlen(s) + 1, len = 0;
    char *out = xrealloc(NULL, cap);
    while (*s) {
        const char *end = NULL;
        if (*s == '@' && (isupper((unsigned char)s[1]) || s[1] == '_')) {
            end = s + 1;
            while (isupper((unsigned char)*end) || isdigit((unsigned char)*end) || *end == '_')
                end++;
            if (*end != '@')
                end = NULL;
        }
        const char *piece = s;
        size_t plen = 1;
        if (end) {
            size_t nlen = (size_t)(end - s - 1);
            size_t i = 0;
            while (i < d->ndefs && !(strlen(d->defs[i].name) == nlen && !strncmp(d->defs[i].name, s + 1, nlen)))
                i++;
            if (i == d->ndefs)
                bad_scenario(d, "@%.*s@ is not defined (use -D %.*s=VALUE)", (int)nlen, s + 1, (int)nlen, s + 1);
            piece = d->defs[i].value;
            plen = strlen(piece);
            s = end + 1;
        } else {
            s++;
        }
        if (len + plen + 1 > cap) {
            cap = (len + plen + 1) * 2;
            out = xrealloc(out, cap);
        }
        memcpy(out + len, piece, plen);
        len += plen;
    }
    out[len] = '\0';
    return out;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = tolower(c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Decodes C escapes of s in place; with regex set, escapes other than \r \n \t \e \xHH are
 * kept as they are for regcomp. Returns the decoded length (the text may contain NUL). */
size_t unescape(char *s, int regex)
{
    char *o = s;
    for (const char *p = s; *p; p++) {
        if (*p != '\\' || !p[1]) {
            *o++ = *p;
            continue;
        }
        char c = *++p;
        switch (c) {
        case 'r': *o++ = '\r'; continue;
        case 'n': *o++ = '\n'; continue;
        case 't': *o++ = '\t'; continue;
        case 'e': *o++ = '\033'; continue;
        case 'x':
            if (hexval(p[1]) >= 0) {
                int v = hexval(*++p);
                if (hexval(p[1]) >= 0)
                    v = v * 16 + hexval(*++p);
                *o++ = (char)v;
                continue;
            }
            break;
        default:
            break;
        }
        if (regex) {
            *o++ = '\\';
            *o++ = c;
        } else if (c >= '0' && c <= '7') {
            int v = c - '0';
            for (int k = 0; k < 2 && p[1] >= '0' && p[1] <= '7'; k++)
                v = v * 8 + (*++p - '0');
            *o++ = (char)v;
        } else if (c == 'a') {
            *o++ = '\a';
        } else if (c == 'b') {
            *o++ = '\b';
        } else {
            *o++ = c; /* \\ \" \' and anything else: the character itself */
        }
    }
    *o = '\0';
    return (size_t)(o - s);
}

/* Strips one pair of surrounding double quotes, if any. */
char *strip_quotes(char *s)
{
    size_t n = strlen(s);
    if (n >= 2 && s[0] == '"' && s[n - 1] == '"') {
        s[n - 1] = '\0';
        return s + 1;
    }
    return s;
}

/* Splits s into whitespace-separated words with '...' and "..." quoting; returns the count. */
size_t split_words(struct drive *d, char *s, char **argv, size_t max)
{
    size_t n = 0;
    while (*s) {
        while (isspace((unsigned char)*s))
            s++;
        if (!*s)
            break;
        if (n == max)
            bad_scenario(d, "too many words");
        char *o = s;
        argv[n++] = o;
        while (*s && !isspace((unsigned char)*s)) {
            char q = *s;
            if (q == '\'' || q == '"') {
                s++;
                while (*s && *s != q) {
                    if (q == '"' && *s == '\\' && s[1])
                        s++;
                    *o++ = *s++;
                }
                if (*s != q)
                    bad_scenario(d, "unterminated %c quote", q);
                s++;
            } else {
                *o++ = *s++;
            }
        }
        if (*s)
            s++;
        *o = '\0';
    }
    return n;
}

/* Returns the value of NAME in the scenario environment, or NULL. */
const char *env_get(const struct drive *d, const char *name)
{
    size_t n = strlen(name);
    for (size_t i = 0; i < d->nenv; i++)
        if (!strncmp(d->env[i], name, n) && d->env[i][n] == '=')
            return d->env[i] + n + 1;
    return NULL;
}

/* Sets NAME=VALUE (one string) in the scenario environment, replacing an earlier value. */
void env_put(struct drive *d, const char *assignment)
{
    size_t n = strcspn(assignment, "=");
    for (size_t i = 0; i < d->nenv; i++)
        if (!strncmp(d->env[i], assignment, n) && d->env[i][n] == '=') {
            free(d->env[i]);
            d->env[i] = xstrdup(assignment);
            return;
        }
    if (d->nenv == MAX_ENV)
        bad_scenario(d, "too many env lines");
    d->env[d->nenv++] = xstrdup(assignment);
    d->env[d->nenv] = NULL;
}

void cmd_env(struct drive *d, char *arg)
{
    char *s = substitute(d, arg);
    char *eq = strchr(s, '=');
    if (!eq || eq == s)
        bad_scenario(d, "env needs NAME=VALUE");
    char *v = eq + 1;
    size_t n = strlen(v);
    if (n >= 2 && v[0] == '\'' && v[n - 1] == '\'') {
        memmove(v, v + 1, n - 2);
        v[n - 2] = '\0';
    } else {
        char *inner = strip_quotes(v);
        memmove(v, inner, strlen(inner) + 1);
        unescape(v, 0);
    }
    env_put(d, s);
    free(s);
}
