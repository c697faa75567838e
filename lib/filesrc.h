/* Where the files of a data repo are read from: the disk, or a revision of
 * the definitions held in memory (lib/gitrev.h). A source hands out the
 * paths of its files, says what exists, reads a file whole and lists the
 * YAML files below a folder; the repo loader asks it instead of the disk,
 * so the same loaders read the working tree and any git revision. */
#ifndef RUNGS_FILESRC_H
#define RUNGS_FILESRC_H

#include <stddef.h>

#include "diag.h"
#include "util.h"
#include "ydoc.h"

enum filesrc_kind { FILESRC_NONE, FILESRC_FILE, FILESRC_DIR };

/* A file a folder listing found; its stamp is zero when the source has
 * none (a git revision), else what stat(2) said while listing. */
struct listed_file {
	char *path;
	struct file_stamp stamp;
};

struct filesrc {
	/* The path of a repo file given as rungs.yaml gives it (`rel`: relative
	 * to the repo dir `dir`, or absolute), which is also its name in
	 * diagnostics; NULL with *why set when the source cannot reach it. */
	const char *(*path)(const struct filesrc *s, const char *dir, const char *rel, struct arena *a,
			    const char **why);
	/* What is at path; a dangling symbolic link on disk exists (reading it
	 * says why not). */
	enum filesrc_kind (*kind)(const struct filesrc *s, const char *path);
	/* Returns 0, or an errno value (EISDIR for a folder), like file_read_all. */
	int (*read)(const struct filesrc *s, const char *path, struct file_data *fd);
	/* Every *.yaml / *.yml below root (names starting with '.' skipped), in
	 * byte order of path, appended to *files (paths malloc'd); problems
	 * reported in d. On disk, symbolic links leading out of repo_dir (and
	 * root) are refused and only regular files are listed. */
	void (*list_yaml)(const struct filesrc *s, const char *root, const char *repo_dir, struct listed_file **files,
			  size_t *n, size_t *cap, struct diag_list *d);
	void *ctx;
};

/* The working tree: files on disk. */
extern const struct filesrc filesrc_disk;

/* The folders a walk of the disk read, each with what stat(2) said of it
 * before its entries were read (root first), and whether the walk met a
 * symbolic link or an entry that vanished: what tells, on a later run, that
 * the listing still holds (lib/listmemo.h). */
struct folder_log {
	char **path; /* as walked: root, root/sub, ... (malloc'd) */
	struct file_stamp *stamp;
	size_t n, cap;
	bool linked; /* a link was met: what it leads to may change unseen */
	bool failed; /* out of memory: the log is incomplete */
};
void folder_log_free(struct folder_log *log);

/* The disk source's list_yaml, logging the folders it reads when log is
 * not NULL. */
void filesrc_disk_walk(const char *root, const char *repo_dir, struct listed_file **files, size_t *n, size_t *cap,
		       struct diag_list *d, struct folder_log *log);

/* What a listing needs of an entry: its type and stamp (failed: the stat
 * failed, and neither is set). */
struct entry_stat {
	struct file_stamp stamp;
	unsigned mode;
	bool failed;
};

/* n entries to stat, each a name relative to an open folder. */
struct stat_batch {
	size_t n;
	int (*dir_of)(const void *ctx, size_t i);
	const char *(*name_of)(const void *ctx, size_t i);
	const void *ctx;
	struct entry_stat *out;
	/* optional: work of the calling thread's, done while the other threads
	 * start on the stats (before it joins them) */
	void (*meanwhile)(void *arg);
	void *meanwhile_arg;
};

/* fstatat(2) of every entry without following links, on every core when
 * there are many. */
void filesrc_stat_all(const struct stat_batch *b);

/* Reads and parses a YAML file of the source, like ydoc_load. */
int filesrc_yaml(const struct filesrc *s, const char *path, const char *display, struct arena *a, struct diag_list *d,
		struct ynode **root);

/* Sorts files by path, byte order. */
void listed_files_sort(struct listed_file *files, size_t n);

/* Is name a YAML file's name (*.yaml, *.yml)? */
bool filesrc_yaml_name(const char *name);

#endif
