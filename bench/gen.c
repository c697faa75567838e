/*
 * gen — writes a realistic rungs data repo of any size, deterministically for a seed.
 *
 *   cc -O2 -std=c17 -Wall -Wextra -Wpedantic -o gen bench/gen.c
 *   gen [--seed N] [--employees N] [--rows-per-employee N] [--roles N] [--skills N]
 *       [--opportunities N] [--catalog N] [--as-of YYYY-MM-DD] OUTDIR
 *
 * Same options, same bytes: every random choice comes from splitmix64 streams derived
 * from the seed (never rand()), and nothing depends on the clock, the locale or the
 * machine. See bench/README.md for what the repo contains.
 *
 * assessments.csv is the large file (employees x rows-per-employee rows). It is written
 * in date order across all employees, as an append-only log would be. Each employee's
 * rows come from two private streams: one draws the dates, the other everything else.
 * Pass 1 draws only the dates and counts rows per day; pass 2 draws the rows again and
 * drops each 16-byte record straight into its day's slot; pass 3 formats the slots in
 * order by hand (no printf) into a large buffer. Memory: 16 bytes per row plus a few
 * dozen bytes per employee.
 */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>

/* ---------------------------------------------------------------- utilities */

static const char *prog = "gen";

static void die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "%s: ", prog);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	exit(1);
}

static void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		die("out of memory (%zu bytes)", n);
	return p;
}

static void *xcalloc(size_t n, size_t s)
{
	void *p = calloc(n ? n : 1, s ? s : 1);
	if (!p)
		die("out of memory (%zu x %zu bytes)", n, s);
	return p;
}

/* splitmix64: one 64-bit state per stream */
typedef struct {
	uint64_t s;
} rng_t;

static inline uint64_t mix64(uint64_t z)
{
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static inline uint64_t rnext(rng_t *r)
{
	return mix64(r->s += 0x9e3779b97f4a7c15ULL);
}

/* uniform in [0, n) (Lemire's multiply; the bias is far below anything visible) */
static inline uint32_t below(rng_t *r, uint32_t n)
{
	return (uint32_t)(((rnext(r) >> 32) * (uint64_t)n) >> 32);
}

static inline double unif(rng_t *r)
{
	return (double)(rnext(r) >> 11) * 0x1.0p-53;
}

static inline bool chance(rng_t *r, double p)
{
	return unif(r) < p;
}

static uint64_t g_seed = 1;

/* an independent stream for (a, b): employee a's dates (b = 1) and contents (b = 2) */
static rng_t stream(uint64_t a, uint64_t b)
{
	rng_t r = {mix64(g_seed * 0x9e3779b97f4a7c15ULL + 0x632be59bd9b4e019ULL) ^ mix64(a * 8 + b + 0xd1b54a32d192ed03ULL)};
	rnext(&r);
	return r;
}

/* ---------------------------------------------------------------- dates */

static int32_t days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	const int era = (y >= 0 ? y : y - 399) / 400;
	const int yoe = y - era * 400;
	const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(int32_t z, int *y, int *m, int *d)
{
	z += 719468;
	const int era = (z >= 0 ? z : z - 146096) / 146097;
	const int doe = z - era * 146097;
	const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	const int mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp + (mp < 10 ? 3 : -9);
	*y = yoe + era * 400 + (*m <= 2);
}

/* writes exactly 10 characters, no terminator */
static void date10(char *o, int32_t day)
{
	int y, m, d;
	civil_from_days(day, &y, &m, &d);
	o[0] = (char)('0' + y / 1000 % 10);
	o[1] = (char)('0' + y / 100 % 10);
	o[2] = (char)('0' + y / 10 % 10);
	o[3] = (char)('0' + y % 10);
	o[4] = '-';
	o[5] = (char)('0' + m / 10);
	o[6] = (char)('0' + m % 10);
	o[7] = '-';
	o[8] = (char)('0' + d / 10);
	o[9] = (char)('0' + d % 10);
}

static const char *datestr(int32_t day, char buf[11])
{
	date10(buf, day);
	buf[10] = 0;
	return buf;
}

static int year_of(int32_t day)
{
	int y, m, d;
	civil_from_days(day, &y, &m, &d);
	return y;
}

static bool parse_date(const char *s, int32_t *out)
{
	int y, m, d;
	char tail;
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
		return false;
	if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31)
		return false;
	int32_t z = days_from_civil(y, m, d);
	int y2, m2, d2;
	civil_from_days(z, &y2, &m2, &d2);
	if (y2 != y || m2 != m || d2 != d)
		return false;
	*out = z;
	return true;
}

/* ---------------------------------------------------------------- buffered output */

typedef struct {
	FILE *f;
	char *buf;
	size_t n, cap;
	char path[4096];
	uint64_t total;
} out_t;

static void out_open(out_t *o, const char *path, size_t cap)
{
	snprintf(o->path, sizeof o->path, "%s", path);
	o->f = fopen(path, "wb");
	if (!o->f)
		die("cannot create %s: %s", path, strerror(errno));
	setvbuf(o->f, NULL, _IONBF, 0);
	o->buf = xmalloc(cap);
	o->cap = cap;
	o->n = 0;
	o->total = 0;
}

static void out_flush(out_t *o)
{
	if (o->n && fwrite(o->buf, 1, o->n, o->f) != o->n)
		die("cannot write %s: %s", o->path, strerror(errno));
	o->total += o->n;
	o->n = 0;
}

static void out_close(out_t *o)
{
	out_flush(o);
	if (fclose(o->f) != 0)
		die("cannot write %s: %s", o->path, strerror(errno));
	free(o->buf);
	o->buf = NULL;
}

static void out_mem(out_t *o, const void *p, size_t n)
{
	if (o->cap - o->n < n) {
		out_flush(o);
		if (n > o->cap) {
			if (fwrite(p, 1, n, o->f) != n)
				die("cannot write %s: %s", o->path, strerror(errno));
			o->total += n;
			return;
		}
	}
	memcpy(o->buf + o->n, p, n);
	o->n += n;
}

static void out_s(out_t *o, const char *s)
{
	out_mem(o, s, strlen(s));
}

static void out_f(out_t *o, const char *fmt, ...)
{
	char tmp[2048];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= sizeof tmp)
		die("internal error: formatted text too long");
	out_mem(o, tmp, (size_t)n);
}

/* a CSV field, quoted (RFC 4180) only when it has to be */
static void out_csv(out_t *o, const char *s)
{
	if (!strpbrk(s, ",\"\r\n")) {
		out_s(o, s);
		return;
	}
	out_mem(o, "\"", 1);
	for (const char *p = s; *p; p++) {
		if (*p == '"')
			out_mem(o, "\"", 1);
		out_mem(o, p, 1);
	}
	out_mem(o, "\"", 1);
}

/* a YAML scalar of free text: plain when safe, else double-quoted */
static void out_ytext(out_t *o, const char *s)
{
	bool q = !*s || strchr("-?:,[]{}#&*!|>'\"%@` ", s[0]) || strstr(s, ": ") || strstr(s, " #") ||
		 s[strlen(s) - 1] == ':' || s[strlen(s) - 1] == ' ' || !strcmp(s, "true") || !strcmp(s, "false") ||
		 !strcmp(s, "null") || strchr(s, '\\');
	if (!q) {
		out_s(o, s);
		return;
	}
	out_mem(o, "\"", 1);
	for (const char *p = s; *p; p++) {
		if (*p == '"' || *p == '\\')
			out_mem(o, "\\", 1);
		out_mem(o, p, 1);
	}
	out_mem(o, "\"", 1);
}

static char g_out[4096]; /* OUTDIR */

static const char *opath(char *buf, size_t n, const char *rel)
{
	if ((size_t)snprintf(buf, n, "%s/%s", g_out, rel) >= n)
		die("path too long: %s/%s", g_out, rel);
	return buf;
}

static void mkdir_p(const char *path)
{
	char tmp[4096];
	if (snprintf(tmp, sizeof tmp, "%s", path) >= (int)sizeof tmp)
		die("path too long: %s", path);
	for (char *p = tmp + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = 0;
		if (mkdir(tmp, 0777) != 0 && errno != EEXIST)
			die("cannot create folder %s: %s", tmp, strerror(errno));
		*p = '/';
	}
	if (mkdir(tmp, 0777) != 0 && errno != EEXIST)
		die("cannot create folder %s: %s", tmp, strerror(errno));
}

static double now_s(void)
{
	struct timespec ts;
	timespec_get(&ts, TIME_UTC);
	return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* ---------------------------------------------------------------- options */

static uint64_t opt_employees = 10000, opt_rows = 30, opt_roles, opt_skills, opt_opps, opt_catalog;
static int32_t g_asof;
static bool opt_quiet;

#define SCALE 5 /* proficiency levels 1..5 */

/* ---------------------------------------------------------------- skills */

enum { CAT_TECH, CAT_BEH, CAT_DOM };
static const char *const CAT_NAME[] = {"technical", "behavioral", "domain"};

/* "id|Display Name|alias" (name empty: derived from the id) */
/* technical skills, five per base family in family order (a family uses seven: its
 * five and the next family's first two, so neighbouring families share skills) */
static const char *const TECH[] = {
	/* engineering */ "javascript|JavaScript|js", "typescript|TypeScript|", "system-design||", "api-design|API Design|", "testing||",
	/* data */ "sql|SQL|structured-query-language", "python||py", "statistics||", "data-visualization|Data Visualisation|dataviz",
	"data-modeling||dimensional-modeling",
	/* product */ "product-discovery||", "roadmapping||", "product-analytics||", "experimentation|Experimentation (A/B testing)|ab-testing",
	"user-stories||",
	/* design */ "ux-design|UX Design|", "prototyping||", "figma||", "design-systems||", "accessibility|Accessibility (WCAG)|a11y",
	/* sales */ "crm|CRM|", "salesforce||sfdc", "sales-forecasting||", "solution-selling||", "pipeline-management||",
	/* marketing */ "seo|SEO|search-engine-optimisation", "content-writing||", "marketing-automation||", "paid-acquisition||",
	"social-media||",
	/* customer-success */ "customer-onboarding||", "zendesk||", "churn-analysis||", "account-planning||", "product-training||",
	/* people */ "hris|HRIS|", "recruiting-tools||", "compensation-analysis||", "payroll||", "people-analytics||",
	/* finance */ "financial-modeling||fin-modeling", "budgeting||", "forecasting||", "bookkeeping||", "excel|Spreadsheets (Excel, Google Sheets)|spreadsheets",
	/* legal */ "contract-drafting||", "legal-research||", "e-discovery|eDiscovery|", "policy-writing||", "regulatory-filings||",
	/* operations */ "process-mapping||", "six-sigma|Six Sigma|", "vendor-management||", "operations-research||", "lean||",
	/* infrastructure */ "linux||", "kubernetes||k8s", "terraform||", "cloud-infrastructure||cloud", "observability||",
	/* security */ "application-security||appsec", "threat-modeling||", "penetration-testing||pentesting", "siem|SIEM|",
	"identity-management||iam",
	/* supply-chain */ "demand-planning||", "inventory-management||", "sap|SAP|", "erp-systems|ERP Systems|", "s-and-op|Sales and Operations Planning|",
	/* procurement */ "sourcing||", "spend-analysis||", "contract-management||", "tendering||", "supplier-evaluation||",
	/* it */ "it-service-management|IT Service Management|itsm", "active-directory||", "endpoint-management||", "powershell|PowerShell|",
	"networking||",
	/* research */ "lab-techniques||", "experimental-design||", "bioinformatics||", "scientific-writing||", "r|R|",
	/* quality */ "quality-assurance||qa", "root-cause-analysis||rca", "test-automation||", "iso-9001|ISO 9001|",
	"statistical-process-control||spc",
	/* logistics */ "warehouse-management||", "route-planning||", "transport-management||", "freight-audit||", "yard-management||",
	/* communications */ "copywriting||", "media-relations||", "internal-communications||", "crisis-communication||", "editing||",
	/* support */ "troubleshooting||", "ticketing-systems||", "technical-writing||", "knowledge-management||", "incident-response||",
	/* manufacturing */ "cad|CAD|", "plc-programming|PLC Programming|", "preventive-maintenance||", "cnc-machining|CNC Machining|",
	"industrial-safety||",
	/* shared */ "go||golang", "java||", "docker||", "ci-cd|CI/CD|continuous-delivery", "machine-learning||ml", "spark||", "kafka||",
	"airflow||", "dbt||", "tableau||", "power-bi|Power BI|", "react||", "kotlin||", "swift||", "rust||", "c-plus-plus|C++|cpp",
	"csharp|C#|c-sharp", "ruby||", "graphql|GraphQL|", "postgresql|PostgreSQL|postgres", "mongodb|MongoDB|", "redis||",
	"elasticsearch||", "aws|AWS|", "azure||", "gcp|Google Cloud|", "mlops|MLOps|", "llm-engineering|LLM Engineering|",
	"computer-vision||", "nlp|NLP|", "gis|GIS|", "bash||", "git||", "microservices||", "mobile-development||", "scala||", "php|PHP|",
};
#define NTECH_BASE (sizeof TECH / sizeof *TECH)
#define NBASEFAM 22

/* the first nine are what management roles and the CEO ask for */
static const char *const BEH[] = {
	"communication||", "leadership||", "coaching||", "hiring||", "strategic-thinking||", "stakeholder-management||",
	"conflict-resolution||", "project-management||", "mentoring||", "collaboration||teamwork", "problem-solving||",
	"presentation|Presentation Skills|", "negotiation||", "prioritization|Prioritisation|", "decision-making||",
	"critical-thinking||", "customer-focus||", "written-communication||", "time-management||", "change-management||",
};
#define NBEH_BASE (sizeof BEH / sizeof *BEH)
enum { B_COMM, B_LEAD, B_COACH, B_HIRE, B_STRAT, B_STAKE, B_CONFLICT, B_PM, B_MENTOR, B_FIRST_FAMILY };

static const char *const DOM[] = {
	"payments-domain|Payments|", "logistics-operations||", "regulatory-compliance||", "financial-reporting||",
	"supply-chain-strategy||", "customer-experience||cx", "pricing||", "risk-management||", "healthcare-regulation||",
	"insurance-underwriting||", "energy-markets||", "retail-merchandising||", "freight-operations||", "privacy-law||gdpr",
	"employment-law||", "tax-law||", "accounting-standards|Accounting Standards (IFRS)|ifrs", "procurement-policy||",
	"product-lifecycle||", "market-research||", "brand-management||", "public-sector-contracting||", "clinical-trials||",
	"quality-standards||", "manufacturing-processes||", "fleet-management||", "customs-and-trade||", "esg-reporting|ESG Reporting|",
	"anti-money-laundering||aml", "credit-risk||",
};
#define NDOM_BASE (sizeof DOM / sizeof *DOM)

/* qualifiers that turn a base skill into a specialisation once the base lists run out */
static const char *const QUAL[] = {
	"operations", "architecture", "automation", "governance", "performance", "security", "migration", "analytics",
	"integration", "strategy", "compliance", "reporting", "tooling", "optimisation", "fundamentals", "at-scale",
	"quality", "design", "platforms", "testing", "research", "delivery", "modelling", "audit", "enablement",
	"internationalisation", "reliability", "economics", "forecasting", "standards", "coaching", "pricing",
	"procurement", "risk", "partnerships", "onboarding", "benchmarking", "localisation", "planning", "sustainability",
	"support", "training", "innovation", "documentation", "incident-handling", "capacity-planning", "roadmaps",
	"evaluation", "implementation", "configuration",
};
#define NQUAL (sizeof QUAL / sizeof *QUAL)

static const char *const ACRONYMS[] = {"sql", "api", "ux", "seo", "crm", "hris", "sap", "erp", "it", "cad", "plc",
				       "aws", "gcp", "siem", "esg", "llm", "nlp", "gis", "ci", "cd", "cnc", "iso", "php", NULL};

typedef struct {
	char id[64], name[128], alias[64];
	int cat, base; /* base: index in its category's base list */
	int nrel, rel[2], sim10[2];
	bool rubric;
	int nitems, items[8]; /* learning items developing it, by ascending 'to' */
} skill_t;

static skill_t *S;
static int NS;
static int *cat_idx[3], cat_n[3]; /* skill indices per category, in base-list order */

static void split_entry(const char *e, char *id, char *name, char *alias)
{
	const char *a = strchr(e, '|'), *b = a ? strchr(a + 1, '|') : NULL;
	if (!a || !b)
		die("internal error: bad skill entry %s", e);
	snprintf(id, 64, "%.*s", (int)(a - e), e);
	snprintf(name, 128, "%.*s", (int)(b - a - 1), a + 1);
	snprintf(alias, 64, "%s", b + 1);
	if (!*name) { /* "data-modeling" -> "Data Modeling", "api-design" -> "API Design" */
		char *o = name;
		const char *p = id;
		while (*p) {
			const char *q = strchr(p, '-');
			size_t n = q ? (size_t)(q - p) : strlen(p);
			bool acro = false;
			for (int i = 0; ACRONYMS[i]; i++)
				acro |= strlen(ACRONYMS[i]) == n && !strncmp(ACRONYMS[i], p, n);
			if (o != name)
				*o++ = ' ';
			for (size_t i = 0; i < n; i++)
				*o++ = (char)(acro || i == 0 ? (p[i] >= 'a' && p[i] <= 'z' ? p[i] - 32 : p[i]) : p[i]);
			p += n + (q != NULL);
		}
		*o = 0;
	}
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void build_skills(rng_t *g)
{
	int nb = (int)(opt_skills * 15 / 100), nd = (int)(opt_skills * 20 / 100);
	nb = nb < 12 ? 12 : nb > (int)NBEH_BASE ? (int)NBEH_BASE : nb;
	nd = nd < 4 ? 4 : nd;
	int nt = (int)opt_skills - nb - nd;
	int ncat[3] = {nt, nb, nd};
	const char *const *lists[3] = {TECH, BEH, DOM};
	int nbase[3] = {(int)NTECH_BASE, (int)NBEH_BASE, (int)NDOM_BASE};
	NS = (int)opt_skills;
	S = xcalloc((size_t)NS, sizeof *S);
	int k = 0;
	for (int c = 0; c < 3; c++) {
		cat_idx[c] = xmalloc((size_t)ncat[c] * sizeof(int));
		cat_n[c] = ncat[c];
		if ((size_t)ncat[c] > (size_t)nbase[c] * (NQUAL + 1))
			die("--skills %llu is more than this generator has names for", (unsigned long long)opt_skills);
		for (int i = 0; i < ncat[c]; i++, k++) {
			skill_t *s = &S[k];
			char id[64], name[128], alias[64];
			split_entry(lists[c][i % nbase[c]], id, name, alias);
			s->cat = c;
			s->base = i;
			if (i < nbase[c]) {
				strcpy(s->id, id);
				strcpy(s->name, name);
				strcpy(s->alias, alias);
			} else { /* a specialisation: python-automation, "Python (Automation)" */
				const char *q = QUAL[i / nbase[c] - 1];
				snprintf(s->id, sizeof s->id, "%.30s-%.30s", id, q);
				char qn[64];
				snprintf(qn, sizeof qn, "%s", q);
				qn[0] = (char)(qn[0] - 32);
				for (char *p = qn; *p; p++)
					if (*p == '-')
						*p = ' ';
				snprintf(s->name, sizeof s->name, "%.80s (%.40s)", name, qn);
			}
			cat_idx[c][i] = k;
		}
	}
	/* related skills: neighbours in the same list, and a specialisation to its base */
	for (int c = 0; c < 3; c++) {
		for (int i = 0; i < ncat[c]; i++) {
			skill_t *s = &S[cat_idx[c][i]];
			if (i >= nbase[c]) {
				s->rel[s->nrel] = cat_idx[c][i % nbase[c]];
				s->sim10[s->nrel++] = 6;
			}
			if (c != CAT_BEH && chance(g, 0.35) && ncat[c] > 4) {
				int j = i + 1 + (int)below(g, 3);
				if (j < ncat[c] && cat_idx[c][j] != s->rel[0]) {
					s->rel[s->nrel] = cat_idx[c][j];
					s->sim10[s->nrel++] = 3 + (int)below(g, 6);
				}
			}
			if (c == CAT_BEH && i == B_STAKE) { /* stakeholder management helps communication */
				s->rel[s->nrel] = cat_idx[c][B_COMM];
				s->sim10[s->nrel++] = 4;
			}
			s->rubric = i < nbase[c] && i % 7 == 0;
		}
	}
	/* every id and alias is distinct */
	char **all = xmalloc((size_t)NS * 2 * sizeof *all);
	int na = 0;
	for (int i = 0; i < NS; i++) {
		all[na++] = S[i].id;
		if (S[i].alias[0])
			all[na++] = S[i].alias;
	}
	qsort(all, (size_t)na, sizeof *all, cmp_str);
	for (int i = 1; i < na; i++)
		if (!strcmp(all[i - 1], all[i]))
			die("internal error: skill id or alias '%s' twice", all[i]);
	free(all);
}

static const char *skill_ref(int s, uint64_t h)
{
	return S[s].alias[0] && h % 9 == 0 ? S[s].alias : S[s].id; /* aliases are accepted everywhere */
}

/* ---------------------------------------------------------------- roles */

#define MAXREQ 24
#define MAXNEXT 8

typedef struct {
	int skill, level, w10; /* weight x 10 */
	bool ess;
} req_t;

typedef struct {
	req_t r[MAXREQ];
	int n;
} reqset_t;

static void rs_add(reqset_t *s, int skill, int level, int w10, bool ess)
{
	if (level < 1)
		return;
	if (level > SCALE)
		level = SCALE;
	for (int i = 0; i < s->n; i++)
		if (s->r[i].skill == skill) {
			if (level > s->r[i].level)
				s->r[i].level = level;
			if (w10 > s->r[i].w10)
				s->r[i].w10 = w10;
			s->r[i].ess |= ess;
			return;
		}
	if (s->n == MAXREQ)
		die("internal error: too many requirements");
	s->r[s->n++] = (req_t){skill, level, w10, ess};
}

static int cmp_req(const void *a, const void *b)
{
	const req_t *x = a, *y = b;
	return (x->skill > y->skill) - (x->skill < y->skill);
}

static const req_t *rs_find(const reqset_t *s, int skill)
{
	for (int i = 0; i < s->n; i++)
		if (s->r[i].skill == skill)
			return &s->r[i];
	return NULL;
}

enum { K_IC1, K_IC2, K_IC3, K_IC4, K_IC5, K_MGR4, K_MGR5, K_SPEC, K_CEO, K_N };

typedef struct {
	char id[64], title[160], file[256];
	int fam, kind, level, parent; /* parent: the role it extends, -1 */
	const char *track;
	bool critical;
	reqset_t req;
	int nnext, next[MAXNEXT];
	int promo; /* first promotion edge, -1 */
} role_t;

static role_t *R;
static int NR;

static const struct {
	const char *name, *ic, *ict, *m4, *m4t, *m5, *m5t, *sp, *spt;
} FAMB[NBASEFAM] = {
	{"engineering", "software-engineer", "Software Engineer", "engineering-manager", "Engineering Manager",
	 "director-engineering", "Director of Engineering", "security-engineer", "Security Engineer"},
	{"data", "data-analyst", "Data Analyst", "analytics-manager", "Analytics Manager", "head-of-data", "Head of Data",
	 "data-scientist", "Data Scientist"},
	{"product", "product-manager", "Product Manager", "group-product-manager", "Group Product Manager", "vp-product",
	 "VP Product", "product-analyst", "Product Analyst"},
	{"design", "product-designer", "Product Designer", "design-manager", "Design Manager", "head-of-design",
	 "Head of Design", "ux-researcher", "UX Researcher"},
	{"sales", "account-executive", "Account Executive", "sales-manager", "Sales Manager", "vp-sales", "VP Sales",
	 "sales-engineer", "Sales Engineer"},
	{"marketing", "marketing-specialist", "Marketing Specialist", "marketing-manager", "Marketing Manager",
	 "head-of-marketing", "Head of Marketing", "content-strategist", "Content Strategist"},
	{"customer-success", "customer-success-manager", "Customer Success Manager", "customer-success-lead",
	 "Customer Success Lead", "head-of-customer-success", "Head of Customer Success", "solutions-engineer",
	 "Solutions Engineer"},
	{"people", "hr-business-partner", "HR Business Partner", "people-operations-manager", "People Operations Manager",
	 "head-of-people", "Head of People", "talent-acquisition-partner", "Talent Acquisition Partner"},
	{"finance", "financial-analyst", "Financial Analyst", "finance-manager", "Finance Manager", "finance-director",
	 "Finance Director", "tax-specialist", "Tax Specialist"},
	{"legal", "legal-counsel", "Legal Counsel", "legal-manager", "Legal Manager", "general-counsel", "General Counsel",
	 "compliance-specialist", "Compliance Specialist"},
	{"operations", "operations-analyst", "Operations Analyst", "operations-manager", "Operations Manager",
	 "head-of-operations", "Head of Operations", "process-engineer", "Process Engineer"},
	{"infrastructure", "site-reliability-engineer", "Site Reliability Engineer", "platform-manager", "Platform Manager",
	 "head-of-infrastructure", "Head of Infrastructure", "network-engineer", "Network Engineer"},
	{"security", "security-analyst", "Security Analyst", "security-manager", "Security Manager", "head-of-security",
	 "Head of Security", "penetration-tester", "Penetration Tester"},
	{"supply-chain", "supply-chain-planner", "Supply Chain Planner", "supply-chain-manager", "Supply Chain Manager",
	 "head-of-supply-chain", "Head of Supply Chain", "demand-planner", "Demand Planner"},
	{"procurement", "buyer", "Buyer", "procurement-manager", "Procurement Manager", "head-of-procurement",
	 "Head of Procurement", "category-specialist", "Category Specialist"},
	{"it", "it-support-engineer", "IT Support Engineer", "it-manager", "IT Manager", "head-of-it", "Head of IT",
	 "systems-administrator", "Systems Administrator"},
	{"research", "research-scientist", "Research Scientist", "research-manager", "Research Manager",
	 "head-of-research", "Head of Research", "lab-specialist", "Lab Specialist"},
	{"quality", "quality-engineer", "Quality Engineer", "quality-manager", "Quality Manager", "head-of-quality",
	 "Head of Quality", "test-automation-engineer", "Test Automation Engineer"},
	{"logistics", "logistics-coordinator", "Logistics Coordinator", "logistics-manager", "Logistics Manager",
	 "head-of-logistics", "Head of Logistics", "fleet-planner", "Fleet Planner"},
	{"communications", "communications-specialist", "Communications Specialist", "communications-manager",
	 "Communications Manager", "head-of-communications", "Head of Communications", "speechwriter", "Speechwriter"},
	{"support", "support-specialist", "Support Specialist", "support-manager", "Support Manager", "head-of-support",
	 "Head of Support", "support-engineer", "Support Engineer"},
	{"manufacturing", "production-technician", "Production Technician", "production-manager", "Production Manager",
	 "plant-director", "Plant Director", "maintenance-engineer", "Maintenance Engineer"},
};

/* business units that repeat a base family once there are more families than bases */
static const char *const UNIT[] = {
	"payments", "logistics", "retail", "mobile", "cloud", "enterprise", "consumer", "emea", "apac", "americas",
	"healthcare", "energy", "insurance", "media", "public-sector", "marketplace", "devices", "travel", "banking",
	"telecom", "automotive", "education", "gaming", "agritech", "biotech", "aerospace", "hospitality", "real-estate",
	"construction", "pharma", "chemicals", "utilities", "defence", "maritime", "rail", "mining", "fashion", "food",
	"sports", "government", "nonprofit", "research-labs", "ventures", "platform", "growth", "core", "labs", "north",
	"south", "east", "west", "central", "nordics", "benelux", "dach", "iberia", "latam", "anz", "india", "japan",
};
#define NUNIT (sizeof UNIT / sizeof *UNIT)

typedef struct {
	int base, unit; /* unit -1: the base family itself */
	char name[64], title_sfx[64];
	const char *dept;
	int T[7], D[2], B0;
	bool ext, drops;
	int role[K_N]; /* role index per kind, -1 */
	uint32_t start, n; /* employees [start, start+n) */
} fam_t;

static fam_t *F;
static int NF, ceo_role = -1;

static int tech_of(int b, int unit, int j)
{
	int nt = cat_n[CAT_TECH];
	int i = b * 5 + j;
	if (unit >= 0 && j >= 3) /* a business unit's specialisations of the base family's skills */
		i += (unit + 1) * (int)NTECH_BASE;
	return cat_idx[CAT_TECH][i % nt];
}

static void ic_reqs(const fam_t *f, int L, reqset_t *s)
{
	const int *T = f->T, *D = f->D;
	int b = cat_idx[CAT_BEH][0];
	rs_add(s, T[0], L + 1, 20, L >= 2);
	rs_add(s, T[1], L >= 3 ? L + 1 : L, L >= 3 ? 15 : 10, false);
	if (L <= 3 || !f->drops)
		rs_add(s, T[2], L <= 3 ? (L > 1 ? L - 1 : 1) : L - 1, 10, false);
	if (L >= 2)
		rs_add(s, T[3], L, 10, false);
	if (L >= 3)
		rs_add(s, T[4], L - 1, 10, false);
	if (L >= 4)
		rs_add(s, T[5], L - 1, 10, false);
	if (L >= 5)
		rs_add(s, T[6], 4, 10, false);
	if (L >= 2)
		rs_add(s, D[0], L - 1, 10, false);
	if (L >= 4)
		rs_add(s, D[1], L - 2, 10, false);
	rs_add(s, b + B_COMM, L <= 2 ? 2 : L <= 4 ? 3 : 4, 10, false);
	rs_add(s, f->B0, L <= 3 ? L : L - 1, 10, false);
	if (L >= 3)
		rs_add(s, b + B_STAKE, L - 1, 10, false);
	if (L >= 4)
		rs_add(s, b + B_MENTOR, L - 1, 10, false);
}

static void mgr4_reqs(const fam_t *f, reqset_t *s)
{
	int b = cat_idx[CAT_BEH][0];
	rs_add(s, b + B_LEAD, 3, 20, true);
	rs_add(s, b + B_HIRE, 3, 10, true);
	rs_add(s, b + B_COACH, 3, 10, false);
	rs_add(s, b + B_STAKE, 3, 10, false);
	rs_add(s, b + B_COMM, 4, 10, false);
	rs_add(s, b + B_CONFLICT, 3, 10, false);
	rs_add(s, b + B_PM, 3, 10, false);
	rs_add(s, f->T[0], 3, 10, false);
	rs_add(s, f->T[1], 3, 10, false);
	rs_add(s, f->D[0], 3, 10, false);
}

static void mgr5_reqs(const fam_t *f, reqset_t *s)
{
	int b = cat_idx[CAT_BEH][0];
	rs_add(s, b + B_LEAD, 4, 20, true);
	rs_add(s, b + B_HIRE, 3, 10, true);
	rs_add(s, b + B_COACH, 4, 10, false);
	rs_add(s, b + B_STRAT, 4, 20, false);
	rs_add(s, b + B_STAKE, 4, 10, false);
	rs_add(s, b + B_COMM, 4, 10, false);
	rs_add(s, b + B_CONFLICT, 3, 10, false);
	rs_add(s, f->T[0], 3, 10, false);
	rs_add(s, f->D[0], 4, 10, false);
	rs_add(s, f->D[1], 3, 10, false);
}

static void spec_reqs(const fam_t *f, reqset_t *s)
{
	int b = cat_idx[CAT_BEH][0];
	rs_add(s, f->T[0], 5, 20, true);
	rs_add(s, f->T[1], 4, 10, false);
	rs_add(s, f->T[4], 4, 10, false);
	rs_add(s, f->T[5], 4, 15, false);
	rs_add(s, f->D[0], 3, 10, false);
	rs_add(s, b + B_COMM, 3, 10, false);
	rs_add(s, f->B0, 4, 10, false);
	rs_add(s, b + B_MENTOR, 3, 10, false);
}

/* does moving from a to b ask for anything new, raised, weightier or essential? */
static bool asks_more(int a, int b)
{
	for (int i = 0; i < R[b].req.n; i++) {
		const req_t *x = &R[b].req.r[i], *y = rs_find(&R[a].req, x->skill);
		if (!y || x->level > y->level || x->w10 > y->w10 || (x->ess && !y->ess))
			return true;
	}
	return false;
}

static void add_next(int from, int to)
{
	if (from < 0 || to < 0 || from == to)
		return;
	role_t *r = &R[from];
	for (int i = 0; i < r->nnext; i++)
		if (r->next[i] == to)
			return;
	bool promo = R[to].fam == r->fam && R[to].level > r->level;
	if (promo && !asks_more(from, to))
		return;
	if (r->nnext == MAXNEXT)
		return;
	r->next[r->nnext++] = to;
	if (promo && r->promo < 0)
		r->promo = to;
}

static const char *const LEVEL_WORD[] = {"", "I", "II", "Senior", "Staff", "Principal"};

static int new_role(int fam, int kind, int level, const char *track)
{
	role_t *r = &R[NR];
	memset(r, 0, sizeof *r);
	r->fam = fam;
	r->kind = kind;
	r->level = level;
	r->track = track;
	r->parent = -1;
	r->promo = -1;
	if (fam >= 0)
		F[fam].role[kind] = NR;
	return NR++;
}

static int cmp_role_ptr(const void *a, const void *b)
{
	return strcmp(R[*(const int *)a].id, R[*(const int *)b].id);
}

static void build_roles(void)
{
	/* families of 7 roles, the first few 8 with a specialist */
	NF = (int)((opt_roles - 1) / 7);
	if ((opt_roles - 1) % 7 > (uint64_t)NF)
		NF = (int)((opt_roles - 1 + 7) / 8);
	int extras = (int)(opt_roles - 1 - (uint64_t)NF * 7);
	if ((size_t)NF > NBASEFAM * (NUNIT + 1))
		die("--roles %llu is more than this generator has names for", (unsigned long long)opt_roles);
	F = xcalloc((size_t)NF, sizeof *F);
	R = xcalloc((size_t)opt_roles, sizeof *R);
	int nd = cat_n[CAT_DOM], nbeh = cat_n[CAT_BEH];
	for (int f = 0; f < NF; f++) {
		fam_t *fm = &F[f];
		fm->base = f % NBASEFAM;
		fm->unit = f / NBASEFAM - 1;
		if (fm->unit < 0) {
			snprintf(fm->name, sizeof fm->name, "%s", FAMB[fm->base].name);
		} else {
			snprintf(fm->name, sizeof fm->name, "%s-%s", FAMB[fm->base].name, UNIT[fm->unit]);
			char u[64];
			snprintf(u, sizeof u, "%s", UNIT[fm->unit]);
			u[0] = (char)(u[0] - 32);
			for (char *p = u; *p; p++)
				if (*p == '-')
					*p = ' ';
			snprintf(fm->title_sfx, sizeof fm->title_sfx, " (%.40s)", u);
		}
		fm->dept = FAMB[fm->base].name;
		for (int j = 0; j < 7; j++)
			fm->T[j] = tech_of(fm->base, fm->unit, j);
		for (int j = 0; j < 2; j++)
			fm->D[j] = cat_idx[CAT_DOM][(fm->base * 2 + j + (fm->unit + 1) * 7) % nd];
		fm->B0 = cat_idx[CAT_BEH][B_FIRST_FAMILY + (f * 3 + fm->unit + 1) % (nbeh - B_FIRST_FAMILY)];
		fm->ext = f % 3 != 2;
		fm->drops = f % 2 == 0;
		for (int k = 0; k < K_N; k++)
			fm->role[k] = -1;
	}
	/* the CEO */
	ceo_role = new_role(-1, K_CEO, 6, "management");
	{
		role_t *r = &R[ceo_role];
		snprintf(r->id, sizeof r->id, "chief-executive-officer");
		snprintf(r->title, sizeof r->title, "Chief Executive Officer");
		snprintf(r->file, sizeof r->file, "roles/executive/chief-executive-officer.yaml");
		int b = cat_idx[CAT_BEH][0];
		rs_add(&r->req, b + B_LEAD, 5, 20, true);
		rs_add(&r->req, b + B_STRAT, 5, 20, true);
		rs_add(&r->req, b + B_STAKE, 5, 10, false);
		rs_add(&r->req, b + B_COMM, 5, 10, false);
		rs_add(&r->req, cat_idx[CAT_BEH][B_FIRST_FAMILY + 5 < nbeh ? B_FIRST_FAMILY + 5 : B_FIRST_FAMILY], 4, 10, false);
		rs_add(&r->req, F[0].D[0], 4, 10, false);
		r->critical = true;
	}
	for (int f = 0; f < NF; f++) {
		fam_t *fm = &F[f];
		const char *sfx = fm->unit >= 0 ? UNIT[fm->unit] : NULL;
		char dir[160];
		if (sfx)
			snprintf(dir, sizeof dir, "roles/%s/%s", fm->dept, sfx);
		else
			snprintf(dir, sizeof dir, "roles/%s", fm->dept);
#define RID(buf, stem, lvl) snprintf(buf, sizeof buf, "%s%s%s-%d", stem, sfx ? "-" : "", sfx ? sfx : "", lvl)
		for (int L = 1; L <= 5; L++) {
			role_t *r = &R[new_role(f, K_IC1 + L - 1, L, "ic")];
			RID(r->id, FAMB[fm->base].ic, L);
			if (L <= 2)
				snprintf(r->title, sizeof r->title, "%s %s%s", FAMB[fm->base].ict, LEVEL_WORD[L], fm->title_sfx);
			else
				snprintf(r->title, sizeof r->title, "%s %s%s", LEVEL_WORD[L], FAMB[fm->base].ict, fm->title_sfx);
			ic_reqs(fm, L, &r->req);
			if (fm->ext && L > 1)
				r->parent = fm->role[K_IC1 + L - 2];
			r->critical = L == 5 && f % 4 == 1;
		}
		role_t *m4 = &R[new_role(f, K_MGR4, 4, "management")];
		RID(m4->id, FAMB[fm->base].m4, 4);
		snprintf(m4->title, sizeof m4->title, "%s%s", FAMB[fm->base].m4t, fm->title_sfx);
		mgr4_reqs(fm, &m4->req);
		m4->critical = f % 5 == 3;
		role_t *m5 = &R[new_role(f, K_MGR5, 5, "management")];
		RID(m5->id, FAMB[fm->base].m5, 5);
		snprintf(m5->title, sizeof m5->title, "%s%s", FAMB[fm->base].m5t, fm->title_sfx);
		mgr5_reqs(fm, &m5->req);
		if (fm->ext)
			m5->parent = fm->role[K_MGR4];
		m5->critical = f % 2 == 0;
		if (f < extras) {
			role_t *sp = &R[new_role(f, K_SPEC, 4, "specialist")];
			RID(sp->id, FAMB[fm->base].sp, 4);
			snprintf(sp->title, sizeof sp->title, "%s%s", FAMB[fm->base].spt, fm->title_sfx);
			spec_reqs(fm, &sp->req);
			sp->critical = true;
		}
		for (int k = 0; k < K_N; k++) {
			int ri = fm->role[k];
			if (ri < 0)
				continue;
			role_t *r = &R[ri];
			/* one in six specialist profiles is a .yml file, as hand-kept repos have */
			snprintf(r->file, sizeof r->file, "%s/%s.%s", dir, r->id, k == K_SPEC && f % 6 == 1 ? "yml" : "yaml");
		}
#undef RID
	}
	if ((uint64_t)NR != opt_roles)
		die("internal error: %d roles, expected %llu", NR, (unsigned long long)opt_roles);
	for (int i = 0; i < NR; i++)
		qsort(R[i].req.r, (size_t)R[i].req.n, sizeof(req_t), cmp_req);
	/* next edges: promotions within the family first, then lateral, cross-family, step-back */
	for (int f = 0; f < NF; f++) {
		int *ro = F[f].role;
		int nb1 = NF > 1 ? (f + 1) % NF : -1, far = NF > 2 ? (f + NF / 2) % NF : -1;
		for (int L = 1; L <= 4; L++)
			add_next(ro[K_IC1 + L - 1], ro[K_IC1 + L]);
		add_next(ro[K_IC3], ro[K_MGR4]);
		add_next(ro[K_IC3], ro[K_SPEC]);
		add_next(ro[K_SPEC], ro[K_IC5]);
		add_next(ro[K_MGR4], ro[K_MGR5]);
		add_next(ro[K_IC4], ro[K_MGR4]); /* lateral */
		add_next(ro[K_IC4], ro[K_SPEC]);
		if (nb1 >= 0) {
			add_next(ro[K_IC2], F[nb1].role[K_IC2]); /* cross-functional */
			if (f % 2 == 0 && far >= 0 && far != f)
				add_next(ro[K_IC3], F[far].role[K_IC3]);
		}
		if (f % 3 == 0)
			add_next(ro[K_IC5], ro[K_MGR5]);
		if (f % 2 == 0)
			add_next(ro[K_MGR4], ro[K_IC4]);
		if (f % 5 == 0)
			add_next(ro[K_MGR4], ro[K_IC3]); /* step-back */
		if (f < 3)
			add_next(ro[K_MGR5], ceo_role);
	}
	/* unique ids */
	int *ord = xmalloc((size_t)NR * sizeof *ord);
	for (int i = 0; i < NR; i++)
		ord[i] = i;
	qsort(ord, (size_t)NR, sizeof *ord, cmp_role_ptr);
	for (int i = 1; i < NR; i++)
		if (!strcmp(R[ord[i - 1]].id, R[ord[i]].id))
			die("internal error: role id '%s' twice", R[ord[i]].id);
	free(ord);
}

static void w_weight(out_t *o, int w10)
{
	if (w10 % 10)
		out_f(o, "%d.%d", w10 / 10, w10 % 10);
	else
		out_f(o, "%d", w10 / 10);
}

/* one requirement line. fields < 0: a requirement of its own (defaults left out, the
 * short form when it has none); 0: "level 0" (drop an inherited one); otherwise an
 * override naming exactly these fields (1 level, 2 weight, 4 essential) */
static void w_req(out_t *o, const char *indent, int skill, const req_t *q, int fields, uint64_t h)
{
	out_f(o, "%s%s: ", indent, skill_ref(skill, h));
	if (!fields) {
		out_s(o, "0\n");
		return;
	}
	if (fields < 0) {
		if (q->w10 == 10 && !q->ess) {
			out_f(o, "%d\n", q->level);
			return;
		}
		fields = 1 | (q->w10 != 10) << 1 | q->ess << 2;
	}
	const char *sep = "{";
	if (fields & 1) {
		out_f(o, "%slevel: %d", sep, q->level);
		sep = ", ";
	}
	if (fields & 2) {
		out_f(o, "%sweight: ", sep);
		w_weight(o, q->w10);
		sep = ", ";
	}
	if (fields & 4)
		out_f(o, "%sessential: %s", sep, q->ess ? "true" : "false");
	out_s(o, "}\n");
}

static void write_roles(void)
{
	char p[4096];
	for (int i = 0; i < NR; i++) {
		role_t *r = &R[i];
		char dir[4096];
		opath(dir, sizeof dir, r->file);
		*strrchr(dir, '/') = 0;
		mkdir_p(dir);
		out_t o;
		out_open(&o, opath(p, sizeof p, r->file), 8192);
		if (r->kind == K_CEO)
			out_s(&o, "# The top of the job architecture. Owned by the board; changes need its approval.\n");
		else if (r->parent >= 0)
			out_f(&o, "# %s. Inherits %s and states only what changes.\n", r->title, R[r->parent].title);
		out_f(&o, "id: %s\ntitle: ", r->id);
		out_ytext(&o, r->title);
		out_f(&o, "\nfamily: %s\ntrack: %s\nlevel: %d\n", r->fam >= 0 ? F[r->fam].name : "executive", r->track, r->level);
		if (r->critical)
			out_s(&o, "critical: true\n");
		if (r->parent >= 0)
			out_f(&o, "extends: %s\n", R[r->parent].id);
		out_s(&o, "skills:\n");
		uint64_t h0 = mix64((uint64_t)i * 131 + g_seed);
		if (r->parent < 0) {
			for (int k = 0; k < r->req.n; k++)
				w_req(&o, "  ", r->req.r[k].skill, &r->req.r[k], -1, h0 + (uint64_t)k);
		} else {
			const reqset_t *pr = &R[r->parent].req;
			for (int k = 0; k < r->req.n; k++) { /* new or changed */
				const req_t *q = &r->req.r[k], *pq = rs_find(pr, q->skill);
				int fields = -1;
				if (pq)
					fields = (q->level != pq->level) | (q->w10 != pq->w10) << 1 | (q->ess != pq->ess) << 2;
				if (fields)
					w_req(&o, "  ", q->skill, q, fields, h0 + (uint64_t)k);
			}
			for (int k = 0; k < pr->n; k++) /* dropped */
				if (!rs_find(&r->req, pr->r[k].skill))
					w_req(&o, "  ", pr->r[k].skill, &pr->r[k], 0, h0 + 100 + (uint64_t)k);
		}
		if (r->nnext) {
			out_s(&o, "next: [");
			for (int k = 0; k < r->nnext; k++)
				out_f(&o, "%s%s", k ? ", " : "", R[r->next[k]].id);
			out_s(&o, "]\n");
		}
		out_close(&o);
	}
	/* a template the scan must skip (a dot file) */
	out_t o;
	out_open(&o, opath(p, sizeof p, "roles/.template.yaml"), 4096);
	out_s(&o, "# Copy this file to start a new role profile; files starting with '.' are not read.\n"
		  "id: new-role-1\ntitle: New Role\nfamily: some-family\ntrack: ic\nlevel: 1\nskills:\n  some-skill: 2\n");
	out_close(&o);
}

/* ---------------------------------------------------------------- learning catalog */

typedef struct {
	char id[96], title[192];
	const char *kind;
	int hours, nrows, skill[3], from[3], to[3];
} item_t;

static item_t *IT;
static int NI;

static void build_catalog(rng_t *g)
{
	NI = (int)opt_catalog;
	IT = xcalloc((size_t)NI, sizeof *IT);
	int *perm = xmalloc((size_t)NS * sizeof *perm);
	for (int i = 0; i < NS; i++)
		perm[i] = i;
	for (int i = NS - 1; i > 0; i--) {
		int j = (int)below(g, (uint32_t)i + 1), t = perm[i];
		perm[i] = perm[j];
		perm[j] = t;
	}
	for (int i = 0; i < NI; i++) {
		item_t *it = &IT[i];
		int s = perm[i % NS], tier = i / NS;
		const char *nm = S[s].name;
		int from, to;
		switch (tier) {
		case 0:
			snprintf(it->id, sizeof it->id, "%s-foundations", S[s].id);
			snprintf(it->title, sizeof it->title, "%s Foundations", nm);
			it->kind = "course";
			from = 0, to = 2, it->hours = 12 + 2 * (int)below(g, 13);
			break;
		case 1:
			snprintf(it->id, sizeof it->id, "%s-in-practice", S[s].id);
			if (chance(g, 0.3))
				snprintf(it->title, sizeof it->title, "%s in Practice: Patterns, Pitfalls and Tools", nm);
			else
				snprintf(it->title, sizeof it->title, "%s in Practice", nm);
			it->kind = chance(g, 0.3) ? "workshop" : "course";
			from = 2, to = 3, it->hours = 16 + 4 * (int)below(g, 9);
			break;
		case 2:
			snprintf(it->id, sizeof it->id, "%s-advanced", S[s].id);
			snprintf(it->title, sizeof it->title, "Advanced %s", nm);
			it->kind = "course";
			from = 3, to = 4, it->hours = 24 + 4 * (int)below(g, 10);
			break;
		case 3:
			snprintf(it->id, sizeof it->id, "%s-certification", S[s].id);
			snprintf(it->title, sizeof it->title, "Certified %s Professional", nm);
			it->kind = "certification";
			from = 3, to = 4, it->hours = 40 + 5 * (int)below(g, 9);
			break;
		case 4:
			snprintf(it->id, sizeof it->id, "%s-masterclass", S[s].id);
			snprintf(it->title, sizeof it->title, "%s Masterclass", nm);
			it->kind = "workshop";
			from = 4, to = 5, it->hours = 32 + 4 * (int)below(g, 9);
			break;
		default:
			snprintf(it->id, sizeof it->id, "%s-bootcamp-%d", S[s].id, tier - 4);
			snprintf(it->title, sizeof it->title, "%s Bootcamp, cohort %d", nm, tier - 4);
			it->kind = "bootcamp";
			from = 0, to = 3, it->hours = 40 + 8 * (int)below(g, 6);
			break;
		}
		if (strlen(it->id) > 64)
			die("internal error: learning item id '%s' too long", it->id);
		it->skill[0] = s, it->from[0] = from, it->to[0] = to, it->nrows = 1;
		/* some items also develop a related skill a little */
		if (chance(g, 0.2)) {
			int t = S[s].nrel ? S[s].rel[0] : cat_idx[S[s].cat][below(g, (uint32_t)cat_n[S[s].cat])];
			if (t != s) {
				it->skill[1] = t, it->from[1] = from > 0 ? 1 : 0, it->to[1] = to > 2 ? 2 : to;
				if (it->to[1] > it->from[1])
					it->nrows = 2;
			}
		}
		for (int k = 0; k < it->nrows; k++) {
			skill_t *sk = &S[it->skill[k]];
			if (sk->nitems < 8 && it->to[k] > 0)
				sk->items[sk->nitems++] = i;
		}
	}
	free(perm);
}

static int item_to_for(int it, int s)
{
	for (int k = 0; k < IT[it].nrows; k++)
		if (IT[it].skill[k] == s)
			return IT[it].to[k];
	return 0;
}

static void write_learning(void)
{
	char p[4096];
	out_t o;
	out_open(&o, opath(p, sizeof p, "learning.csv"), 1 << 20);
	out_s(&o, "id,title,kind,skill,from,to,hours\n");
	for (int i = 0; i < NI; i++)
		for (int k = 0; k < IT[i].nrows; k++) {
			out_f(&o, "%s,", IT[i].id);
			out_csv(&o, IT[i].title);
			out_f(&o, ",%s,%s,%d,%d,%d\n", IT[i].kind, S[IT[i].skill[k]].id, IT[i].from[k], IT[i].to[k], IT[i].hours);
		}
	out_close(&o);
}

static void write_skills(void)
{
	char p[4096];
	out_t o;
	out_open(&o, opath(p, sizeof p, "skills.yaml"), 1 << 20);
	out_f(&o, "# Skill taxonomy and proficiency scale (generated by bench/gen, seed %llu).\n"
		  "# Owned by the job-architecture working group; changes go through a pull request.\n\n",
	      (unsigned long long)g_seed);
	out_s(&o, "scale:\n"
		  "  1: Aware — knows the concepts and vocabulary\n"
		  "  2: Working — applies it with guidance\n"
		  "  3: Practitioner — applies it independently\n"
		  "  4: Advanced — handles hard cases, guides others\n"
		  "  5: Expert — shapes how the organisation does it\n"
		  "skills:\n");
	for (int c = 0; c < 3; c++) {
		out_f(&o, "  # ── %s ──────────────────────────────────────────\n", CAT_NAME[c]);
		for (int i = 0; i < cat_n[c]; i++) {
			const skill_t *s = &S[cat_idx[c][i]];
			out_f(&o, "  - id: %s\n    name: ", s->id);
			out_ytext(&o, s->name);
			out_f(&o, "\n    category: %s\n", CAT_NAME[c]);
			if (s->alias[0])
				out_f(&o, "    aliases: [%s]\n", s->alias);
			if (s->nrel) {
				out_s(&o, "    related: {");
				for (int k = 0; k < s->nrel; k++)
					out_f(&o, "%s%s: 0.%d", k ? ", " : "", S[s->rel[k]].id, s->sim10[k]);
				out_s(&o, "}\n");
			}
			if (s->rubric)
				out_f(&o, "    levels:\n      2: Uses %s on routine work with a reviewer\n"
					  "      3: Uses %s independently and explains the trade-offs\n"
					  "      4: Handles the hard cases in %s and reviews others' work\n",
				      s->name, s->name, s->name);
			out_s(&o, "\n");
		}
	}
	out_close(&o);
}

/* ---------------------------------------------------------------- people */

static const char *const FIRST[] = {
	"Annelies", "Rahul", "Zoë", "José", "Ingrid", "Ethan", "Chiara", "Łukasz", "Misaki", "Daan", "Oluwaseun", "Hana",
	"Tiago", "Sanne", "Ayşe", "Jonas", "Kwame", "Priya", "Siobhán", "François", "Małgorzata", "Olumide", "Eva",
	"Adebayo", "Sophie", "Marcus", "Mia", "Sven", "Freya", "Mohammed", "Pieter", "Björn", "Noor", "Lan", "Ji-min",
	"Wei", "Aarav", "Fatima", "Carlos", "Lucía", "Mateo", "Emma", "Liam", "Olivia", "Noah", "Amara", "Chen", "Yuki",
	"Søren", "Ioana", "Dmitri", "Agnieszka", "Kofi", "Thandiwe", "Rafael", "Inês", "Giulia", "Matteo", "Anouk",
	"Henrik", "Elif", "Omar", "Leila", "Sakura", "Minh", "Arjun", "Ana", "Pedro", "Nadia", "Tomasz", "Grace", "Ravi",
};
static const char *const LAST[] = {
	"de Graaf", "Iyer", "Müller", "Álvarez", "Bakker", "Tremblay", "Esposito", "Nowak", "Tanaka", "de Vries",
	"Adeyemi", "Novák", "Santos", "de Jong", "Yılmaz", "Becker", "Mensah", "Raghunathan", "O'Connor", "Lefèvre",
	"Wiśniewska", "Bakare", "Lindholm", "Ogunleye", "Laurent", "Thompson", "Hoffmann", "Lindgren", "Andersen",
	"Al-Farsi", "Janssens", "Lindqvist", "Haddad", "Nguyễn", "Kim", "Wang", "Sharma", "Khan", "García", "Fernández",
	"Rossi", "Dubois", "Kowalski", "Popescu", "Ivanova", "Okafor", "Dlamini", "Costa", "Ferreira", "Jensen", "Hansen",
	"Schmidt", "Kaya", "Hassan", "Sato", "Tran", "Patel", "Silva", "Cohen", "Murphy", "Chowdhury", "Mbeki",
};
static const char *const CITY[] = {"Rotterdam", "Berlin", "Lisbon", "Toronto", "London", "Warsaw", "Bangalore",
				   "Singapore", "São Paulo", "Austin", "Nairobi", "Tokyo"};
#define NFIRST (sizeof FIRST / sizeof *FIRST)
#define NLAST (sizeof LAST / sizeof *LAST)
#define NCITY (sizeof CITY / sizeof *CITY)

static uint32_t NE;
static uint32_t *P_role, *P_mgr, *P_idn, *P_inv, *P_target, *P_mentor, *P_coff, *P_kids;
static uint32_t (*P_asp)[3];
static uint8_t *P_nasp, *P_loc, *P_plan, *P_mentees;
static uint16_t *P_first, *P_last;
static int32_t *P_hire;
static int g_idlen;
static char *g_eid; /* NE x g_idlen characters: the employee ids */

#define NONE UINT32_MAX

static uint32_t ic_kind(rng_t *g, const fam_t *fm)
{
	double u = unif(g);
	if (fm->role[K_SPEC] >= 0 && u < 0.03)
		return (uint32_t)fm->role[K_SPEC];
	int L = u < 0.19 ? 1 : u < 0.49 ? 2 : u < 0.77 ? 3 : u < 0.95 ? 4 : 5;
	return (uint32_t)fm->role[K_IC1 + L - 1];
}

static void build_people(rng_t *g)
{
	NE = (uint32_t)opt_employees;
	P_role = xmalloc(NE * sizeof *P_role);
	P_mgr = xmalloc(NE * sizeof *P_mgr);
	P_idn = xmalloc(NE * sizeof *P_idn);
	P_inv = xmalloc(NE * sizeof *P_inv);
	P_target = xmalloc(NE * sizeof *P_target);
	P_mentor = xmalloc(NE * sizeof *P_mentor);
	P_asp = xcalloc(NE, sizeof *P_asp);
	P_nasp = xcalloc(NE, 1);
	P_loc = xcalloc(NE, 1);
	P_plan = xcalloc(NE, 1);
	P_mentees = xcalloc(NE, 1);
	P_first = xmalloc(NE * sizeof *P_first);
	P_last = xmalloc(NE * sizeof *P_last);
	P_hire = xmalloc(NE * sizeof *P_hire);
	/* family sizes */
	double *w = xmalloc((size_t)NF * sizeof *w), W = 0;
	for (int f = 0; f < NF; f++)
		W += w[f] = 0.5 + unif(g);
	uint32_t rest = NE - 1 - (uint32_t)NF, used = 0, at = 1;
	for (int f = 0; f < NF; f++) {
		uint32_t n = 1 + (uint32_t)((double)rest * w[f] / W);
		F[f].n = n;
		used += n;
	}
	for (int f = 0; used < NE - 1; f = (f + 1) % NF)
		F[f].n++, used++;
	free(w);
	/* the CEO */
	P_role[0] = (uint32_t)ceo_role;
	P_mgr[0] = NONE;
	P_loc[0] = 0;
	/* one tree per family, breadth first: a manager takes 6-10 reports, and reports
	 * become managers while the queue could not hold everybody still to place */
	uint32_t *q = xmalloc(NE * sizeof *q);
	int dept_head_fam[NBASEFAM];
	for (int b = 0; b < NBASEFAM; b++)
		dept_head_fam[b] = -1;
	for (int f = 0; f < NF; f++) {
		fam_t *fm = &F[f];
		fm->start = at;
		uint32_t end = at + fm->n, lead = at++;
		P_role[lead] = (uint32_t)fm->role[K_MGR5];
		if (dept_head_fam[fm->base] < 0) {
			dept_head_fam[fm->base] = f;
			P_mgr[lead] = 0;
			P_loc[lead] = (uint8_t)below(g, NCITY);
		} else {
			uint32_t head = F[dept_head_fam[fm->base]].start;
			P_mgr[lead] = head;
			P_loc[lead] = chance(g, 0.7) ? P_loc[head] : (uint8_t)below(g, NCITY);
		}
		size_t qh = 0, qt = 0;
		q[qt++] = lead;
		while (qh < qt && at < end) {
			uint32_t m = q[qh++];
			uint32_t k = 6 + below(g, 5);
			if (k > end - at)
				k = end - at;
			uint32_t first = at;
			at += k;
			uint32_t rem = end - at;
			for (uint32_t c = first; c < first + k; c++) {
				P_mgr[c] = m;
				P_loc[c] = chance(g, 0.85) ? P_loc[m] : (uint8_t)below(g, NCITY);
				if ((qt - qh) * 8 < rem) {
					q[qt++] = c;
					P_role[c] = (uint32_t)(m == lead && fm->n > 400 && chance(g, 0.25) ? fm->role[K_MGR5]
												  : fm->role[K_MGR4]);
				} else {
					P_role[c] = ic_kind(g, fm);
				}
			}
		}
		/* managers left without reports become senior individual contributors */
		for (; qh < qt; qh++)
			if (q[qh] != lead)
				P_role[q[qh]] = (uint32_t)fm->role[chance(g, 0.5) ? K_IC4 : K_IC3];
		if (at != end)
			die("internal error: family tree placed %u of %u", at - fm->start, fm->n);
	}
	free(q);
	/* reports per manager (CSR), for peers */
	P_coff = xcalloc((size_t)NE + 1, sizeof *P_coff);
	P_kids = xmalloc(NE * sizeof *P_kids);
	for (uint32_t e = 1; e < NE; e++)
		P_coff[P_mgr[e] + 1]++;
	for (uint32_t e = 0; e < NE; e++)
		P_coff[e + 1] += P_coff[e];
	{
		uint32_t *fill = xmalloc(NE * sizeof *fill);
		memcpy(fill, P_coff, NE * sizeof *fill);
		for (uint32_t e = 1; e < NE; e++)
			P_kids[fill[P_mgr[e]]++] = e;
		free(fill);
	}
	/* ids: hire order, so not grouped by department; the founder is the first */
	for (uint32_t e = 0; e < NE; e++)
		P_idn[e] = e;
	for (uint32_t e = NE - 1; e > 1; e--) {
		uint32_t j = 1 + below(g, e), t = P_idn[e];
		P_idn[e] = P_idn[j];
		P_idn[j] = t;
	}
	for (uint32_t e = 0; e < NE; e++)
		P_inv[P_idn[e]] = e;
	int k = 6;
	uint64_t lim = 9;
	for (int i = 0; i < 6; i++)
		lim *= 10;
	while (NE >= lim)
		k++, lim *= 10;
	g_idlen = k + 2;
	uint64_t base = lim / 9;
	g_eid = xmalloc((size_t)NE * (size_t)g_idlen + 1);
	for (uint32_t e = 0; e < NE; e++) {
		char tmp[32];
		snprintf(tmp, sizeof tmp, "E%llu", (unsigned long long)(base + 1 + P_idn[e]));
		memcpy(g_eid + (size_t)e * (size_t)g_idlen, tmp, (size_t)g_idlen);
	}
	/* names and hire dates: the hire order follows the ids */
	for (uint32_t e = 0; e < NE; e++) {
		P_first[e] = (uint16_t)below(g, NFIRST);
		P_last[e] = (uint16_t)below(g, NLAST);
	}
	{
		int32_t founded = g_asof - 365 * 15;
		for (uint32_t n = 0; n < NE; n++) {
			/* id n was hired at about the n-th of NE along a curve that grows fast lately */
			double x = NE > 1 ? (double)n / (NE - 1) : 0;
			double t = 1.0 - (1.0 - x) * (1.0 - x) * (1.0 - x) * 0.2 - (1.0 - x) * 0.8; /* 0..1 */
			int32_t d = founded + (int32_t)(t * (g_asof - 21 - founded));
			d += (int32_t)below(g, 30) - 15;
			if (d > g_asof - 21)
				d = g_asof - 21;
			P_hire[P_inv[n]] = n == 0 ? founded : d;
		}
	}
	/* aspirations: about 30 % */
	for (uint32_t e = 1; e < NE; e++) {
		const role_t *r = &R[P_role[e]];
		if (!r->nnext || !chance(g, 0.30))
			continue;
		uint32_t a0 = (uint32_t)(r->promo >= 0 && chance(g, 0.7) ? r->promo : r->next[below(g, (uint32_t)r->nnext)]);
		P_asp[e][P_nasp[e]++] = a0;
		if (chance(g, 0.35)) {
			uint32_t a1 = (uint32_t)r->next[below(g, (uint32_t)r->nnext)];
			if (a1 != a0)
				P_asp[e][P_nasp[e]++] = a1;
		}
		/* sometimes a role further up the family's management track */
		if (chance(g, 0.1) && r->fam >= 0 && r->level >= 3 && r->kind != K_MGR5) {
			uint32_t a2 = (uint32_t)F[r->fam].role[K_MGR5];
			bool dup = false;
			for (int i = 0; i < P_nasp[e]; i++)
				dup |= P_asp[e][i] == a2;
			if (!dup && a2 != P_role[e])
				P_asp[e][P_nasp[e]++] = a2;
		}
	}
	/* plans (about 10 %): target, mentor */
	for (uint32_t e = 0; e < NE; e++) {
		P_target[e] = P_nasp[e] ? P_asp[e][0] : R[P_role[e]].promo >= 0 ? (uint32_t)R[P_role[e]].promo : NONE;
		P_mentor[e] = NONE;
		if (e == 0 || !chance(g, 0.10))
			continue;
		P_plan[e] = 1;
		if (chance(g, 0.12)) {
			P_plan[e] = 2; /* no target in the plan */
			continue;
		}
		if (P_target[e] == NONE)
			continue;
		const fam_t *fm = R[P_role[e]].fam >= 0 ? &F[R[P_role[e]].fam] : NULL;
		if (!fm || !chance(g, 0.85))
			continue;
		int need = R[P_target[e]].level;
		for (int t = 0; t < 12; t++) {
			uint32_t c = fm->start + below(g, fm->n);
			if (c != e && c != P_mgr[e] && R[P_role[c]].level >= need && P_mentees[c] < 2) {
				P_mentor[e] = c;
				P_mentees[c]++;
				break;
			}
		}
	}
}

static void w_eid(out_t *o, uint32_t e)
{
	out_mem(o, g_eid + (size_t)e * (size_t)g_idlen, (size_t)g_idlen);
}

static void write_people(void)
{
	char p[4096];
	out_t o;
	out_open(&o, opath(p, sizeof p, "people.csv"), 1 << 22);
	out_s(&o, "Employee ID,Full Name,Email,Department,Location,Role,Manager,Hire Date,Aspirations\n");
	for (uint32_t n = 0; n < NE; n++) {
		uint32_t e = P_inv[n];
		const role_t *r = &R[P_role[e]];
		w_eid(&o, e);
		out_mem(&o, ",", 1);
		char name[128];
		snprintf(name, sizeof name, "%s %s", FIRST[P_first[e]], LAST[P_last[e]]);
		out_csv(&o, name);
		out_mem(&o, ",", 1);
		for (int i = 0; i < g_idlen; i++) {
			char c = g_eid[(size_t)e * (size_t)g_idlen + (size_t)i];
			out_mem(&o, (char[]){(char)(c >= 'A' && c <= 'Z' ? c + 32 : c)}, 1);
		}
		out_f(&o, "@northwind.example,%s,", r->fam >= 0 ? F[r->fam].dept : "executive");
		out_csv(&o, CITY[P_loc[e]]);
		out_f(&o, ",%s,", r->id);
		if (P_mgr[e] != NONE)
			w_eid(&o, P_mgr[e]);
		char d[11];
		out_f(&o, ",%s,", datestr(P_hire[e], d));
		for (int i = 0; i < P_nasp[e]; i++)
			out_f(&o, "%s%s", i ? ";" : "", R[P_asp[e][i]].id);
		out_mem(&o, "\n", 1);
	}
	out_close(&o);
}

/* ---------------------------------------------------------------- plans */

static const char *const ACTIVITY[] = {
	"Lead one cross-team initiative in %s",
	"Present the quarterly review to the %s leadership team",
	"Shadow a senior colleague in %s for two sprints",
	"Run a workshop: lessons from the last %s incident review",
	"Write a design proposal and get it reviewed by %s peers",
	"Onboard and buddy a new hire in %s",
};

static void write_plans(void)
{
	char p[4096], dir[4096];
	mkdir_p(opath(dir, sizeof dir, "plans"));
	for (uint32_t e = 1; e < NE; e++) {
		if (!P_plan[e])
			continue;
		rng_t g = stream(e, 3);
		char rel[128], d[11];
		snprintf(rel, sizeof rel, "plans/%.*s.yaml", g_idlen, g_eid + (size_t)e * (size_t)g_idlen);
		out_t o;
		out_open(&o, opath(p, sizeof p, rel), 4096);
		const role_t *cur = &R[P_role[e]];
		const char *dept = cur->fam >= 0 ? F[cur->fam].dept : "executive";
		uint32_t tg = P_plan[e] == 2 ? NONE : P_target[e];
		if (tg == NONE)
			out_s(&o, "# Development plan without a target role yet.\n");
		else
			out_f(&o, "# Development plan toward %s, agreed in the last review.\n", R[tg].title);
		out_s(&o, "employee: ");
		w_eid(&o, e);
		out_s(&o, "\n");
		if (tg != NONE)
			out_f(&o, "target: %s\n", R[tg].id);
		if (tg != NONE && P_mentor[e] != NONE) {
			out_s(&o, "mentor: ");
			w_eid(&o, P_mentor[e]);
			out_s(&o, "\n");
		}
		out_s(&o, "milestones:\n");
		/* skill milestones: what the target asks above the current role */
		const reqset_t *tr = &R[tg != NONE ? tg : P_role[e]].req;
		int nskill = 0, nact = 1 + (int)below(&g, 2);
		int32_t due = g_asof - 150 + (int32_t)below(&g, 90);
		int off = tr->n ? (int)below(&g, (uint32_t)tr->n) : 0;
		for (int k = 0; k < tr->n && nskill < 3; k++) {
			const req_t *q = &tr->r[(k + off) % tr->n];
			const req_t *c = rs_find(&cur->req, q->skill);
			if (tg != NONE && c && c->level >= q->level)
				continue;
			int lvl = tg != NONE ? q->level : (q->level < SCALE ? q->level + 1 : SCALE);
			/* activities interleave with skill milestones, in due-date order */
			if (nact && chance(&g, 0.4)) {
				int32_t adue = due - 10 - (int32_t)below(&g, 20);
				char title[256];
				snprintf(title, sizeof title, ACTIVITY[below(&g, sizeof ACTIVITY / sizeof *ACTIVITY)], dept);
				out_s(&o, "  - title: ");
				out_ytext(&o, title);
				out_f(&o, "\n    due: %s\n", datestr(adue, d));
				if (adue <= g_asof ? chance(&g, 0.6) : chance(&g, 0.15)) {
					int32_t done = adue - (int32_t)below(&g, 25);
					if (done > g_asof)
						done = g_asof - (int32_t)below(&g, 10);
					out_f(&o, "    done: %s\n", datestr(done, d));
				}
				nact--;
			}
			out_f(&o, "  - skill: %s\n    level: %d\n    due: %s\n", skill_ref(q->skill, rnext(&g)), lvl, datestr(due, d));
			nskill++;
			due += 60 + (int32_t)below(&g, 90);
		}
		for (; nact > 0; nact--) { /* a course for a skill of the target, or an activity */
			int s = tr->n ? tr->r[below(&g, (uint32_t)tr->n)].skill : 0;
			char title[320];
			if (S[s].nitems) {
				const item_t *it = &IT[S[s].items[below(&g, (uint32_t)S[s].nitems)]];
				snprintf(title, sizeof title, "Complete %s (%s)", it->title, it->id);
			} else {
				snprintf(title, sizeof title, ACTIVITY[below(&g, sizeof ACTIVITY / sizeof *ACTIVITY)], dept);
			}
			out_s(&o, "  - title: ");
			out_ytext(&o, title);
			out_f(&o, "\n    due: %s\n", datestr(due, d));
			if (due <= g_asof ? chance(&g, 0.6) : chance(&g, 0.15)) {
				int32_t done = due - (int32_t)below(&g, 25);
				if (done > g_asof)
					done = g_asof - (int32_t)below(&g, 10);
				out_f(&o, "    done: %s\n", datestr(done, d));
			}
			due += 45 + (int32_t)below(&g, 60);
		}
		out_close(&o);
	}
	/* an archived plan: a dot folder the scan must skip */
	mkdir_p(opath(dir, sizeof dir, "plans/.archive"));
	out_t o;
	out_open(&o, opath(p, sizeof p, "plans/.archive/old-plan.yaml"), 4096);
	out_s(&o, "# Plans of people who have left are kept here for the record; rungs does not read them.\n"
		  "employee: E0000000\nmilestones:\n  - title: Hand over\n    due: 2020-01-31\n");
	out_close(&o);
}

/* ---------------------------------------------------------------- opportunities */

static void w_oreq(out_t *o, int skill, int level, int w10, bool ess, uint64_t h)
{
	req_t q = {skill, level, w10, ess};
	w_req(o, "    ", skill, &q, -1, h);
}

static void write_opportunities(rng_t *g)
{
	char p[4096], d[11];
	out_t o;
	out_open(&o, opath(p, sizeof p, "opportunities.yaml"), 1 << 20);
	out_s(&o, "# Internal opportunities board (exported weekly from the mobility marketplace). Jobs are\n"
		  "# open positions; every other kind is a development opportunity taken on alongside a role.\n");
	if (!opt_opps)
		out_s(&o, "[]\n");
	static const char *const KIND[] = {"job", "rotation", "project", "shadowing", "mentorship", "gig"};
	for (uint64_t i = 0; i < opt_opps; i++) {
		double u = unif(g);
		int kind = u < 0.50 ? 0 : u < 0.62 ? 1 : u < 0.74 ? 2 : u < 0.82 ? 3 : u < 0.90 ? 4 : 5;
		uint32_t a = NE > 1 ? 1 + below(g, NE - 1) : 0; /* someone whose team posts it */
		const role_t *ar = &R[P_role[a]];
		int f = ar->fam >= 0 ? ar->fam : 0;
		const fam_t *fm = &F[f];
		int32_t opens = g_asof - (int32_t)below(g, 150);
		bool has_close = chance(g, 0.88);
		int32_t closes = opens + 30 + (int32_t)below(g, 100);
		double su = unif(g);
		const char *status = su < 0.82 ? NULL : su < 0.91 ? "filled" : "closed";
		uint8_t loc = chance(g, 0.7) ? P_loc[a] : (uint8_t)below(g, NCITY);
		int role = -1;
		int L = ar->level > 5 ? 5 : ar->level;
		int j0 = (int)below(g, 7); /* a project's or gig's main skill */
		char title[256];
		switch (kind) {
		case 0: /* a job one level up, or at the same level; now and then a manager post */
			if (chance(g, 0.1))
				role = fm->role[K_MGR4];
			else if (fm->role[K_SPEC] >= 0 && chance(g, 0.05))
				role = fm->role[K_SPEC];
			else {
				int lv = L + (int)below(g, 2);
				role = fm->role[K_IC1 + (lv > 5 ? 5 : lv) - 1];
			}
			snprintf(title, sizeof title, "%s (%s)", R[role].title, CITY[loc]);
			break;
		case 1: { /* a rotation into a neighbouring family, same level */
			const fam_t *nf = &F[(f + 1 + (int)below(g, 2)) % NF];
			int lv = L > 4 ? 4 : L;
			role = nf->role[K_IC1 + lv - 1];
			snprintf(title, sizeof title, "Rotation: %s, three months", R[role].title);
			break;
		}
		case 3: /* shadow someone one level up */
			role = L < 4 ? fm->role[K_IC1 + L] : fm->role[K_MGR5];
			snprintf(title, sizeof title, "Shadow a %s for a quarter", R[role].title);
			break;
		case 2:
			snprintf(title, sizeof title, "Project: %s improvements for %s", S[fm->T[j0]].name, fm->dept);
			break;
		case 4:
			snprintf(title, sizeof title, "Mentoring circle for new leads in %s", fm->dept);
			break;
		default:
			snprintf(title, sizeof title, "Gig: %s support for the %s team", S[fm->T[j0]].name, fm->name);
			break;
		}
		out_f(&o, "\n- id: OPP-%d-%05llu\n", year_of(opens), (unsigned long long)i + 1);
		if (kind || chance(g, 0.9))
			out_f(&o, "  kind: %s\n", KIND[kind]);
		out_s(&o, "  title: ");
		out_ytext(&o, title);
		out_s(&o, "\n");
		if (role >= 0)
			out_f(&o, "  role: %s\n", R[role].id);
		uint64_t h = rnext(g);
		if (role >= 0 && chance(g, 0.3)) { /* team-specific overrides of the role */
			const reqset_t *rq = &R[role].req;
			out_s(&o, "  skills:\n");
			int n = 0;
			const req_t *x = &rq->r[below(g, (uint32_t)rq->n)];
			if (kind == 0 && chance(g, 0.4)) {
				out_f(&o, "    %s: {level: %d}\n", skill_ref(x->skill, h), x->level < SCALE ? x->level + 1 : SCALE);
				n++;
			} else if (!x->ess && rq->n > 3) {
				out_f(&o, "    %s: 0\n", skill_ref(x->skill, h)); /* not needed on this team */
				n++;
			}
			int extra = fm->T[below(g, 7)];
			if (!rs_find(rq, extra) && extra != x->skill) {
				int lv = 2 + (int)below(g, 2), w = chance(g, 0.3) ? 20 : 10; /* one draw at a time: */
				w_oreq(&o, extra, lv, w, false, h + 1); /* argument order is unspecified */
				n++;
			}
			if (!n)
				out_f(&o, "    %s: {weight: 2}\n", skill_ref(rq->r[0].skill, h));
		} else if (role < 0) {
			out_s(&o, "  skills:\n");
			int b = cat_idx[CAT_BEH][0];
			if (kind == 4) {
				w_oreq(&o, b + B_LEAD, 2 + (int)below(g, 2), 10, false, h);
				w_oreq(&o, b + B_COACH, 2 + (int)below(g, 2), 10, false, h + 1);
				w_oreq(&o, fm->T[0], 3, 10, false, h + 2);
			} else {
				int n = 2 + (int)below(g, 3);
				for (int k = 0; k < n; k++) {
					int lv = 2 + (int)below(g, 3);
					bool ess = k == 0 && chance(g, 0.15);
					w_oreq(&o, fm->T[(j0 + k) % 7], lv, k == 0 ? 20 : 10, ess, h + (uint64_t)k);
				}
				if (chance(g, 0.5))
					w_oreq(&o, fm->D[0], 2, 10, false, h + 9);
			}
		}
		out_f(&o, "  department: %s\n  location: ", fm->dept);
		out_ytext(&o, CITY[loc]);
		out_f(&o, "\n  opens: %s\n", datestr(opens, d));
		if (has_close)
			out_f(&o, "  closes: %s\n", datestr(closes, d));
		double cu = unif(g);
		if (cu < 0.12 || kind == 2 || kind == 4)
			out_f(&o, "  capacity: %d\n", kind == 2 || kind == 4 ? 2 + (int)below(g, 4) : 2 + (int)below(g, 2));
		if (status)
			out_f(&o, "  status: %s\n", status);
		else if (chance(g, 0.2))
			out_s(&o, "  status: open\n");
	}
	out_close(&o);
}

static void write_config(void)
{
	char p[4096];
	out_t o;
	out_open(&o, opath(p, sizeof p, "rungs.yaml"), 4096);
	out_f(&o, "# rungs configuration (generated by bench/gen --seed %llu --employees %llu).\n"
		  "# Every key is optional; the policy values are the defaults, written out for reviewers.\n\n"
		  "columns:\n"
		  "  # people.csv is exported from the HRIS with its own header names\n"
		  "  people: {id: Employee ID, name: Full Name}\n\n"
		  "evidence_max_age_days: 730\n"
		  "stale_days: 365\n"
		  "ready_now_threshold: 0.90\n"
		  "soon_months: 12\n",
	      (unsigned long long)g_seed, (unsigned long long)opt_employees);
	out_close(&o);
}

/* ---------------------------------------------------------------- assessments */

enum { SRC_SELF, SRC_PEER, SRC_MANAGER, SRC_COURSE, SRC_TEST, SRC_DEMO, SRC_CERT, NSRC };
static const char *const SRC_NAME[NSRC] = {"self", "peer", "manager", "course", "test", "demonstration", "certification"};

typedef struct {
	uint32_t emp, asr; /* asr: an employee, an item (A_ITEM) or a string (A_STR) */
	uint16_t skill, note;
	uint8_t level, src, alias, pad;
} rec_t;
#define A_ITEM 0x40000000u
#define A_STR 0x80000000u

static const char *const ASR_STR[] = {"HackerRank", "TestGorilla", "Codility", "internal skills test",
				      "Pluralsight Skill IQ", "Coursera", "LinkedIn Learning", "AWS Training",
				      "Linux Foundation", "PMI", "Board of Directors", "assessment panel"};
enum { AS_TEST0 = 0, AS_NTEST = 5, AS_CERT0 = 5, AS_NCERT = 5, AS_BOARD = 10, AS_PANEL = 11 };

#define NDAYS_BACK 1095 /* evidence spans about three years up to the as-of date */
static int32_t g_day0;   /* first day of the evidence window */
static int g_ndays;
static int16_t *g_cycle_of; /* per day: review cycle index or -1 */
typedef struct {
	int32_t start;
	int len;
	bool midyear;
	int year;
} cycle_t;
static cycle_t g_cyc[16];
static int g_ncyc;

/* notes, ready to copy (CSV-escaped) */
static char **g_note;
static uint16_t *g_note_len;
static int g_nnote;
enum { N_NONE, N_TEST, N_TEST2, N_COURSE, N_DEMO, N_DEMO2, N_CERT, N_PEER, N_GENERIC };
#define N_CYCLE(c, src) (N_GENERIC + (c) * 3 + (src)) /* src: 0 self, 1 peer, 2 manager */

static void add_note(const char *s)
{
	char tmp[512];
	size_t n = 0;
	if (strpbrk(s, ",\"")) {
		tmp[n++] = '"';
		for (const char *p = s; *p; p++) {
			if (*p == '"')
				tmp[n++] = '"';
			tmp[n++] = *p;
		}
		tmp[n++] = '"';
	} else {
		n = strlen(s);
		memcpy(tmp, s, n);
	}
	tmp[n] = 0;
	g_note[g_nnote] = strdup(tmp);
	if (!g_note[g_nnote])
		die("out of memory");
	g_note_len[g_nnote++] = (uint16_t)n;
}

static void setup_evidence(void)
{
	g_day0 = g_asof - NDAYS_BACK + 1;
	g_ndays = NDAYS_BACK;
	g_cycle_of = xmalloc((size_t)g_ndays * sizeof *g_cycle_of);
	for (int i = 0; i < g_ndays; i++)
		g_cycle_of[i] = -1;
	for (int y = year_of(g_day0); y <= year_of(g_asof); y++)
		for (int h = 0; h < 2; h++) {
			int32_t st = days_from_civil(y, h ? 12 : 6, 1);
			int len = h ? 15 : 20;
			if (st < g_day0 || st > g_asof || g_ncyc == 16)
				continue;
			if (st + len - 1 > g_asof)
				len = g_asof - st + 1;
			g_cyc[g_ncyc] = (cycle_t){st, len, !h, y};
			for (int i = 0; i < len; i++)
				g_cycle_of[st - g_day0 + i] = (int16_t)g_ncyc;
			g_ncyc++;
		}
	g_note = xmalloc((size_t)(N_GENERIC + 3 * g_ncyc) * sizeof *g_note);
	g_note_len = xmalloc((size_t)(N_GENERIC + 3 * g_ncyc) * sizeof *g_note_len);
	add_note("");
	add_note("Online skills test");
	add_note("Proctored assessment, timed");
	add_note("Completed the course");
	add_note("Observed in a code or work review");
	add_note("Led the \"war room\" during an incident, calmly");
	add_note("Certificate verified by People Operations");
	add_note("Project retrospective feedback");
	for (int c = 0; c < g_ncyc; c++) {
		char s[128];
		const char *h = g_cyc[c].midyear ? "H1" : "H2";
		const char *w = g_cyc[c].midyear ? "Mid-year" : "Year-end";
		snprintf(s, sizeof s, "%s self-assessment %s %d", w, h, g_cyc[c].year);
		add_note(s);
		snprintf(s, sizeof s, "360 feedback %s %d", h, g_cyc[c].year);
		add_note(s);
		snprintf(s, sizeof s, "%s review %s %d, calibrated", w, h, g_cyc[c].year);
		add_note(s);
	}
}

/* the dates stream: how many rows, then one day per row */
typedef struct {
	rng_t r;
	int32_t start; /* first day offset this employee can have evidence */
	int span, cyc0; /* first cycle within [start, as-of] */
} days_t;

static uint32_t days_begin(days_t *dt, uint32_t e)
{
	dt->r = stream(e, 1);
	int32_t st = P_hire[e] > g_day0 ? P_hire[e] : g_day0;
	dt->start = st - g_day0;
	dt->span = g_ndays - dt->start;
	dt->cyc0 = 0;
	while (dt->cyc0 < g_ncyc && g_cyc[dt->cyc0].start < st)
		dt->cyc0++;
	return opt_rows ? (uint32_t)(opt_rows / 2 + below(&dt->r, (uint32_t)opt_rows + 1)) : 0;
}

/* The log grows as the organisation uses it more: the density of rows rises linearly
 * toward the as-of date (the larger of two uniform draws), and later review cycles
 * bring more rows than earlier ones. */
static inline int days_next(days_t *dt)
{
	uint64_t x = rnext(&dt->r);
	if (dt->cyc0 < g_ncyc && (x & 0xff) < 140) { /* 55 %: in a review cycle */
		uint32_t n = (uint32_t)(g_ncyc - dt->cyc0);
		uint32_t a = (uint32_t)(((x >> 8) & 0xffff) * n >> 16), b = (uint32_t)(((x >> 40) & 0xffff) * n >> 16);
		const cycle_t *c = &g_cyc[dt->cyc0 + (int)(a > b ? a : b)];
		return c->start - g_day0 + (int)(((x >> 24) & 0xffff) * (uint32_t)c->len >> 16);
	}
	uint32_t a = (uint32_t)(x >> 8) & 0xffffff, b = (uint32_t)(x >> 32) & 0xffffff;
	return dt->start + (int)(((uint64_t)(a > b ? a : b) * (uint64_t)dt->span) >> 24);
}

/* what one employee's evidence is about: skills, where they are heading, how fast */
typedef struct {
	int n;
	int skill[MAXREQ * 2 + 1];
	float fin[MAXREQ * 2 + 1], rate[MAXREQ * 2 + 1];
} profile_t;

static void profile(uint32_t e, rng_t *g, profile_t *pf)
{
	const reqset_t *C = &R[P_role[e]].req;
	const reqset_t *T = P_target[e] != NONE ? &R[P_target[e]].req : C;
	double p = unif(g), p2 = unif(g);
	p = 1.0 - (1.0 - p) * (1.0 - p2 * 0.85); /* most people are well on the way */
	double s1 = unif(g), s2 = unif(g);
	double strength = (s1 + s2 - 1.0) * 0.35;
	pf->n = 0;
	int order[MAXREQ * 2 + 1], no = 0;
	/* the target's skills first (weightier first), then the rest of the current role */
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < T->n; i++)
			if ((T->r[i].w10 > 10 || T->r[i].ess) == (pass == 0))
				order[no++] = T->r[i].skill;
	for (int i = 0; i < C->n; i++)
		if (!rs_find(T, C->r[i].skill))
			order[no++] = C->r[i].skill;
	int fam = R[P_role[e]].fam;
	int extra = fam >= 0 ? F[fam].T[below(g, 7)] : cat_idx[CAT_BEH][B_FIRST_FAMILY];
	bool dup = false;
	for (int i = 0; i < no; i++)
		dup |= order[i] == extra;
	if (!dup)
		order[no++] = extra;
	int keep = (int)(opt_rows * 2 / 5);
	if (keep < 4)
		keep = 4;
	if (no > keep)
		no = keep;
	for (int i = 0; i < no; i++) {
		int s = order[i];
		const req_t *c = rs_find(C, s), *t = rs_find(T, s);
		int cl = c ? c->level : 0, tl = t ? t->level : 0;
		double base;
		if (cl && tl)
			base = tl > cl ? cl + p * (tl - cl) : cl;
		else if (tl)
			base = (tl > 2 ? tl - 2 : 0) + p * (tl < 2 ? tl : 2);
		else if (cl)
			base = cl;
		else
			base = 1.0 + 2.0 * unif(g);
		double fin = base + strength + 0.5 * (unif(g) - 0.3);
		if (fin < 0)
			fin = 0;
		if (fin > SCALE)
			fin = SCALE;
		pf->skill[pf->n] = s;
		pf->fin[pf->n] = (float)fin;
		pf->rate[pf->n] = (float)(0.15 + 0.45 * unif(g));
		pf->n++;
	}
}

static inline uint32_t pick_peer(uint32_t e, rng_t *g)
{
	uint32_t m = P_mgr[e];
	if (m != NONE) {
		uint32_t n = P_coff[m + 1] - P_coff[m];
		if (n > 1) {
			uint32_t c = P_kids[P_coff[m] + below(g, n)];
			if (c != e)
				return c;
		}
	}
	int fam = R[P_role[e]].fam;
	if (fam >= 0 && F[fam].n > 1) {
		uint32_t c = F[fam].start + below(g, F[fam].n);
		if (c != e)
			return c;
	}
	uint32_t c = below(g, NE);
	return c != e ? c : (e + 1) % NE;
}

static inline int round_level(double x)
{
	int v = (int)(x + 0.5);
	return v < 0 ? 0 : v > SCALE ? SCALE : v;
}

static void make_row(uint32_t e, int day, int j, const profile_t *pf, rng_t *g, rec_t *out)
{
	int s = pf->skill[j];
	double x = pf->fin[j] - pf->rate[j] * (double)(g_ndays - 1 - day) / 365.0;
	double lo = pf->fin[j] - 2.5;
	if (x < lo)
		x = lo;
	if (x < 0)
		x = 0;
	int cyc = g_cycle_of[day];
	uint64_t u = rnext(g);
	uint32_t pct = (uint32_t)((u & 0xffffffff) * 100 >> 32);
	int src;
	if (cyc >= 0)
		src = pct < 40 ? SRC_SELF : pct < 75 ? SRC_MANAGER : SRC_PEER;
	else
		src = pct < 25 ? SRC_TEST : pct < 50 ? SRC_COURSE : pct < 70 ? SRC_DEMO : pct < 80 ? SRC_CERT : pct < 90 ? SRC_PEER : SRC_SELF;
	double noise = unif(g) - 0.5;
	uint32_t asr = e;
	int note = N_NONE, level = 0;
	bool note_on = (u >> 40 & 0xff) < 110;
	if (src == SRC_COURSE) {
		int best = -1, bt = 0, want = round_level(x);
		const skill_t *sk = &S[s];
		for (int k = 0; k < sk->nitems; k++) {
			int to = item_to_for(sk->items[k], s);
			if (to <= want && to > bt)
				bt = to, best = sk->items[k];
		}
		if (best < 0)
			src = SRC_TEST;
		else {
			level = bt;
			asr = A_ITEM | (uint32_t)best;
			note = note_on ? N_COURSE : N_NONE;
		}
	}
	switch (src) {
	case SRC_SELF:
		level = round_level(x + 0.3 + noise);
		note = cyc >= 0 && note_on ? N_CYCLE(cyc, 0) : N_NONE;
		break;
	case SRC_PEER:
		level = round_level(x + 0.1 + noise);
		asr = pick_peer(e, g);
		note = note_on ? (cyc >= 0 ? N_CYCLE(cyc, 1) : N_PEER) : N_NONE;
		break;
	case SRC_MANAGER:
		level = round_level(x - 0.1 + noise);
		asr = P_mgr[e] != NONE ? P_mgr[e] : A_STR | AS_BOARD;
		note = cyc >= 0 && note_on ? N_CYCLE(cyc, 2) : N_NONE;
		break;
	case SRC_TEST:
		level = round_level(x - 0.1 + noise * 1.2);
		asr = A_STR | (AS_TEST0 + (uint32_t)(u >> 48) % AS_NTEST);
		note = note_on ? ((u >> 56) & 1 ? N_TEST : N_TEST2) : N_NONE;
		break;
	case SRC_DEMO:
		level = round_level(x + noise);
		asr = P_mgr[e] != NONE ? P_mgr[e] : A_STR | AS_PANEL;
		note = note_on ? ((u >> 56) & 3 ? N_DEMO : N_DEMO2) : N_NONE;
		break;
	case SRC_CERT:
		level = (int)(x + 0.2);
		level = level < 1 ? 1 : level > SCALE ? SCALE : level;
		asr = A_STR | (AS_CERT0 + (uint32_t)(u >> 48) % AS_NCERT);
		note = note_on ? N_CERT : N_NONE;
		break;
	default:
		break;
	}
	out->emp = e;
	out->asr = asr;
	out->skill = (uint16_t)s;
	out->note = (uint16_t)note;
	out->level = (uint8_t)level;
	out->src = (uint8_t)src;
	out->alias = S[s].alias[0] && (u >> 58) == 0; /* about 1.5 %: the skill named by its alias */
	out->pad = 0;
}

static uint64_t write_assessments(double *t_gen)
{
	double t0 = now_s();
	setup_evidence();
	/* pass 1: rows per day */
	uint64_t *off = xcalloc((size_t)g_ndays + 1, sizeof *off);
	for (uint32_t e = 0; e < NE; e++) {
		days_t dt;
		uint32_t n = days_begin(&dt, e);
		for (uint32_t i = 0; i < n; i++)
			off[days_next(&dt) + 1]++;
	}
	for (int d = 0; d < g_ndays; d++)
		off[d + 1] += off[d];
	uint64_t total = off[g_ndays];
	rec_t *rec = xmalloc((size_t)total * sizeof *rec);
	/* pass 2: the rows, each into its day's slot (employees in order within a day) */
	uint64_t *fill = xmalloc((size_t)g_ndays * sizeof *fill);
	memcpy(fill, off, (size_t)g_ndays * sizeof *fill);
	profile_t pf;
	for (uint32_t e = 0; e < NE; e++) {
		days_t dt;
		uint32_t n = days_begin(&dt, e);
		if (!n)
			continue;
		rng_t g = stream(e, 2);
		profile(e, &g, &pf);
		for (uint32_t i = 0; i < n; i++) {
			int day = days_next(&dt);
			/* every tracked skill gets a row before any gets a second */
			int j = i < (uint32_t)pf.n ? (int)i : (int)below(&g, (uint32_t)pf.n);
			make_row(e, day, j, &pf, &g, &rec[fill[day]++]);
		}
	}
	free(fill);
	*t_gen = now_s() - t0;
	/* pass 3: format in date order */
	char p[4096];
	out_t o;
	out_open(&o, opath(p, sizeof p, "assessments.csv"), 8u << 20);
	out_s(&o, "employee,skill,level,date,source,assessor,note\n");
	uint8_t *sid_len = xmalloc((size_t)NS), *alias_len = xmalloc((size_t)NS);
	for (int s = 0; s < NS; s++)
		sid_len[s] = (uint8_t)strlen(S[s].id), alias_len[s] = (uint8_t)strlen(S[s].alias);
	uint8_t *item_len = xmalloc((size_t)NI + 1);
	for (int i = 0; i < NI; i++)
		item_len[i] = (uint8_t)strlen(IT[i].id);
	uint8_t src_len[NSRC], asr_len[sizeof ASR_STR / sizeof *ASR_STR];
	for (int i = 0; i < NSRC; i++)
		src_len[i] = (uint8_t)strlen(SRC_NAME[i]);
	for (size_t i = 0; i < sizeof ASR_STR / sizeof *ASR_STR; i++)
		asr_len[i] = (uint8_t)strlen(ASR_STR[i]);
	const size_t idl = (size_t)g_idlen;
	for (int d = 0; d < g_ndays; d++) {
		char ds[10];
		date10(ds, g_day0 + d);
		for (uint64_t i = off[d]; i < off[d + 1]; i++) {
			const rec_t *r = &rec[i];
			if (o.cap - o.n < 1024)
				out_flush(&o);
			char *q = o.buf + o.n;
			memcpy(q, g_eid + (size_t)r->emp * idl, idl);
			q += idl;
			*q++ = ',';
			if (r->alias) {
				memcpy(q, S[r->skill].alias, alias_len[r->skill]);
				q += alias_len[r->skill];
			} else {
				memcpy(q, S[r->skill].id, sid_len[r->skill]);
				q += sid_len[r->skill];
			}
			*q++ = ',';
			*q++ = (char)('0' + r->level);
			*q++ = ',';
			memcpy(q, ds, 10);
			q += 10;
			*q++ = ',';
			memcpy(q, SRC_NAME[r->src], src_len[r->src]);
			q += src_len[r->src];
			*q++ = ',';
			if (r->asr & A_STR) {
				uint32_t k = r->asr & ~A_STR;
				memcpy(q, ASR_STR[k], asr_len[k]);
				q += asr_len[k];
			} else if (r->asr & A_ITEM) {
				uint32_t k = r->asr & ~A_ITEM;
				memcpy(q, IT[k].id, item_len[k]);
				q += item_len[k];
			} else {
				memcpy(q, g_eid + (size_t)r->asr * idl, idl);
				q += idl;
			}
			*q++ = ',';
			memcpy(q, g_note[r->note], g_note_len[r->note]);
			q += g_note_len[r->note];
			*q++ = '\n';
			o.n = (size_t)(q - o.buf);
		}
	}
	out_close(&o);
	free(rec);
	free(off);
	free(sid_len);
	free(alias_len);
	free(item_len);
	return total;
}

/* ---------------------------------------------------------------- main */

static void usage(FILE *f)
{
	fprintf(f, "usage: %s [--seed N] [--employees N] [--rows-per-employee N] [--roles N] [--skills N]\n"
		   "           [--opportunities N] [--catalog N] [--as-of YYYY-MM-DD] [-q] OUTDIR\n"
		   "Writes a realistic rungs data repo into OUTDIR (created; must be empty), the same bytes for the\n"
		   "same options. Defaults: seed 1, employees 10000, rows-per-employee 30, roles max(40, employees/2500)\n"
		   "up to 2000, skills max(60, roles/2) up to 1500, opportunities employees/200, catalog skills*2,\n"
		   "as-of 2026-11-01.\n",
		prog);
}

static uint64_t num_arg(const char *opt, const char *v, uint64_t lo, uint64_t hi)
{
	char *end;
	errno = 0;
	if (!v || !*v || *v == '-')
		die("%s needs a number", opt);
	unsigned long long x = strtoull(v, &end, 10);
	if (errno || *end || x < lo || x > hi)
		die("%s: '%s' is not a number from %llu to %llu", opt, v, (unsigned long long)lo, (unsigned long long)hi);
	return x;
}

/* 1 + 7..8 per family */
static bool roles_ok(uint64_t roles)
{
	uint64_t f = (roles - 1 + 7) / 8;
	return roles >= 8 && 7 * f <= roles - 1;
}

static bool dir_is_empty(const char *path)
{
	DIR *d = opendir(path);
	if (!d)
		return errno == ENOENT;
	struct dirent *de;
	bool empty = true;
	while ((de = readdir(d)))
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
			empty = false;
	closedir(d);
	return empty;
}

int main(int argc, char **argv)
{
	const char *outdir = NULL;
	bool have_roles = false, have_skills = false, have_opps = false, have_cat = false;
	if (!parse_date("2026-11-01", &g_asof))
		die("internal error: date");
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			usage(stdout);
			return 0;
		} else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
			opt_quiet = true;
			continue;
		} else if (!strcmp(a, "--seed"))
			g_seed = num_arg(a, v, 0, UINT64_MAX);
		else if (!strcmp(a, "--employees"))
			opt_employees = num_arg(a, v, 2, 100000000);
		else if (!strcmp(a, "--rows-per-employee"))
			opt_rows = num_arg(a, v, 0, 10000);
		else if (!strcmp(a, "--roles"))
			opt_roles = num_arg(a, v, 8, 1000000), have_roles = true;
		else if (!strcmp(a, "--skills"))
			opt_skills = num_arg(a, v, 32, 60000), have_skills = true;
		else if (!strcmp(a, "--opportunities"))
			opt_opps = num_arg(a, v, 0, 10000000), have_opps = true;
		else if (!strcmp(a, "--catalog"))
			opt_catalog = num_arg(a, v, 0, 10000000), have_cat = true;
		else if (!strcmp(a, "--as-of")) {
			if (!v || !parse_date(v, &g_asof))
				die("--as-of needs a date YYYY-MM-DD");
		} else if (a[0] == '-' && a[1]) {
			fprintf(stderr, "%s: unknown option '%s'\n", prog, a);
			usage(stderr);
			return 2;
		} else if (outdir) {
			die("one OUTDIR only ('%s' and '%s')", outdir, a);
		} else {
			outdir = a;
			continue;
		}
		i++; /* the option's value */
	}
	if (!outdir) {
		usage(stderr);
		return 2;
	}
	if (!have_roles) {
		opt_roles = opt_employees / 2500;
		opt_roles = opt_roles < 40 ? 40 : opt_roles > 2000 ? 2000 : opt_roles;
		uint64_t small = opt_employees / 4 < 8 ? 8 : opt_employees / 4;
		if (opt_roles > small)
			opt_roles = small;
		while (!roles_ok(opt_roles))
			opt_roles--;
	}
	if (!roles_ok(opt_roles))
		die("--roles %llu: roles are a CEO plus families of 7 or 8; use 8-9, 15-17, 22-25, 29-33, 36-41 or 43 and more",
		    (unsigned long long)opt_roles);
	if (!have_skills) {
		opt_skills = opt_roles / 2 < 60 ? 60 : opt_roles / 2 > 1500 ? 1500 : opt_roles / 2;
	}
	if (!have_opps)
		opt_opps = opt_employees / 200;
	if (!have_cat)
		opt_catalog = opt_skills * 2;
	if ((opt_roles - 1 + 7) / 8 + 1 > opt_employees)
		die("%llu employees are too few for %llu roles (one lead per family of 7 roles)",
		    (unsigned long long)opt_employees, (unsigned long long)opt_roles);
	if (opt_skills > 65535)
		die("--skills: at most 65535");
	snprintf(g_out, sizeof g_out, "%s", outdir);
	if (!dir_is_empty(outdir))
		die("%s exists and is not empty; give a new or empty folder", outdir);
	mkdir_p(outdir);

	double t0 = now_s(), t_gen = 0;
	rng_t g = {mix64(g_seed ^ 0x5851f42d4c957f2dULL)};
	build_skills(&g);
	build_roles();
	build_catalog(&g);
	build_people(&g);
	write_skills();
	write_roles();
	write_learning();
	write_people();
	write_opportunities(&g);
	write_plans();
	write_config();
	double t1 = now_s();
	uint64_t rows = write_assessments(&t_gen);
	double t2 = now_s();
	if (!opt_quiet) {
		uint32_t nplans = 0, nasp = 0;
		for (uint32_t e = 0; e < NE; e++)
			nplans += P_plan[e] != 0, nasp += P_nasp[e] != 0;
		fprintf(stderr,
			"%s: %s: %u employees, %d roles in %d families, %d skills, %d learning items, %llu opportunities,\n"
			"%s: %u plans, %u with aspirations, %llu assessment rows; %.2f s (assessments %.2f s, of which "
			"generating %.2f s)\n",
			prog, outdir, NE, NR, NF, NS, NI, (unsigned long long)opt_opps, prog, nplans, nasp,
			(unsigned long long)rows, t2 - t0, t2 - t1, t_gen);
	}
	return 0;
}
