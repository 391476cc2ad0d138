#pragma once
// The domain's exceptions. Every error a user can see carries a message written for them
// and, where known, the place it concerns (file, line, column or field). The fronts turn
// these into a dialog or a stderr line and an exit code; nothing below them prints.

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace polku {

// Where an error is: any part may be empty / zero when unknown.
struct Place {
    std::string file;
    std::size_t line = 0;  // physical line where the record starts; the header is line 1
    std::string column;    // CSV column or form field name
};

// One problem in a piece of input, e.g. "people.csv:12: birth_year: 2099 is in the future".
struct FieldError {
    Place place;
    std::string message;

    // "FILE:LINE: column: message" (parts that are unknown are left out).
    std::string to_string() const;
};

// Base of every exception Polku raises on purpose.
class PolkuError : public std::runtime_error {
  public:
    explicit PolkuError(const std::string& message, Place place = {})
        : std::runtime_error(message), m_place(std::move(place)) {}
    const Place& place() const { return m_place; }

  private:
    Place m_place;
};

// Bad input from the user: a file, an argument, a form value (exit code 1).
class InputError : public PolkuError {
  public:
    using PolkuError::PolkuError;
};

// The command was asked wrongly: a choice is missing or ambiguous (exit code 2).
class UsageError : public PolkuError {
  public:
    using PolkuError::PolkuError;
};

// Several input problems found in one go, e.g. every bad line of an import (exit code 1).
class InputErrors : public InputError {
  public:
    explicit InputErrors(std::vector<FieldError> errors);
    const std::vector<FieldError>& errors() const { return m_errors; }

  private:
    std::vector<FieldError> m_errors;
};

// Someone else changed what this change was based on since it was read (optimistic
// locking): nothing was written; read again and redo (exit code 1). Names what clashed.
class ConflictError : public InputError {
  public:
    ConflictError(const std::string& message, std::vector<std::string> keys)
        : InputError(message), m_keys(std::move(keys)) {}
    const std::vector<std::string>& keys() const { return m_keys; }

  private:
    std::vector<std::string> m_keys;
};

// The database cannot be opened, is locked, read-only, of a newer schema, or the server went
// away (exit code 3).
class DatabaseError : public PolkuError {
  public:
    using PolkuError::PolkuError;
};

// Collects FieldErrors for one input file; the place's file name is filled in once.
class ErrorList {
  public:
    explicit ErrorList(std::string file) : m_file(std::move(file)) {}

    void add(std::size_t line, std::string column, std::string message);
    bool empty() const { return m_errors.empty(); }
    std::size_t size() const { return m_errors.size(); }
    const std::string& file() const { return m_file; }
    // The errors ordered by line (stable within a line).
    std::vector<FieldError> sorted() const;

  private:
    std::string m_file;
    std::vector<FieldError> m_errors;
};

}  // namespace polku
