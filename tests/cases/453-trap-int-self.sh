# a signal ignored on entry cannot be trapped: start a shell with INT at its default
# (env --default-signal) in case the harness runs with INT ignored
me=$(readlink /proc/$$/exe)
env --default-signal=INT "$me" -c 'trap "echo got-int" INT; kill -INT $$; echo after'
echo "status $?"
