/* ipc_sysv_bulk.c - test helper: creates (or removes) COUNT System V queues, segments and semaphore
 * sets with the consecutive keys BASE, BASE+1, ... (for the 1,000-object listing and benchmark).
 * Usage: ipc_sysv_bulk BASE COUNT [-r]   (-r removes whatever still has those keys; never fails) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>

int main(int argc, char **argv)
{
	unsigned long base, count;
	int remove_them;
	if (argc < 3 || argc > 4 || (argc == 4 && strcmp(argv[3], "-r") != 0)) {
		fprintf(stderr, "usage: ipc_sysv_bulk BASE COUNT [-r]\n");
		return 2;
	}
	base = strtoul(argv[1], NULL, 0);
	count = strtoul(argv[2], NULL, 10);
	remove_them = argc == 4;
	for (unsigned long i = 0; i < count; i++) {
		key_t key = (key_t)(base + i);
		int q, m, s;
		if (remove_them) {
			if ((q = msgget(key, 0)) >= 0)
				msgctl(q, IPC_RMID, NULL);
			if ((m = shmget(key, 0, 0)) >= 0)
				shmctl(m, IPC_RMID, NULL);
			if ((s = semget(key, 0, 0)) >= 0)
				semctl(s, 0, IPC_RMID);
			continue;
		}
		q = msgget(key, IPC_CREAT | IPC_EXCL | 0644);
		m = shmget(key, 4096 + i, IPC_CREAT | IPC_EXCL | 0640);
		s = semget(key, 1 + (int)(i % 5), IPC_CREAT | IPC_EXCL | 0600);
		if (q < 0 || m < 0 || s < 0) {
			perror("ipc_sysv_bulk");
			return 1;
		}
	}
	return 0;
}
