# ref: bash
# History in an interactive shell reading a pipe (-i): one entry per command, read from and
# written back to HISTFILE (at exit, and with history -a / -w), and the history builtin's
# -d (delete), -s (save words), -c (clear), -r (read the file), N (the last N).
me=$(readlink /proc/$$/exe)
printf 'cmd orig%s\n' 1 2 3 > hist
HISTFILE=hist PS1= PS2= "$me" --norc -i 2>/dev/null <<'EOF'
echo new > /dev/null
history
history -d 2
history -d 99
echo "status=$?"
history -s saved words
history 3
history -w copy
history -c
history -r copy
history | wc -l
for i in 1 2; do
  echo "i=$i" > /dev/null
done
history 2
EOF
echo "-- hist:"
cat hist
echo "-- copy:"
cat copy
