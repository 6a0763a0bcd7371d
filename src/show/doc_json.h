// DocJson: the `annotate` output format, one JSON object per article.
//
// Keys: id, path, date, title, notes, sentences, timexes, entities, events. Every span
// carries Unicode code-point offsets into the body (`start`, `end`) and its `text`;
// events follow the event JSON of PRODUCT.md. Pure functions of the Doc.
#pragma once

#include <string>

#include "doc/doc.h"

namespace dateline {

class JsonWriter;

// Appends the JSON object for doc (no trailing newline) to *out.
void AppendDocJson(const Doc& doc, std::string* out);
// Writes the fields of one event object (PRODUCT.md's event JSON) into an open object,
// so callers can add their own keys around them.
void WriteEventFields(const Event& e, JsonWriter* w);

}  // namespace dateline
