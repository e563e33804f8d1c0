me=$(readlink /proc/$$/exe)
printf 'echo \377\376 x\nx=\303\251\necho ${#x} "$x"\n' > u.sh
"$me" u.sh | od -An -tx1 | tr -s ' '
