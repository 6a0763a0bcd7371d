#include "query/event_columns.h"

#include "store/mentions.h"

namespace dateline {

Event ReadEvent(const sqlite::Statement& st, int first) {
  int c = first;
  auto text = [&] { return st.ColumnText(c++); };
  Event e;
  e.type = text();
  e.cameo = text();
  e.mode = text();
  e.source.text = text();
  e.source.ref.code = text();
  e.source.ref.country = text();
  e.source.ref.role = text();
  e.target.text = text();
  e.target.ref.code = text();
  e.target.ref.country = text();
  e.target.ref.role = text();
  e.trigger = text();
  e.sentence = static_cast<uint32_t>(st.ColumnInt(c++));
  e.date = text();
  e.date_precision = text();
  e.location_text = text();
  PlaceRef loc;
  loc.name = text();
  loc.country = text();
  loc.lat = st.ColumnOptionalDouble(c++);
  loc.lon = st.ColumnOptionalDouble(c++);
  if (!loc.name.empty() || !loc.country.empty() || loc.lat || loc.lon) e.location = loc;
  auto count = [&]() -> std::optional<Count> {
    const bool present = !st.ColumnIsNull(c);
    Count k;
    k.min = static_cast<int>(st.ColumnInt(c));
    k.exact = st.ColumnInt(c + 1) != 0;
    c += 2;
    if (!present) return std::nullopt;
    return k;
  };
  e.killed = count();
  e.injured = count();
  e.victims = text();
  e.status = text();
  e.attributed_to.text = text();
  e.attributed_to.ref.code = text();
  e.mentions = ParseMentions(text());
  if (e.mentions.empty()) e.mentions.push_back({e.sentence, e.trigger});
  e.missing = count();
  e.detained = count();
  e.running_total = st.ColumnInt(c++) != 0;
  return e;
}

}  // namespace dateline
