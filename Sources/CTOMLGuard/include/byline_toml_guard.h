// byline_toml_guard.h: a lexical check of TOML text made before TOMLKit parses it.
//
// TOMLKit parses with toml++ 3.4.0, which trusts its own lexer on some malformed input and
// then breaks an internal precondition: an assertion (an abort) in builds with assertions,
// undefined behaviour (`__builtin_unreachable`, `__builtin_assume`) in builds without.
// Examples found by fuzzing toml++ with libFuzzer (scripts/fuzz-toml-guard.sh): `[[[x]]]`
// (a table header whose key starts with `[`), a non-ASCII character outside a string or
// comment (toml++'s test for non-ASCII white space reaches an unreachable branch for about
// 3,000 code points), `x = [}]`, and date-times such as `1979-05-27Tx` or `1979-05-27 1`.
//
// The check follows TOML 1.0's lexical grammar (https://toml.io/en/v1.0.0): outside strings
// and comments, keys, `=`, `[`, `]`, `{`, `}`, `,` and bare values must be where the
// grammar allows them, and every bare value must be a TOML boolean, integer, float,
// date, time or date-time in form. Text the check refuses is never valid TOML, so nothing
// valid is lost; text it passes still gets toml++'s full parse and its error messages.
// Written in C so that the same code runs inside the fuzz harness next to toml++.
#ifndef BYLINE_TOML_GUARD_H
#define BYLINE_TOML_GUARD_H

#include <stddef.h>

/// Checks `length` bytes of TOML text. Returns NULL when toml++ may parse it, else a
/// static, NUL-terminated English reason (lower case, no final full stop) and stores the
/// 1-based line of the first refused byte in `*line` (when `line` is not NULL).
const char *byline_toml_refusal(const char *text, size_t length, size_t *line);

#endif
