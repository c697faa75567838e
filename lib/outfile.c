#include "outfile.h"

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
	char *tmp;     /* the temporary, renamed over path on commit */
	size_t dirlen; /* length of path's directory part, with its '/' */
};

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

static int open_tmp(struct outfile *of, const char *path)
{
	int fd, err;

	if (!(of->path = strdup(path)) || tmp_name(of) < 0)
		return -1;
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

int outfile_open(const char *path, struct outfile **ofp)
{
	struct outfile *of = calloc(1, sizeof(*of));
	int err;

	*ofp = NULL;
	if (!of)
		return -1;
	if (!path || strcmp(path, "-") == 0) {
		of->fp = stdout;
		*ofp = of;
		return 0;
	}
	if (open_tmp(of, path) < 0) {
		err = errno;
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

static int commit_file(struct outfile *of)
{
	mode_t mask = umask(0);
	int err, fd = fileno(of->fp);

	umask(mask);
	/* mkstemp made the file 0600; a report is as readable as any file
	 * the user creates. */
	if (!(err = flush_stream(of->fp)) && fsync(fd) != 0)
		err = errno;
	if (!err && fchmod(fd, 0666 & ~mask) != 0)
		err = errno;
	if (fclose(of->fp) != 0 && !err)
		err = errno;
	of->fp = NULL;
	if (!err && rename(of->tmp, of->path) != 0)
		err = errno;
	if (err)
		unlink(of->tmp);
	else
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
		unlink(of->tmp);
	}
	outfile_free(of);
	errno = err;
}
