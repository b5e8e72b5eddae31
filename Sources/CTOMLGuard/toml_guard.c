// The lexical check of TOML text described in include/byline_toml_guard.h.
#include "byline_toml_guard.h"

#include <stdbool.h>
#include <string.h>

typedef const unsigned char *cursor;

static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool is_hex(unsigned char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
static bool is_octal(unsigned char c) { return c >= '0' && c <= '7'; }
static bool is_binary(unsigned char c) { return c == '0' || c == '1'; }
static bool is_bare_key(unsigned char c) {
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
}
/// Bytes a bare value (number, boolean, date, time) is made of.
static bool is_bare_value(unsigned char c) { return is_bare_key(c) || c == '+' || c == '.' || c == ':'; }

/// `digit *( digit / "_" digit )` from `p`: the end of the run, or NULL when there is none
/// or an underscore is not between two digits.
static cursor digit_run(cursor p, cursor end, bool (*digit)(unsigned char)) {
    if (p >= end || !digit(*p)) return NULL;
    p++;
    while (p < end) {
        if (digit(*p)) {
            p++;
        } else if (*p == '_' && p + 1 < end && digit(p[1])) {
            p += 2;
        } else {
            break;
        }
    }
    return p;
}

/// Exactly `count` decimal digits from `p`: their end, or NULL.
static cursor fixed_digits(cursor p, cursor end, int count) {
    for (int i = 0; i < count; i++, p++) {
        if (p >= end || !is_digit(*p)) return NULL;
    }
    return p;
}

static bool equals(cursor p, cursor end, const char *word) {
    size_t n = strlen(word);
    return (size_t)(end - p) == n && memcmp(p, word, n) == 0;
}

/// TOML 1.0 integers and floats (decimal, 0x, 0o, 0b; inf and nan), the whole of [p, end).
static bool is_number(cursor p, cursor end) {
    if (p < end && (*p == '+' || *p == '-')) {
        p++;
        if (equals(p, end, "inf") || equals(p, end, "nan")) return true;
    } else if (end - p > 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'o' || p[1] == 'b')) {
        bool (*digit)(unsigned char) = p[1] == 'x' ? is_hex : p[1] == 'o' ? is_octal : is_binary;
        return digit_run(p + 2, end, digit) == end;
    }
    if (equals(p, end, "inf") || equals(p, end, "nan")) return true;
    // dec-int: 0, or a non-zero digit and more (no leading zeros).
    cursor q;
    if (p < end && *p == '0') {
        q = p + 1;
    } else {
        q = digit_run(p, end, is_digit);
        if (q == NULL) return false;
    }
    if (q == end) return true;
    if (*q == '.') {
        q = digit_run(q + 1, end, is_digit);
        if (q == NULL) return false;
        if (q == end) return true;
    }
    if (*q == 'e' || *q == 'E') {
        q++;
        if (q < end && (*q == '+' || *q == '-')) q++;
        return digit_run(q, end, is_digit) == end;
    }
    return false;
}

/// `HH:MM:SS[.fraction]` from `p`: its end, or NULL.
static cursor partial_time(cursor p, cursor end) {
    p = fixed_digits(p, end, 2);
    if (p == NULL || p >= end || *p != ':') return NULL;
    p = fixed_digits(p + 1, end, 2);
    if (p == NULL || p >= end || *p != ':') return NULL;
    p = fixed_digits(p + 1, end, 2);
    if (p == NULL) return NULL;
    if (p < end && *p == '.') {
        cursor q = p + 1;
        while (q < end && is_digit(*q)) q++;
        if (q == p + 1) return NULL;
        p = q;
    }
    return p;
}

/// `YYYY-MM-DD` from `p`: its end, or NULL.
static cursor full_date(cursor p, cursor end) {
    p = fixed_digits(p, end, 4);
    if (p == NULL || p >= end || *p != '-') return NULL;
    p = fixed_digits(p + 1, end, 2);
    if (p == NULL || p >= end || *p != '-') return NULL;
    return fixed_digits(p + 1, end, 2);
}

/// A TOML date, time, local date-time or offset date-time, the whole of [p, end).
static bool is_date_or_time(cursor p, cursor end) {
    cursor q = partial_time(p, end);
    if (q != NULL) return q == end;
    q = full_date(p, end);
    if (q == NULL) return false;
    if (q == end) return true;
    if (*q != 'T' && *q != 't' && *q != ' ') return false;
    q = partial_time(q + 1, end);
    if (q == NULL) return false;
    if (q == end) return true;
    if ((*q == 'Z' || *q == 'z') && q + 1 == end) return true;
    if (*q != '+' && *q != '-') return false;
    q = fixed_digits(q + 1, end, 2);
    if (q == NULL || q >= end || *q != ':') return false;
    return fixed_digits(q + 1, end, 2) == end;
}

/// What the grammar allows next.
enum expectation {
    KEY,         // the first part of a key (or, at a line's start, a table header)
    KEY_PART,    // a key part after a dot
    KEY_END,     // a dot, `=` (or `]` in a table header)
    VALUE,       // a value
    AFTER_VALUE, // `,` or a closing bracket in an array or inline table; else the line's end
};

/// Containers open around the current position (arrays and inline tables), as a bit stack.
#define MAX_DEPTH 64

const char *byline_toml_refusal(const char *text, size_t length, size_t *line) {
    if (text == NULL || length == 0) return NULL;
    cursor p = (cursor)text;
    cursor end = p + length;
    size_t current_line = 1;
    enum expectation expect = KEY;
    bool line_start = true;
    int header = 0;           // 1 or 2 inside `[...]` / `[[...]]` at the top level
    bool in_inline[MAX_DEPTH]; // per open container: an inline table (else an array)
    int depth = 0;
    bool may_close = false;   // right after `[` or `{`: an empty container may close
    const char *reason = NULL;

#define REFUSE(why) do { reason = (why); goto refused; } while (0)

    while (p < end) {
        unsigned char c = *p;
        if (c == ' ' || c == '\t') { p++; continue; }
        if (c == '#') {
            while (p < end && *p != '\n') p++;
            continue;
        }
        if (c == '\r') {
            if (p + 1 >= end || p[1] != '\n') REFUSE("a carriage return not followed by a line feed");
            p++;
            continue;
        }
        if (c == '\n') {
            if (depth > 0 && in_inline[depth - 1]) REFUSE("a line break inside an inline table");
            if (depth == 0) {
                if (header != 0 || (expect != KEY && expect != AFTER_VALUE) || (expect == KEY && !line_start))
                    REFUSE("a line that ends before its key, value or table header does");
                expect = KEY;
                line_start = true;
            }
            current_line++;
            p++;
            continue;
        }
        if (c >= 0x80) REFUSE("a non-ASCII character outside a string or comment");
        bool at_line_start = line_start;
        line_start = false;

        switch (expect) {
        case KEY:
        case KEY_PART:
            if (expect == KEY && at_line_start && depth == 0 && header == 0 && c == '[') {
                // `[[` (no blank between) opens an array-of-tables header.
                header = end - p > 1 && p[1] == '[' ? 2 : 1;
                p += header;
                expect = KEY_PART;
                continue;
            }
            if (expect == KEY && c == '}' && depth > 0 && in_inline[depth - 1]) {
                if (!may_close) REFUSE("a comma before the end of an inline table");
                depth--;
                may_close = false;
                expect = AFTER_VALUE;
                p++;
                continue;
            }
            may_close = false;
            if (c == '"' || c == '\'') {
                p++;
                while (p < end && *p != c && *p != '\n') {
                    if (c == '"' && *p == '\\') {
                        cursor q = p + 1;
                        while (q < end && (*q == ' ' || *q == '\t')) q++;
                        if (q < end && *q >= 0x80)
                            REFUSE("a non-ASCII character right after a backslash in a string");
                        p++;
                    }
                    p++;
                }
                if (p >= end || *p != c) REFUSE("a quoted key without its closing quote");
                p++;
            } else if (is_bare_key(c)) {
                while (p < end && is_bare_key(*p)) p++;
            } else {
                REFUSE(header != 0 ? "a table header without a key" : "a key expected");
            }
            expect = KEY_END;
            continue;
        case KEY_END:
            if (c == '.') {
                expect = KEY_PART;
            } else if (header != 0 && c == ']') {
                if (header == 2) {
                    if (p + 1 >= end || p[1] != ']') REFUSE("an array-of-tables header without its closing ]]");
                    p++;
                }
                header = 0;
                expect = AFTER_VALUE;
            } else if (header == 0 && c == '=') {
                expect = VALUE;
            } else {
                REFUSE("a key not followed by = or a dot");
            }
            p++;
            continue;
        case VALUE:
            if (c == ']' && depth > 0 && !in_inline[depth - 1]) {
                // An empty array, or one with a trailing comma.
                depth--;
                may_close = false;
                expect = AFTER_VALUE;
                p++;
                continue;
            }
            may_close = false;
            if (c == '"' || c == '\'') {
                bool multiline = end - p >= 3 && p[1] == c && p[2] == c;
                p += multiline ? 3 : 1;
                for (;;) {
                    if (p >= end) REFUSE("a string without its closing quote");
                    if (c == '"' && *p == '\\') {
                        // An escape, or a line-ending backslash: toml++ tests the first
                        // character after the white space that follows for white space, the
                        // test that fails on non-ASCII characters (even valid TOML).
                        cursor q = p + 1;
                        while (q < end && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n')) {
                            if (*q == '\n') current_line++;
                            q++;
                        }
                        if (q < end && *q >= 0x80)
                            REFUSE("a non-ASCII character right after a backslash in a string");
                        p = q == p + 1 ? p + 2 : q;
                        continue;
                    }
                    if (*p == '\n') {
                        if (!multiline) REFUSE("a line break inside a one-line string");
                        current_line++;
                    }
                    if (*p == c) {
                        if (!multiline) { p++; break; }
                        cursor q = p;
                        while (q < end && *q == c) q++;
                        if (q - p >= 3) {
                            if (q - p > 5) REFUSE("more than two quotes before a string's closing quotes");
                            p = q;
                            break;
                        }
                        p = q;
                        continue;
                    }
                    p++;
                }
                expect = AFTER_VALUE;
                continue;
            }
            if (c == '[' || c == '{') {
                if (depth == MAX_DEPTH) REFUSE("arrays or inline tables nested too deeply");
                in_inline[depth++] = c == '{';
                may_close = true;
                expect = c == '{' ? KEY : VALUE;
                p++;
                continue;
            }
            if (is_bare_value(c)) {
                cursor start = p;
                while (p < end && is_bare_value(*p)) p++;
                // A date and a time separated by one space are one value.
                if (p - start == 10 && full_date(start, p) == p && end - p > 1 && p[0] == ' ' && is_digit(p[1])) {
                    p++;
                    while (p < end && is_bare_value(*p)) p++;
                }
                if (!equals(start, p, "true") && !equals(start, p, "false") && !is_number(start, p)
                    && !is_date_or_time(start, p))
                    REFUSE("a value that is not a TOML string, number, boolean, date or time");
                expect = AFTER_VALUE;
                continue;
            }
            REFUSE("a value expected");
        case AFTER_VALUE:
            if (depth == 0) REFUSE("more after a value or table header on the same line");
            if (c == ',') {
                expect = in_inline[depth - 1] ? KEY : VALUE;
            } else if (c == (in_inline[depth - 1] ? '}' : ']')) {
                depth--;
                expect = AFTER_VALUE;
            } else {
                REFUSE("a comma or closing bracket expected after a value");
            }
            p++;
            continue;
        }
    }
    if (depth > 0 || header != 0 || expect == VALUE || expect == KEY_PART || expect == KEY_END) {
        reason = "the text ends inside a key, value or table header";
        goto refused;
    }
    return NULL;

refused:
    if (line != NULL) *line = current_line;
    return reason;
#undef REFUSE
}
