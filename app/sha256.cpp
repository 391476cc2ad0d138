#include "app/sha256.hpp"

#include <openssl/evp.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <memory>

#include "core/error.hpp"

namespace polku::app {

namespace {

using Context = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

Context sha256_context() {
    Context context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) {
        throw InputError("cannot compute a SHA-256 (OpenSSL)");
    }
    return context;
}

std::string hex_digest(EVP_MD_CTX* context) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    EVP_DigestFinal_ex(context, digest.data(), &length);
    std::string hex;
    hex.reserve(2 * length);
    for (unsigned int i = 0; i < length; ++i) {
        char pair[3];
        std::snprintf(pair, sizeof pair, "%02x", digest[i]);
        hex += pair;
    }
    return hex;
}

}  // namespace

std::string sha256_of_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw InputError("cannot read " + path + " to compute its SHA-256", Place{path, 0, ""});
    }
    const auto context = sha256_context();
    std::array<char, 1 << 16> buffer{};
    while (in) {
        in.read(buffer.data(), buffer.size());
        if (in.gcount() > 0) {
            EVP_DigestUpdate(context.get(), buffer.data(), static_cast<std::size_t>(in.gcount()));
        }
    }
    if (in.bad()) {
        throw InputError("cannot read " + path + " to compute its SHA-256", Place{path, 0, ""});
    }
    return hex_digest(context.get());
}

std::string sha256_of_text(std::string_view text) {
    const auto context = sha256_context();
    EVP_DigestUpdate(context.get(), text.data(), text.size());
    return hex_digest(context.get());
}

}  // namespace polku::app
