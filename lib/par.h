/* Work over many people on every core, handed back in order: a report made
 * with two threads is byte for byte the one made with one, because whatever
 * adds results up (sums of doubles, rows written) sees them in the same
 * order. */
#ifndef RUNGS_PAR_H
#define RUNGS_PAR_H

#include <stddef.h>

/* Computes item i into slot (slot_size bytes) with one worker's scratch;
 * must only read what is shared. Returns 0, or -1 to stop. A slot starts
 * zeroed and keeps what the last item left in it, so buffers can live in
 * slots (see release) instead of being allocated on one thread for every
 * item and freed on another. */
typedef int (*par_work_fn)(void *worker, size_t i, void *slot);
/* Takes item i's slot, in order 0, 1, 2, ..., on the calling thread.
 * Returns 0, or -1 to stop. NULL: the work leaves nothing to take (it
 * writes where no other item does). */
typedef int (*par_take_fn)(void *ctx, size_t i, void *slot);
/* Releases a slot computed but never taken (after a stop); may be NULL. */
typedef void (*par_drop_fn)(void *ctx, void *slot);

struct par_job {
	size_t n;          /* items */
	size_t slot_size;  /* bytes a result takes */
	unsigned threads;  /* at most this many (1: all on the calling thread) */
	void **workers;    /* one scratch per thread, [0] for the calling thread */
	par_work_fn work;
	par_take_fn take;
	par_drop_fn drop;
	void *ctx;
	size_t block;      /* items a thread takes at once (0: 256); 1 when an
			    * item is itself a batch of work */
	par_drop_fn release; /* frees what a slot keeps from item to item, once
			      * for every slot at the end; may be NULL */
};

#define PAR_MAX 8

/* Put first in a struct of which each thread has one, side by side in an
 * array, and written item after item: two threads writing one cache line
 * take turns at it (a warm gap --all spent a tenth of its time so). */
#define PAR_OWN_LINE _Alignas(64)

/* Threads to use when asked for `asked` (0: one per online core, at most
 * PAR_MAX). */
unsigned par_threads(unsigned asked);

/* Runs job: items are computed in blocks by up to job->threads threads
 * (the caller's among them), a bounded number of blocks ahead of the one
 * being taken. Returns 0, or -1 when a work or take call stopped it or
 * memory ran out (every slot computed is then taken or dropped). */
int par_run(const struct par_job *job);

#endif
