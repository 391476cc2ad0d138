#include "core/business_id.hpp"

namespace polku {

bool is_valid_business_id(std::string_view text) {
    if (text.size() != 9 || text[7] != '-') {
        return false;
    }
    static constexpr int kWeights[7] = {7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 7; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return false;
        }
        sum += (text[i] - '0') * kWeights[i];
    }
    if (text[8] < '0' || text[8] > '9') {
        return false;
    }
    const int remainder = sum % 11;
    if (remainder == 1) {
        return false;
    }
    const int check = remainder == 0 ? 0 : 11 - remainder;
    return text[8] - '0' == check;
}

}  // namespace polku
