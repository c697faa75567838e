/* O_TMPFILE lives behind _GNU_SOURCE in glibc's <fcntl.h>. */
#define _GNU_SOURCE 1

#include "tempfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define SUFFIX_LEN 6

static int force_named;

void tempfile_force_named(int on)
{
	force_named = on;
}

/* ".NAME.XXXXXX" in path's folder: rename(2) is atomic only within one
 * file system, and the folder is the one place sure to be on the same one. */
static int tmp_name(struct tempfile *t)
{
	const char *slash = strrchr(t->path, '/');
	const char *name = slash ? slash + 1 : t->path;
	t->dirlen = (size_t)(name - t->path);
	if (!*name) {
		errno = t->dirlen ? EISDIR : ENOENT;
		return -1;
	}
	size_t len = strlen(t->path) + sizeof "." + sizeof ".XXXXXX";
	if (!(t->tmp = malloc(len)))
		return -1;
	snprintf(t->tmp, len, "%.*s.%s.XXXXXX", (int)t->dirlen, t->path, name);
	return 0;
}

/* An unnamed file in path's folder; -1 with errno EOPNOTSUPP where the
 * system (or /proc, needed to link it in) does not have it. */
static int open_anon(struct tempfile *t, mode_t mode)
{
#ifdef O_TMPFILE
	char dir[4096];
	if (force_named || t->dirlen >= sizeof dir || access("/proc/self/fd", X_OK) != 0) {
		errno = EOPNOTSUPP;
		return -1;
	}
	if (t->dirlen)
		snprintf(dir, sizeof dir, "%.*s", (int)t->dirlen, t->path);
	else
		strcpy(dir, ".");
	if ((t->fd = open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, mode)) < 0)
		return -1;
	t->anon = true;
	return 0;
#else
	(void)t, (void)mode, (void)force_named;
	errno = EOPNOTSUPP;
	return -1;
#endif
}

/* mkstemp(3) makes the file 0600; any other mode is given as open(2)
 * would, through the umask. */
static int open_named(struct tempfile *t, mode_t mode)
{
	if ((t->fd = mkstemp(t->tmp)) < 0)
		return -1;
	t->named = true;
	if ((mode & 0777) != 0600) {
		mode_t mask = umask(0);
		umask(mask);
		if (fchmod(t->fd, mode & ~mask & 0777) != 0)
			return -1;
	}
	return 0;
}

static void names_free(struct tempfile *t)
{
	free(t->path);
	free(t->tmp);
	t->path = t->tmp = NULL;
}

int tempfile_open(struct tempfile *t, const char *path, mode_t mode)
{
	*t = (struct tempfile){.fd = -1};
	if ((t->path = strdup(path)) && tmp_name(t) == 0) {
		if (open_anon(t, mode) == 0)
			return 0;
		/* a file system without O_TMPFILE says so in several ways; a
		 * missing or unwritable folder is reported by mkstemp all the same */
		if (open_named(t, mode) == 0)
			return 0;
	}
	tempfile_abort(t);
	return -1;
}

/* A fresh hidden name, since linkat(2) never replaces: the XXXXXX are the
 * pid and a counter, in base 36. */
int tempfile_name(struct tempfile *t)
{
	if (!t->anon || t->named)
		return 0;
	char proc[64];
	size_t len = strlen(t->tmp);
	snprintf(proc, sizeof proc, "/proc/self/fd/%d", t->fd);
	for (unsigned k = 0; k < 1000; k++) {
		unsigned long v = (unsigned long)getpid() * 1000u + k;
		for (size_t i = len - SUFFIX_LEN; i < len; i++, v /= 36)
			t->tmp[i] = "0123456789abcdefghijklmnopqrstuvwxyz"[v % 36];
		if (linkat(AT_FDCWD, proc, AT_FDCWD, t->tmp, AT_SYMLINK_FOLLOW) == 0) {
			t->named = true;
			return 0;
		}
		if (errno != EEXIST)
			return errno;
	}
	return EEXIST;
}

/* Makes the rename itself durable; a file system that cannot sync a
 * folder still has the complete file, so failures are ignored. */
static void sync_dir(const struct tempfile *t)
{
	char dir[4096];
	if (t->dirlen >= sizeof dir)
		return;
	snprintf(dir, sizeof dir, "%.*s", (int)t->dirlen, t->dirlen ? t->path : ".");
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd >= 0) {
		(void)fsync(fd);
		close(fd);
	}
}

int tempfile_rename(struct tempfile *t, bool sync)
{
	int err = t->named ? 0 : EINVAL;
	if (!err && rename(t->tmp, t->path) != 0)
		err = errno;
	if (err)
		tempfile_abort(t);
	else {
		t->named = false; /* it is path now */
		if (sync)
			sync_dir(t);
		names_free(t);
	}
	return err;
}

int tempfile_commit(struct tempfile *t)
{
	int err = tempfile_name(t);
	if (close(t->fd) != 0 && !err)
		err = errno;
	t->fd = -1;
	if (err) {
		tempfile_abort(t);
		return err;
	}
	return tempfile_rename(t, false);
}

void tempfile_abort(struct tempfile *t)
{
	int err = errno;
	if (t->fd >= 0)
		close(t->fd);
	t->fd = -1;
	if (t->named)
		unlink(t->tmp);
	t->named = false;
	names_free(t);
	errno = err;
}

static bool all_base36(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strchr("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", s[i]) || !s[i])
			return false;
	return s[n] == '\0';
}

bool tempfile_is_ours(const char *name, const char *base)
{
	size_t n = strlen(base);
	if (name[0] == '.' && strncmp(name + 1, base, n) == 0 && name[n + 1] == '.')
		return all_base36(name + n + 2, SUFFIX_LEN); /* mkstemp's X may be any letter */
	if (strncmp(name, base, n) != 0 || strncmp(name + n, ".tmp.", 5) != 0 || !name[n + 5])
		return false;
	for (const char *p = name + n + 5; *p; p++)
		if (*p < '0' || *p > '9')
			return false;
	return true;
}
