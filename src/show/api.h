// Api: the HTTP JSON API of `dateline serve`, as a plain function from a request (path
// and query parameters) to a response, so that it can be tested without a socket.
//
//   GET /api/events?from&to&actor&country&type&text&limit&offset   event objects
//   GET /api/timeline?q&from&to&dates&sentences                      timeline JSON
//   GET /api/search?q&from&to&limit                                  sentence hits
//   GET /api/article/ID                                              one article, all layers
//   GET /                                                            the web page
//
// Errors are JSON objects {"error": "..."} with status 400 (bad parameter) or 404.
//
// Thread-safety: HandleApiRequest uses the Store it is given; the Store rule applies.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "query/article.h"
#include "query/search.h"
#include "store/store.h"

namespace dateline {

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

ApiResponse HandleApiRequest(Store& store, const std::string& path,
                             const std::multimap<std::string, std::string>& params);

std::string SearchHitsJson(const std::vector<SearchHit>& hits);
std::string ArticleJson(const ArticleRow& article);

}  // namespace dateline
