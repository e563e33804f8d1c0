#!/usr/bin/env bash
# seeds.sh - extracts each fuzz target's seed corpus from the whole-shell cases (tests/cases/*.sh)
# into OUTDIR/fuzz_NAME/ (one input per file, duplicates dropped), so that the seeds follow the
# cases. The inputs a target once failed on live in tests/fuzz/corpus/fuzz_NAME/ instead.
#
# usage: bash tests/fuzz/seeds.sh OUTDIR
#   fuzz_parser, fuzz_lexer  every case file (up to 4096 bytes)
#   fuzz_expand              every line with $ ~ { or a quote
#   fuzz_brace               every line with a { followed by , or ..
#   fuzz_arith               the inside of every $((...)) and ((...)), and let's operands
#   fuzz_cond                every [[ ... ]] and (( ... )) command
#   fuzz_pattern             every case pattern, against a few subjects, with and without extglob
set -u
[ $# = 1 ] || { echo "usage: tests/fuzz/seeds.sh OUTDIR" >&2; exit 2; }
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
out=$1
cases=(tests/cases/*.sh)
for t in parser lexer expand brace arith cond pattern; do
    rm -rf "$out/fuzz_$t"
    mkdir -p "$out/fuzz_$t" || exit 2
done

for f in "${cases[@]}"; do
    [ "$(wc -c < "$f")" -le 4096 ] || continue
    cp "$f" "$out/fuzz_parser/"
    cp "$f" "$out/fuzz_lexer/"
done

# lines DIR AWK-CONDITION: every distinct line of the cases that meets the condition.
lines() {
    awk -v dir="$1" "$2"' && !seen[$0]++ { n++; printf "%s\n", $0 > (dir "/" n); close(dir "/" n) }' "${cases[@]}"
}
lines "$out/fuzz_expand" '/[$~{'\''"]/ && !/^#/'
lines "$out/fuzz_brace" '/\{[^}]*(,|\.\.)/ && !/^#/'

# matches DIR ERE: every distinct match of ERE in the cases' lines (without comments), one a file.
matches() {
    grep -ohE "$2" "${cases[@]}" | awk -v dir="$1" '!seen[$0]++ { n++; printf "%s", $0 > (dir "/" n); close(dir "/" n) }'
}
matches "$out/fuzz_arith" '\(\([^()]*(\([^()]*\)[^()]*)*\)\)'
matches "$out/fuzz_cond" '\[\[ .* \]\]|\(\([^()]*(\([^()]*\)[^()]*)*\)\)'
# arithmetic: the expression without its (( )); let's quoted operands
for f in "$out"/fuzz_arith/*; do
    [ -e "$f" ] || continue
    s=$(< "$f")
    printf '%s' "${s:2:${#s}-4}" > "$f"
done
grep -ohE "let '[^']*'" "${cases[@]}" | awk -v dir="$out/fuzz_arith" \
    '!seen[$0]++ { n++; s = substr($0, 6, length($0) - 6); printf "%s", s > (dir "/let" n); close(dir "/let" n) }'

# patterns: FLAGS PATTERN NUL SUBJECT (fuzz_pattern.c); flags extglob (1) or nocase (2)
subjects=(abc foo.txt .hidden aaa x/y)
n=0
while IFS= read -r pat; do
    for fl in '\001' '\002'; do
        n=$((n + 1))
        printf "$fl%s\\0%s" "$pat" "${subjects[n % 5]}" > "$out/fuzz_pattern/$n"
    done
done < <(grep -ohE '^[[:space:]]*\(?[^()#;]+\)[[:space:]]' "${cases[@]}" |
         sed -E 's/^[[:space:]]*\(?//; s/\)[[:space:]]$//' | sort -u)
for t in parser lexer expand brace arith cond pattern; do
    printf 'fuzz_%s: %s seeds\n' "$t" "$(ls "$out/fuzz_$t" | wc -l)"
done
