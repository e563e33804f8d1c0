# ref: minish
# How each kind of fd is described: `>>` is (write, append), `<>` is (read/write), `4<&0` is a
# copy of fd 0, a here-document and a here-string reach fd 0 through a pipe (read end), and a
# command substitution's command writes the pipe the shell reads (write end).
echo data > in.txt
exec 2>trace.txt
set -o fdtrace
{
    /bin/true < in.txt >> app.txt 3<> rw.txt 4<&0 5>&2
    cat <<END
here-document
END
    cat <<< here-string
    x=$(/bin/echo substituted)
    echo "$x"
} > out.txt
set +o fdtrace
exec 2>&1
sed -e "s|$HOME|HOME|g" -e 's/, written by pids* [0-9, ]*)/)/' -e 's/pid [0-9][0-9]*/pid P/g' -e 's/pgid [0-9][0-9]*/pgid G/' \
    -e 's/pipe:\[[0-9]*\]/pipe:[I]/' trace.txt
cat out.txt
