# ref: minish
# Every program start is traced, also the ones that take a second try: a script without #! (the
# exec fails with ENOEXEC and minish runs it with itself). It is tried as a simple command
# (started with vfork) and as a pipeline stage. The block names the command as it was
# typed, as it does for a forked stage (`2>&1` makes the stage fork; it traces before its exec).
printf 'echo no shebang\n' > ns
chmod +x ns
exec 2>trace.txt
set -o fdtrace
{
    ./ns
    ./ns | cat
    ./ns 2>&1 | cat
} > out.txt
set +o fdtrace
exec 2>&1
cat out.txt
grep '^\[fdtrace\]' trace.txt | sed -e 's/pid [0-9][0-9]*/pid P/' -e 's/pgid [0-9][0-9]*/pgid G/' | sort
