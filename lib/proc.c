#include "proc.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util.h"

struct sink {
	char *p;
	size_t n, cap;
};

/* Reads what is there; returns 1 at end of file, 0 for more, -1 on error. */
static int drain(int fd, struct sink *s)
{
	if (!vec_reserve((void **)&s->p, &s->cap, s->n + 65536 + 1, 1))
		return -1;
	ssize_t r = read(fd, s->p + s->n, s->cap - s->n - 1);
	if (r < 0)
		return errno == EINTR || errno == EAGAIN ? 0 : -1;
	if (r == 0)
		return 1;
	s->n += (size_t)r;
	return 0;
}

static void close_fd(int *fd)
{
	if (*fd >= 0)
		close(*fd);
	*fd = -1;
}

/* The program `name` as posix_spawnp would find it on the PATH of envp, looked up here so
 * that a missing program is ENOENT even where the spawn cannot say so (under
 * valgrind the child's exec failure only shows as exit status 127). */
static int find_program(const char *name, char *const *envp, char *out, size_t cap)
{
	if (strchr(name, '/'))
		return snprintf(out, cap, "%s", name) < (int)cap ? 0 : ENAMETOOLONG;
	const char *path = NULL;
	for (char *const *v = envp; v && *v && !path; v++)
		if (strncmp(*v, "PATH=", 5) == 0)
			path = *v + 5;
	if (!path)
		path = "/usr/local/bin:/bin:/usr/bin";
	int e = ENOENT;
	for (const char *p = path;; p++) {
		const char *end = strchr(p, ':');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		int w = snprintf(out, cap, "%.*s%s%s", (int)n, n ? p : ".", "/", name);
		if (w > 0 && (size_t)w < cap) {
			if (access(out, X_OK) == 0)
				return 0;
			if (errno == EACCES)
				e = EACCES;
		}
		if (!end)
			return e;
		p = end;
	}
}

int proc_run(const char *const *argv, char *const *envp, const char *in, size_t nin, struct proc_result *r)
{
	memset(r, 0, sizeof *r);
	r->status = -1;
	/* standard input is a socket so that writing to a program that has
	 * already exited fails with EPIPE instead of raising SIGPIPE here */
	int sin[2] = {-1, -1}, sout[2] = {-1, -1}, serr[2] = {-1, -1};
	int e = 0;
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sin) < 0 || pipe(sout) < 0 || pipe(serr) < 0) {
		e = errno;
		goto fail;
	}
	for (int k = 0; k < 2; k++) { /* none of them may leak into other programs */
		fcntl(sin[k], F_SETFD, FD_CLOEXEC);
		fcntl(sout[k], F_SETFD, FD_CLOEXEC);
		fcntl(serr[k], F_SETFD, FD_CLOEXEC);
	}
	char prog[4096];
	if ((e = find_program(argv[0], envp, prog, sizeof prog)) != 0)
		goto fail;
	posix_spawn_file_actions_t fa;
	if ((e = posix_spawn_file_actions_init(&fa)) != 0)
		goto fail;
	posix_spawn_file_actions_adddup2(&fa, sin[1], 0);
	posix_spawn_file_actions_adddup2(&fa, sout[1], 1);
	posix_spawn_file_actions_adddup2(&fa, serr[1], 2);
	pid_t pid;
	e = posix_spawn(&pid, prog, &fa, NULL, (char *const *)argv, envp);
	posix_spawn_file_actions_destroy(&fa);
	close_fd(&sin[1]);
	close_fd(&sout[1]);
	close_fd(&serr[1]);
	if (e)
		goto fail;
	fcntl(sin[0], F_SETFL, fcntl(sin[0], F_GETFL) | O_NONBLOCK);
	if (nin == 0)
		shutdown(sin[0], SHUT_WR);
	struct sink out = {0}, err = {0};
	size_t done = 0;
	bool out_open = true, err_open = true, in_open = nin > 0;
	while (out_open || err_open) {
		struct pollfd p[3];
		nfds_t np = 0;
		int io = -1, ie = -1, ii = -1;
		if (out_open)
			io = (int)np, p[np++] = (struct pollfd){sout[0], POLLIN, 0};
		if (err_open)
			ie = (int)np, p[np++] = (struct pollfd){serr[0], POLLIN, 0};
		if (in_open)
			ii = (int)np, p[np++] = (struct pollfd){sin[0], POLLOUT, 0};
		if (poll(p, np, -1) < 0) {
			if (errno == EINTR)
				continue;
			e = errno;
			break;
		}
		if (ii >= 0 && p[ii].revents) {
			ssize_t w = send(sin[0], in + done, nin - done, MSG_NOSIGNAL);
			if (w > 0)
				done += (size_t)w;
			/* a program that stops reading early is not our failure: its status says */
			if ((w < 0 && errno != EINTR && errno != EAGAIN) || done == nin) {
				shutdown(sin[0], SHUT_WR);
				in_open = false;
			}
		}
		int k;
		if (io >= 0 && p[io].revents && (k = drain(sout[0], &out)) != 0) {
			out_open = false;
			if (k < 0 && !e)
				e = errno ? errno : ENOMEM;
		}
		if (ie >= 0 && p[ie].revents && (k = drain(serr[0], &err)) != 0) {
			err_open = false;
			if (k < 0 && !e)
				e = errno ? errno : ENOMEM;
		}
		if (e)
			break;
	}
	close_fd(&sin[0]);
	close_fd(&sout[0]);
	close_fd(&serr[0]);
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR) {
			st = -1;
			break;
		}
	r->status = st != -1 && WIFEXITED(st) ? WEXITSTATUS(st) : -1;
	if (!e && (!vec_reserve((void **)&out.p, &out.cap, out.n + 1, 1) || !vec_reserve((void **)&err.p, &err.cap, err.n + 1, 1)))
		e = ENOMEM;
	if (e) {
		free(out.p);
		free(err.p);
		return e;
	}
	out.p[out.n] = err.p[err.n] = '\0';
	*r = (struct proc_result){out.p, err.p, out.n, err.n, r->status};
	return 0;
fail:
	close_fd(&sin[0]);
	close_fd(&sin[1]);
	close_fd(&sout[0]);
	close_fd(&sout[1]);
	close_fd(&serr[0]);
	close_fd(&serr[1]);
	return e;
}

void proc_result_free(struct proc_result *r)
{
	if (!r)
		return;
	free(r->out);
	free(r->err);
	r->out = r->err = NULL;
	r->nout = r->nerr = 0;
}
