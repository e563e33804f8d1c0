me=$(readlink /proc/$$/exe)
env --default-signal=INT "$me" -c 'trap "echo caught" INT; trap - INT; kill -INT $$; echo no'
echo $?
