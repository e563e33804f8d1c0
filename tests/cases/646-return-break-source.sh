# ref: dash
# break and continue in a sourced file reach the caller's loop; return ends the sourced file
# only; at a script's top level, return ends the script with its status, as in dash.
echo continue > c.sh
echo break > b.sh
echo 'return 3; echo not reached' > r.sh
f() {
    for i in 1 2 3 4 5; do
        if test $i = 2; then . ./c.sh; fi
        if test $i = 4; then . ./b.sh; fi
        echo $i
    done
    . ./r.sh
    echo "after return: $?"
}
f
me=$(readlink /proc/$$/exe)
"$me" -c 'echo before; return 5; echo not reached'
echo "top-level return: $?"
