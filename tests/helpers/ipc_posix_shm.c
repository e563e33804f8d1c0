/* ipc_posix_shm.c - test helper: creates POSIX shared memory; -a stays mapped, sleeping until killed.
 * Usage: ipc_posix_shm NAME [-s SIZE] [-m MODE] [-a]   (prints "ready" once created/mapped) */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long size = 4096;
	int mode = 0644, c, fd, attach = 0;
	if (argc < 2 || argv[1][0] == '-') {
		fprintf(stderr, "usage: %s NAME [options]\n", argv[0]);
		return 2;
	}
	optind = 2;  /* NAME comes first: POSIX getopt does not permute */
	while ((c = getopt(argc, argv, "s:m:a")) != -1) {
		switch (c) {
		case 's': size = strtol(optarg, NULL, 10); break;
		case 'm': mode = (int)strtol(optarg, NULL, 8); break;
		case 'a': attach = 1; break;
		default:
			fprintf(stderr, "usage: ipc_posix_shm NAME [-s SIZE] [-m MODE] [-a]\n");
			return 2;
		}
	}
	if (optind != argc || size < 0) {
		fprintf(stderr, "usage: ipc_posix_shm NAME [-s SIZE] [-m MODE] [-a]\n");
		return 2;
	}
	umask(0);
	if ((fd = shm_open(argv[1], O_RDWR | O_CREAT | O_EXCL, (mode_t)mode)) < 0) {
		perror("ipc_posix_shm: shm_open");
		return 1;
	}
	if (ftruncate(fd, (off_t)size) < 0) {
		perror("ipc_posix_shm: ftruncate");
		return 1;
	}
	if (attach && size > 0 && mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0) == MAP_FAILED) {
		perror("ipc_posix_shm: mmap");
		return 1;
	}
	close(fd);
	printf("ready\n");
	fflush(stdout);
	while (attach)
		pause();
	return 0;
}
