/* `-o FILE`: a report written to a temporary file in the same directory and
 * renamed over FILE only once it is complete, so that a failed run never
 * leaves a partial or empty report behind (SPEC 3). */
#ifndef RUNGS_OUTFILE_H
#define RUNGS_OUTFILE_H

#include <stdio.h>

struct outfile;

/* Opens an output for path; NULL or "-" is stdout. For a file, creates a
 * temporary next to it: unnamed (O_TMPFILE) where the system has it, so
 * that a run killed mid-write leaves nothing behind, else ".NAME.XXXXXX".
 * A character device or FIFO (/dev/null, /dev/stdout, a named pipe) is
 * written in place. Returns 0 and sets *of, or -1 with errno set (ENOENT
 * for a missing directory, EACCES, EISDIR...) and *of NULL. */
int outfile_open(const char *path, struct outfile **of);

/* The stream to write the report to. */
FILE *outfile_stream(struct outfile *of);

/* Finishes the report: flushes, syncs, gives the file mode 0666 & ~umask
 * and renames it over the path (a symlink to a file at the path is
 * replaced, not followed); for stdout, a device or a FIFO, flushes and
 * checks for write errors. Returns 0, or -1 with errno set, the temporary
 * removed and the old file untouched. Frees of in both cases. */
int outfile_commit(struct outfile *of);

/* Drops the report: removes the temporary, leaves the old file untouched
 * (stdout: nothing can be taken back). Frees of; accepts NULL; keeps
 * errno, so that the error that led here can still be reported. */
void outfile_abort(struct outfile *of);

/* Tests only: always use the named temporary, as on a system without
 * O_TMPFILE, so that the fallback is tested too. */
void outfile_force_named_temporary(int on);

#endif
