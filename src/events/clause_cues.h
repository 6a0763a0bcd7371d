// Clause cues: the words around a trigger that say who claims an event and whether it
// happened — attribution ("..., the Kremlin said", "according to X", "X said that"),
// negation ("did not attack"), denial ("a move that Turkey has denied"), allegation
// ("accused Ankara of sending"), threats ("threatened to strike"), requests ("urged
// them to hold talks"), hypotheticals ("if", "could", "would") and future ("will",
// "is to", "to be held", "ready to", "invited to").
//
// These are surface rules over one sentence, chosen to be predictable: each cue is a
// fixed word list within a small window, and a parser-based implementation can replace
// them behind the same functions.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "events/doc_view.h"

namespace dateline::events {

// Who a sentence's content is attributed to: the speaker's tokens [begin, end).
struct Attribution {
  uint32_t begin = 0, end = 0;
  // The speaker comes first ("X said that ..."), perhaps after a phrase set before it
  // ("In an interview, X said that ..."); what that phrase tells is not the claim.
  bool leading = false;
};

// The attribution of sentence [sb, se), if any of the three patterns is present.
std::optional<Attribution> FindAttribution(const DocView& v, uint32_t sb, uint32_t se);

// A trigger already found in the sentence, as the status rules need it.
struct TriggerSite {
  uint32_t token = 0;
  bool request = false;  // REQUEST trigger
  bool accuse = false;   // accusation ("accused X of")
  bool intent = false;   // invite/offer/agree to
  bool threaten = false;
};

// Status of the event triggered at `trigger` (a site in `sites`): one of negated,
// denied, alleged, threatened, requested, hypothetical, future, asserted — in that
// order of precedence. `future_date` is true when the event's date lies after the
// article date.
std::string_view EventStatus(const DocView& v, uint32_t sb, uint32_t se,
                             const std::vector<TriggerSite>& sites, size_t site, bool future_date);

// How the act of the verb at token i is one its doer says it will do: avowed ("is ready
// to contribute troops", "pledged to send aid", "vowed to impose sanctions") or agreed to
// ("agreed on Saturday to provide aid": an agreement or offer among `sites` before it,
// not an invitation, with "to" right before the verb).
enum class IntentCue { kNone, kAvowed, kAgreed };
IntentCue ExpressedIntent(const DocView& v, uint32_t sb, const std::vector<TriggerSite>& sites,
                          uint32_t i);

// The CAMEO code for the intent to do an act: for a cooperative act the 03 family ("will
// provide aid" 07 -> 033, "ready to hold talks" 04 -> 036, "agreed to withdraw" 087 ->
// 0356), for a coercive or violent one a threat, the 13 family ("prepared to impose
// martial law" 1724 -> 1324, "ready to attack" 19 -> 1384); "" for other acts.
std::string IntentCode(std::string_view cameo);

// True for a reporting verb at token i ("said", "says", "told", "claimed"); "States" in
// "the United States" is a name, not a verb.
bool IsReportingVerb(const DocView& v, uint32_t i);

// True for a form of "be" (or "get"), lower case.
bool IsBe(std::string_view w);

// True if the verb at token i is passive: a form of "be" (or "get") within the two
// tokens before it, adverbs and "not" aside, and the verb no gerund ("is refusing" is
// the progressive); an "-ed" form followed by "by" ("forces backed by airstrikes"); or an
// "-ed" form coordinated with a passive one, with only its own subject between ("are
// killed and another three injured").
bool IsPassive(const DocView& v, uint32_t sb, uint32_t i);

// True for tokens that end a clause for the purpose of finding a target to the right:
// , ; : dashes quotes and that/which/who/while/but.
bool IsClauseBoundary(const DocView& v, uint32_t i);

}  // namespace dateline::events
