#include "filesrc.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The repo dir joined with rel ("data-examples/people.csv"); rel alone when
 * absolute or when the repo is the working directory. */
static const char *disk_path(const struct filesrc *s, const char *dir, const char *rel, struct arena *a,
			     const char **why)
{
	(void)s;
	(void)why;
	if (rel[0] == '/' || strcmp(dir, ".") == 0)
		return arena_strdup(a, rel);
	size_t n = strlen(dir);
	return arena_printf(a, "%s%s%s", dir, n && dir[n - 1] == '/' ? "" : "/", rel);
}

static enum filesrc_kind disk_kind(const struct filesrc *s, const char *path)
{
	(void)s;
	struct stat st;
	if (stat(path, &st) == 0)
		return S_ISDIR(st.st_mode) ? FILESRC_DIR : FILESRC_FILE;
	/* a dangling symbolic link exists: reading it gives the error to report */
	return lstat(path, &st) == 0 || errno != ENOENT ? FILESRC_FILE : FILESRC_NONE;
}

static int disk_read(const struct filesrc *s, const char *path, struct file_data *fd)
{
	(void)s;
	return file_read_all(path, fd);
}

bool filesrc_yaml_name(const char *name)
{
	size_t n = strlen(name);
	return (n > 5 && strcmp(name + n - 5, ".yaml") == 0) || (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

struct seen {
	dev_t *dev;
	ino_t *ino;
	size_t n, cap;
};

static bool seen_dir(struct seen *w, const struct stat *st)
{
	for (size_t i = 0; i < w->n; i++)
		if (w->dev[i] == st->st_dev && w->ino[i] == st->st_ino)
			return true;
	size_t c = w->cap;
	if (!vec_reserve((void **)&w->dev, &c, w->n + 1, sizeof *w->dev) ||
	    !vec_reserve((void **)&w->ino, &w->cap, w->n + 1, sizeof *w->ino))
		return true;
	w->dev[w->n] = st->st_dev;
	w->ino[w->n++] = st->st_ino;
	return false;
}

/* Without recursion, each directory once (a symlink loop is reported, not followed). */
static void disk_list_yaml(const struct filesrc *s, const char *root, char ***paths, size_t *np, size_t *pcap,
			   struct diag_list *d)
{
	(void)s;
	char **stack = NULL, eb[128];
	size_t ns = 0, scap = 0, first = *np;
	struct seen w = {0};
	struct stat st;
	if (stat(root, &st) == 0)
		seen_dir(&w, &st);
	if (!VEC_PUSH(stack, ns, scap))
		return;
	stack[ns++] = strdup(root);
	while (ns > 0) {
		char *dir = stack[--ns];
		DIR *dh = dir ? opendir(dir) : NULL;
		if (!dh) {
			if (dir)
				diag_add(d, DIAG_ERROR, dir, 0, 0, "cannot read folder: %s", errno_text(errno, eb));
			free(dir);
			continue;
		}
		struct dirent *de;
		while ((de = readdir(dh))) {
			if (de->d_name[0] == '.')
				continue;
			size_t len = strlen(dir) + strlen(de->d_name) + 2;
			char *p = malloc(len);
			if (!p)
				break;
			snprintf(p, len, "%s/%s", dir, de->d_name);
			if (stat(p, &st) != 0) {
				if (errno == ELOOP)
					diag_add(d, DIAG_ERROR, p, 0, 0, "symbolic link loop");
				else if (filesrc_yaml_name(de->d_name))
					diag_add(d, DIAG_ERROR, p, 0, 0, "cannot read file: %s", errno_text(errno, eb));
				free(p);
				continue;
			}
			if (S_ISDIR(st.st_mode)) {
				if (seen_dir(&w, &st)) {
					diag_add(d, DIAG_WARNING, p, 0, 0, "folder already scanned (a symbolic link loop?); skipped");
					free(p);
				} else if (VEC_PUSH(stack, ns, scap)) {
					stack[ns++] = p;
				} else {
					free(p);
				}
			} else if (filesrc_yaml_name(de->d_name) && VEC_PUSH(*paths, *np, *pcap)) {
				(*paths)[(*np)++] = p;
			} else {
				free(p);
			}
		}
		closedir(dh);
		free(dir);
	}
	free(stack);
	free(w.dev);
	free(w.ino);
	if (*np - first > 1)
		qsort(*paths + first, *np - first, sizeof **paths, cmp_str_ptr);
}

const struct filesrc filesrc_disk = {disk_path, disk_kind, disk_read, disk_list_yaml, NULL};

int filesrc_yaml(const struct filesrc *s, const char *path, const char *display, struct arena *a, struct diag_list *d,
		struct ynode **root)
{
	struct file_data fd;
	char eb[128];
	*root = NULL;
	int e = s->read(s, path, &fd);
	if (e) {
		diag_add(d, DIAG_ERROR, display, 0, 0, "cannot read file: %s", errno_text(e, eb));
		return -1;
	}
	int rc = ydoc_parse(fd.data, fd.size, display, a, d, root);
	file_data_free(&fd);
	return rc;
}
