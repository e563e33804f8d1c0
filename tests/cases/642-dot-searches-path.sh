# `. name` (no slash) searches the shell's PATH skipping
# directories, and a PATH=... prefix on `.` is used for that search (POSIX; dash and bash).
mkdir -p dir sub/cmd
echo 'echo from-path' > dir/cmd
echo 'echo from-cwd' > cmd
PATH="$HOME/dir:$PATH"
. cmd
PATH="$HOME/sub:$PATH" . cmd
