# ref: bash
# A script reports a command killed by a signal as bash does: "NAME: line N:  PID Signal  cmd"
# (each process of a pipeline on its own line), SIGTERM and trapped signals by name alone,
# nothing for SIGINT, SIGPIPE or inside a command substitution; a background job when `wait`
# collects it (not for SIGTERM). Pids are normalised.
ulimit -c 0
me=$(readlink /proc/$$/exe)
cat > s.sh <<'END'
sh -c 'kill -SEGV $$'
sh -c 'kill -TERM $$'; echo after-term
sh -c 'kill -INT $$'; sh -c 'kill -PIPE $$'
sh -c 'kill -KILL $$' | sh -c 'sleep 0.2; kill -KILL $$'
true | sh -c 'kill -ABRT $$'
sh -c 'kill -QUIT $$' | cat
f() { sh -c 'kill -USR1 $$'; }
f
x=$(sh -c 'kill -SEGV $$'; true)
( sh -c 'kill -SEGV $$' )
trap 'echo usr2-trap' USR2
sh -c 'kill -USR2 $$'
sleep 5 &
kill -HUP $!
wait $!
sleep 5 &
kill -TERM $!
wait
echo end
END
"$me" s.sh 2>&1 | sed -E 's/^minish: //; s/^(s\.sh: line [0-9]+:) +[0-9]+ /\1 PID /; s/^ +[0-9]+ /     PID /'
