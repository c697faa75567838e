/* Graphs for Graphviz (dot) and Mermaid: nodes grouped in clusters, edges
 * styled by kind. The other half of the output layer, for `ladder`. */
#ifndef RUNGS_OUTGRAPH_H
#define RUNGS_OUTGRAPH_H

#include <stddef.h>
#include <stdio.h>

#include "out.h"

enum edge_style { EDGE_SOLID, EDGE_DASHED, EDGE_DOTTED, EDGE_BOLD };

struct graph_node {
	const char *id;      /* shown in the label's first line */
	const char *detail;  /* second line, or NULL */
	const char *cluster; /* nodes of one cluster are drawn together; NULL for none */
};

struct graph_edge {
	size_t from, to; /* node indexes */
	const char *label;
	enum edge_style style;
};

struct out_graph {
	const struct graph_node *nodes;
	size_t nnodes;
	const struct graph_edge *edges;
	size_t nedges;
};

/* Writes g as OUT_DOT or OUT_MERMAID. Clusters come in order of their first
 * node. Returns 0, or -1 with errno (EINVAL for another format). */
int out_graph_write(FILE *f, const struct out_graph *g, enum out_format fmt);

#endif
