/* test_netredir.c - unit tests for bash's special redirection files (shell/netredir.c): the
 * socket path shapes and /dev/stdin, /dev/stdout, /dev/stderr, /dev/fd/N as fd copies. */
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "../../shell/netredir.h"

/* True when a and b are open on the same file. */
static bool same_file(int a, int b)
{
	struct stat sa, sb;
	return fstat(a, &sa) == 0 && fstat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
	       sa.st_ino == sb.st_ino;
}

static void netredir_is_socket_path__shapes__only_host_and_port(void **state)
{
	(void)state;
	assert_true(netredir_is_socket_path("/dev/tcp/127.0.0.1/80"));
	assert_true(netredir_is_socket_path("/dev/udp/localhost/53"));
	assert_false(netredir_is_socket_path("/dev/tcp/127.0.0.1"));
	assert_false(netredir_is_socket_path("/dev/tcp//80"));
	assert_false(netredir_is_socket_path("/dev/tcp/host/"));
	assert_false(netredir_is_socket_path("/dev/tcp/host/80/x"));
	assert_false(netredir_is_socket_path("/dev/sctp/host/80"));
	assert_false(netredir_is_socket_path("/tmp/dev/tcp/host/80"));
}

static void netredir_dev_fd__standard_names__copies_close_on_exec(void **state)
{
	(void)state;
	const char *names[] = { "/dev/stdin", "/dev/stdout", "/dev/stderr" };
	for (int i = 0; i < 3; i++) {
		int fd = netredir_dev_fd(names[i], -7);
		assert_true(fd > 2);
		assert_true(same_file(fd, i));
		assert_int_equal(fcntl(fd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
		close(fd);
	}
}

static void netredir_dev_fd__dev_fd_n__copy_of_n(void **state)
{
	(void)state;
	int p[2];
	assert_int_equal(pipe(p), 0);
	char path[32];
	snprintf(path, sizeof(path), "/dev/fd/%d", p[1]);
	int fd = netredir_dev_fd(path, -7);
	assert_true(fd >= 0 && fd != p[1]);
	assert_true(same_file(fd, p[1]));
	close(fd);
	close(p[0]);
	close(p[1]);
	errno = 0;
	assert_int_equal(netredir_dev_fd(path, -7), -1);  /* now closed */
	assert_int_equal(errno, EBADF);
}

static void netredir_dev_fd__other_paths__failed_value_back(void **state)
{
	(void)state;
	assert_int_equal(netredir_dev_fd("/dev/null", -7), -7);
	assert_int_equal(netredir_dev_fd("/dev/fd/", -7), -7);
	assert_int_equal(netredir_dev_fd("/dev/fd/1x", -7), -7);
	assert_int_equal(netredir_dev_fd("/dev/stdinx", -7), -7);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(netredir_is_socket_path__shapes__only_host_and_port),
		cmocka_unit_test(netredir_dev_fd__standard_names__copies_close_on_exec),
		cmocka_unit_test(netredir_dev_fd__dev_fd_n__copy_of_n),
		cmocka_unit_test(netredir_dev_fd__other_paths__failed_value_back),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
