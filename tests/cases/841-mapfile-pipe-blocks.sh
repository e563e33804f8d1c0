# ref: bash
# timeout: 30
# mapfile on a pipe: with -n it takes only the lines it uses and leaves the rest in the pipe
# for the next reader (a long line, longer than one block, included); without -n it reads to
# the end (minish in blocks, bash a byte per read: the same lines).
seq 50000 | {
    mapfile -t -n 3 -s 2 a
    read -r x
    echo "${a[*]} next=$x"
    mapfile -t rest
    echo "${#rest[@]} ${rest[0]} ${rest[-1]}"
}
seq 100000 | { mapfile -t all; echo "${#all[@]} ${all[0]} ${all[-1]}"; }
printf 'a\0b\0c' | { mapfile -d '' -n 1 x; tr '\0' '|'; echo " ${x[0]}"; }
{ head -c 20000 /dev/zero | tr '\0' x; echo; echo second; echo third; } | {
    mapfile -n 1 -t l
    read -r s
    echo "${#l[0]} $s"
    cat
}
seq 10 | { mapfile -t -n 2; mapfile -t -n 0 -O 5 MAPFILE; echo "${!MAPFILE[*]} ${MAPFILE[*]}"; }
