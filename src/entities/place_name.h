// Place-name keys: the form under which the gazetteer stores and looks up a name.
//
// A key is the name lower-cased, with Latin diacritics folded to their base letters
// ("Şuşa" -> "susa", "Québec" -> "quebec"), periods and apostrophes dropped ("U.S." ->
// "us", "Côte d'Ivoire" -> "cote divoire"), hyphens and runs of white space turned into
// one space, and a leading "the " removed. Letters of other scripts are kept as they
// are. The gazetteer stores 64-bit hashes of keys, so lookups never compare strings.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dateline::entities {

// The lookup key of a place name.
std::string PlaceKey(std::string_view name);

// True when every character of `name` is a Latin letter (with or without diacritics), a
// digit, a space or one of - . ' ’ ( ): names in other scripts are not worth storing for
// English news.
bool IsLatinName(std::string_view name);

// FNV-1a, 64 bits, of a key.
uint64_t HashPlaceKey(std::string_view key);

}  // namespace dateline::entities
