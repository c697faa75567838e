/* The remembered listing of a folder tree (.rungs/plans-listing). A large
 * organisation's plans/ holds a hundred thousand files, and reading the
 * folder's entries is a third of what listing it costs a warm run. Adding,
 * removing or renaming an entry changes its folder's mtime and ctime, so
 * while every folder of the tree has the stamp it had when it was read, its
 * entries are the ones read then (git's untracked cache works the same
 * way). Each file is still stat'ed for its own stamp: an edit in place
 * changes no folder.
 *
 * A listing is remembered only when nothing in it can change unseen: no
 * symbolic link was met (what a link leads to is not in its folder's
 * stamp), the walk reported nothing, and no folder had changed within
 * LISTMEMO_RACY_S seconds of the walk (a change in the same tick as the
 * stat that stamped its folder would leave the stamp as it was). Like the
 * other caches it is checked whole (magic, sizes, a hash, every offset, its
 * names, their order) before it is used, and invisible in results. */
#ifndef RUNGS_LISTMEMO_H
#define RUNGS_LISTMEMO_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "filesrc.h"

/* Timestamps of some file systems are this coarse (FAT: 2 s). */
#define LISTMEMO_RACY_S 3

/* Lists the YAML files below root as remembered in the file memo, each
 * with its stamp now, appended to *files in byte order, their paths in the
 * arena `paths` (a hundred thousand of them: freed at once, or adopted by
 * the model, never one by one). false, with nothing appended, when memo
 * does not hold root's listing or anything in it changed since: list the
 * folder again. */
bool listmemo_take(const char *memo, const char *root, struct listed_file **files, size_t *n, size_t *cap,
		   struct arena *paths);

/* The bytes of the memo of a listing of root just made (log: its folders;
 * files: what it listed, sorted; listed_at: the time the walk began).
 * false when it is not to be remembered, or without memory. */
bool listmemo_build(const char *root, const struct folder_log *log, const struct listed_file *files, size_t n,
		    const struct timespec *listed_at, char **buf, size_t *size);

#endif
