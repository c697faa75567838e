#include "bulkhash.h"
#ifdef RUNGS_XXH_DISPATCH
#include <xxh_x86dispatch.h>
#endif

/* Where libxxhash has its x86 dispatcher, it hashes with AVX2 or AVX-512
 * when the CPU has them, where the plain entry points are built for SSE2:
 * a grown log's 2 GB hash in 80 ms instead of 116 on two cores. The hashes
 * are the same, so a cache written on one machine reads on another.
 *
 * The dispatched code leaves the vector registers' upper halves dirty
 * (Debian's 0.8.1 has no vzeroupper after its AVX-512 loop), and every SSE
 * instruction after that pays for them: the scoring's arithmetic ran a
 * quarter slower for the rest of the run. So each call cleans up after
 * itself, on a CPU that has the instruction. */
static void vector_state_clean(void)
{
#if defined(RUNGS_XXH_DISPATCH) && (defined(__x86_64__) || defined(__i386__))
	if (__builtin_cpu_supports("avx"))
		__asm__ volatile("vzeroupper");
#endif
}

uint64_t bulk_hash(const void *p, size_t n)
{
	uint64_t h = XXH3_64bits(p, n);
	vector_state_clean();
	return h;
}

bool bulk_update(XXH3_state_t *st, const void *p, size_t n)
{
	bool ok = XXH3_64bits_update(st, p, n) == XXH_OK;
	vector_state_clean();
	return ok;
}
