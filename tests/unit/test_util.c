/* lib/util: arena, growable arrays, hashing, id map, interned strings,
 * identifiers, "did you mean" and whole-file reads. */
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "util.h"

static bool valid(const char *s)
{
	return id_valid(s, strlen(s));
}

static const char *closest(const char *word, const char *const *cands, size_t n)
{
	return suggest_closest(word, cands, n);
}

/* ---- arena ------------------------------------------------------------ */

static void test_arena_alloc_is_aligned_and_distinct(void **state)
{
	(void)state;
	struct arena a = {0};
	char *p1 = arena_alloc(&a, 1);
	char *p2 = arena_alloc(&a, 3);
	char *p3 = arena_alloc(&a, 17);
	assert_non_null(p1);
	assert_non_null(p2);
	assert_non_null(p3);
	assert_int_equal((uintptr_t)p1 % 16, 0);
	assert_int_equal((uintptr_t)p2 % 16, 0);
	assert_int_equal((uintptr_t)p3 % 16, 0);
	/* sizes are rounded up to 16: objects do not overlap */
	assert_ptr_equal(p2, p1 + 16);
	assert_ptr_equal(p3, p2 + 16);
	assert_false(a.failed);
	arena_free(&a);
	assert_null(a.head);
	assert_int_equal(a.used, 0);
	assert_int_equal(a.size, 0);
}

static void test_arena_adopt_keeps_what_was_allocated(void **state)
{
	(void)state;
	struct arena a = {0}, b = {0}, empty = {0};
	char *in_a = arena_strdup(&a, "kept in a");
	char *in_b[300];
	for (int i = 0; i < 300; i++) /* several blocks of b */
		in_b[i] = arena_printf(&b, "%d:%0*d", i, 500, i);
	arena_adopt(&a, &b);
	assert_null(b.head);
	arena_adopt(&a, &empty); /* nothing to move */
	char *after = arena_strdup(&a, "after"); /* a goes on filling its block */
	assert_string_equal(in_a, "kept in a");
	assert_string_equal(after, "after");
	for (int i = 0; i < 300; i++)
		assert_int_equal(atoi(in_b[i]), i);
	arena_free(&b); /* empty: frees nothing a owns now */
	struct arena c = {0};
	arena_adopt(&c, &a); /* into an empty arena */
	assert_string_equal(in_a, "kept in a");
	arena_free(&c); /* every block once: sanitizers see no leak or double free */
}

static void test_arena_calloc_zeroes(void **state)
{
	(void)state;
	struct arena a = {0};
	unsigned char *p = arena_alloc(&a, 64);
	memset(p, 0xAB, 64);
	arena_free(&a);
	unsigned char *q = arena_calloc(&a, 100);
	for (size_t i = 0; i < 100; i++)
		assert_int_equal(q[i], 0);
	arena_free(&a);
}

static void test_arena_big_object_keeps_current_block(void **state)
{
	(void)state;
	struct arena a = {0};
	char *small1 = arena_alloc(&a, 32);
	size_t used = a.used;
	char *big = arena_alloc(&a, 200000); /* larger than one block */
	assert_non_null(big);
	memset(big, 'x', 200000);
	/* the big object got a block of its own; the current block goes on */
	assert_int_equal(a.used, used);
	char *small2 = arena_alloc(&a, 32);
	assert_ptr_equal(small2, small1 + 32);
	arena_free(&a);
}

/* Blocks double from 64 KB up to 4 MB; an object larger than the next
 * block gets one of its own, behind the block being filled. */
static void test_arena_blocks_double_to_a_cap(void **state)
{
	(void)state;
	struct arena a = {0};
	size_t want = 64 * 1024, seen = 0;
	for (int i = 0; i < 20000; i++) {
		assert_non_null(arena_alloc(&a, 1024));
		if (a.size != seen) {
			assert_int_equal(a.size, want);
			seen = a.size;
			want = want < 4 * 1024 * 1024 ? 2 * want : want;
		}
	}
	assert_int_equal(a.size, 4 * 1024 * 1024);
	arena_free(&a);
	struct arena b = {0};
	assert_non_null(arena_alloc(&b, 16));
	char *mid = arena_alloc(&b, 100000); /* over 64 KB, under the next block: a new current block */
	assert_non_null(mid);
	assert_int_equal(b.size, 128 * 1024);
	assert_int_equal(b.used, 100000);
	char *big = arena_alloc(&b, 300000); /* over the next block's size: a block of its own */
	assert_non_null(big);
	memset(big, 'x', 300000);
	assert_int_equal(b.used, 100000);
	assert_ptr_equal(arena_alloc(&b, 16), mid + 100000);
	arena_free(&b);
}

/* Large arrays are aligned to 2 MB (so huge pages can back them); small
 * ones come from malloc. Either is freed with free. */
static void test_mem_alloc_huge(void **state)
{
	(void)state;
	size_t big = 5 * 1024 * 1024 + 123;
	unsigned char *p = mem_alloc_huge(big);
	assert_non_null(p);
	assert_int_equal((uintptr_t)p % (2 * 1024 * 1024), 0);
	memset(p, 0xab, big);
	assert_int_equal(p[big - 1], 0xab);
	free(p);
	char *small = mem_alloc_huge(100), *none = mem_alloc_huge(0);
	assert_non_null(small);
	assert_non_null(none);
	memset(small, 1, 100);
	free(small);
	free(none);
	mem_huge(NULL, big); /* a hint: nothing to advise, nothing done */
	char buf[64];
	mem_huge(buf, sizeof buf);
}

static void test_arena_many_blocks(void **state)
{
	(void)state;
	struct arena a = {0};
	char *ptrs[40];
	for (int i = 0; i < 40; i++) {
		ptrs[i] = arena_alloc(&a, 10000);
		memset(ptrs[i], i, 10000);
	}
	for (int i = 0; i < 40; i++)
		assert_int_equal(ptrs[i][9999], i);
	arena_free(&a);
	assert_null(a.head);
}

static void test_arena_strings(void **state)
{
	(void)state;
	struct arena a = {0};
	char *s = arena_strndup(&a, "hello world", 5);
	assert_string_equal(s, "hello");
	char *t = arena_strdup(&a, "abc");
	assert_string_equal(t, "abc");
	char *e = arena_strndup(&a, "xyz", 0);
	assert_string_equal(e, "");
	char *f = arena_printf(&a, "%s-%d-%05.2f", "id", 42, 3.14159);
	assert_string_equal(f, "id-42-03.14");
	arena_free(&a);
}

static void test_arena_free_null_and_empty(void **state)
{
	(void)state;
	arena_free(NULL);
	struct arena a = {0};
	arena_free(&a);
	arena_free(&a);
	assert_null(a.head);
}

/* ---- vectors ------------------------------------------------------------ */

static void test_vec_reserve_grows_by_doubling(void **state)
{
	(void)state;
	int *v = NULL;
	size_t cap = 0;
	assert_true(vec_reserve((void **)&v, &cap, 1, sizeof *v));
	assert_int_equal(cap, 8);
	assert_true(vec_reserve((void **)&v, &cap, 8, sizeof *v));
	assert_int_equal(cap, 8);
	assert_true(vec_reserve((void **)&v, &cap, 9, sizeof *v));
	assert_int_equal(cap, 16);
	assert_true(vec_reserve((void **)&v, &cap, 100, sizeof *v));
	assert_int_equal(cap, 128);
	free(v);
}

static void test_vec_reserve_refuses_overflow(void **state)
{
	(void)state;
	char *v = NULL;
	size_t cap = 0;
	assert_false(vec_reserve((void **)&v, &cap, SIZE_MAX, 16));
	assert_null(v);
	assert_int_equal(cap, 0);
}

static void test_vec_push_keeps_values(void **state)
{
	(void)state;
	uint32_t *v = NULL;
	size_t n = 0, cap = 0;
	for (uint32_t i = 0; i < 1000; i++) {
		assert_true(VEC_PUSH(v, n, cap));
		v[n++] = i * 3;
	}
	assert_int_equal(n, 1000);
	assert_true(cap >= 1000);
	for (uint32_t i = 0; i < 1000; i++)
		assert_int_equal(v[i], i * 3);
	free(v);
}

/* ---- hashing and the id map -------------------------------------------- */

static void test_hash_bytes_depends_on_length_and_content(void **state)
{
	(void)state;
	assert_true(hash_bytes("sql", 3) == hash_bytes("sqlx", 3));
	assert_true(hash_bytes("sql", 3) != hash_bytes("sqm", 3));
	assert_true(hash_bytes("sql", 3) != hash_bytes("sql", 2));
	assert_true(hash_bytes("", 0) != hash_bytes("a", 1));
	assert_true(hash_bytes("ab", 2) != hash_bytes("ba", 2));
}

static void test_idmap_empty_get(void **state)
{
	(void)state;
	struct idmap m = {0};
	assert_int_equal(idmap_get(&m, "x", 1), NONE);
	idmap_free(&m);
}

static void test_idmap_put_and_get(void **state)
{
	(void)state;
	struct idmap m = {0};
	assert_int_equal(idmap_put(&m, "sql", 3, 7), 7);
	assert_int_equal(idmap_put(&m, "python", 6, 2), 2);
	assert_int_equal(idmap_get(&m, "sql", 3), 7);
	assert_int_equal(idmap_get(&m, "python", 6), 2);
	/* lengths count: a prefix or a longer text is another key */
	assert_int_equal(idmap_get(&m, "sq", 2), NONE);
	assert_int_equal(idmap_get(&m, "sqlx", 4), NONE);
	assert_int_equal(idmap_get(&m, "pythonista", 6), 2);
	assert_int_equal(m.n, 2);
	idmap_free(&m);
	assert_null(m.slots);
	assert_int_equal(m.cap, 0);
	assert_int_equal(m.n, 0);
}

/* A key found by its hash is still compared byte for byte: each byte of
 * keys of 1 to 40 bytes (inline and not) changed in turn, looked up with
 * the hash of the key it differs from, is not that key. */
static void test_idmap_same_hash_other_bytes(void **state)
{
	(void)state;
	char keys[40][41], probe[41];
	struct idmap m = {0};
	for (size_t n = 1; n <= 40; n++) {
		for (size_t i = 0; i < n; i++)
			keys[n - 1][i] = (char)('a' + (n + i) % 26);
		assert_int_equal(idmap_put(&m, keys[n - 1], n, (uint32_t)n), n);
	}
	for (size_t n = 1; n <= 40; n++) {
		uint64_t h = hash_bytes(keys[n - 1], n);
		assert_int_equal(idmap_get_hashed(&m, keys[n - 1], n, h), n);
		for (size_t i = 0; i < n; i++) {
			memcpy(probe, keys[n - 1], n);
			probe[i] ^= 0x20;
			assert_int_equal(idmap_get_hashed(&m, probe, n, h), NONE);
		}
	}
	idmap_free(&m);
}

static void test_idmap_put_existing_returns_first_value(void **state)
{
	(void)state;
	struct idmap m = {0};
	assert_int_equal(idmap_put(&m, "a", 1, 1), 1);
	assert_int_equal(idmap_put(&m, "a", 1, 5), 1);
	assert_int_equal(idmap_get(&m, "a", 1), 1);
	assert_int_equal(m.n, 1);
	idmap_free(&m);
}

static void test_idmap_grows_and_keeps_everything(void **state)
{
	(void)state;
	enum { N = 5000 };
	char (*keys)[16] = malloc(N * sizeof *keys);
	struct idmap m = {0};
	for (uint32_t i = 0; i < N; i++) {
		snprintf(keys[i], sizeof keys[i], "E%u", i);
		assert_int_equal(idmap_put(&m, keys[i], strlen(keys[i]), i), i);
	}
	assert_int_equal(m.n, N);
	assert_true(m.cap >= N * 4 / 3);
	for (uint32_t i = 0; i < N; i++)
		assert_int_equal(idmap_get(&m, keys[i], strlen(keys[i])), i);
	assert_int_equal(idmap_get(&m, "E5000", 5), NONE);
	idmap_free(&m);
	free(keys);
}

/* Distinct keys put from two threads at once into reserved room: all
 * found with their values, on both sides of inline length, and nothing
 * else; the map as full as idmap_reserve allows, so probes run long and
 * threads meet on slots. */
struct distinct_job {
	struct idmap *m;
	char (*keys)[40];
	uint32_t from, to;
};

static void *put_distinct_range(void *p)
{
	struct distinct_job *j = p;
	for (uint32_t i = j->from; i < j->to; i++)
		idmap_put_distinct(j->m, j->keys[i], strlen(j->keys[i]), hash_bytes(j->keys[i], strlen(j->keys[i])), i);
	return NULL;
}

static void test_idmap_put_distinct_from_two_threads(void **state)
{
	(void)state;
	enum { N = 49151 }; /* (N + 1) * 4 <= 65536 * 3: the most 65 536 slots take */
	char (*keys)[40] = malloc(N * sizeof *keys);
	assert_non_null(keys);
	struct idmap m = {0};
	for (uint32_t i = 0; i < N; i++)
		snprintf(keys[i], sizeof keys[i], i % 3 ? "E%u" : "a-much-longer-employee-id-%u", i);
	assert_true(idmap_reserve(&m, N));
	assert_int_equal(m.cap, 65536);
	struct distinct_job j[2] = {{&m, keys, 0, N / 2}, {&m, keys, N / 2, N}};
	pthread_t t;
	assert_int_equal(pthread_create(&t, NULL, put_distinct_range, &j[1]), 0);
	put_distinct_range(&j[0]);
	pthread_join(t, NULL);
	m.n = N;
	for (uint32_t i = 0; i < N; i++)
		assert_int_equal(idmap_get(&m, keys[i], strlen(keys[i])), i);
	assert_int_equal(idmap_get(&m, "E3", 2), NONE); /* a multiple of 3 has the long form */
	assert_int_equal(idmap_get(&m, "E", 1), NONE);
	assert_int_equal(m.cap, 65536); /* no room was added: puts never grow the map */
	idmap_free(&m);
	free(keys);
}

/* ---- interned strings -------------------------------------------------- */

static void test_strtab_dense_indexes(void **state)
{
	(void)state;
	struct strtab t = {0};
	assert_int_equal(strtab_intern(&t, "", 0), 0);
	assert_int_equal(strtab_intern(&t, "berlin", 6), 1);
	assert_int_equal(strtab_intern(&t, "rotterdam", 9), 2);
	assert_int_equal(strtab_intern(&t, "berlin", 6), 1);
	assert_int_equal(strtab_intern(&t, "berlinx", 6), 1); /* n bytes of it */
	assert_int_equal(t.n, 3);
	assert_string_equal(t.strs[0], "");
	assert_string_equal(t.strs[1], "berlin");
	assert_string_equal(t.strs[2], "rotterdam");
	assert_int_equal(strtab_find(&t, "rotterdam", 9), 2);
	assert_int_equal(strtab_find(&t, "paris", 5), NONE);
	strtab_free(&t);
	assert_int_equal(t.n, 0);
	strtab_free(NULL);
}

static void test_strtab_copies_text(void **state)
{
	(void)state;
	struct strtab t = {0};
	char buf[8] = "payroll";
	assert_int_equal(strtab_intern(&t, buf, 7), 0);
	memcpy(buf, "xxxxxxx", 7);
	assert_string_equal(t.strs[0], "payroll");
	assert_int_equal(strtab_find(&t, "payroll", 7), 0);
	strtab_free(&t);
}

/* ---- identifiers -------------------------------------------------------- */

static void test_id_valid_accepts_the_alphabet(void **state)
{
	(void)state;
	assert_true(valid("sql"));
	assert_true(valid("E1001"));
	assert_true(valid("OPP-2026-014"));
	assert_true(valid("data_analyst.2-x"));
	assert_true(valid("no"));
	assert_true(valid("012"));
	assert_true(valid("_x"));
	assert_true(valid("a."));
	assert_true(valid("a-"));
}

static void test_id_valid_rejects(void **state)
{
	(void)state;
	assert_false(valid(""));
	assert_false(valid(".hidden"));
	assert_false(valid("-flag"));
	assert_false(valid("a b"));
	assert_false(valid("a/b"));
	assert_false(valid("a:b"));
	assert_false(valid("caf\xc3\xa9"));
	assert_false(valid("tab\t"));
	assert_false(id_valid("a\0b", 3));
}

/* Every byte, inside an id and first in it, against SPEC's alphabet
 * spelled out: the check looks bytes up in a table. */
static void test_id_valid_every_byte(void **state)
{
	(void)state;
	for (int c = 0; c < 256; c++) {
		bool alphabet = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
				c == '_' || c == '-';
		char inside[3] = {'a', (char)c, 'b'}, first[2] = {(char)c, 'b'};
		assert_int_equal(id_valid(inside, 3), alphabet);
		assert_int_equal(id_valid(first, 2), alphabet && c != '.' && c != '-');
	}
}

static void test_id_valid_length_limit(void **state)
{
	(void)state;
	char s[66];
	memset(s, 'a', 65);
	s[65] = '\0';
	assert_false(id_valid(s, 65));
	assert_true(id_valid(s, 64));
	assert_true(id_valid(s, 1));
	assert_false(id_valid(s, 0));
}

/* ---- "did you mean" ------------------------------------------------------ */

static void test_suggest_finds_typo(void **state)
{
	(void)state;
	const char *c[] = {"python", "sql", "communication", "data-modeling"};
	assert_string_equal(closest("sqll", c, 4), "sql");
	assert_string_equal(closest("pyhton", c, 4), "python"); /* a transposition is one edit */
	assert_string_equal(closest("comunication", c, 4), "communication");
	assert_string_equal(closest("sql", c, 4), "sql");
}

static void test_suggest_nothing_close(void **state)
{
	(void)state;
	const char *c[] = {"python", "sql"};
	assert_null(closest("kubernetes", c, 2));
	assert_null(closest("x", c, 0));
}

static void test_suggest_limit_grows_with_word_length(void **state)
{
	(void)state;
	/* words shorter than 4: at most 1 edit */
	const char *c3[] = {"abc"};
	assert_string_equal(closest("abd", c3, 1), "abc");
	assert_null(closest("axd", c3, 1));
	/* 4 to 8: at most 2 */
	const char *c5[] = {"abcde"};
	assert_string_equal(closest("axcxe", c5, 1), "abcde");
	assert_null(closest("axxxe", c5, 1));
	/* 9 and more: at most 3 */
	const char *c9[] = {"abcdefghi"};
	assert_string_equal(closest("xbcxefxhi", c9, 1), "abcdefghi");
	assert_null(closest("xbxdxfxhi", c9, 1));
}

static void test_suggest_tie_goes_to_byte_smaller(void **state)
{
	(void)state;
	const char *c1[] = {"sqb", "sqa", "sqc"};
	const char *c2[] = {"sqc", "sqa", "sqb"};
	const char *c3[] = {"sqa", "sqc", "sqb"};
	assert_string_equal(closest("sqx", c1, 3), "sqa");
	assert_string_equal(closest("sqx", c2, 3), "sqa");
	assert_string_equal(closest("sqx", c3, 3), "sqa");
	/* a closer candidate wins over a byte-smaller one */
	const char *c4[] = {"aaaaaa", "zzzzzy"};
	assert_string_equal(closest("zzzzzz", c4, 2), "zzzzzy");
	/* byte order: upper case sorts before lower case */
	const char *c5[] = {"b", "B"};
	assert_string_equal(closest("c", c5, 2), "B");
}

static void test_suggest_long_candidates(void **state)
{
	(void)state;
	char longer[80];
	memset(longer, 'a', 79);
	longer[79] = '\0';
	const char *c[] = {longer, "abc"};
	assert_string_equal(closest("abd", c, 2), "abc");
}

/* ---- whole files -------------------------------------------------------- */

static void test_file_read_all_regular(void **state)
{
	(void)state;
	char dir[] = "/tmp/rungs-util-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[128];
	snprintf(path, sizeof path, "%s/f.txt", dir);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	fputs("id,name\nE1,Ann\n", f);
	fclose(f);
	struct file_data fd;
	assert_int_equal(file_read_all(path, &fd), 0);
	assert_int_equal(fd.size, 15);
	assert_memory_equal(fd.data, "id,name\nE1,Ann\n", 15);
	file_data_free(&fd);
	assert_null(fd.data);
	file_data_free(&fd); /* twice is harmless */
	unlink(path);
	rmdir(dir);
}

static void test_file_read_all_empty(void **state)
{
	(void)state;
	char dir[] = "/tmp/rungs-util-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[128];
	snprintf(path, sizeof path, "%s/empty", dir);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	fclose(f);
	struct file_data fd;
	assert_int_equal(file_read_all(path, &fd), 0);
	assert_int_equal(fd.size, 0);
	assert_non_null(fd.data);
	file_data_free(&fd);
	unlink(path);
	rmdir(dir);
}

static void test_file_read_all_errors(void **state)
{
	(void)state;
	char dir[] = "/tmp/rungs-util-XXXXXX";
	assert_non_null(mkdtemp(dir));
	struct file_data fd;
	assert_int_equal(file_read_all(dir, &fd), EISDIR);
	char path[128];
	snprintf(path, sizeof path, "%s/missing", dir);
	assert_int_equal(file_read_all(path, &fd), ENOENT);
	rmdir(dir);
}

static void test_file_read_all_fifo(void **state)
{
	(void)state;
	char dir[] = "/tmp/rungs-util-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[128];
	snprintf(path, sizeof path, "%s/fifo", dir);
	assert_int_equal(mkfifo(path, 0600), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		FILE *w = fopen(path, "w");
		if (w) {
			for (int i = 0; i < 10000; i++)
				fputs("0123456789", w);
			fclose(w);
		}
		_exit(0);
	}
	struct file_data fd;
	assert_int_equal(file_read_all(path, &fd), 0);
	assert_int_equal(fd.size, 100000);
	assert_memory_equal(fd.data + 99990, "0123456789", 10);
	file_data_free(&fd);
	int status;
	waitpid(pid, &status, 0);
	unlink(path);
	rmdir(dir);
}

static void test_errno_text_is_lowercase(void **state)
{
	(void)state;
	char buf[128];
	assert_string_equal(errno_text(ENOENT, buf), "no such file or directory");
	assert_string_equal(errno_text(EACCES, buf), "permission denied");
	assert_string_equal(errno_text(EISDIR, buf), "it is a directory");
}

struct named {
	const char *id;
	int other;
};

static void test_suggest_in_structs(void **state)
{
	(void)state;
	const struct named v[] = {{"analyst-1", 1}, {"analyst-2", 2}, {"engineer-1", 3}};
	assert_string_equal(suggest_in("analyst-l", 9, v, 3, sizeof *v), "analyst-1");
	assert_string_equal(suggest_in("enginer-1xyz", 8, v, 3, sizeof *v), "engineer-1");
	assert_null(suggest_in("manager", 7, v, 3, sizeof *v));
	assert_null(suggest_in("analyst-1", 9, v, 0, sizeof *v));
}

static void test_cmp_str_ptr_sorts_by_bytes(void **state)
{
	(void)state;
	const char *v[] = {"OPP-9", "OPP-10", "opp-1", "OPP-1"};
	qsort(v, 4, sizeof *v, cmp_str_ptr);
	assert_string_equal(v[0], "OPP-1");
	assert_string_equal(v[1], "OPP-10");
	assert_string_equal(v[2], "OPP-9");
	assert_string_equal(v[3], "opp-1");
}

/* file_replace: the new bytes or the old file, and no temporary left. */
static void test_file_replace(void **state)
{
	(void)state;
	char dir[] = "/tmp/rungs-replace-XXXXXX", path[64], missing[96];
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/f", dir);
	assert_true(file_replace(path, "first", 5));
	assert_true(file_replace(path, "second!", 7));
	struct file_data fd;
	assert_int_equal(file_read_all(path, &fd), 0);
	assert_int_equal(fd.size, 7);
	assert_memory_equal(fd.data, "second!", 7);
	file_data_free(&fd);
	snprintf(missing, sizeof missing, "%s/no/such/folder/f", dir);
	assert_false(file_replace(missing, "x", 1));
	DIR *dh = opendir(dir);
	assert_non_null(dh);
	int n = 0;
	for (struct dirent *de; (de = readdir(dh));)
		n += de->d_name[0] != '.';
	closedir(dh);
	assert_int_equal(n, 1); /* f alone */
	assert_int_equal(unlink(path), 0);
	assert_int_equal(rmdir(dir), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_file_replace),
		cmocka_unit_test(test_arena_alloc_is_aligned_and_distinct),
		cmocka_unit_test(test_arena_calloc_zeroes),
		cmocka_unit_test(test_arena_adopt_keeps_what_was_allocated),
		cmocka_unit_test(test_arena_big_object_keeps_current_block),
		cmocka_unit_test(test_arena_many_blocks),
		cmocka_unit_test(test_arena_blocks_double_to_a_cap),
		cmocka_unit_test(test_mem_alloc_huge),
		cmocka_unit_test(test_arena_strings),
		cmocka_unit_test(test_arena_free_null_and_empty),
		cmocka_unit_test(test_vec_reserve_grows_by_doubling),
		cmocka_unit_test(test_vec_reserve_refuses_overflow),
		cmocka_unit_test(test_vec_push_keeps_values),
		cmocka_unit_test(test_hash_bytes_depends_on_length_and_content),
		cmocka_unit_test(test_idmap_empty_get),
		cmocka_unit_test(test_idmap_put_and_get),
		cmocka_unit_test(test_idmap_same_hash_other_bytes),
		cmocka_unit_test(test_idmap_put_existing_returns_first_value),
		cmocka_unit_test(test_idmap_grows_and_keeps_everything),
		cmocka_unit_test(test_idmap_put_distinct_from_two_threads),
		cmocka_unit_test(test_strtab_dense_indexes),
		cmocka_unit_test(test_strtab_copies_text),
		cmocka_unit_test(test_id_valid_accepts_the_alphabet),
		cmocka_unit_test(test_id_valid_rejects),
		cmocka_unit_test(test_id_valid_every_byte),
		cmocka_unit_test(test_id_valid_length_limit),
		cmocka_unit_test(test_suggest_finds_typo),
		cmocka_unit_test(test_suggest_nothing_close),
		cmocka_unit_test(test_suggest_limit_grows_with_word_length),
		cmocka_unit_test(test_suggest_tie_goes_to_byte_smaller),
		cmocka_unit_test(test_suggest_long_candidates),
		cmocka_unit_test(test_file_read_all_regular),
		cmocka_unit_test(test_file_read_all_empty),
		cmocka_unit_test(test_file_read_all_errors),
		cmocka_unit_test(test_file_read_all_fifo),
		cmocka_unit_test(test_errno_text_is_lowercase),
		cmocka_unit_test(test_suggest_in_structs),
		cmocka_unit_test(test_cmp_str_ptr_sorts_by_bytes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
