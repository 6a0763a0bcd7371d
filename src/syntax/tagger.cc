#include "syntax/tagger.h"

#include <algorithm>
#include <array>

#include "base/ascii.h"
#include "syntax/tagger_features.h"
#include "syntax/word_features.h"

namespace dateline::syntax {
namespace {

// "Riot police fire tear gas at protesters": "fire" before what is fired is the verb news
// uses most, which the greedy pass reads as a compound noun.
bool FiresAt(std::span<const std::string_view> words, size_t i) {
  if (i + 1 >= words.size() || (words[i] != "fire" && words[i] != "fires")) return false;
  const std::string_view next = words[i + 1];
  return next == "tear" || next == "rubber" || next == "water" || next == "warning" ||
         next == "live" || next == "rockets" || next == "missiles" || next == "shots" ||
         next == "at";
}

}  // namespace

Result<Tagger> Tagger::Load(const std::string& path) {
  auto file = learn::ModelFile::Read(path, "pos");
  if (!file.ok()) return file.status();
  return FromModel(*file);
}

Result<Tagger> Tagger::FromModel(const learn::ModelFile& file) {
  Tagger t;
  auto tags = file.Section("tags");
  if (!tags.ok()) return tags.status();
  auto labels = learn::LabelSet::Parse(*tags, file.path() + ": tags");
  if (!labels.ok()) return labels.status();
  t.tags_ = std::move(*labels);
  auto cls = file.Section("classifier");
  if (!cls.ok()) return cls.status();
  auto model = learn::LinearModel::Parse(*cls, file.path() + ": classifier");
  if (!model.ok()) return model.status();
  t.model_ = std::move(*model);
  if (t.model_.num_classes() != t.tags_.size()) {
    return Status::Corruption(file.path() + ": classifier and tag set disagree");
  }
  auto lem = file.Section("lemmatizer");
  if (!lem.ok()) return lem.status();
  auto lemmatizer = Lemmatizer::Parse(*lem, file.path() + ": lemmatizer");
  if (!lemmatizer.ok()) return lemmatizer.status();
  t.lemmatizer_ = std::move(*lemmatizer);
  if (auto c = file.Section("clusters"); c.ok()) {
    auto clusters = WordClusters::Parse(*c, file.path() + ": clusters");
    if (!clusters.ok()) return clusters.status();
    t.clusters_ = std::move(*clusters);
  }
  for (int i = 0; i < t.tags_.size(); ++i) {
    const std::string& name = t.tags_.Name(i);
    const size_t bar = name.find('|');
    const std::string u = name.substr(0, bar);
    const std::string x = bar == std::string::npos ? "_" : name.substr(bar + 1);
    t.upos_names_.push_back(u);
    t.xpos_names_.push_back(x);
    t.upos_.push_back(UposFromName(u));
    t.xpos_.push_back(XposFromName(x));
    const bool finite = x == "VBD" || x == "VBP" || x == "VBZ" || x == "MD";
    t.finite_.push_back(finite);
    if (finite && u == "VERB" && x != "MD") t.verb_finite_.push_back(i);
    if (u == "NOUN" && x == "NNS") t.plural_noun_ = i;
    if (u == "NOUN" && x == "NN") t.singular_noun_ = i;
    if (u == "VERB" && x == "VBD") t.past_verb_ = i;
    if (u == "VERB" && x == "VBN") t.past_participle_ = i;
    if (u == "VERB" && x == "VBP") t.present_verb_ = i;
  }
  return t;
}

namespace {
constexpr std::array<Upos, 7> kClosedClasses = {
    Upos::kAdp, Upos::kDet, Upos::kPron, Upos::kCconj, Upos::kSconj, Upos::kPart, Upos::kAux};
}  // namespace

bool Tagger::ClosedClass(Upos u) {
  return std::find(kClosedClasses.begin(), kClosedClasses.end(), u) != kClosedClasses.end();
}

int Tagger::OpenOrKnown(std::string_view word, const float* scores) const {
  const std::string lower = AsciiLower(word);
  // The closed classes the treebank never had the word in, asked once per class.
  std::array<bool, static_cast<size_t>(Upos::kX) + 1> unknown{};
  for (const Upos u : kClosedClasses) {
    unknown[static_cast<size_t>(u)] = !lemmatizer_.Knows(lower, u);
  }
  int best = -1;
  for (int t = 0; t < tags_.size(); ++t) {
    if (unknown[static_cast<size_t>(upos_[static_cast<size_t>(t)])]) continue;
    if (best < 0 || scores[t] > scores[best]) best = t;
  }
  return best;
}

bool Tagger::FunctionWord(std::string_view word) const {
  const std::string lower = AsciiLower(word);
  return std::any_of(kClosedClasses.begin(), kClosedClasses.end(),
                     [&](Upos u) { return lemmatizer_.Knows(lower, u); });
}

bool Tagger::KnownVerb(std::string_view word) const {
  const std::string lower = AsciiLower(word);
  if (lemmatizer_.Knows(lower, Upos::kVerb)) return true;
  if (lower.size() < 4 || lower.back() != 's') return false;
  // The stems an -s form may have ("votes", "crashes", "carries"), each known as a verb
  // itself or in its past tense ("resigns": "resigned").
  const std::string_view w = lower;
  std::vector<std::string> stems = {std::string(w.substr(0, w.size() - 1))};
  if (w.ends_with("es")) stems.emplace_back(w.substr(0, w.size() - 2));
  if (w.ends_with("ies")) stems.push_back(std::string(w.substr(0, w.size() - 3)) + "y");
  for (const std::string& stem : stems) {
    if (lemmatizer_.Knows(stem, Upos::kVerb) || lemmatizer_.Knows(stem + "ed", Upos::kVerb) ||
        lemmatizer_.Knows(stem + "d", Upos::kVerb)) {
      return true;
    }
  }
  return false;
}

size_t Tagger::OnlyFiniteVerb(const std::vector<int>& tags) const {
  size_t f = tags.size();
  for (size_t i = 0; i < tags.size(); ++i) {
    if (!finite_[static_cast<size_t>(tags[i])]) continue;
    if (f < tags.size()) return tags.size();
    f = i;
  }
  return f;
}

bool Tagger::SwappablePlural(std::string_view word, bool capitalized) const {
  return plural_noun_ >= 0 && present_verb_ >= 0 && word.size() >= 4 && word.ends_with("s") &&
         !capitalized && !KnownVerb(word);
}

void Tagger::Tag(std::span<const std::string_view> words, std::vector<int>* tags) const {
  const size_t n = words.size();
  const size_t T = static_cast<size_t>(tags_.size());
  std::vector<WordInfo> info(n);
  for (size_t i = 0; i < n; ++i) DescribeWord(words[i], &info[i], &clusters_);
  tags->assign(n, 0);
  std::vector<uint64_t> feats;
  std::vector<float> scores(n * T);
  // Greedy over words [from, n) of *out, with the tags before `from` as history; returns
  // the sum of the chosen tags' scores.
  const auto run = [&](size_t from, std::vector<int>* out) {
    float total = 0;
    for (size_t i = from; i < n; ++i) {
      const int p1 = i >= 1 ? (*out)[i - 1] : -1, p2 = i >= 2 ? (*out)[i - 2] : -1;
      feats.clear();
      TaggerFeatures(info, i, p1, p2, &feats);
      float* s = &scores[i * T];
      model_.Score(feats, s);
      (*out)[i] = learn::LinearModel::Argmax(s, tags_.size());
      if (ClosedClass(upos_[static_cast<size_t>((*out)[i])])) {
        (*out)[i] = OpenOrKnown(words[i], s);
      }
      total += s[(*out)[i]];
    }
    return total;
  };
  run(0, tags);
  // "Armenia and Azerbaijan each blamed": is word i right after a quantifier floated
  // behind a noun subject?
  const auto after_floated_quantifier = [&](size_t i) {
    if (i < 2 || (words[i - 1] != "each" && words[i - 1] != "both")) return false;
    const Upos subject = upos_[static_cast<size_t>((*tags)[i - 2])];
    return subject == Upos::kNoun || subject == Upos::kPropn;
  };
  // There a past form is the past tense, not a participle describing "each".
  for (size_t i = 2; i + 1 < n && past_verb_ >= 0; ++i) {
    if ((*tags)[i] != past_participle_ || !after_floated_quantifier(i)) continue;
    (*tags)[i] = past_verb_;
    run(i + 1, tags);
  }
  constexpr size_t kMinWords = 5;
  // How much lower a repaired sentence may score than the greedy one (summed over its
  // words; tuned on the EWT dev split, where it changes no accuracy).
  constexpr float kMaxLoss = 32.0f;
  // For a word the treebank has as a verb (tuned on WCEP summaries without labels; EWT
  // dev UPOS 95.17 -> 95.18).
  constexpr float kVerbMaxLoss = 48.0f;
  if (n < kMinWords || verb_finite_.empty() || words[n - 1] != ".") return;
  // "Tatmadaw airstrikes kill 17 people", "the United Kingdom launch airstrikes
  // against": a plural the treebank never had as a verb, read as the sentence's only
  // verb beside a word it had as one, is the noun.
  if (const size_t f = OnlyFiniteVerb(*tags);
      f > 0 && f < n && SwappablePlural(words[f], (info[f].flags & kInitUpper) != 0)) {
    float greedy = 0;
    for (size_t i = 0; i < n; ++i) greedy += scores[i * T + static_cast<size_t>((*tags)[i])];
    const std::vector<float> first = scores;
    for (const size_t c : {f + 1, f - 1}) {
      if (c >= n - 1 || (info[c].flags & kInitUpper) || words[c].ends_with("s") ||
          !KnownVerb(words[c]) || FunctionWord(words[c])) {
        continue;
      }
      // A verb after the plural goes on to its object ("kill at least 17", "kill 39
      // alleged militants"; not "concedes defeat to").
      if (c == f + 1) {
        const Upos after = upos_[static_cast<size_t>((*tags)[c + 1])];
        if (after != Upos::kDet && after != Upos::kNum && after != Upos::kAdj &&
            after != Upos::kPron && words[c + 1] != "at" && words[c + 1] != "out") {
          continue;
        }
      }
      std::vector<int> trial(tags->begin(), tags->end());
      trial[f] = plural_noun_;
      trial[c] = present_verb_;
      const size_t from = std::max(f, c) + 1;
      float total = 0;
      for (size_t i = 0; i < from; ++i) total += first[i * T + static_cast<size_t>(trial[i])];
      total += run(from, &trial);
      if (greedy - total < kMaxLoss) {
        *tags = std::move(trial);
        return;
      }
      scores = first;
    }
  }
  // A sentence whose only finite verbs follow "and" lacks the verb they join ("A drone
  // attack on Kyiv kills two people, and causes fires": "kills" read as a noun); the
  // repair looks for it before the first of them.
  size_t limit = n - 1;
  for (size_t i = 0; i < n; ++i) {
    if (!finite_[static_cast<size_t>((*tags)[i])]) continue;
    if (i == 0 || !(words[i - 1] == "and" || words[i - 1] == "or" || words[i - 1] == "but")) {
      return;
    }
    limit = std::min(limit, i - 1);
  }
  // The greedy pass's score from each word on, to compare the candidates' with.
  std::vector<float> suffix(n + 1, 0);
  for (size_t i = n; i-- > 0;) suffix[i] = suffix[i + 1] + scores[i * T + (*tags)[i]];
  const std::vector<float> first_scores = scores;
  std::vector<int> trial, best;
  float best_loss = kVerbMaxLoss + kMaxLoss;
  size_t best_at = n;
  // Base forms first (with a subject before it and no finite verb in the sentence, a
  // base form is as a rule the present tense), then lower-case nouns and participles.
  // (A base form after "that" is a subjunctive: "Kidnappers demand that the United
  // States release all prisoners" has its finite verb before it.)
  static const uint8_t kBaseForm = XposFromName("VB"), kPastParticiple = XposFromName("VBN"),
                       kGerund = XposFromName("VBG");
  size_t that = n;
  for (size_t i = 0; i < n && that == n; ++i) {
    if (words[i] == "that") that = i;
  }
  // A participle before the candidate ("Two militants killed in an airstrike on a
  // plant") marks a headline without a finite verb: only close trials repair it.
  size_t first_participle = n;
  for (size_t i = 1; i < n && first_participle == n; ++i) {
    const int t = (*tags)[i];
    if (upos_[static_cast<size_t>(t)] == Upos::kVerb &&
        xpos_[static_cast<size_t>(t)] == kPastParticiple) {
      first_participle = i;
    }
  }
  for (const bool base_pass : {true, false}) {
    for (size_t i = 1; i < limit; ++i) {
      const int t = (*tags)[i];
      const Upos u = upos_[static_cast<size_t>(t)];
      const uint8_t x = xpos_[static_cast<size_t>(t)];
      const bool base = u == Upos::kVerb && x == kBaseForm && i < that;
      // A participle before its object ("agents abused illegal immigrants"; not "a
      // rocket fired at the Negev") competes with the nouns.
      const Upos next = upos_[static_cast<size_t>((*tags)[i + 1])];
      const bool participle = u == Upos::kVerb && x == kPastParticiple &&
                              (next == Upos::kDet || next == Upos::kNum || next == Upos::kPron ||
                               next == Upos::kPropn || next == Upos::kNoun || next == Upos::kAdj);
      if (base != base_pass || (info[i].flags & kInitUpper)) continue;
      // A word the treebank has as a verb may be repaired from further off, also from
      // an adjective, adverb or preposition ("FARC dissidents open fire", "Police
      // arrest five people", "A missile hits a tanker"), and last in the sentence
      // ("Minister Gadi Eisenkot also resigns.").
      const std::string_view word = words[i];
      const bool other_pos = u == Upos::kAdj || u == Upos::kAdv || u == Upos::kAdp;
      if (!base && !participle && u != Upos::kNoun && !other_pos) continue;
      const bool verb_word = !base_pass && first_participle >= i && KnownVerb(word);
      if (!base && !participle && u != Upos::kNoun &&
          (!verb_word || word.ends_with("ing") || word.ends_with("ed") || FunctionWord(word))) {
        continue;
      }
      // After its subject (or an adverb before a base form), before its object or
      // complement.
      const Upos before = upos_[static_cast<size_t>((*tags)[i - 1])];
      // "Fighting breaks out between", "Shelling kills two": a gerund opening the
      // sentence is the noun subject of the verb after it.
      const bool gerund_subject = i == 1 && before == Upos::kVerb &&
                                  xpos_[static_cast<size_t>((*tags)[0])] == kGerund &&
                                  singular_noun_ >= 0 && (info[0].flags & kInitUpper);
      // "Russia and Ukraine each return 90 prisoners": a quantifier floated after the
      // subject.
      const bool floated =
          (before == Upos::kDet || before == Upos::kAdv) && after_floated_quantifier(i);
      if (before != Upos::kNoun && before != Upos::kPropn && before != Upos::kPron &&
          before != Upos::kAdj && !gerund_subject && !floated &&
          !((base || verb_word) && before == Upos::kAdv)) {
        continue;
      }
      if (next == Upos::kPunct && !(verb_word && i + 2 == n && word.ends_with("s"))) continue;
      const float* s = &first_scores[i * T];
      int v = verb_finite_[0];
      for (int c : verb_finite_) {
        if (s[c] > s[v]) v = c;
      }
      trial.assign(tags->begin(), tags->end());
      trial[i] = v;
      float loss = suffix[i] - (s[v] + run(i + 1, &trial));
      if (gerund_subject) {
        trial[0] = singular_noun_;
        loss += first_scores[static_cast<size_t>((*tags)[0])] -
                first_scores[static_cast<size_t>(singular_noun_)];
      }
      if (FiresAt(words, i)) loss -= kMaxLoss;
      // (An -s form after the gerund, with no finite verb in the sentence, is hardly a
      // noun: "Flooding erupts" is not a phrase.)
      const float max_loss = gerund_subject && word.ends_with("s") ? kVerbMaxLoss + kMaxLoss
                             : verb_word                           ? kVerbMaxLoss
                                                                   : kMaxLoss;
      if (loss < max_loss && loss < best_loss) {
        best_loss = loss;
        best_at = i;
        best = trial;
      }
    }
    if (best_at < n) break;
  }
  if (best_at < n) *tags = std::move(best);
}

}  // namespace dateline::syntax
