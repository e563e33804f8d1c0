# ref: minish
# Every program start is traced, also the ones that take a second try: a script without #! (the
# exec fails with ENOEXEC and minish runs it with itself) and a hashed command that has moved (the
# first start fails with ENOENT and PATH is searched again). Each is tried as a simple command
# (started with posix_spawn) and as a pipeline stage. The block names the command as it was
# typed, as it does for a forked stage (`2>&1` makes the stage fork; it traces before its exec).
# moved3 takes both second tries: it has moved, and it has no #! (it must run from its new place).
mkdir bin1 bin2
printf 'echo no shebang\n' > ns
printf '#!/bin/sh\necho moved 1\n' > bin1/moved1
printf '#!/bin/sh\necho moved 2\n' > bin1/moved2
printf 'echo moved 3\n' > bin1/moved3
chmod +x ns bin1/moved1 bin1/moved2 bin1/moved3
PATH=$HOME/bin1:$HOME/bin2:$PATH
moved1 > /dev/null
moved2 > /dev/null
moved3 > /dev/null
mv bin1/moved1 bin1/moved2 bin1/moved3 bin2/
exec 2>trace.txt
set -o fdtrace
{
    ./ns
    ./ns | cat
    ./ns 2>&1 | cat
    moved1
    moved2 | cat
    moved3
} > out.txt
set +o fdtrace
exec 2>&1
cat out.txt
grep '^\[fdtrace\]' trace.txt | sed -e 's/pid [0-9][0-9]*/pid P/' -e 's/pgid [0-9][0-9]*/pgid G/' | sort
