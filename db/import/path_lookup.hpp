#pragma once
// Paths as files name them: a project's code and the path's path_id (db/ internal).

#include <soci/soci.h>

#include <string>
#include <unordered_map>

namespace polku::db::import {

// "PROJECT\x1fPATH" → path id, for every stored path.
std::unordered_map<std::string, long long> load_path_ids(soci::session& sql);
std::string path_key(const std::string& project, const std::string& path_id);
std::string no_path_message(const std::string& project, const std::string& path_id);

}  // namespace polku::db::import
