/* ipc_sysv_sem.c - test helper: creates a System V semaphore set, optionally sets values, prints its id.
 * Usage: ipc_sysv_sem [-k KEY] [-n NSEMS] [-v VALUE] [-m MODE] [-u UID] [-g GID]
 *   -v adds VALUE to semaphore 0 with semop (sets otime and the last pid). */
#include <stdio.h>
#include <stdlib.h>
#include <sys/ipc.h>
#include <sys/sem.h>
#include <unistd.h>

/* The caller of semctl defines this union (POSIX says so). */
union semun {
	int val;
	struct semid_ds *buf;
	unsigned short *array;
};

int main(int argc, char **argv)
{
	key_t key = IPC_PRIVATE;
	long uid = -1, gid = -1, value = -1;
	int mode = 0644, c, id, nsems = 1;
	while ((c = getopt(argc, argv, "k:n:v:m:u:g:")) != -1) {
		switch (c) {
		case 'k': key = (key_t)strtoul(optarg, NULL, 0); break;
		case 'n': nsems = (int)strtol(optarg, NULL, 10); break;
		case 'v': value = strtol(optarg, NULL, 10); break;
		case 'm': mode = (int)strtol(optarg, NULL, 8); break;
		case 'u': uid = strtol(optarg, NULL, 10); break;
		case 'g': gid = strtol(optarg, NULL, 10); break;
		default:
			fprintf(stderr, "usage: ipc_sysv_sem [-k KEY] [-n NSEMS] [-v VALUE] [-m MODE] [-u UID] [-g GID]\n");
			return 2;
		}
	}
	if ((id = semget(key, nsems, IPC_CREAT | IPC_EXCL | mode)) < 0) {
		perror("ipc_sysv_sem: semget");
		return 1;
	}
	if (value > 0) {
		struct sembuf op = { .sem_num = 0, .sem_op = (short)value, .sem_flg = 0 };
		if (semop(id, &op, 1) < 0) {
			perror("ipc_sysv_sem: semop");
			return 1;
		}
	}
	if (uid >= 0 || gid >= 0) {
		struct semid_ds ds;
		union semun arg = { .buf = &ds };
		if (semctl(id, 0, IPC_STAT, arg) < 0)
			return 1;
		if (uid >= 0)
			ds.sem_perm.uid = (uid_t)uid;
		if (gid >= 0)
			ds.sem_perm.gid = (gid_t)gid;
		if (semctl(id, 0, IPC_SET, arg) < 0) {
			perror("ipc_sysv_sem: IPC_SET");
			return 1;
		}
	}
	printf("%d\n", id);
	return 0;
}
