// Competence frameworks and competences (docs/formats-competences.md): the Moodle
// competency framework export (kind `competencies`, one framework per file, keyed by its ID
// number; competences keyed by ID number within it) and the plain competences.csv (kind
// `competences`: framework, id_number, parent, name, description). Rows are gathered first:
// a parent may come further down the file, and a cycle of parents shows only over the whole
// file. Competences are written parents first.
#include <functional>
#include <map>

#include "core/competence_rows.hpp"
#include "core/message.hpp"
#include "db/import/importers.hpp"

namespace polku::db::import {

namespace {

enum class Outcome { added, updated, unchanged };

void count(ImportCounts& counts, Outcome outcome) {
    (outcome == Outcome::added     ? counts.added
     : outcome == Outcome::updated ? counts.updated
                                   : counts.unchanged)++;
}

struct FrameworkValues {
    std::string short_name;
    Nullable<std::string> description;
    int description_format = 1;
    Nullable<std::string> scale_values, scale_configuration, taxonomies;
    bool operator==(const FrameworkValues&) const = default;
};

struct CompetenceValues {
    Nullable<long long> parent_id;
    std::string short_name;
    Nullable<std::string> description;
    int description_format = 1;
    int sort_order = 0;
    Nullable<std::string> scale_values, scale_configuration, rule_type, rule_outcome, rule_config,
        related_id_numbers, export_id;
    bool operator==(const CompetenceValues&) const = default;
};

struct StoredCompetence {
    long long id = 0;
    CompetenceValues values;
};

std::optional<long long> framework_id(soci::session& sql, const std::string& id_number) {
    long long id = 0;
    soci::indicator ind = soci::i_null;
    sql << "SELECT id FROM competence_frameworks WHERE id_number = :n", soci::use(id_number),
        soci::into(id, ind);
    return ind == soci::i_ok ? std::optional<long long>(id) : std::nullopt;
}

// Every competence of a framework, by ID number.
std::map<std::string, StoredCompetence> load_competences(soci::session& sql, long long framework) {
    std::map<std::string, StoredCompetence> stored;
    std::string id_number;
    StoredCompetence c;
    auto& v = c.values;
    soci::statement st =
        (sql.prepare << "SELECT id, id_number, parent_id, short_name, description, "
                        "description_format, sort_order, scale_values, scale_configuration, "
                        "rule_type, rule_outcome, rule_config, related_id_numbers, export_id "
                        "FROM competences WHERE framework_id = :f",
         soci::use(framework), soci::into(c.id), soci::into(id_number),
         soci::into(v.parent_id.value, v.parent_id.ind), soci::into(v.short_name),
         soci::into(v.description.value, v.description.ind), soci::into(v.description_format),
         soci::into(v.sort_order), soci::into(v.scale_values.value, v.scale_values.ind),
         soci::into(v.scale_configuration.value, v.scale_configuration.ind),
         soci::into(v.rule_type.value, v.rule_type.ind),
         soci::into(v.rule_outcome.value, v.rule_outcome.ind),
         soci::into(v.rule_config.value, v.rule_config.ind),
         soci::into(v.related_id_numbers.value, v.related_id_numbers.ind),
         soci::into(v.export_id.value, v.export_id.ind));
    st.execute();
    while (st.fetch()) {
        stored.emplace(id_number, c);
    }
    return stored;
}

// id number → the stored parent's id number, for the tree check.
std::map<std::string, std::optional<std::string>> stored_parents(
    const std::map<std::string, StoredCompetence>& stored) {
    std::map<long long, std::string> id_number_of;
    for (const auto& [id_number, c] : stored) {
        id_number_of.emplace(c.id, id_number);
    }
    std::map<std::string, std::optional<std::string>> parents;
    for (const auto& [id_number, c] : stored) {
        const auto parent = c.values.parent_id.get();
        parents.emplace(id_number, parent ? std::optional<std::string>(id_number_of.at(*parent))
                                          : std::nullopt);
    }
    return parents;
}

// Writes one competence when new or changed.
std::pair<long long, Outcome> write_competence(
    soci::session& sql, long long framework, const std::string& id_number, CompetenceValues in,
    const std::map<std::string, StoredCompetence>& stored) {
    long long id = 0;
    Outcome outcome = Outcome::updated;
    if (auto it = stored.find(id_number); it != stored.end()) {
        if (it->second.values == in) {
            return {it->second.id, Outcome::unchanged};
        }
        id = it->second.id;
    } else {
        outcome = Outcome::added;
        sql << "INSERT INTO competences (framework_id, id_number, short_name) VALUES (:f, :n, :s) "
               "RETURNING id",
            soci::use(framework), soci::use(id_number), soci::use(in.short_name), soci::into(id);
    }
    sql << "UPDATE competences SET parent_id = :p, short_name = :s, description = :d, "
           "description_format = :df, sort_order = :o, scale_values = :sv, scale_configuration "
           "= :sc, rule_type = :rt, rule_outcome = :ro, rule_config = :rc, related_id_numbers = "
           ":rel, export_id = :e WHERE id = :id",
        soci::use(in.parent_id.value, in.parent_id.ind), soci::use(in.short_name),
        soci::use(in.description.value, in.description.ind), soci::use(in.description_format),
        soci::use(in.sort_order), soci::use(in.scale_values.value, in.scale_values.ind),
        soci::use(in.scale_configuration.value, in.scale_configuration.ind),
        soci::use(in.rule_type.value, in.rule_type.ind),
        soci::use(in.rule_outcome.value, in.rule_outcome.ind),
        soci::use(in.rule_config.value, in.rule_config.ind),
        soci::use(in.related_id_numbers.value, in.related_id_numbers.ind),
        soci::use(in.export_id.value, in.export_id.ind), soci::use(id);
    return {id, outcome};
}

// One framework's rows of a file, written parents first. `values(i, parent_id)` gives the
// values of row i.
// A competence's stored columns for its audit row; the parent by its ID number, looked up
// only when it changed.
AuditFields competence_fields(soci::session& sql, const CompetenceValues& v,
                              const CompetenceValues& other) {
    return {{"parent", v.parent_id == other.parent_id
                           ? AuditValue(std::monostate{})
                           : audit_name(sql, "SELECT id_number FROM competences WHERE id = :id",
                                        v.parent_id)},
            {"short_name", v.short_name},
            {"description", audit_value(v.description)},
            {"description_format", std::int64_t{v.description_format}},
            {"sort_order", std::int64_t{v.sort_order}},
            {"scale_values", audit_value(v.scale_values)},
            {"scale_configuration", audit_value(v.scale_configuration)},
            {"rule_type", audit_value(v.rule_type)},
            {"rule_outcome", audit_value(v.rule_outcome)},
            {"rule_config", audit_value(v.rule_config)},
            {"related_id_numbers", audit_value(v.related_id_numbers)},
            {"export_id", audit_value(v.export_id)}};
}

AuditFields framework_fields(const FrameworkValues& v) {
    return {{"short_name", v.short_name},
            {"description", audit_value(v.description)},
            {"description_format", std::int64_t{v.description_format}},
            {"scale_values", audit_value(v.scale_values)},
            {"scale_configuration", audit_value(v.scale_configuration)},
            {"taxonomies", audit_value(v.taxonomies)}};
}

class TreeWriter {
  public:
    TreeWriter(soci::session& sql, long long framework,
               const std::map<std::string, StoredCompetence>& stored,
               const std::vector<CompetenceNode>& nodes)
        : m_sql(sql), m_framework(framework), m_stored(stored), m_nodes(nodes) {
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            m_index.emplace(nodes[i].id_number, i);
        }
        m_ids.resize(nodes.size());
        m_outcomes.resize(nodes.size(), Outcome::unchanged);
        m_written.resize(nodes.size());
    }

    using Values = std::function<CompetenceValues(std::size_t, Nullable<long long>)>;

    void write_all(const Values& values) {
        for (std::size_t i = 0; i < m_nodes.size(); ++i) {
            write(i, values);
        }
    }
    Outcome outcome(std::size_t i) const { return m_outcomes[i]; }
    // Row i's values as written, and as they were stored (an updated row has both).
    const CompetenceValues& written(std::size_t i) const { return m_written[i]; }
    const CompetenceValues& stored(std::size_t i) const {
        return m_stored.at(m_nodes[i].id_number).values;
    }

  private:
    long long write(std::size_t i, const Values& values) {
        if (m_ids[i]) {
            return *m_ids[i];
        }
        Nullable<long long> parent_id;
        if (const auto& parent = m_nodes[i].parent) {
            if (auto it = m_index.find(*parent); it != m_index.end()) {
                parent_id = Nullable<long long>(write(it->second, values));
            } else {
                parent_id = Nullable<long long>(m_stored.at(*parent).id);
            }
        }
        m_written[i] = values(i, parent_id);
        auto [id, outcome] =
            write_competence(m_sql, m_framework, m_nodes[i].id_number, m_written[i], m_stored);
        m_ids[i] = id;
        m_outcomes[i] = outcome;
        return id;
    }

    soci::session& m_sql;
    long long m_framework;
    const std::map<std::string, StoredCompetence>& m_stored;
    const std::vector<CompetenceNode>& m_nodes;
    std::map<std::string, std::size_t> m_index;
    std::vector<std::optional<long long>> m_ids;
    std::vector<Outcome> m_outcomes;
    std::vector<CompetenceValues> m_written;
};

// What both competence importers share: the audit row of an updated competence.
class CompetenceTreeImporter : public ImporterBase {
  protected:
    using ImporterBase::ImporterBase;

    void audit_competence(const std::string& framework, const std::string& id_number,
                          const TreeWriter& writer, std::size_t i) {
        audit_update("competences", {{"framework", framework}, {"competence", id_number}},
                     competence_fields(m_sql, writer.stored(i), writer.written(i)),
                     competence_fields(m_sql, writer.written(i), writer.stored(i)), std::nullopt,
                     std::nullopt);
    }
};

// The Moodle export: one framework row and its competences.
class CompetencyImporter final : public CompetenceTreeImporter {
  public:
    CompetencyImporter(soci::session& sql, ErrorList& errors, const HeaderBinding& binding,
                       const RowContext& context)
        : CompetenceTreeImporter(sql, errors, binding, context) {}

    void add(const std::vector<std::string>& fields, std::size_t line) override {
        RowFields row(m_binding, fields, line, m_errors);
        auto record = parse_competency_row(row);
        if (!record) {
            if (is_framework_row(row) && !m_framework_line) {
                m_framework_line = line;  // a framework row with errors of its own
            }
            return;
        }
        if (record->is_framework) {
            if (m_framework_line) {
                m_errors.add(line, std::string(kCompetencyFrameworkColumn),
                             message(N_("a second framework row; this file's framework is on "
                                        "line {} (a file holds one framework: export each on its "
                                        "own)"),
                                     m_framework_line));
                return;
            }
            m_framework = std::move(*record);
            m_framework_line = line;
            return;
        }
        if (auto first = m_keys.seen(record->id_number, line)) {
            m_errors.add(line, std::string(kCompetencyIdColumn),
                         duplicate_message(message(N_("ID number {}"), record->id_number), first));
            return;
        }
        m_nodes.push_back({record->id_number, record->parent, line});
        m_rows.push_back(std::move(*record));
    }

    ImportCounts finish() override {
        if (!m_framework_line && !m_rows.empty()) {
            m_errors.add(m_nodes.front().line, std::string(kCompetencyFrameworkColumn),
                         translate(N_("no row is the framework; a Moodle export has one row with "
                                      "Is framework 1, the framework itself")));
        }
        check_competence_tree(m_nodes, {}, kCompetencyParentColumn, translate(N_("in this file")),
                              m_errors);
        if (!m_errors.empty() || !m_framework_line) {
            return {};  // refused, or a header and no rows: nothing to write
        }
        ImportCounts counts;
        const auto [framework, outcome] = write_framework();
        count(counts, outcome);
        const auto stored = load_competences(m_sql, framework);
        TreeWriter writer(m_sql, framework, stored, m_nodes);
        writer.write_all([&](std::size_t i, Nullable<long long> parent_id) {
            const auto& r = m_rows[i];
            CompetenceValues v;
            v.parent_id = parent_id;
            v.short_name = r.short_name;
            v.description = r.description;
            v.description_format = r.description_format;
            v.sort_order = static_cast<int>(i + 1);
            v.scale_values = r.scale_values;
            v.scale_configuration = r.scale_configuration;
            v.rule_type = r.rule_type;
            v.rule_outcome = r.rule_outcome;
            v.rule_config = r.rule_config;
            v.related_id_numbers = r.related_id_numbers;
            v.export_id = r.export_id;
            return v;
        });
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            count(counts, writer.outcome(i));
            if (writer.outcome(i) == Outcome::updated) {
                audit_competence(m_framework.id_number, m_rows[i].id_number, writer, i);
            }
        }
        return counts;
    }

  private:
    std::pair<long long, Outcome> write_framework() {
        const auto& r = m_framework;
        FrameworkValues in;
        in.short_name = r.short_name;
        in.description = r.description;
        in.description_format = r.description_format;
        in.scale_values = r.scale_values;
        in.scale_configuration = r.scale_configuration;
        in.taxonomies = r.taxonomies;

        FrameworkValues s;
        long long id = 0;
        soci::indicator found = soci::i_null;
        m_sql << "SELECT id, short_name, description, description_format, scale_values, "
                 "scale_configuration, taxonomies FROM competence_frameworks WHERE id_number = :n",
            soci::use(r.id_number), soci::into(id, found), soci::into(s.short_name),
            soci::into(s.description.value, s.description.ind), soci::into(s.description_format),
            soci::into(s.scale_values.value, s.scale_values.ind),
            soci::into(s.scale_configuration.value, s.scale_configuration.ind),
            soci::into(s.taxonomies.value, s.taxonomies.ind);
        Outcome outcome = Outcome::updated;
        if (found == soci::i_ok) {
            if (s == in) {
                return {id, Outcome::unchanged};
            }
            audit_update("competence_frameworks", {{"framework", r.id_number}}, framework_fields(s),
                         framework_fields(in), std::nullopt, std::nullopt);
        } else {
            outcome = Outcome::added;
            m_sql << "INSERT INTO competence_frameworks (id_number, short_name) VALUES (:n, :s) "
                     "RETURNING id",
                soci::use(r.id_number), soci::use(in.short_name), soci::into(id);
        }
        m_sql << "UPDATE competence_frameworks SET short_name = :s, description = :d, "
                 "description_format = :df, scale_values = :sv, scale_configuration = :sc, "
                 "taxonomies = :t WHERE id = :id",
            soci::use(in.short_name), soci::use(in.description.value, in.description.ind),
            soci::use(in.description_format), soci::use(in.scale_values.value, in.scale_values.ind),
            soci::use(in.scale_configuration.value, in.scale_configuration.ind),
            soci::use(in.taxonomies.value, in.taxonomies.ind), soci::use(id);
        return {id, outcome};
    }

    CompetencyRow m_framework;
    std::size_t m_framework_line = 0;
    std::vector<CompetencyRow> m_rows;
    std::vector<CompetenceNode> m_nodes;
};

// competences.csv: competences of frameworks named by ID number; a framework not yet stored
// is created on first mention, its short name its ID number. A parent is a competence of the
// same framework, in the file or stored.
class CompetenceImporter final : public CompetenceTreeImporter {
  public:
    CompetenceImporter(soci::session& sql, ErrorList& errors, const HeaderBinding& binding,
                       const RowContext& context)
        : CompetenceTreeImporter(sql, errors, binding, context) {}

    void add(const std::vector<std::string>& fields, std::size_t line) override {
        RowFields row(m_binding, fields, line, m_errors);
        auto record = parse_competence_row(row);
        if (!record) {
            return;
        }
        if (auto first = m_keys.seen(record->framework + '\x1f' + record->id_number, line)) {
            m_errors.add(line, "id_number",
                         duplicate_message(message(N_("competence {} of framework {}"),
                                                   record->id_number, record->framework),
                                           first));
            return;
        }
        auto [it, inserted] = m_frameworks.try_emplace(record->framework);
        if (inserted) {
            m_order.push_back(record->framework);
        }
        it->second.nodes.push_back({record->id_number, record->parent, line});
        it->second.rows.push_back(std::move(*record));
    }

    ImportCounts finish() override {
        for (const auto& name : m_order) {
            auto& f = m_frameworks.at(name);
            f.id = framework_id(m_sql, name);
            if (f.id) {
                f.stored = load_competences(m_sql, *f.id);
            }
            check_competence_tree(f.nodes, stored_parents(f.stored), "parent",
                                  message(N_("in framework {} in this file or the database"), name),
                                  m_errors);
        }
        if (!m_errors.empty()) {
            return {};
        }
        const bool has_description = m_binding.has("description");
        ImportCounts counts;
        for (const auto& name : m_order) {
            auto& f = m_frameworks.at(name);
            if (!f.id) {
                long long id = 0;
                m_sql << "INSERT INTO competence_frameworks (id_number, short_name) VALUES (:n, "
                         ":s) RETURNING id",
                    soci::use(name), soci::use(name), soci::into(id);
                f.id = id;
            }
            TreeWriter writer(m_sql, *f.id, f.stored, f.nodes);
            writer.write_all([&](std::size_t i, Nullable<long long> parent_id) {
                const auto& r = f.rows[i];
                CompetenceValues v;
                if (auto it = f.stored.find(r.id_number); it != f.stored.end()) {
                    v = it->second.values;  // Moodle's scales and rules stay as they are
                } else {
                    v.description_format = 2;
                }
                v.parent_id = parent_id;
                v.short_name = r.name;
                if (has_description) {
                    v.description = r.description;
                    v.description_format = 2;  // plain text
                }
                v.sort_order = static_cast<int>(i + 1);
                return v;
            });
            for (std::size_t i = 0; i < f.rows.size(); ++i) {
                count(counts, writer.outcome(i));
                if (writer.outcome(i) == Outcome::updated) {
                    audit_competence(name, f.rows[i].id_number, writer, i);
                }
            }
        }
        return counts;
    }

  private:
    struct Framework {
        std::optional<long long> id;
        std::map<std::string, StoredCompetence> stored;
        std::vector<CompetenceRecord> rows;
        std::vector<CompetenceNode> nodes;
    };
    std::map<std::string, Framework> m_frameworks;
    std::vector<std::string> m_order;  // as first named in the file
};

}  // namespace

std::unique_ptr<RecordImporter> make_competency_importer(soci::session& sql, ErrorList& errors,
                                                         const HeaderBinding& binding,
                                                         const RowContext& context) {
    return std::make_unique<CompetencyImporter>(sql, errors, binding, context);
}

std::unique_ptr<RecordImporter> make_competence_importer(soci::session& sql, ErrorList& errors,
                                                         const HeaderBinding& binding,
                                                         const RowContext& context) {
    return std::make_unique<CompetenceImporter>(sql, errors, binding, context);
}

}  // namespace polku::db::import
