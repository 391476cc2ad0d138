#include "core/fraction_sum.hpp"

#include <numeric>
#include <stdexcept>

namespace polku {

namespace {

__extension__ typedef __int128 i128;
__extension__ typedef unsigned __int128 u128;

// floor(Σ p_j / q_j + 1/2) for p_j ≥ 0, q_j > 0.
//
// Each term is split into its whole part (exact) and remainder r_j / q_j, whose sum is kept
// as a fixed-point number with 64 fractional bits, every term rounded down. The fixed-point
// sum then lies below the true sum by less than n units (n terms). When it ends within n
// units below a whole number, the true sum is taken to have reached it: that is exact
// whenever the common denominator of the terms is below 2^64 / n, which holds for person-day
// values (one denominator) and for every realistic by-kind split; beyond it, a difference
// smaller than 2^-58 from a half cent is all that could be missed.
std::int64_t floor_of_sum_plus_half(const std::map<std::int64_t, i128>& terms) {
    i128 whole = 0;
    u128 fraction = u128(1) << 63;  // the + 1/2
    std::int64_t carries = 0;
    const u128 one = u128(1) << 64;
    for (const auto& [q, p] : terms) {
        whole += p / q;
        const i128 r = p % q;
        fraction += (u128(r) << 64) / u128(q);
        carries += static_cast<std::int64_t>(fraction >> 64);
        fraction &= one - 1;
    }
    const u128 slack = static_cast<u128>(terms.size() + 1);
    if (fraction > one - slack) {
        ++carries;
    }
    return static_cast<std::int64_t>(whole + carries);
}

}  // namespace

void FractionSum::add(std::int64_t numerator, std::int64_t denominator) {
    if (numerator < 0 || denominator <= 0) {
        throw std::invalid_argument(
            "FractionSum takes non-negative fractions with a positive denominator");
    }
    if (numerator == 0) {
        return;
    }
    const std::int64_t g = std::gcd(numerator, denominator);
    m_terms[denominator / g] += numerator / g;
}

void FractionSum::add(const FractionSum& other) {
    for (const auto& [den, num] : other.m_terms) {
        m_terms[den] += num;
    }
}

std::int64_t FractionSum::round_scaled(std::int64_t scale) const {
    return round_scaled_ratio(scale, 1);
}

std::int64_t FractionSum::round_scaled_ratio(std::int64_t scale, std::int64_t divisor) const {
    if (divisor <= 0) {
        throw std::invalid_argument("divisor must be positive");
    }
    std::map<std::int64_t, i128> terms;
    for (const auto& [den, num] : m_terms) {
        terms[den * divisor] += i128(num) * scale;
    }
    return floor_of_sum_plus_half(terms);
}

std::int64_t round_fraction(std::int64_t numerator, std::int64_t denominator, std::int64_t scale) {
    FractionSum sum;
    sum.add(numerator, denominator);
    return sum.round_scaled(scale);
}

}  // namespace polku
