# ref: bash
# $_ is the last word of the last simple command run in this shell, set when the command
# ends (bash): inside a function it is still the word before the call; a command without
# words makes it empty; (( )), [[ ]], loops, background jobs and the stages of a pipeline
# (subshells) leave it; `for _` and `read _` set it as any variable.
f() { echo "in f: $_"; }
echo start
f x y
echo "after f: $_"
g() { echo "g: $_"; false; }
g p q || echo "or: $_"
x=$(echo sub)
echo "after an assignment: [$_]"
echo $(echo "inner: $_") k
true
(echo "subshell: $_")
if true z; then echo "if: $_"; fi
case a in a) echo "case: $_" ;; esac
while false w; do :; done
echo "while: $_"
! true nn
echo "not: $_"
echo a | cat > /dev/null
echo "pipeline: [$_]"
{ echo in; }
echo "brace: [$_]"
echo w
(( 1 ))
echo "arith: [$_]"
[[ -n x ]]
echo "cond: [$_]"
echo t
> /dev/null
echo "redirection only: [$_]"
echo s
sleep 0 &
echo "background: [$_]"
wait
for _ in 1 2; do echo "loop $_"; done
read _ v <<< "p q"
echo "read: [$_] $v"
dir=${TMPDIR:-/tmp}/minish-679-$$
mkdir -p "$dir" && cd "$_" && [ "$PWD" = "$(cd "$dir" && pwd -P)" ] && echo "cd \$_: ok"
cd / && rmdir "$dir"
set -u
echo "set -u: [$_]"
