/* The rungs library: everything below cmd/. */
#ifndef RUNGS_H
#define RUNGS_H

#include "date.h"
#include "diag.h"
#include "model.h"
#include "num.h"
#include "repo.h"

#endif
