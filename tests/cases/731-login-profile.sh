# ref: bash
# A login shell (-l, or a $0 starting with '-' as login(1) gives) reads /etc/profile and then
# ~/.profile before its command; another shell reads neither. logout leaves a login shell only.
me=$(readlink /proc/$$/exe)
echo 'echo "profile read"; case $0 in -*) echo "\$0=$0" ;; esac; PROFILE_X=set' > .profile
"$me" -l -c 'echo "x=$PROFILE_X"; logout 4; echo not-here'
echo "status=$?"
"$me" -c 'echo "x=${PROFILE_X-unset}"; logout 4 2>/dev/null; echo "logout status=$?"'
perl -e 'exec { $ARGV[0] } "-sh", "-c", q{echo "x=$PROFILE_X"}' "$me"
