#pragma once
// An exact sum of non-negative fractions, rounded once when it is read (GnuCash's lesson:
// never sum rounded values). Terms are kept per denominator, so a sum of person-day values
// (all with the same denominator) is a plain integer sum.

#include <cstdint>
#include <map>

namespace polku {

class FractionSum {
  public:
    // Adds numerator / denominator (numerator ≥ 0, denominator > 0).
    void add(std::int64_t numerator, std::int64_t denominator);
    void add(const FractionSum& other);
    bool empty() const { return m_terms.empty(); }

    // The sum times `scale`, rounded half away from zero: round_scaled(100) gives
    // hundredths ("2028.00" → 202800).
    std::int64_t round_scaled(std::int64_t scale) const;
    std::int64_t hundredths() const { return round_scaled(100); }

    // The sum divided by `divisor` (> 0), times `scale`, rounded half away from zero: a ratio
    // or a pace without rounding the sum first.
    std::int64_t round_scaled_ratio(std::int64_t scale, std::int64_t divisor) const;

    bool operator==(const FractionSum&) const = default;

  private:
    std::map<std::int64_t, std::int64_t> m_terms;  // denominator → sum of numerators
};

// numerator / denominator times scale, rounded half away from zero (numerator ≥ 0).
std::int64_t round_fraction(std::int64_t numerator, std::int64_t denominator, std::int64_t scale);

}  // namespace polku
