#!/usr/bin/env bash
# run.sh - builds every tests/fuzz/fuzz_*.c as a libFuzzer binary in build-fuzz/ and runs each
# for $FUZZ_SECONDS seconds (default 60); exits non-zero when a target crashes, leaks or hangs.
# A target may restrict what it links with a line "fuzz-sources: parser shell" (directories);
# by default it links every library source (parser/, shell/ except main.c, builtins/).
set -u
cd "$(dirname "$0")/../.."
SECONDS_EACH=${FUZZ_SECONDS:-60}
OUT=build-fuzz
CC=${FUZZ_CC:-clang}
FLAGS=(-std=c17 -D_POSIX_C_SOURCE=200809L -g -O1 -fno-omit-frame-pointer
       -fsanitize=address,undefined -fno-sanitize-recover=undefined)

command -v "$CC" >/dev/null || { echo "fuzz: $CC not found (apt-get install clang libclang-rt-14-dev)" >&2; exit 1; }
mkdir -p "$OUT/obj"

# lib_objects DIR...: compiles the library sources of those directories, prints the objects.
lib_objects() {
	local dir src obj
	for dir in "$@"; do
		for src in "$dir"/*.c; do
			[ -e "$src" ] || continue
			[ "$src" = shell/main.c ] && continue
			obj="$OUT/obj/${src%.c}.o"
			mkdir -p "$(dirname "$obj")"
			if [ ! "$obj" -nt "$src" ] || [ -n "$(find "$dir" -name '*.h' -newer "$obj" 2>/dev/null)" ]; then
				"$CC" "${FLAGS[@]}" -fsanitize=fuzzer-no-link -c "$src" -o "$obj" || return 1
			fi
			echo "$obj"
		done
	done
}

failed=0
for target in tests/fuzz/fuzz_*.c; do
	[ -e "$target" ] || continue
	name=$(basename "$target" .c)
	dirs=$(sed -n 's/.*fuzz-sources:[[:space:]]*\([a-z ]*\).*/\1/p' "$target" | head -n 1)
	[ -n "$dirs" ] || dirs="parser shell builtins"
	# shellcheck disable=SC2086
	objs=$(lib_objects $dirs) || { echo "fuzz: $name: library build failed" >&2; failed=1; continue; }
	# shellcheck disable=SC2086
	if ! "$CC" "${FLAGS[@]}" -fsanitize=fuzzer "$target" $objs -o "$OUT/$name" \
		-lreadline -lrt -lpthread; then
		echo "fuzz: $name: build failed" >&2
		failed=1
		continue
	fi
	corpus="$OUT/corpus/$name"
	mkdir -p "$corpus"
	seeds=()
	[ -d "tests/fuzz/corpus/$name" ] && seeds=("tests/fuzz/corpus/$name")
	dict=()
	[ -f "tests/fuzz/$name.dict" ] && dict=("-dict=tests/fuzz/$name.dict")
	echo "fuzz: running $name for ${SECONDS_EACH}s"
	if ! (cd "$OUT" && "./$name" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
		-print_final_stats=1 "${dict[@]/#-dict=/-dict=../}" "corpus/$name" \
		"${seeds[@]/#/../}") 2>"$OUT/$name.log"; then
		echo "fuzz: $name FAILED (see $OUT/$name.log and $OUT/crash-*)" >&2
		tail -n 40 "$OUT/$name.log" >&2
		failed=1
	else
		grep -E '^(stat::number_of_executed_units|Done)' "$OUT/$name.log"
	fi
done
exit $failed
