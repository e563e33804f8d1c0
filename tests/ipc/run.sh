#!/usr/bin/env bash
# tests/ipc/run.sh - whole-shell tests of ipcs, ipcrm and ipcmk on real IPC objects.
#
# Usage: tests/ipc/run.sh path/to/minish     (helpers come from $BUILD/tests/helpers, BUILD=build)
#
# Almost every test runs in namespaces of its own (`unshare`: IPC, mount and pid; as root, or
# through a user namespace otherwise) with a private /dev: a fresh /dev/shm (tmpfs) and
# /dev/mqueue (mqueue) and nothing else of anybody's. So the System V tables and the POSIX
# directories start empty, minish's `ipcs` can be compared byte for byte with util-linux's
# /usr/bin/ipcs (plain `ipcs`, every flag set, -i), and whatever a test creates disappears with
# its namespaces, also when the test fails or is killed. Each test still removes what it made,
# and checks it. Without namespaces those tests are SKIPPED (so are the comparisons without
# util-linux, and what acts as user nobody without real root). A lock file keeps two runs from
# overlapping. One line per test: PASS/FAIL/SKIP name, then "ipc: N passed, N failed, N skipped";
# the status is 1 when a test failed.
set -u

SELF=$(realpath "${BASH_SOURCE[0]}")
UL_DIR=/usr/bin                 # util-linux's ipcs, ipcrm, ipcmk (run by name, from here)
NOBODY=(setpriv --reuid=65534 --regid=65534 --clear-groups)
export LC_ALL=C TZ=${TZ:-UTC}

note() { printf '# %s\n' "$*"; }
fail() { printf '  %s\n' "$*" >&2; exit 1; }
skip() { printf '  skipped: %s\n' "$*" >&2; exit 77; }

# ul CMD ARGS...: util-linux's CMD (by name, as a user would run it, so messages say "ipcs:").
ul() { (PATH=$UL_DIR:/bin:/usr/bin; exec "$@"); }
have_ul() { [ -x "$UL_DIR/ipcs" ] && [ -x "$UL_DIR/ipcrm" ] && [ -x "$UL_DIR/ipcmk" ]; }
need_ul() { have_ul || skip "util-linux's ipcs, ipcrm and ipcmk are not in $UL_DIR"; }
# need_real_root WHAT: other users' ids exist only outside a user namespace.
need_real_root() {
	[ "$(id -u)" = 0 ] && awk 'NR == 1 && $1 == 0 && $2 == 0 { ok = 1 } END { exit !ok }' /proc/self/uid_map ||
		skip "$1 needs real root"
}
need_nobody() {
	need_real_root "acting as user nobody"
	"${NOBODY[@]}" "$MINISH" -c 'exit 0' 2>/dev/null || skip "user nobody cannot run $MINISH"
}

# sh CMD: runs minish -c CMD; stdout in $OUT, stderr in $ERR, status in $ST.
sh() { "$MINISH" -c "$1" > "$OUT" 2> "$ERR"; ST=$?; }
out_is() { [ "$(cat "$OUT")" = "$1" ] || fail "${2:-stdout}: got <$(cat "$OUT")>, want <$1>"; }
err_is() { [ "$(cat "$ERR")" = "$1" ] || fail "${2:-stderr}: got <$(cat "$ERR")>, want <$1>"; }
st_is() { [ "$ST" = "$1" ] || fail "${2:-status}: got $ST, want $1 (stderr: $(cat "$ERR"))"; }

# same [-u USER-PREFIX...] CMD ARGS...: minish's `CMD ARGS` and util-linux's print the same bytes
# on stdout and on stderr (minish's "minish: " prefix taken off) and give the same status.
same() {
	local as=()
	[ "$1" = -u ] && { as=("${NOBODY[@]}"); shift; }
	local q=$1 a
	for a in "${@:2}"; do q+=" '$a'"; done
	"${as[@]}" "$MINISH" -c "$q" > "$WORK/mine" 2> "$WORK/mine.err"
	local r1=$?
	(PATH=$UL_DIR:/bin:/usr/bin; exec "${as[@]}" "$@") > "$WORK/ref" 2> "$WORK/ref.err"
	local r2=$?
	sed -i 's/^minish: //' "$WORK/mine.err"
	if [ $r1 != $r2 ] || ! cmp -s "$WORK/mine" "$WORK/ref" || ! cmp -s "$WORK/mine.err" "$WORK/ref.err"; then
		echo "  $* differs from util-linux (status $r2, minish $r1; < util-linux, > minish):" >&2
		diff "$WORK/ref" "$WORK/mine" | head -20 >&2
		diff "$WORK/ref.err" "$WORK/mine.err" | head -10 >&2
		return 1
	fi
}

# The System V tables, one line per object (to check that nothing was removed).
sysv_state() { cat /proc/sysvipc/msg /proc/sysvipc/shm /proc/sysvipc/sem | awk 'NR > 0 { print $1, $2 }'; }
# The POSIX objects.
posix_state() { ls -A /dev/shm 2>/dev/null; ls -A /dev/mqueue 2>/dev/null; }
nobjects() { awk 'FNR > 1' /proc/sysvipc/msg /proc/sysvipc/shm /proc/sysvipc/sem | wc -l; }

# Helpers that create System V objects; print the id.
mk_msg() { "$H/ipc_sysv_msg" "$@" || fail "ipc_sysv_msg $*"; }
mk_shm() { "$H/ipc_sysv_shm" "$@" || fail "ipc_sysv_shm $*"; }
mk_sem() { "$H/ipc_sysv_sem" "$@" || fail "ipc_sysv_sem $*"; }

# Starts a helper that stays (attached, open); waits for its first line; sets BG_PID and BG_LINE.
bg_helper() {
	local fifo=$WORK/fifo.$RANDOM
	mkfifo "$fifo" || fail "mkfifo"
	"$@" > "$fifo" &
	BG_PID=$!
	read -r BG_LINE < "$fifo" || fail "$1 did not start"
	rm -f "$fifo"
}

# Removes everything in this test's namespaces, checking that it worked (the namespaces would
# take it all away anyway).
remove_all() {
	local p
	for p in $(jobs -p); do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
	ul ipcrm -a 2>/dev/null
	rm -f /dev/shm/* /dev/mqueue/* 2>/dev/null
	[ "$(nobjects)" = 0 ] && [ -z "$(posix_state)" ] || fail "objects left: $(sysv_state) $(posix_state)"
}

# --- System V: byte for byte with util-linux ------------------------------------------------------

test_sysv_formats() {
	need_ul
	local o
	# empty tables first, then with objects of every kind
	for o in "" "-a" "-q" "-m" "-s" "-t" "-p" "-c" "-l" "-u"; do
		# shellcheck disable=SC2086
		same ipcs $o || fail "ipcs $o (no objects)"
	done
	mk_msg -k 0x4d490001 -n 3 -s 100 -r > /dev/null
	mk_msg -k 0x4d490002 -m 600 > /dev/null
	mk_msg -n 1 -s 7 > /dev/null
	mk_shm -k 0x4d490003 -s 123456 > /dev/null
	mk_shm -k 0x4d490004 -s 1 -m 640 > /dev/null
	mk_shm -s 99999999 > /dev/null
	mk_sem -k 0x4d490005 -n 3 -v 2 > /dev/null
	mk_sem -k 0x4d490006 -n 1 -m 400 > /dev/null
	for o in "" "-a" "-q" "-m" "-s" "-q -m" "-m -s" "-q -s" "-t" "-p" "-c" "-l" "-u" "-b" "--human" \
		 "-l -b" "-l --human" "-u -b" "-u --human" "-t -b" "-m --human" "-q --human" "-m -b" "-q -b" \
		 "-s -t" "-s -p" "-s -c" "-s -l" "-s -u" "-q -t" "-q -p" "-q -c" "-q -l" "-q -u" "-m -t" "-m -p" \
		 "-m -c" "-m -l" "-m -u" "-p -c" "-c -p" "-a -t" "-a -p" "-a -c" "-a -l" "-a -u" "-l -u" \
		 "--queues" "--shmems --time" "--semaphores --creator" "--all --pid" "--limits --bytes" \
		 "--summary --human" "-qms" "-tq" "--human -b" "-b --human"; do
		# shellcheck disable=SC2086
		same ipcs $o || fail "ipcs $o"
	done
	remove_all
}

test_sysv_owners() {
	need_ul
	need_real_root "giving objects to other users"
	local long o
	mk_msg -k 0x4d490007 -u 54321 -g 54322 > /dev/null
	mk_shm -k 0x4d490008 -u 54321 -g 0 > /dev/null
	mk_sem -k 0x4d490009 -u 0 -g 54322 > /dev/null
	long=$(getent passwd | awk -F: 'length($1) > 10 { print $3; exit }')
	if [ -n "$long" ]; then
		mk_msg -k 0x4d49000a -u "$long" -g "$long" > /dev/null
		mk_shm -k 0x4d49000b -u "$long" > /dev/null
	else
		note "no user name longer than 10 characters here: owner truncation not exercised"
	fi
	for o in "" "-c" "-t" "-p"; do
		# shellcheck disable=SC2086
		same ipcs $o || fail "ipcs $o"
	done
	remove_all
}

test_sysv_attached_dest_locked() {
	need_ul
	local id2 id3 o
	bg_helper "$H/ipc_sysv_shm" -k 0x4d49000c -s 5000 -a
	bg_helper "$H/ipc_sysv_shm" -k 0x4d49000d -s 7000 -a -d
	id2=$BG_LINE
	id3=$(mk_shm -k 0x4d49000e -s 4096 -L)
	for o in "" "-m" "-m -p" "-m -t" "-m -c" "-u" "-m -u"; do
		# shellcheck disable=SC2086
		same ipcs $o || fail "ipcs $o"
	done
	"$MINISH" -c "ipcs -m" | grep -Eq "^0x00000000 $id2 +root +644 +7000 +1 +dest" || fail "dest status of $id2"
	"$MINISH" -c "ipcs -m" | grep -Eq " $id3 .* locked$" || fail "locked status of $id3"
	remove_all
}

# -i: util-linux's bytes; the attached pids of a segment only with -p (a line of their own).
test_sysv_details() {
	need_ul
	local q m s id u
	q=$(mk_msg -k 0x4d49000f -n 2 -s 10)
	s=$(mk_sem -k 0x4d490010 -n 3 -v 4)
	bg_helper "$H/ipc_sysv_shm" -k 0x4d490011 -s 9000 -a
	m=$BG_LINE
	for id in "-q $q" "-s $s" "-m $m"; do
		for u in "" "-b" "--human" "-t" "-c"; do
			# shellcheck disable=SC2086
			same ipcs $id $u || fail "ipcs $id $u"
		done
	done
	sh "ipcs -m -i $m -p"
	st_is 0
	grep -qx "attached_pids=$BG_PID" "$OUT" || fail "-p: no attached_pids=$BG_PID line: $(cat "$OUT")"
	grep -v '^attached_pids=' "$OUT" > "$OUT.rest"
	ul ipcs -m -i "$m" | cmp -s - "$OUT.rest" || fail "-m -i $m -p: the rest differs from util-linux"
	sh "ipcs -J -m -i $m -p"
	grep -q "\"pids\": \[$BG_PID\]" "$OUT" || fail "-J -m -i -p: pids"
	remove_all
}

# Bad input: util-linux's message and status; nothing removed.
test_bad_input() {
	need_ul
	local q m s before a
	q=$(mk_msg -k 0x4d490012)
	m=$(mk_shm -k 0x4d490013)
	s=$(mk_sem -k 0x4d490014)
	before=$(sysv_state)
	while IFS= read -r a; do
		# shellcheck disable=SC2086
		same $a || fail "$a"
		[ "$(sysv_state)" = "$before" ] || fail "$a removed something"
	done <<EOF
ipcrm -m abc
ipcrm -m -1
ipcrm -m 18446744073709551616
ipcrm -m 4294967296
ipcrm -q 2147483647
ipcrm -q 99999
ipcrm -s 2147483648
ipcrm -M 0
ipcrm -M -1
ipcrm -Q 0x7fffffff
ipcrm -S 18446744073709551616
ipcrm -M zz
ipcrm -a=bogus
ipcrm --all=bogus
ipcrm
ipcrm -x
ipcrm --bogus
ipcrm --shmem-id
ipcrm --verbose=1
ipcrm shm
ipcrm msg abc
ipcrm sem -1
ipcrm shm 99999
ipcrm -m
ipcs -i abc
ipcs -i
ipcs -i 5
ipcs -m -i 18446744073709551616
ipcs -m -i 99999
ipcs -q -i 99999
ipcs -s -i 2147483647
ipcs -q -m -i $q
ipcs -x
ipcs --bogus
ipcs --id
ipcs --queues=1
ipcs extra words
ipcmk
ipcmk -M abc
ipcmk -M -1
ipcmk -M 18446744073709551616
ipcmk -M 1Z
ipcmk -M 0
ipcmk -S abc
ipcmk -S -1
ipcmk -S 99999999999
ipcmk -S 0
ipcmk -x
ipcmk -S
ipcmk --mode
EOF
	# Where util-linux would remove something else or nothing asked for, minish refuses (same words).
	sh "ipcrm -M 0x1$(printf '%08x' 0x4d490012)"
	st_is 1
	err_is "minish: ipcrm: failed to parse argument: '0x14d490012': Numerical result out of range"
	sh "ipcrm shm $((m + 4294967296))"
	st_is 1
	err_is "minish: ipcrm: invalid id: $((m + 4294967296))"
	sh "ipcrm -q $q -m abc"
	st_is 1
	err_is "minish: ipcrm: failed to parse argument: 'abc'"
	sh "ipcrm -s $s -x"
	st_is 1
	sh "ipcrm -a shm"
	st_is 1
	err_is "minish: ipcrm: unknown argument: shm
Try 'ipcrm --help' for more information."
	[ "$(sysv_state)" = "$before" ] || fail "a refused ipcrm removed something"
	# util-linux takes id -1 for "every object" and shows the first one as "shmid=-1"
	sh "ipcs -m -i -1"
	st_is 0
	out_is ""
	err_is "minish: ipcs: id -1 not found"
	# util-linux says "Success" for a mode that is not octal; minish says what util-linux 2.40 says.
	sh "ipcmk -Q -p 888; ipcmk -Q -p 10000; ipcmk -Q -p -1; ipcmk -Q 5"
	st_is 1
	err_is "minish: ipcmk: failed to parse mode: '888'
minish: ipcmk: failed to parse mode: '10000': Numerical result out of range
minish: ipcmk: failed to parse mode: '-1': Numerical result out of range
minish: ipcmk: unknown argument: 5
Try 'ipcmk --help' for more information."
	[ "$(sysv_state)" = "$before" ] || fail "a refused ipcmk created something"
	# the shell goes on after each of them
	sh "ipcrm -q 99999; echo after=\$?; ipcs -m -i 99999; echo after=\$?; ipcmk -S x; echo after=\$?"
	out_is "after=1
after=0
after=1"
	remove_all
}

# As user nobody: util-linux's messages and views; `ipcrm -a` skips what it may not remove.
test_permissions() {
	need_ul
	need_nobody
	local q s mine o
	q=$(mk_msg -k 0x4d490015 -m 600 -n 2 -s 3)
	mk_msg -k 0x4d490016 -m 644 > /dev/null
	s=$(mk_sem -k 0x4d490017 -m 600 -n 2)
	mk_shm -k 0x4d490018 -m 666 > /dev/null
	for o in "" "-c" "-t" "-p" "-u" "-l" "-q -i $q" "-m -b"; do
		# shellcheck disable=SC2086
		same -u ipcs $o || fail "as nobody: ipcs $o"
	done
	"$H/ipc_posix_sem" /root600 -v 3 -m 600 > /dev/null || fail "helper"
	"$H/ipc_posix_sem" /root644 -v 4 -m 644 > /dev/null || fail "helper"
	"$H/ipc_posix_mq" /rootq -n 2 -s 5 -m 600 || fail "helper"
	"$H/ipc_posix_shm" /rootshm -s 100 -m 644 > /dev/null || fail "helper"
	same -u ipcs -s -i "$s" || fail "as nobody: ipcs -s -i (semctl refused)"
	same -u ipcrm -q "$q" || fail "as nobody: ipcrm -q"
	same -u ipcrm -Q 0x4d490016 || fail "as nobody: ipcrm -Q"
	same -u ipcrm msg "$q" || fail "as nobody: ipcrm msg"
	# POSIX values nobody cannot read: "-", and the reason once
	"${NOBODY[@]}" "$MINISH" -c 'ipcs --posix; echo st=$?' > "$OUT" 2> "$ERR"
	grep -Eq '^/rootq +root +600 +- +- *$' "$OUT" || fail "queue row: $(grep rootq "$OUT")"
	grep -Eq '^/root600 +root +600 +- *$' "$OUT" || fail "semaphore row: $(grep root600 "$OUT")"
	grep -Eq '^/root644 +root +644 +4 *$' "$OUT" || fail "a readable semaphore's value: $(grep root644 "$OUT")"
	grep -q '^st=0$' "$OUT" || fail "status"
	[ "$(grep -c . "$ERR")" = 1 ] && grep -Eq '^minish: ipcs: cannot read /root(600|q): Permission denied \(values that cannot be read are shown as -\)$' "$ERR" ||
		fail "reason: $(cat "$ERR")"
	# nobody's own objects go, the others stay: no error (util-linux reports the readable ones)
	"${NOBODY[@]}" "$MINISH" -c 'ipcmk -Q -M 10 -S 1 -q -m 5 -s -n mine' > /dev/null || fail "ipcmk as nobody"
	mine=$(awk 'FNR > 1 && $8 == 65534' /proc/sysvipc/msg /proc/sysvipc/shm /proc/sysvipc/sem | wc -l)
	[ "$mine" = 3 ] || fail "nobody's objects: $mine"
	"${NOBODY[@]}" "$MINISH" -c 'ipcrm -a; echo st=$?; ipcrm --all=posix; echo st=$?' > "$OUT" 2> "$ERR"
	out_is "st=0
st=0" "ipcrm -a as nobody"
	err_is "" "ipcrm -a as nobody"
	[ "$(nobjects)" = 4 ] || fail "root's objects: $(sysv_state)"
	[ "$(posix_state | sort | tr '\n' ' ')" = "rootq rootshm sem.root600 sem.root644 " ] ||
		fail "POSIX objects after --all=posix: $(posix_state)"
	"${NOBODY[@]}" "$MINISH" -c 'ipcrm --posix-shmem rootshm' > "$OUT" 2> "$ERR"
	err_is "minish: ipcrm: permission denied for name \`/rootshm'"
	[ -e /dev/shm/rootshm ] || fail "rootshm removed"
	remove_all
}

# --- POSIX ------------------------------------------------------------------------------------

test_posix_listings() {
	"$H/ipc_posix_shm" /seg -s 12345 -m 640 > /dev/null || fail "helper"
	"$H/ipc_posix_sem" /lock -v 7 -m 600 > /dev/null || fail "helper"
	"$H/ipc_posix_mq" /jobs -n 3 -s 10 -m 640 || fail "helper"
	sh "ipcs --posix"
	st_is 0
	err_is ""
	out_is "
------ POSIX Message Queues --------
name                  owner      perms      used-bytes   messages    
/jobs                 root       640        30           3           

------ POSIX Shared Memory --------
name                  owner      perms      bytes     
/seg                  root       640        12345     

------ POSIX Semaphores --------
name                  owner      perms      value     
/lock                 root       600        7         "
	sh "ipcs --posix -m --human"
	grep -Eq '^/seg +root +640 +12.1K +$' "$OUT" || fail "--human: $(cat "$OUT")"
	sh "ipcs --posix -s -c"
	grep -Eq '^/lock +600 +root +root *$' "$OUT" || fail "-c: $(cat "$OUT")"
	sh "ipcs --posix -q -t"
	grep -Eq '^/jobs +root +[A-Z][a-z]{2} [ 0-9]{2} [0-9:]{8} *$' "$OUT" || fail "-t: $(cat "$OUT")"
	sh "ipcs --posix -u"
	grep -q '^queued messages = 3$' "$OUT" && grep -q '^allocated semaphores = 1$' "$OUT" || fail "-u: $(cat "$OUT")"
	sh "ipcs --posix -l"
	grep -q '^------ POSIX Message Queue Limits --------$' "$OUT" || fail "-l"
	sh "ipcs -J --posix"
	grep -Eq '"name": "/jobs".*"usedbytes": 30, "msgs": 3' "$OUT" && grep -Eq '"name": "/lock".*"sval": 7' "$OUT" ||
		fail "JSON: $(cat "$OUT")"
	sh "ipcrm --posix-shmem seg --posix-semaphore /lock --posix-mqueue jobs; echo st=\$?"
	out_is "st=0"
	[ -z "$(posix_state)" ] || fail "left: $(posix_state)"
	sh "ipcrm --posix-shmem seg"
	st_is 1
	err_is "minish: ipcrm: name \`/seg' not found"
	remove_all
}

# Plain ipcs: util-linux's bytes, then a POSIX section only for the kinds that have objects.
test_posix_sections_only_when_present() {
	need_ul
	local o
	mk_msg -k 0x4d490019 > /dev/null
	"$H/ipc_posix_shm" /only -s 100 > /dev/null || fail "helper"
	for o in "" "-a" "-t" "-c" "-p" "-u" "-b" "--human"; do
		# shellcheck disable=SC2086
		ul ipcs $o > "$WORK/ref"
		# shellcheck disable=SC2086
		sh "ipcs $o"
		st_is 0 "ipcs $o"
		cmp -s "$WORK/ref" <(head -c "$(wc -c < "$WORK/ref")" "$OUT") || fail "ipcs $o: does not start with util-linux's"
		tail -c +"$(($(wc -c < "$WORK/ref") + 1))" "$OUT" > "$WORK/rest"
		grep -q '^------ POSIX Shared Memory' "$WORK/rest" || fail "ipcs $o: no POSIX shared memory section"
		! grep -Eq 'POSIX (Message|Semaphore)' "$WORK/rest" || fail "ipcs $o: sections of kinds with no objects"
	done
	same ipcs -l || fail "-l has no POSIX sections without --posix"
	same ipcs -q || fail "-q with no POSIX queue"
	sh "ipcs --posix -l"
	[ "$(grep -c '^------ POSIX' "$OUT")" = 3 ] || fail "--posix -l: $(cat "$OUT")"
	remove_all
	sh "ipcs --posix"
	out_is "
------ POSIX Message Queues --------
name                  owner      perms      used-bytes   messages    

------ POSIX Shared Memory --------
name                  owner      perms      bytes     

------ POSIX Semaphores --------
name                  owner      perms      value     " "--posix with no objects"
}

# -p: the processes that have a POSIX object open or mapped (from /proc).
test_posix_pids() {
	local shm_map shm_open sem mq
	bg_helper "$H/ipc_posix_shm" /mapped -s 4096 -a
	shm_map=$BG_PID
	bg_helper "$H/ipc_posix_shm" /opened -s 4096 -o
	shm_open=$BG_PID
	bg_helper "$H/ipc_posix_sem" /sem -v 1 -a
	sem=$BG_PID
	bg_helper "$H/ipc_posix_mq" /queue -n 1 -o
	mq=$BG_PID
	"$H/ipc_posix_mq" /idle || fail "helper"
	sh "ipcs --posix -q -p"
	st_is 0
	out_is "
------ POSIX Message Queues PIDs --------
name                  owner      pids
/idle                 root       -
/queue                root       $mq" "ipcs --posix -q -p"
	sh "ipcs --posix -p"
	grep -Eq "^/mapped +root +$shm_map\$" "$OUT" || fail "mapped: $(cat "$OUT")"
	grep -Eq "^/opened +root +$shm_open\$" "$OUT" || fail "open: $(cat "$OUT")"
	grep -Eq "^/sem +root +$sem\$" "$OUT" || fail "semaphore: $(cat "$OUT")"
	sh "ipcs -J --posix -p"
	grep -Eq "\"name\": \"/queue\".*\"pids\": \[$mq\]" "$OUT" || fail "JSON: $(cat "$OUT")"
	remove_all
}

# A POSIX view that cannot see its objects fails and says how to mount; plain ipcs stays util-linux's.
test_posix_not_mounted() {
	need_ul
	"$H/ipc_posix_mq" /six -n 6 || fail "helper"
	"$H/ipc_posix_shm" /seg > /dev/null || fail "helper"
	mk_msg -k 0x4d49001a > /dev/null
	umount /dev/mqueue && umount /dev/shm || fail "umount"
	local MQ="/dev/mqueue is not mounted; mount it with: mount -t mqueue none /dev/mqueue"
	local SHM="/dev/shm is not mounted; mount it with: mount -t tmpfs -o mode=1777 tmpfs /dev/shm"
	same ipcs || fail "plain ipcs"
	same ipcs -u || fail "ipcs -u"
	sh "ipcs --posix -q"
	st_is 1
	err_is "minish: ipcs: cannot list POSIX message queues: $MQ"
	out_is ""
	sh "ipcs --posix -q -J"
	st_is 1
	out_is "{
}"
	sh "ipcs --posix -m -u"
	st_is 1
	err_is "minish: ipcs: cannot list POSIX shared memory: $SHM"
	sh "ipcs --posix"
	st_is 1
	err_is "minish: ipcs: cannot list POSIX message queues: $MQ
minish: ipcs: cannot list POSIX shared memory: $SHM
minish: ipcs: cannot list POSIX semaphores: $SHM"
	sh "ipcrm --all=pmsg"
	st_is 1
	err_is "minish: ipcrm: cannot remove POSIX message queues: $MQ"
	sh "ipcrm --all=psem"
	st_is 1
	err_is "minish: ipcrm: cannot remove POSIX semaphores: $SHM"
	mount -t mqueue none /dev/mqueue || fail "mount"
	sh "ipcs --posix -q"
	st_is 0
	grep -Eq '^/six +root +644 +6 +6 *$' "$OUT" || fail "the queue after mounting: $(cat "$OUT")"
	sh "ipcrm --posix-mqueue six"
	st_is 0
	remove_all
}

# ipcmk: an existing POSIX name is an error naming it, the object untouched; -p is exact.
test_ipcmk_posix() {
	"$H/ipc_posix_shm" /big -s 4096 > /dev/null || fail "helper"
	"$H/ipc_posix_sem" /s644 -v 2 -m 644 > /dev/null || fail "helper"
	"$H/ipc_posix_mq" /q -n 2 || fail "helper"
	sh "ipcmk -m 100 -n big"
	st_is 1
	out_is ""
	err_is "minish: ipcmk: create POSIX shared memory failed: /big: File exists"
	[ "$(stat -c %s /dev/shm/big)" = 4096 ] || fail "big was truncated"
	sh "ipcmk -s -p 600 -n /s644"
	st_is 1
	err_is "minish: ipcmk: create POSIX semaphore failed: /s644: File exists"
	[ "$(stat -c %a /dev/shm/sem.s644)" = 644 ] || fail "s644's mode changed"
	sh "ipcmk -q -n q"
	st_is 1
	err_is "minish: ipcmk: create POSIX message queue failed: /q: File exists"
	grep -q 'QSIZE:2 ' /dev/mqueue/q || fail "q changed: $(cat /dev/mqueue/q)"
	sh "umask 077; ipcmk -m 1.5K -q -s -p 660 -n new; umask"
	st_is 0
	out_is "POSIX shared memory name: /new
POSIX message queue name: /new
POSIX semaphore name: /new
0077"
	[ "$(stat -c '%s %a' /dev/shm/new)" = "1536 660" ] || fail "new: $(stat -c '%s %a' /dev/shm/new)"
	[ "$(stat -c %a /dev/shm/sem.new /dev/mqueue/new | sort -u)" = 660 ] || fail "modes of new"
	sh "ipcmk -m 1K -n a/b"
	st_is 1
	err_is "minish: ipcmk: create POSIX shared memory failed: /a/b: Invalid argument"
	remove_all
}

# ipcmk for System V: sizes as util-linux reads them, the objects util-linux would make.
test_ipcmk_sysv() {
	need_ul
	local id s
	for s in 1.5K 64K 1KB 0x10 1.5KiB 2.5KB 0.5M; do
		sh "ipcmk -M $s -p 600"
		st_is 0 "ipcmk -M $s"
		id=$(sed -n 's/^Shared memory id: //p' "$OUT")
		[ -n "$id" ] || fail "ipcmk -M $s: $(cat "$OUT")"
		ul ipcmk -M "$s" > "$WORK/ref"
		[ "$(awk -v id="$id" '$2 == id { print $4, $3 }' /proc/sysvipc/shm)" = \
		  "$(awk -v id="$(sed -n 's/^Shared memory id: //p' "$WORK/ref")" '$2 == id { print $4 }' /proc/sysvipc/shm) 600" ] ||
			fail "-M $s: not util-linux's size, or not mode 600"
	done
	sh "ipcmk -Q -S 3 -p 0640"
	st_is 0
	grep -Eq '^Message queue id: [0-9]+$' "$OUT" && grep -Eq '^Semaphore id: [0-9]+$' "$OUT" || fail "$(cat "$OUT")"
	sh "ipcmk -V; ipcrm -V; ipcs -V"
	out_is "ipcmk from minish $("$MINISH" -c 'echo $MINISH_VERSION')
ipcrm from minish $("$MINISH" -c 'echo $MINISH_VERSION')
ipcs from minish $("$MINISH" -c 'echo $MINISH_VERSION')"
	remove_all
}

# ipcrm: by id, key and the old syntax (util-linux's messages); -a removes System V objects only.
test_ipcrm() {
	need_ul
	local q m s
	q=$(mk_msg -k 0x4d49001b)
	m=$(mk_shm -k 0x4d49001c)
	s=$(mk_sem -k 0x4d49001d)
	sh "ipcrm -v -q $q -m $m -s $s; echo after=\$?"
	out_is "removing message queue id \`$q'
removing shared memory segment id \`$m'
removing semaphore id \`$s'
after=0"
	[ "$(nobjects)" = 0 ] || fail "left: $(sysv_state)"
	mk_msg -k 0x4d49001e > /dev/null
	mk_shm -k 0x4d49001f > /dev/null
	mk_sem -k -2 > /dev/null
	sh "ipcrm -Q 0x4d49001e -M $((0x4d49001f)) -S -2; echo after=\$?"
	out_is "after=0"
	[ "$(nobjects)" = 0 ] || fail "left after removal by key: $(sysv_state)"
	q=$(mk_msg)
	sh "ipcrm msg $q"
	st_is 0
	out_is "resource(s) deleted"
	mk_msg > /dev/null; mk_shm > /dev/null; mk_sem > /dev/null
	"$H/ipc_posix_shm" /p > /dev/null; "$H/ipc_posix_sem" /p > /dev/null; "$H/ipc_posix_mq" /p
	sh "ipcrm --all=shm"
	[ "$(awk 'FNR > 1' /proc/sysvipc/shm | wc -l)" = 0 ] && [ "$(nobjects)" = 2 ] || fail "--all=shm"
	sh "ipcrm -a; echo after=\$?"
	out_is "after=0"
	[ "$(nobjects)" = 0 ] || fail "-a left System V objects"
	[ "$(posix_state | sort | tr '\n' ' ')" = "p p sem.p " ] || fail "-a touched POSIX objects: $(posix_state)"
	sh "ipcrm -v --all=psem"
	out_is "removing POSIX semaphore \`/p'"
	sh "ipcrm --all=posix"
	[ -z "$(posix_state)" ] || fail "--all=posix left $(posix_state)"
	remove_all
}

# -u: POSIX used space is what is allocated (a sparse 1 EiB object uses 8 KiB), and says so.
test_posix_used_space() {
	"$H/ipc_posix_shm" /sparse -s $((1 << 60)) -w 8192 > /dev/null || fail "helper"
	sh "ipcs --posix -m -u"
	st_is 0
	out_is "
------ POSIX Shared Memory Status --------
segments allocated = 1
used space = 8192 bytes (allocated blocks)
nominal size = 1152921504606846976 bytes"
	sh "ipcs --posix -m -u --human"
	grep -qx 'used space = 8K (allocated blocks)' "$OUT" && grep -qx 'nominal size = 1E' "$OUT" || fail "$(cat "$OUT")"
	remove_all
}

# --watch on a pipe: plain frames (no escape sequences) until a signal; changes show up.
test_watch_pipe() {
	local id
	id=$(mk_msg -k 0x4d490020)
	( sleep 0.7; "$H/ipc_sysv_msg" -i "$id" -n 4 -s 3 > /dev/null ) &
	timeout --preserve-status -s INT 2 "$MINISH" -c 'ipcs -q --watch=0.25' > "$OUT" 2> "$ERR"
	ST=$?
	wait
	st_is 130 "ended by SIGINT"
	err_is ""
	! grep -q $'\e' "$OUT" || fail "escape sequences on a pipe"
	[ "$(grep -c '^Every 0.25s: ipcs -q --watch=0.25    [A-Z][a-z][a-z] ' "$OUT")" -ge 4 ] || fail "frames: $(cat "$OUT")"
	grep -Eq "^0x4d490020 $id +root +644 +0 +0 +$" "$OUT" || fail "before: $(cat "$OUT")"
	grep -Eq "^0x4d490020 $id +root +644 +12 +4 +$" "$OUT" || fail "after: $(cat "$OUT")"
	sh "ipcs -q --watch=0.2 | head -n 3"
	st_is 0 "reader gone"
	remove_all
}

test_json_valid() {
	command -v python3 > /dev/null && python3 -c 'import json' 2>/dev/null || skip "python3 missing"
	local q o
	q=$(mk_msg -k 0x4d490021 -n 1 -s 5)
	"$H/ipc_posix_shm" /json -s 100 > /dev/null || fail "helper"
	for o in "-J" "-J -p" "-J -l" "-J -u" "-J -q -i $q" "--json --posix" "-J -t -c" "-J --sysv" "-J --posix -p"; do
		sh "ipcs $o"
		st_is 0 "ipcs $o"
		python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$OUT" || fail "ipcs $o: invalid JSON"
	done
	sh "ipcs -J"
	python3 - "$OUT" "$q" <<'EOF' || fail "ipcs -J content"
import json, sys
d = json.load(open(sys.argv[1]))
q = [m for m in d["messages"] if m["id"] == int(sys.argv[2])][0]
assert q["usedbytes"] == 5 and q["msgs"] == 1 and q["owner"] == "root" and q["perms"] == "rw-r--r--", q
s = [m for m in d["posix-sharedmemory"] if m["name"] == "/json"][0]
assert s["size"] == 100 and s["cuser"] == "root" and "allocated" in s, s
for k in ("sharedmemory", "semaphores", "posix-semaphores", "posix-messages"):
    assert isinstance(d[k], list), k
EOF
	remove_all
}

test_vanishing_objects() {
	local churn i o
	(
		while [ ! -e "$WORK/stop.churn" ]; do
			id=$("$H/ipc_sysv_msg" -k 7 2>/dev/null) && ul ipcrm -q "$id" 2>/dev/null
			id=$("$H/ipc_sysv_shm" -k 7 2>/dev/null) && ul ipcrm -m "$id" 2>/dev/null
			id=$("$H/ipc_sysv_sem" -k 7 2>/dev/null) && ul ipcrm -s "$id" 2>/dev/null
			"$H/ipc_posix_shm" /churn > /dev/null 2>&1; rm -f /dev/shm/churn
		done
	) &
	churn=$!
	for i in $(seq 0 15); do
		for o in "" "-t" "-p" "-c" "-u" "-J" "--posix -p" "-q -i $i" "-m -i $i" "-s -i $i"; do
			"$MINISH" -c "ipcs $o" > /dev/null 2> "$ERR"
			ST=$?
			[ "$ST" -le 1 ] || fail "ipcs $o: status $ST"
		done
	done
	touch "$WORK/stop.churn"
	wait "$churn"
	remove_all
}

test_thousand_each() {
	need_ul
	local n=1000 i mine=0 ref=0 runs=10 t0 t1
	"$H/ipc_sysv_bulk" 0x4d000000 "$n" || fail "could not create $n objects of each kind"
	[ "$(nobjects)" = $((3 * n)) ] || fail "not $n objects of each kind"
	same ipcs || fail "listing differs"
	same ipcs -t || fail "-t listing differs"
	same ipcs -c || fail "-c listing differs"
	for i in $(seq 1 $runs); do
		t0=$(date +%s%N); "$MINISH" -c 'ipcs' > /dev/null; t1=$(date +%s%N); mine=$((mine + t1 - t0))
		t0=$(date +%s%N); ul ipcs > /dev/null; t1=$(date +%s%N); ref=$((ref + t1 - t0))
	done
	awk -v m="$mine" -v r="$ref" -v n="$runs" 'BEGIN {
		printf "# bench: 1000 queues + 1000 segments + 1000 semaphore sets, mean of %d runs: ", n
		printf "minish -c ipcs %.1f ms, util-linux ipcs %.1f ms (ratio %.2f)\n", m / n / 1e6, r / n / 1e6, m / r }'
	"$H/ipc_sysv_bulk" 0x4d000000 "$n" -r
	remove_all
}

# --- outside the namespaces ----------------------------------------------------------------------

test_bad_options() {
	sh "ipcs -x; echo after=\$?"
	out_is "after=1"
	err_is "minish: ipcs: invalid option -- 'x'
Try 'ipcs --help' for more information."
	sh "ipcrm --bogus; echo after=\$?"
	out_is "after=1"
	err_is "minish: ipcrm: unrecognized option '--bogus'
Try 'ipcrm --help' for more information."
	sh "ipcmk; echo after=\$?"
	out_is "after=1"
	err_is "minish: ipcmk: bad usage
Try 'ipcmk --help' for more information."
	sh "ipcs --help"
	st_is 0
	grep -q "^ ipcs -m|-q|-s -i <id>" "$OUT" || fail "ipcs --help"
}

# ------------------------------------------------------------------------------------------------

# Builds the private /dev inside the namespaces: the few device nodes a test needs, a fresh tmpfs
# on /dev/shm and an mqueue filesystem on /dev/mqueue. $1: an empty directory to reach the real /dev.
private_dev() {
	local keep=$1 n
	mount --rbind /dev "$keep" && mount -t tmpfs -o mode=755 tmpfs /dev || return 1
	for n in null zero full random urandom tty; do
		[ -e "$keep/$n" ] || continue
		touch "/dev/$n" && mount --bind "$keep/$n" "/dev/$n" || return 1
	done
	ln -s /proc/self/fd /dev/fd && ln -s /proc/self/fd/0 /dev/stdin && ln -s /proc/self/fd/1 /dev/stdout &&
		ln -s /proc/self/fd/2 /dev/stderr && mkdir /dev/shm /dev/mqueue || return 1
	mount -t tmpfs -o mode=1777 tmpfs /dev/shm && mount -t mqueue none /dev/mqueue || return 1
	umount -l "$keep"
}

if [ "${1:-}" = --inside ]; then
	# --inside FUNCTION MINISH HELPERS WORK: one test, in the namespaces the runner made
	FN=$2 MINISH=$3 H=$4 WORK=$5
	OUT=$WORK/out.$FN ERR=$WORK/err.$FN
	mkdir "$WORK/dev.$FN" && private_dev "$WORK/dev.$FN" || fail "cannot build a private /dev"
	rmdir "$WORK/dev.$FN"
	[ "$(nobjects)" = 0 ] && [ -z "$(posix_state)" ] || fail "the namespace is not empty"
	"$FN"
	exit $?
fi

MINISH=${1:?usage: tests/ipc/run.sh path/to/minish}
MINISH=$(realpath "$MINISH")
BUILD=${BUILD:-build}
H=$(realpath -m "$BUILD/tests/helpers")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/minish-ipc-XXXXXX") || exit 1
chmod 755 "$WORK"
OUT=$WORK/out ERR=$WORK/err
RESULTS=$WORK/results
: > "$RESULTS"
trap 'rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

for h in ipc_sysv_msg ipc_sysv_shm ipc_sysv_sem ipc_sysv_bulk ipc_posix_shm ipc_posix_sem ipc_posix_mq; do
	if [ ! -x "$H/$h" ]; then
		echo "FAIL helpers ($H/$h missing: make unit-bins builds it)"
		echo "ipc: 0 passed, 1 failed, 0 skipped"
		exit 1
	fi
done
[ -x "$MINISH" ] || { echo "FAIL minish ($MINISH is not executable)"; echo "ipc: 0 passed, 1 failed, 0 skipped"; exit 1; }

# One run at a time on this machine (the tests outside namespaces look at shared state).
exec 9> "${TMPDIR:-/tmp}/minish-ipc-tests.$(id -u).lock"
flock 9

NS=()
if [ "$(id -u)" = 0 ] && unshare --ipc --mount --pid --fork --mount-proc true 2>/dev/null; then
	NS=(unshare --ipc --mount --propagation private --pid --fork --mount-proc)
elif unshare --user --map-root-user --ipc --mount --pid --fork --mount-proc true 2>/dev/null; then
	NS=(unshare --user --map-root-user --ipc --mount --propagation private --pid --fork --mount-proc)
fi

record() {
	case $2 in
	0) echo "PASS $1"; echo PASS >> "$RESULTS" ;;
	77) echo "SKIP $1"; echo SKIP >> "$RESULTS" ;;
	*) echo "FAIL $1"; echo FAIL >> "$RESULTS" ;;
	esac
}

# nt NAME FUNCTION: runs FUNCTION in fresh namespaces; its notes ("# ...") are shown, the rest
# of its output only when it fails or skips.
nt() {
	local rc
	if [ ${#NS[@]} = 0 ]; then
		echo "  $1: skipped: no namespaces can be made here (needs root or user namespaces)"
		record "$1" 77
		return
	fi
	timeout -k 5 300 "${NS[@]}" bash "$SELF" --inside "$2" "$MINISH" "$H" "$WORK" > "$WORK/log" 2>&1 < /dev/null
	rc=$?
	grep '^# ' "$WORK/log"
	[ $rc = 0 ] || grep -v '^# ' "$WORK/log" | head -40
	record "$1" $rc
}

# t NAME FUNCTION: runs FUNCTION here, in a subshell.
t() {
	local rc
	( "$2" ) > "$WORK/log" 2>&1 < /dev/null
	rc=$?
	[ $rc = 0 ] || head -40 "$WORK/log"
	record "$1" $rc
}

BASE_SHM=$(ls -A /dev/shm 2>/dev/null)
BASE_MQ=$(ls -A /dev/mqueue 2>/dev/null)
BASE_SYSV=$(cat /proc/sysvipc/msg /proc/sysvipc/shm /proc/sysvipc/sem 2>/dev/null | awk '{ print $1, $2 }' | sort)

t bad-options test_bad_options
nt ipcs-sysv-formats test_sysv_formats
nt ipcs-sysv-owner-names test_sysv_owners
nt ipcs-sysv-attached-dest-locked test_sysv_attached_dest_locked
nt ipcs-sysv-detail-views test_sysv_details
nt bad-input test_bad_input
nt permissions-as-nobody test_permissions
nt ipcs-posix-listings test_posix_listings
nt ipcs-posix-sections-only-when-present test_posix_sections_only_when_present
nt ipcs-posix-pids test_posix_pids
nt ipcs-posix-not-mounted test_posix_not_mounted
nt ipcs-posix-used-space test_posix_used_space
nt ipcmk-posix test_ipcmk_posix
nt ipcmk-sysv test_ipcmk_sysv
nt ipcrm test_ipcrm
nt ipcs-watch-pipe test_watch_pipe
nt ipcs-json test_json_valid
nt vanishing-objects test_vanishing_objects
nt ipcs-sysv-1000-each test_thousand_each

# Nothing of ours is left outside the namespaces.
test_nothing_left() {
	[ "$(ls -A /dev/shm 2>/dev/null)" = "$BASE_SHM" ] || note "/dev/shm differs from the start of the run (other processes?)"
	[ "$(ls -A /dev/mqueue 2>/dev/null)" = "$BASE_MQ" ] || note "/dev/mqueue differs from the start of the run"
	! ls -A /dev/shm /dev/mqueue 2>/dev/null | grep -Eq '^(sem\.)?minish-ipct' || fail "a POSIX object of ours is left"
	! awk 'FNR > 1 && $1 >= 1296629760 && $1 < 1296629760 + 64' /proc/sysvipc/msg /proc/sysvipc/shm /proc/sysvipc/sem |
		grep -q . || fail "a System V object with one of our keys is left outside the namespaces"
	[ "$(cat /proc/sysvipc/msg /proc/sysvipc/shm /proc/sysvipc/sem | awk '{ print $1, $2 }' | sort)" = "$BASE_SYSV" ] ||
		note "the System V tables differ from the start of the run (other processes?)"
	return 0
}
t nothing-left-behind test_nothing_left

passed=$(grep -c '^PASS$' "$RESULTS")
failed=$(grep -c '^FAIL$' "$RESULTS")
skipped=$(grep -c '^SKIP$' "$RESULTS")
echo "ipc: $passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
