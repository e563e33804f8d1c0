/* ipc_posix_sem.c - test helper: creates a POSIX named semaphore; -a keeps it open, sleeping until killed.
 * Usage: ipc_posix_sem NAME [-v VALUE] [-m MODE] [-a]   (prints "ready" once created) */
#include <fcntl.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	unsigned value = 0;
	int mode = 0644, c, attach = 0;
	sem_t *s;
	if (argc < 2 || argv[1][0] == '-') {
		fprintf(stderr, "usage: %s NAME [options]\n", argv[0]);
		return 2;
	}
	optind = 2;  /* NAME comes first: POSIX getopt does not permute */
	while ((c = getopt(argc, argv, "v:m:a")) != -1) {
		switch (c) {
		case 'v': value = (unsigned)strtoul(optarg, NULL, 10); break;
		case 'm': mode = (int)strtol(optarg, NULL, 8); break;
		case 'a': attach = 1; break;
		default:
			fprintf(stderr, "usage: ipc_posix_sem NAME [-v VALUE] [-m MODE] [-a]\n");
			return 2;
		}
	}
	if (optind != argc) {
		fprintf(stderr, "usage: ipc_posix_sem NAME [-v VALUE] [-m MODE] [-a]\n");
		return 2;
	}
	umask(0);
	if ((s = sem_open(argv[1], O_CREAT | O_EXCL, (mode_t)mode, value)) == SEM_FAILED) {
		perror("ipc_posix_sem: sem_open");
		return 1;
	}
	printf("ready\n");
	fflush(stdout);
	while (attach)
		pause();
	sem_close(s);
	return 0;
}
