// The entities stage of the pipeline: adds Doc::entities — names of states, capitals,
// cities, regions, demonyms and organizations, each resolved where possible to a coded
// actor (country + role, e.g. RUSGOV) and/or a place with coordinates. It reads
// Doc::tokens and Doc::sentences, so it runs after the text stage.
//
// People and organizations are coded from the compiled actor dictionary
// (models/actors.tsv, see actor_dictionary.h) as of the article's date, and places are
// geocoded against the compiled gazetteer (models/gazetteer.bin, see
// place_gazetteer.h). Without those files the stage still runs on its own name tables.
//
// The dictionaries are built once, in NewEntityComponent(); Process() is const and keeps
// no state between calls, so one instance serves every thread of the pipeline.
#pragma once

#include <memory>

#include "pipeline/component.h"

namespace dateline {

// The dictionary-based entity tagger and actor resolver (see entities/entity_tagger.h).
std::unique_ptr<Component> NewEntityComponent();

}  // namespace dateline
