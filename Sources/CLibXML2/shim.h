// libxml2's HTML parser (SAX interface) as used by art-strip.
#ifndef ART_CLIBXML2_SHIM_H
#define ART_CLIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/encoding.h>
#include <libxml/xmlerror.h>
#endif
