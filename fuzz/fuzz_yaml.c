/* libFuzzer target: the YAML loader (libyaml -> tree, with its limits),
 * then every accessor on every node of the tree, then the diagnostics
 * formatted as they would be printed. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "diag.h"
#include "ydoc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Walks the tree without recursion. Aliases share nodes, so a node may be
 * seen more than once: the visits are capped like the loader caps them. */
static void walk(const struct ynode *root, struct diag_list *d)
{
	const struct ynode **stack = malloc(1024 * sizeof *stack);
	size_t n = 0, cap = 1024, visits = 0;
	if (!stack)
		return;
	stack[n++] = root;
	while (n && visits++ < 200000) {
		const struct ynode *y = stack[--n];
		bool b;
		long long i;
		double x;
		(void)ynode_describe(y, d);
		(void)ynode_is_null(y);
		(void)ynode_bool(y, &b);
		(void)ynode_int(y, -1000000, 1000000, &i);
		(void)ynode_num(y, &x);
		(void)ynode_text_is(y, "id");
		for (size_t k = 0; k < ynode_map_len(y); k++)
			(void)ynode_text_is(ynode_key(y, k), "skills"), (void)ynode_val(y, k);
		for (size_t k = 0; y->type != YN_SCALAR && k < y->nkids; k++) {
			if (n == cap) {
				const struct ynode **s = realloc(stack, 2 * cap * sizeof *stack);
				if (!s)
					break;
				stack = s, cap *= 2;
			}
			stack[n++] = y->kids[k];
		}
	}
	free(stack);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a = {0};
	struct diag_list d;
	struct ynode *root = NULL;
	diag_init(&d, 100);
	if (ydoc_parse((const char *)data, size, "f.yaml", &a, &d, &root) == 0 && root)
		walk(root, &d);
	diag_finish(&d);
	struct arena fa = {0};
	for (size_t i = 0; i < d.n; i++)
		(void)diag_format(&d.v[i], &fa);
	arena_free(&fa);
	diag_free(&d);
	arena_free(&a);
	return 0;
}
