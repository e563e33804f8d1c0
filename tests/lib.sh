# tests/lib.sh - shell functions shared by the test runners (sourced by bash scripts).

# select_cases DIR PROG [NAME...]: sets the array `selected` to the cases NNN-topic of DIR
# (files DIR/NNN-*.sh) named by NAME (a full name, a file path, or a prefix such as 700), or to
# all of them without a NAME; an unknown name is reported as "PROG: no case named 'N'", exit 2.
select_cases() {
    local dir=$1 prog=$2 f n c found
    shift 2
    local -a all=()
    for f in "$dir"/[0-9]*.sh; do
        [ -e "$f" ] && all+=("$(basename "$f" .sh)")
    done
    selected=()
    if [ $# -eq 0 ]; then
        selected=("${all[@]}")
        return
    fi
    for n in "$@"; do
        n=$(basename "$n"); n=${n%.sh}; found=0
        for c in "${all[@]}"; do
            if [ "$c" = "$n" ] || [[ $c == "$n"-* ]]; then selected+=("$c"); found=1; fi
        done
        [ $found = 1 ] || { echo "$prog: no case named '$n'" >&2; exit 2; }
    done
}

# take_operand ARG: a runner's operand. The first one is the shell under test when it is an
# executable file that is not a case script (*.sh); every other one names cases (appended to
# the array `names`). Sets `shell_path` for the shell.
take_operand() {
    if [ -z "$shell_path" ] && [ ${#names[@]} -eq 0 ] && [ -f "$1" ] && [ -x "$1" ] && [[ $1 != *.sh ]]; then
        shell_path=$1
    else
        names+=("$1")
    fi
}

# check_shell PROG: exits 2 with "PROG: shell '...' is not an executable file" unless
# `shell_path` is one; then makes it absolute.
check_shell() {
    if [ ! -x "$shell_path" ] || [ -d "$shell_path" ]; then
        echo "$1: shell '$shell_path' is not an executable file" >&2
        exit 2
    fi
    shell_path=$(realpath "$shell_path")
}
