// cmark-gfm (the CommonMark reference parser with GitHub's extensions) for Swift: the core
// API and the core extensions (table, strikethrough, autolink, tasklist, tagfilter). Debian
// ships the headers in libcmark-gfm-dev and libcmark-gfm-extensions-dev; pkg-config's
// libcmark-gfm already links both libraries, the module map names them again for builds
// without pkg-config. Only ArticleMarkdown imports this module.
#ifndef BYLINE_CCMARKGFM_SHIM_H
#define BYLINE_CCMARKGFM_SHIM_H

#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>

// Option flags are macros; Swift imports them only as plain integers, so name them here.
// Footnotes only: no CMARK_OPT_VALIDATE_UTF8, since MarkdownParser hands cmark-gfm text that
// TextDecoding has already made valid UTF-8 without NUL or other controls (template tags are
// cut out at ASCII delimiters, which keeps it valid), so cmark's own check (about 6% of its
// instructions) would change nothing.
static inline int byline_cmark_options(void) {
    return CMARK_OPT_FOOTNOTES;
}

#endif
