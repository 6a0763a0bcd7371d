// Tense: which way an underspecified date in a clause points — "on Thursday" in "Putin
// on Thursday urged" is the past Thursday, in "the ministers will meet on Thursday" the
// coming one.
//
// The rule is local and cheap: look outward from the expression, nearest token first,
// up to a few tokens each way and never across quotes, semicolons or parentheses; the
// first tense cue decides — except that a future cue anywhere before the expression in
// the clause makes it future ("planned a rally in Havana on Saturday"). Future cues:
// will/'ll/shall, "is to"/"are to", "is expected", "expected to", planned/scheduled/upcoming, "to
// arrive". Past cues: was/were/had/did, irregular past forms, and -ed forms not preceded by a form
// of "be" (which would make them passive). Reporting verbs (said, told, added) are neutral: "X said
// on Friday it will ..." is decided by "will". A deadline or prospect reads ahead ("postponed until
// Tuesday", "as early as Tuesday"); a past perfect reads back even with a future word ("had been
// due to expire Friday"). When the syntax stage has tagged the document, a past tense (VBD) or a
// non-passive participle outside the word lists is a past cue as well, and a participial
// "planned"/"scheduled" after a noun ("a service planned for Saturday") is no future cue;
// without tags the -ed rule stands in. A statistical tense model can replace this behind
// the same call.
//
// Thread-safety: pure function.
#pragma once

#include <cstddef>
#include <vector>

#include "time/normalizer.h"
#include "time/token_info.h"

namespace dateline::timex {

// Direction implied by the clause around tokens [begin, end) of a sentence spanning
// [sentence_begin, sentence_end) in `tokens`; kUnknown when no cue is in reach.
Direction ClauseDirection(const std::vector<TokenInfo>& tokens, size_t sentence_begin,
                          size_t sentence_end, size_t begin, size_t end);

}  // namespace dateline::timex
