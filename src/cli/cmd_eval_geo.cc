// `dateline eval geo --gold FILE.xml`: geocoding accuracy on GeoVirus-format gold.
#include <chrono>
#include <cstdio>

#include "cli/commands.h"
#include "entities/entity_component.h"
#include "entities/geo_eval.h"
#include "entities/model_files.h"
#include "entities/place_gazetteer.h"
#include "text/text_component.h"

namespace dateline::cli {

int RunEvalGeo(const EvalGeoArgs& args) {
  auto gold = entities::ReadGeoVirus(args.gold);
  if (!gold.ok()) {
    std::fprintf(stderr, "dateline: %s\n", gold.status().ToString().c_str());
    return kExitUsage;
  }
  const std::string path =
      args.gazetteer.empty() ? entities::ModelPath("gazetteer.bin") : args.gazetteer;
  const auto t0 = std::chrono::steady_clock::now();
  auto gazetteer = entities::PlaceGazetteer::Load(path);
  if (!gazetteer.ok()) {
    std::fprintf(stderr, "dateline: %s\n", gazetteer.status().ToString().c_str());
    return kExitUsage;
  }
  const double load_s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const entities::Geocoder geocoder(**gazetteer);

  const auto text = NewTextComponent();
  const auto ents = NewEntityComponent();
  auto e2e = entities::ScoreEndToEnd({text.get(), ents.get()}, *gold);
  if (!e2e.ok()) {
    std::fprintf(stderr, "dateline: %s\n", e2e.status().ToString().c_str());
    return kExitRejected;
  }
  std::vector<std::string> misses;
  const entities::GeoSpanScores s =
      entities::ScoreGivenSpans(geocoder, *gold, args.errors ? &misses : nullptr);
  for (const std::string& m : misses) std::printf("miss: %s\n", m.c_str());
  auto pct = [](size_t a, size_t b) { return b ? 100.0 * static_cast<double>(a) / b : 0.0; };
  std::printf("gazetteer: %s (%zu places, %zu names, loaded in %.3f s)\n", path.c_str(),
              (*gazetteer)->size(), (*gazetteer)->key_count(), load_s);
  std::printf("articles: %zu, gold places: %zu\n", gold->size(), s.gold);
  std::printf(
      "end to end (own place detection): P %.1f %%  R %.1f %%  F1 %.1f %%  (%zu found, "
      "%zu right)\n",
      100 * e2e->precision(), 100 * e2e->recall(), 100 * e2e->f1(), e2e->predicted,
      e2e->true_positive);
  std::printf("given the gold spans: resolved %.1f %%, mean error %.0f km\n",
              pct(s.resolved, s.gold), s.resolved ? s.total_error_km / s.resolved : 0.0);
  std::printf("exact (within 10 km): %.1f %%\n", pct(s.exact, s.gold));
  std::printf("within 161 km: %.1f %%\n", pct(s.within_161, s.gold));
  return kExitOk;
}

}  // namespace dateline::cli
