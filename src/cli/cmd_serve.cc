// `dateline serve`: the HTTP JSON API (show/api.h) and the web page, on 127.0.0.1 by
// default. Requests share one read-only Store, one request at a time.
#include <fmt/core.h>
#include <httplib.h>

#include <cstdio>
#include <map>
#include <mutex>

#include "cli/commands.h"
#include "cli/open_store.h"
#include "show/api.h"

namespace dateline::cli {

int RunServe(const ServeArgs& args) {
  auto store = OpenStoreForQuery(args.db);
  if (!store) return kExitUsage;
  std::mutex mu;
  httplib::Server server;
  server.Get(R"(/.*)", [&](const httplib::Request& req, httplib::Response& res) {
    std::multimap<std::string, std::string> params(req.params.begin(), req.params.end());
    ApiResponse r;
    {
      std::lock_guard<std::mutex> lock(mu);
      r = HandleApiRequest(*store, req.path, params);
    }
    res.status = r.status;
    res.set_content(r.body, r.content_type.c_str());
  });
  if (!server.bind_to_port(args.host, args.port)) {
    fmt::print(stderr, "error: cannot listen on {}:{} (in use or not permitted)\n", args.host,
               args.port);
    return kExitUsage;
  }
  fmt::print(stderr, "serving {} at http://{}:{}/  (Ctrl-C to stop)\n", args.db, args.host,
             args.port);
  server.listen_after_bind();
  return kExitOk;
}

}  // namespace dateline::cli
