# ref: dash
# Prefix assignments are expanded in order, each seeing the ones before it; a PATH=... prefix is
# used to find the command; exec's program gets them in its environment; local keeps them (dash);
# the redirections of a command made only of assignments cover their command substitutions.
FOO=foo BAR="[$FOO]" env | grep -E '^(FOO|BAR)=' | sort
mkdir bin
printf 'echo tool ran\n' > bin/tool
chmod +x bin/tool
PATH="$HOME/bin:$PATH" tool
me=$(readlink /proc/$$/exe)
"$me" -c 'pre=1 exec env' | grep '^pre='
f() { E=env local v=var; echo "$E $v"; }
f
X=$(echo to-file >&2) 2>err.txt
echo "X=[$X] file=$(cat err.txt)"
Y=1 >/nonexistent/dir/f 2>/dev/null
echo "Y=[$Y]"
