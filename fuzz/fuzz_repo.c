/* libFuzzer target: the whole-repo load, as `rungs check` does it, then
 * when the repo loads clean what the commands compute from it (gap, ladder,
 * match), for the first people and roles.
 *
 * The input is a small archive of the repo's files, each starting with a
 * line "@@ NAME": rungs.yaml, skills.yaml, people.csv, assessments.csv,
 * learning.csv, opportunities.yaml, roles/ID.yaml or plans/ID.yaml (ID of
 * [A-Za-z0-9_-], up to 32 characters; one folder level below roles/ is
 * allowed as roles/DIR/ID.yaml). Other names are skipped, so the fuzzer
 * never writes outside its own temporary folder. fuzz/make-seeds packs
 * data-examples/ and tests/repos/ into this form. With FUZZ_DEBUG set in
 * the environment, the diagnostics are printed (to see what a seed does). */
#include <dirent.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "gap.h"
#include "ladder.h"
#include "match.h"
#include "repo.h"
#include "score.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char root[64];

static void rm_tree(const char *path)
{
	DIR *dh = opendir(path);
	if (dh) {
		struct dirent *de;
		while ((de = readdir(dh))) {
			if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
				continue;
			char p[512];
			snprintf(p, sizeof p, "%s/%s", path, de->d_name);
			rm_tree(p);
		}
		closedir(dh);
		rmdir(path);
	} else {
		unlink(path);
	}
}

static void cleanup(void)
{
	if (root[0])
		rm_tree(root);
}

static bool id_part(const char *s, size_t n)
{
	if (n < 1 || n > 32)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') ||
		      s[i] == '_' || s[i] == '-'))
			return false;
	return true;
}

/* Whether NAME (n bytes) is one the archive may hold; makes its folder. */
static bool allowed(const char *name, size_t n)
{
	static const char *const fixed[] = {"rungs.yaml", "skills.yaml", "people.csv", "assessments.csv",
					    "learning.csv", "opportunities.yaml"};
	for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++)
		if (strlen(fixed[i]) == n && memcmp(name, fixed[i], n) == 0)
			return true;
	const char *dir = n > 6 && memcmp(name, "roles/", 6) == 0 ? "roles" : n > 6 && memcmp(name, "plans/", 6) == 0 ? "plans" : NULL;
	if (!dir || n < 11 || memcmp(name + n - 5, ".yaml", 5) != 0)
		return false;
	const char *s = name + 6, *end = name + n - 5;
	const char *slash = memchr(s, '/', (size_t)(end - s));
	char p[256];
	snprintf(p, sizeof p, "%s/%s", root, dir);
	mkdir(p, 0700);
	if (!slash)
		return id_part(s, (size_t)(end - s));
	if (dir[0] != 'r' || !id_part(s, (size_t)(slash - s)) || !id_part(slash + 1, (size_t)(end - slash - 1)))
		return false;
	snprintf(p, sizeof p, "%s/roles/%.*s", root, (int)(slash - s), s);
	mkdir(p, 0700);
	return true;
}

static void unpack(const char *data, size_t size)
{
	const char *p = data, *end = data + size;
	/* records start at "@@ " at the start of a line */
	while (p < end) {
		if (!(end - p >= 3 && memcmp(p, "@@ ", 3) == 0)) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			p = nl ? nl + 1 : end;
			continue;
		}
		const char *name = p + 3, *nl = memchr(name, '\n', (size_t)(end - name));
		if (!nl)
			return;
		size_t nlen = (size_t)(nl - name);
		const char *body = nl + 1, *next = body;
		while (next < end && !(next[0] == '@' && end - next >= 3 && memcmp(next, "@@ ", 3) == 0 &&
				       (next == body || next[-1] == '\n')))
			next++;
		if (allowed(name, nlen)) {
			char path[256];
			snprintf(path, sizeof path, "%s/%.*s", root, (int)nlen, name);
			FILE *f = fopen(path, "wb");
			if (f) {
				fwrite(body, 1, (size_t)(next - body), f);
				fclose(f);
			}
		}
		p = next;
	}
}

/* What the commands compute from a clean repo, each bounded so that one
 * input stays fast: the gap of the first people to their targets; the
 * ladder tree, routes, suggestions and a scenario from the first roles;
 * matches, candidates and mentors. */
static void compute(const struct model *m)
{
	const int32_t as_of = 20606; /* 2026-06-01 */
	struct gap_scratch s;
	bool ok = gap_scratch_init(m, &s, true) == 0;
	for (uint32_t e = 0; ok && e < m->npeople && e < 32; e++) {
		struct gap_person gp;
		if (gap_person_compute(m, e, NONE, as_of, &s, &gp) == 0)
			gap_person_free(&gp);
	}
	if (ok)
		gap_scratch_free(&s);
	for (uint32_t a = 0; a < m->nroles && a < 4; a++) {
		struct tree_node *t;
		size_t nt;
		if (ladder_tree(m, a, 4, &t, &nt) == 0)
			free(t);
		struct suggestion *sg;
		size_t nsg;
		if (ladder_suggest(m, a, 5, &sg, &nsg) == 0)
			free(sg);
		uint32_t b = m->nroles - 1 - a;
		struct ladder_route *rt;
		size_t nr;
		if (ladder_routes(m, a, b, 4, 3, &rt, &nr) == 0) {
			for (size_t k = 0; k < nr && m->npeople; k++) {
				struct scenario sc;
				if (ladder_scenario(m, a % m->npeople, as_of, &rt[k], &sc) == 0)
					scenario_free(&sc);
			}
			ladder_routes_free(rt, nr);
		}
		struct candidate *cand;
		size_t nc;
		if (match_candidates(m, role_reqs(m, a), m->roles[a].req_n, a, m->roles[a].level, as_of, &cand, &nc) == 0)
			candidates_free(cand);
	}
	for (uint32_t e = 0; e < m->npeople && e < 8; e++) {
		struct person_state ps;
		if (person_state_init(m, e, as_of, &ps) != 0)
			continue;
		struct match_lists ml;
		if (match_person(m, &ps, as_of, NULL, &ml) == 0)
			match_lists_free(&ml);
		struct mentor *mt;
		size_t nm;
		if (match_mentors(m, &ps, as_of, &mt, &nm) == 0)
			mentors_free(mt, nm);
		person_state_free(&ps);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!root[0]) {
		strcpy(root, "/tmp/rungs-fuzz-XXXXXX");
		if (!mkdtemp(root))
			abort();
		atexit(cleanup);
	}
	/* a fresh repo for every input */
	rm_tree(root);
	if (mkdir(root, 0700) != 0)
		abort();
	unpack((const char *)data, size);

	struct repo_opts o = {.dir = root, .parts = PART_ALL, .load = {.today = 20606, .warn_future = true}};
	struct diag_list d;
	diag_init(&d, 100);
	struct repo *r = NULL;
	int rc = repo_load(&o, &d, &r);
	if (r && (r->model->loaded & PART_ROLES))
		ladder_check(r->model, &d);
	if (rc == 0 && !d.errors && r) {
		if (getenv("FUZZ_DEBUG"))
			fprintf(stderr, "clean: %u people, %u roles\n", r->model->npeople, r->model->nroles);
		compute(r->model);
	}
	diag_finish(&d);
	struct arena fa = {0};
	for (size_t i = 0; i < d.n; i++) {
		const char *line = diag_format(&d.v[i], &fa);
		if (getenv("FUZZ_DEBUG"))
			fprintf(stderr, "%s\n", line);
	}
	arena_free(&fa);
	diag_free(&d);
	repo_free(r);
	return 0;
}
