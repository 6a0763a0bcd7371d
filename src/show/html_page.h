// HtmlPage: the one HTML page dateline draws timelines with. It is self-contained
// (inline CSS and JavaScript, no external requests). With embedded timeline JSON it is
// a static report (`dateline timeline --format html`); without, it is the web
// application of `dateline serve`, which queries the JSON API.
#pragma once

#include <string>
#include <string_view>

namespace dateline {

// title: shown in the page title; timeline_json: a TimelineJson document or empty.
std::string RenderPage(std::string_view title, std::string_view timeline_json);

}  // namespace dateline
