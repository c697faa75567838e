/* O_TMPFILE lives behind _GNU_SOURCE in glibc's <fcntl.h>. */
#define _GNU_SOURCE 1

#include "outfile.h"

#include <stdbool.h>
#include <stdio.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct outfile {
	FILE *fp;
	char *path;    /* NULL: stdout */
	char *tmp;     /* a named temporary (mkstemp), renamed over path on commit */
	bool anon;     /* an unnamed O_TMPFILE temporary, linked in on commit */
	bool direct;   /* a device or FIFO: written in place, nothing to rename */
	size_t dirlen; /* length of path's directory part, with its '/' */
};

static int force_named;

void outfile_force_named_temporary(int on)
{
	force_named = on;
}

static void outfile_free(struct outfile *of)
{
	free(of->path);
	free(of->tmp);
	free(of);
}

/* The temporary lives in path's directory: rename(2) is atomic only
 * within one file system, and the directory is the one place sure to be
 * on the same one. */
static int tmp_name(struct outfile *of)
{
	const char *slash = strrchr(of->path, '/');
	const char *name = slash ? slash + 1 : of->path;
	size_t len;

	of->dirlen = (size_t)(name - of->path);
	if (!*name) {
		errno = of->dirlen ? EISDIR : ENOENT;
		return -1;
	}
	len = strlen(of->path) + sizeof(".") + sizeof(".XXXXXX");
	if (!(of->tmp = malloc(len)))
		return -1;
	snprintf(of->tmp, len, "%.*s.%s.XXXXXX", (int)of->dirlen, of->path, name);
	return 0;
}

/* An unnamed file in path's directory (Linux O_TMPFILE): until commit
 * links it in, it has no name, so a run killed mid-write (SIGKILL, a full
 * disk's SIGXFSZ, the OOM killer) leaves nothing behind. Linking it needs
 * /proc; without either, -1 with errno EOPNOTSUPP and the caller falls
 * back to a named temporary. */
static int open_anon(struct outfile *of)
{
#ifdef O_TMPFILE
	char dir[4096];
	if (force_named || of->dirlen >= sizeof dir || access("/proc/self/fd", X_OK) != 0) {
		errno = EOPNOTSUPP;
		return -1;
	}
	if (of->dirlen)
		snprintf(dir, sizeof dir, "%.*s", (int)of->dirlen, of->path);
	else
		strcpy(dir, ".");
	int fd = open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666); /* umask applies */
	if (fd < 0)
		return -1;
	if (!(of->fp = fdopen(fd, "w"))) {
		int err = errno;
		close(fd);
		errno = err;
		return -1;
	}
	of->anon = true;
	return 0;
#else
	(void)of, (void)force_named;
	errno = EOPNOTSUPP;
	return -1;
#endif
}

static int open_tmp(struct outfile *of, const char *path)
{
	int fd, err;

	if (!(of->path = strdup(path)) || tmp_name(of) < 0)
		return -1;
	if (open_anon(of) == 0)
		return 0;
	/* a file system without O_TMPFILE says so in several ways; a missing
	 * or unwritable directory is reported by mkstemp below all the same */
	if ((fd = mkstemp(of->tmp)) < 0)
		return -1;
	if (!(of->fp = fdopen(fd, "w"))) {
		err = errno;
		close(fd);
		unlink(of->tmp);
		errno = err;
		return -1;
	}
	return 0;
}

/* A character device or FIFO (-o /dev/null, /dev/stdout, a named pipe) is
 * written in place: renaming a file over it would replace the device. */
static int open_direct(struct outfile *of, const char *path)
{
	int fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	if (!(of->path = strdup(path)) || !(of->fp = fdopen(fd, "w"))) {
		int err = errno;
		close(fd);
		errno = err;
		return -1;
	}
	of->direct = true;
	return 0;
}

int outfile_open(const char *path, struct outfile **ofp)
{
	struct outfile *of = calloc(1, sizeof(*of));
	struct stat st;
	int err, rc;

	*ofp = NULL;
	if (!of)
		return -1;
	if (!path || strcmp(path, "-") == 0) {
		of->fp = stdout;
		*ofp = of;
		return 0;
	}
	if (*path && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		free(of);
		errno = EISDIR;
		return -1;
	}
	if (*path && stat(path, &st) == 0 && !S_ISREG(st.st_mode))
		rc = open_direct(of, path);
	else
		rc = open_tmp(of, path);
	if (rc < 0) {
		err = errno;
		if (of->fp)
			fclose(of->fp);
		outfile_free(of);
		errno = err;
		return -1;
	}
	*ofp = of;
	return 0;
}

FILE *outfile_stream(struct outfile *of)
{
	return of ? of->fp : NULL;
}

/* A write error may have been seen by an earlier fwrite only: the stream's
 * error flag still tells, errno may not. */
static int flush_stream(FILE *fp)
{
	errno = 0;
	if (fflush(fp) != 0)
		return errno ? errno : EIO;
	return ferror(fp) ? EIO : 0;
}

/* Makes the rename itself durable; a file system that cannot sync a
 * directory still has the complete file, so failures are ignored. */
static void sync_dir(struct outfile *of)
{
	char *dir = of->dirlen ? of->path : ".";
	char saved = of->path[of->dirlen];
	int fd;

	of->path[of->dirlen] = '\0';
	fd = open(dir, O_RDONLY | O_DIRECTORY);
	of->path[of->dirlen] = saved;
	if (fd >= 0) {
		(void)fsync(fd);
		close(fd);
	}
}

/* Gives the unnamed temporary a name next to path: a fresh hidden name,
 * since linkat(2) never replaces; rename(2) then does, atomically. */
static int link_anon(struct outfile *of, int fd)
{
	char proc[64];
	size_t len = strlen(of->tmp);
	snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
	for (unsigned k = 0; k < 1000; k++) {
		/* the XXXXXX of the name: the pid and a counter, in base 36 */
		unsigned long v = (unsigned long)getpid() * 1000u + k;
		for (size_t i = len - 6; i < len; i++, v /= 36)
			of->tmp[i] = "0123456789abcdefghijklmnopqrstuvwxyz"[v % 36];
		if (linkat(AT_FDCWD, proc, AT_FDCWD, of->tmp, AT_SYMLINK_FOLLOW) == 0)
			return 0;
		if (errno != EEXIST)
			return errno;
	}
	return EEXIST;
}

static int commit_file(struct outfile *of)
{
	mode_t mask = umask(0);
	int err, fd = fileno(of->fp);
	bool named = false;

	umask(mask);
	/* mkstemp made the file 0600; a report is as readable as any file
	 * the user creates. */
	if (!(err = flush_stream(of->fp)) && !of->direct && fsync(fd) != 0)
		err = errno;
	if (!err && !of->direct && !of->anon && fchmod(fd, 0666 & ~mask) != 0)
		err = errno;
	if (!err && of->anon && !(err = link_anon(of, fd)))
		named = true;
	if (fclose(of->fp) != 0 && !err)
		err = errno;
	of->fp = NULL;
	if (of->direct)
		return err;
	named |= !of->anon;
	if (!err && rename(of->tmp, of->path) != 0)
		err = errno;
	if (err && named)
		unlink(of->tmp);
	else if (!err)
		sync_dir(of);
	return err;
}

int outfile_commit(struct outfile *of)
{
	int err;

	if (!of) {
		errno = EINVAL;
		return -1;
	}
	err = of->path ? commit_file(of) : flush_stream(of->fp);
	outfile_free(of);
	if (err) {
		errno = err;
		return -1;
	}
	return 0;
}

void outfile_abort(struct outfile *of)
{
	int err = errno;

	if (!of)
		return;
	if (of->path) {
		fclose(of->fp);
		if (!of->anon && !of->direct)
			unlink(of->tmp);
	}
	outfile_free(of);
	errno = err;
}
