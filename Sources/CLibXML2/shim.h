// libxml2's HTML parser and tree, for ArticleHTML only (DESIGN.md: nothing but the format
// target imports its C library).
//
// Debian's libxml2 is built with ICU, so its encoding.h includes ICU's headers, which clash
// with the copy of ICU inside Swift's Foundation (UErrorCode defined twice). Byline converts
// pages to UTF-8 itself and never touches libxml2's encoding handlers (the only structure
// whose layout depends on this flag), so the ICU part is left out here.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

// libxml2's depth limit for the tree its SAX2 handler builds (`xmlParserMaxDepth`, 256 unless
// changed), read through a function: Swift 6 does not read mutable C globals.
static inline unsigned int byline_xml_parser_max_depth(void) { return xmlParserMaxDepth; }
