// Event mentions in the store: the `mentions` column of the events table holds every
// (sentence, trigger) pair of an event as lines "SENTENCE TRIGGER" joined by '\n', so an
// event an article tells twice reads back with both mentions.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "doc/doc.h"

namespace dateline {

std::string FormatMentions(const std::vector<EventMention>& mentions);
// Lines that do not parse are skipped; an empty text gives no mentions.
std::vector<EventMention> ParseMentions(std::string_view text);

}  // namespace dateline
