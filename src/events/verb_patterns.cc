#include "events/verb_patterns.h"

#include <algorithm>
#include <map>
#include <set>

#include "base/ascii.h"
#include "events/clause_cues.h"
#include "read/file_io.h"

namespace dateline::events {
namespace {

constexpr uint32_t kPostWindow = 10;
constexpr uint32_t kPreWindow = 6;

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  for (std::string_view w : SplitOn(s, ' ')) {
    for (std::string_view x : SplitOn(w, '\t')) {
      if (!x.empty()) out.push_back(x);
    }
  }
  return out;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Regular inflections of a lower-case base verb (both with and without a doubled final
// consonant, since the dictionary does not say which applies).
std::vector<std::string> Inflect(const std::string& b) {
  std::vector<std::string> out = {b};
  if (b.size() < 2) return out;
  const char last = b.back(), prev = b[b.size() - 2];
  if (last == 's' || last == 'x' || last == 'z' || b.ends_with("ch") || b.ends_with("sh")) {
    out.push_back(b + "es");
  } else if (last == 'y' && !IsVowel(prev)) {
    out.push_back(b.substr(0, b.size() - 1) + "ies");
  } else {
    out.push_back(b + "s");
  }
  if (last == 'e') {
    out.push_back(b + "d");
    out.push_back(b.ends_with("ie")   ? b.substr(0, b.size() - 2) + "ying"
                  : b.ends_with("ee") ? b + "ing"
                                      : b.substr(0, b.size() - 1) + "ing");
  } else if (last == 'y' && !IsVowel(prev)) {
    out.push_back(b.substr(0, b.size() - 1) + "ied");
    out.push_back(b + "ing");
  } else {
    out.push_back(b + "ed");
    out.push_back(b + "ing");
    if (!IsVowel(last) && IsVowel(prev) && last != 'w' && last != 'x' && last != 'y') {
      out.push_back(b + last + "ed");
      out.push_back(b + last + "ing");
    }
  }
  return out;
}

// The code column of a null pattern.
constexpr std::string_view kNullCode = "---";

bool ValidCode(std::string_view c) {
  return c.size() >= 2 && c.size() <= 4 &&
         std::all_of(c.begin(), c.end(), [](char x) { return x >= '0' && x <= '9'; });
}

// "[042:043]" -> "042"; "[:173]" -> "173"; "[---]" -> "" (a null code).
std::string CodeIn(std::string_view bracket) {
  for (std::string_view part : SplitOn(TrimBlanks(bracket), ':')) {
    part = TrimBlanks(part);
    if (ValidCode(part)) return std::string(part);
  }
  return {};
}

struct CompiledForm {
  size_t block = 0;
  std::string cameo;
  bool phrasal = false;  // only a phrasal verb of the block has this form
};
struct CompiledPattern {
  size_t block = 0;
  std::string cameo, pre, post;
  std::string verbs;  // '|'-separated forms the pattern is written for; empty: any
};

// Appends the non-empty forms to the '|'-separated list *out.
void AppendForms(const std::vector<std::string>& forms, std::string* out) {
  for (const std::string& f : forms) {
    if (f.empty()) continue;
    if (!out->empty()) *out += '|';
    *out += f;
  }
}

bool OneOfParticle(std::string_view w) {
  return OneOf(w, {"for",  "to",    "back",    "in",    "on",      "with",   "from",   "into",
                   "at",   "of",    "by",      "over",  "up",      "down",   "out",    "off",
                   "away", "about", "against", "after", "through", "toward", "towards"});
}

class Compiler {
 public:
  Status Add(std::string_view text, std::string_view name) {
    size_t line_no = 0, start = 0;
    std::string synset;  // the synonym set being read
    bool in_block = false;
    auto error = [&](std::string_view what) {
      return Status::InvalidInput(std::string(name) + ":" + std::to_string(line_no) + ": " +
                                  std::string(what));
    };
    while (start < text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      std::string_view line = text.substr(start, end - start);
      start = end + 1;
      ++line_no;
      std::string_view comment;
      if (const size_t hash = line.find('#'); hash != std::string_view::npos) {
        comment = line.substr(hash + 1);
        line = line.substr(0, hash);
      }
      line = TrimBlanks(line);
      if (line.empty()) continue;
      if (line.starts_with("---")) {
        const size_t open = line.find('['), close = line.find(']');
        if (open == std::string_view::npos || close < open) return error("block without [code]");
        block_code_ = CodeIn(line.substr(open + 1, close - open - 1));
        ++blocks_;
        block_verbs_.clear();
        block_phrasals_.clear();
        in_block = true;
        synset.clear();
        continue;
      }
      if (line.front() == '&') {
        synset = AsciiLower(Words(line)[0].substr(1));
        if (!synset.empty() && synset.back() == '_') synset.pop_back();
        in_block = false;
        continue;
      }
      if (!in_block) {
        if (line.front() != '+' || synset.empty()) return error("unexpected line outside a block");
        const std::vector<std::string_view> words = Words(line.substr(1));
        if (words.empty()) return error("empty synonym");
        std::string w = AsciiLower(words[0]);
        if (!w.empty() && w.back() == '_') w.pop_back();
        std::vector<std::string>& set = synsets_[synset];
        if (!w.empty() && std::find(set.begin(), set.end(), w) == set.end()) set.push_back(w);
        continue;
      }
      if (synsets_only_) continue;
      if (line.front() == '-') {
        if (Status st = AddPattern(line.substr(1), comment); !st.ok()) {
          return error(st.message());
        }
        continue;
      }
      if (Status st = AddVerb(line.front() == '+' ? line.substr(1) : line); !st.ok()) {
        return error(st.message());
      }
    }
    return Status::OK();
  }

  std::string Output() const {
    std::string out =
        "# dateline verb patterns: compiled by `dateline build-verbs` from the PETRARCH2 CAMEO\n"
        "# verb dictionary (MIT licence, see models/NOTICE) and the project's additions.\n"
        "# F form block CODE|- TYPE|- [p]  /  P block CODE TYPE PRE POST VERBS|-\n";
    for (const auto& [form, list] : forms_) {
      for (const CompiledForm& f : list) {
        const std::string_view type = PloverTypeOfCameo(f.cameo);
        out += "F\t" + form + "\t" + std::to_string(f.block) + "\t" +
               (f.cameo.empty() || type.empty() ? "-" : f.cameo) + "\t" +
               (type.empty() ? "-" : std::string(type)) + (f.phrasal ? "\tp" : "") + "\n";
      }
    }
    for (const CompiledPattern& p : patterns_) {
      const std::string_view type = PloverTypeOfCameo(p.cameo);
      out += "P\t" + std::to_string(p.block) + "\t" + p.cameo + "\t" +
             (type.empty() ? "-" : std::string(type)) + "\t" + p.pre + "\t" + p.post + "\t" +
             (p.verbs.empty() ? "-" : p.verbs) + "\n";
    }
    return out;
  }

 private:
  // "SPEED {SPEEDING SPEEDS SPED} [code]", "ASK_FOR {+ASKED_FOR} [020]".
  Status AddVerb(std::string_view line) {
    std::string code = block_code_;
    if (const size_t open = line.find('['); open != std::string_view::npos) {
      const size_t close = line.find(']', open);
      if (close == std::string_view::npos) return Status::InvalidInput("unterminated [code]");
      code = CodeIn(line.substr(open + 1, close - open - 1));
      line = line.substr(0, open);
    }
    std::vector<std::string_view> irregular;
    if (const size_t open = line.find('{'); open != std::string_view::npos) {
      const size_t close = line.find('}', open);
      if (close == std::string_view::npos) return Status::InvalidInput("unterminated {forms}");
      irregular = Words(line.substr(open + 1, close - open - 1));
      line = line.substr(0, open);
    }
    const std::vector<std::string_view> words = Words(line);
    if (words.empty()) return Status::InvalidInput("verb line without a verb");
    std::string verb = AsciiLower(words[0]);
    while (!verb.empty() && verb.back() == '_') verb.pop_back();
    // A multi-word verb: the first word is the verb, the rest a pattern after it.
    std::vector<std::string_view> parts = SplitOn(verb, '_');
    const std::string base(parts[0]);
    if (base.empty()) return Status::InvalidInput("empty verb");
    const size_t block = blocks_ - 1;
    std::vector<std::string> forms = Inflect(base);
    for (std::string_view f : irregular) {
      if (!f.empty() && f.front() == '+') f.remove_prefix(1);
      forms.push_back(AsciiLower(SplitOn(f, '_')[0]));
    }
    const bool phrasal = parts.size() > 1;
    if (phrasal) {
      std::string post;
      for (size_t k = 1; k < parts.size(); ++k) {
        if (parts[k].empty()) continue;
        if (!post.empty()) post += ' ';
        post += std::string(parts[k]);
      }
      // The particle pattern belongs to this verb alone, not to its whole block.
      std::string own;
      AppendForms(forms, &own);
      if (!code.empty() && !post.empty()) patterns_.push_back({block, code, "", post, own});
      if (!post.empty()) block_phrasals_.push_back({post, own});
      code.clear();  // the verb alone codes nothing here
    }
    std::vector<std::string>& named = block_verbs_[base];
    named.insert(named.end(), forms.begin(), forms.end());
    for (const std::string& f : forms) {
      if (f.empty()) continue;
      // The project's additions come first and replace the dictionary's verb.
      if (!additions_ && locked_.count(f) > 0) continue;
      if (additions_) locked_.insert(f);
      std::vector<CompiledForm>& list = forms_[f];
      auto same = std::find_if(list.begin(), list.end(),
                               [&](const CompiledForm& c) { return c.block == block; });
      if (same == list.end()) {
        list.push_back({block, code, phrasal});
      } else {
        if (same->cameo.empty()) same->cameo = code;  // a later line gives the verb its code
        same->phrasal &= phrasal;
      }
    }
    return Status::OK();
  }

  // The forms of the block's verbs that a pattern's comment names ("# TAKE", "#
  // REESTABLISH , RESTORE"), '|'-separated; empty when it names none (a date, initials).
  std::string NamedVerbs(std::string_view comment) const {
    std::string out;
    for (std::string_view w : Words(comment)) {
      while (!w.empty() && (w.back() == ',' || w.back() == ';')) w.remove_suffix(1);
      const std::string lower = AsciiLower(w);
      auto it = block_verbs_.find(lower);
      if (it == block_verbs_.end()) continue;
      AppendForms(it->second, &out);
    }
    return out;
  }

  // "PRE * POST [code] # VERB": a pattern of particles alone is the named verb's when
  // the comment names one of the block's verbs (see verb_patterns.h).
  Status AddPattern(std::string_view line, std::string_view comment) {
    const size_t open = line.find('[');
    if (open == std::string_view::npos) return Status::InvalidInput("pattern without [code]");
    const size_t close = line.find(']', open);
    if (close == std::string_view::npos) return Status::InvalidInput("unterminated [code]");
    // Patterns of root 01 (statements) are kept: they say the verb codes no event there.
    // So are null patterns ("- * REPORT [---] # RELEASE"), written "---": the verb
    // codes nothing with those words, not its own code.
    const std::string_view bracket = TrimBlanks(line.substr(open + 1, close - open - 1));
    std::string code = CodeIn(bracket);
    if (code.empty() && bracket == kNullCode) code = std::string(kNullCode);
    if (code.empty()) return Status::OK();
    std::string pre, post;
    bool after = false;
    std::string spaced;  // "*SCEPTICAL" is "* SCEPTICAL"
    for (char c : line.substr(0, open)) {
      if (c == '*')
        spaced += " * ";
      else
        spaced += c;
    }
    for (std::string_view w : Words(spaced)) {
      std::string t;
      for (char c : w) {
        if (c != '{' && c != '}' && c != '(' && c != ')' && c != '$' && c != '+' && c != '^' &&
            c != '%') {
          t += c;
        }
      }
      if (t == "*") {
        after = true;
        continue;
      }
      while (!t.empty() && t.back() == '_') t.pop_back();
      if (t.empty()) continue;
      std::string slot;
      if (t.front() == '&') {
        auto it = synsets_.find(AsciiLower(std::string_view(t).substr(1)));
        if (it == synsets_.end()) return Status::OK();  // an unknown set: skip the pattern
        for (const std::string& alt : it->second) {
          if (alt.find('_') != std::string::npos) continue;
          if (!slot.empty()) slot += '|';
          slot += alt;
        }
        if (slot.empty()) return Status::OK();
      } else {
        const std::string lower = AsciiLower(t);
        for (std::string_view part : SplitOn(lower, '_')) {
          if (part.empty()) continue;
          std::string& dst = after ? post : pre;
          if (!dst.empty()) dst += ' ';
          dst += std::string(part);
        }
        continue;
      }
      std::string& dst = after ? post : pre;
      if (!dst.empty()) dst += ' ';
      dst += slot;
    }
    if (!after) return Status::InvalidInput("pattern without '*'");
    if (pre.empty() && post.empty()) return Status::OK();
    // Only patterns made of particles and prepositions alone ("- * FOR", "- * BACK TO")
    // are kept to the verb their comment names; a content word is specific enough.
    bool particles_only = true;
    for (const std::string* side : {&pre, &post}) {
      for (std::string_view w : Words(*side)) particles_only &= OneOfParticle(w);
    }
    const std::string verbs = particles_only ? NamedVerbs(comment) : std::string();
    patterns_.push_back({blocks_ - 1, code, pre, post, verbs});
    // A pattern for a whole block with phrasal verbs ("+CALL_OFF" among CANCEL, END,
    // HALT) holds for a phrasal verb with its particle first: "called off a strike" is two
    // words. (The bare form, "called a strike", takes no pattern of the whole block.)
    if (verbs.empty()) {
      for (const auto& [particle, forms] : block_phrasals_) {
        std::string words = particle;
        if (!post.empty()) words.append(" ").append(post);
        patterns_.push_back({blocks_ - 1, code, pre, std::move(words), forms});
      }
    }
    return Status::OK();
  }

  size_t blocks_ = 0;
  std::string block_code_;
  std::map<std::string, std::vector<std::string>> block_verbs_;  // base -> forms, this block
  // This block's phrasal verbs: particles and their '|'-separated forms.
  std::vector<std::pair<std::string, std::string>> block_phrasals_;
  std::map<std::string, std::vector<std::string>> synsets_;
  std::map<std::string, std::vector<CompiledForm>> forms_;
  std::set<std::string> locked_;  // forms the additions define
  bool additions_ = false;
  bool synsets_only_ = false;

 public:
  void set_additions(bool a) { additions_ = a; }
  // Reads the synonym sets of a text alone (so that the additions, compiled first, may
  // use the dictionary's sets); a set's words are kept once.
  Status AddSynsets(std::string_view text, std::string_view name) {
    synsets_only_ = true;
    Status st = Add(text, name);
    synsets_only_ = false;
    return st;
  }
  std::vector<CompiledPattern> patterns_;
};

}  // namespace

std::string_view PloverTypeOfCameo(std::string_view c) {
  if (!ValidCode(c)) return {};
  // Codes whose PLOVER type differs from their root's (the CAMEO-to-PLOVER table):
  // sanctions and blockades restrict (COERCE), occupying territory coerces, and
  // destroying property or violent crowd control is an assault.
  if (c == "163" || c.starts_with("191") || c.starts_with("192")) return "COERCE";
  if (c.starts_with("1712") || c.starts_with("175")) return "ASSAULT";
  const int root = (c[0] - '0') * 10 + (c[1] - '0');
  switch (root) {
    case 2:
    case 10:
      return "REQUEST";
    case 3:
      return "AGREE";
    case 4:
      return "CONSULT";
    case 5:
      return "SUPPORT";
    case 6:
      return "COOPERATE";
    case 7:
      return "AID";
    case 8:
      return c.size() >= 3 && c[2] >= '4' ? "RETREAT" : "CONCEDE";  // 084-087: RETREAT
    case 9:
    case 11:
      return "ACCUSE";
    case 12:
      return "REJECT";
    case 13:
      return "THREATEN";
    case 14:
      return "PROTEST";
    case 15:
      return "MOBILIZE";
    case 16:
      return "SANCTION";
    case 17:
      return "COERCE";
    case 18:
    case 19:
    case 20:
      return "ASSAULT";
    default:
      return {};
  }
}

Result<std::string> CompileVerbPatterns(std::string_view cameo, std::string_view cameo_name,
                                        std::string_view additions,
                                        std::string_view additions_name) {
  Compiler c;
  if (Status st = c.AddSynsets(cameo, cameo_name); !st.ok()) return st;
  if (!additions.empty()) {
    c.set_additions(true);
    if (Status st = c.Add(additions, additions_name); !st.ok()) return st;
    c.set_additions(false);
  }
  if (Status st = c.Add(cameo, cameo_name); !st.ok()) return st;
  return c.Output();
}

Result<VerbPatterns> VerbPatterns::Load(const std::string& path) {
  auto text = reading::ReadDataFile(path);
  if (!text.ok()) return Status::NotFound(text.status().message());
  return Parse(*text, path);
}

Result<VerbPatterns> VerbPatterns::Parse(std::string_view tsv, std::string_view name) {
  VerbPatterns vp;
  size_t line_no = 0, start = 0;
  while (start < tsv.size()) {
    size_t end = tsv.find('\n', start);
    if (end == std::string_view::npos) end = tsv.size();
    const std::string_view line = tsv.substr(start, end - start);
    start = end + 1;
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string_view> f = SplitOn(line, '\t');
    auto error = [&](std::string_view what) {
      return Status::Corruption(std::string(name) + ":" + std::to_string(line_no) + ": " +
                                std::string(what));
    };
    auto block_of = [&](std::string_view s, uint32_t* b) {
      if (s.empty() || s.size() > 6 ||
          !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return false;
      }
      *b = static_cast<uint32_t>(std::stoul(std::string(s)));
      return true;
    };
    uint32_t block = 0;
    if (f[0] == "F" && (f.size() == 5 || (f.size() == 6 && f[5] == "p"))) {
      if (!block_of(f[2], &block)) return error("bad block");
      Form form;
      form.block = block;
      form.phrasal = f.size() == 6;
      if (f[3] != "-") form.cameo = std::string(f[3]), form.type = std::string(f[4]);
      vp.forms_[std::string(f[1])].push_back(std::move(form));
    } else if (f[0] == "P" && (f.size() == 6 || f.size() == 7)) {
      if (!block_of(f[1], &block)) return error("bad block");
      Pattern p;
      p.cameo = std::string(f[2]);
      if (f[3] != "-") p.type = std::string(f[3]);
      if (!(ValidCode(p.cameo) || (p.cameo == kNullCode && p.type.empty())) || f[3].empty()) {
        return error("bad code or type");
      }
      for (std::string_view slot : Words(f[4])) {
        p.pre.emplace_back();
        for (std::string_view alt : SplitOn(slot, '|')) p.pre.back().emplace_back(alt);
      }
      for (std::string_view slot : Words(f[5])) {
        p.post.emplace_back();
        for (std::string_view alt : SplitOn(slot, '|')) p.post.back().emplace_back(alt);
        p.spells_to |=
            std::find(p.post.back().begin(), p.post.back().end(), "to") != p.post.back().end();
      }
      if (f.size() == 7 && f[6] != "-") {
        for (std::string_view form : SplitOn(f[6], '|')) p.verbs.emplace_back(form);
      }
      if (vp.blocks_.size() <= block) vp.blocks_.resize(block + 1);
      vp.blocks_[block].push_back(std::move(p));
    } else {
      return error("expected F (5 fields) or P (6 or 7 fields), got \"" +
                   std::string(line.substr(0, 60)) + "\"");
    }
  }
  return vp;
}

size_t VerbPatterns::pattern_count() const {
  size_t n = 0;
  for (const auto& b : blocks_) n += b.size();
  return n;
}

namespace {

bool SlotMatches(const DocView& v, uint32_t j, const std::vector<std::string>& alts) {
  const std::string_view w = v.lower[j];
  if (v.OpensDate(j)) return false;  // "called Biden on Tuesday"
  const std::string_view lemma = v.doc.lemmas.empty() ? std::string_view() : v.doc.Lemma(j);
  for (const std::string& a : alts) {
    if (w == a || lemma == a) return true;
    if (w.size() > a.size() && w.starts_with(a) &&
        (w.substr(a.size()) == "s" || w.substr(a.size()) == "es")) {
      return true;
    }
  }
  return false;
}

// Is token k, after the verb at i, the finite verb of a clause joined to the verb's own
// with its own subject: "condemn the executions and Amnesty International alleges their
// trials were unfair"? (The subject's phrase must follow "and", "but" or a comma: "374
// Rohingya refugees" and "the Azovstal steel works" read as clauses are misparses.)
// After a reporting verb, any such clause is what is reported: "The United Nations says
// 120,000 people in South Sudan required aid" says nothing of aid.
bool OpensClause(const DocView& v, uint32_t i, uint32_t k) {
  static const uint8_t kPast = XposFromName("VBD"), kPresent = XposFromName("VBZ"),
                       kPlain = XposFromName("VBP"), kModal = XposFromName("MD"),
                       kSubject = DeprelFromName("nsubj");
  const auto joins = [&](uint32_t t) { return OneOf(v.lower[t], {"and", "but", ",", ";"}); };
  const Token& t = v.doc.tokens[k];
  if (k <= i + 1 || v.Is(k + 1, "by")) return false;
  // A finite auxiliary opens its verb's clause ("said its troops had gone on the
  // offensive", "says ten deaths have occurred due to protests").
  int32_t verb = static_cast<int32_t>(k);
  if (t.upos == Upos::kAux) {
    if (t.xpos != kPast && t.xpos != kPresent && t.xpos != kPlain && t.xpos != kModal) {
      return false;
    }
    if (t.head <= static_cast<int32_t>(k) || t.head >= static_cast<int32_t>(v.doc.tokens.size()) ||
        v.doc.tokens[t.head].upos != Upos::kVerb) {
      return false;
    }
    verb = t.head;
  } else if (t.upos != Upos::kVerb || (t.xpos != kPast && t.xpos != kPresent && t.xpos != kPlain)) {
    return false;
  }
  for (uint32_t j = i + 1; j < k; ++j) {
    if (v.doc.tokens[j].head != verb || v.doc.tokens[j].deprel != kSubject) {
      continue;
    }
    // (A speaker's own pronoun before an auxiliary reads on: "North Korea announces it
    // will dismantle ..." is what the speaker says it will do.)
    if (verb != static_cast<int32_t>(k) && v.doc.tokens[j].upos == Upos::kPron) return false;
    uint32_t start = j;  // the subject phrase's first word
    while (start - 1 > i && !joins(start - 1) &&
           v.doc.tokens[start - 1].head >= static_cast<int32_t>(start - 1) &&
           v.doc.tokens[start - 1].head <= verb) {
      --start;
    }
    return (start - 1 > i && joins(start - 1)) || IsReportingVerb(v, i);
  }
  return false;
}

}  // namespace

std::optional<VerbMatch> VerbPatterns::Match(const DocView& v, uint32_t sb, uint32_t se,
                                             uint32_t i) const {
  auto it = forms_.find(v.lower[i]);
  if (it == forms_.end()) return std::nullopt;
  const Upos upos = v.doc.tokens[i].upos;
  // The forms are ambiguous with nouns ("attack", "visit"): only a tagged verb counts.
  if (upos != Upos::kVerb) return std::nullopt;
  // The clause after the verb and the words before it.
  uint32_t post_end = i + 1;
  while (post_end < se && post_end <= i + kPostWindow && !IsClauseBoundary(v, post_end) &&
         !v.Is(post_end, ".") && !OpensClause(v, i, post_end)) {
    ++post_end;
  }
  // An infinitive after the object opens a clause of its own: "take comprehensive
  // measures to ensure an adequate power supply" seizes no power. Only a pattern that
  // spells out its "to" reads on ("ordered the diplomats to leave").
  uint32_t object_end = i + 1;
  while (object_end < post_end &&
         !(object_end > i + 1 && v.lower[object_end] == "to" && object_end + 1 < se &&
           v.doc.tokens[object_end].upos == Upos::kPart &&
           v.doc.tokens[object_end + 1].upos == Upos::kVerb)) {
    ++object_end;
  }
  const uint32_t pre_begin = i > sb + kPreWindow ? i - kPreWindow : sb;
  const Pattern* best = nullptr;
  size_t best_words = 0;
  for (const Form& form : it->second) {
    if (form.block >= blocks_.size()) continue;
    for (const Pattern& p : blocks_[form.block]) {
      const size_t words = p.pre.size() + p.post.size();
      if (words <= best_words) continue;
      if (!p.verbs.empty() &&
          std::find(p.verbs.begin(), p.verbs.end(), v.lower[i]) == p.verbs.end()) {
        continue;  // written for another verb of the block
      }
      if (p.verbs.empty() && form.phrasal) continue;  // a phrasal verb needs its particle
      uint32_t j = i + 1;
      bool ok = true;
      const uint32_t end = p.spells_to ? post_end : object_end;
      for (const auto& slot : p.post) {
        while (j < end && !SlotMatches(v, j, slot)) ++j;
        if (j >= end) {
          ok = false;
          break;
        }
        ++j;
      }
      if (!ok) continue;
      uint32_t k = i;
      for (size_t s = p.pre.size(); s-- > 0;) {
        while (k > pre_begin && !SlotMatches(v, k - 1, p.pre[s])) --k;
        if (k <= pre_begin) {
          ok = false;
          break;
        }
        --k;
      }
      if (!ok) continue;
      best = &p;
      best_words = words;
    }
  }
  if (best != nullptr) {
    if (best->type.empty()) return std::nullopt;  // a statement or a null pattern: no event
    return VerbMatch{best->cameo, best->type, static_cast<uint32_t>(best_words)};
  }
  for (const Form& form : it->second) {
    if (!form.cameo.empty()) return VerbMatch{form.cameo, form.type, 0};
  }
  return std::nullopt;
}

}  // namespace dateline::events
