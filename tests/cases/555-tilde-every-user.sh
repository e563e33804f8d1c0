# ~name for every user of /etc/passwd is that user's home directory (the static minish reads
# the file itself, see shell/static_userdb.c); a name no name service knows stays as written.
n=0
while IFS=: read -r name _ _ _ _ home _; do
	eval "t=~$name"
	[ "$t" = "$home" ] || echo "~$name gave $t, not $home"
	n=$((n + 1))
done < /etc/passwd
[ "$n" -gt 3 ] && echo "checked every user"
echo ~no-such-user-here ~no-such-user-here/x
