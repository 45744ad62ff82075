// Debian builds libxml2 with ICU, whose headers clash with the ICU copy inside Foundation.
// We never touch the ICU-dependent fields of xmlCharEncodingHandler, so hide them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
