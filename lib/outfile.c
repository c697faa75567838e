#include "outfile.h"
#include "tempfile.h"

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
	char *path;         /* NULL: stdout */
	struct tempfile tf; /* a file: written beside path, renamed over it on commit */
	bool direct;        /* a device or FIFO: written in place, nothing to rename */
};

void outfile_force_named_temporary(int on)
{
	tempfile_force_named(on);
}

static void outfile_free(struct outfile *of)
{
	free(of->path);
	free(of);
}

static int open_tmp(struct outfile *of, const char *path)
{
	if (!(of->path = strdup(path)) || tempfile_open(&of->tf, path, 0666) < 0)
		return -1;
	if (!(of->fp = fdopen(of->tf.fd, "w"))) {
		tempfile_abort(&of->tf);
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

static int commit_file(struct outfile *of)
{
	int err = flush_stream(of->fp);
	if (!err && !of->direct && fsync(fileno(of->fp)) != 0)
		err = errno;
	if (!err && !of->direct)
		err = tempfile_name(&of->tf);
	of->tf.fd = -1; /* closed with the stream */
	if (fclose(of->fp) != 0 && !err)
		err = errno;
	of->fp = NULL;
	if (of->direct)
		return err;
	if (err) {
		tempfile_abort(&of->tf);
		return err;
	}
	return tempfile_rename(&of->tf, true);
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
		of->tf.fd = -1; /* closed with the stream */
		if (!of->direct)
			tempfile_abort(&of->tf);
	}
	outfile_free(of);
	errno = err;
}
