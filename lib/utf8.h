/* UTF-8 decoding, validation and terminal display width, all independent
 * of the locale so that output is the same bytes on every machine. */
#ifndef RUNGS_UTF8_H
#define RUNGS_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes the well-formed sequence at s (at most n bytes) into *cp and
 * returns its length (1..4); returns 0 when the bytes at s are not
 * well-formed UTF-8 (overlong, surrogate, above U+10FFFF, truncated) or n
 * is 0. */
size_t utf8_decode(const char *s, size_t n, uint32_t *cp);

/* True when s[0..n) is strict UTF-8. Otherwise false, and *bad_offset (when
 * not NULL) is the offset of the first byte of the first bad sequence.
 * NUL bytes are valid UTF-8: callers that forbid them check separately. */
bool utf8_valid(const char *s, size_t n, size_t *bad_offset);

/* Terminal columns taken by s[0..n): East Asian Wide and Fullwidth
 * characters count 2, combining marks, format and control characters 0,
 * everything else (and each byte that is not valid UTF-8) 1. */
size_t utf8_width(const char *s, size_t n);

/* Copies s[0..n) to dst (cap bytes, cap >= 1, always NUL-terminated) with
 * everything that could act on a terminal or reorder the line shown
 * escaped: \t \n \r, other C0 controls and DEL as \xNN (ESC: \x1b), C1 controls,
 * bidirectional overrides and isolates, line and paragraph separators as
 * \uNNNN, and bytes that are not UTF-8 as \xNN. Stops at a character
 * boundary when dst is full. Returns the length written. */
size_t utf8_escape(char *dst, size_t cap, const char *s, size_t n);

/* What a file that should be UTF-8 text is instead, from its first bytes,
 * for a diagnostic that says what to do: "UTF-16" (a BOM, or ASCII with
 * every other byte NUL: Excel's "Unicode text"), "a ZIP archive (a
 * spreadsheet workbook?)" (an .xlsx or .ods saved under the wrong name), or
 * NULL. */
const char *utf8_foreign(const char *s, size_t n);

#endif
