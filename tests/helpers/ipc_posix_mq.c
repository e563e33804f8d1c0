/* ipc_posix_mq.c - test helper: creates a POSIX message queue and sends messages to it; -o keeps
 * it open, sleeping until killed (prints "ready" first).
 * Usage: ipc_posix_mq NAME [-n COUNT] [-s SIZE] [-m MODE] [-o] */
#include <fcntl.h>
#include <mqueue.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long count = 0, size = 1;
	int mode = 0644, c, stay = 0;
	char buf[8192];
	mqd_t mq;
	if (argc < 2 || argv[1][0] == '-') {
		fprintf(stderr, "usage: %s NAME [options]\n", argv[0]);
		return 2;
	}
	optind = 2;  /* NAME comes first: POSIX getopt does not permute */
	while ((c = getopt(argc, argv, "n:s:m:o")) != -1) {
		switch (c) {
		case 'n': count = strtol(optarg, NULL, 10); break;
		case 's': size = strtol(optarg, NULL, 10); break;
		case 'm': mode = (int)strtol(optarg, NULL, 8); break;
		case 'o': stay = 1; break;
		default:
			fprintf(stderr, "usage: ipc_posix_mq NAME [-n COUNT] [-s SIZE] [-m MODE] [-o]\n");
			return 2;
		}
	}
	if (optind != argc || size < 0 || size > (long)sizeof buf) {
		fprintf(stderr, "usage: ipc_posix_mq NAME [-n COUNT] [-s SIZE] [-m MODE] [-o]\n");
		return 2;
	}
	umask(0);
	if ((mq = mq_open(argv[1], O_WRONLY | O_CREAT | O_EXCL, (mode_t)mode, NULL)) == (mqd_t)-1) {
		perror("ipc_posix_mq: mq_open");
		return 1;
	}
	memset(buf, 'x', sizeof buf);
	for (long i = 0; i < count; i++) {
		if (mq_send(mq, buf, (size_t)size, 0) < 0) {
			perror("ipc_posix_mq: mq_send");
			return 1;
		}
	}
	if (stay) {
		printf("ready\n");
		fflush(stdout);
		for (;;)
			pause();
	}
	mq_close(mq);
	return 0;
}
