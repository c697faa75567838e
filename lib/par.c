#include "par.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <unistd.h>

#define BLOCK 256 /* items a thread takes at once by default: few lock round trips */
#define AHEAD 8   /* blocks computed ahead of the one being taken */

struct par {
	const struct par_job *job;
	size_t nblocks;
	size_t block;        /* items a thread takes at once */
	char *ring;          /* AHEAD blocks of `block` slots */
	bool done[AHEAD];    /* ring entry computed and not yet taken */
	size_t filled[AHEAD]; /* slots of the entry computed */
	size_t next, taken;  /* blocks handed out, blocks taken */
	bool stop;
	int rc;
	pthread_mutex_t mu;
	pthread_cond_t cv;
};

struct par_thread {
	struct par *p;
	void *worker;
};

static char *slot_at(const struct par *p, size_t block, size_t k)
{
	return p->ring + ((block % AHEAD) * p->block + k) * p->job->slot_size;
}

/* Computes block b (lock not held); returns how many slots it filled. */
static size_t compute(struct par *p, void *worker, size_t b, int *rc)
{
	const struct par_job *j = p->job;
	size_t lo = b * p->block, hi = lo + p->block < j->n ? lo + p->block : j->n, k = 0;
	for (size_t i = lo; i < hi; i++, k++) {
		if (j->work(worker, i, slot_at(p, b, k)) < 0) {
			*rc = -1; /* a failed call fills nothing */
			break;
		}
	}
	return k;
}

/* Hands out the next block, or returns false (lock held). */
static bool claim(struct par *p, size_t *b)
{
	if (p->stop || p->next >= p->nblocks || p->next >= p->taken + AHEAD)
		return false;
	*b = p->next++;
	return true;
}

static void finish(struct par *p, size_t b, size_t filled, int rc)
{
	pthread_mutex_lock(&p->mu);
	p->done[b % AHEAD] = true;
	p->filled[b % AHEAD] = filled;
	if (rc) {
		p->stop = true;
		p->rc = -1;
	}
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
}

static void *run_thread(void *arg)
{
	struct par_thread *t = arg;
	struct par *p = t->p;
	pthread_mutex_lock(&p->mu);
	while (!p->stop && p->next < p->nblocks) {
		size_t b;
		if (!claim(p, &b)) {
			pthread_cond_wait(&p->cv, &p->mu);
			continue;
		}
		pthread_mutex_unlock(&p->mu);
		int rc = 0;
		size_t filled = compute(p, t->worker, b, &rc);
		finish(p, b, filled, rc);
		pthread_mutex_lock(&p->mu);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

/* Takes block b in order (lock not held), or drops it when stopping;
 * after a take fails the rest of the block is dropped. */
static int take_block(struct par *p, size_t b, bool drop_all)
{
	const struct par_job *j = p->job;
	size_t filled = p->filled[b % AHEAD], k = 0;
	int rc = drop_all ? -1 : 0;
	for (; k < filled && rc == 0; k++)
		rc = j->take ? j->take(j->ctx, b * p->block + k, slot_at(p, b, k)) : 0;
	for (; k < filled && j->drop; k++)
		j->drop(j->ctx, slot_at(p, b, k));
	return rc;
}

/* The calling thread: takes blocks in order, computing one itself
 * whenever the next to take is not ready. */
static void run_caller(struct par *p)
{
	const struct par_job *j = p->job;
	pthread_mutex_lock(&p->mu);
	while (p->taken < p->nblocks) {
		size_t b;
		if (p->done[p->taken % AHEAD]) {
			bool stopped = p->stop;
			pthread_mutex_unlock(&p->mu);
			int rc = take_block(p, p->taken, stopped);
			pthread_mutex_lock(&p->mu);
			if (rc) {
				p->stop = true;
				p->rc = -1;
			}
			p->done[p->taken % AHEAD] = false;
			p->taken++;
			pthread_cond_broadcast(&p->cv);
		} else if (claim(p, &b)) {
			pthread_mutex_unlock(&p->mu);
			int rc = 0;
			size_t filled = compute(p, j->workers[0], b, &rc);
			finish(p, b, filled, rc);
			pthread_mutex_lock(&p->mu);
		} else if (p->stop && p->taken >= p->next) {
			break; /* nothing handed out is left to wait for */
		} else {
			pthread_cond_wait(&p->cv, &p->mu);
		}
	}
	pthread_mutex_unlock(&p->mu);
}

/* sysconf reads /sys each time it is asked: once a run is enough. */
static unsigned online_cores(void)
{
	static _Atomic unsigned cores;
	unsigned n = cores;
	if (!n) {
		long k = sysconf(_SC_NPROCESSORS_ONLN);
		cores = n = k < 1 ? 1 : (unsigned)k;
	}
	return n;
}

unsigned par_threads(unsigned asked)
{
	if (!asked)
		asked = online_cores();
	return asked > PAR_MAX ? PAR_MAX : asked;
}

int par_run(const struct par_job *job)
{
	size_t block = job->block ? job->block : BLOCK;
	struct par p = {.job = job, .block = block, .nblocks = (job->n + block - 1) / block};
	if (!job->n)
		return 0;
	size_t nslots = (size_t)AHEAD * block;
	p.ring = calloc(nslots, job->slot_size ? job->slot_size : 1);
	if (!p.ring)
		return -1;
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.cv, NULL);
	unsigned nt = job->threads < 1 ? 1 : job->threads > PAR_MAX ? PAR_MAX : job->threads;
	if ((size_t)nt > p.nblocks)
		nt = (unsigned)p.nblocks;
	pthread_t th[PAR_MAX];
	struct par_thread pt[PAR_MAX];
	unsigned started = 0;
	for (unsigned t = 1; t < nt; t++) {
		pt[started] = (struct par_thread){&p, job->workers[t]};
		if (pthread_create(&th[started], NULL, run_thread, &pt[started]) == 0)
			started++;
	}
	run_caller(&p);
	for (unsigned t = 0; t < started; t++)
		pthread_join(th[t], NULL);
	pthread_mutex_destroy(&p.mu);
	pthread_cond_destroy(&p.cv);
	for (size_t k = 0; job->release && k < nslots; k++)
		job->release(job->ctx, p.ring + k * job->slot_size);
	free(p.ring);
	return p.rc;
}
