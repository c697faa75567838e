/* A file written beside the path it replaces and put in place whole by
 * rename(2): a reader sees the old file or the new one, never a part.
 * While it is written the temporary has no name (Linux O_TMPFILE) where
 * the system allows it, so that a run stopped mid-write (Ctrl-C, SIGKILL,
 * the OOM killer) leaves nothing behind; elsewhere it is ".NAME.XXXXXX"
 * beside the path. Used for reports (-o) and for the files of the cache. */
#ifndef RUNGS_TEMPFILE_H
#define RUNGS_TEMPFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct tempfile {
	int fd;        /* -1 once closed */
	char *path;    /* the file to replace */
	char *tmp;     /* the temporary's name: ".NAME.XXXXXX" beside path */
	size_t dirlen; /* length of path's directory part, with its '/' */
	bool anon;     /* unnamed (O_TMPFILE) until tempfile_name */
	bool named;    /* tmp exists on disk: removed when the file is dropped */
};

/* Opens a temporary for path, mode `mode` (the umask applies). Returns 0,
 * or -1 with errno set (ENOENT: no such folder; EISDIR: path names a
 * folder) and nothing created. */
int tempfile_open(struct tempfile *t, const char *path, mode_t mode);

/* Gives an unnamed temporary its name beside path (linkat(2) through
 * /proc); the descriptor stays open. Returns 0 or an errno value. */
int tempfile_name(struct tempfile *t);

/* Once the descriptor is closed: renames the temporary over path (a
 * symlink at path is replaced, not followed), then, when sync, makes the
 * rename durable. Returns 0, or an errno value with the temporary removed
 * and path untouched. Frees t's names. */
int tempfile_rename(struct tempfile *t, bool sync);

/* All of it for a file written with write(2): names, closes, renames (no
 * sync: a cache is rebuilt when it is lost). 0 or an errno value. */
int tempfile_commit(struct tempfile *t);

/* Drops the temporary: closes it if open, removes it if named, leaves
 * path untouched; keeps errno. */
void tempfile_abort(struct tempfile *t);

/* Whether name is one of the temporaries tempfile_open names beside a
 * file called base (".BASE.XXXXXX"), or one an older rungs left
 * ("BASE.tmp.PID"): stale when nothing can be writing it. */
bool tempfile_is_ours(const char *name, const char *base);

/* Tests only: always use a named temporary, as on a system without
 * O_TMPFILE, so that the fallback is tested too. */
void tempfile_force_named(int on);

#endif
