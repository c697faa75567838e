/* Running a program and collecting what it says: the one place the library
 * starts processes (git, for revisions of the definitions). */
#ifndef RUNGS_PROC_H
#define RUNGS_PROC_H

#include <stddef.h>

struct proc_result {
	char *out, *err; /* malloc'd, NUL-terminated (the NUL not counted) */
	size_t nout, nerr;
	int status; /* the exit status, or -1 when a signal ended it */
};

/* Runs argv[0], found on the PATH of envp, with argv, the environment envp (the
 * caller's to give: the library reads none) and `in` (nin bytes) on its
 * standard input; waits for it and collects its standard output and error. Writing and reading interleave, so a large
 * input and a large output cannot deadlock. Returns 0 when the program ran
 * (whatever its status), or an errno value (ENOENT: no such program). */
int proc_run(const char *const *argv, char *const *envp, const char *in, size_t nin, struct proc_result *r);
void proc_result_free(struct proc_result *r);

#endif
