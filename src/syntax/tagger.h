// Tagger: greedy left-to-right part-of-speech tagger (UPOS and Penn Treebank XPOS as one
// joint tag) with an averaged-perceptron classifier, plus the lemmatizer trained beside
// it. The model file ("pos" kind) holds sections "tags" (the joint tag names,
// "UPOS|XPOS"), "classifier" and "lemmatizer".
//
// Thread-safety: immutable after Load(); Tag() may run on many threads at once (each
// call uses its own scratch buffers).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "doc/tagsets.h"
#include "learn/label_set.h"
#include "learn/linear_model.h"
#include "learn/model_file.h"
#include "syntax/lemmatizer.h"
#include "syntax/word_clusters.h"

namespace dateline::syntax {

class Tagger {
 public:
  static Result<Tagger> Load(const std::string& path);
  static Result<Tagger> FromModel(const learn::ModelFile& file);

  // Joint tag ids for `words` (one per word) into *tags. A word takes a closed-class tag
  // (preposition, determiner, pronoun, conjunction, particle, auxiliary) only if the treebank had
  // it in that class ("tear" in "fire tear gas" is no conjunction). A sentence of several words
  // that the greedy pass leaves without a finite verb ("Relatives of those killed by the army
  // gather to hear ...", "Toronto police arrest 600 people": a present-tense verb after a plural
  // reads as a noun or a base form) gets one: a base form, else a lower-case noun, after a noun or
  // a name, is tried as a finite verb with the words after it tagged again, and the trial that
  // scores best overall is kept when it scores close enough to the greedy tags. A word the treebank
  // has as a verb ("Georgian police arrest opposition leader ...", "FARC dissidents open fire") may
  // lose more, and may also be an adjective, adverb or preposition of the greedy pass. A plural the
  // treebank never had as a verb that the greedy pass makes the only verb, beside a word it had as
  // one ("Tatmadaw airstrikes kill 17 people", "launch airstrikes against"), is a noun when the
  // swap scores close enough. A capitalized gerund opening such a sentence is the noun subject of
  // the verb tried after it ("Fighting breaks out between"), and a quantifier floated after a noun
  // subject stands where the subject would ("Russia and Ukraine each return"); a past participle
  // right after such a quantifier is the past tense ("Armenia and Azerbaijan each blamed").
  void Tag(std::span<const std::string_view> words, std::vector<int>* tags) const;

  Upos upos(int tag) const { return upos_[tag]; }
  uint8_t xpos(int tag) const { return xpos_[tag]; }
  const std::string& upos_name(int tag) const { return upos_names_[tag]; }
  const std::string& xpos_name(int tag) const { return xpos_names_[tag]; }
  const learn::LabelSet& tags() const { return tags_; }
  const Lemmatizer& lemmatizer() const { return lemmatizer_; }
  const learn::LinearModel& classifier() const { return model_; }
  const WordClusters& clusters() const { return clusters_; }

 private:
  // A closed class (preposition, determiner, pronoun, conjunction, particle, auxiliary)
  // holds only the words the treebank had in it.
  static bool ClosedClass(Upos u);
  // The best-scoring tag for `word` that is of an open class or of a closed class the
  // treebank had the word (lowercased) in.
  int OpenOrKnown(std::string_view word, const float* scores) const;
  // True when the treebank had the word (lowercased, or its stem before a final -s) as a verb.
  bool KnownVerb(std::string_view word) const;
  // True when the treebank had the word (lowercased) as a preposition, determiner,
  // pronoun, conjunction, particle or auxiliary.
  bool FunctionWord(std::string_view word) const;
  // The position of the sentence's one finite verb, or tags.size() when there is none or
  // more than one.
  size_t OnlyFiniteVerb(const std::vector<int>& tags) const;
  // May the greedy pass's only verb `word` be a plural noun instead ("airstrikes"): a
  // lower-case (not `capitalized`) -s word the treebank never had as a verb?
  bool SwappablePlural(std::string_view word, bool capitalized) const;

  learn::LabelSet tags_;
  learn::LinearModel model_;
  Lemmatizer lemmatizer_;
  WordClusters clusters_;
  std::vector<Upos> upos_;
  std::vector<uint8_t> xpos_;
  std::vector<std::string> upos_names_, xpos_names_;
  std::vector<bool> finite_;      // tags of a finite verb or auxiliary (VBD VBP VBZ MD)
  std::vector<int> verb_finite_;  // VERB|VBD, VERB|VBP, VERB|VBZ
  int plural_noun_ = -1, present_verb_ = -1, singular_noun_ = -1;  // NOUN|NNS, VERB|VBP, NOUN|NN
  int past_verb_ = -1, past_participle_ = -1;                      // VERB|VBD, VERB|VBN
};

}  // namespace dateline::syntax
