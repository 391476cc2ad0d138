#pragma once
// Labels for the stable identifiers reports use in JSON and CSV (column names, summary
// items, kinds, ESF categories, metrics): what a reader sees in a document instead.

#include <string>
#include <string_view>
#include <vector>

#include "reports/language.hpp"

namespace polku::reports {

// The identifier's label in `language`; the identifier itself when it has none (a free
// counter's own name, say).
std::string label(Language language, std::string_view id);

// Every identifier with a label (for the test that the Finnish catalogue covers them).
std::vector<std::string_view> labelled_ids();

}  // namespace polku::reports
