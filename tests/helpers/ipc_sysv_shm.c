/* ipc_sysv_shm.c - test helper: creates (or attaches) a System V shared memory segment, prints its id.
 * Usage: ipc_sysv_shm [-k KEY] [-s SIZE] [-m MODE] [-u UID] [-g GID] [-i ID] [-a] [-d] [-L]
 *   -i attaches existing segment ID instead of creating one; -a stays attached, sleeping until
 *   killed (the id is printed first); -d marks the segment for removal while attached; -L locks it. */
#define _GNU_SOURCE  /* SHM_LOCK is Linux-only */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	key_t key = IPC_PRIVATE;
	size_t size = 4096;
	long uid = -1, gid = -1;
	int mode = 0644, c, id = -1, attach = 0, destroy = 0, lock = 0;
	while ((c = getopt(argc, argv, "k:s:m:u:g:i:adL")) != -1) {
		switch (c) {
		case 'k': key = (key_t)strtoul(optarg, NULL, 0); break;
		case 's': size = (size_t)strtoull(optarg, NULL, 10); break;
		case 'm': mode = (int)strtol(optarg, NULL, 8); break;
		case 'u': uid = strtol(optarg, NULL, 10); break;
		case 'g': gid = strtol(optarg, NULL, 10); break;
		case 'i': id = (int)strtol(optarg, NULL, 10); break;
		case 'a': attach = 1; break;
		case 'd': destroy = 1; break;
		case 'L': lock = 1; break;
		default:
			fprintf(stderr, "usage: ipc_sysv_shm [-k KEY] [-s SIZE] [-m MODE] [-u UID] [-g GID] [-i ID] [-a] [-d] [-L]\n");
			return 2;
		}
	}
	if (id < 0 && (id = shmget(key, size, IPC_CREAT | IPC_EXCL | mode)) < 0) {
		perror("ipc_sysv_shm: shmget");
		return 1;
	}
	if (uid >= 0 || gid >= 0) {
		struct shmid_ds ds;
		if (shmctl(id, IPC_STAT, &ds) < 0)
			return 1;
		if (uid >= 0)
			ds.shm_perm.uid = (uid_t)uid;
		if (gid >= 0)
			ds.shm_perm.gid = (gid_t)gid;
		if (shmctl(id, IPC_SET, &ds) < 0) {
			perror("ipc_sysv_shm: IPC_SET");
			return 1;
		}
	}
	if (lock && shmctl(id, SHM_LOCK, NULL) < 0) {
		perror("ipc_sysv_shm: SHM_LOCK");
		return 1;
	}
	if (attach) {
		char *p = shmat(id, NULL, 0);
		if (p == (char *)-1) {
			perror("ipc_sysv_shm: shmat");
			return 1;
		}
		p[0] = 1;
		if (destroy && shmctl(id, IPC_RMID, NULL) < 0) {
			perror("ipc_sysv_shm: IPC_RMID");
			return 1;
		}
	}
	printf("%d\n", id);
	fflush(stdout);
	while (attach)
		pause();
	return 0;
}
