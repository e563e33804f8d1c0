me=$(readlink /proc/$$/exe)
printf 'echo should-not-run\n' > ok.sh
"$me" -n ok.sh; echo $?
printf 'echo x\nif then\n' > bad.sh
"$me" -n bad.sh 2>/dev/null; echo $?
