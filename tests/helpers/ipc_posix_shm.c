/* ipc_posix_shm.c - test helper: creates POSIX shared memory; -a stays mapped, -o stays with it
 * open (not mapped), sleeping until killed; -w writes BYTES at the start (allocating blocks).
 * Usage: ipc_posix_shm NAME [-s SIZE] [-m MODE] [-w BYTES] [-a|-o]   (prints "ready" when done) */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long size = 4096;
	long write_bytes = 0;
	int mode = 0644, c, fd, attach = 0, stay_open = 0;
	if (argc < 2 || argv[1][0] == '-') {
		fprintf(stderr, "usage: %s NAME [options]\n", argv[0]);
		return 2;
	}
	optind = 2;  /* NAME comes first: POSIX getopt does not permute */
	while ((c = getopt(argc, argv, "s:m:w:ao")) != -1) {
		switch (c) {
		case 's': size = strtol(optarg, NULL, 10); break;
		case 'm': mode = (int)strtol(optarg, NULL, 8); break;
		case 'w': write_bytes = strtol(optarg, NULL, 10); break;
		case 'a': attach = 1; break;
		case 'o': stay_open = 1; break;
		default:
			fprintf(stderr, "usage: ipc_posix_shm NAME [-s SIZE] [-m MODE] [-w BYTES] [-a|-o]\n");
			return 2;
		}
	}
	if (optind != argc || size < 0 || write_bytes < 0 || write_bytes > 1 << 20) {
		fprintf(stderr, "usage: ipc_posix_shm NAME [-s SIZE] [-m MODE] [-w BYTES] [-a|-o]\n");
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
	for (long done = 0; done < write_bytes;) {
		static const char page[4096];
		size_t n = write_bytes - done < (long)sizeof page ? (size_t)(write_bytes - done) : sizeof page;
		ssize_t w = pwrite(fd, page, n, (off_t)done);
		if (w <= 0) {
			perror("ipc_posix_shm: pwrite");
			return 1;
		}
		done += w;
	}
	if (attach && size > 0 && mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0) == MAP_FAILED) {
		perror("ipc_posix_shm: mmap");
		return 1;
	}
	if (!stay_open)
		close(fd);
	printf("ready\n");
	fflush(stdout);
	while (attach || stay_open)
		pause();
	return 0;
}
