#!/usr/bin/env bash
# tests/ipc/run.sh - whole-shell tests of ipcs, ipcrm and ipcmk on real IPC objects.
#
# Usage: tests/ipc/run.sh path/to/minish     (helpers come from $BUILD/tests/helpers, BUILD=build)
#
# Each test creates real System V and POSIX objects (with the helpers in tests/helpers and with
# ipcmk), runs `minish -c 'ipcs ...'`, compares the System V output byte for byte with util-linux
# /usr/bin/ipcs, checks the POSIX rows, removes everything with ipcrm and checks that it is gone.
# Every test runs in a subshell whose EXIT trap removes what the test registered, even when the
# test fails. POSIX message queue tests mount /dev/mqueue when they can (as root) and are SKIPPED
# otherwise; the mount is undone at the end. One line per test: PASS/FAIL/SKIP name, then
# "ipc: N passed, N failed, N skipped"; the status is 1 when a test failed.
set -u

MINISH=${1:?usage: tests/ipc/run.sh path/to/minish}
case $MINISH in /*) ;; *) MINISH=$PWD/$MINISH ;; esac
BUILD=${BUILD:-build}
H=$BUILD/tests/helpers
case $H in /*) ;; *) H=$PWD/$H ;; esac
UL_IPCS=/usr/bin/ipcs
UL_IPCRM=/usr/bin/ipcrm
export LC_ALL=C TZ=${TZ:-UTC}

TAG=minish-ipct-$$                                   # every POSIX name we create starts with this
KEY=$(( 0x4d490000 + ($$ % 2048) * 32 ))             # helper keys: KEY .. KEY+31
BULK=$(( 0x4d000000 + ($$ % 8000) * 1024 ))          # 1,000-object keys: BULK .. BULK+999
WORK=$(mktemp -d "${TMPDIR:-/tmp}/minish-ipc-XXXXXX") || exit 1
RESULTS=$WORK/results
: > "$RESULTS"
MQ_MOUNTED_BY_US=0
MQ_DIR_CREATED=0

note() { printf '# %s\n' "$*"; }

# --- object registry and cleanup (runs from each test's EXIT trap) ---------------------------

# reg KIND ID-OR-NAME [KEY]: remember an object to remove when the current test ends.
reg() { printf '%s\n' "$*" >> "$CLEAN"; }

# The decimal key of System V object ID of kind msg|shm|sem, or nothing when it does not exist.
sysv_key() { awk -v id="$2" 'NR > 1 && $2 == id { print $1 }' "/proc/sysvipc/$1"; }

# Removes a System V object only if ID still carries the key we saw (ids are reused).
rm_sysv() {
	local kind=$1 id=$2 key=$3 flag
	case $kind in msg) flag=-q ;; shm) flag=-m ;; sem) flag=-s ;; esac
	[ "$(sysv_key "$kind" "$id")" = "$key" ] && "$UL_IPCRM" "$flag" "$id" 2>/dev/null
	return 0
}

cleanup() {
	local kind a b
	[ -s "$CLEAN" ] || return 0
	while read -r kind a b; do
		[ "$kind" = pid ] && kill "$a" 2>/dev/null && wait "$a" 2>/dev/null
	done < "$CLEAN"
	while read -r kind a b; do
		case $kind in
		msg|shm|sem) rm_sysv "$kind" "$a" "$b" ;;
		bulk) "$H/ipc_sysv_bulk" "$a" "$b" -r ;;
		pshm) rm -f "/dev/shm/${a#/}" ;;
		psem) rm -f "/dev/shm/sem.${a#/}" ;;
		pmq) [ -d /dev/mqueue ] && rm -f "/dev/mqueue/${a#/}" ;;
		esac
	done < "$CLEAN"
	: > "$CLEAN"
}

# --- test running ------------------------------------------------------------------------------

fail() { printf '  %s: %s\n' "$TEST" "$*" >&2; exit 1; }
skip() { printf '  %s: skipped: %s\n' "$TEST" "$*" >&2; exit 77; }

# t NAME FUNCTION: runs FUNCTION in a subshell that always cleans up, and records the result.
t() {
	local name=$1 rc
	(
		TEST=$name
		CLEAN=$WORK/clean.$name
		: > "$CLEAN"
		trap cleanup EXIT
		"$2"
	)
	rc=$?
	case $rc in
	0) echo "PASS $name"; echo PASS >> "$RESULTS" ;;
	77) echo "SKIP $name"; echo SKIP >> "$RESULTS" ;;
	*) echo "FAIL $name"; echo FAIL >> "$RESULTS" ;;
	esac
}

# sh CMD: runs minish -c CMD; stdout in $WORK/out, stderr in $WORK/err, status in $ST.
sh() { "$MINISH" -c "$1" > "$WORK/out" 2> "$WORK/err"; ST=$?; }

# same OPTS...: `ipcs --sysv OPTS` in minish is byte-identical to util-linux `ipcs OPTS` and
# `ipcs OPTS` (all families) starts with it. Retried: other processes may change objects meanwhile.
same() {
	local try
	for try in 1 2 3; do
		"$MINISH" -c "ipcs --sysv $*" > "$WORK/mine" 2> "$WORK/mine.err"
		local r1=$?
		"$MINISH" -c "ipcs $*" > "$WORK/all" 2> /dev/null
		"$UL_IPCS" "$@" > "$WORK/ref" 2>&1
		if [ $r1 = 0 ] && cmp -s "$WORK/mine" "$WORK/ref" &&
		   cmp -s "$WORK/ref" <(head -c "$(wc -c < "$WORK/ref")" "$WORK/all"); then
			return 0
		fi
		sleep 0.2
	done
	echo "  ipcs $* differs from util-linux (< util-linux, > minish):" >&2
	diff "$WORK/ref" "$WORK/mine" | head -20 >&2
	return 1
}

# Creates System V objects with the helpers (and registers them); prints the id.
mk_msg() { local id; id=$("$H/ipc_sysv_msg" -k "$1" "${@:2}") || fail "ipc_sysv_msg $*"; reg msg "$id" "$(($1))"; echo "$id"; }
mk_shm() { local id; id=$("$H/ipc_sysv_shm" -k "$1" "${@:2}") || fail "ipc_sysv_shm $*"; reg shm "$id" "$(($1))"; echo "$id"; }
mk_sem() { local id; id=$("$H/ipc_sysv_sem" -k "$1" "${@:2}") || fail "ipc_sysv_sem $*"; reg sem "$id" "$(($1))"; echo "$id"; }

# Starts a helper that stays attached; waits for its first output line; sets BG_PID and BG_LINE.
bg_helper() {
	local fifo=$WORK/fifo.$RANDOM
	mkfifo "$fifo" || fail "mkfifo"
	"$@" > "$fifo" &
	BG_PID=$!
	reg pid "$BG_PID"
	read -r BG_LINE < "$fifo" || fail "$1 did not start"
	rm -f "$fifo"
}

# A user name longer than 10 characters (util-linux truncates owners to 10), or nothing.
long_user() { getent passwd | awk -F: 'length($1) > 10 { print $3; exit }'; }

mqueue_mounted() { awk '$2 == "/dev/mqueue" && $3 == "mqueue" { f = 1 } END { exit !f }' /proc/mounts; }

# --- System V: byte-for-byte with util-linux ------------------------------------------------------

test_sysv_formats() {
	mk_msg $((KEY + 1)) -n 3 -s 100 -r > /dev/null
	mk_msg $((KEY + 2)) -m 600 > /dev/null
	mk_shm $((KEY + 3)) -s 123456 > /dev/null
	mk_shm $((KEY + 4)) -s 1 -m 640 > /dev/null
	mk_sem $((KEY + 5)) -n 3 -v 2 > /dev/null
	mk_sem $((KEY + 6)) -n 1 -m 400 > /dev/null
	local o
	for o in "" "-a" "-q" "-m" "-s" "-q -m" "-t" "-p" "-c" "-l" "-u" "-b" "--human" "-l -b" "-l --human" \
		 "-u -b" "-u --human" "-t -b" "-m --human" "-q --human" "-m -b" "-s -t" "-q -p" "-m -c" "-p -c"; do
		# shellcheck disable=SC2086
		same $o || fail "ipcs $o"
	done
}

test_sysv_owners() {
	local long
	mk_msg $((KEY + 7)) -u 54321 -g 54322 > /dev/null
	mk_shm $((KEY + 8)) -u 54321 -g 0 > /dev/null
	mk_sem $((KEY + 9)) -u 0 -g 54322 > /dev/null
	long=$(long_user)
	if [ -n "$long" ]; then
		mk_msg $((KEY + 10)) -u "$long" -g "$long" > /dev/null
		mk_shm $((KEY + 11)) -u "$long" > /dev/null
	else
		note "no user name longer than 10 characters here: owner truncation not exercised"
	fi
	local o
	for o in "" "-c" "-t" "-p"; do
		# shellcheck disable=SC2086
		same $o || fail "ipcs $o"
	done
}

test_sysv_attached_dest_locked() {
	local id1 id2 id3
	bg_helper "$H/ipc_sysv_shm" -k $((KEY + 12)) -s 5000 -a
	id1=$BG_LINE
	reg shm "$id1" $((KEY + 12))
	bg_helper "$H/ipc_sysv_shm" -k $((KEY + 13)) -s 7000 -a -d
	id2=$BG_LINE
	reg shm "$id2" 0     # marked for removal: its key is now 0
	id3=$(mk_shm $((KEY + 14)) -s 4096 -L) || exit 1
	local o
	for o in "" "-m" "-m -p" "-m -t" "-m -c" "-u"; do
		# shellcheck disable=SC2086
		same $o || fail "ipcs $o"
	done
	"$MINISH" -c "ipcs --sysv -m" | grep -Eq "^0x00000000 $id2 +root +644 +7000 +1 +dest" ||
		fail "dest status of $id2"
	"$MINISH" -c "ipcs --sysv -m" | grep -Eq " $id3 .* locked$" || fail "locked status of $id3"
}

test_sysv_details() {
	local q m s id u
	q=$(mk_msg $((KEY + 15)) -n 2 -s 10) || exit 1
	s=$(mk_sem $((KEY + 16)) -n 3 -v 4) || exit 1
	bg_helper "$H/ipc_sysv_shm" -k $((KEY + 17)) -s 9000 -a
	m=$BG_LINE
	reg shm "$m" $((KEY + 17))
	for id in "-q $q" "-s $s" "-m $m"; do
		for u in "" "-b" "--human"; do
			# shellcheck disable=SC2086
			"$UL_IPCS" ${id%% *} -i ${id#* } $u > "$WORK/ref" 2>&1
			sh "ipcs ${id%% *} -i ${id#* } $u"
			[ "$ST" = 0 ] || fail "ipcs $id $u: status $ST"
			# beyond util-linux: the attached pids of a segment, on one extra line
			if [ "${id%% *}" = -m ]; then
				grep -qx "attached_pids=$BG_PID" "$WORK/out" || fail "no attached_pids=$BG_PID line"
				grep -v '^attached_pids=' "$WORK/out" > "$WORK/out2"
				mv "$WORK/out2" "$WORK/out"
			fi
			cmp -s "$WORK/ref" "$WORK/out" || { diff "$WORK/ref" "$WORK/out" >&2; fail "ipcs $id -i $u"; }
		done
	done
}

test_sysv_missing_id() {
	local k
	for k in q m s; do
		sh "ipcs -$k -i 2147483646; echo after=\$?"
		[ "$(cat "$WORK/out")" = "after=1" ] || fail "-$k: stdout $(cat "$WORK/out")"
		[ "$(cat "$WORK/err")" = "minish: ipcs: id 2147483646 not found" ] || fail "-$k: stderr $(cat "$WORK/err")"
		"$UL_IPCS" -$k -i 2147483646 > /dev/null 2>&1   # util-linux says the same but exits 0
	done
	sh "ipcs -i 5; echo after=\$?"
	grep -q "single resource must be specified" "$WORK/err" && [ "$(cat "$WORK/out")" = "after=1" ] ||
		fail "-i without a kind"
}

test_bad_options() {
	sh "ipcs -x; echo after=\$?"
	[ "$(cat "$WORK/out")" = "after=1" ] || fail "ipcs -x status"
	grep -q "^minish: ipcs: invalid option -- 'x'$" "$WORK/err" && grep -q "^Usage: ipcs" "$WORK/err" ||
		fail "ipcs -x message: $(cat "$WORK/err")"
	sh "ipcrm --bogus; echo after=\$?"
	[ "$(cat "$WORK/out")" = "after=1" ] && grep -q "unrecognized option '--bogus'" "$WORK/err" || fail "ipcrm --bogus"
	sh "ipcmk; echo after=\$?"
	[ "$(cat "$WORK/out")" = "after=1" ] && grep -q "^minish: ipcmk: bad usage" "$WORK/err" || fail "ipcmk"
	sh "ipcs --help"
	[ "$ST" = 0 ] && grep -q "^Usage: ipcs" "$WORK/out" || fail "ipcs --help"
}

# --- POSIX ----------------------------------------------------------------------------------------

test_posix_mqueue_not_mounted() {
	mqueue_mounted && skip "/dev/mqueue was already mounted before the run"
	sh "ipcs --posix -q"
	[ "$ST" = 0 ] || fail "status $ST"
	grep -q "^minish: ipcs: /dev/mqueue is not mounted; .*mount -t mqueue none /dev/mqueue$" "$WORK/err" ||
		fail "no mount hint: $(cat "$WORK/err")"
	[ "$(wc -l < "$WORK/err")" = 1 ] || fail "more than one line on stderr"
	grep -q "^------ POSIX Message Queues --------$" "$WORK/out" || fail "no section title"
}

test_posix_shm() {
	local n=/$TAG-shm
	reg pshm "$n"
	"$H/ipc_posix_shm" "$n" -s 12345 -m 640 > /dev/null || fail "helper"
	sh "ipcs --posix -m"
	grep -Eq "^$n +root +640 +12345 *$" "$WORK/out" || fail "row: $(grep "$TAG" "$WORK/out")"
	grep -q "^------ POSIX Shared Memory --------$" "$WORK/out" || fail "title"
	sh "ipcs --posix -m --human"
	grep -Eq "^$n +root +640 +12.1K +$" "$WORK/out" || fail "--human row: $(grep "$TAG" "$WORK/out")"
	sh "ipcs --posix -m -c"
	grep -Eq "^$n +640 +root +root *$" "$WORK/out" || fail "-c row"
	sh "ipcs --posix -m -t"
	grep -Eq "^$n +root +[A-Z][a-z]{2} [ 0-9]{2} [0-9:]{8} *$" "$WORK/out" || fail "-t row"
	sh "ipcs --posix -m -u"
	grep -Eq "^segments allocated = [1-9]" "$WORK/out" || fail "-u"
	sh "ipcrm --posix-shmem $n; echo after=\$?"
	[ "$(cat "$WORK/out")" = "after=0" ] || fail "ipcrm: $(cat "$WORK/err")"
	[ ! -e "/dev/shm/${n#/}" ] || fail "still in /dev/shm"
	sh "ipcs --posix -m"
	! grep -q "$TAG" "$WORK/out" || fail "still listed"
	sh "ipcrm --posix-shmem $n"
	[ "$ST" = 1 ] && [ "$(cat "$WORK/err")" = "minish: ipcrm: name \`$n' not found" ] || fail "second ipcrm"
}

test_posix_shm_pids() {
	local n=/$TAG-shmp
	reg pshm "$n"
	bg_helper "$H/ipc_posix_shm" "$n" -s 4096 -a
	sh "ipcs --posix -m -p"
	grep -q "^------ POSIX Shared Memory Attached PIDs --------$" "$WORK/out" || fail "title"
	grep -Eq "^$n +root +$BG_PID$" "$WORK/out" || fail "pid row: $(grep "$TAG" "$WORK/out")"
	sh "ipcs -J --posix -m -p"
	grep -Eq "\"name\": \"$n\".*\"pids\": \[$BG_PID\]" "$WORK/out" || fail "json pids"
}

test_posix_sem() {
	local n=/$TAG-sem
	reg psem "$n"
	bg_helper "$H/ipc_posix_sem" "$n" -v 7 -m 600 -a
	sh "ipcs --posix -s"
	grep -Eq "^$n +root +600 +7 *$" "$WORK/out" || fail "row: $(grep "$TAG" "$WORK/out")"
	sh "ipcs --posix -s -p"
	grep -Eq "^$n +root +$BG_PID$" "$WORK/out" || fail "-p row: $(grep "$TAG" "$WORK/out")"
	kill "$BG_PID"; wait "$BG_PID" 2>/dev/null
	sh "ipcrm -v --posix-semaphore ${n#/}; echo after=\$?"
	[ "$(cat "$WORK/out")" = "removing POSIX semaphore \`$n'
after=0" ] || fail "ipcrm: $(cat "$WORK/out" "$WORK/err")"
	[ ! -e "/dev/shm/sem.${n#/}" ] || fail "still in /dev/shm"
}

test_posix_mqueue() {
	mqueue_mounted || skip "/dev/mqueue is not mounted and could not be mounted"
	local n=/$TAG-mq
	reg pmq "$n"
	"$H/ipc_posix_mq" "$n" -n 3 -s 10 -m 640 || fail "helper"
	sh "ipcs --posix -q"
	[ "$ST" = 0 ] && [ ! -s "$WORK/err" ] || fail "status $ST: $(cat "$WORK/err")"
	grep -Eq "^$n +root +640 +30 +3 +$" "$WORK/out" || fail "row: $(grep "$TAG" "$WORK/out")"
	sh "ipcs -J --posix -q"
	grep -Eq "\"name\": \"$n\".*\"usedbytes\": 30, \"msgs\": 3" "$WORK/out" || fail "json"
	sh "ipcrm --posix-mqueue $n; echo after=\$?"
	[ "$(cat "$WORK/out")" = "after=0" ] || fail "ipcrm: $(cat "$WORK/err")"
	[ ! -e "/dev/mqueue/${n#/}" ] || fail "still in /dev/mqueue"
}

test_ipcmk_ipcrm_posix() {
	local n=$TAG-mk
	reg pshm "/$n"; reg psem "/$n"; reg pmq "/$n"
	sh "ipcmk -m 2K -s -p 600 -n $n"
	[ "$ST" = 0 ] || fail "ipcmk: $(cat "$WORK/err")"
	[ "$(cat "$WORK/out")" = "POSIX shared memory name: /$n
POSIX semaphore name: /$n" ] || fail "ipcmk output: $(cat "$WORK/out")"
	[ "$(stat -c '%s %a' "/dev/shm/$n")" = "2048 600" ] || fail "shm file"
	[ -e "/dev/shm/sem.$n" ] || fail "sem file"
	if mqueue_mounted; then
		sh "ipcmk -q -n /$n"
		[ "$(cat "$WORK/out")" = "POSIX message queue name: /$n" ] || fail "ipcmk -q: $(cat "$WORK/out" "$WORK/err")"
		[ -e "/dev/mqueue/$n" ] || fail "mqueue file"
		sh "ipcrm --posix-mqueue /$n"
		[ "$ST" = 0 ] && [ ! -e "/dev/mqueue/$n" ] || fail "ipcrm --posix-mqueue"
	else
		note "mqueue part of ipcmk-ipcrm-posix not run: /dev/mqueue not mounted"
	fi
	sh "ipcrm --posix-shmem $n --posix-semaphore /$n; echo after=\$?"
	[ "$(cat "$WORK/out")" = "after=0" ] || fail "ipcrm: $(cat "$WORK/err")"
	[ ! -e "/dev/shm/$n" ] && [ ! -e "/dev/shm/sem.$n" ] || fail "still in /dev/shm"
}

# --- ipcmk / ipcrm for System V ---------------------------------------------------------------------

# Runs `ipcmk ARGS` in minish; registers the object; prints its id.
mk_with_ipcmk() {
	local kind=$1 label=$2 id
	sh "ipcmk ${*:3}"
	[ "$ST" = 0 ] || fail "ipcmk ${*:3}: $(cat "$WORK/err")"
	id=$(sed -n "s/^$label id: \([0-9]*\)$/\1/p" "$WORK/out")
	[ -n "$id" ] || fail "ipcmk ${*:3} printed: $(cat "$WORK/out")"
	reg "$kind" "$id" "$(sysv_key "$kind" "$id")"
	echo "$id"
}

test_ipcmk_ipcrm_sysv() {
	local q m s key
	q=$(mk_with_ipcmk msg "Message queue" -Q -p 600) || exit 1
	m=$(mk_with_ipcmk shm "Shared memory" -M 64K) || exit 1
	s=$(mk_with_ipcmk sem "Semaphore" -S 3 -p 0640) || exit 1
	"$UL_IPCS" -q | grep -Eq "^0x[0-9a-f]{8} $q +root +600 " || fail "queue $q not seen by util-linux"
	"$UL_IPCS" -m | grep -Eq "^0x[0-9a-f]{8} $m +root +644 +65536 " || fail "segment $m"
	"$UL_IPCS" -s | grep -Eq "^0x[0-9a-f]{8} $s +root +640 +3 " || fail "semaphores $s"
	sh "ipcrm -v -q $q -m $m -s $s; echo after=\$?"
	[ "$(cat "$WORK/out")" = "removing message queue id \`$q'
removing shared memory segment id \`$m'
removing semaphore id \`$s'
after=0" ] || fail "ipcrm: $(cat "$WORK/out" "$WORK/err")"
	[ -z "$(sysv_key msg "$q")" ] && [ -z "$(sysv_key shm "$m")" ] && [ -z "$(sysv_key sem "$s")" ] ||
		fail "objects still there"
	# by key
	q=$(mk_msg $((KEY + 18))) || exit 1
	m=$(mk_shm $((KEY + 19))) || exit 1
	s=$(mk_sem $((KEY + 20))) || exit 1
	key=$(printf '0x%08x' $((KEY + 18)))
	sh "ipcrm -Q $key -M $((KEY + 19)) -S $(printf '0x%x' $((KEY + 20))); echo after=\$?"
	[ "$(cat "$WORK/out")" = "after=0" ] || fail "ipcrm by key: $(cat "$WORK/err")"
	[ -z "$(sysv_key msg "$q")" ] && [ -z "$(sysv_key shm "$m")" ] && [ -z "$(sysv_key sem "$s")" ] ||
		fail "objects still there after removal by key"
	# the old syntax
	q=$(mk_msg $((KEY + 21))) || exit 1
	sh "ipcrm msg $q"
	[ "$ST" = 0 ] && [ "$(cat "$WORK/out")" = "resource(s) deleted" ] && [ -z "$(sysv_key msg "$q")" ] ||
		fail "ipcrm msg $q"
}

test_ipcrm_errors_keep_shell() {
	sh "ipcrm -q 2147483646; echo after=\$?; ipcrm -M 0x7ffffff0; echo after=\$?; ipcrm -s abc; echo after=\$?"
	[ "$(cat "$WORK/out")" = "after=1
after=1
after=1" ] || fail "statuses: $(cat "$WORK/out")"
	[ "$(cat "$WORK/err")" = "minish: ipcrm: invalid id (2147483646)
minish: ipcrm: invalid key (0x7ffffff0)
minish: ipcrm: failed to parse argument: 'abc'" ] || fail "messages: $(cat "$WORK/err")"
}

test_permission_denied() {
	[ "$(id -u)" = 0 ] || skip "needs root to act as another user"
	command -v setpriv > /dev/null || skip "setpriv missing"
	local as="setpriv --reuid=65534 --regid=65534 --clear-groups"
	$as "$MINISH" -c 'exit 0' 2>/dev/null || skip "user 65534 cannot run $MINISH"
	local q s n=/$TAG-priv
	q=$(mk_msg $((KEY + 22)) -m 600) || exit 1
	s=$(mk_sem $((KEY + 23)) -m 600 -n 2) || exit 1
	reg psem "$n"
	"$H/ipc_posix_sem" "$n" -v 3 -m 600 > /dev/null || fail "helper"
	$as "$MINISH" -c "ipcrm -q $q; echo after=\$?" > "$WORK/out" 2> "$WORK/err"
	[ "$(cat "$WORK/out")" = "after=1" ] || fail "ipcrm status: $(cat "$WORK/out")"
	grep -Eq "^minish: ipcrm: permission denied for id \($q\): (Operation not permitted|Permission denied)$" \
		"$WORK/err" || fail "ipcrm message: $(cat "$WORK/err")"
	[ -n "$(sysv_key msg "$q")" ] || fail "queue removed anyway"
	$as "$MINISH" -c "ipcs -s -i $s; echo after=\$?" > "$WORK/out" 2> "$WORK/err"
	[ "$(cat "$WORK/out")" = "after=1" ] && [ "$(cat "$WORK/err")" = "minish: ipcs: semctl failed: Permission denied" ] ||
		fail "ipcs -s -i: $(cat "$WORK/out" "$WORK/err")"
	$as "$MINISH" -c "ipcs --posix -s; echo after=\$?" > "$WORK/out" 2> "$WORK/err"
	grep -Eq "^$n +root +600 +- *$" "$WORK/out" && grep -q "^after=0$" "$WORK/out" ||
		fail "unreadable semaphore row: $(cat "$WORK/out")"
	$as "$MINISH" -c "ipcs --sysv -q" > "$WORK/out" 2> /dev/null
	grep -Eq "^0x[0-9a-f]{8} $q +root +600 " "$WORK/out" || fail "listing as another user"
}

# --- robustness and scale -------------------------------------------------------------------------

test_json_valid() {
	command -v python3 > /dev/null && python3 -c 'import json' 2>/dev/null || skip "python3 missing"
	local q n=/$TAG-json
	q=$(mk_msg $((KEY + 24)) -n 1 -s 5) || exit 1
	reg pshm "$n"
	"$H/ipc_posix_shm" "$n" -s 100 > /dev/null || fail "helper"
	local o
	for o in "-J" "-J -p" "-J -l" "-J -u" "-J -q -i $q" "--json --posix" "-J -t -c"; do
		sh "ipcs $o"
		[ "$ST" = 0 ] || fail "ipcs $o: status $ST"
		python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$WORK/out" || fail "ipcs $o: invalid JSON"
	done
	sh "ipcs -J"
	python3 - "$WORK/out" "$q" "$n" <<'EOF' || fail "ipcs -J content"
import json, sys
d = json.load(open(sys.argv[1]))
q = [m for m in d["messages"] if m["id"] == int(sys.argv[2])][0]
assert q["usedbytes"] == 5 and q["msgs"] == 1 and q["owner"] == "root" and q["perms"] == "rw-r--r--", q
s = [m for m in d["posix-sharedmemory"] if m["name"] == sys.argv[3]][0]
assert s["size"] == 100 and s["cuser"] == "root", s
for k in ("sharedmemory", "semaphores", "posix-semaphores"):
    assert isinstance(d[k], list), k
EOF
}

test_vanishing_objects() {
	local churn i k
	(
		trap 'exit 0' TERM
		k=$((KEY + 25))
		while :; do
			id=$("$H/ipc_sysv_msg" -k $k 2>/dev/null) && "$UL_IPCRM" -q "$id" 2>/dev/null
			id=$("$H/ipc_sysv_shm" -k $k 2>/dev/null) && "$UL_IPCRM" -m "$id" 2>/dev/null
			id=$("$H/ipc_sysv_sem" -k $k 2>/dev/null) && "$UL_IPCRM" -s "$id" 2>/dev/null
		done
	) &
	churn=$!
	reg pid "$churn"
	reg bulk $((KEY + 25)) 1
	for i in $(seq 1 25); do
		for o in "" "-t" "-p -m" "-c" "-u" "-J" "-q -i $i" "-m -i $i" "-s -i $i"; do
			"$MINISH" -c "ipcs $o" > /dev/null 2> "$WORK/err"
			ST=$?
			[ "$ST" -le 1 ] || fail "ipcs $o: status $ST"
		done
	done
	kill "$churn"; wait "$churn" 2>/dev/null
	return 0
}

test_thousand_each() {
	local n=1000 i mine=0 ref=0 all=0 runs=10 t0 t1
	reg bulk "$BULK" "$n"
	"$H/ipc_sysv_bulk" "$BULK" "$n" || fail "could not create $n objects of each kind"
	same || fail "listing differs"
	for k in msg shm sem; do
		[ "$(awk -v lo="$BULK" -v hi=$((BULK + n)) 'NR > 1 && $1 >= lo && $1 < hi' "/proc/sysvipc/$k" | wc -l)" = "$n" ] ||
			fail "$k: not $n objects"
	done
	[ "$(grep -c '^0x4d' "$WORK/mine")" -ge $((3 * n)) ] || fail "ipcs does not show them all"
	same -t || fail "-t listing differs"
	same -c || fail "-c listing differs"
	# timing: the same number of runs of each, interleaved, in this run
	for i in $(seq 1 $runs); do
		t0=$(date +%s%N); "$MINISH" -c 'ipcs --sysv' > /dev/null; t1=$(date +%s%N); mine=$((mine + t1 - t0))
		t0=$(date +%s%N); "$MINISH" -c 'ipcs' > /dev/null 2>&1; t1=$(date +%s%N); all=$((all + t1 - t0))
		t0=$(date +%s%N); "$UL_IPCS" > /dev/null; t1=$(date +%s%N); ref=$((ref + t1 - t0))
	done
	awk -v m="$mine" -v a="$all" -v r="$ref" -v n="$runs" 'BEGIN {
		printf "# bench: 1000 queues + 1000 segments + 1000 semaphore sets, mean of %d runs:\n", n
		printf "#   minish -c \"ipcs --sysv\" %.1f ms, minish -c ipcs (with POSIX) %.1f ms, /usr/bin/ipcs %.1f ms\n",
			m / n / 1e6, a / n / 1e6, r / n / 1e6
		printf "#   ratio minish/util-linux: %.2f (System V only), %.2f (everything)\n", m / r, a / r }'
	"$H/ipc_sysv_bulk" "$BULK" "$n" -r
	[ "$(awk -v lo="$BULK" -v hi=$((BULK + n)) 'NR > 1 && $1 >= lo && $1 < hi' /proc/sysvipc/msg /proc/sysvipc/shm /proc/sysvipc/sem | wc -l)" = 0 ] ||
		fail "bulk objects left"
}

test_ipcrm_all_in_namespace() {
	[ "$(id -u)" = 0 ] || skip "needs root for a private IPC namespace"
	command -v unshare > /dev/null || skip "unshare missing"
	unshare --ipc --mount true 2>/dev/null || skip "cannot create namespaces here"
	[ -d /dev/mqueue ] || skip "no /dev/mqueue directory to mount over (creating one would outlive the test)"
	# In private IPC and mount namespaces, with their own /dev/shm and /dev/mqueue, `ipcrm -a`
	# cannot touch anybody else's objects.
	unshare --ipc --mount --propagation private bash -s "$MINISH" "$H" > "$WORK/out" 2>&1 <<'EOF' || { cat "$WORK/out" >&2; fail "in the namespace"; }
set -e
MINISH=$1 H=$2
mount -t tmpfs none /dev/shm
mkdir -p /dev/mqueue
mount -t mqueue none /dev/mqueue
"$H/ipc_sysv_msg" -n 1 > /dev/null
"$H/ipc_sysv_shm" > /dev/null
"$H/ipc_sysv_sem" > /dev/null
"$H/ipc_posix_shm" /a > /dev/null
"$H/ipc_posix_sem" /b > /dev/null
"$H/ipc_posix_mq" /c
[ "$(cat /proc/sysvipc/msg /proc/sysvipc/shm /proc/sysvipc/sem | wc -l)" = 6 ]
"$MINISH" -c 'ipcrm -a pshm' && false   # "-a pshm" is -a plus an extra argument: an error
"$MINISH" -c 'ipcrm --all=shm'
[ "$(wc -l < /proc/sysvipc/shm)" = 1 ] && [ "$(wc -l < /proc/sysvipc/msg)" = 2 ]
"$MINISH" -c 'ipcrm --all=psem'
[ ! -e /dev/shm/sem.b ] && [ -e /dev/shm/a ]
"$MINISH" -c 'ipcrm -a'
[ "$(cat /proc/sysvipc/msg /proc/sysvipc/shm /proc/sysvipc/sem | wc -l)" = 3 ]
[ -z "$(ls -A /dev/shm)$(ls -A /dev/mqueue)" ]
"$MINISH" -c 'ipcs' | grep -c '^0x' | grep -qx 0
EOF
}

# --- the run ------------------------------------------------------------------------------------

for h in ipc_sysv_msg ipc_sysv_shm ipc_sysv_sem ipc_sysv_bulk ipc_posix_shm ipc_posix_sem ipc_posix_mq; do
	if [ ! -x "$H/$h" ]; then
		echo "FAIL helpers ($H/$h missing: make unit-bins builds it)"
		echo "ipc: 0 passed, 1 failed, 0 skipped"
		exit 1
	fi
done
[ -x "$MINISH" ] || { echo "FAIL minish ($MINISH is not executable)"; echo "ipc: 0 passed, 1 failed, 0 skipped"; exit 1; }

BASE_IPCS=$("$UL_IPCS" 2>&1)
BASE_SHM=$(ls -A /dev/shm 2>/dev/null)
BASE_MQ_MOUNTED=0; mqueue_mounted && BASE_MQ_MOUNTED=1
BASE_MQ_DIR=0; [ -d /dev/mqueue ] && BASE_MQ_DIR=1
BASE_MQ=$(ls -A /dev/mqueue 2>/dev/null)

finish() {
	if [ "$MQ_MOUNTED_BY_US" = 1 ]; then
		umount /dev/mqueue 2>/dev/null
		[ "$MQ_DIR_CREATED" = 1 ] && rmdir /dev/mqueue 2>/dev/null
		MQ_MOUNTED_BY_US=0
	fi
	rm -rf "$WORK"
}
trap finish EXIT
trap 'exit 130' INT TERM

if [ -x "$UL_IPCS" ]; then
	t ipcs-sysv-formats test_sysv_formats
	t ipcs-sysv-owner-names test_sysv_owners
	t ipcs-sysv-attached-dest-locked test_sysv_attached_dest_locked
	t ipcs-sysv-detail-views test_sysv_details
	t ipcs-sysv-1000-each test_thousand_each
else
	for n in formats owner-names attached-dest-locked detail-views 1000-each; do
		echo "SKIP ipcs-sysv-$n (no util-linux $UL_IPCS to compare with)"; echo SKIP >> "$RESULTS"
	done
fi
t ipcs-missing-id test_sysv_missing_id
t bad-options test_bad_options
t ipcs-posix-mqueue-not-mounted test_posix_mqueue_not_mounted

# POSIX message queues need the mqueue filesystem: mount it for the run when we can.
if ! mqueue_mounted && [ "$(id -u)" = 0 ]; then
	[ -d /dev/mqueue ] || { mkdir /dev/mqueue 2>/dev/null && MQ_DIR_CREATED=1; }
	if mount -t mqueue none /dev/mqueue 2>/dev/null; then
		MQ_MOUNTED_BY_US=1
	elif [ "$MQ_DIR_CREATED" = 1 ]; then
		rmdir /dev/mqueue; MQ_DIR_CREATED=0
	fi
fi

t ipcs-posix-shm test_posix_shm
t ipcs-posix-shm-pids test_posix_shm_pids
t ipcs-posix-sem test_posix_sem
t ipcs-posix-mqueue test_posix_mqueue
t ipcmk-ipcrm-posix test_ipcmk_ipcrm_posix
t ipcmk-ipcrm-sysv test_ipcmk_ipcrm_sysv
t ipcrm-errors-keep-shell test_ipcrm_errors_keep_shell
t permission-denied test_permission_denied
t ipcs-json test_json_valid
t vanishing-objects test_vanishing_objects
t ipcrm-all-in-namespace test_ipcrm_all_in_namespace

# Nothing of ours may be left, and /dev/mqueue must be as it was.
if [ "$MQ_MOUNTED_BY_US" = 1 ]; then
	umount /dev/mqueue 2>/dev/null && MQ_MOUNTED_BY_US=0
	[ "$MQ_DIR_CREATED" = 1 ] && rmdir /dev/mqueue 2>/dev/null && MQ_DIR_CREATED=0
fi
test_nothing_left() {
	local k
	for k in msg shm sem; do
		awk -v lo="$KEY" -v hi=$((KEY + 32)) -v blo="$BULK" -v bhi=$((BULK + 1000)) \
			'NR > 1 && (($1 >= lo && $1 < hi) || ($1 >= blo && $1 < bhi)) { bad = 1 } END { exit bad }' \
			"/proc/sysvipc/$k" || fail "a System V $k of ours is left"
	done
	! ls -A /dev/shm 2>/dev/null | grep -q "$TAG" || fail "left in /dev/shm: $(ls /dev/shm | grep "$TAG")"
	local now=0; mqueue_mounted && now=1
	[ "$now" = "$BASE_MQ_MOUNTED" ] || fail "/dev/mqueue mount state changed"
	local dir=0; [ -d /dev/mqueue ] && dir=1
	[ "$dir" = "$BASE_MQ_DIR" ] || fail "/dev/mqueue directory appeared or vanished"
	[ "$now" = 0 ] || [ "$(ls -A /dev/mqueue)" = "$BASE_MQ" ] || fail "/dev/mqueue differs"
	[ "$("$UL_IPCS" 2>&1)" = "$BASE_IPCS" ] && [ "$(ls -A /dev/shm 2>/dev/null)" = "$BASE_SHM" ] ||
		note "the system's IPC objects differ from the start of the run (none of them ours)"
	return 0
}
t nothing-left-behind test_nothing_left

passed=$(grep -c '^PASS$' "$RESULTS")
failed=$(grep -c '^FAIL$' "$RESULTS")
skipped=$(grep -c '^SKIP$' "$RESULTS")
echo "ipc: $passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
