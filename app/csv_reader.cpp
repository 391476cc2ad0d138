#include "app/csv_reader.hpp"

#include <csv.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include "core/message.hpp"
#include "core/text.hpp"

namespace polku::app {

namespace {

// The header line decides: whichever of `;` and `,` occurs more often outside quotes.
char detect_delimiter(std::string_view line) {
    std::size_t commas = 0, semicolons = 0;
    bool quoted = false;
    for (char c : line) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == ',') {
            ++commas;
        } else if (!quoted && c == ';') {
            ++semicolons;
        }
    }
    return semicolons > commas ? ';' : ',';
}

bool is_blank(std::string_view line) {
    return trim(line).empty();
}

// State shared with libcsv's C callbacks.
struct ParseState {
    std::vector<std::string> fields;
    std::size_t record_line = 0;  // physical line the current record starts on
    bool record_bad = false;      // an encoding error: the record is not handed on
    bool header_seen = false;     // the first record with a value has ended
    bool header_bad = false;      // ...with an encoding error: no record is handed on
    const CsvReader::RecordHandler* handler = nullptr;
};

void on_field(void* data, std::size_t size, void* user) {
    auto* state = static_cast<ParseState*>(user);
    state->fields.emplace_back(static_cast<const char*>(data), size);
}

void on_record(int, void* user) {
    auto* state = static_cast<ParseState*>(user);
    bool all_empty = true;
    for (const auto& f : state->fields) {
        if (!trim(f).empty()) {
            all_empty = false;
            break;
        }
    }
    // Spreadsheets leave rows of bare delimiters below the data: they hold nothing.
    if (!all_empty) {
        // Without its header no record can be read, and the next one would be taken for it
        // (its values reported as unknown columns); later lines are still checked.
        if (!state->header_seen) {
            state->header_seen = true;
            state->header_bad = state->record_bad;
        }
        if (!state->record_bad && !state->header_bad) {
            (*state->handler)(state->fields, state->record_line);
        }
    }
    state->fields.clear();
    state->record_line = 0;
    state->record_bad = false;
}

// The length of the first physical line of a chunk getline read: up to a CR that no LF
// follows (old Mac files end lines so; libcsv ends a record there), else the whole chunk.
std::size_t first_line_length(std::string_view chunk) {
    const auto cr = chunk.find('\r');
    return cr != std::string_view::npos && cr + 1 < chunk.size() && chunk[cr + 1] != '\n'
               ? cr + 1
               : chunk.size();
}

struct LineBuffer {
    char* data = nullptr;
    std::size_t capacity = 0;
    ~LineBuffer() { std::free(data); }
};

}  // namespace

CsvReader::CsvReader(const std::string& path) : m_path(path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
        throw InputError(message(N_("{}: cannot read the file: it is a folder"), path),
                         Place{path, 0, {}});
    }
    m_file = std::fopen(path.c_str(), "rb");
    if (!m_file) {
        throw InputError(message(N_("{}: cannot read the file: {}"), path, std::strerror(errno)),
                         Place{path, 0, {}});
    }
    m_file_size = static_cast<std::size_t>(info.st_size);
}

CsvReader::~CsvReader() {
    if (m_file) {
        std::fclose(m_file);
    }
}

bool CsvReader::read(const RecordHandler& handler, ErrorList& errors) {
    csv_parser parser{};
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        throw std::bad_alloc();
    }
    std::unique_ptr<csv_parser, void (*)(csv_parser*)> guard(&parser, csv_free);
    ParseState state;
    state.handler = &handler;

    LineBuffer buffer;
    std::size_t line_no = 0;
    bool delimiter_known = false;
    ssize_t length = 0;
    std::string_view chunk;  // what is left of the buffer getline filled
    while (!chunk.empty() || (length = ::getline(&buffer.data, &buffer.capacity, m_file)) > 0) {
        if (chunk.empty()) {
            m_bytes_read += static_cast<std::size_t>(length);
            chunk = std::string_view(buffer.data, static_cast<std::size_t>(length));
        }
        std::string_view line = chunk.substr(0, first_line_length(chunk));
        chunk.remove_prefix(line.size());
        ++line_no;
        if (line_no == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") {
            line.remove_prefix(3);
        }
        if (!delimiter_known && !is_blank(line)) {
            m_delimiter = detect_delimiter(line);
            csv_set_delim(&parser, static_cast<unsigned char>(m_delimiter));
            delimiter_known = true;
        }
        if (state.record_line == 0 && !is_blank(line)) {
            state.record_line = line_no;
        }
        if (const auto bad = find_invalid_utf8(line); bad != std::string_view::npos) {
            // Errors name the line a record starts on; a later line of the same record is
            // named in the message.
            const std::size_t record_start = state.record_line ? state.record_line : line_no;
            const bool first_line = record_start == line_no;
            std::string problem;
            if (line[bad] == '\0') {
                problem = first_line ? translate(N_("the line holds a NUL byte; this is not a text "
                                                    "file, or it was saved as UTF-16: save it as "
                                                    "CSV UTF-8"))
                                     : message(N_("line {} of the record holds a NUL byte; this is "
                                                  "not a text file, or it was saved as UTF-16: "
                                                  "save it as CSV UTF-8"),
                                               line_no);
            } else {
                problem = first_line ? message(N_("the line is not valid UTF-8 (byte {}); save the "
                                                  "file as CSV UTF-8"),
                                               bad + 1)
                                     : message(N_("line {} of the record is not valid UTF-8 (byte "
                                                  "{}); save the file as CSV UTF-8"),
                                               line_no, bad + 1);
            }
            errors.add(record_start, "", problem);
            state.record_bad = true;
        }
        if (csv_parse(&parser, line.data(), line.size(), on_field, on_record, &state) !=
            line.size()) {
            errors.add(state.record_line ? state.record_line : line_no, "",
                       message(N_("malformed quotes ({}); a quoted field must end with a quote "
                                  "followed by the delimiter or the end of the line, and quotes "
                                  "inside it are doubled (\"\")"),
                               csv_strerror(csv_error(&parser))));
            return false;
        }
    }
    if (std::ferror(m_file)) {
        errors.add(line_no, "", message(N_("reading the file failed: {}"), std::strerror(errno)));
        return false;
    }
    const std::size_t open_record = state.record_line;
    if (csv_fini(&parser, on_field, on_record, &state) != 0) {
        errors.add(open_record ? open_record : line_no, "",
                   translate(N_("a quoted field starting on this line is never closed "
                                "(unterminated quote); add the closing quote")));
        return false;
    }
    return true;
}

}  // namespace polku::app
