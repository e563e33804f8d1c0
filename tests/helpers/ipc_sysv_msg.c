/* ipc_sysv_msg.c - test helper: creates a System V message queue, sends messages, prints its id.
 * Usage: ipc_sysv_msg [-k KEY] [-i ID] [-n COUNT] [-s SIZE] [-r] [-m MODE] [-u UID] [-g GID]
 *   -i sends to the existing queue ID instead of creating one; -r receives one message
 *   afterwards (sets lrpid/rtime); -u/-g change the owner with IPC_SET. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <unistd.h>

struct msg {
	long type;
	char text[8192];
};

int main(int argc, char **argv)
{
	key_t key = IPC_PRIVATE;
	long count = 0, size = 1, uid = -1, gid = -1;
	int mode = 0644, c, id = -1, receive = 0;
	static struct msg m;
	while ((c = getopt(argc, argv, "k:i:n:s:rm:u:g:")) != -1) {
		switch (c) {
		case 'k': key = (key_t)strtoul(optarg, NULL, 0); break;
		case 'i': id = (int)strtol(optarg, NULL, 10); break;
		case 'n': count = strtol(optarg, NULL, 10); break;
		case 's': size = strtol(optarg, NULL, 10); break;
		case 'r': receive = 1; break;
		case 'm': mode = (int)strtol(optarg, NULL, 8); break;
		case 'u': uid = strtol(optarg, NULL, 10); break;
		case 'g': gid = strtol(optarg, NULL, 10); break;
		default:
			fprintf(stderr, "usage: ipc_sysv_msg [-k KEY] [-i ID] [-n COUNT] [-s SIZE] [-r] [-m MODE] [-u UID] [-g GID]\n");
			return 2;
		}
	}
	if (size < 0 || size > (long)sizeof m.text) {
		fprintf(stderr, "ipc_sysv_msg: bad size\n");
		return 2;
	}
	if (id < 0 && (id = msgget(key, IPC_CREAT | IPC_EXCL | mode)) < 0) {
		perror("ipc_sysv_msg: msgget");
		return 1;
	}
	m.type = 1;
	memset(m.text, 'x', sizeof m.text);
	for (long i = 0; i < count; i++) {
		if (msgsnd(id, &m, (size_t)size, IPC_NOWAIT) < 0) {
			perror("ipc_sysv_msg: msgsnd");
			return 1;
		}
	}
	if (receive && msgrcv(id, &m, sizeof m.text, 0, IPC_NOWAIT) < 0) {
		perror("ipc_sysv_msg: msgrcv");
		return 1;
	}
	if (uid >= 0 || gid >= 0) {
		struct msqid_ds ds;
		if (msgctl(id, IPC_STAT, &ds) < 0)
			return 1;
		if (uid >= 0)
			ds.msg_perm.uid = (uid_t)uid;
		if (gid >= 0)
			ds.msg_perm.gid = (gid_t)gid;
		if (msgctl(id, IPC_SET, &ds) < 0) {
			perror("ipc_sysv_msg: IPC_SET");
			return 1;
		}
	}
	printf("%d\n", id);
	return 0;
}
