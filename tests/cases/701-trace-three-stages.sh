# ref: minish
# A three-stage pipeline: the middle stage reads the first pipe on fd 0 and writes the second
# on fd 1; the two pipes are different; every stage sees exactly fds 0, 1 and 2.
exec 2>trace.txt
set -o fdtrace
/bin/echo abc | tr a-z A-Z | wc -c > count.txt
set +o fdtrace
exec 2>&1
for cmd in '/bin/echo abc' 'tr a-z A-Z' 'wc -c'; do
    awk -v cmd="$cmd" '/^\[fdtrace\]/ { on = ($2 == "pid") && (substr($0, index($0, ": ") + 2) == cmd) } on' trace.txt
done | sed -e "s|$HOME|HOME|g" -e 's/, written by pids* [0-9, ]*)/)/' -e 's/pid [0-9][0-9]*/pid P/g' -e 's/pgid [0-9][0-9]*/pgid G/' \
           -e 's/pipe:\[[0-9]*\]/pipe:[I]/'
awk '/^\[fdtrace\]/ { cmd = substr($0, index($0, ": ") + 2) }
     cmd == "/bin/echo abc" && $1 == "1:" { w1 = $2 }
     cmd == "tr a-z A-Z" && $1 == "0:" { r1 = $2 }
     cmd == "tr a-z A-Z" && $1 == "1:" { w2 = $2 }
     cmd == "wc -c" && $1 == "0:" { r2 = $2 }
     END {
         print (w1 ~ /^pipe:/ && w1 == r1) ? "stage 1 -> stage 2: same pipe" : "stage 1 -> 2: " w1 " " r1
         print (w2 ~ /^pipe:/ && w2 == r2) ? "stage 2 -> stage 3: same pipe" : "stage 2 -> 3: " w2 " " r2
         print (w1 != w2) ? "two different pipes" : "one pipe used twice: " w1
     }' trace.txt
cat count.txt
